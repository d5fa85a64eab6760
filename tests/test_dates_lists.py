"""Dates joined by «و» or commas (sentences written for this suite): years so joined are a list, one row
each with its own surface, whether or not they follow each other; «بین/میان» makes two years a span. Days
of one month in a row joined by «و» stay one span (the dev set's annotation)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.dates import find_dates

PUB = dt.date(2025, 6, 1)


def _years(text: str, published: dt.date | None = PUB) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(m.surface, m.start, m.end) for m in find_dates(text, published)]


def _g(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("شهرهای میزبان در سال ۲۰۲۴ و ۲۰۲۵ معرفی شدند.", [("سال ۲۰۲۴", *_g(2024)), ("۲۰۲۵", *_g(2025))]),
        ("در سال‌های ۲۰۲۲ و ۲۰۲۳ صادرات کاهش یافت.", [("سال‌های ۲۰۲۲", *_g(2022)), ("۲۰۲۳", *_g(2023))]),
        ("در سالهای 2019 و 2020 دو اجلاس برگزار شد.", [("سالهای 2019", *_g(2019)), ("2020", *_g(2020))]),  # lost ZWNJ
        ("کنفرانس در سال ۲۰۱۰ و ۲۰۱۶ در کابل برگزار گردید.", [("سال ۲۰۱۰", *_g(2010)), ("۲۰۱۶", *_g(2016))]),
        (
            "در ۲۰۱۸، ۲۰۱۹ و ۲۰۲۰ تجارت دو کشور رشد کرد.",
            [("۲۰۱۸", *_g(2018)), ("۲۰۱۹", *_g(2019)), ("۲۰۲۰", *_g(2020))],
        ),
        ("در ۲۰۲۳ و ۲۰۲۴ میلادی قیمت‌ها بالا رفت.", [("۲۰۲۳", *_g(2023)), ("۲۰۲۴ میلادی", *_g(2024))]),
        (
            "بودجه در سال‌های ۱۴۰۲ و ۱۴۰۳ خورشیدی افزایش یافت.",
            [
                ("سال‌های ۱۴۰۲", dt.date(2023, 3, 21), dt.date(2024, 3, 19)),
                ("۱۴۰۳ خورشیدی", dt.date(2024, 3, 20), dt.date(2025, 3, 20)),
            ],
        ),
    ],
)
def test_years_joined_by_and_are_one_row_each(text: str, rows: list) -> None:
    assert _years(text) == rows


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("بین سال‌های ۲۰۱۰ و ۲۰۱۴ رشد کرد.", dt.date(2010, 1, 1), dt.date(2014, 12, 31)),
        ("میان سالهای ۱۳۹۰ و ۱۴۰۰ تورم بالا بود.", dt.date(2011, 3, 21), dt.date(2022, 3, 20)),
        ("از سال ۲۰۱۵ تا ۲۰۱۷ مذاکره کردند.", dt.date(2015, 1, 1), dt.date(2017, 12, 31)),
        ("برنامه ۲۰۲۶–۲۰۲۹ تصویب شد.", dt.date(2026, 1, 1), dt.date(2029, 12, 31)),
    ],
)
def test_between_and_to_make_a_span_of_years(text: str, start: dt.date, end: dt.date) -> None:
    assert [(m.start, m.end) for m in find_dates(text, PUB)] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("در ۲۰۲۰ و ۱۵۰۰ نفر دیگر ثبت‌نام کردند.", ["۲۰۲۰"]),  # a count after «و», not a year
        ("در ۱۹۰۰ و ۲۰۰۰ نقطه حادثه رخ داد.", []),  # a round number opens no list
        ("در این حادثه ۱۴ نفر کشته و ۲۰۲۵ نفر زخمی شدند.", []),
    ],
)
def test_numbers_after_and_that_are_no_listed_years(text: str, surfaces: list[str]) -> None:
    assert [m.surface for m in find_dates(text, PUB)] == surfaces


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("اجلاس در ۲۱ و ۲۲ خرداد ۱۴۰۴ برگزار می‌شود.", dt.date(2025, 6, 11), dt.date(2025, 6, 12)),
        ("نشست ۱۸ و ۱۹ نوامبر ۲۰۲۴ برگزار شد.", dt.date(2024, 11, 18), dt.date(2024, 11, 19)),
    ],
)
def test_days_in_a_row_joined_by_and_stay_one_span(text: str, start: dt.date, end: dt.date) -> None:
    assert [(m.start, m.end) for m in find_dates(text, PUB)] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "published", "rows"),
    [
        (
            "دو نشست در ۱۰ و ۱۵ آذر ۱۴۰۳ برگزار شد.",
            PUB,
            [("۱۰", dt.date(2024, 11, 30), False), ("۱۵ آذر ۱۴۰۳", dt.date(2024, 12, 5), False)],
        ),
        (
            "سه دور مذاکره در 3، 9 و 20 مه 2024 انجام شد.",
            PUB,
            [
                ("3", dt.date(2024, 5, 3), False),
                ("9", dt.date(2024, 5, 9), False),
                ("20 مه 2024", dt.date(2024, 5, 20), False),
            ],
        ),
        (
            "جلسات ۵ و ۹ جوزا برگزار می‌شود.",  # Dari month, no year: counted from publication
            dt.date(2025, 5, 20),
            [("۵", dt.date(2025, 5, 26), True), ("۹ جوزا", dt.date(2025, 5, 30), True)],
        ),
        (
            "۱ و ۳ ژانویه ۲۰۲۵ تعطیل است.",
            PUB,
            [("۱", dt.date(2025, 1, 1), False), ("۳ ژانویه ۲۰۲۵", dt.date(2025, 1, 3), False)],
        ),
    ],
)
def test_days_listed_apart_are_one_row_each(text: str, published: dt.date, rows: list) -> None:
    assert [(m.surface, m.start, m.relative) for m in find_dates(text, published)] == rows


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("ساعت ۱۰ و ۱۵ دقیقه جلسه آغاز شد.", []),
        ("۲۰ نفر و ۱۵ آذر ۱۴۰۳", ["۱۵ آذر ۱۴۰۳"]),  # a count before «و», not a listed day
        ("هفته دوم و سوم آذر ۱۴۰۳ تعطیل است.", ["آذر ۱۴۰۳"]),  # ordinals of weeks, not days
        ("بین ۱۰ و ۱۵ آذر ۱۴۰۳ برگزار شد.", ["۱۰ و ۱۵ آذر ۱۴۰۳"]),  # «بین»: one span
    ],
)
def test_numbers_before_and_that_are_no_listed_days(text: str, surfaces: list[str]) -> None:
    assert [m.surface for m in find_dates(text, PUB)] == surfaces


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "دو نشست در ژانویه و مارس ۲۰۲۴ برگزار شد.",
            [
                ("ژانویه", dt.date(2024, 1, 1), dt.date(2024, 1, 31)),
                ("مارس ۲۰۲۴", dt.date(2024, 3, 1), dt.date(2024, 3, 31)),
            ],
        ),
        (
            "در ماه‌های مهر و دی ۱۴۰۳ دو نشست برگزار شد.",
            [
                ("ماه‌های مهر", dt.date(2024, 9, 22), dt.date(2024, 10, 21)),
                ("دی ۱۴۰۳", dt.date(2024, 12, 21), dt.date(2025, 1, 19)),
            ],
        ),
        (
            "جلسات در حمل، سرطان و عقرب ۱۴۰۲ برگزار شد.",  # Dari months
            [
                ("حمل", dt.date(2023, 3, 21), dt.date(2023, 4, 20)),
                ("سرطان", dt.date(2023, 6, 22), dt.date(2023, 7, 22)),
                ("عقرب ۱۴۰۲", dt.date(2023, 10, 23), dt.date(2023, 11, 21)),
            ],
        ),
        (
            "در دسامبر و فوریه 2025 دو دور گفتگو شد.",  # the listed month comes later in the year: the year before
            [
                ("دسامبر", dt.date(2024, 12, 1), dt.date(2024, 12, 31)),
                ("فوریه 2025", dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
            ],
        ),
        (
            "در مهر و آبان ۱۴۰۳ برگزار شد.",
            [("مهر و آبان ۱۴۰۳", dt.date(2024, 9, 22), dt.date(2024, 11, 20))],
        ),  # in a row
    ],
)
def test_months_listed_before_a_year_share_it(text: str, rows: list) -> None:
    assert _years(text) == rows


def test_a_seal_before_and_is_no_listed_month() -> None:
    assert _years("این سند با مهر و امضای ۱۴۰۳ نفر رسید.") == []
