"""Overlap figures: states × organizations on the article's day, and every organization's sessions
on one time axis. Plotly for reading, matplotlib for the static PNG/SVG."""

from __future__ import annotations

from typing import cast

import pandas as pd
import plotly.graph_objects as go
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from helpers.figures import labels as lab
from helpers.text import gazetteer

TITLES = {
    "matrix": ("Which state sits in which organization", "کدام کشور در کدام سازمان"),
    "sessions": ("Sessions of every organization", "نشست‌های همه سازمان‌ها"),
    "article": ("the article", "خبر"),
}


def _title(key: str, labels: str, suffix: str = "") -> str:
    return lab.name(*TITLES[key], labels) + suffix


def organization_name(org_id: str, labels: str) -> str:
    """An organization's name from the gazetteer: its Persian name in Persian mode, its id otherwise."""
    entry = gazetteer.load().orgs.get(org_id)
    return lab.name(org_id, entry.name_fa if entry else org_id, labels)


def _names(standings: pd.DataFrame, labels: str) -> dict[str, str]:
    rows = standings.drop_duplicates("iso3")
    pairs = zip(rows["iso3"], rows["country_en"], rows["country_fa"], strict=True)
    return {iso3: lab.name(en, fa, labels) for iso3, en, fa in pairs}


def matrix_plotly(matrix: pd.DataFrame, standings: pd.DataFrame, labels: str = "fa", day: str = "") -> go.Figure:
    """One square per state and organization, coloured by standing (one legend entry per standing). The
    organizations' names stand steep enough at the top for the margin to hold them under the title (at
    plotly's own slant the longest ran into it), the rows start right under them (a set range: plotly left a
    band of empty rows), and the legend stands beside the top rows, in view where the colours are first read."""
    names = _names(standings, labels)
    figure = go.Figure()
    cells = pd.DataFrame()
    if not matrix.empty:
        stacked = cast(pd.Series, matrix.stack())  # one level of columns stacks to a Series
        cells = stacked.rename("status").reset_index()
    for status in lab.STATUS_COLORS:
        rows = cells[cells["status"] == status] if not cells.empty else cells
        if rows.empty:
            continue
        figure.add_trace(
            go.Scatter(
                x=rows["organization"].map(lambda org: organization_name(org, labels)),
                y=rows["iso3"].map(names),
                mode="markers",
                name=lab.status_name(status, labels),
                marker={"symbol": "square", "size": 18, "color": lab.STATUS_COLORS[status]},
                hovertemplate="%{y} · %{x}: " + lab.status_name(status, labels) + "<extra></extra>",
            )
        )
    order = [names[iso3] for iso3 in matrix.index]
    figure.update_yaxes(categoryorder="array", categoryarray=order[::-1], range=[-0.5, len(order) - 0.5])
    figure.update_xaxes(side="top", tickangle=-60)
    figure.update_layout(
        title={
            "text": _title("matrix", labels, f" — {day}" if day else ""),
            "yref": "container",
            "y": 0.995,
            "yanchor": "top",
            "automargin": True,
        },
        height=max(320, 24 * len(order) + 140),
        legend={"orientation": "v", "x": 1.02, "xanchor": "left", "y": 1, "yanchor": "top"},
    )
    return lab.rtl_figure(figure, labels)


def sessions_plotly(sessions: pd.DataFrame, on: pd.Timestamp | None = None, labels: str = "fa") -> go.Figure:
    """Each session a marker on its organization's row, coloured by kind; the article's date a line."""
    figure = go.Figure()
    for label, rows in sessions.groupby("label", sort=False):
        figure.add_trace(
            go.Scatter(
                x=rows["date"],
                y=rows["organization"].map(lambda org: organization_name(org, labels)),
                mode="markers",
                name=lab.kind_name(str(label), labels),
                marker={"size": 9, "color": lab.KIND_COLORS.get(str(label), "#718096"), "line": {"width": 0.5}},
                customdata=list(
                    zip(
                        rows["date"].map(lambda day: lab.day(day, labels)),
                        rows["city_en"],
                        rows["city_fa"],
                        strict=True,
                    )
                ),
                hovertemplate="%{y} · %{customdata[0]} · %{customdata[1]} %{customdata[2]}<extra></extra>",
            )
        )
    if on is not None:
        figure.add_vline(x=on, line_dash="dot", line_color="#1a202c")
        figure.add_annotation(x=on, y=1.02, yref="paper", text=_title("article", labels), showarrow=False)
    figure.update_layout(title=_title("sessions", labels), height=180 + 40 * sessions["organization"].nunique())
    figure.update_xaxes(rangeslider={"visible": True})
    return lab.rtl_figure(figure, labels)


def overlaps_matplotlib(
    matrix: pd.DataFrame, standings: pd.DataFrame, sessions: pd.DataFrame, on: pd.Timestamp | None, labels: str = "fa"
) -> Figure:
    """Both views in one static figure: the matrix on the left, the sessions on the right."""
    figure = Figure(figsize=(13, max(5.0, 0.28 * len(matrix) + 1.5)), layout="constrained")
    left, right = figure.subplots(1, 2, width_ratios=[1, 2])
    names = _names(standings, labels)
    columns = list(matrix.columns)
    for row, (_, cells) in enumerate(matrix.iterrows()):
        for column, status in enumerate(cells):
            if status:
                left.scatter(column, row, marker="s", s=120, color=lab.STATUS_COLORS.get(status, "#718096"))
    left.set_xticks(range(len(columns)), [organization_name(org, labels) for org in columns], rotation=90)
    left.set_yticks(range(len(matrix)), [names[iso3] for iso3 in matrix.index])
    left.invert_yaxis()
    left.xaxis.tick_top()
    left.set_title(_title("matrix", labels))
    shown = [status for status in lab.STATUS_COLORS if (matrix == status).any().any()]
    left.legend(
        handles=[Patch(color=lab.STATUS_COLORS[status], label=lab.status_name(status, labels)) for status in shown],
        loc="upper center", bbox_to_anchor=(0.5, -0.02), ncols=2, fontsize="small",
    )  # fmt: skip
    organizations = list(dict.fromkeys(sessions["organization"]))
    for label, rows in sessions.groupby("label", sort=False):
        right.scatter(
            rows["date"], rows["organization"].map(organizations.index), s=18,
            color=lab.KIND_COLORS.get(str(label), "#718096"), label=lab.kind_name(str(label), labels),
        )  # fmt: skip
    right.set_yticks(range(len(organizations)), [organization_name(org, labels) for org in organizations])
    if on is not None:
        right.axvline(on, linestyle=":", color="#1a202c")
    right.set_title(_title("sessions", labels))
    right.legend(loc="upper left", fontsize="small", ncols=2)
    return figure
