"""The reference tables' coded values as a reader sees them: a state's standing, a session's kind,
format and status, a secretary's role and what the article says of a member state, named in Persian
in `fa`, «فارسی · English» in `both` and left as codes in `en`, in tables and in the corpus timeline;
the files and the frames keep the codes."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import contracts, reference, reference_values
from helpers.figures import corpus as views
from helpers.figures import labels as lab
from helpers.figures import tables
from helpers.reference import membership, overlaps


def rows(frame: pd.DataFrame, labels: str) -> list[list]:
    return tables.prepare(frame, labels)["data"]


@pytest.fixture
def periods() -> pd.DataFrame:
    return pd.DataFrame({"iso3": ["ARM", "IRN"], "status": ["frozen", "observer"], "body": ["", "council"]})


@pytest.mark.parametrize(
    ("labels", "expected"),
    [("fa", ["منجمد", "ناظر"]), ("both", ["منجمد · frozen", "ناظر · observer"]), ("en", ["frozen", "observer"])],
)
def test_a_periods_status_is_a_standing(periods: pd.DataFrame, labels: str, expected: list[str]) -> None:
    assert [row[1] for row in rows(periods, labels)] == expected
    assert list(periods["status"]) == ["frozen", "observer"]  # the frame keeps the codes


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ("fa", [["فوق‌العاده", "ویدئویی", "برگزارشده"], ["نامعلوم", "حضوری", "اعلام‌شده"]]),
        (
            "both",
            [
                ["فوق‌العاده · extraordinary", "ویدئویی · video", "برگزارشده · held"],
                ["نامعلوم · unknown", "حضوری · in_person", "اعلام‌شده · announced"],
            ],
        ),
        ("en", [["extraordinary", "video", "held"], ["unknown", "in_person", "announced"]]),
    ],
)
def test_a_sessions_kind_format_and_status(labels: str, expected: list[list[str]]) -> None:
    sessions = pd.DataFrame(
        {"kind": ["extraordinary", "unknown"], "format": ["video", "in_person"], "status": ["held", "announced"]}
    )
    assert rows(sessions, labels) == expected


def test_the_bundled_reference_tables_show_no_code_in_persian() -> None:
    """Every coded column of the CSTO's events, sessions, secretaries, periods and the article's day."""
    ref = reference.load(None, "CSTO")
    spans = membership.periods(ref.events)
    day = membership.attendance(spans, pd.Timestamp("2025-11-28"), None)
    shown = {
        "periods": (spans, ["status"]),
        "sessions": (ref.sessions, ["kind", "format", "status", "precision"]),
        "secretaries": (ref.secretaries, ["role"]),
        "day": (day, ["membership", "article"]),
    }
    for what, (frame, columns) in shown.items():
        table = tables.prepare(frame[columns], "fa")
        for row in table["data"]:
            assert all(cell == tables.EMPTY or not cell.isascii() for cell in row), (what, row)
    assert set(day["article"]) == {"no attendees table"}
    assert rows(day[["article"]], "both")[0] == ["بی جدول حاضران · no attendees table"]


def test_the_standings_grid_declares_its_organization_columns() -> None:
    standings = pd.DataFrame(
        {
            "iso3": ["ARM", "ARM", "IRN"],
            "country_en": ["Armenia", "Armenia", "Iran"],
            "country_fa": ["ارمنستان", "ارمنستان", "ایران"],
            "organization": ["CSTO", "EAEU", "SCO"],
            "status": ["frozen", "member", "member"],
        }
    )
    grid = overlaps.matrix(standings)
    assert set(grid.attrs[contracts.VALUES_ATTR].values()) == {reference_values.Standing}
    assert rows(grid, "fa") == [["ARM", "منجمد", "عضو", tables.EMPTY], ["IRN", tables.EMPTY, tables.EMPTY, "عضو"]]
    assert rows(grid, "both")[0][1] == "منجمد · frozen"
    assert rows(grid, "en")[0][1:3] == ["frozen", "member"]


@pytest.fixture
def mentions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "start": pd.to_datetime(["2025-11-28", "2024-03-20"]),
            "end": pd.to_datetime(["2025-11-28", "2024-03-20"]),
            "surface": ["۷ آذر", "نوروز ۱۴۰۳"],
            "calendar": ["jalali", "gregorian"],
            "precision": ["day", "day"],
            "refers_to": ["summit", ""],
            "section": ["body", "lead"],
            "meeting": ["m", "m"],
        }
    )


@pytest.mark.parametrize(
    ("labels", "legend", "axis"),
    [
        ("fa", {"متن اصلی", "لید"}, {"هجری شمسی", "میلادی"}),
        ("both", {"متن اصلی · body", "لید · lead"}, {"هجری شمسی · jalali", "میلادی · gregorian"}),
        ("en", {"body", "lead"}, {"jalali", "gregorian"}),
    ],
)
def test_the_corpus_timeline_names_sections_and_calendars(
    mentions: pd.DataFrame, labels: str, legend: set[str], axis: set[str]
) -> None:
    figure = views.dates_timeline(mentions, labels)
    unwrap = str.maketrans("", "", "\u202b\u202c")
    assert {trace.name.translate(unwrap) for trace in figure.data} == legend
    assert {y for trace in figure.data for y in trace.y} == axis
    assert list(mentions["section"]) == ["body", "lead"]  # the caller's frame keeps the codes


def test_one_spelling_for_the_announced_session_and_video() -> None:
    assert lab.kind_name("announced", "fa") == lab.SESSION_STATUS_FA["announced"]
    assert lab.kind_name("regular (video)", "fa") == f"عادی ({lab.SESSION_FORMAT_FA['video']})"


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ("fa", [["حاضران", "بن + پسوند"], ["تاریخ‌ها", "«وزیر» جدانوشته"]]),
        (
            "both",
            [["حاضران · attendees", "بن + پسوند · stem+suffix"], ["تاریخ‌ها · dates", "«وزیر» جدانوشته · split title"]],
        ),
        ("en", [["attendees", "stem+suffix"], ["dates", "split title"]]),
    ],
)
def test_a_frame_declares_a_column_named_for_something_else(labels: str, expected: list[list[str]]) -> None:
    """A scores table's `table` holds table names; a restoration's `rule` is a contract column."""
    scores = pd.DataFrame({"table": ["attendees", "dates"], "rule": ["stem+suffix", "split title"]})
    assert rows(scores, labels)[0][0] == "attendees"  # undeclared: a column named `table` is not coded
    scores.attrs[contracts.VALUES_ATTR] = {"table": contracts.Table}
    assert rows(scores, labels) == expected
