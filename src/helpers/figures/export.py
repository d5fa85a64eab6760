"""Save a static matplotlib figure as PNG and SVG under reports/figures/, atomically.

Static figures are built and drawn inside `usable_fonts()`, which keeps only the installed
families of `font.family`: a listed family that is missing (e.g. a Persian fallback not installed
on this machine) would otherwise make matplotlib log a 'findfont' warning for every text it lays
out, flooding the notebook and its HTML report."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ParamSpec

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure

from helpers import paths, storage

FORMATS = ("png", "svg")
P = ParamSpec("P")
_GENERIC = {"serif", "sans-serif", "cursive", "fantasy", "monospace", "sans", "sans serif"}


def installed_families(families: list[str]) -> list[str]:
    """Keep generic names and families matplotlib can find without falling back."""
    kept = []
    for family in families:
        if family.lower() in _GENERIC:
            kept.append(family)
            continue
        try:
            font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
        except ValueError:
            continue
        kept.append(family)
    return kept or ["DejaVu Sans"]


@contextmanager
def usable_fonts() -> Iterator[None]:
    """Within this block, text gets only font families that are installed."""
    with matplotlib.rc_context({"font.family": installed_families(list(matplotlib.rcParams["font.family"]))}):
        yield


def with_usable_fonts(builder: Callable[P, Figure]) -> Callable[P, Figure]:
    """Decorator for matplotlib builders: their texts are created under `usable_fonts()`."""

    @functools.wraps(builder)
    def build(*args: P.args, **kwargs: P.kwargs) -> Figure:
        with usable_fonts():
            return builder(*args, **kwargs)

    return build


def save_static(figure: Figure, stem: str, folder: str | Path | None = None) -> list[Path]:
    """Write `<stem>.png` and `<stem>.svg` (e.g. stem = '<article id>_membership'); return the paths."""
    folder = Path(folder) if folder else paths.FIGURES
    written = []
    with usable_fonts():
        for fmt in FORMATS:
            target = folder / f"{stem}.{fmt}"
            with storage.atomic_path(target) as tmp:
                figure.savefig(tmp, format=fmt, dpi=150, bbox_inches="tight")
            written.append(target)
    return written
