"""Save a static matplotlib figure as PNG and SVG under reports/figures/, atomically.

Drawing is what costs (laying out Persian text above all), so the figure is laid out once for
both files: `savefig` would otherwise run the layout engine and a trial draw for the tight
bounding box again for each format. The layout engine is run by itself (`LayoutEngine.execute`,
which measures what it needs), not through a full trial draw (`draw_without_rendering`), whose
drawing nothing used: the files come out the same, pixel for pixel."""

from __future__ import annotations

from pathlib import Path

import matplotlib as mpl
from matplotlib.figure import Figure

from helpers import paths, storage

FORMATS = ("png", "svg")
DPI = 150


def save_static(figure: Figure, stem: str, folder: str | Path | None = None) -> list[Path]:
    """Write `<stem>.png` and `<stem>.svg` (e.g. stem = '<article id>_membership'), cropped to the
    drawn area plus the usual padding; return the paths."""
    folder = Path(folder) if folder else paths.FIGURES
    engine = figure.get_layout_engine()
    if engine is not None:
        engine.execute(figure)  # lays the figure out once
    area = figure.get_tightbbox().padded(mpl.rcParams["savefig.pad_inches"])
    figure.set_layout_engine(None)  # keep that layout for both files
    written = []
    try:
        for fmt in FORMATS:
            target = folder / f"{stem}.{fmt}"
            with storage.atomic_path(target) as tmp:
                figure.savefig(tmp, format=fmt, dpi=DPI, bbox_inches=area)
            written.append(target)
    finally:
        figure.set_layout_engine(engine)
    return written
