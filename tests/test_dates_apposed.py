"""Day words beside a written date, and relative look-alikes (sentences written for this suite): a date
restated after «یا»/«یعنی» or in brackets after a day word is one row (the README: a relative word with an
absolute date beside it is one row, the absolute date); «برای N X دیگر» and «N X دیگر نیز» are durations
(one more year), and «روز بعد» is the day after the story's day, none of them a date."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.dates import find_dates


def _rows(text: str, published: dt.date) -> list[tuple]:
    return [(m.surface, m.start, m.relative) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "surface", "day"),
    [
        (
            "مجمع بتاریخ بیستم نومبر یا پنجشنبه گذشته قطعنامه را تصویب کرد.",
            dt.date(2014, 11, 22),
            "بیستم نومبر یا پنجشنبه گذشته",
            dt.date(2014, 11, 20),
        ),
        (
            "وزیران دیروز یعنی ۱۷ مهر ۱۴۰۳ دیدار کردند.",
            dt.date(2024, 10, 9),
            "دیروز یعنی ۱۷ مهر ۱۴۰۳",
            dt.date(2024, 10, 8),
        ),
        (
            "روز گذشته (پنج شنبه ۱۷ آوریل ۲۰۲۵) اجلاس آغاز شد.",
            dt.date(2025, 4, 19),
            "روز گذشته (پنج شنبه ۱۷ آوریل ۲۰۲۵)",
            dt.date(2025, 4, 17),
        ),
        (
            "دیروز (۲۸ فروردین ۱۴۰۴) نشست برگزار شد.",
            dt.date(2025, 4, 19),
            "دیروز (۲۸ فروردین ۱۴۰۴)",
            dt.date(2025, 4, 17),
        ),
    ],
)
def test_a_day_word_restated_by_a_written_date_is_one_row(text, published, surface, day) -> None:
    assert [(r[0], r[1]) for r in _rows(text, published)] == [(surface, day)]


@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        ("شنبه یا یکشنبه نشست برگزار می‌شود.", dt.date(2025, 11, 27), 2),  # two days offered: two rows
        ("امروز (۲۰ آوریل ۲۰۲۵) برگزار شد.", dt.date(2025, 4, 10), 2),  # ten days apart: no restatement
        ("امشب پنجشنبه ۸ آذر مراسم است.", dt.date(2025, 11, 27), 2),  # no brackets: a day word of its own
    ],
)
def test_a_day_word_beside_another_day_stays_a_row_of_its_own(text, published, count) -> None:
    assert len(_rows(text, published)) == count


@pytest.mark.parametrize(
    "text",
    [
        "هیئت یک سال دیگر نیز در کابل کار می‌کند.",
        "قرارداد شش ماه دیگر هم اعتبار دارد.",
        "نشست جمعه شب آغاز شد و در بامداد روز بعد پایان یافت.",
    ],
)
def test_durations_and_the_storys_next_day_are_no_dates(text) -> None:
    assert [r for r in _rows(text, dt.date(2019, 9, 18)) if r[2] and "جمعه" not in r[0]] == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("ماموریت هیئت برای یک سال دیگر تمدید شد.", dt.date(2019, 9, 18), dt.date(2020, 9, 18)),
        ("ماموریت دفتر برای دو سال دیگر تمدید گردید.", dt.date(2019, 9, 18), dt.date(2021, 9, 18)),
        ("قرار است تا دو روز دیگر نشست برگزار شود.", dt.date(2019, 9, 18), dt.date(2019, 9, 20)),
        ("این برنامه تا سه ماه دیگر اجرا می‌شود.", dt.date(2019, 9, 18), dt.date(2019, 12, 18)),
        ("ما برای یک دهه دیگر تعهد گرفتیم.", dt.date(2019, 9, 18), dt.date(2029, 9, 18)),
    ],
)
def test_within_or_for_a_count_of_units_ahead_is_a_span_from_publication(text, start, end) -> None:
    # «تا/برای N X دیگر»: the N units from now on, as «از N X قبل» is the span up to now (the dev-set gold)
    assert [(m.start, m.end) for m in find_dates(text, dt.date(2019, 9, 18))] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("دو روز دیگر نشست آغاز می‌شود.", dt.date(2019, 9, 20)),
        ("هفته بعد نشست برگزار می‌شود.", dt.date(2019, 9, 21)),
        ("فردا نشست برگزار می‌شود.", dt.date(2019, 9, 19)),
    ],
)
def test_days_ahead_of_publication_stay_dates(text, day) -> None:
    assert _rows(text, dt.date(2019, 9, 18))[0][1] == day
