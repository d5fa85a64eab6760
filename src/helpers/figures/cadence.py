"""Cadence figures: sessions per year by kind, days between sessions (over time and as a
distribution), host countries, and the Council's calendar with the article's own dates on the
same axis. An announced session is always drawn apart from held ones (its own colour and label)."""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd
import plotly.graph_objects as go
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from helpers.figures import labels as lab
from helpers.reference.cadence import kind_label, label_order

_ANNOUNCED = {"color": lab.KIND_COLORS["announced"], "line": {"color": "#744210", "width": 2}}


def per_year_plotly(counts: pd.DataFrame, labels: str = "en", title: str = "") -> go.Figure:
    """Stacked bars, one trace per kind label (regular, extraordinary (video), ..., announced)."""
    figure = go.Figure()
    for label in label_order(counts["label"]):
        rows = counts[counts["label"] == label]
        marker: dict[str, object] = {"color": lab.KIND_COLORS.get(label, "#a0aec0")}
        if label == "announced":
            marker = {**_ANNOUNCED, "pattern": {"shape": "/"}}
        figure.add_trace(
            go.Bar(
                x=rows["year"],
                y=rows["count"],
                name=lab.kind_name(label, labels),
                marker=marker,
                hovertemplate=f"%{{x}}: %{{y}} {label}<extra></extra>",
            )
        )
    figure.update_layout(
        title=title,
        barmode="stack",
        xaxis={"dtick": 2},
        yaxis={"title": lab.name("sessions", "نشست‌ها", labels), "dtick": 1},
        height=360,
    )
    return figure


def gaps_over_time_plotly(gaps: pd.DataFrame, labels: str = "en", title: str = "") -> go.Figure:
    """Days since the previous session, at each session's date: held sessions, then the announced one."""
    figure = go.Figure()
    held, announced = gaps[~gaps["announced"]], gaps[gaps["announced"]]
    hover = "%{customdata[0]} → %{x|%Y-%m-%d}: %{y} days<br>%{customdata[1]}<extra></extra>"
    figure.add_trace(
        go.Scatter(
            x=held["date"], y=held["days"], mode="lines+markers", name=lab.name("held", "برگزارشده", labels),
            marker={"color": held["label"].map(lambda label: lab.KIND_COLORS.get(label, "#a0aec0")), "size": 9, "line": {"width": 1, "color": "#2d3748"}},
            line={"color": "#a0aec0"}, customdata=list(zip(held["previous"].map(lab.day), held["label"], strict=True)), hovertemplate=hover,
        )
    )  # fmt: skip
    if not announced.empty:
        figure.add_trace(
            go.Scatter(
                x=announced["date"], y=announced["days"], mode="markers", name=lab.kind_name("announced", labels),
                marker={"symbol": "diamond-open", "size": 14, **_ANNOUNCED},
                customdata=list(zip(announced["previous"].map(lab.day), announced["label"], strict=True)), hovertemplate=hover,
            )
        )  # fmt: skip
    figure.update_layout(
        title=title,
        yaxis={"title": lab.name("days since previous session", "روز از نشست قبلی", labels), "rangemode": "tozero"},
        height=360,
    )
    return figure


def gaps_distribution_plotly(gaps: pd.DataFrame, labels: str = "en", title: str = "") -> go.Figure:
    """Histogram of the gaps between held sessions (the announced one is left out), with the median."""
    held = gaps[~gaps["announced"]]
    figure = go.Figure(
        go.Histogram(
            x=held["days"], xbins={"size": 60}, marker={"color": "#4a5568"}, name=lab.name("gaps", "فاصله‌ها", labels)
        )
    )
    if not held.empty:
        median = float(held["days"].median())
        figure.add_shape(
            type="line", x0=median, x1=median, y0=0, y1=1, yref="paper", line={"dash": "dash", "color": "#c53030"}
        )
        figure.add_annotation(
            x=median, y=1, yref="paper", showarrow=False, yanchor="bottom", text=f"median {median:.0f} days"
        )
    figure.update_layout(
        title=title,
        xaxis={"title": lab.name("days between sessions", "روز میان نشست‌ها", labels)},
        yaxis={"title": lab.name("count", "تعداد", labels)},
        height=340,
    )
    return figure


def hosts_plotly(hosts: pd.DataFrame, labels: str = "en", title: str = "") -> go.Figure:
    """Horizontal bars: in-person sessions held per host country (one trace)."""
    rows = hosts.iloc[::-1]
    figure = go.Figure(
        go.Bar(
            orientation="h", x=rows["count"], y=[lab.name(en, fa, labels) for en, fa in zip(rows["country_en"], rows["country_fa"], strict=True)],
            marker={"color": "#2b6cb0"}, customdata=list(zip(rows["country_en"], rows["country_fa"], strict=True)),
            hovertemplate="%{customdata[0]} · %{customdata[1]}: %{x} sessions<extra></extra>", name=lab.name("host", "میزبان", labels),
        )
    )  # fmt: skip
    figure.update_layout(
        title=title,
        xaxis={"title": lab.name("in-person sessions held", "نشست‌های حضوری", labels), "dtick": 2},
        height=120 + 40 * len(rows),
    )
    return figure


def calendar_plotly(
    sessions: pd.DataFrame,
    article: pd.DataFrame,
    published: pd.Timestamp | None = None,
    labels: str = "en",
    title: str = "",
) -> go.Figure:
    """Council sessions (one trace per kind label, the announced session apart) on one row and the
    article's own dates (one trace, ranges as error bars) on a second row of the same time axis."""
    sessions_row = lab.name("Council sessions", "نشست‌های شورا", labels)
    article_row = lab.name("dates in the article", "تاریخ‌های خبر", labels)
    table = sessions.assign(label=sessions.apply(kind_label, axis=1))
    figure = go.Figure()
    for label in label_order(table["label"]):
        rows = table[table["label"] == label]
        marker = {"size": 11, "color": lab.KIND_COLORS.get(label, "#a0aec0"), "line": {"width": 1, "color": "#2d3748"}}
        if label == "announced":
            marker = {"size": 15, "symbol": "diamond-open", **_ANNOUNCED}
        figure.add_trace(
            go.Scatter(
                x=rows["date"], y=[sessions_row] * len(rows), mode="markers", name=lab.kind_name(label, labels), marker=marker,
                customdata=list(zip(rows["city_en"], rows["city_fa"], rows["precision"], rows["source"].str.split(" ; ").str[0], strict=True)),
                hovertemplate="%{x|%Y-%m-%d} (%{customdata[2]}) %{customdata[0]} %{customdata[1]}<br>" + label + "<br>%{customdata[3]}<extra></extra>",
            )
        )  # fmt: skip
    if not article.empty:
        figure.add_trace(
            go.Scatter(
                x=article["start"], y=[article_row] * len(article), mode="markers", name=article_row,
                marker={"symbol": "square", "size": 10, "color": "#805ad5"},
                error_x={"type": "data", "symmetric": False, "array": (article["end"] - article["start"]).dt.days * 86_400_000, "arrayminus": [0] * len(article)},
                customdata=list(zip(article["surface"], article["refers_to"].fillna(""), article["end"].map(lab.day), strict=True)),
                hovertemplate="%{customdata[0]}<br>%{x|%Y-%m-%d} → %{customdata[2]}<br>refers to: %{customdata[1]}<extra></extra>",
            )
        )  # fmt: skip
    if published is not None:
        figure.add_shape(
            type="line", x0=published, x1=published, y0=0, y1=1, yref="paper", line={"color": "#2d3748", "dash": "dot"}
        )
        figure.add_annotation(
            x=published,
            y=1,
            yref="paper",
            yanchor="bottom",
            showarrow=False,
            text=lab.name("article published", "انتشار خبر", labels),
        )
    figure.update_layout(
        title=title,
        yaxis={"categoryorder": "array", "categoryarray": [article_row, sessions_row]},
        height=300,
        xaxis={"type": "date", "rangeslider": {"visible": True}},
    )
    return figure


def cadence_matplotlib(
    counts: pd.DataFrame,
    gaps: pd.DataFrame,
    hosts: pd.DataFrame,
    sessions: pd.DataFrame,
    article: pd.DataFrame,
    published: pd.Timestamp | None = None,
    labels: str = "en",
    title: str = "",
    window_start: pd.Timestamp | None = None,
) -> Figure:
    """Static five-panel summary: per year, gaps over time, gap histogram, hosts, and the recent
    calendar (from `window_start`, default five years before the article) with the article's dates."""
    figure = Figure(figsize=(13, 11), layout="constrained")
    grid = figure.add_gridspec(3, 2)
    _per_year_panel(figure.add_subplot(grid[0, :]), counts, labels)
    _gaps_panels(figure.add_subplot(grid[1, 0]), figure.add_subplot(grid[1, 1]), gaps, labels)
    _hosts_panel(figure.add_subplot(grid[2, 0]), hosts, labels)
    anchor = published if published is not None else sessions["date"].max()
    start = window_start if window_start is not None else anchor - pd.DateOffset(years=5)
    _calendar_panel(figure.add_subplot(grid[2, 1]), sessions[sessions["date"] >= start], article, published, labels)
    figure.suptitle(title)
    return figure


def _per_year_panel(axis: Axes, counts: pd.DataFrame, labels: str) -> None:
    table = counts.pivot(index="year", columns="label", values="count").fillna(0)
    bottom = pd.Series(0, index=table.index)
    for label in label_order(counts["label"]):
        values = table[label]
        shown = values > 0
        announced = label == "announced"
        axis.bar(
            table.index[shown],
            values[shown],
            bottom=bottom[shown],
            color=lab.KIND_COLORS.get(label, "#a0aec0"),
            label=lab.kind_name(label, labels),
            hatch="//" if announced else None,
            edgecolor="#744210" if announced else None,
        )
        bottom = bottom + values
    axis.set_ylabel(lab.name("sessions per year", "نشست در سال", labels))
    axis.set_ylim(0, bottom.max() + 2)
    axis.legend(fontsize=8, ncols=3, loc="upper left")
    if isinstance(locator := axis.yaxis.get_major_locator(), MaxNLocator):  # the default, AutoLocator
        locator.set_params(integer=True)


def _gaps_panels(over_time: Axes, distribution: Axes, gaps: pd.DataFrame, labels: str) -> None:
    held, announced = gaps[~gaps["announced"]], gaps[gaps["announced"]]
    over_time.plot(held["date"], held["days"], color="#a0aec0", zorder=1)
    over_time.scatter(
        held["date"],
        held["days"],
        c=held["label"].map(lambda label: lab.KIND_COLORS.get(label, "#a0aec0")),
        edgecolors="#2d3748",
        zorder=2,
        label=lab.name("held", "برگزارشده", labels),
    )
    if not announced.empty:
        over_time.scatter(
            announced["date"],
            announced["days"],
            marker="D",
            s=80,
            facecolors="none",
            edgecolors="#744210",
            linewidths=2,
            label=lab.kind_name("announced", labels),
        )
    over_time.set_ylabel(lab.name("days since previous session", "روز از نشست قبلی", labels))
    over_time.legend(fontsize=8)
    if not held.empty:
        distribution.hist(held["days"], bins=range(0, int(held["days"].max()) + 60, 60), color="#4a5568")
        distribution.axvline(
            held["days"].median(), color="#c53030", linestyle="--", label=f"median {held['days'].median():.0f}"
        )
        distribution.legend(fontsize=8)
    distribution.set_xlabel(lab.name("days between held sessions", "روز میان نشست‌ها", labels))


def _hosts_panel(axis: Axes, hosts: pd.DataFrame, labels: str) -> None:
    rows = hosts.iloc[::-1]
    axis.barh(
        [lab.name(en, fa, labels) for en, fa in zip(rows["country_en"], rows["country_fa"], strict=True)],
        rows["count"],
        color="#2b6cb0",
    )
    axis.set_xlabel(lab.name("in-person sessions held", "نشست‌های حضوری", labels))


def _calendar_panel(
    axis: Axes, sessions: pd.DataFrame, article: pd.DataFrame, published: pd.Timestamp | None, labels: str
) -> None:
    table = sessions.assign(label=sessions.apply(kind_label, axis=1))
    for label in label_order(table["label"]):
        rows = table[table["label"] == label]
        if label == "announced":
            axis.scatter(
                rows["date"],
                [1] * len(rows),
                marker="D",
                s=90,
                facecolors="none",
                edgecolors="#744210",
                linewidths=2,
                label=lab.kind_name(label, labels),
                zorder=3,
            )
        else:
            axis.scatter(
                rows["date"],
                [1] * len(rows),
                s=60,
                color=lab.KIND_COLORS.get(label, "#a0aec0"),
                edgecolors="#2d3748",
                label=lab.kind_name(label, labels),
                zorder=3,
            )
    if not article.empty:
        axis.hlines([0] * len(article), article["start"], article["end"], color="#805ad5", linewidth=4)
        axis.scatter(
            article["start"],
            [0] * len(article),
            marker="s",
            color="#805ad5",
            label=lab.name("dates in the article", "تاریخ‌های خبر", labels),
            zorder=3,
        )
    if published is not None:
        axis.axvline(
            mdates.date2num(published),
            color="#2d3748",
            linestyle=":",
            label=lab.name("article published", "انتشار خبر", labels),
        )
    axis.set_yticks([0, 1], [lab.name("article", "خبر", labels), lab.name("Council", "شورا", labels)])
    axis.set_ylim(-0.6, 1.6)
    axis.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    axis.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.01, 0.5))
