"""Corpus views (plotly): attendance matrix, documents per meeting, one timeline of every date, and
the most frequent lemmas over the corpus and per outlet. Inputs are the tables `helpers.corpus`
derives from the corpus datasets; each builder returns a figure and never shows it."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

PRESENCE_COLORS = {"came": "#2a9d8f", "mentioned": "#e9c46a", "stayed away": "#e76f51"}


def attendance_heatmap(matrix: pd.DataFrame) -> go.Figure:
    """Participant × meeting: green came, red stayed away, yellow only mentioned, blank absent from the report."""
    scale = [[0.0, PRESENCE_COLORS["stayed away"]], [0.5, PRESENCE_COLORS["mentioned"]], [1.0, PRESENCE_COLORS["came"]]]
    words = matrix.map(lambda v: "" if pd.isna(v) else {1: "came", 0: "mentioned", -1: "stayed away"}[int(v)])
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
    fig.update_layout(
        title="Who came and who stayed away (latest meetings; green came, red stayed away, yellow mentioned)",
        xaxis_title="meeting (report date · headline)",
        yaxis_title="",
        yaxis_autorange="reversed",
        height=max(350, 22 * len(matrix.index) + 200),
        xaxis_tickangle=-45,
    )
    return fig


def documents_bar(per_meeting: pd.DataFrame) -> go.Figure:
    """Documents per meeting, in date order."""
    data = per_meeting.sort_values("published")
    fig = px.bar(
        data,
        x="meeting",
        y="documents",
        hover_data=["published", "article_id"],
        title="Documents adopted, signed or proposed per meeting",
    )
    fig.update_layout(xaxis_title="meeting", yaxis_title="documents", xaxis_tickangle=-45)
    return fig


def dates_timeline(mentions: pd.DataFrame) -> go.Figure:
    """Every date mentioned in the corpus on one time axis, one row per calendar of the surface form."""
    fig = px.scatter(
        mentions,
        x="start",
        y="calendar",
        color="section",
        hover_data=["surface", "refers_to", "meeting", "precision", "end"],
        title="All dates mentioned in the corpus",
    )
    fig.update_traces(marker={"size": 8, "opacity": 0.6})
    fig.update_layout(xaxis_title="date mentioned", yaxis_title="calendar written in")
    return fig


def lemma_bars(counts: pd.DataFrame, title: str = "Most frequent lemmas in the corpus") -> go.Figure:
    """Horizontal bars, most frequent lemma on top."""
    data = counts.sort_values("count")
    fig = px.bar(data, x="count", y="lemma", orientation="h", title=title)
    fig.update_layout(height=max(350, 18 * len(data) + 150), yaxis_title="", xaxis_title="tokens")
    return fig


def lemma_bars_by_outlet(counts: pd.DataFrame) -> go.Figure:
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
        title="Most frequent lemmas per outlet",
    )
    fig.update_yaxes(matches=None, showticklabels=True, title="")
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=", 1)[-1]))
    rows = -(-len(outlets) // min(3, max(1, len(outlets))))
    fig.update_layout(height=max(400, 420 * rows))
    return fig
