"""Dateline kinds Afghan and Persian outlets and international Persian services print (issue #11,
session 6): an agency's long name with its short name in brackets, a byline before the date, a photo
caption's credit, the agency after the clock, the part of the day in words, a space lost between a
number and a word, registration and wire labels, and the site's «امروز» clock; with the look-alikes
that must not set the publication date (a headline with its meeting's day, another thing's date, a
copyright's years, a sentence). Every line here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.dates import dateline
from helpers.dates.dateline import read_dateline
from helpers.text import ingest

HEADLINE = "وزیران خارجه عضو سازمان در باکو گرد آمدند"
BODY = "وزیران خارجه کشورهای عضو امروز در باکو درباره ترانزیت گفت‌وگو کردند."

DATELINES = [
    # an agency's long name set off from the place; its short name in brackets restates it
    ("خبرگزاری صدای نمونه (نمونه) هرات، ۱۲ عقرب ۱۴۰۳ ساعت ۱۰:۲۰", dt.date(2024, 11, 2), "place and agency"),
    ("آژانس خبری نمونه نیوز(ننن) کابل , 12 عقرب 1403 ساعت 9:40", dt.date(2024, 11, 2), "place and agency"),
    ("خبرگزاری جمهوری اسلامی ایران - تهران، ۲۲ آبان ۱۴۰۳", dt.date(2024, 11, 12), "place and agency"),
    ("مشهد - خبرگزاری دانشجویان ایران - 1403/08/22", dt.date(2024, 11, 12), "place and agency"),
    ("کابل ۲۲ عقرب ۱۴۰۳ (باختر)", dt.date(2024, 11, 12), "place and agency"),  # a place, then the agency
    # a clock ending the line makes it furniture: the words before the date are the agency, «و» in its name
    ("صدا و سیما پنج شنبه ۲۳ فروردین ۱۴۰۳ - ۱۶:۵۶", dt.date(2024, 4, 11), "place and agency"),
    ("صدا و سیماپنج‌شنبه 23 فروردین 1403 - 16:56", dt.date(2024, 4, 11), "place and agency"),  # weekday glued on
    ("خبرگزاری کار و تولید ۱۲ عقرب ۱۴۰۳ - ۰۹:۱۵", dt.date(2024, 11, 2), "place and agency"),
    ("رادیو صلح و آزادی ۱۲ عقرب ۱۴۰۳ ساعت ۰۹:۱۵", dt.date(2024, 11, 2), "place and agency"),
    ("شبکه خبر و اطلاع ۱۲ نوامبر ۲۰۲۴ | ۱۶:۵۶", dt.date(2024, 11, 12), "place and agency"),
    # a byline before the date: the writers' names, however many, with «و» between two of them
    ("نویسنده: نام نمونه و نام دیگر | ۱۲ عقرب ۱۴۰۳", dt.date(2024, 11, 2), "byline"),
    ("نویسنده: نام نمونه نام خانوادگی | ۱۲ عقرب ۱۴۰۳", dt.date(2024, 11, 2), "byline"),
    ("گزارشگر نام نمونه - ۱۴۰۳/۰۸/۱۲", dt.date(2024, 11, 2), "byline"),
    ("به قلم: نام نمونه، 2024/11/02", dt.date(2024, 11, 2), "byline"),
    ("خبرنگار: نام نمونه ۱۲ عقرب ۱۴۰۳", dt.date(2024, 11, 2), "byline"),
    # a site's clock opening with «امروز», with or without a colon, after the site's bars
    ("امروز سه‌شنبه ۲۲ آبان ۱۴۰۳", dt.date(2024, 11, 12), "site clock"),
    ("| امروز ۲۲ عقرب ۱۴۰۳ - ۱۲ نوامبر ۲۰۲۴", dt.date(2024, 11, 12), "site clock"),
    # Gregorian months in Dari spelling, numeric dates day-first and year-first, Latin and Persian digits
    ("تاریخ نشر: ۲ نومبر ۲۰۲۴", dt.date(2024, 11, 2), "labelled"),
    ("۱۲ سپتمبر ۲۰۲۴ ساعت ۱۰:۲۰", dt.date(2024, 9, 12), "date line"),
    ("12.11.2024 - 10:20", dt.date(2024, 11, 12), "date line"),
    ("۲۰۲۴/۱۱/۰۲ ۱۰:۲۰", dt.date(2024, 11, 2), "date line"),
    ("۱۴۰۳ / ۰۸ / ۱۲", dt.date(2024, 11, 2), "date line"),
    ("1403\\08\\12 10:20:35", dt.date(2024, 11, 2), "date line"),  # a site's backslashes
    # «مورخ» (dated) opening a press office's line, or set off after its name
    ("مورخ ۲۲ عقرب ۱۴۰۳ هجری شمسی", dt.date(2024, 11, 12), "labelled"),
    ("مؤرخ: 12 November 2024", dt.date(2024, 11, 12), "labelled"),
    ("دفتر رسانه‌های مجلس - مورخ ۱۴۰۳/۰۸/۲۲", dt.date(2024, 11, 12), "labelled"),
    ("۲۲ د لړم ۱۴۰۳", dt.date(2024, 11, 12), "date line"),  # a Pashto month (Aqrab) after «د»
    ("جمعه, 02 نوامبر 2024 10:20", dt.date(2024, 11, 2), "date line"),
    ("عقرب ۲۲، ۱۴۰۳", dt.date(2024, 11, 12), "date line"),
    ("کد خبر: ۱۲۳۴۵۶ | تاریخ: ۱۴۰۳/۰۸/۱۲ | ساعت: ۱۰:۲۰", dt.date(2024, 11, 2), "news code"),
    # the part of the day in words after the clock (Dari and Persian sites)
    ("۲۲ عقرب ۱۴۰۳ - ۳:۳۹ بعد از ظهر", dt.date(2024, 11, 12), "date line"),
    ("سه‌شنبه ۲۲ آبان ۱۴۰۳ ساعت ۰۹:۱۵ صبح", dt.date(2024, 11, 12), "date line"),
    ("آخرین بروزرسانی: ۲۲ عقرب ۱۴۰۳ - ۰۴:۱۵ بعدازظهر", dt.date(2024, 11, 12), "updated"),
    # a space lost between a number and a word, put back as the sentence normalizer does
    ("۱۲عقرب ۱۴۰۳ - ۱۰:۲۰", dt.date(2024, 11, 2), "date line"),
    ("سه‌شنبه۲۲آبان۱۴۰۳ساعت۱۰:۲۰", dt.date(2024, 11, 12), "date line"),
    ("تاریخ انتشار:22آبان 1403", dt.date(2024, 11, 12), "labelled"),
    ("۱۰:۲۰ق.ظ - ۱۲ نومبر۲۰۲۴", dt.date(2024, 11, 12), "date line"),
    # «تاریخ» naming the page's registration or wire time, not another thing's date
    ("تاریخ ثبت: ۱۴۰۳/۰۸/۲۲ - ۱۰:۲۰", dt.date(2024, 11, 12), "labelled"),
    ("تاریخ مخابره: ۲۲ آبان ۱۴۰۳", dt.date(2024, 11, 12), "labelled"),
    ("زمان درج: ۲۲ عقرب ۱۴۰۳ ساعت ۱۰:۲۰", dt.date(2024, 11, 12), "labelled"),
    # the agency or section after the date's clock, set off by a dash or bar
    ("۲۲ آبان ۱۴۰۳ - ۱۰:۲۰ - خبرگزاری نمونه", dt.date(2024, 11, 12), "place and agency"),
    ("12.11.2024, 10:20 - نمونه فارسی", dt.date(2024, 11, 12), "place and agency"),
    ("۲۲ عقرب ۱۴۰۳ - ۱۲ نوامبر ۲۰۲۴ - ساعت ۱۰:۲۰ - سیاسی", dt.date(2024, 11, 12), "place and agency"),
]


@pytest.mark.parametrize(("line", "day", "shape"), DATELINES, ids=[d[0] for d in DATELINES])
def test_dateline_kinds(line: str, day: dt.date, shape: str) -> None:
    found = read_dateline(line)
    assert found is not None and (found.date, found.shape) == (day, shape)


@pytest.mark.parametrize(
    "line",
    [
        "گزارش نشست سران ۱۲ عقرب ۱۴۰۳",  # «گزارش» opening a headline is no byline
        "سفر وزیر به باکو؛ ۱۲ عقرب ۱۴۰۳",
        "امروز ۲۲ عقرب ۱۴۰۳ وزیر خارجه به باکو رفت",  # a sentence opening with today
        "© ۱۴۰۳ - ۲۰۲۴ کلیه حقوق محفوظ است",  # a copyright's years
        "Copyright © 2024 نمونه",
        "نشست سران اکو در کابل، ۱۲ عقرب ۱۴۰۳ و ۱۳ عقرب ۱۴۰۳",
        "تاریخ برگزاری: ۱۲ آبان ۱۴۰۳",  # the date of something else than the page
        "زمان سفر: ۱۲ عقرب ۱۴۰۳ - ۱۰:۲۰",
        "تاریخ نشست سران: 2024/11/12",
        "زمان برگزاری: ۱۲ آبان ۱۴۰۳",
        "نشست سران۲۴آبان۱۴۰۲",  # glued, a headline still: no separator before the date
        "۲۲ عقرب ۱۴۰۳ بعد از ظهر وزیران رسیدند",  # no clock: «از» is a sentence's word
        "۲۲ آبان ۱۴۰۳ ساعت ۱۰:۲۰ وزیر به کابل رسید",  # a sentence after the clock, not set off
        "۲۲ آبان ۱۴۰۳ - سفر وزیر",  # words after the date with no clock between
        "نامه مورخ ۲۲ عقرب ۱۴۰۳ وزیر",  # «مورخ» dating another thing, after its noun
        "تفاهم‌نامه مورخ ۱۲ آبان ۱۴۰۳",
        "مورخان ۱۲ آبان ۱۴۰۳",  # historians: no label
        "ایران و روسیه ۲۳ فروردین ۱۴۰۳",  # «و» with no clock: a headline
        "نشست در تهران ۲۳ فروردین ۱۴۰۳ - ۱۶:۵۶",  # a clock excuses a name's «و», not a sentence's «در»
        "مذاکرات آغاز شد و ۲۳ فروردین ۱۴۰۳ - ۱۶:۵۶",
    ],
)
def test_look_alikes_that_are_no_datelines(line: str) -> None:
    assert read_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("عکس یادگاری وزیران خارجه پیش از نشست - نمونه افغانستان , 1920, 12.11.2024", dt.date(2024, 11, 12)),
        ("وزیران خارجه در کاخ میزبان - نمونه فارسی، ۱۲ نوامبر ۲۰۲۴", dt.date(2024, 11, 12)),
        ("Foreign ministers at the venue - نمونه دری | ۲۲ عقرب ۱۴۰۳", dt.date(2024, 11, 12)),
    ],
)
def test_a_captions_credit_with_the_outlet_and_the_day_is_a_dateline(line: str, day: dt.date) -> None:
    found = dateline.caption_dateline(line)
    assert found is not None and (found.date, found.shape) == (day, "caption credit")


@pytest.mark.parametrize(
    "line",
    [
        "وزیران خارجه در کاخ میزبان - ۱۲ نوامبر ۲۰۲۴",  # a date alone: no outlet
        "وزیر گفت - تهران، ۱۲ آبان ۱۴۰۳، نشست آغاز شد",  # words after the date
        "04.07.2025 - نمونه: 04.07.2025",  # no caption before the dash
        "وزیران خارجه در کاخ میزبان، نمونه افغانستان , 1920, 12.11.2024",  # no spaced dash
    ],
)
def test_a_line_ending_in_a_date_is_no_captions_credit_without_its_shape(line: str) -> None:
    assert dateline.caption_dateline(line) is None


def test_a_captions_credit_in_the_body_gives_published_and_a_later_one_does_not_override() -> None:
    text = (
        f"{HEADLINE}\n\nتصویر تالار نشست - نمونه افغانستان , 1920, 12.11.2024\nعضو شوید\n{BODY}\n\n"
        "تصویر سفر پیشین وزیر - نمونه افغانستان , 1920, 28.06.2024\nسفر پیشین وزیر به تاشکند\n"
    )
    record = ingest.segment(text).record
    assert record["published"] == "2024-11-12" and record["published_from"]["shape"] == "caption credit"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("خبرگزاری صدای نمونه(نن) کابل , 12 عقرب 1403 ساعت 9:40", "2024-11-02"),
        ("نویسنده: نام نمونه و نام دیگر | ۱۲ عقرب ۱۴۰۳", "2024-11-02"),
        ("کابل ۲۲ عقرب ۱۴۰۳ (نمونه)", "2024-11-12"),
    ],
)
def test_an_afghan_agency_or_byline_line_under_the_headline_gives_published(line: str, day: str) -> None:
    text = f"کد QR مطلب\n\n{HEADLINE}\n\n{line}\n\n{BODY}\n"
    assert ingest.segment(text).record["published"] == day


@pytest.mark.parametrize(
    "headline",
    [
        "اجلاس سران اکو - ۱۲ عقرب ۱۴۰۳",
        "نشست وزیران خارجه گروه ۲۰، 12 نوامبر 2024",
        "وزیر خارجه: نشست سران ۲۴ آبان ۱۴۰۲",
    ],
)
def test_a_headline_with_its_meetings_day_is_no_dateline(headline: str) -> None:
    article = ingest.segment(f"{headline}\n\n{BODY}\n")
    assert article.record["headline"] == headline and article.record["published"] is None


@pytest.mark.parametrize("clock", ["امروز سه‌شنبه ۲۲ آبان ۱۴۰۳", "امروز: ۲۲ عقرب ۱۴۰۳ - ۱۲ نوامبر ۲۰۲۴"])
def test_a_today_widget_never_gives_published_and_yields_to_the_articles_date(clock: str) -> None:
    assert ingest.segment(f"{HEADLINE}\n{clock}\n\n{BODY}\n").record["published"] is None
    text = f"{clock}\n{HEADLINE}\n۱۸ آبان ۱۴۰۳ - ۰۹:۱۰\n\n{BODY}\n"
    assert ingest.segment(text).record["published"] == "2024-11-08"
