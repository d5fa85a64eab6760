"""Every project path in one place, found from the package rather than the working directory,
so notebooks run the same from JupyterLab, papermill or the CLI."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(os.environ.get("PERSIAN_NEWS_ROOT", Path(__file__).resolve().parents[2]))
NOTEBOOKS = ROOT / "notebooks"
RAW = ROOT / "data" / "raw"
ARTICLES = RAW / "articles"
REFERENCE = RAW / "reference"
GAZETTEER = RAW / "gazetteer"
PROCESSED = ROOT / "data" / "processed"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"
GOLD = ROOT / "tests" / "gold"

SEED_ID = "trt-farsi-csto-bishkek-2025-11-28"
"""The bundled article: the default for every notebook's `article_id` parameter."""


def article_id(path: str | Path) -> str:
    """An article's id is its file name without the extension."""
    return Path(path).stem


def display(path: str | Path) -> str:
    """A path as recorded in outputs: relative to the project root when inside it, so records move with the repo."""
    resolved = Path(path).resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(resolved)


def processed_dir(article: str, base: str | Path | None = None) -> Path:
    """Folder holding one article's step outputs (`data/processed/<id>/`)."""
    return Path(base or PROCESSED) / article


def report_dir(article: str, base: str | Path | None = None) -> Path:
    """Folder holding one article's executed notebooks and HTML reports."""
    return Path(base or REPORTS) / article
