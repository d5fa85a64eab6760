"""Membership figures: a timeline with one row per state, the member count over time, and the
article's attendance laid over both. Plotly for reading interactively (hover: dates, source),
matplotlib for the static PNG/SVG in the report."""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd
import plotly.graph_objects as go
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from helpers.figures import labels as lab

_MS_PER_DAY = 86_400_000


def _mark_text(mark: pd.Series, labels: str) -> str:
    """The short mark drawn on the axis; the hover (plotly) and the legend text carry the full labels."""
    english, persian = mark["short_en"], mark["short_fa"]
    return f"{mark['date'].year} {lab.name(english, persian, 'fa' if labels == 'fa' else 'en')}"


def state_order(spans: pd.DataFrame) -> list[str]:
    """States from the earliest joiner at the top to the latest; ties by name."""
    first = spans.groupby("iso3").agg(start=("start", "min"), name=("country_en", "first"))
    return list(first.sort_values(["start", "name"]).index)


def _state_labels(spans: pd.DataFrame, labels: str) -> dict[str, str]:
    rows = spans.drop_duplicates("iso3")
    pairs = zip(rows["iso3"], rows["country_en"], rows["country_fa"], strict=True)
    return {iso3: lab.name(en, fa, labels) for iso3, en, fa in pairs}


def timeline_plotly(
    spans: pd.DataFrame,
    marks: pd.DataFrame,
    attendance: pd.DataFrame | None = None,
    on: pd.Timestamp | None = None,
    labels: str = "en",
    title: str = "",
) -> go.Figure:
    """One horizontal bar per period (one trace per status), milestones as dotted lines, and the
    article's date with one marker per member state (one trace per article status)."""
    names = _state_labels(spans, labels)
    order = state_order(spans)
    figure = go.Figure()
    for status in lab.STATUS_COLORS:
        rows = spans[spans["status"] == status]
        if rows.empty:
            continue
        ends = rows["end"].map(lab.day) + rows["open"].map(lambda still: " (still, as checked)" if still else "")
        figure.add_trace(
            go.Bar(
                orientation="h",
                name=lab.status_name(status, labels),
                y=rows["iso3"].map(names),
                base=rows["start"],
                x=(rows["end"] - rows["start"]).dt.days * _MS_PER_DAY,
                marker={"color": lab.STATUS_COLORS[status], "pattern": {"shape": lab.STATUS_PATTERNS[status]}},
                customdata=list(
                    zip(
                        rows["country_en"],
                        rows["country_fa"],
                        rows["start"].map(lab.day),
                        ends,
                        rows["body"],
                        rows["start_source"],
                        rows["end_source"],
                        strict=True,
                    )
                ),
                hovertemplate=(
                    "<b>%{customdata[0]} · %{customdata[1]}</b><br>"
                    + status
                    + ": %{customdata[2]} → %{customdata[3]}<br>%{customdata[4]}"
                    + "<br>source: %{customdata[5]}<br>end source: %{customdata[6]}<extra></extra>"
                ),
            )
        )
    for _, mark in marks.iterrows():
        figure.add_shape(
            type="line",
            x0=mark["date"],
            x1=mark["date"],
            y0=0,
            y1=1,
            yref="paper",
            line={"dash": "dot", "color": "#4a5568", "width": 1},
        )
        figure.add_annotation(
            x=mark["date"], y=1, yref="paper", yanchor="bottom", textangle=-90, showarrow=False, font={"size": 10},
            text=_mark_text(mark, labels),
            hovertext=f"{mark['label_en']} · {mark['label_fa']}: {lab.day(mark['date'])}<br>{mark['source']}",
        )  # fmt: skip
    if on is not None:
        _plotly_article(figure, attendance, on, names, labels)
    figure.update_layout(
        title=title,
        barmode="overlay",
        xaxis={"type": "date", "title": ""},
        yaxis={"categoryorder": "array", "categoryarray": [names[iso3] for iso3 in reversed(order)], "title": ""},
        height=160 + 36 * len(order),
        margin={"t": 110},
        legend={"orientation": "h", "y": -0.12},
    )
    return figure


def _plotly_article(
    figure: go.Figure, attendance: pd.DataFrame | None, on: pd.Timestamp, names: dict[str, str], labels: str
) -> None:
    figure.add_shape(type="line", x0=on, x1=on, y0=0, y1=1, yref="paper", line={"color": "#2d3748", "width": 2})
    figure.add_annotation(
        x=on, y=0, yref="paper", yanchor="top", showarrow=False, text=lab.name("article", "خبر", labels)
    )
    if attendance is None:
        return
    for status, (symbol, _, color) in lab.ARTICLE_MARKERS.items():
        rows = attendance[attendance["article"] == status]
        if rows.empty:
            continue
        figure.add_trace(
            go.Scatter(
                x=[on] * len(rows),
                y=rows["iso3"].map(names),
                mode="markers",
                name=f"{lab.name('article', 'خبر', labels)}: {status}",
                marker={"symbol": symbol, "size": 13, "color": color, "line": {"width": 2, "color": color}},
                customdata=list(zip(rows["country_en"], rows["country_fa"], rows["membership"], strict=True)),
                hovertemplate="<b>%{customdata[0]} · %{customdata[1]}</b><br>"
                + status
                + f" in the article ({lab.day(on)})<br>membership: %{{customdata[2]}}<extra></extra>",
            )
        )


def member_count_plotly(counts: pd.DataFrame, marks: pd.DataFrame, labels: str = "en", title: str = "") -> go.Figure:
    """Step lines: how many states were members, suspended or frozen; one trace per status."""
    figure = go.Figure()
    for status in ("member", "suspended", "frozen"):
        rows = counts[counts["status"] == status]
        figure.add_trace(
            go.Scatter(
                x=rows["date"], y=rows["count"], mode="lines", line_shape="hv", name=lab.status_name(status, labels),
                line={"color": lab.STATUS_COLORS[status], "width": 3 if status == "member" else 2},
                hovertemplate=status + " from %{x|%Y-%m-%d}: %{y}<extra></extra>",
            )
        )  # fmt: skip
    for _, mark in marks.iterrows():
        figure.add_shape(
            type="line",
            x0=mark["date"],
            x1=mark["date"],
            y0=0,
            y1=1,
            yref="paper",
            line={"dash": "dot", "color": "#4a5568", "width": 1},
        )
    figure.update_layout(
        title=title,
        xaxis={"type": "date"},
        yaxis={"title": lab.name("states", "کشورها", labels), "rangemode": "tozero", "dtick": 1},
        height=320,
    )
    return figure


def membership_matplotlib(
    spans: pd.DataFrame,
    marks: pd.DataFrame,
    counts: pd.DataFrame,
    attendance: pd.DataFrame | None = None,
    on: pd.Timestamp | None = None,
    labels: str = "en",
    title: str = "",
) -> Figure:
    """Static two-panel version: the timeline (statuses told apart by colour and hatching) over the count."""
    names = _state_labels(spans, labels)
    order = state_order(spans)
    rows_of = {iso3: len(order) - 1 - position for position, iso3 in enumerate(order)}
    figure = Figure(figsize=(12, 3 + 0.45 * len(order)), layout="constrained")
    timeline, count = figure.subplots(2, 1, sharex=True, height_ratios=[3, 1])
    for _, span in spans.iterrows():
        start = mdates.date2num(span["start"])
        status = span["status"]
        timeline.broken_barh(
            [(start, mdates.date2num(span["end"]) - start)], (rows_of[span["iso3"]] - 0.35, 0.7),
            facecolors=lab.STATUS_COLORS[status], edgecolor="white", hatch=lab.STATUS_PATTERNS[status] * 2,
        )  # fmt: skip
    timeline.set_yticks(range(len(order)), [names[iso3] for iso3 in reversed(order)])
    for axis in (timeline, count):
        for _, mark in marks.iterrows():
            axis.axvline(mark["date"], color="#4a5568", linestyle=":", linewidth=1)
    for _, mark in marks.iterrows():
        timeline.annotate(
            _mark_text(mark, labels), (mark["date"], 1), xycoords=("data", "axes fraction"),
            rotation=90, va="bottom", ha="center", fontsize=8,
        )  # fmt: skip
    handles = [
        Patch(
            facecolor=lab.STATUS_COLORS[s],
            hatch=lab.STATUS_PATTERNS[s] * 2,
            edgecolor="white",
            label=lab.status_name(s, labels),
        )
        for s in lab.STATUS_COLORS
        if s in set(spans["status"])
    ]
    if on is not None:
        handles += _matplotlib_article([timeline, count], attendance, on, rows_of, labels)
    timeline.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    for status in ("member", "suspended", "frozen"):
        rows = counts[counts["status"] == status]
        count.step(
            rows["date"],
            rows["count"],
            where="post",
            color=lab.STATUS_COLORS[status],
            linewidth=2.5 if status == "member" else 1.5,
            label=lab.status_name(status, labels),
        )
    count.set_ylabel(lab.name("states", "کشورها", labels))
    count.set_ylim(bottom=0)
    count.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    count.xaxis.set_major_locator(mdates.YearLocator(4))
    count.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    figure.suptitle(title)
    return figure


def _matplotlib_article(
    axes: list, attendance: pd.DataFrame | None, on: pd.Timestamp, rows_of: dict[str, int], labels: str
) -> list:
    for axis in axes:
        axis.axvline(on, color="#2d3748", linewidth=1.5)
    handles: list[Artist] = []
    if attendance is None:
        return handles
    for status, (_, marker, color) in lab.ARTICLE_MARKERS.items():
        rows = attendance[attendance["article"] == status]
        if rows.empty:
            continue
        hollow = status in ("not mentioned", "no attendees table")
        handles.append(
            axes[0].scatter(
                [on] * len(rows), rows["iso3"].map(rows_of), marker=marker, s=70, zorder=3,
                facecolors="white" if hollow else color, edgecolors=color, linewidths=1.5,
                label=f"{lab.name('article', 'خبر', labels)}: {status} ({lab.day(on)})",
            )
        )  # fmt: skip
    return handles
