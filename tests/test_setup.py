"""scripts/find-python: which Python setup takes (the first 3.12 or 3.13 found), and what it refuses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import paths

FIND = paths.ROOT / "scripts" / "find-python"
VERSION = f"{sys.version_info[0]}.{sys.version_info[1]}"
BASH = shutil.which("bash") or "/bin/bash"
BASE = Path(sys.base_prefix) / "bin" / f"python{VERSION}"  # this interpreter outside any venv


def _find(*args: str, path: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """find-python with only `path` on PATH and no pyenv, so nothing on this machine leaks in."""
    clean = {"PATH": path, "HOME": str(home), "PYENV_ROOT": str(home / "no-pyenv")} | env
    return subprocess.run([BASH, str(FIND), *args], capture_output=True, text=True, env=clean, timeout=60)


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    """A PATH folder with the shell tools the script needs and nothing named python."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for tool in ("ls", "sort", "sed", "grep", "id"):
        if found := shutil.which(tool):
            (folder / tool).symlink_to(found)
    return folder


def test_an_explicit_python_is_taken(bin_dir: Path, tmp_path: Path) -> None:
    result = _find(path=str(bin_dir), home=tmp_path, PYTHON=sys.executable)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == sys.executable
    assert f"Python {VERSION}" in result.stderr


@pytest.mark.skipif(not BASE.exists(), reason=f"no {BASE}")
def test_the_version_on_path_is_found_first(bin_dir: Path, tmp_path: Path) -> None:
    (bin_dir / f"python{VERSION}").symlink_to(BASE)
    result = _find(path=str(bin_dir), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(bin_dir / f"python{VERSION}")


@pytest.mark.skipif(not BASE.exists(), reason=f"no {BASE}")
def test_a_python_of_another_version_is_passed_over(bin_dir: Path, tmp_path: Path) -> None:
    """Asked for the other supported version, this interpreter is not taken, even named for it."""
    other = "3.13" if VERSION == "3.12" else "3.12"
    (bin_dir / f"python{other}").symlink_to(BASE)
    result = _find(other, path=str(bin_dir), home=tmp_path, PYTHON=str(BASE))
    assert str(BASE) not in result.stdout
    assert "is not a Python" in result.stderr


def test_an_unsupported_version_is_a_usage_error(bin_dir: Path, tmp_path: Path) -> None:
    result = _find("3.11", path=str(bin_dir), home=tmp_path)
    assert result.returncode == 2
    assert "usage" in result.stderr


def test_the_script_is_executable() -> None:
    assert os.access(FIND, os.X_OK)
