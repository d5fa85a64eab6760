"""Corpus views (plotly): attendance matrix, documents per meeting, one timeline of every date, and
the most frequent lemmas over the corpus and per outlet. Inputs are the tables `helpers.corpus`
derives from the corpus datasets; each builder returns a figure and never shows it. Titles, axes
and hover names follow the language setting (`helpers.figures.labels`), Persian by default."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from helpers.figures import labels as lab
from helpers.figures.tables import header, in_language

PRESENCE_COLORS = {"came": "#2a9d8f", "mentioned": "#e9c46a", "stayed away": "#e76f51"}
PRESENCE_FA = {"came": lab.ATTENDEE_FA["attended"], "mentioned": lab.ATTENDEE_FA["mentioned"],
               "stayed away": lab.ATTENDEE_FA["absent"]}  # fmt: skip
_FA = {
    "date mentioned": "تاریخ نام‌برده",
    "calendar written in": "گاه‌شماری نوشته",
    "tokens": "شمار واژه‌ها",
}


def _word(english: str, labels: str) -> str:
    """An axis title: the figures' own words, else a table header (`meeting`, `documents`)."""
    return lab.name(english, _FA[english], labels) if english in _FA else header(english, labels)


def _columns(frame: pd.DataFrame, labels: str) -> dict[str, str]:
    """Hover and axis names for plotly express, from the tables' column headers."""
    return {column: header(column, labels) for column in frame.columns}


def attendance_heatmap(matrix: pd.DataFrame, labels: str = "fa") -> go.Figure:
    """Participant × meeting: green came, red stayed away, yellow only mentioned, blank absent from the report."""
    scale = [[0.0, PRESENCE_COLORS["stayed away"]], [0.5, PRESENCE_COLORS["mentioned"]], [1.0, PRESENCE_COLORS["came"]]]
    said = {1: "came", 0: "mentioned", -1: "stayed away"}
    words = matrix.map(lambda v: "" if pd.isna(v) else lab.name(said[int(v)], PRESENCE_FA[said[int(v)]], labels))
    fig = go.Figure(
        go.Heatmap(
            z=matrix.to_numpy(dtype=float),
            x=list(matrix.columns),
            y=list(matrix.index),
            zmin=-1,
            zmax=1,
            colorscale=scale,
            showscale=False,
            xgap=1,
            ygap=1,
            customdata=words.to_numpy(),
            hovertemplate="%{y}<br>%{x}<br>%{customdata}<extra></extra>",
        )
    )
    title = lab.name(
        "Who came and who stayed away (latest meetings; green came, red stayed away, yellow mentioned)",
        "چه کسی آمد و چه کسی نیامد (نشست‌های اخیر؛ سبز حاضر، قرمز غایب، زرد فقط نام برده)",
        labels,
    )
    fig.update_layout(
        title=title,
        xaxis_title=_word("meeting", labels),
        yaxis_title="",
        yaxis_autorange="reversed",
        height=max(350, 22 * len(matrix.index) + 200),
        xaxis_tickangle=-45,
    )
    return lab.rtl_figure(fig, labels)


def documents_bar(per_meeting: pd.DataFrame, labels: str = "fa") -> go.Figure:
    """Documents per meeting, in date order."""
    data = per_meeting.sort_values("published")
    title = lab.name(
        "Documents adopted, signed or proposed per meeting", "اسناد تصویب، امضا یا پیشنهادشده در هر نشست", labels
    )
    fig = px.bar(
        data,
        x="meeting",
        y="documents",
        hover_data=["published", "article_id"],
        labels=_columns(data, labels),
        title=title,
    )
    fig.update_layout(xaxis_title=_word("meeting", labels), yaxis_title=_word("documents", labels), xaxis_tickangle=-45)
    return lab.rtl_figure(fig, labels)


def dates_timeline(mentions: pd.DataFrame, labels: str = "fa") -> go.Figure:
    """Every date mentioned in the corpus on one time axis, one row per calendar of the surface form;
    the calendar, the section (the legend) and the precision named as the tables name them."""
    fig = px.scatter(
        in_language(mentions, labels),
        x="start",
        y="calendar",
        color="section",
        hover_data=["surface", "refers_to", "meeting", "precision", "end"],
        labels=_columns(mentions, labels),
        title=lab.name("All dates mentioned in the corpus", "همهٔ تاریخ‌های نام‌برده در پیکره", labels),
    )
    fig.update_traces(marker={"size": 8, "opacity": 0.6})
    fig.update_layout(xaxis_title=_word("date mentioned", labels), yaxis_title=_word("calendar written in", labels))
    return lab.rtl_figure(fig, labels)


def lemma_bars(counts: pd.DataFrame, labels: str = "fa", title: str = "") -> go.Figure:
    """Horizontal bars, most frequent lemma on top."""
    data = counts.sort_values("count")
    title = title or lab.name("Most frequent lemmas in the corpus", "پربسامدترین بن‌واژه‌های پیکره", labels)
    fig = px.bar(data, x="count", y="lemma", orientation="h", labels=_columns(data, labels), title=title)
    fig.update_layout(height=max(350, 18 * len(data) + 150), yaxis_title="", xaxis_title=_word("tokens", labels))
    return lab.rtl_figure(fig, labels)


def lemma_bars_by_outlet(counts: pd.DataFrame, labels: str = "fa") -> go.Figure:
    """One panel of top lemmas per outlet (each panel with its own lemma axis)."""
    outlets = sorted(counts["outlet"].unique())
    fig = px.bar(
        counts.sort_values("count"),
        x="count",
        y="lemma",
        orientation="h",
        facet_col="outlet",
        facet_col_wrap=min(3, max(1, len(outlets))),
        category_orders={"outlet": outlets},
        labels=_columns(counts, labels),
        title=lab.name("Most frequent lemmas per outlet", "پربسامدترین بن‌واژه‌ها در هر رسانه", labels),
    )
    fig.update_yaxes(matches=None, showticklabels=True, title="")
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=", 1)[-1]))
    rows = -(-len(outlets) // min(3, max(1, len(outlets))))
    fig.update_layout(height=max(400, 420 * rows))
    return lab.rtl_figure(fig, labels)
