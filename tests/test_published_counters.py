"""Datelines with a site's counters beside them, and publication labels naming the site (session 18, issue #11):
a view counter run into the year («June 30, 202539 بازدید»: the year, then 39 views), a view count and a
reading time on the dateline's line, «نشر در <the site>:», a date line above the headline that a dateline
under it corrects, and numeric dates set off by en or em dashes. With look-alikes that must stay as they were.
Every line here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.dates import find_dates
from helpers.dates.dateline import read_dateline
from helpers.text import ingest

PUB = dt.date(2025, 6, 30)


def surfaces(text: str) -> list[tuple[str, dt.date | None]]:
    return [(m.surface, m.start) for m in find_dates(text, PUB) if not m.relative]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 30, 202539 بازدید", [("June 30, 2025", dt.date(2025, 6, 30))]),
        ("۹ تیر ۱۴۰۴۱۲۰ بازدید", [("۹ تیر ۱۴۰۴", dt.date(2025, 6, 30))]),
        ("12 March 20245 views", [("12 March 2024", dt.date(2024, 3, 12))]),
        ("۳۰ ژوئن ۲۰۲۵۳ نظر", [("۳۰ ژوئن ۲۰۲۵", dt.date(2025, 6, 30))]),
    ],
)
def test_a_counter_run_into_the_year_ends_it(text: str, expected: list[tuple[str, dt.date]]) -> None:
    assert surfaces(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "این ویدئو در 201500 بازدید داشت",  # a count alone, no date before it: no year
        "۹ تیر ۱۴۰۴۱۲۰ نفر",  # digits before another word: no date's year
    ],
)
def test_digits_run_into_four_others_without_a_date_or_counter_are_no_year(text: str) -> None:
    assert all(s[0][-4:] not in ("2015", "۱۴۰۴") for s in surfaces(text))


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("June 30, 202539 بازدیدزمان مطالعه: 1 دقیقه", dt.date(2025, 6, 30)),
        ("۹ تیر ۱۴۰۴ - ۳۹ بازدید", dt.date(2025, 6, 30)),
        ("۹ تیر ۱۴۰۴ | زمان مطالعه: ۳ دقیقه", dt.date(2025, 6, 30)),
        ("June 30, 2025 | 12 comments", dt.date(2025, 6, 30)),
        ("نشر در نمونه‌نیوز: 30.06.2025", dt.date(2025, 6, 30)),
        ("انتشار در پایگاه نمونه: ۹ تیر ۱۴۰۴", dt.date(2025, 6, 30)),
    ],
)
def test_counters_and_a_site_named_in_the_label_are_a_datelines_furniture(line: str, day: dt.date) -> None:
    found = read_dateline(line)
    assert found is not None and found.date == day


@pytest.mark.parametrize(
    "line",
    [
        "وزیر در کابل: 30.06.2025",  # «در» in a sentence, no publication label
        "سفر ۹ تیر ۱۴۰۴ با ۳۹ بازدید از کارخانه‌ها همراه بود",  # a sentence that counts visits
    ],
)
def test_lines_that_stay_no_dateline(line: str) -> None:
    assert read_dateline(line) is None


HEADLINE = "وزیران خارجه عضو سازمان در باکو گرد آمدند"
BODY = "وزیران خارجه کشورهای عضو امروز در باکو درباره ترانزیت و تجارت منطقه‌ای گفت‌وگو کردند."


def test_a_date_line_under_the_headline_corrects_a_later_one_above_it() -> None:
    """A site prints the day it was read above the headline; the article's own earlier date line under it
    wins, though a quoted subtitle between them reads as body."""
    page = f"31 May 2020\n\n{HEADLINE}\n\n«نشست وزیران، تصمیم تازه»\n\n2011 March 24\n\n{BODY}\n"
    assert ingest.segment(page).record["published"] == "2011-03-24"


def test_a_later_date_line_under_the_headline_does_not_displace_the_one_above() -> None:
    page = f"24 March 2011\n\n{HEADLINE}\n\n«نشست وزیران، تصمیم تازه»\n\n2020 May 31\n\n{BODY}\n"
    assert ingest.segment(page).record["published"] == "2011-03-24"


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("نشست قاهره 12 – 11 – 2011 برگزار شد", "12 – 11 – 2011", dt.date(2011, 11, 12)),
        ("بیانیه ۷ — ۱۱ — ۲۰۱۸ نشر شد", "۷ — ۱۱ — ۲۰۱۸", dt.date(2018, 11, 7)),
    ],
)
def test_en_and_em_dashes_between_a_dates_numbers(text: str, surface: str, day: dt.date) -> None:
    assert surfaces(text) == [(surface, day)]


@pytest.mark.parametrize("text", ["۳ – ۴ – ۱۳۹۰ نفر آمدند", "تیم ما ۳ – ۲ – ۱ برد"])
def test_numbers_beside_en_dashes_that_are_no_date(text: str) -> None:
    assert surfaces(text) == []
