"""Relative dates that name two days or a span back to publication (sentences written for this suite):
two weekdays in a row with the week or direction after the pair, two days of a month in a relative year,
«از N X قبل/پیش» (since N units ago: a span up to publication, the dev-set README's session-8 rule), and
«روز گذشته» after the conjunction «هر چند» (although), which counts nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.contracts import Calendar
from helpers.dates import find_dates

PUB = dt.date(2018, 1, 15)  # a Monday; 25 Dey 1396


def _rows(text: str, calendar: Calendar = Calendar.GREGORIAN, published: dt.date = PUB) -> list[tuple]:
    return [(m.surface, m.start, m.end, m.relative) for m in find_dates(text, published, calendar, True)]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "کمیسیون‌ها روزهای شنبه و یکشنبه هفته جاری تشکیل جلسه دادند.",
            None,
            dt.date(2018, 1, 13),
            dt.date(2018, 1, 14),
        ),
        ("شنبه و یکشنبه هفته روان جلسات برگزار شد.", None, dt.date(2018, 1, 13), dt.date(2018, 1, 14)),  # Dari
        ("دوشنبه و سه‌شنبه هفته گذشته نشست کارشناسان بود.", None, dt.date(2018, 1, 8), dt.date(2018, 1, 9)),
        ("سه شنبه و چهارشنبه هفته‌ی آینده وزیران دیدار می‌کنند.", None, dt.date(2018, 1, 23), dt.date(2018, 1, 24)),
        (
            "پنجشنبه و جمعه آینده اجلاس برگزار می‌شود.",
            "پنجشنبه و جمعه آینده",
            dt.date(2018, 1, 18),
            dt.date(2018, 1, 19),
        ),
    ],
)
def test_two_weekdays_in_a_row_with_their_week_are_one_span(text, surface, start, end) -> None:
    rows = _rows(text)
    assert [(r[1], r[2], r[3]) for r in rows] == [(start, end, True)]
    if surface:
        assert rows[0][0] == surface


def test_two_weekdays_apart_with_their_week_are_not_one_span() -> None:
    assert all(r[1] == r[2] for r in _rows("دوشنبه و چهارشنبه هفته گذشته جلسه داشتند."))


@pytest.mark.parametrize(
    ("text", "calendar", "published", "start", "end"),
    [
        (
            "کنفرانس ۱۲ و ۱۳ سنبله سال روان برگزار می‌شود.",
            Calendar.JALALI,
            dt.date(2015, 7, 7),
            dt.date(2015, 9, 3),
            dt.date(2015, 9, 4),
        ),
        (
            "نشست ۲۶ و ۲۷ آبان امسال برگزار شد.",
            Calendar.JALALI,
            dt.date(2025, 12, 1),
            dt.date(2025, 11, 17),
            dt.date(2025, 11, 18),
        ),
        (
            "اجلاس 5 تا 7 دسامبر سال جاری برگزار می‌شود.",
            Calendar.GREGORIAN,
            dt.date(2024, 11, 1),
            dt.date(2024, 12, 5),
            dt.date(2024, 12, 7),
        ),
        (
            "مذاکرات ۲ و ۳ حمل سال آینده ادامه می‌یابد.",
            Calendar.JALALI,
            dt.date(2024, 1, 10),
            dt.date(2024, 3, 21),
            dt.date(2024, 3, 22),
        ),
    ],
)
def test_two_days_of_a_month_in_a_relative_year_are_one_span(text, calendar, published, start, end) -> None:
    assert [(r[1], r[2]) for r in _rows(text, calendar, published)] == [(start, end)]


def test_two_days_apart_in_a_relative_year_are_no_span() -> None:
    rows = _rows("نشست‌ها ۱۰ و ۱۵ آذر امسال برگزار شد.", Calendar.JALALI, dt.date(2025, 12, 20))
    assert all(r[1] == r[2] for r in rows) and rows


@pytest.mark.parametrize(
    ("text", "calendar", "published", "start"),
    [
        (
            "چهار کشور از حدود ۹ ماه قبل روابط خود را قطع کرده‌اند.",
            Calendar.JALALI,
            dt.date(2018, 3, 7),
            dt.date(2017, 6, 6),
        ),
        ("تحریم‌ها از دو سال پیش اعمال شده است.", Calendar.GREGORIAN, dt.date(2020, 5, 10), dt.date(2018, 5, 10)),
        (
            "مذاکرات از نزدیک به 3 ماه قبل متوقف مانده است.",
            Calendar.GREGORIAN,
            dt.date(2020, 5, 10),
            dt.date(2020, 2, 10),
        ),
        ("این طرح از ۱۰ روز پیش آغاز شده است.", Calendar.JALALI, dt.date(2024, 10, 8), dt.date(2024, 9, 28)),
    ],
)
def test_since_a_count_of_units_ago_is_a_span_to_publication(text, calendar, published, start) -> None:
    assert [(r[1], r[2]) for r in _rows(text, calendar, published)] == [(start, published)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "دو سال پیش این نشست برگزار شد.",
            dt.date(2018, 1, 1),
            dt.date(2018, 12, 31),
        ),  # no «از»: the year it points at
        ("از سه روز پیش از نشست آماده می‌شدند.", None, None),  # counted from another event: no row
    ],
)
def test_a_count_back_without_since_is_the_unit_it_points_at(text, start, end) -> None:
    rows = _rows(text, Calendar.GREGORIAN, dt.date(2020, 5, 10))
    assert [(r[1], r[2]) for r in rows] == ([(start, end)] if start else [])


@pytest.mark.parametrize(
    "text",
    [
        "هر چند روز گذشته اختلاف نظر وجود داشت، قطعنامه تصویب شد.",
        "هرچند روز گذشته مذاکرات به بن‌بست رسید، امروز توافق شد.",
    ],
)
def test_yesterday_after_although_is_yesterday(text) -> None:
    assert _rows(text)[0][:3] == ("روز گذشته", dt.date(2018, 1, 14), dt.date(2018, 1, 14))


def test_a_few_days_past_has_no_length() -> None:
    assert _rows("چند روز گذشته مذاکرات ادامه داشت.") == []
