"""The membership and cadence figure builders return figures with the expected traces and counts,
with and without the article's tables, and the static pair is written as PNG and SVG."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest
from matplotlib.figure import Figure

from helpers import reference
from helpers.figures import cadence as cadence_figures
from helpers.figures import export
from helpers.figures import labels as lab
from helpers.figures import membership as membership_figures
from helpers.figures import overlaps as overlap_figures
from helpers.reference import cadence, membership, overlaps

ON = pd.Timestamp("2025-11-28")


@pytest.fixture(scope="module")
def ref() -> reference.Reference:
    return reference.load()


@pytest.fixture(scope="module")
def spans(ref: reference.Reference) -> pd.DataFrame:
    return membership.periods(ref.events)


@pytest.fixture
def attendees() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "country_iso3": ["KGZ", "RUS", "BLR", "KAZ", "TJK", "ARM"],
            "status": ["host", "attended", "attended", "attended", "attended", "absent"],
        }
    )


@pytest.fixture
def article_dates() -> pd.DataFrame:
    return cadence.article_dates(
        pd.DataFrame(
            {
                "surface": ["۲۸ نوامبر ۲۰۲۵", "۱۱ نوامبر ۲۰۲۶", "پنج سال آینده", "نامعلوم"],
                "start": ["2025-11-28", "2026-11-11", "2026-01-01", "not a date"],
                "end": [None, None, "2030-12-31", None],
                "precision": ["day", "day", "range", "day"],
                "refers_to": ["publication", "next_session", "plan", None],
                "section": ["dateline", "body", "body", "body"],
            }
        )
    )


def test_timeline_has_one_bar_trace_per_status_and_one_bar_per_period(
    spans: pd.DataFrame, ref: reference.Reference, attendees: pd.DataFrame
) -> None:
    marks = membership.milestones(ref.events)
    overlay = membership.attendance(spans, ON, attendees)
    figure = membership_figures.timeline_plotly(spans, marks, overlay, ON, labels="en")
    bars = [trace for trace in figure.data if isinstance(trace, go.Bar)]
    assert [trace.name for trace in bars] == ["member", "suspended", "frozen", "observer"]
    assert sum(len(trace.y) for trace in bars) == len(spans)
    markers = {trace.name: len(trace.y) for trace in figure.data if isinstance(trace, go.Scatter)}
    assert markers == {"article: attended": 5, "article: absent": 1, "article: not in attendees table": 1}
    assert len(figure.layout.shapes) == len(marks) + 1  # milestones + the article's date
    assert "source" in bars[0].hovertemplate


def test_timeline_without_attendees_draws_the_date_but_no_markers(
    spans: pd.DataFrame, ref: reference.Reference
) -> None:
    marks = membership.milestones(ref.events)
    figure = membership_figures.timeline_plotly(spans, marks, None, ON)
    assert not [trace for trace in figure.data if isinstance(trace, go.Scatter)]
    assert len(figure.layout.shapes) == len(marks) + 1
    undated = membership_figures.timeline_plotly(spans, marks)
    assert len(undated.layout.shapes) == len(marks)


def test_persian_is_the_default_and_mixed_labels_run_right_to_left(
    spans: pd.DataFrame, ref: reference.Reference, attendees: pd.DataFrame
) -> None:
    overlay = membership.attendance(spans, ON, attendees)
    title = lab.title("membership by state", "عضویت کشورها", "CSTO", "fa")
    figure = membership_figures.timeline_plotly(spans, membership.milestones(ref.events), overlay, ON, title=title)
    assert "ارمنستان" in figure.layout.yaxis.categoryarray
    assert figure.data[0].name == "عضو"
    assert "خبر: حاضر" in [trace.name for trace in figure.data]  # no English status word in the legend
    assert figure.layout.title.text == f"\u202b{title}\u202c"  # «عضویت کشورها (CSTO)» laid out right to left
    marks = [note.text for note in figure.layout.annotations if note.hovertext]
    assert "پیمان ۱۹۹۲" in marks  # Persian first, Persian digits
    assert "(۱۴۰۴/۰۹/۰۷)" in figure.data[-1].hovertemplate  # the Jalali date beside the Gregorian one
    assert "source" not in figure.data[0].hovertemplate and "منبع" in figure.data[0].hovertemplate
    with pytest.raises(ValueError, match="labels must be one of"):
        membership_figures.timeline_plotly(spans, membership.milestones(ref.events), labels="de")


def test_close_milestones_are_labelled_on_separate_rows(spans: pd.DataFrame, ref: reference.Reference) -> None:
    marks = membership.milestones(ref.events)
    figure = membership_figures.timeline_plotly(spans, marks)
    notes = sorted((note.x, note.yshift) for note in figure.layout.annotations if note.hovertext)
    assert len(notes) == len(marks)
    for (x1, shift1), (x2, shift2) in zip(notes, notes[1:], strict=False):
        if (pd.Timestamp(x2) - pd.Timestamp(x1)).days < 365:  # the two 2002 marks
            assert shift1 != shift2
    rows = len({shift for _, shift in notes})
    assert figure.layout.margin.t >= 70 + 18 * rows - 18  # the title keeps its room above the labels
    assert all(note.textangle in (None, 0) for note in figure.layout.annotations)


def test_member_count_figure_has_three_step_traces(spans: pd.DataFrame, ref: reference.Reference) -> None:
    counts = membership.member_counts(spans)
    figure = membership_figures.member_count_plotly(counts, membership.milestones(ref.events), labels="en")
    assert [trace.name for trace in figure.data] == ["member", "suspended", "frozen"]
    assert all(trace.line.shape == "hv" for trace in figure.data)
    assert max(figure.data[0].y) == 9  # 1994-1999: nine parties to the treaty


def test_member_count_axis_keeps_a_few_whole_number_ticks(spans: pd.DataFrame, ref: reference.Reference) -> None:
    """A tick at every integer up to 15 ran together on the short count axis (qa22)."""
    counts = pd.DataFrame({"date": [ON, ON], "status": ["member", "suspended"], "count": [15, 1]})
    assert membership_figures.member_count_plotly(counts, membership.milestones(ref.events)).layout.yaxis.dtick == 3
    assert membership_figures.count_step(counts.assign(count=[3, 0])) == 1
    static = membership_figures.membership_matplotlib(
        spans, membership.milestones(ref.events), counts, None, None, labels="fa"
    )
    ticks = static.axes[1].get_yticks()
    assert len(ticks) <= 6 and all(float(tick).is_integer() for tick in ticks)


def test_overlap_matrix_title_keeps_off_the_organization_names_and_its_legend_in_view() -> None:
    """The title sat on the slanted organization names and the colours' legend fell below a tall figure (qa22)."""
    standings = overlaps.standings_on(ON)
    grid = overlaps.matrix(standings)
    figure = overlap_figures.matrix_plotly(grid, standings, labels="fa", day="2025-11-28")
    assert figure.layout.title.yref == "container" and figure.layout.title.automargin
    assert figure.layout.xaxis.tickangle == -60 and figure.layout.yaxis.range == (-0.5, len(grid) - 0.5)
    assert figure.layout.legend.y == 1 and figure.layout.legend.x > 1


def test_static_legend_keeps_the_date_whole_in_persian(
    spans: pd.DataFrame, ref: reference.Reference, attendees: pd.DataFrame
) -> None:
    """matplotlib's bidi drew «خبر: حاضر ((۱۴۰۴/۰۹/۰۷) 2025-11-28)»: the date now sits in a left-to-right isolate."""
    overlay = membership.attendance(spans, ON, attendees)
    figure = membership_figures.membership_matplotlib(
        spans, membership.milestones(ref.events), membership.member_counts(spans), overlay, ON, labels="fa"
    )
    legend = [text.get_text() for text in figure.axes[0].get_legend().get_texts()]
    assert f"خبر: حاضر \u2066{lab.day(ON, 'fa')}\u2069" in legend
    assert "\u2066" not in lab.ltr_run("2025-11-28", "en")


def test_static_membership_figure(
    spans: pd.DataFrame, ref: reference.Reference, attendees: pd.DataFrame, tmp_path: Path
) -> None:
    overlay = membership.attendance(spans, ON, attendees)
    figure = membership_figures.membership_matplotlib(
        spans, membership.milestones(ref.events), membership.member_counts(spans), overlay, ON, labels="both"
    )
    assert isinstance(figure, Figure) and len(figure.axes) == 2
    timeline = figure.axes[0]
    assert len(timeline.collections) == len(spans) + 3  # one bar per period + three marker groups
    assert "ارمنستان · Armenia" in [tick.get_text() for tick in timeline.get_yticklabels()]
    written = export.save_static(figure, "seed_membership", tmp_path)
    assert [path.name for path in written] == ["seed_membership.png", "seed_membership.svg"]
    assert all(path.stat().st_size > 10_000 for path in written)
    assert not list(tmp_path.glob("*.part"))


def test_cadence_plotly_figures(ref: reference.Reference, article_dates: pd.DataFrame) -> None:
    sessions = ref.sessions
    per_year = cadence.per_year(sessions)
    figure = cadence_figures.per_year_plotly(per_year, labels="en")
    assert figure.data[-1].name == "announced"
    assert sum(sum(trace.y) for trace in figure.data) == len(sessions)
    gaps = cadence.gaps(sessions)
    over_time = cadence_figures.gaps_over_time_plotly(gaps, labels="en")
    assert [trace.name for trace in over_time.data] == ["held", "announced"] and len(over_time.data[1].x) == 1
    histogram = cadence_figures.gaps_distribution_plotly(gaps)
    assert len(histogram.data) == 1 and len(histogram.data[0].x) == int((~gaps["announced"]).sum())
    names = ref.events[ref.events["iso3"] != ""]
    hosts = cadence.hosts(sessions, names)
    assert cadence_figures.hosts_plotly(hosts).data[0].x[-1] == hosts["count"].max()
    calendar = cadence_figures.calendar_plotly(sessions, article_dates, ON, labels="en")
    assert calendar.data[-1].name == "dates in the article" and len(calendar.data[-1].x) == 3
    sessions_traces = [trace for trace in calendar.data if trace.legendgroup != "article"]
    assert sum(len(trace.x) for trace in sessions_traces) == len(sessions)
    assert "announced" in [trace.name for trace in calendar.data]
    legend = calendar.layout.legend
    assert legend.orientation == "h" and legend.y > 1  # in rows above the plot, not a scroll box beside it


def test_calendar_draws_a_range_from_start_to_end(ref: reference.Reference, article_dates: pd.DataFrame) -> None:
    calendar = cadence_figures.calendar_plotly(ref.sessions, article_dates, ON)
    lines = [trace for trace in calendar.data if trace.legendgroup == "article" and trace.mode == "lines"]
    assert len(lines) == 1
    ranged = article_dates[article_dates["end"] > article_dates["start"]]
    assert list(lines[0].x) == [
        value for s, e in zip(ranged["start"], ranged["end"], strict=True) for value in (s, e, None)
    ]
    assert not any(trace.error_x and trace.error_x.array is not None for trace in calendar.data)


def test_cadence_calendar_without_article_tables(ref: reference.Reference) -> None:
    calendar = cadence_figures.calendar_plotly(ref.sessions, cadence.article_dates(None), None, labels="en")
    assert "dates in the article" not in [trace.name for trace in calendar.data]
    assert not calendar.layout.shapes


def test_static_cadence_figure(ref: reference.Reference, article_dates: pd.DataFrame, tmp_path: Path) -> None:
    sessions = ref.sessions
    names = ref.events[ref.events["iso3"] != ""]
    figure = cadence_figures.cadence_matplotlib(
        cadence.per_year(sessions),
        cadence.gaps(sessions),
        cadence.hosts(sessions, names),
        sessions,
        article_dates,
        ON,
        labels="fa",
    )
    assert len(figure.axes) == 5
    assert lab.kind_name("announced", "fa") in [text.get_text() for text in figure.axes[0].get_legend().get_texts()]
    assert [path.suffix for path in export.save_static(figure, "x_cadence", tmp_path)] == [".png", ".svg"]


def test_a_host_that_was_never_a_member_is_named_from_the_gazetteer() -> None:
    sessions = pd.DataFrame(
        {"host_iso3": ["BEL", "XYZ"], "format": ["in_person", "in_person"], "status": ["held", "held"]}
    )
    names = pd.DataFrame({"iso3": ["RUS"], "country_en": ["Russia"], "country_fa": ["روسیه"]})
    hosts = cadence.hosts(sessions, names).set_index("iso3")
    assert hosts.loc["BEL", "country_fa"] == "بلژیک" and hosts.loc["BEL", "country_en"] == "Belgium"
    assert hosts.loc["XYZ", "country_fa"] == "XYZ"  # a code nobody knows stays itself
