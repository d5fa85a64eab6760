"""What a date written without its year counts from (helpers.dates.anchors): a year in brackets right after it
gives it that year, the same day written with its year in another calendar beside it places it, and a page
with no publication date leaves it unresolved. Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from date_fixtures import D, H, J

from helpers.dates import find_dates

PUB = dt.date(2025, 11, 28)  # 7 Azar 1404


def rows(text: str, published: dt.date | None = PUB) -> list[tuple[str, dt.date | None, dt.date | None, bool]]:
    return [(m.surface, m.start, m.end, m.relative) for m in find_dates(text, published)]


@pytest.mark.parametrize("published", [PUB, None])
@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("نشست در ۲۵ مهر (۱۴۰۱) در تهران برگزار شد.", "۲۵ مهر (۱۴۰۱)", J(1401, 7, 25), J(1401, 7, 25)),
        ("وزیر روز ۱۲ حمل ( ۱۳۹۸ ) به کابل رسید.", "روز ۱۲ حمل ( ۱۳۹۸ )", J(1398, 1, 12), J(1398, 1, 12)),
        ("توافق در ۳ مارس (۲۰۱۹) امضا شد.", "۳ مارس (۲۰۱۹)", D(2019, 3, 3), D(2019, 3, 3)),
        ("اجلاس ۱۰ تا ۱۲ آذر (۱۴۰۰) برگزار شد.", "۱۰ تا ۱۲ آذر (۱۴۰۰)", J(1400, 9, 10), J(1400, 9, 12)),
        ("این طرح در مهرماه (۱۳۹۹) آغاز شد.", "مهرماه (۱۳۹۹)", J(1399, 7, 1), J(1399, 7, 30)),
        ("این طرح مهر (۱۳۹۹) آغاز شد.", "مهر (۱۳۹۹)", J(1399, 7, 1), J(1399, 7, 30)),  # the year makes «مهر» a month
        ("نشست سران اکتبر (سال ۲۰۲۲) در آستانه بود.", "اکتبر (سال ۲۰۲۲)", D(2022, 10, 1), D(2022, 10, 31)),
        ("روزه رمضان (۱۴۴۴ ق) آغاز شد.", "رمضان (۱۴۴۴ ق)", H(1444, 9, 1), H(1444, 9, 29)),
        ("دیدار ۲ جوزا (۱۴۰۱ هجری شمسی) بود.", "۲ جوزا (۱۴۰۱ هجری شمسی)", J(1401, 3, 2), J(1401, 3, 2)),
    ],
)
def test_a_year_in_brackets_after_a_yearless_date_is_its_year(text, surface, start, end, published):
    assert rows(text, published) == [(surface, start, end, False)]


def test_a_year_of_another_calendar_in_brackets_is_a_row_of_its_own():
    # «۲۵ مهر (۲۰۲۲)» restates no solar year: the day counts from publication, the year is a year
    found = rows("نشست در ۲۵ مهر (۲۰۲۲) برگزار شد.")
    assert found == [("۲۵ مهر", J(1404, 7, 25), J(1404, 7, 25), True), ("۲۰۲۲", D(2022, 1, 1), D(2022, 12, 31), False)]


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("مجمع روز ۱۷ اکتبر ۲۰۲۲ (۲۵ مهر) تشکیل شد.", "۲۵ مهر", J(1401, 7, 25)),
        ("مجمع روز ۲۵ مهر ۱۴۰۱ (۱۷ اکتبر) تشکیل شد.", "۱۷ اکتبر", D(2022, 10, 17)),
        ("نشست در ۳۰ جدی ۱۳۹۵ برابر با ۱۹ جنوری برگزار شد.", "۱۹ جنوری", D(2017, 1, 19)),
        ("نشست در ۱۹ جنوری ۲۰۱۷ مطابق ۳۰ جدی برگزار شد.", "۳۰ جدی", J(1395, 10, 30)),
    ],
)
def test_a_yearless_day_beside_the_same_day_with_its_year_is_that_day(text, surface, day):
    found = rows(text)
    assert len(found) == 2 and (surface, day, day, True) in found


def test_without_a_publication_date_a_yearless_day_beside_a_dated_one_stays_unresolved():
    found = rows("مجمع روز ۱۷ اکتبر ۲۰۲۲ (۲۵ مهر) تشکیل شد.", None)
    assert found[1] == ("۲۵ مهر", None, None, True)


def test_without_a_publication_date_a_comparison_stays_unresolved():
    # the page shows no publication date: a relative phrase is no dated row, whatever date stands before it
    found = rows("تورم در آبان ۱۴۰۳ نسبت به ماه قبل بیشتر شد.", None)
    assert found[1][1:] == (None, None, True)


@pytest.mark.parametrize("published", [dt.date(2018, 5, 11), None])
@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("نشست در سال جاری (2018) برگزار می‌شود.", "سال جاری (2018)", D(2018, 1, 1), D(2018, 12, 31)),
        ("نشست در اواخر سال جاری (۲۰۱۸) برگزار می‌شود.", "اواخر سال جاری (۲۰۱۸)", D(2018, 9, 1), D(2018, 12, 31)),
        ("توافق اواسط سال گذشته (۲۰۱۷) امضا شد.", "اواسط سال گذشته (۲۰۱۷)", D(2017, 5, 1), D(2017, 8, 31)),
        ("نشست آذر امسال (۱۳۹۷) برگزار می‌شود.", "آذر امسال (۱۳۹۷)", J(1397, 9, 1), J(1397, 9, 30)),
    ],
)
def test_a_relative_year_restated_by_its_year_in_brackets_is_one_written_row(text, surface, start, end, published):
    assert rows(text, published) == [(surface, start, end, False)]


def test_a_relative_year_beside_another_written_year_stays_two_rows():
    found = rows("این طرح سال گذشته (۲۰۱۵) آغاز شد.", dt.date(2018, 5, 11))
    assert [(surface, relative) for surface, _, _, relative in found] == [("سال گذشته", True), ("۲۰۱۵", False)]
