"""The reference loader: the bundled tables load, and each kind of bad row is refused with a
one-line error naming the file, the line and the problem. Bad files are written to tmp_path."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers import reference
from helpers.figures import cadence as cadence_figures
from helpers.reference import cadence, membership

EVENT_HEADER = "organization,iso3,country_en,country_fa,date,kind,body,source,checked,note\n"
SESSION_HEADER = "organization,date,city_en,city_fa,host_iso3,kind,format,status,chair_iso3,source,checked,note\n"
SECRETARY_HEADER = "organization,name_en,name_fa,iso3,role,start,end,source,checked,note\n"

GOOD_EVENTS = [
    "ORG,,,,2001-02-03,treaty_signed,Treaty,https://a.example,2026-01-01,",
    "ORG,AAA,Aland,آلاند,2001-02-03,signed,Treaty,https://a.example ; https://b.example,2026-01-01,",
    "ORG,BBB,Bland,بلاند,2001-02-03,signed,Treaty,https://a.example,2026-01-01,",
    "ORG,BBB,Bland,بلاند,2005-06,suspended,Treaty,https://c.example,2026-01-01,",
    "ORG,CCC,Cland,,2010,observer,Assembly,https://d.example,2026-01-01,",
]


def write(folder: Path, name: str, header: str, rows: list[str]) -> Path:
    path = folder / name
    path.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def events_error(tmp_path: Path, rows: list[str]) -> str:
    path = write(tmp_path, "membership_events.csv", EVENT_HEADER, rows)
    with pytest.raises(reference.BadReference) as caught:
        reference.load_events(path, "ORG")
    message = str(caught.value)
    assert message.startswith(str(path)) and "\n" not in message
    return message


# --- the bundled CSTO tables -----------------------------------------------------------------


def test_bundled_reference_loads_with_sources_and_checked_dates() -> None:
    ref = reference.load()
    assert len(ref.events) > 15 and len(ref.sessions) > 30 and len(ref.secretaries) >= 6
    for table in (ref.events, ref.sessions, ref.secretaries):
        assert (table["n_sources"] >= 1).all()
        assert table["checked"].notna().all()


def test_bundled_reference_has_the_sessions_the_brief_requires() -> None:
    sessions = reference.load().sessions.set_index("date")
    bishkek = sessions.loc[pd.Timestamp("2025-11-27")]
    assert (bishkek["city_en"], bishkek["status"]) == ("Bishkek", "held")
    moscow = sessions.loc[pd.Timestamp("2026-11-11")]
    assert (moscow["city_en"], moscow["status"]) == ("Moscow", "announced")


def test_bundled_membership_reflects_uzbekistan_and_armenia() -> None:
    spans = membership.periods(reference.load().events)
    uzbekistan = spans[spans["iso3"] == "UZB"].sort_values("start")
    assert list(uzbekistan["status"]) == ["member", "member", "suspended"]
    on_article_day = membership.status_on(spans, pd.Timestamp("2025-11-28")).set_index("iso3")["status"]
    assert (
        on_article_day["ARM"] == "frozen" and on_article_day["UZB"] == "suspended" and on_article_day["KGZ"] == "member"
    )


def test_other_organization_loads_from_its_own_folder(tmp_path: Path) -> None:
    write(tmp_path, "membership_events.csv", EVENT_HEADER, GOOD_EVENTS)
    write(
        tmp_path,
        "sessions.csv",
        SESSION_HEADER,
        ["ORG,2002-01-01,Aville,,AAA,regular,in_person,held,,https://s.example,2026-01-01,"],
    )
    write(
        tmp_path,
        "secretaries_general.csv",
        SECRETARY_HEADER,
        ["ORG,Ann,,AAA,secretary_general,2002,,https://x.example,2026-01-01,"],
    )
    ref = reference.load(tmp_path, "ORG")
    events = ref.events.set_index("line")
    assert events.loc[5, "precision"] == "month" and events.loc[5, "date"] == pd.Timestamp("2005-06-01")
    assert events.loc[3, "n_sources"] == 2
    assert pd.isna(ref.secretaries.loc[0, "end"])
    counts = membership.member_counts(membership.periods(ref.events))
    final = counts.groupby("status")["count"].last()
    assert final["member"] == 1 and final["suspended"] == 1


def test_a_second_load_is_a_fresh_copy_and_sees_an_edited_file(tmp_path: Path) -> None:
    """`load` validates a folder's files once per content: a table changed by one caller is not
    what the next one gets, and a file edited since (even to the same size) is read again."""
    session = "ORG,2002-01-01,{city},,AAA,regular,{format},held,,https://s.example,2026-01-01,"
    write(tmp_path, "membership_events.csv", EVENT_HEADER, GOOD_EVENTS)
    write(tmp_path, "sessions.csv", SESSION_HEADER, [session.format(city="Aville", format="in_person")])
    write(tmp_path, "secretaries_general.csv", SECRETARY_HEADER, [])
    first = reference.load(tmp_path, "ORG")
    first.events.loc[0, "kind"] = "changed by a notebook"
    again = reference.load(tmp_path, "ORG")
    assert again.events.loc[0, "kind"] == "treaty_signed"
    write(tmp_path, "sessions.csv", SESSION_HEADER, [session.format(city="Bville", format="in_person")])
    assert reference.load(tmp_path, "ORG").sessions.loc[0, "city_en"] == "Bville"
    write(tmp_path, "sessions.csv", SESSION_HEADER, [session.format(city="Bville", format="by_mail")])
    with pytest.raises(reference.BadReference, match="unknown session format 'by_mail'"):
        reference.load(tmp_path, "ORG")


# --- each kind of bad row ---------------------------------------------------------------------


def test_unknown_event_kind(tmp_path: Path) -> None:
    message = events_error(
        tmp_path, [*GOOD_EVENTS, "ORG,AAA,Aland,,2011-01-01,joined,Treaty,https://x.example,2026-01-01,"]
    )
    assert "line 7" in message and "unknown event kind 'joined'" in message


def test_unparseable_date(tmp_path: Path) -> None:
    message = events_error(tmp_path, ["ORG,AAA,Aland,,15/05/1992,signed,Treaty,https://x.example,2026-01-01,"])
    assert "line 2" in message and "'date' value '15/05/1992' is not a date" in message


def test_impossible_calendar_date(tmp_path: Path) -> None:
    message = events_error(tmp_path, ["ORG,AAA,Aland,,1992-02-30,signed,Treaty,https://x.example,2026-01-01,"])
    assert "line 2" in message and "1992-02-30" in message


def test_suspended_while_not_a_member(tmp_path: Path) -> None:
    message = events_error(tmp_path, ["ORG,DDD,Dland,,2012-06-28,suspended,Treaty,https://x.example,2026-01-01,"])
    assert "line 2" in message and "DDD suspended while never a member" in message


def test_suspended_after_leaving(tmp_path: Path) -> None:
    rows = [
        "ORG,DDD,Dland,,1992-05-15,signed,Treaty,https://x.example,2026-01-01,",
        "ORG,DDD,Dland,,1999-04-02,did_not_renew,Treaty,https://x.example,2026-01-01,",
        "ORG,DDD,Dland,,2012-06-28,suspended,Treaty,https://x.example,2026-01-01,",
    ]
    message = events_error(tmp_path, rows)
    assert "line 4" in message and "suspended while not a member" in message


def test_events_are_checked_in_date_order_not_file_order(tmp_path: Path) -> None:
    rows = [
        "ORG,DDD,Dland,,2012-06-28,froze,Treaty,https://x.example,2026-01-01,",
        "ORG,DDD,Dland,,1992-05-15,signed,Treaty,https://x.example,2026-01-01,",
    ]
    path = write(tmp_path, "membership_events.csv", EVENT_HEADER, rows)
    assert list(reference.load_events(path, "ORG")["kind"]) == ["signed", "froze"]


def test_second_accession_and_resuming_a_member_are_refused(tmp_path: Path) -> None:
    twice = [
        "ORG,DDD,Dland,,1992,signed,Treaty,https://x.example,2026-01-01,",
        "ORG,DDD,Dland,,1993,acceded,Treaty,https://x.example,2026-01-01,",
    ]
    assert "DDD acceded while already a member" in events_error(tmp_path, twice)
    resumed = [
        "ORG,DDD,Dland,,1992,signed,Treaty,https://x.example,2026-01-01,",
        "ORG,DDD,Dland,,1993,resumed,Treaty,https://x.example,2026-01-01,",
    ]
    assert "DDD resumed while already a member" in events_error(tmp_path, resumed)


def test_missing_source_and_missing_country(tmp_path: Path) -> None:
    assert "line 2: empty 'source'" in events_error(tmp_path, ["ORG,AAA,Aland,,1992,signed,Treaty,,2026-01-01,"])
    assert "line 2: empty 'iso3'" in events_error(tmp_path, ["ORG,,,,1992,signed,Treaty,https://x.example,2026-01-01,"])
    assert "not an ISO 3166 alpha-3 code" in events_error(
        tmp_path, ["ORG,Arm,Aland,,1992,signed,Treaty,https://x.example,2026-01-01,"]
    )


def test_observer_needs_its_body_and_organization_events_have_no_state(tmp_path: Path) -> None:
    assert "line 2: empty 'body'" in events_error(
        tmp_path, ["ORG,SRB,Serbia,,2013,observer,,https://x.example,2026-01-01,"]
    )
    assert "leave iso3 empty" in events_error(
        tmp_path, ["ORG,AAA,Aland,,1994,in_force,Treaty,https://x.example,2026-01-01,"]
    )


def test_checked_must_be_a_full_date(tmp_path: Path) -> None:
    message = events_error(tmp_path, ["ORG,AAA,Aland,,1992,signed,Treaty,https://x.example,2026,"])
    assert "line 2" in message and "'checked' must be a full date" in message


def test_duplicate_row(tmp_path: Path) -> None:
    message = events_error(tmp_path, [GOOD_EVENTS[1], GOOD_EVENTS[1]])
    assert "line 3: repeats line 2" in message


def test_missing_column_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "membership_events.csv"
    path.write_text("organization,iso3,date,kind\nORG,AAA,1992,signed\n", encoding="utf-8")
    with pytest.raises(
        reference.BadReference, match=r"missing column\(s\) country_en, country_fa, body, source, checked, note"
    ):
        reference.load_events(path, "ORG")
    with pytest.raises(reference.BadReference, match="not found"):
        reference.load_events(tmp_path / "absent.csv", "ORG")


def test_wrong_organization_names_what_is_there(tmp_path: Path) -> None:
    path = write(tmp_path, "membership_events.csv", EVENT_HEADER, GOOD_EVENTS)
    with pytest.raises(reference.BadReference, match=r"no rows for organization 'SCO' \(found: ORG\)"):
        reference.load_events(path, "SCO")


def test_session_rows_are_checked(tmp_path: Path) -> None:
    def error(row: str) -> str:
        path = write(tmp_path, "sessions.csv", SESSION_HEADER, [row])
        with pytest.raises(reference.BadReference) as caught:
            reference.load_sessions(path, "ORG")
        return str(caught.value)

    assert "unknown session kind 'summit'" in error(
        "ORG,2002-01-01,Aville,,AAA,summit,in_person,held,,https://s.example,2026-01-01,"
    )
    assert "unknown session format 'zoom'" in error(
        "ORG,2002-01-01,,,,regular,zoom,held,,https://s.example,2026-01-01,"
    )
    assert "unknown session status 'planned'" in error(
        "ORG,2002-01-01,Aville,,AAA,regular,in_person,planned,,https://s.example,2026-01-01,"
    )
    assert "empty 'host_iso3'" in error("ORG,2002-01-01,Aville,,,regular,in_person,held,,https://s.example,2026-01-01,")
    assert "marked held but dated 2027-03-01, after it was checked (2026-01-01)" in error(
        "ORG,2027-03-01,Aville,,AAA,regular,in_person,held,,https://s.example,2026-01-01,"
    )
    path = write(
        tmp_path,
        "sessions.csv",
        SESSION_HEADER,
        ["ORG,2027-03-01,Aville,,AAA,regular,in_person,announced,,https://s.example,2026-01-01,"],
    )
    assert reference.load_sessions(path, "ORG").loc[0, "status"] == "announced"


def test_secretary_terms_are_checked(tmp_path: Path) -> None:
    def error(rows: list[str]) -> str:
        path = write(tmp_path, "secretaries_general.csv", SECRETARY_HEADER, rows)
        with pytest.raises(reference.BadReference) as caught:
            reference.load_secretaries(path, "ORG")
        return str(caught.value)

    assert "line 2: end 2015-12-31 is before start 2016-01-01" in error(
        ["ORG,Ann,,AAA,secretary_general,2016-01-01,2015,https://x.example,2026-01-01,"]
    )
    overlapping = [
        "ORG,Ann,,AAA,secretary_general,2003,2016-12-31,https://x.example,2026-01-01,",
        "ORG,Bob,,BBB,acting,2016-06-01,2017-05-01,https://x.example,2026-01-01,",
    ]
    assert "line 3: term starting 2016-06-01 overlaps the term on line 2" in error(overlapping)
    assert "unknown role 'deputy'" in error(["ORG,Ann,,AAA,deputy,2003,,https://x.example,2026-01-01,"])


def test_partial_dates_cover_their_whole_span_when_they_end_a_term() -> None:
    assert reference.parse_date("2016", end=True) == (pd.Timestamp("2016-12-31"), "year")
    assert reference.parse_date("2016-02", end=True) == (pd.Timestamp("2016-02-29"), "month")
    assert reference.parse_date("2016-02") == (pd.Timestamp("2016-02-01"), "month")


# --- derived tables ---------------------------------------------------------------------------


def test_attendance_reads_the_attendees_table_and_runs_without_it() -> None:
    spans = membership.periods(reference.load().events)
    day = pd.Timestamp("2025-11-28")
    attendees = pd.DataFrame(
        {
            "country_iso3": ["KGZ", "RUS", "RUS", "ARM", "KAZ", "TJK", "TJK", None],
            "status": ["host", "incoming", "attended", "absent", "expected", "mentioned", "expected", "attended"],
        }
    )
    table = membership.attendance(spans, day, attendees).set_index("iso3")["article"]
    assert table["KGZ"] == "attended" and table["RUS"] == "attended" and table["ARM"] == "absent"
    assert table["KAZ"] == table["TJK"] == "expected"  # a report before the meeting: not 'not in attendees table'
    assert table["BLR"] == "not in attendees table" and "SRB" not in table.index
    assert set(membership.attendance(spans, day, None)["article"]) == {"no attendees table"}


def test_gaps_skip_sessions_without_a_day_and_flag_the_announced_one() -> None:
    sessions = pd.DataFrame(
        {
            "date": pd.to_datetime(["2000-05-24", "2001-01-01", "2002-05-14", "2002-10-01", "2003-01-10"]),
            "precision": ["day", "year", "day", "day", "day"],
            "status": ["held", "held", "held", "held", "announced"],
            "kind": "regular",
            "format": "in_person",
            "city_en": "X",
        }
    )
    table = cadence.gaps(sessions)
    assert list(table["days"]) == [140, 101]
    assert list(table["announced"]) == [False, True]
    per_year = cadence.per_year(sessions).set_index(["year", "label"])["count"]
    assert (
        per_year[(2002, "regular")] == 2 and per_year[(2003, "announced")] == 1 and per_year[(2001, "announced")] == 0
    )


def test_article_dates_keep_the_story_and_drop_other_headlines() -> None:
    dates = pd.DataFrame(
        {
            "surface": ["۱۱ نوامبر ۲۰۲۶", "روز ۲۶ نوامبر", "پنج سال آینده", "؟"],
            "start": ["2026-11-11", "2025-11-26", "2025-11-28", ""],
            "end": [None, None, "2030-11-28", None],
            "precision": ["day", "day", "range", "day"],
            "refers_to": ["نشست بعدی", "آلودگی", "طرح", None],
            "section": ["body", "other_headline", "body", "lead"],
        }
    )
    table = cadence.article_dates(dates)
    assert list(table["surface"]) == ["۱۱ نوامبر ۲۰۲۶", "پنج سال آینده"]
    assert table.loc[0, "end"] == pd.Timestamp("2026-11-11") and table.loc[1, "end"] == pd.Timestamp("2030-11-28")
    assert cadence.article_dates(None).empty


def test_counts_and_gaps_of_nearly_empty_tables_are_empty_not_errors(tmp_path: Path) -> None:
    path = write(tmp_path, "membership_events.csv", EVENT_HEADER, [GOOD_EVENTS[4]])
    spans = membership.periods(reference.load_events(path, "ORG"))
    assert list(spans["status"]) == ["observer"]
    assert membership.member_counts(spans).empty
    one = pd.DataFrame(
        {
            "date": [pd.Timestamp("2002-01-01")],
            "precision": ["day"],
            "status": ["held"],
            "kind": ["regular"],
            "format": ["in_person"],
            "city_en": ["X"],
        }
    )
    assert cadence.gaps(one).empty
    # an organization whose sessions give no two neighbouring days (the ACD) still gets its figure
    assert len(cadence_figures.gaps_over_time_plotly(cadence.gaps(one), labels="en").data) == 1
