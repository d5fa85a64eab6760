"""Datelines with a site's counters beside them, and publication labels naming the site (session 18, issue #11):
a view counter run into the year («June 30, 202539 بازدید»: the year, then 39 views), a view count and a
reading time on the dateline's line, «نشر در <the site>:», a date line above the headline that a dateline
under it corrects, and numeric dates set off by en or em dashes. With look-alikes that must stay as they were.
Every line here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.dates import find_dates

PUB = dt.date(2025, 6, 30)


def surfaces(text: str) -> list[tuple[str, dt.date | None]]:
    return [(m.surface, m.start) for m in find_dates(text, PUB) if not m.relative]


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
