"""Office terms read on the article's date (helpers.text.offices, attendees.article_day): sentences
written for these tests, naming real office holders whose terms are in offices.csv."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from helpers import contracts
from helpers.extract import extract_all
from helpers.extract.attendees import article_day, extract_attendees
from helpers.text import offices
from helpers.text.tokenize import normalize


def sentences(*texts: str) -> pd.DataFrame:
    return pd.DataFrame([(i, i, "body", normalize(t)) for i, t in enumerate(texts)], columns=contracts.SENTENCES)


def only(df: pd.DataFrame) -> dict:
    (row,) = df.to_dict("records")
    return row


@pytest.mark.parametrize(
    ("day", "role_fa", "role_en"),
    [
        (dt.date(2010, 6, 1), "نخست‌وزیر", "Prime Minister"),
        (dt.date(2005, 6, 1), "رئیس‌جمهور", "President"),
        (dt.date(2020, 6, 1), "رئیس‌جمهور", "President"),
        (None, "رئیس‌جمهور", "President"),  # no date: people.csv's usual role
    ],
)
def test_a_gazetteer_person_gets_the_office_held_on_the_article_date(
    day: dt.date | None, role_fa: str, role_en: str
) -> None:
    row = only(extract_attendees(sentences("پوتین در نشست سران حضور یافت."), day=day))
    assert (row["name_en"], row["role_fa"], row["role_en"], row["country_iso3"]) == (
        "Vladimir Putin",
        role_fa,
        role_en,
        "RUS",
    )


def test_a_date_outside_every_term_falls_back_to_the_usual_role() -> None:
    text = "محمدجواد ظریف در نشست شرکت کرد."
    between_terms = only(extract_attendees(sentences(text), day=dt.date(2022, 6, 1)))
    assert (between_terms["role_en"], between_terms["country_iso3"]) == ("Foreign Minister", "IRN")
    later = only(extract_attendees(sentences(text), day=dt.date(2024, 10, 1)))
    assert later["role_en"] != "Foreign Minister"  # vice president then


def test_the_title_the_text_writes_wins_over_the_term() -> None:
    row = only(extract_attendees(sentences("رئیس‌جمهور روسیه پوتین در نشست حضور یافت."), day=dt.date(2010, 6, 1)))
    assert (row["name_en"], row["role_en"]) == ("Vladimir Putin", "President")


@pytest.mark.parametrize(
    ("text", "day", "name_en"),
    [
        ("رئیس‌جمهور ترکمنستان بردی‌محمدوف در نشست حضور یافت.", dt.date(2015, 6, 1), "Gurbanguly Berdimuhamedow"),
        ("رئیس‌جمهور ترکمنستان بردی‌محمدوف در نشست حضور یافت.", dt.date(2023, 6, 1), "Serdar Berdimuhamedow"),
        ("رئیس‌جمهور ترکمنستان بردی‌محمدوف در نشست حضور یافت.", None, None),  # two presidents: unknown
        ("رئیس‌جمهور ارمنستان سرکیسیان در نشست حضور یافت.", dt.date(2012, 6, 1), "Serzh Sargsyan"),
        ("رئیس‌جمهور ارمنستان سرکیسیان در نشست حضور یافت.", dt.date(2020, 6, 1), "Armen Sarkissian"),
        ("رئیس‌جمهور ارمنستان سرکیسیان در نشست حضور یافت.", dt.date(2024, 6, 1), None),  # neither in office
    ],
)
def test_a_shared_surname_is_the_one_holding_the_title_then(
    text: str, day: dt.date | None, name_en: str | None
) -> None:
    assert only(extract_attendees(sentences(text), day=day))["name_en"] == name_en


def _dates(*rows: tuple[str | None, str, bool]) -> dict[str, list]:
    starts = [r[0] for r in rows]
    return {"start": starts, "end": starts, "precision": [r[1] for r in rows], "relative": [r[2] for r in rows]}


def test_article_day_is_the_publication_date_else_a_full_date_of_the_dominant_year() -> None:
    dates = _dates(
        ("2001-06-15", "day", False),  # a founding date cited
        ("2010-01-01", "year", False),
        ("2010-06-11", "day", False),
        ("2010-06-12", "day", True),  # relative: counts from a date, is none
        ("2010-06-01", "month", False),
    )
    assert article_day(dt.date(2011, 3, 3), dates) == dt.date(2011, 3, 3)
    assert article_day(None, dates) == dt.date(2010, 6, 11)
    assert article_day(None, _dates(("2010-01-01", "year", False))) is None  # a year alone: no day
    assert article_day(None, _dates((None, "day", False))) is None
    tie = _dates(("2009-05-05", "day", False), ("2012-07-07", "day", False))
    assert article_day(None, tie) == dt.date(2012, 7, 7)
    days = {"start": ["2010-03-09"], "end": ["2010-03-10"], "precision": ["range"], "relative": [False]}
    assert article_day(None, days) == dt.date(2010, 3, 9)  # a range of days within a month: its first day
    months = {"start": ["2010-03-01"], "end": ["2010-04-30"], "precision": ["range"], "relative": [False]}
    assert article_day(None, months) is None  # a range of months: no day


def test_extract_all_reads_terms_on_the_publication_or_written_date() -> None:
    text = sentences("پوتین در نشست سران حضور یافت.")
    assert only(extract_all(text, dt.date(2010, 6, 1))["attendees"])["role_en"] == "Prime Minister"
    assert only(extract_all(text, dt.date(2020, 6, 1))["attendees"])["role_en"] == "President"
    dated = sentences("پوتین روز ۱۵ ژوئن ۲۰۱۰ در نشست سران حضور یافت.")
    assert only(extract_all(dated, None)["attendees"])["role_en"] == "Prime Minister"


def test_term_on_takes_the_later_term_of_a_handover_day_and_filters_by_role() -> None:
    table = offices.load()
    assert table.term_on("putin", "2012-05-07").role_id == "president"  # type: ignore[union-attr]
    assert table.term_on("putin", "2012-05-07", "prime_minister").role_id == "prime_minister"  # type: ignore[union-attr]
    assert table.term_on("putin", "2010-01-01", "president") is None
    assert table.term_on("putin", "1990-01-01") is None
