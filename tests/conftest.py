"""Shared fixtures: the bundled seed article and a scratch copy of the project's data folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import paths


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return paths.ARTICLES / f"{paths.SEED_ID}.txt"


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")
