"""Save a static matplotlib figure as PNG and SVG under reports/figures/, atomically."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from helpers import paths, storage

FORMATS = ("png", "svg")


def save_static(figure: Figure, stem: str, folder: str | Path | None = None) -> list[Path]:
    """Write `<stem>.png` and `<stem>.svg` (e.g. stem = '<article id>_membership'); return the paths."""
    folder = Path(folder) if folder else paths.FIGURES
    written = []
    for fmt in FORMATS:
        target = folder / f"{stem}.{fmt}"
        with storage.atomic_path(target) as tmp:
            figure.savefig(tmp, format=fmt, dpi=150, bbox_inches="tight")
        written.append(target)
    return written
