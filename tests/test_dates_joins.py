"""How a span's ends are joined (issue #11, session 9): the administrative «لغایت» as «تا»/«الی» are, for
days, months and years, in both calendars and relative to publication; a span of a few days that a
right-to-left page showed in display order («15-14 مارس»). With look-alikes. Every sentence here is
written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from date_fixtures import D, J

from helpers.dates import find_dates

PUB = dt.date(2024, 9, 2)  # 12 Shahrivar 1403


def spans(text: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(m.surface, m.start, m.end) for m in find_dates(text, PUB)]


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("نشست ۱۸ لغایت ۲۲ شهریورماه جاری است", "۱۸ لغایت ۲۲ شهریورماه جاری", J(1403, 6, 18), J(1403, 6, 22)),
        ("ثبت‌نام از ۱۰ لغایت ۱۵ مهر ۱۴۰۳ است", "۱۰ لغایت ۱۵ مهر ۱۴۰۳", J(1403, 7, 10), J(1403, 7, 15)),
        ("همایش ۳ لغایت ۵ سنبله ۱۴۰۳ دایر شد", "۳ لغایت ۵ سنبله ۱۴۰۳", J(1403, 6, 3), J(1403, 6, 5)),
        ("کنفرانس ۱۸ لغایت ۲۲ سپتامبر ۲۰۲۴ است", "۱۸ لغایت ۲۲ سپتامبر ۲۰۲۴", D(2024, 9, 18), D(2024, 9, 22)),
        ("از فروردین لغایت خرداد ۱۴۰۳ اجرا شد", "فروردین لغایت خرداد ۱۴۰۳", J(1403, 1, 1), J(1403, 3, 31)),
        ("برنامه از ۱۳۹۰ لغایت ۱۳۹۵ اجرا شد", "از ۱۳۹۰ لغایت ۱۳۹۵", J(1390, 1, 1), J(1395, 12, 30)),
        ("از ۲۸ شهریور لغایت ۲ مهر ۱۴۰۳ ادامه دارد", "۲۸ شهریور لغایت ۲ مهر ۱۴۰۳", J(1403, 6, 28), J(1403, 7, 2)),
    ],
)
def test_laghayat_joins_a_span_as_ta_does(text, surface, start, end):
    assert (surface, start, end) in spans(text)


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("این نشست 15-14 مارس 2019 میلادی در وین است", "15-14 مارس 2019 میلادی", D(2019, 3, 14), D(2019, 3, 15)),
        ("اجلاس ۲۰-۱۸ آذر ۱۴۰۳ برگزار شد", "۲۰-۱۸ آذر ۱۴۰۳", J(1403, 9, 18), J(1403, 9, 20)),
        ("دیدار ۱۲–۱۱ حوت ۱۴۰۲ بود", "۱۲–۱۱ حوت ۱۴۰۲", J(1402, 12, 11), J(1402, 12, 12)),
        ("دیدار ۱۲ - ۱۰ دلو ۱۴۰۲ بود", "۱۲ - ۱۰ دلو ۱۴۰۲", J(1402, 11, 10), J(1402, 11, 12)),  # spaced
    ],
)
def test_a_glued_dash_span_in_display_order(text, surface, start, end):
    assert (surface, start, end) in spans(text)


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("شماره ۲۸ - ۱۶ ژوئن ۲۰۲۳ منتشر شد", "۱۶ ژوئن ۲۰۲۳", D(2023, 6, 16)),  # an issue number, spaced
        ("صفحه ۳۱ – ۴ آذر ۱۴۰۲", "۴ آذر ۱۴۰۲", J(1402, 9, 4)),
    ],
)
def test_a_dash_after_a_number_far_above_the_day_is_no_span(text, surface, day):
    assert (surface, day, day) in spans(text)
