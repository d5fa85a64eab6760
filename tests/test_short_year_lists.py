"""Two-digit solar years in a list (session 12): «سال‌های ۷۰، ۸۰ و ۹۰» names three years, each a row, as «سال ۹۲»
names one; «سال‌های ۶۰» alone is a decade (the sixties), and two-digit numbers listed with no «سال» opening the
list are counts. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.contracts import Calendar
from helpers.dates import find_dates

PUBLISHED = dt.date(2017, 2, 21)


def _years(text: str, calendar: Calendar = Calendar.JALALI) -> list[tuple[str, int]]:
    return [(m.surface, m.start.year) for m in find_dates(text, PUBLISHED, calendar) if m.start is not None]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("همایش در سال‌های ۷۲، ۷۶ و ۸۹ در تهران برگزار شد.", [1993, 1997, 2010]),
        ("این نشست پیشتر در سال های 74، 81، 86 و 91 تشکیل شده بود.", [1995, 2002, 2007, 2012]),
        ("کنفرانس در سالهای ۸۸ و ۹۴ به میزبانی کابل برگزار گردید.", [2009, 2015]),  # no ZWNJ
        ("در سال ۹۲ و ۹۳ دو دور گفتگو انجام شد.", [2013, 2014]),
        ("سال‌های ۸۴،۸۵ و ۸۶ سال‌های رکود بود.", [2005, 2006, 2007]),  # no space after the comma
    ],
)
def test_two_digit_years_listed_after_sal_are_each_a_year(text: str, years: list[int]) -> None:
    assert [year for _, year in _years(text)] == years


def test_the_first_item_keeps_the_plural_noun_in_its_surface() -> None:
    assert _years("در سال‌های ۷۲ و ۷۶ برگزار شد.")[0][0] == "سال‌های ۷۲"


@pytest.mark.parametrize(
    "text",
    [
        "در سال‌های ۶۰ جنگ در جریان بود.",  # a decade, not a year
        "وزن آنها ۷۰، ۸۰ و ۹۰ کیلو بود.",  # no «سال» opens the list
        "کشورهای ۷۰ گانه در این نشست حضور داشتند.",
        "در ۸۰ و ۹۰ درصد موارد توافق شد.",
    ],
)
def test_two_digit_numbers_that_are_no_listed_years(text: str) -> None:
    assert _years(text) == []
