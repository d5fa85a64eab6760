"""Top-lemmas bar chart, in plotly (interactive) and matplotlib (static).

Input is `helpers.text.tokenize.lemma_counts(tokens)`: columns lemma and count, most frequent first. Bars
run top to bottom in that order. Persian labels need no reshaping: the browser lays them out for
plotly, and matplotlib >= 3.11 shapes and orders right-to-left text itself (the old
arabic-reshaper + python-bidi trick would now reverse it); it only needs a font with Persian
glyphs (DejaVu Sans, set by `helpers.notebook.setup`, and matplotlib's default)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from helpers.figures import labels as lab
from helpers.text.verbs import LEMMA_MARK

COLOR = "#2b6cb0"


def _texts(labels: str, title: str) -> tuple[str, str]:
    """The title (unless given) and the axis title in the chosen language."""
    return title or lab.name("Most frequent lemmas", "پربسامدترین بن‌واژه‌ها", labels), lab.name("count", "بسامد", labels)


def _label(lemma: str) -> str:
    """hazm writes a verb lemma as «past#present»; show it as «past/present»."""
    return lemma.replace(LEMMA_MARK, "/").strip("/")


def top_lemmas_plotly(counts: pd.DataFrame, labels: str = "fa", title: str = "") -> go.Figure:
    """Horizontal bars, most frequent lemma on top."""
    title, axis = _texts(labels, title)
    rows = counts.iloc[::-1]
    figure = go.Figure(
        go.Bar(
            orientation="h",
            x=rows["count"],
            y=rows["lemma"].map(_label),
            marker={"color": COLOR},
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    figure.update_layout(
        title=title,
        xaxis={"title": axis, "dtick": 1 if counts.empty or counts["count"].max() <= 12 else None},
        yaxis={"automargin": True},
        height=max(300, 26 * len(counts) + 120),
        margin={"l": 10, "r": 10},
    )
    return lab.rtl_figure(figure, labels)


def top_lemmas_matplotlib(counts: pd.DataFrame, labels: str = "fa", title: str = "") -> Figure:
    """The same chart as a static figure (for the HTML report and print)."""
    title, axis = _texts(labels, title)
    figure = Figure(figsize=(7, max(3.0, 0.32 * len(counts) + 1.2)), layout="constrained")
    axes = figure.subplots()
    rows = counts.iloc[::-1]
    axes.barh(rows["lemma"].map(_label), rows["count"], color=COLOR)
    axes.set_title(title)
    axes.set_xlabel(axis)
    if isinstance(locator := axes.xaxis.get_major_locator(), MaxNLocator):  # the default, AutoLocator
        locator.set_params(integer=True)
    axes.spines[["top", "right"]].set_visible(False)
    return figure
