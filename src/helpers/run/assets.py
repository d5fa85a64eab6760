"""The scripts every HTML report shares, kept once per reports folder under `<reports>/assets/`.

plotly.js (~4.8 MB) and the DataTables bundle itables loads (~1 MB) used to be inlined in every
report; now each report points at one copy with a relative path, so a reports folder still works
offline, from file://, and when zipped and opened elsewhere. File names carry the package version:
an upgrade writes a new file instead of changing the one older reports load."""

from __future__ import annotations

import os
import re
from importlib import metadata
from pathlib import Path
from typing import Any

from helpers import storage

FOLDER = "assets"


def plotly_tags(page_dir: Path, reports_base: Path) -> str:
    """The `<script>` tags that load plotly.js from the shared copy (MathJax left off: no CDN)."""
    target = reports_base / FOLDER / f"plotly-{metadata.version('plotly')}.min.js"
    if not target.exists():
        from plotly.offline import get_plotlyjs

        storage.write_text(target, get_plotlyjs())
    return (
        "<script>window.PlotlyConfig = {MathJaxConfig: 'local'};</script>\n"
        f'<script src="{_relative(target, page_dir)}"></script>'
    )


def datatables_tags(page_dir: Path, reports_base: Path) -> str:
    """The `<script>` tag that loads the DataTables bundle for itables' tables from the shared copy.

    Browsers refuse ES modules from file://, so the asset is a classic script: itables' own offline
    loader, which imports the bundle from a blob URL."""
    target = reports_base / FOLDER / f"itables-{metadata.version('itables')}.js"
    if not target.exists():
        from helpers.figures import tables

        scripts = re.findall(r"<script>(.*?)</script>", tables.loader_html(), flags=re.S)
        if len(scripts) != 1:
            raise RuntimeError(f"itables' offline loader has {len(scripts)} scripts, expected one")
        storage.write_text(target, scripts[0])
    return f'<script src="{_relative(target, page_dir)}"></script>'


def _relative(target: Path, page_dir: Path) -> str:
    return Path(os.path.relpath(target, page_dir)).as_posix()


LAB_STYLESHEETS = ("static/index.css", "static/theme-light.css")
"""The stylesheets nbconvert's `lab` template inlines in every page (~240 KB)."""


def share_lab_css(page: str, environment: Any, page_dir: Path, reports_base: Path) -> str:
    """Replace the lab template's inlined stylesheets in `page` by links to one shared copy each.

    The inlined text is found exactly as nbconvert writes it (`<style>` around the file read through
    the exporter's own template loader); a page where it is not found keeps it inline."""
    for name in LAB_STYLESHEETS:
        source = environment.loader.get_source(environment, name)[0]
        inline = f'<style type="text/css">\n{source}</style>'
        if inline not in page:
            continue
        target = reports_base / FOLDER / f"nbconvert-{metadata.version('nbconvert')}-{Path(name).name}"
        if not target.exists():
            storage.write_text(target, source)
        page = page.replace(inline, f'<link rel="stylesheet" href="{_relative(target, page_dir)}">', 1)
    return page
