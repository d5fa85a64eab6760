"""Relative dates counted from the publication date and marked relative in the dates table; names
that hold a date word; year lists; written-out shapes datelines use. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from helpers import contracts
from helpers.dates import find_dates
from helpers.extract.dates import date_rows, extract_dates
from helpers.extract.mentions import Sentence

PUB = dt.date(2024, 10, 8)  # a Tuesday; 17 Mehr 1403


def _found(text: str, published: dt.date | None = PUB) -> list[tuple[str, dt.date | None, bool]]:
    return [(m.surface, m.start, m.relative) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("وزیر امروز به مسکو رفت.", "امروز", PUB),
        ("هیئت دیروز وارد شد.", "دیروز", PUB - dt.timedelta(days=1)),
        ("نشست فردا آغاز می‌شود.", "فردا", PUB + dt.timedelta(days=1)),
        ("گفت‌وگو پریروز انجام شد.", "پریروز", PUB - dt.timedelta(days=2)),
        ("وزیر شام گذشته عازم شد.", "شام گذشته", PUB - dt.timedelta(days=1)),
        ("هیئت دیشب رسید.", "دیشب", PUB - dt.timedelta(days=1)),
        ("نشست عصر یکشنبه برگزار شد.", "عصر یکشنبه", dt.date(2024, 10, 6)),
        ("اجلاس روز جمعه پایان می‌یابد.", "روز جمعه", dt.date(2024, 10, 11)),
        ("وزیر سه‌شنبه گذشته گفت.", "سه‌شنبه گذشته", dt.date(2024, 10, 1)),
        ("نشست پنجشنبه هفته جاری است.", "پنجشنبه هفته جاری", dt.date(2024, 10, 10)),
        ("نشست بعدی هفته آینده است.", "هفته آینده", dt.date(2024, 10, 12)),
        ("تورم ماه گذشته بالا رفت.", "ماه گذشته", dt.date(2024, 9, 1)),
        ("نشست امسال در کازان است.", "امسال", dt.date(2024, 1, 1)),
        ("جنگی که امساله آغاز شد ادامه دارد.", "امساله", dt.date(2024, 1, 1)),  # colloquial and Dari
        ("نشست پارساله در کابل بود.", "پارساله", dt.date(2023, 1, 1)),
        ("نشست سال آینده در چین است.", "سال آینده", dt.date(2025, 1, 1)),
        ("نشست هفته‌ی آینده برگزار می‌شود.", "هفته‌ی آینده", dt.date(2024, 10, 12)),  # ezafe written out
        ("وزیر جمعه‌ی گذشته گفت.", "جمعه‌ی گذشته", dt.date(2024, 10, 4)),
        ("نشست در هفتهء آینده برگزار می‌شود.", "هفتهء آینده", dt.date(2024, 10, 12)),  # the ezafe as a hamza
        ("تورم ماهء گذشته بالا رفت.", "ماهء گذشته", dt.date(2024, 9, 1)),
        ("نشست این هفته در باکو است.", "این هفته", dt.date(2024, 10, 5)),  # the week of publication
        ("همین هفته توافق شد.", "همین هفته", dt.date(2024, 10, 5)),
        ("اواخر این ماه دیدار می‌کنند.", "اواخر این ماه", dt.date(2024, 10, 21)),  # its last third
        ("نشست سه‌شنبه‌ی هفته‌ی آینده است.", "سه‌شنبه‌ی هفته‌ی آینده", dt.date(2024, 10, 15)),
        ("رشد در سال میلادی جاری کند شد.", "سال میلادی جاری", dt.date(2024, 1, 1)),  # marker inside
    ],
)
def test_relative_words_count_from_publication(text: str, surface: str, day: dt.date) -> None:
    assert _found(text) == [(surface, day, True)]


def test_an_indefinite_count_is_no_date() -> None:
    assert _found("نشست طی چند روز آینده برگزار می‌شود و در روزهای اخیر آماده شد.") == []


def test_without_a_publication_date_they_are_listed_unresolved() -> None:
    assert _found("وزیر امروز گفت که نشست روز جمعه و سال آینده برگزار می‌شود.", None) == [
        ("امروز", None, True),
        ("روز جمعه", None, True),
        ("سال آینده", None, True),
    ]


def _sentences(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {"paragraph": range(len(texts)), "sentence": range(len(texts)), "section": ["body"] * len(texts), "text": texts}
    )


def test_the_dates_table_marks_relative_rows() -> None:
    table = extract_dates(_sentences(["نشست امروز و در ۲۰ دسامبر ۲۰۲۴ برگزار شد.", "هیئت روز ۸ اکتبر رسید."]), PUB)
    assert list(table.columns) == contracts.DATES
    assert table["relative"].dtype == bool
    assert list(zip(table["surface"], table["relative"], strict=True)) == [
        ("امروز", True),
        ("۲۰ دسامبر ۲۰۲۴", False),
        ("روز ۸ اکتبر", True),
    ]
    unresolved = extract_dates(_sentences(["نشست امروز برگزار شد."]), None)
    assert unresolved["relative"].tolist() == [True] and unresolved["start"].isna().all()


@pytest.mark.parametrize(
    "text",
    [
        "رادیو فردا گزارش داد که نشست برگزار شد.",
        "روزنامه امروز نوشت که وزیر استعفا کرد.",
        "به گزارش خبرگزاری فردا، نشست آغاز شد.",
        "سران گروه دی ۸ در قاهره گرد آمدند.",
        "نشست سران دی-۸ در قاهره پایان یافت.",
        "بهمن عبدالهی سخنگوی هیئت گفت.",
        "به گفته آقای بهمن نشست ادامه دارد.",
        "شبکه جمعه برنامه ویژه پخش کرد.",
        "معترضان در میدان ۱۵ خرداد گرد آمدند.",
        "او در دانشگاه ۲۲ بهمن درس خواند.",
        "به نوشته «امروز»، وزیر استعفا کرد.",  # a quoted name
        "روزنامه «فردا» نوشت که وزیر رفت.",
        "پایگاه خبری فردا از نشست گزارش داد.",  # the kind of outlet between noun and name
        "شبکه تلویزیونی امروز این خبر را پخش کرد.",
        "هیئت ایران وارد دوشنبه شد.",  # arriving in Dushanbe
        "وزیر عازم دوشنبه شد.",
        "هواپیما در فرودگاه دوشنبه نشست.",
        "نشست در دوشنبه، پایتخت تاجیکستان برگزار شد.",
        "دوشنبه، پایتخت تاجیکستان میزبان نشست بود.",  # the city named with its country
        "اجلاس در دوشنبه (تاجیکستان) برپا شد.",
    ],
)
def test_names_holding_a_date_word_are_not_dates(text: str) -> None:
    assert _found(text) == []


def test_monday_stays_a_weekday_before_a_capital_named_later() -> None:
    assert _found("روز دوشنبه پایتخت تاجیکستان میزبان وزیران بود.") == [("روز دوشنبه", dt.date(2024, 10, 7), True)]


def test_month_and_deictic_words_still_are_dates_next_to_the_names() -> None:
    assert _found("رادیو فردا گزارش داد که نشست فردا در ۲۲ بهمن ۱۴۰۳ آغاز می‌شود.") == [
        ("فردا", PUB + dt.timedelta(days=1), True),
        ("۲۲ بهمن ۱۴۰۳", dt.date(2025, 2, 10), False),
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "نشست‌ها در سال ۱۹۹۸ (استانبول)، ۱۹۹۹ (داکا)، ۲۰۰۴ (تهران) و ۲۰۰۸ (کوالالامپور) برگزار شد.",
            [1998, 1999, 2004, 2008],
        ),
        ("این نشست در سال‌های ۲۰۰۸ و ۲۰۱۴ برگزار شد.", [2008, 2014]),
        ("پس از انقلاب (۱۳۵۷) کار سازمان متوقف شد.", [1357]),
        ("سازمان در سال ۱۳۴۱ (۱۹۶۲) بنیاد گذاشته شد.", [1341, 1962]),
        ("در سال ۲۰۲۰، ۱۵۰۰ نفر و ۲۰۰۰ خودرو ثبت شد.", [2020]),  # counts after a listed year stay counts
        ("در سال ۲۰۲۳، ۱۵۰۰ پروژه اجرا شد.", [2023]),  # too far from the list's year to be one
    ],
)
def test_years_in_lists_and_brackets(text: str, years: list[int]) -> None:
    found = find_dates(text, PUB)
    assert [int("".join(ch for ch in m.surface if ch.isdigit())) for m in found] == years


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("جدی 12, 1401", dt.date(2023, 1, 2)),  # month, day, comma, year
        ("ایرنا ۲۵/۰۶/۸۶", dt.date(2007, 9, 16)),  # an agency's two-digit solar year
        ("date ۲۰۲۵ - ۱۱ - ۲۸", dt.date(2025, 11, 28)),  # an ISO date the normalizer spaced out
    ],
)
def test_written_shapes_datelines_use(text: str, day: dt.date) -> None:
    assert [(m.start, m.relative) for m in find_dates(text, None)] == [(day, False)]


def test_a_two_digit_year_far_from_publication_is_not_read_as_one() -> None:
    assert find_dates("نسبت ۱۲/۰۵/۲۴ بود", dt.date(2007, 10, 6)) == []
    assert find_dates("نسبت 3/1/2 بود", None) == []


def _article(dateline: str, *body: str) -> list[Sentence]:
    return [Sentence(0, 0, "dateline", dateline)] + [Sentence(i + 1, i + 1, "body", t) for i, t in enumerate(body)]


@pytest.mark.parametrize(
    ("dateline", "start"),
    [("date 2025-09-02", "2025-01-01"), ("۱۱ شهریور ۱۴۰۴", "2025-03-21")],  # Gregorian / solar year
)
def test_relative_phrases_count_in_the_calendar_of_the_dateline(dateline: str, start: str) -> None:
    rows = _article(
        dateline,
        "نشست سران از ۹ تا ۱۰ شهریور ۱۴۰۴ در تیانجین برگزار شد و قرار است دوباره در مهر ۱۴۰۴ دیدار کنند.",
        "این نشست امسال مهم‌ترین رویداد سازمان بود.",
    )
    table = date_rows(rows, dt.date(2025, 9, 2))
    assert table.loc[table.surface == "امسال", "start"].tolist() == [start]


@pytest.mark.parametrize(
    ("dateline", "start"),
    [("date 2025-11-28", "1996-01-01"), ("۷ آذر ۱۴۰۴", "2017-03-21")],  # 1996 / 1396
)
def test_a_two_digit_year_after_sal_counts_in_the_articles_calendar(dateline: str, start: str) -> None:
    table = date_rows(_article(dateline, "این سازمان در سال ۹۶ پایه‌گذاری شد."), dt.date(2025, 11, 28))
    assert table.loc[table.surface == "سال ۹۶", ["start", "relative"]].values.tolist() == [[start, False]]


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("در سال ۹۶ میلادی تاسیس شد.", "سال ۹۶ میلادی", dt.date(1996, 1, 1)),
        ("سال ۰۳ گذشت.", "سال ۰۳", dt.date(2003, 1, 1)),
    ],
)
def test_a_two_digit_year_after_sal_alone(text: str, surface: str, start: dt.date) -> None:
    assert _found(text, None) == [(surface, start, False)]


def test_a_two_digit_year_past_the_next_one_is_no_year() -> None:
    assert _found("سال ۳۵ گذشت.", None) == [] and _found("در سال ۳۰ هجری قمری", None)[0][1] is None


def test_a_weekday_in_brackets_after_a_relative_day_is_not_a_row_of_its_own() -> None:
    assert _found("وزیر روز گذشته (دوشنبه) به باکو رسید.") == [("روز گذشته", PUB - dt.timedelta(days=1), True)]


def test_the_same_year_points_back_at_a_named_year_not_at_publication() -> None:
    assert _found("این سازمان در سال ۲۰۰۱ تشکیل شد و در همین سال منشور خود را نوشت.") == [
        ("سال ۲۰۰۱", dt.date(2001, 1, 1), False)
    ]
