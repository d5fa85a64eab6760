"""The one-line setup every notebook calls first: `labels = notebook.setup(labels)`.

Plotly: figures are published as their mimetype only (`plotly_mimetype`): JupyterLab draws them
with the jupyterlab-plotly extension that ships with plotly, and the HTML export draws them from
the same data with the report folder's one shared copy of plotly.js, so no notebook carries its
own copy of plotly.js (~4.8 MB each). Tables go through `helpers.figures.tables` (itables,
offline). Matplotlib (>= 3.11) shapes Persian and lays it right-to-left itself; it only needs a
font with Persian glyphs. Only an installed family is named: a missing one makes matplotlib log a
findfont warning for every text it draws."""

from __future__ import annotations

import matplotlib
import pandas as pd
import plotly.io as pio

from helpers.figures import labels as lab
from helpers.figures import tables

PLOTLY_RENDERER = "plotly_mimetype"
FONT_FAMILY = "DejaVu Sans"  # ships with matplotlib, so it is always there; it has the Persian glyphs


def setup(labels: str = "") -> str:
    """Configure plotly, matplotlib and tables for a notebook run or its HTML export; return the
    language in effect (`labels` when given, else the project's setting, else Persian)."""
    language = lab.language(labels)
    pio.renderers.default = PLOTLY_RENDERER
    matplotlib.rcParams["font.family"] = FONT_FAMILY
    matplotlib.rcParams["figure.dpi"] = 100
    matplotlib.rcParams["svg.fonttype"] = "path"
    pd.set_option("display.max_rows", 200)
    pd.set_option("display.width", 200)
    tables.install(language)
    return language
