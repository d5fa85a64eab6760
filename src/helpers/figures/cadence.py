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


def _kind_colour(label: str) -> str:
    return lab.KIND_COLORS.get(label, "#a0aec0")


def per_year_plotly(counts: pd.DataFrame, labels: str = "fa", title: str = "") -> go.Figure:
    """Stacked bars, one trace per kind label (regular, extraordinary (video), ..., announced)."""
    figure = go.Figure()
    for label in label_order(counts["label"]):
        rows = counts[counts["label"] == label]
        marker: dict[str, object] = {"color": _kind_colour(label)}
        if label == "announced":
            marker = {**_ANNOUNCED, "pattern": {"shape": "/"}}
        figure.add_trace(
            go.Bar(
                x=rows["year"],
                y=rows["count"],
                name=lab.kind_name(label, labels),
                marker=marker,
                hovertemplate=f"%{{x}}: %{{y}} {lab.kind_name(label, labels)}<extra></extra>",
            )
        )
    figure.update_layout(
        title=title,
        barmode="stack",
        xaxis={"dtick": 2},
        yaxis={"title": lab.name("sessions", "نشست‌ها", labels), "dtick": 1},
        height=380,
        legend={"orientation": "h", "y": -0.15, "yanchor": "top"},
    )
    return lab.rtl_figure(figure, labels)


def _gap_hover(labels: str) -> str:
    days = lab.name("days", "روز", labels)
    return f"%{{customdata[0]}} → %{{x|%Y-%m-%d}}: %{{y}} {days}<br>%{{customdata[1]}}<extra></extra>"


def _gap_data(rows: pd.DataFrame, labels: str) -> list:
    previous = rows["previous"].map(lambda day: lab.day(day, labels))
    return list(zip(previous, rows["label"].map(lambda label: lab.kind_name(label, labels)), strict=True))


def gaps_over_time_plotly(gaps: pd.DataFrame, labels: str = "fa", title: str = "") -> go.Figure:
    """Days since the previous session, at each session's date: held sessions, then the announced one."""
    figure = go.Figure()
    held, announced = gaps[~gaps["announced"]], gaps[gaps["announced"]]
    figure.add_trace(
        go.Scatter(
            x=held["date"],
            y=held["days"],
            mode="lines+markers",
            name=lab.name("held", lab.SESSION_STATUS_FA["held"], labels),
            marker={"color": held["label"].map(_kind_colour), "size": 9, "line": {"width": 1, "color": "#2d3748"}},
            line={"color": "#a0aec0"},
            customdata=_gap_data(held, labels),
            hovertemplate=_gap_hover(labels),
        )
    )
    if not announced.empty:
        figure.add_trace(
            go.Scatter(
                x=announced["date"],
                y=announced["days"],
                mode="markers",
                name=lab.kind_name("announced", labels),
                marker={"symbol": "diamond-open", "size": 14, **_ANNOUNCED},
                customdata=_gap_data(announced, labels),
                hovertemplate=_gap_hover(labels),
            )
        )
    figure.update_layout(
        title=title,
        yaxis={"title": lab.name("days since previous session", "روز از نشست قبلی", labels), "rangemode": "tozero"},
        height=360,
    )
    return lab.rtl_figure(figure, labels)


def gaps_distribution_plotly(gaps: pd.DataFrame, labels: str = "fa", title: str = "") -> go.Figure:
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
        text = lab.name(f"median {median:.0f} days", f"میانه: {lab.persian_digits(f'{median:.0f}')} روز", labels)
        figure.add_annotation(x=median, y=1, yref="paper", showarrow=False, yanchor="bottom", text=text)
    figure.update_layout(
        title=title,
        xaxis={"title": lab.name("days between sessions", "روز میان نشست‌ها", labels)},
        yaxis={"title": lab.name("count", "تعداد", labels)},
        height=340,
        margin={"t": 80},
    )
    return lab.rtl_figure(figure, labels)


def hosts_plotly(hosts: pd.DataFrame, labels: str = "fa", title: str = "") -> go.Figure:
    """Horizontal bars: in-person sessions held per host country (one trace)."""
    rows = hosts.iloc[::-1]
    sessions = lab.name("sessions", "نشست", labels)
    figure = go.Figure(
        go.Bar(
            orientation="h",
            x=rows["count"],
            y=[lab.name(en, fa, labels) for en, fa in zip(rows["country_en"], rows["country_fa"], strict=True)],
            marker={"color": "#2b6cb0"},
            customdata=list(zip(rows["country_en"], rows["country_fa"], strict=True)),
            hovertemplate=f"%{{customdata[1]}} · %{{customdata[0]}}: %{{x}} {sessions}<extra></extra>",
            name=lab.name("host", "میزبان", labels),
        )
    )
    figure.update_layout(
        title=title,
        xaxis={"title": lab.name("in-person sessions held", "نشست‌های حضوری", labels), "dtick": 2},
        yaxis={"automargin": True},
        height=120 + 40 * len(rows),
    )
    return lab.rtl_figure(figure, labels)


def calendar_plotly(
    sessions: pd.DataFrame,
    article: pd.DataFrame,
    published: pd.Timestamp | None = None,
    labels: str = "fa",
    title: str = "",
) -> go.Figure:
    """Council sessions (one trace per kind label, the announced session apart) on one row and the
    article's own dates (one trace; a range drawn as a bar from start to end, as in the static
    figure) on a second row of the same time axis. The legend sits above the plot, in rows."""
    sessions_row = lab.name("Council sessions", "نشست‌های شورا", labels)
    article_row = lab.name("dates in the article", "تاریخ‌های خبر", labels)
    table = sessions.assign(label=sessions.apply(kind_label, axis=1))
    figure = go.Figure()
    for label in label_order(table["label"]):
        figure.add_trace(_session_markers(table[table["label"] == label], label, sessions_row, labels))
    if not article.empty:
        _article_dates(figure, article, article_row, labels)
    if published is not None:
        figure.add_shape(
            type="line", x0=published, x1=published, y0=0, y1=1, yref="paper", line={"color": "#2d3748", "dash": "dot"}
        )
        text = lab.name("article published", "انتشار خبر", labels)
        figure.add_annotation(x=published, y=1, yref="paper", yanchor="bottom", showarrow=False, text=text)
    figure.update_layout(
        title={"text": title, "y": 0.98, "yanchor": "top"},
        yaxis={"categoryorder": "array", "categoryarray": [article_row, sessions_row], "automargin": True},
        height=440,
        margin={"t": 140},
        legend={"orientation": "h", "x": 0, "y": 1.08, "yanchor": "bottom"},
        xaxis={"type": "date", "rangeslider": {"visible": True}},
    )
    return lab.rtl_figure(figure, labels)


def _session_markers(rows: pd.DataFrame, label: str, row: str, labels: str) -> go.Scatter:
    marker = {"size": 11, "color": _kind_colour(label), "line": {"width": 1, "color": "#2d3748"}}
    if label == "announced":
        marker = {"size": 15, "symbol": "diamond-open", **_ANNOUNCED}
    kind = lab.kind_name(label, labels)
    return go.Scatter(
        x=rows["date"],
        y=[row] * len(rows),
        mode="markers",
        name=kind,
        marker=marker,
        customdata=list(
            zip(
                rows["date"].map(lambda day: lab.day(day, labels)),
                rows["city_fa"],
                rows["city_en"],
                rows["source"].str.split(" ; ").str[0],
                strict=True,
            )
        ),
        hovertemplate="%{customdata[0]} %{customdata[1]} · %{customdata[2]}<br>" + kind + "<br>%{customdata[3]}"
        "<extra></extra>",
    )


def _article_dates(figure: go.Figure, article: pd.DataFrame, row: str, labels: str) -> None:
    """One marker per date at its start and, for a range, a thick line to its end (one legend entry)."""
    colour = "#805ad5"
    ranges = article[article["end"] > article["start"]]
    if not ranges.empty:
        xs, ys = [], []
        for start, end in zip(ranges["start"], ranges["end"], strict=True):
            xs += [start, end, None]
            ys += [row, row, None]
        figure.add_trace(
            go.Scatter(
                x=xs, y=ys, mode="lines", line={"color": colour, "width": 6}, legendgroup="article",
                showlegend=False, hoverinfo="skip",
            )
        )  # fmt: skip
    refers = lab.name("refers to", "رویداد", labels)
    figure.add_trace(
        go.Scatter(
            x=article["start"],
            y=[row] * len(article),
            mode="markers",
            name=row,
            legendgroup="article",
            marker={"symbol": "square", "size": 10, "color": colour},
            customdata=list(
                zip(
                    article["surface"],
                    article["refers_to"].fillna(""),
                    article["start"].map(lambda day: lab.day(day, labels)),
                    article["end"].map(lambda day: lab.day(day, labels)),
                    strict=True,
                )
            ),
            hovertemplate="%{customdata[0]}<br>%{customdata[2]} → %{customdata[3]}<br>"
            + refers
            + ": %{customdata[1]}<extra></extra>",
        )
    )


def cadence_matplotlib(
    counts: pd.DataFrame,
    gaps: pd.DataFrame,
    hosts: pd.DataFrame,
    sessions: pd.DataFrame,
    article: pd.DataFrame,
    published: pd.Timestamp | None = None,
    labels: str = "fa",
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
        label=lab.name("held", lab.SESSION_STATUS_FA["held"], labels),
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
            held["days"].median(),
            color="#c53030",
            linestyle="--",
            label=lab.name(f"median {held['days'].median():.0f}", f"میانه {held['days'].median():.0f}", labels),
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
