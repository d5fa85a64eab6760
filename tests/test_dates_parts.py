"""A third of a month or year (helpers.dates.parts): «اوایل/اوائل X» days 1-10 of X, «اواسط X» days
11-20, «اواخر X» day 21 to the last; of a year its months 1-4, 5-8, 9-12 (the dev-set README, decided
in session 7), over every calendar, written and relative months and years. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from date_fixtures import D, H, J

from helpers.contracts import Calendar, Precision
from helpers.dates import find_dates

PUB = D(2024, 10, 8)  # 17 Mehr 1403
ONE_DAY = dt.timedelta(days=1)


def _found(text: str, calendar: Calendar = Calendar.GREGORIAN) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(m.surface, m.start, m.end) for m in find_dates(text, PUB, calendar)]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("نشست اوایل دسامبر ۲۰۲۴ برگزار می‌شود.", "اوایل دسامبر ۲۰۲۴", D(2024, 12, 1), D(2024, 12, 10)),
        ("وزیران اواسط جنوری ۲۰۲۵ دیدار می‌کنند.", "اواسط جنوری ۲۰۲۵", D(2025, 1, 11), D(2025, 1, 20)),
        ("اجلاس اواخر فوریه ۲۰۲۴ پایان یافت.", "اواخر فوریه ۲۰۲۴", D(2024, 2, 21), D(2024, 2, 29)),  # leap
        ("هیئت اواخر فبروری ۲۰۲۳ رسید.", "اواخر فبروری ۲۰۲۳", D(2023, 2, 21), D(2023, 2, 28)),
        ("در اوایل مرداد ۱۳۸۵ توافق شد.", "اوایل مرداد ۱۳۸۵", J(1385, 5, 1), J(1385, 5, 10)),
        ("شورا اواسط ماه حوت سال ۱۴۰۲ نشست.", "اواسط ماه حوت سال ۱۴۰۲", J(1402, 12, 11), J(1402, 12, 20)),
        ("سند اواخر اسفند ۱۴۰۳ امضا شد.", "اواخر اسفند ۱۴۰۳", J(1403, 12, 21), J(1403, 12, 30)),  # leap
        ("سند اواخر اسفندماه ۱۴۰۲ امضا شد.", "اواخر اسفندماه ۱۴۰۲", J(1402, 12, 21), J(1402, 12, 29)),
        ("گفت‌وگو اوائل جدی ۱۴۰۲ آغاز شد.", "اوائل جدی ۱۴۰۲", J(1402, 10, 1), J(1402, 10, 10)),  # Dari
        ("گفت‌وگو اوايل حمل ۱۴۰۳ آغاز شد.", "اوايل حمل ۱۴۰۳", J(1403, 1, 1), J(1403, 1, 10)),  # Arabic ي
        ("طرح اواخر اردیبهشتماه ۱۴۰۳ اجرا شد.", "اواخر اردیبهشتماه ۱۴۰۳", J(1403, 2, 21), J(1403, 2, 31)),
        ("زائران اواخر ماه رمضان ۱۴۴۶ رفتند.", "اواخر ماه رمضان ۱۴۴۶", H(1446, 9, 21), H(1446, 10, 1) - ONE_DAY),
    ],
)  # fmt: skip
def test_a_third_of_a_written_month(text: str, surface: str, start: dt.date, end: dt.date) -> None:
    assert _found(text) == [(surface, start, end)]


@pytest.mark.parametrize(
    ("text", "calendar", "surface", "start", "end"),
    [
        ("نشست اواسط آبان برگزار می‌شود.", Calendar.GREGORIAN, "اواسط آبان", J(1403, 8, 11), J(1403, 8, 20)),
        ("دیدار اواخر سپتامبر بود.", Calendar.JALALI, "اواخر سپتامبر", D(2024, 9, 21), D(2024, 9, 30)),
        ("نشست اواخر ماه جاری است.", Calendar.GREGORIAN, "اواخر ماه جاری", D(2024, 10, 21), D(2024, 10, 31)),
        ("نشست اواخر ماه جاری است.", Calendar.JALALI, "اواخر ماه جاری", J(1403, 7, 21), J(1403, 7, 30)),
        ("اوایل ماه آینده میلادی امضا می‌شود.", Calendar.JALALI, "اوایل ماه آینده میلادی", D(2024, 11, 1),
         D(2024, 11, 10)),
        ("اواسط ماه گذشته توافق شد.", Calendar.JALALI, "اواسط ماه گذشته", J(1403, 6, 11), J(1403, 6, 20)),
        ("اواخر این ماه دیدار می‌کنند.", Calendar.GREGORIAN, "اواخر این ماه", D(2024, 10, 21), D(2024, 10, 31)),
        ("اوایل نوامبر سال آینده نشست است.", Calendar.GREGORIAN, "اوایل نوامبر سال آینده", D(2025, 11, 1),
         D(2025, 11, 10)),
        ("اواخر ژوئن گذشته دیدار کردند.", Calendar.JALALI, "اواخر ژوئن گذشته", D(2024, 6, 21), D(2024, 6, 30)),
    ],
)  # fmt: skip
def test_a_third_of_a_yearless_or_relative_month(
    text: str, calendar: Calendar, surface: str, start: dt.date, end: dt.date
) -> None:
    assert _found(text, calendar) == [(surface, start, end)]


@pytest.mark.parametrize(
    ("text", "calendar", "surface", "start", "end"),
    [
        ("اوایل سال ۱۴۰۲ پیوستند.", Calendar.GREGORIAN, "اوایل سال ۱۴۰۲", J(1402, 1, 1), J(1402, 4, 31)),
        ("اواسط سال ۲۰۲۴ میلادی امضا شد.", Calendar.JALALI, "اواسط سال ۲۰۲۴ میلادی", D(2024, 5, 1), D(2024, 8, 31)),
        ("اواخر سال ۲۰۲۳ آغاز شد.", Calendar.GREGORIAN, "اواخر سال ۲۰۲۳", D(2023, 9, 1), D(2023, 12, 31)),
        ("اواخر ۱۳۹۸ تصویب شد.", Calendar.GREGORIAN, "اواخر ۱۳۹۸", J(1398, 9, 1), J(1398, 12, 29)),
        ("اواخر امسال اجرا می‌شود.", Calendar.JALALI, "اواخر امسال", J(1403, 9, 1), J(1403, 12, 30)),
        ("اوایل سال آینده اجرا می‌شود.", Calendar.GREGORIAN, "اوایل سال آینده", D(2025, 1, 1), D(2025, 4, 30)),
        ("اواسط سال گذشته امضا شد.", Calendar.JALALI, "اواسط سال گذشته", J(1402, 5, 1), J(1402, 8, 30)),
        ("اوائل سال ۱۴۴۶ قمری آغاز شد.", Calendar.GREGORIAN, "اوائل سال ۱۴۴۶ قمری", H(1446, 1, 1),
         H(1446, 5, 1) - ONE_DAY),
    ],
)  # fmt: skip
def test_a_third_of_a_year_is_four_of_its_months(
    text: str, calendar: Calendar, surface: str, start: dt.date, end: dt.date
) -> None:
    assert _found(text, calendar) == [(surface, start, end)]


def test_a_third_is_a_range() -> None:
    assert [m.precision for m in find_dates("اوایل مهر ۱۴۰۳ و اواخر سال ۲۰۲۴", PUB)] == [Precision.RANGE] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("در اواخر کار به توافق رسیدند.", []),  # no date after it
        ("اواخر ماه دیدار می‌کنند.", []),  # «ماه» alone names no month
        ("کار به اواخر رسید، سال ۲۰۲۴ سال سختی بود.", [("سال ۲۰۲۴", D(2024, 1, 1), D(2024, 12, 31))]),  # a comma
        ("در پایان سال ۲۰۲۴ توافق شد.", [("سال ۲۰۲۴", D(2024, 1, 1), D(2024, 12, 31))]),  # no third's word
        ("اوایل ۱۵ مهر ۱۴۰۳ امضا شد.", [("۱۵ مهر ۱۴۰۳", J(1403, 7, 15), J(1403, 7, 15))]),  # a day has no thirds
    ],
)  # fmt: skip
def test_what_is_no_third_of_a_month_or_year(text: str, expected: list) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "calendar", "surface", "start", "end"),
    [
        ("نشست در دهه سوم ماه مارس ۲۰۱۹ برگزار شد.", Calendar.GREGORIAN, "دهه سوم ماه مارس ۲۰۱۹", D(2019, 3, 21),
         D(2019, 3, 31)),
        ("هیئت دهه اول آذر ۱۴۰۲ می‌رسد.", Calendar.JALALI, "دهه اول آذر ۱۴۰۲", J(1402, 9, 1), J(1402, 9, 10)),
        ("گفت‌وگو دهه‌ی نخست جدی ۱۴۰۰ بود.", Calendar.JALALI, "دهه‌ی نخست جدی ۱۴۰۰", J(1400, 10, 1),
         J(1400, 10, 10)),  # Dari month, ezafe written
        ("دههی دوم ماه جاری دیدار می‌کنند.", Calendar.GREGORIAN, "دههی دوم ماه جاری", D(2024, 10, 11),
         D(2024, 10, 20)),  # ZWNJ lost
        ("سند دههٔ آخر اسفند ۱۴۰۳ امضا شد.", Calendar.JALALI, "دههٔ آخر اسفند ۱۴۰۳", J(1403, 12, 21),
         J(1403, 12, 30)),
        ("اجلاس دهه پایانی فوریه ۲۰۲۴ بود.", Calendar.GREGORIAN, "دهه پایانی فوریه ۲۰۲۴", D(2024, 2, 21),
         D(2024, 2, 29)),
        ("دهه سوم ماه آینده نشست است.", Calendar.JALALI, "دهه سوم ماه آینده", J(1403, 8, 21), J(1403, 8, 30)),
    ],
)  # fmt: skip
def test_a_ten_day_part_of_a_month_is_its_third(
    text: str, calendar: Calendar, surface: str, start: dt.date, end: dt.date
) -> None:
    assert _found(text, calendar) == [(surface, start, end)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("در دهه اول سال ۲۰۰۰ رشد کرد.", [("سال ۲۰۰۰", D(2000, 1, 1), D(2000, 12, 31))]),  # of a year: a decade
        ("دهه چهارم مهر ۱۴۰۳ نیست.", [("مهر ۱۴۰۳", J(1403, 7, 1), J(1403, 7, 30))]),  # a month has three
        ("دهه دوم ۱۵ مهر ۱۴۰۳ نیست.", [("۱۵ مهر ۱۴۰۳", J(1403, 7, 15), J(1403, 7, 15))]),  # a day has none
        ("دهه ۱۳۶۰ دشوار بود.", [("دهه ۱۳۶۰", J(1360, 1, 1), J(1370, 1, 1) - ONE_DAY)]),  # a decade
    ],
)  # fmt: skip
def test_what_is_no_ten_day_part(text: str, expected: list) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("نشست سران در هفته ۱۶ آوریل ۲۰۱۸ در لندن برگزار می‌شود.", "هفته ۱۶ آوریل ۲۰۱۸", D(2018, 4, 16), D(2018, 4, 22)),
        ("گفت‌وگوها در هفته‌ی ۲۷ حمل ۱۴۰۲ آغاز شد.", "هفته‌ی ۲۷ حمل ۱۴۰۲", D(2023, 4, 16), D(2023, 4, 22)),  # Dari
        ("وزیران در هفته ۱۰ آذر دیدار می‌کنند.", "هفته ۱۰ آذر", D(2024, 11, 30), D(2024, 12, 6)),  # yearless
        ("هیئت‌ها هفته 3 March 2025 به ژنو رفتند.", "هفته 3 March 2025", D(2025, 3, 3), D(2025, 3, 9)),
        ("نشست در هفتهٔ ۵ نوامبر خواهد بود.", "هفتهٔ ۵ نوامبر", D(2024, 11, 5), D(2024, 11, 11)),
    ],
)
def test_the_week_of_a_day_is_seven_days_from_it(text: str, surface: str, start: dt.date, end: dt.date) -> None:
    assert _found(text) == [(surface, start, end)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("یک هفته پس از ۱۶ آوریل ۲۰۱۸ بازگشت.", "۱۶ آوریل ۲۰۱۸"),  # a week after: the day itself
        ("او هفته گذشته، روز ۱۶ آوریل ۲۰۱۸ آمد.", "روز ۱۶ آوریل ۲۰۱۸"),  # «روز» between
        ("دو هفته‌ای ۱۶ آوریل ۲۰۱۸ گذشت.", "۱۶ آوریل ۲۰۱۸"),  # not «هفته» alone
    ],
)
def test_a_week_word_not_right_before_the_day_leaves_it_a_day(text: str, surface: str) -> None:
    assert [(m.surface, m.precision) for m in find_dates(text, PUB) if m.surface == surface] == [
        (surface, Precision.DAY)
    ]


def test_an_ordinal_after_the_week_word_is_no_day_of_a_week() -> None:
    """«هفته دوم آذر» numbers a week of the month, no seven days from the second."""
    assert all(m.end != m.start + dt.timedelta(days=6) for m in find_dates("نشست در هفته دوم آذر است.", PUB) if m.start)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("دو وزیر اوایل هفته جاری در کابل دیدار کردند.", "اوایل هفته جاری", D(2024, 10, 5), D(2024, 10, 7)),
        ("هیئت اواسط هفته گذشته به دوحه رفت.", "اواسط هفته گذشته", D(2024, 10, 1), D(2024, 10, 2)),
        ("نشست اواخر هفته آینده برگزار می‌شود.", "اواخر هفته آینده", D(2024, 10, 17), D(2024, 10, 18)),
        ("اوائل این هفته بیانیه‌ای منتشر شد.", "اوائل این هفته", D(2024, 10, 5), D(2024, 10, 7)),
    ],
)  # fmt: skip
def test_a_third_of_a_week_counts_from_its_saturday(text: str, surface: str, start: dt.date, end: dt.date) -> None:
    assert _found(text) == [(surface, start, end)]


def test_a_counted_span_of_a_week_has_no_thirds() -> None:
    assert _found("اوایل یک هفته گذشته دیدار کردند.") == [("یک هفته گذشته", D(2024, 10, 1), PUB)]
