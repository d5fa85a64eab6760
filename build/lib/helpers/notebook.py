"""The one-line setup every notebook calls first.

Plotly: since plotly 6.1 a papermill-run notebook's default renderer output is dropped by nbconvert,
and `notebook_connected` fetches plotly.js from a CDN. `plotly_mimetype+notebook` keeps the
interactive mimetype for JupyterLab and embeds plotly.js once for the exported HTML, which then
works offline. Matplotlib (>= 3.11) shapes Persian and lays it right-to-left itself; it only needs
a font with Persian glyphs. Only an installed family is named: a missing one makes matplotlib
log a findfont warning for every text it draws."""

from __future__ import annotations

import matplotlib
import pandas as pd
import plotly.io as pio

PLOTLY_RENDERER = "plotly_mimetype+notebook"
FONT_FAMILY = "DejaVu Sans"  # ships with matplotlib, so it is always there; it has the Persian glyphs


def setup() -> None:
    """Configure plotly, matplotlib and pandas display for a notebook run or its HTML export."""
    pio.renderers.default = PLOTLY_RENDERER
    matplotlib.rcParams["font.family"] = FONT_FAMILY
    matplotlib.rcParams["figure.dpi"] = 100
    matplotlib.rcParams["svg.fonttype"] = "path"
    pd.set_option("display.max_rows", 200)
    pd.set_option("display.max_colwidth", 120)
    pd.set_option("display.width", 200)
