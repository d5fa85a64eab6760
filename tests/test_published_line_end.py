"""Session 20 (issue #11): a dateline run onto the end of a header line (a page that lost its line breaks
joins the headline and the date under it): the longest tail of the line holding only a date and its
furniture, kept when that furniture is a clock or a publication label, in any calendar and numeric form.
With look-alikes that must not set the publication date. Every line here is written for the test."""

from __future__ import annotations

import pytest

from helpers.dates.dateline import trailing_dateline
from helpers.text import ingest

HEADLINE = "وزیران خارجه کشورهای عضو سازمان نمونه درباره ترانزیت گفت‌وگو کردند"
BODY = "وزیران خارجه کشورهای عضو روز گذشته در نشستی دوروزه درباره همکاری‌های منطقه‌ای گفت‌وگو کردند."
BODY2 = "نشست بعدی این سازمان سال آینده در پایتخت یکی از کشورهای عضو برگزار خواهد شد."


@pytest.mark.parametrize(
    ("tail", "iso"),
    [
        ("۱۲ آذر ۱۴۰۳ - ۰۹:۳۰", "2024-12-02"),  # Jalali with its clock
        ("سه‌شنبه ۱۲ قوس ۱۴۰۳، ساعت ۰۹:۳۰", "2024-12-02"),  # an Afghan solar month, a weekday, «ساعت»
        ("۱۴۰۳/۰۹/۱۲ ۰۹:۳۰", "2024-12-02"),  # numeric, year first
        ("Dec 1, 2026 – 09:30", "2026-12-01"),  # an English date in a Persian page
        ("1 دسامبر 2026 ، ساعت 12:00", "2026-12-01"),  # Gregorian in Persian with Latin digits
        ("تاریخ انتشار: ۱۲ قوس، ۱۴۰۳", "2024-12-02"),  # a publication label, no clock
        ("۱۰:۴۵ - ۱۲ ربیع الثانی ۱۴۴۶", "2024-10-15"),  # the clock first, a Hijri date
    ],
)
def test_a_dateline_ending_the_headline_dates_the_page(tail: str, iso: str) -> None:
    line = f"{HEADLINE} {tail}"
    found = trailing_dateline(line)
    assert found is not None and found.date.isoformat() == iso
    page = f"{line}\n\n{BODY}\n\n{BODY2}\n"
    assert ingest.segment(page).record["published"] == iso


@pytest.mark.parametrize(
    "line",
    [
        "نشست سران کشورهای عضو ۱۲ آذر ۱۴۰۳",  # a headline's own event date: no clock, no label
        "نشست بعدی وزیران در ۱۲ آذر ۱۴۰۳ ساعت ۱۰:۳۰",  # after a preposition: the sentence's time
        "نشست بعدی وزیران برگزار می‌شود روز ۱۲ آذر ۱۴۰۳ ساعت ۱۰:۳۰",  # «روز …»: the sentence's day
        "وزیران گفتند امروز ۱۲ آذر ۱۴۰۳ ساعت ۱۰:۳۰",  # «امروز …»: the sentence's day
        "زمان برگزاری: ۱۲ آذر ۱۴۰۳ ساعت ۱۰:۳۰",  # another thing's date, labelled as such
        "۱۲ آذر ۱۴۰۳ - ۰۹:۳۰",  # a dateline alone: read as a line of its own, not a tail
    ],
)
def test_no_dateline_at_the_lines_end(line: str) -> None:
    assert trailing_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("۱۲ آذر ۱۴۰۳ در ساعت ۰۹:۳۰", "2024-12-02"),
        ("سه‌شنبه ۱۲ قوس ۱۴۰۳ در ساعت ۹:۳۰ صبح", "2024-12-02"),
        ("Dec 1, 2026 at 9:30 am", "2026-12-01"),
        ("۱۲ آذر ۱۴۰۳ - ساعت: ۰۹:۳۰", "2024-12-02"),  # «ساعت» as the clock's label
    ],
)
def test_a_clock_with_its_word_before_it_is_the_datelines(line: str, iso: str) -> None:
    for page in (f"{HEADLINE}\n\n{line}\n\n{BODY}\n\n{BODY2}\n", f"{HEADLINE}\n\n{BODY}\n\n{BODY2}\n\n{line}\n"):
        assert ingest.segment(page).record["published"] == iso


def test_a_sentence_giving_a_meetings_day_and_hour_is_no_dateline() -> None:
    page = f"{HEADLINE}\n\nنشست بعدی ۱۲ آذر ۱۴۰۳ در ساعت ۱۰:۳۰ برگزار می‌شود.\n\n{BODY}\n\n{BODY2}\n"
    assert ingest.segment(page).record["published"] is None


@pytest.mark.parametrize(
    "opening",
    [
        "بتاریخ ۴ اپریل ۲۰۲۶ (۱۵ حمل ۱۴۰۵) نشستی در سطح بلند در کابل برگزار شد.",  # «ب» glued to «تاریخ»
        "بتاریخ ۱۲ قوس ۱۴۰۳ وزیران خارجه کشورهای عضو در کابل گرد آمدند.",
    ],
)
def test_a_paragraph_opening_on_the_date_of_what_it_tells_is_no_dateline(opening: str) -> None:
    page = f"{HEADLINE}\n\n{opening}\n\n{BODY}\n\n{BODY2}\n"
    assert ingest.segment(page).record["published"] is None


@pytest.mark.parametrize(
    "headline",
    [
        "نشست وزیران خارجه کشورهای عضو، سه‌شنبه ۱۲ آذر ۱۴۰۳ ساعت ۱۰:۳۰",  # a meeting announced for a day and hour
        "دیدار رئیس‌جمهور با سفیران کشورهای عضو ۱۲ قوس ۱۴۰۳ - ۱۶:۰۰",
    ],
)
def test_a_day_and_hour_after_a_noun_is_an_events(headline: str) -> None:
    assert trailing_dateline(headline) is None
    page = f"{headline}\n\n{BODY}\n\n{BODY2}\n"
    assert ingest.segment(page).record["published"] is None
