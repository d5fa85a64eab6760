"""Dates whose day, month and year are set apart by dashes or slashes, as Afghan and older sites print them
(«۱۵ - قوس - ۱۳۹۳», «۵ آذر - ۱۴۰۳», «۲۲-۶-۱۳۹۲», which the normalizer spaces out, «۱۱/ جوزا/ ۱۳۹۲»), and the
numbers beside a dash or slash that only look like one. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from date_fixtures import D, J

from helpers.dates import find_dates
from helpers.dates.dateline import leading_dateline

PUB = dt.date(2025, 11, 28)  # a Friday; 7 Azar 1404


def found(text: str) -> list[tuple[str, dt.date | None, bool]]:
    return [(m.surface, m.start, m.relative) for m in find_dates(text, PUB)]


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("سند در ۱۵ - قوس - ۱۳۹۳ امضا شد", "۱۵ - قوس - ۱۳۹۳", J(1393, 9, 15)),
        ("کابل، ۳ - حمل - ۱۴۰۲", "۳ - حمل - ۱۴۰۲", J(1402, 1, 3)),
        ("۱۲ – جوزا – ۱۳۹۸ هجری شمسی", "۱۲ – جوزا – ۱۳۹۸ هجری شمسی", J(1398, 3, 12)),
        ("نشست ۵ آذر - ۱۴۰۳ برگزار شد", "۵ آذر - ۱۴۰۳", J(1403, 9, 5)),
        ("دوشنبه - ۱۲ عقرب - ۱۴۰۱", "دوشنبه - ۱۲ عقرب - ۱۴۰۱", J(1401, 8, 12)),
        ("ساعت ۱۰:۳۰ - ۲۵ مهرماه - ۱۴۰۲", "۲۵ مهرماه - ۱۴۰۲", J(1402, 7, 25)),
        ("تاریخ انتشار: ۲۹ : ۱۱ - ۱۶ اسفند ۱۳۹۳", "۱۶ اسفند ۱۳۹۳", J(1393, 12, 16)),  # a clock's colon spaced out
        ("به روز شده: ۱۰ :۴۵ - ۳ دی ۱۴۰۲", "۳ دی ۱۴۰۲", J(1402, 10, 3)),
        ("بیانیه ۱۸ - دسامبر - ۲۰۱۹ نشر شد", "۱۸ - دسامبر - ۲۰۱۹", D(2019, 12, 18)),
        ("۲۲-۶-۱۳۹۲", "۲۲-۶-۱۳۹۲", J(1392, 6, 22)),
        ("متن سخنرانی ۷ - ۱۱ - ۱۳۹۸ ه", "۷ - ۱۱ - ۱۳۹۸", J(1398, 11, 7)),
        ("گزارش ۴-۱۰-۲۰۱۵ منتشر شد", "۴-۱۰-۲۰۱۵", D(2015, 10, 4)),
    ],
)
def test_a_dash_between_day_month_and_year_is_one_date(text, surface, day):
    assert found(text) == [(surface, day, False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیر ۱۵ - قوس گفت که می‌آید", []),  # a dash after the day only in a whole date
        ("۳ - ۴ - ۱۳۹۰ نفر آمدند", []),  # a count after it
        ("تیم ما ۳ - ۲ برد", []),  # a score
        ("سوره ۲ - آیه ۱۴۰۰", []),
        # a year of another calendar after the dash is the next date's, not this one's
        ("مراسم ۵ آذر - ۲۰۲۴ نفر", [("۵ آذر", dt.date(2025, 11, 26), True)]),
        ("جلسه ۱۵ آذر - ۱۴۰۳ نفر شرکت کردند", [("۱۵ آذر", dt.date(2025, 12, 6), True)]),
    ],
)
def test_numbers_beside_a_dash_that_are_no_date(text, expected):
    assert found(text) == expected


def test_a_span_of_days_keeps_its_dash():
    assert found("اجلاس ۱۰ - ۱۲ آذر ۱۴۰۳") == [("۱۰ - ۱۲ آذر ۱۴۰۳", J(1403, 9, 10), False)]


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("سند در ۳/ حوت/ ۱۳۹۹ امضا شد", "۳/ حوت/ ۱۳۹۹", J(1399, 12, 3)),
        ("کابل، ۱۹/جدی/۱۴۰۱", "۱۹/جدی/۱۴۰۱", J(1401, 10, 19)),
        ("نشست ۸ / اسد / ۱۳۹۶ هجری شمسی آغاز شد", "۸ / اسد / ۱۳۹۶ هجری شمسی", J(1396, 5, 8)),
        ("سه‌شنبه/۴ دلو/۱۳۹۸", "سه‌شنبه/۴ دلو/۱۳۹۸", J(1398, 11, 4)),
        ("پیام ۱۰/ دی‌ماه/ ۱۳۹۹ رسید", "۱۰/ دی‌ماه/ ۱۳۹۹", J(1399, 10, 10)),
        ("گزارش ۲۵ اردیبهشت‌ماه/ ۱۴۰۲ رسید", "۲۵ اردیبهشت‌ماه/ ۱۴۰۲", J(1402, 2, 25)),
        ("اعلامیه ۶/ مارچ/ ۲۰۱۸ را ببینید", "۶/ مارچ/ ۲۰۱۸", D(2018, 3, 6)),
        ("۱۴/ نوامبر ۲۰۲۲ وزیران رسیدند", "۱۴/ نوامبر ۲۰۲۲", D(2022, 11, 14)),
    ],
)
def test_a_slash_between_day_month_and_year_is_one_date(text, surface, day):
    assert found(text) == [(surface, day, False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بازی ۲/۱ به پایان رسید", []),  # a score
        ("وزیر ۱۲/ قوس گفت که می‌آید", []),  # a slash after the day only in a whole date
        ("قانون شماره ۱۲/ ۱۴۰۰ تصویب شد", []),  # a law's number: no month
        ("با شماره ۰۷۹۹/ ۱۲۳۴۵۶ تماس بگیرید", []),  # a phone number
        ("کتاب ۳/ ۲۵۰ صفحه دارد", []),  # a page count
        ("۵ حمل/ ۲۰۲۴ نفر", [("۵ حمل", dt.date(2026, 3, 25), True)]),  # a count after the slash
        # the same day named the other solar way, or in another calendar, is still not a slashed year
        ("۷ جوزا/ خردادماه ۱۳۸۷", [("۷ جوزا/ خردادماه ۱۳۸۷", J(1387, 3, 7), False)]),
    ],
)
def test_numbers_beside_a_slash_that_are_no_date(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "line, day",
    [
        ("خبرگزاری نمونه(دوشنبه/۱۲حمل/۱۴۰۲): وزیران خارجه امروز در کابل گرد آمدند.", J(1402, 1, 12)),
        ("رادیو نمونه (۳/ ثور/ ۱۳۹۵): نشست وزیران آغاز شد.", J(1395, 2, 3)),
        ("۵/ سرطان/ ۱۳۹۷ – هیئتی از کابل به دوشنبه رفت.", J(1397, 4, 5)),
    ],
)
def test_a_slashed_dateline_opens_its_paragraph(line, day):
    found_line = leading_dateline(line)
    assert found_line is not None and found_line.date == day
