"""A relative day restated by its weekday (the devset README, session 11): «امروز دوشنبه» on a page dated the
Tuesday after is that Monday, the nearest such weekday on or before the day the relative word gives; with the
weekday of that day itself nothing changes. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.contracts import Calendar
from helpers.dates import find_dates

TUESDAY = dt.date(2010, 9, 28)


def _days(text: str, calendar: Calendar = Calendar.JALALI) -> list[dt.date | None]:
    return [m.start for m in find_dates(text, TUESDAY, calendar) if m.relative]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("نشست وزیران امروز دوشنبه در حاشیه مجمع برگزار شد.", dt.date(2010, 9, 27)),  # written the day before
        ("امروز یکشنبه هیئت‌ها وارد شهر شدند.", dt.date(2010, 9, 26)),
        ("اجلاس امروز (دوشنبه) پایان یافت.", dt.date(2010, 9, 27)),
        ("دیروز یکشنبه وزیر به نیویارک رسید.", dt.date(2010, 9, 26)),
        ("دیروز شنبه وزیر به نیویارک رسید.", dt.date(2010, 9, 25)),
        ("امروز سه شنبه نشست برگزار می‌شود.", TUESDAY),  # the page's own weekday: the page's day
        ("امروز سه‌شنبه نشست برگزار می‌شود.", TUESDAY),
        ("فردا چهارشنبه نشست برگزار می‌شود.", dt.date(2010, 9, 29)),
    ],
)
def test_a_relative_day_restated_by_its_weekday_is_that_weekday(text: str, day: dt.date) -> None:
    assert _days(text) == [day]


def test_a_relative_word_alone_is_counted_from_the_page() -> None:
    assert _days("وزیران امروز در نیویارک دیدار کردند.") == [TUESDAY]
