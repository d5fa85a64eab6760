"""A year right after the name of a state or a city is that place's year («افغانستان ۲۰۱۳ دیگر افغانستان ۲۰۰۱
نیست», a list of hosts «(هند ۲۰۱۰، پاکستان ۲۰۱۱، …)»); inside a meeting's name it is no date (the dev-set README,
session 9), nor before a counted noun or an amount. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.dates import find_dates

PUBLISHED = dt.date(2019, 5, 11)


def _years(text: str) -> list[tuple[str, int]]:
    return [(m.surface, m.start.year) for m in find_dates(text, PUBLISHED) if m.start is not None]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("ایران ۲۰۱۸ با ایران ۱۹۹۸ فرق دارد.", [("۲۰۱۸", 2018), ("۱۹۹۸", 1998)]),
        ("نشست‌های قبلی در کشورهای (هندوستان 2014، نیپال 2016، بنگله دیش 2017) برگزار شد.",
         [("2014", 2014), ("2016", 2016), ("2017", 2017)]),  # Dari spellings
        ("مجمع در شهرهای تاشکند ۲۰۱۵ و آلماتی ۲۰۱۷ گرد آمد.", [("۲۰۱۵", 2015), ("۲۰۱۷", 2017)]),  # cities
        ("قرقیزستان ۱۳۹۵ با قرقیزستان کنونی فرق داشت.", [("۱۳۹۵", 2016)]),  # a solar year
        ("جمهوری‌ آذربایجان 2016 هنوز عضو ناظر بود.", [("2016", 2016)]),  # a two-word name, ZWNJ
        ("میزبانان پیشین (بوتان 2013، مالدیف 2016) بودند.", [("2013", 2013), ("2016", 2016)]),  # Bhutan, a state
    ],
)  # fmt: skip
def test_a_year_after_a_place_is_a_date(text: str, years: list[tuple[str, int]]) -> None:
    assert _years(text) == years


@pytest.mark.parametrize(
    "text",
    [
        "اجلاس سران تاشکند ۲۰۱۷ با حضور رهبران آغاز شد.",  # a meeting named by its place and year
        "در کنفرانس وزیران برای افغانستان ۲۰۱۸ سخن گفت.",  # the meeting word three words before the place
        "نشست شانگهای ۲۰۱۹ برگزار می‌شود.",
        "ایران ۱۴۰۰ نفر را به اردو فرستاد.",  # a count
        "پاکستان 2500 دالر کمک کرد.",  # an amount (the Dari spelling of dollar)
        "ترکیه 1500 سال پیش چنین نبود.",  # a duration, and far from publication
    ],
)
def test_a_number_after_a_place_that_is_no_year(text: str) -> None:
    assert _years(text) == []
