"""The grammar of relative dates: (count) × unit (سال، ماه، هفته، روز، a weekday) × direction, every
direction read from one table (helpers.dates.words.DIRECTIONS), across spellings (Dari «روان», «به این
طرف», a lost ZWNJ), and look-alikes that must not fire. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.contracts import Calendar
from helpers.dates import find_dates, words
from helpers.dates.patterns import RELATIVE_YEARS

PUB = dt.date(2024, 10, 8)  # a Tuesday; 17 Mehr 1403
D = dt.date


def _found(text: str, calendar: Calendar = Calendar.GREGORIAN) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(m.surface, m.start, m.end) for m in find_dates(text, PUB, calendar) if m.relative]


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("نشست دوشنبه آینده در باکو برگزار می‌شود.", "دوشنبه آینده", D(2024, 10, 14)),
        ("هیئت دوشنبه بعد به دوحه می‌رود.", "دوشنبه بعد", D(2024, 10, 14)),
        ("وزیران جمعه قبل در ریاض دیدار کردند.", "جمعه قبل", D(2024, 10, 4)),
        ("سفیر جمعه‌ی پیش استوارنامه داد.", "جمعه‌ی پیش", D(2024, 10, 4)),
        ("معاون وزیر سهشنبه گذشته به آنکارا رفت.", "سهشنبه گذشته", D(2024, 10, 1)),  # ZWNJ lost
        ("رئیس مجلس سه‌شنبه آینده سخنرانی خواهد کرد.", "سه‌شنبه آینده", D(2024, 10, 15)),
        ("کارشناسان پنج شنبه آینده گرد هم می‌آیند.", "پنج شنبه آینده", D(2024, 10, 10)),
        ("دو شنبه پیش توافق امضا شد.", "دو شنبه پیش", D(2024, 10, 7)),  # Monday, not a count of Saturdays
        ("نمایندگان شنبه هفته قبل گفت‌وگو کردند.", "شنبه هفته قبل", D(2024, 9, 28)),
        ("گزارش چهارشنبه هفته بعد منتشر می‌شود.", "چهارشنبه هفته بعد", D(2024, 10, 16)),
        ("هیئت افغان یکشنبه هفته روان به کابل بازگشت.", "یکشنبه هفته روان", D(2024, 10, 6)),
        ("اجلاس پنجشنبه هفته‌ی جاری پایان می‌یابد.", "پنجشنبه هفته‌ی جاری", D(2024, 10, 10)),
        ("وزیر روز جمعه گذشته با همتای خود تماس گرفت.", "روز جمعه گذشته", D(2024, 10, 4)),
    ],
)
def test_a_weekday_with_a_direction(text: str, surface: str, day: dt.date) -> None:
    assert _found(text) == [(surface, day, day)]


@pytest.mark.parametrize(
    ("text", "calendar", "surface", "start", "end"),
    [
        ("پاسخ دو روز دیگر اعلام می‌شود.", Calendar.GREGORIAN, "دو روز دیگر", D(2024, 10, 10), D(2024, 10, 10)),
        ("سه هفته پیش توافق شد.", Calendar.GREGORIAN, "سه هفته پیش", D(2024, 9, 14), D(2024, 9, 20)),
        ("دو ماه قبل دیدار کردند.", Calendar.GREGORIAN, "دو ماه قبل", D(2024, 8, 1), D(2024, 8, 31)),
        ("دو ماه قبل دیدار کردند.", Calendar.JALALI, "دو ماه قبل", D(2024, 7, 22), D(2024, 8, 21)),  # Mordad
        ("نشست سال آتی در تاشکند است.", Calendar.GREGORIAN, "سال آتی", D(2025, 1, 1), D(2025, 12, 31)),
        ("نشست سال آتی در تاشکند است.", Calendar.JALALI, "سال آتی", D(2025, 3, 21), D(2026, 3, 20)),
        ("برنامه سال پیش‌رو تصویب شد.", Calendar.GREGORIAN, "سال پیش‌رو", D(2025, 1, 1), D(2025, 12, 31)),
        ("در سال روان تجارت دو برابر شد.", Calendar.JALALI, "سال روان", D(2024, 3, 20), D(2025, 3, 20)),
        ("طی چهار سال آینده اجرا می‌شود.", Calendar.GREGORIAN, "چهار سال آینده", PUB, D(2028, 10, 8)),
        ("در ده روز اخیر سه نشست برگزار شد.", Calendar.GREGORIAN, "ده روز اخیر", D(2024, 9, 28), PUB),
        ("از دو هفته به این طرف مذاکره ادامه دارد.", Calendar.GREGORIAN, "دو هفته به این طرف", D(2024, 9, 24), PUB),
        ("در هفته‌ی گذشته دو بار دیدار کردند.", Calendar.GREGORIAN, "هفته‌ی گذشته", D(2024, 9, 28), D(2024, 10, 4)),
        ("در هفتهی آینده دیدار می‌کنند.", Calendar.GREGORIAN, "هفتهی آینده", D(2024, 10, 12), D(2024, 10, 18)),
        ("اجلاس ماه روان خورشیدی است.", Calendar.GREGORIAN, "ماه روان خورشیدی", D(2024, 9, 22), D(2024, 10, 21)),
    ],
)  # fmt: skip
def test_a_count_a_unit_and_a_direction(
    text: str, calendar: Calendar, surface: str, start: dt.date, end: dt.date
) -> None:
    assert _found(text, calendar) == [(surface, start, end)]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("آذر سال آتی انتخابات است.", "آذر سال آتی", D(2025, 11, 22), D(2025, 12, 21)),  # Azar 1404
        ("مارس سال پیش توافق شد.", "مارس سال پیش", D(2023, 3, 1), D(2023, 3, 31)),
        ("دهم ماه قبل دیدار کردند.", "دهم ماه قبل", D(2024, 9, 10), D(2024, 9, 10)),
        ("پانزدهم ماه آتی نشست است.", "پانزدهم ماه آتی", D(2024, 11, 15), D(2024, 11, 15)),
    ],
)
def test_the_same_directions_place_a_month_or_a_day_of_a_month(
    text: str, surface: str, start: dt.date, end: dt.date
) -> None:
    assert _found(text) == [(surface, start, end)]


@pytest.mark.parametrize(
    ("text", "not_surface"),
    [
        ("روز جهانی صلح را گرامی داشتند.", "روز"),
        ("در سال‌های گذشته روابط گسترش یافت.", "سال‌های گذشته"),
        ("در سالهای اخیر روابط گسترش یافت.", "سالهای اخیر"),  # ZWNJ lost, still no count
        ("طی چند روز آینده تصمیم می‌گیرند.", "چند روز آینده"),
        ("دو سال پیش از استقلال توافق شد.", "دو سال پیش"),
        ("وزیر شنبه پیش از نشست به ریاض رسید.", "شنبه پیش"),  # before the meeting, not last Saturday
        ("امام جمعه گذشته گفت که ...", "جمعه گذشته"),  # the last Friday prayer leader, a person
        ("روزنامه آینده این خبر را نوشت.", "روزنامه آینده"),
        ("هفته‌نامه گذشته و حال منتشر شد.", "هفته‌نامه گذشته"),
        ("ماه دیگر نیز همین برنامه است.", "ماه دیگر"),  # «another month»: «دیگر» needs a count
        ("دوشنبه دیگر نیز جلسه دارند.", "دوشنبه دیگر"),  # «another Monday», not a direction
    ],
)
def test_look_alikes_do_not_fire(text: str, not_surface: str) -> None:
    assert not_surface not in [surface for surface, _, _ in _found(text)]


def test_a_day_named_before_a_bracketed_weekday_takes_every_direction() -> None:
    assert _found("وزیر روز قبل (دوشنبه) به باکو رسید.") == [("روز قبل", D(2024, 10, 7), D(2024, 10, 7))]


def test_every_relative_year_is_built_from_the_one_direction_table() -> None:
    """A direction spelling added to the table counts for years too (one copy, no second list)."""
    year_words = {key.removeprefix("سال") for key in RELATIVE_YEARS if key.startswith("سال")}
    assert year_words == {
        w for w, kind in words.DIRECTION_KINDS.items() if kind in ("current", "past", "ago", "future")
    }


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("نشست ۱۹ اکتبر این ماه در دوحه برگزار می‌شود.", "۱۹ اکتبر این ماه", D(2024, 10, 19), D(2024, 10, 19)),
        ("وزیران روز ۲۵ مهر همین ماه دیدار می‌کنند.", "روز ۲۵ مهر همین ماه", D(2024, 10, 16), D(2024, 10, 16)),
        ("اجلاس ۲۰ میزان ماه روان است.", "۲۰ میزان ماه روان", D(2024, 10, 11), D(2024, 10, 11)),  # Dari
        ("گفت‌وگوها سوم اکتبر ماه جاری آغاز شد.", "سوم اکتبر ماه جاری", D(2024, 10, 3), D(2024, 10, 3)),
        ("اجلاس اکتبر این ماه است.", "اکتبر این ماه", D(2024, 10, 1), D(2024, 10, 31)),
    ],
)
def test_a_day_and_month_restated_as_the_current_month_is_one_date(
    text: str, surface: str, start: dt.date, end: dt.date
) -> None:
    assert _found(text) == [(surface, start, end)]


@pytest.mark.parametrize(
    "text",
    ["نشست ۱۹ اکتبر این ماهنامه را بررسی کرد.", "نشست ۱۹ اکتبر، این ماه پرکار بود."],
)
def test_no_restatement_without_the_current_month_right_after(text: str) -> None:
    assert "۱۹ اکتبر" in [surface for surface, _, _ in _found(text)]


@pytest.mark.parametrize(
    ("text", "calendar", "surface", "start", "end"),
    [
        ("اجلاس بیست و پنج تا بیست و هفتم ماه جاری میلادی است.", Calendar.JALALI,
         "بیست و پنج تا بیست و هفتم ماه جاری میلادی", D(2024, 10, 25), D(2024, 10, 27)),
        ("نشست ده تا دوازدهم ماه روان خورشیدی بود.", Calendar.GREGORIAN,
         "ده تا دوازدهم ماه روان خورشیدی", D(2024, 10, 1), D(2024, 10, 3)),  # Mehr 10-12
        ("گفت‌وگوها پنجم الی هفتم ماه آینده است.", Calendar.GREGORIAN,
         "پنجم الی هفتم ماه آینده", D(2024, 11, 5), D(2024, 11, 7)),
        ("اجلاس چهار تا شش خرداد برگزار شد.", Calendar.GREGORIAN, "چهار تا شش خرداد", D(2024, 5, 24), D(2024, 5, 26)),
        ("اجلاس بیست تا بیست و دو اکتبر است.", Calendar.GREGORIAN, "بیست تا بیست و دو اکتبر", D(2024, 10, 20),
         D(2024, 10, 22)),
        ("هیئت پنج تا شش میزان ماه در کابل بود.", Calendar.GREGORIAN, "پنج تا شش میزان ماه", D(2024, 9, 26),
         D(2024, 9, 27)),  # an ambiguous month with «ماه»
    ],
)  # fmt: skip
def test_a_span_of_days_written_in_words(
    text: str, calendar: Calendar, surface: str, start: dt.date, end: dt.date
) -> None:
    assert _found(text, calendar) == [(surface, start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "پنج تا شش تیر شلیک شد.",  # arrows, not the month: an ambiguous month needs «ماه» or a year
        "چهار تا شش نفر زخمی شدند.",
        "سه تا چهار روز طول کشید.",
        "نه تا پایان مهر بلکه تا آبان ادامه دارد.",  # «نه» is «not»
    ],
)
def test_cardinal_words_that_count_things_are_no_days(text: str) -> None:
    assert not [s for s, _, _ in _found(text) if s.split()[0] in ("پنج", "چهار", "سه", "نه")]


@pytest.mark.parametrize(
    ("text", "not_day"),
    [
        ("نشست در نیمه دوم ماه جاری میلادی برگزار می‌شود.", D(2024, 10, 2)),
        ("گفت‌وگوها در هفته اول اکتبر انجام شد.", D(2024, 10, 1)),
        ("اجلاس در دهه سوم مهر است.", D(2024, 9, 24)),
        ("نشست در هفته‌ی دوم ماه روان است.", D(2024, 10, 2)),
    ],
)
def test_an_ordinal_after_a_part_noun_numbers_the_part_not_a_day(text: str, not_day: dt.date) -> None:
    assert not_day not in [start for _, start, _ in _found(text, Calendar.GREGORIAN)]


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("نشست روز اول اکتبر برگزار شد.", "روز اول اکتبر", D(2024, 10, 1)),  # «روز» is no part noun
        ("وزیران ۱۱ مهرماه جاری دیدار کردند.", "۱۱ مهرماه جاری", D(2024, 10, 2)),  # «جاری» after «ماه»
        ("وزیران ۱۱ میزان ماه روان دیدار کردند.", "۱۱ میزان ماه روان", D(2024, 10, 2)),
    ],
)
def test_a_day_of_a_month_still_reads(text: str, surface: str, day: dt.date) -> None:
    assert _found(text) == [(surface, day, day)]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("وزیران ژوئن گذشته در پکن دیدار کردند.", "ژوئن گذشته", D(2024, 6, 1), D(2024, 6, 30)),
        ("نشست بعدی مارس آینده است.", "مارس آینده", D(2025, 3, 1), D(2025, 3, 31)),  # March is past this year
        ("اجلاس دسامبر آینده است.", "دسامبر آینده", D(2024, 12, 1), D(2024, 12, 31)),
        ("توافق اکتبر گذشته امضا شد.", "اکتبر گذشته", D(2023, 10, 1), D(2023, 10, 31)),  # the month of publication
        ("توافق آذرماه گذشته امضا شد.", "آذرماه گذشته", D(2023, 11, 22), D(2023, 12, 21)),  # Azar 1402
        ("هیئت در ماه مه گذشته به کابل رفت.", "ماه مه گذشته", D(2024, 5, 1), D(2024, 5, 31)),
        ("نشست سنبله گذشته در کابل بود.", "سنبله گذشته", D(2024, 8, 22), D(2024, 9, 21)),  # Dari month
        ("وزیران ۵ اکتبر گذشته دیدار کردند.", "۵ اکتبر گذشته", D(2024, 10, 5), D(2024, 10, 5)),
        ("اجلاس ۱۵ اکتبر آینده است.", "۱۵ اکتبر آینده", D(2024, 10, 15), D(2024, 10, 15)),
        ("نشست ژانویه آتی برگزار می‌شود.", "ژانویه آتی", D(2025, 1, 1), D(2025, 1, 31)),
    ],
)
def test_a_month_name_with_a_direction(text: str, surface: str, start: dt.date, end: dt.date) -> None:
    assert _found(text) == [(surface, start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "آذر گذشته را به یاد آورد.",  # a given name: «آذر» needs a day or «ماه» beside it
        "تیر آینده را نشانه گرفت.",  # an arrow
        "مهر گذشته ما بر این سند است.",  # a seal
    ],
)
def test_a_month_name_that_is_also_a_word_needs_a_day_or_mah_with_a_direction(text: str) -> None:
    assert _found(text) == []
