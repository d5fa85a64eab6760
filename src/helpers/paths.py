"""Every project path in one place, found from the package rather than the working directory,
so notebooks run the same from JupyterLab, papermill or the CLI.

The project folder is `$PERSIAN_NEWS_ROOT` when set (`persian-news run --root DIR` sets it, so
worker processes and notebook kernels inherit it), else the source checkout this package is
imported from, else the current folder: a non-editable `pip install .` lives in site-packages, far
from the notebooks and articles, and needs one of the first or the last."""

from __future__ import annotations

import importlib
import os
import sys
import unicodedata
from pathlib import Path

from helpers.text.sources import BadInput

ROOT_VARIABLE = "PERSIAN_NEWS_ROOT"


def find_root() -> Path:
    """The project folder, by the order of choices in the module docstring."""
    if os.environ.get(ROOT_VARIABLE):
        return Path(os.environ[ROOT_VARIABLE]).expanduser().resolve()
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "notebooks").is_dir() and (checkout / "pyproject.toml").is_file():
        return checkout
    return Path.cwd().resolve()


ROOT = find_root()
NOTEBOOKS = ROOT / "notebooks"
RAW = ROOT / "data" / "raw"
ARTICLES = RAW / "articles"
REFERENCE = RAW / "reference"
GAZETTEER = RAW / "gazetteer"
PROCESSED = ROOT / "data" / "processed"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"
GOLD = ROOT / "tests" / "gold"
PARAMETERS = ROOT / "parameters.yaml"
"""Project-wide notebook parameters (e.g. `labels: fa`): the runner's defaults, under `-f` and `-p`."""


def set_root(root: str | Path) -> Path:
    """Use another project folder from now on, in this process and the ones it starts (`--root`):
    the variable is set and this module re-read, so `paths.X` everywhere names the new folder."""
    os.environ[ROOT_VARIABLE] = str(Path(root).expanduser().resolve())
    importlib.reload(sys.modules[__name__])
    return Path(os.environ[ROOT_VARIABLE])


SEED_ID = "trt-farsi-csto-bishkek-2025-11-28"
"""The bundled article: the default for every notebook's `article_id` parameter."""


MAX_ID_BYTES = 200
"""Longest article id, in UTF-8 bytes: ids become folder and file names (`<id>_figure.svg`), and
file systems cap a name at 255 bytes, so this leaves room for the longest suffix a step adds."""
_ID_FORMAT_CHARS = {"\u200c", "\u200d"}
"""Format characters an id may hold: Persian names are written with ZWNJ (and rarely ZWJ)."""


def article_id(path: str | Path) -> str:
    """An article's id is its file name without the extension; BadInput when it cannot name a folder."""
    return checked_id(Path(path).stem, path)


def checked_id(article: str, source: str | Path | None = None) -> str:
    """`article` when it is safe as a folder and file name under data/processed/ and reports/, else
    BadInput naming `source` (the file the id came from, or the id itself).

    Refused: empty, `.`/`..` and other leading dots (a parent or hidden folder), path separators,
    control and other invisible characters (ZWNJ/ZWJ aside), and more than MAX_ID_BYTES."""
    problem = _id_problem(article)
    if problem:
        shown = repr(article if len(article) <= 40 else article[:40] + "…")
        raise BadInput(source if source is not None else shown, f"article id {shown} {problem}")
    return article


def _id_problem(article: str) -> str:
    if not article.strip():
        return "is empty"
    if article.startswith("."):
        return "starts with a dot (it would name a parent or hidden folder)"
    if any(sep in article for sep in ("/", "\\", os.sep)):
        return "contains a path separator"
    if any(_invisible(c) and c not in _ID_FORMAT_CHARS for c in article) or article != article.strip():
        return "contains control, invisible or surrounding blank characters"
    size = len(article.encode("utf-8", "surrogatepass"))
    if size > MAX_ID_BYTES:
        return f"is {size} bytes long in UTF-8, above the {MAX_ID_BYTES}-byte limit"
    return ""


def _invisible(char: str) -> bool:
    """Unicode categories C* (control, format, surrogate, private, unassigned) and line/paragraph separators."""
    return unicodedata.category(char)[0] == "C" or unicodedata.category(char) in {"Zl", "Zp"}


def display(path: str | Path) -> str:
    """A path as recorded in outputs: relative to the project root when inside it, so records move with the repo."""
    resolved = Path(path).resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(resolved)


def processed_dir(article: str, base: str | Path | None = None) -> Path:
    """Folder holding one article's step outputs (`data/processed/<id>/`)."""
    return Path(base or PROCESSED) / checked_id(article)


def report_dir(article: str, base: str | Path | None = None) -> Path:
    """Folder holding one article's executed notebooks and HTML reports."""
    return Path(base or REPORTS) / checked_id(article)
