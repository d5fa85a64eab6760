"""A non-editable install: `pip install .` into a fresh venv, then `persian-news run` from another folder
with the project folder given (`--root`), finds the notebooks and the article and writes the reports.

The wheel is built from a copy of this checkout's pyproject.toml, README.md and src/ (pip builds in the
folder it is given, and setuptools leaves build/ there) and installed into the new venv's own site-packages. Its
dependencies are not downloaded again: a .pth file appends this environment's site-packages to the
new venv's path, after its own, so `helpers` is imported from the installed wheel (an editable
install's own .pth in that folder is not read from an appended path), and nbconvert's templates, which
pip installs as data files beside the venv rather than in site-packages, are linked in. The notebooks run in a kernel
registered inside the new venv, so they import the installed `helpers` too."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import nbconvert
import pytest

from helpers import paths

pytestmark = pytest.mark.slow


def _run(*command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run([str(c) for c in command], capture_output=True, text=True, cwd=cwd, env=env)
    assert proc.returncode == 0, (
        f"{command[:3]} exited {proc.returncode}:\n{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}"
    )
    return proc.stdout


def _env(**extra: str) -> dict[str, str]:
    """This environment without the source checkout on PYTHONPATH (how the team runs tests)."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PERSIAN_NEWS_ROOT"}}
    return env | extra


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv holding the project as a wheel (not editable), with the kernel registered inside it."""
    work = tmp_path_factory.mktemp("install")
    source, venv = work / "source", work / "venv"
    shutil.copytree(paths.ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(paths.ROOT / name, source / name)
    _run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").strip())
    ours = [p for p in sys.path if p.endswith("site-packages")] or [sysconfig.get_path("purelib")]
    (site / "zz_dependencies.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
    _run(python, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index", source, env=_env())
    (venv / "share" / "jupyter").mkdir(parents=True, exist_ok=True)
    prefix = Path(nbconvert.__file__).parents[4]  # <prefix>/lib/pythonX.Y/site-packages/nbconvert/__init__.py
    (venv / "share" / "jupyter" / "nbconvert").symlink_to(prefix / "share" / "jupyter" / "nbconvert")
    _run(python, "-m", "ipykernel", "install", "--sys-prefix", "--name", "persian-news", env=_env())
    return venv


def test_the_package_is_installed_not_linked(installed: Path, tmp_path: Path) -> None:
    probe = "import helpers, helpers.paths as p; print(helpers.__file__); print(p.NOTEBOOKS)"
    found, notebooks = _run(installed / "bin" / "python", "-c", probe, cwd=tmp_path, env=_env()).split()
    assert Path(found).is_relative_to(installed), f"helpers came from {found}, not the installed wheel"
    assert not Path(notebooks).is_dir(), "without a project folder given, the installed package should not find one"


def test_the_project_folder_can_come_from_the_environment(installed: Path, tmp_path: Path) -> None:
    probe = "import helpers.paths as p; print(p.NOTEBOOKS)"
    env = _env(PERSIAN_NEWS_ROOT=str(paths.ROOT))
    assert _run(installed / "bin" / "python", "-c", probe, cwd=tmp_path, env=env).strip() == str(paths.NOTEBOOKS)


def test_persian_news_runs_the_suite_from_another_folder(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = _env(JUPYTER_PREFER_ENV_PATH="1")
    seed = paths.ARTICLES / f"{paths.SEED_ID}.txt"
    reports, processed = tmp_path / "reports", tmp_path / "processed"
    command = ("run", seed, "--root", paths.ROOT, "--reports-dir", reports, "--processed-dir", processed)
    _run(installed / "bin" / "persian-news", *command, cwd=elsewhere, env=env)
    assert (processed / paths.SEED_ID / "article.json").is_file()
    executed = {p.name.split("_")[0] for p in (reports / paths.SEED_ID).rglob("*.ipynb")}
    assert {"01", "02", "03"} <= executed, executed
    assert list((reports / paths.SEED_ID).rglob("*.html"))
