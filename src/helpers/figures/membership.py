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
from matplotlib.ticker import MaxNLocator

from helpers.figures import labels as lab
from helpers.reference_values import ArticleSays

_MS_PER_DAY = 86_400_000
_LABEL_GAP_DAYS = 4 * 365
"""Milestone labels closer than this (about 4 years, ~1 cm on the default width) go on separate rows."""


def _mark_text(mark: pd.Series, labels: str) -> str:
    """The short mark drawn on the axis ('1992 treaty'; Persian first, 'پیمان ۱۹۹۲'); the hover (plotly)
    and the legend text carry the full labels."""
    english, persian = mark["short_en"], mark["short_fa"]
    if labels == "en":
        return f"{mark['date'].year} {english}"
    return f"{persian} {lab.persian_digits(str(mark['date'].year))}"


def _mark_hover(mark: pd.Series, labels: str) -> str:
    return (
        f"{lab.name(mark['label_en'], mark['label_fa'], labels)}: {lab.day(mark['date'], labels)}<br>{mark['source']}"
    )


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
    labels: str = "fa",
    title: str = "",
) -> go.Figure:
    """One horizontal bar per period (one trace per status), milestones as dotted lines labelled on
    staggered rows above the plot, and the article's date with one marker per member state (one
    trace per article status)."""
    names = _state_labels(spans, labels)
    order = state_order(spans)
    figure = go.Figure()
    for status in lab.STATUS_COLORS:
        rows = spans[spans["status"] == status]
        if not rows.empty:
            figure.add_trace(_period_bars(rows, status, names, labels))
    rows_of_marks = _plotly_milestones(figure, marks, labels)
    if on is not None:
        _plotly_article(figure, attendance, on, names, labels)
    figure.update_layout(
        title={"text": title, "y": 0.99, "yanchor": "top"},
        barmode="overlay",
        xaxis={"type": "date", "title": ""},
        yaxis={"categoryorder": "array", "categoryarray": [names[iso3] for iso3 in reversed(order)], "title": ""},
        height=200 + 36 * len(order),
        margin={"t": 70 + 18 * rows_of_marks},
        legend={"orientation": "h", "y": -0.08, "yanchor": "top"},
    )
    return lab.rtl_figure(figure, labels)


def _period_bars(rows: pd.DataFrame, status: str, names: dict[str, str], labels: str) -> go.Bar:
    still = lab.name(" (still, as checked)", " (ادامه دارد)", labels)
    ends = rows["end"].map(lambda end: lab.day(end, labels)) + rows["open"].map(lambda s: still if s else "")
    source, end_source = lab.name("source", "منبع", labels), lab.name("end source", "منبع پایان", labels)
    return go.Bar(
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
                rows["start"].map(lambda start: lab.day(start, labels)),
                ends,
                rows["body"],
                rows["start_source"],
                rows["end_source"],
                strict=True,
            )
        ),
        hovertemplate=(
            "<b>%{customdata[1]} · %{customdata[0]}</b><br>"
            + lab.status_name(status, labels)
            + ": %{customdata[2]} → %{customdata[3]}<br>%{customdata[4]}"
            + f"<br>{source}: %{{customdata[5]}}<br>{end_source}: %{{customdata[6]}}<extra></extra>"
        ),
    )


def _plotly_milestones(figure: go.Figure, marks: pd.DataFrame, labels: str) -> int:
    """Dotted lines with their labels on staggered rows above the plot; return the number of rows."""
    marks = marks.sort_values("date")
    levels = lab.stagger(list(marks["date"]), _LABEL_GAP_DAYS)
    for level, (_, mark) in zip(levels, marks.iterrows(), strict=True):
        figure.add_shape(
            type="line", x0=mark["date"], x1=mark["date"], y0=0, y1=1, yref="paper",
            line={"dash": "dot", "color": "#4a5568", "width": 1},
        )  # fmt: skip
        figure.add_annotation(
            x=mark["date"], y=1, yref="paper", yanchor="bottom", yshift=2 + 18 * level, showarrow=False,
            font={"size": 10}, text=_mark_text(mark, labels), hovertext=_mark_hover(mark, labels),
        )  # fmt: skip
    return max(levels, default=-1) + 1


def _plotly_article(
    figure: go.Figure, attendance: pd.DataFrame | None, on: pd.Timestamp, names: dict[str, str], labels: str
) -> None:
    figure.add_shape(type="line", x0=on, x1=on, y0=0, y1=1, yref="paper", line={"color": "#2d3748", "width": 2})
    figure.add_annotation(  # above the plot: below it, the label ran into the year ticks («2025خبر»)
        x=on, y=1, yref="paper", yanchor="bottom", showarrow=False, text=lab.name("article", "خبر", labels)
    )
    if attendance is None:
        return
    membership = lab.name("membership", "عضویت", labels)
    for status, (symbol, _, color) in lab.ARTICLE_MARKERS.items():
        rows = attendance[attendance["article"] == status]
        if rows.empty:
            continue
        said = lab.article_status(status, labels)
        figure.add_trace(
            go.Scatter(
                x=[on] * len(rows),
                y=rows["iso3"].map(names),
                mode="markers",
                name=said,
                marker={"symbol": symbol, "size": 13, "color": color, "line": {"width": 2, "color": color}},
                customdata=list(
                    zip(
                        rows["country_en"],
                        rows["country_fa"],
                        rows["membership"].map(lambda m: lab.status_name(m, labels)),
                        strict=True,
                    )
                ),
                hovertemplate="<b>%{customdata[1]} · %{customdata[0]}</b><br>"
                + f"{said} ({lab.day(on, labels)})<br>{membership}: %{{customdata[2]}}<extra></extra>",
            )
        )


def member_count_plotly(counts: pd.DataFrame, marks: pd.DataFrame, labels: str = "fa", title: str = "") -> go.Figure:
    """Step lines: how many states were members, suspended or frozen; one trace per status."""
    figure = go.Figure()
    for status in ("member", "suspended", "frozen"):
        rows = counts[counts["status"] == status]
        figure.add_trace(
            go.Scatter(
                x=rows["date"], y=rows["count"], mode="lines", line_shape="hv", name=lab.status_name(status, labels),
                line={"color": lab.STATUS_COLORS[status], "width": 3 if status == "member" else 2},
                hovertemplate=lab.status_name(status, labels) + " %{x|%Y-%m-%d}: %{y}<extra></extra>",
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
        yaxis={"title": lab.name("states", "کشورها", labels), "rangemode": "tozero", "dtick": count_step(counts)},
        height=320,
    )
    return lab.rtl_figure(figure, labels)


def count_step(counts: pd.DataFrame, ticks: int = 5) -> int:
    """Whole states between the count axis' ticks, about `ticks` of them: a tick at every integer up to 15
    ran together on the short axis."""
    top = int(counts["count"].max()) if len(counts) else 0
    return max(1, -(-top // ticks))


def membership_matplotlib(
    spans: pd.DataFrame,
    marks: pd.DataFrame,
    counts: pd.DataFrame,
    attendance: pd.DataFrame | None = None,
    on: pd.Timestamp | None = None,
    labels: str = "fa",
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
    marks = marks.sort_values("date")
    for level, (_, mark) in zip(lab.stagger(list(marks["date"]), _LABEL_GAP_DAYS), marks.iterrows(), strict=True):
        timeline.annotate(
            _mark_text(mark, labels), (mark["date"], 1), xycoords=("data", "axes fraction"),
            xytext=(0, 2 + 12 * level), textcoords="offset points", va="bottom", ha="center", fontsize=8,
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
    count.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
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
        hollow = status in (ArticleSays.NOT_IN_TABLE, ArticleSays.NO_ATTENDEES_TABLE)
        handles.append(
            axes[0].scatter(
                [on] * len(rows), rows["iso3"].map(rows_of), marker=marker, s=70, zorder=3,
                facecolors="white" if hollow else color, edgecolors=color, linewidths=1.5,
                label=f"{lab.article_status(status, labels)} {lab.ltr_run(lab.day(on, labels), labels)}",
            )
        )  # fmt: skip
    return handles
