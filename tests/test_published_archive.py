"""Datelines of agency archives (issue #11, session 7): a machine date with a two-digit solar year and
unpadded day and month («۱۳/۸/۷۴»), an agency's name before the date with no place and no punctuation
(«خبرگزاری … ۸۷/۱۲/۲۲»), a place closed by a full stop («تهران. دوشنبه، …»), and a hash set off by spaces
between an archived headline and its dateline; with look-alikes that must not give a date or a dateline.
Every line here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.dates import find_dates
from helpers.dates.dateline import leading_dateline, read_dateline
from helpers.text import ingest

D = dt.date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("۱۳/۸/۷۴", D(1995, 11, 4)),  # unpadded day-month, year last
        ("5/11/85", D(2007, 1, 25)),
        ("۸۷/۲/۵", D(2008, 4, 24)),  # year first: over 31, no day
        ("14/07/86", D(2007, 10, 6)),  # zero-padded, as before
        ("۳/۹/۰۲", D(2023, 11, 24)),  # a 14xx year
    ],
)
def test_a_short_solar_machine_date_padded_or_not(text: str, day: dt.date) -> None:
    assert [(m.start, m.calendar) for m in find_dates(f"ایرنا {text}", None)] == [(day, "jalali")]


@pytest.mark.parametrize(
    "text",
    [
        "نسبت ۳/۵/۷ بود.",  # no two-digit year
        "بند ۱۲/۵/۳ قانون اجرا شد.",
        "ارزش آن ۸/۵ میلیارد دلار است.",  # a decimal written with a slash
        "نسبت ۴۵/۱۲۳/۷۴ است.",  # a middle number of three digits is no month
    ],
)
def test_slashed_numbers_that_are_no_short_date(text: str) -> None:
    assert find_dates(text, None) == []


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("خبرگزاری جمهوری نمونه ۸۷/۱۲/۲۲", D(2009, 3, 12)),
        ("خبرگزاری نمونه 13/8/74", D(1995, 11, 4)),
        ("روزنامه نمونه ۲۲ اسفند ۱۳۸۷", D(2009, 3, 12)),
        ("پایگاه خبری نمونه 2009/03/12", D(2009, 3, 12)),
        ("کابل - خبرگزاری نمونه ۲۲/۱۲/۸۷", D(2009, 3, 12)),
    ],
)
def test_an_agencys_name_before_the_date_needs_no_punctuation(line: str, day: dt.date) -> None:
    found = read_dateline(line)
    assert found is not None and found.date == day


@pytest.mark.parametrize(
    "line",
    [
        "نشست سران ۲۲ اسفند ۱۳۸۷",  # a headline with its meeting's day
        "سفر وزیر ۸۷/۱۲/۲۲",
        "گزارش خبرگزاری‌ها ۲۲ اسفند ۱۳۸۷ منتشر شد",  # a sentence: words after the date
    ],
)
def test_words_before_a_date_that_open_with_no_outlet_noun_are_no_dateline(line: str) -> None:
    assert read_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("تهران. دوشنبه، ۲۲ اسفند ۱۳۸۷ - وزیران امروز در تهران گفت‌وگو کردند.", D(2009, 3, 12)),
        ("کابل. ۱۲ عقرب ۱۴۰۳، هیئت افغان دیروز به دوحه رفت.", D(2024, 11, 2)),
        ("مسکو. 13 آوریل 2015 میلادی برابر با 24 فروردین 1394 هجری خورشیدی. به گزارش خبرنگار، نشست آغاز شد.",
         D(2015, 4, 13)),
    ],
)  # fmt: skip
def test_a_place_closed_by_a_full_stop_opens_a_run_in_dateline(line: str, day: dt.date) -> None:
    found = leading_dateline(line)
    assert found is not None and found.date == day


@pytest.mark.parametrize(
    "line",
    [
        "نشست پایان یافت. ۲۲ اسفند ۱۳۸۷، روز پایانی بود.",  # a sentence before the date, not a place
        "در تهران. ۲۲ اسفند ۱۳۸۷ وزیران گفت‌وگو کردند.",
    ],
)
def test_a_sentence_closed_by_a_full_stop_before_a_date_is_no_dateline(line: str) -> None:
    assert leading_dateline(line) is None


def test_a_spaced_hash_parts_an_archived_headline_from_its_dateline_and_text() -> None:
    page = (
        "وزیران خارجه کشورهای عضو ده سند همکاری امضا کردند # تهران - خبرگزاری نمونه 13/8/74 وزیران خارجه "
        "کشورهای عضو روز جمعه در مسکو ده سند همکاری امضا کردند.\nنشست بعدی در آستانه برگزار می‌شود."
    )
    article = ingest.segment(page)
    assert article.record["published"] == "1995-11-04"
    assert article.paragraphs["text"].iloc[0].endswith("امضا کردند")


@pytest.mark.parametrize("rule", ["0000000000000000", "----------", "**************"])
def test_a_rule_of_one_mark_parts_an_archived_headline_from_its_dateline_and_text(rule: str) -> None:
    page = (
        f"وزیران خارجه کشورهای عضو ده سند همکاری امضا کردند {rule} مسکو ، خبرگزاری نمونه 13/8/74 وزیران خارجه "
        "کشورهای عضو روز جمعه در مسکو ده سند همکاری امضا کردند. نشست بعدی این سازمان در آستانه برگزار می‌شود "
        "و وزیران خارجه کشورهای عضو در آن نشست درباره ترانزیت و تجارت منطقه‌ای و امنیت گفت‌وگو خواهند کرد."
    )
    article = ingest.segment(page)
    assert article.record["published"] == "1995-11-04"
    assert article.paragraphs["text"].iloc[0].endswith("امضا کردند")


@pytest.mark.parametrize("number", ["1000000000", "۱۲۳۴۵۶۷۸۹۰۱"])
def test_a_long_number_does_not_break_the_line(number: str) -> None:
    sentence = f"بودجه سازمان به {number} ریال رسید و وزیران آن را تصویب کردند."
    assert sentence in list(ingest.segment(f"وزیران خارجه در باکو گرد آمدند\n{sentence}").paragraphs["text"])


def test_a_hashtag_does_not_break_the_line() -> None:
    sentence = "وزیران امروز درباره #ترانزیت و #امنیت_منطقه گفت‌وگو کردند."
    assert sentence in list(ingest.segment(f"وزیران خارجه در باکو گرد آمدند\n{sentence}").paragraphs["text"])
