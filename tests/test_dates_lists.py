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
