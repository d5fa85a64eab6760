"""Session 12: a title whose last field is an ISO date («<headline> - 2004-06-11», as an archive lists its
stories) dates the page when nothing else does; a weekday glued to «روز» («روزپنجشنبه», as old pages that lost
their spaces print it) is a weekday. With look-alikes. Every line here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.contracts import Calendar
from helpers.dates import find_dates
from helpers.dates.dateline import title_date
from helpers.text import ingest

BODY = "وزیران خارجه کشورهای عضو در این نشست درباره ترانزیت و تجارت منطقه‌ای گفت‌وگو کردند."
BODY2 = "نشست بعدی این سازمان سال آینده در تاشکند برگزار خواهد شد و دبیرکل گزارش کار را ارائه می‌کند."


@pytest.mark.parametrize(
    "title",
    [
        "نشست سران به پایان رسید - 2004-06-11",
        "اجلاس وزیران در کابل برگزار شد – ۲۰۰۴-۰۶-۱۱",
        "Leaders end the summit | 2004-06-11",
    ],
)
def test_a_title_ending_in_an_iso_date_dates_the_page(title: str) -> None:
    assert title_date(title) is not None
    page = f"{title}\n\n{BODY}\n\n{BODY2}\n"
    assert ingest.segment(page).record["published"] == "2004-06-11"


@pytest.mark.parametrize(
    "title",
    [
        "اجلاس سران - ۱۱ خرداد ۱۳۸۳",  # a written date after a title is the event's
        "نشست سران 2004-06-11 در جزیره برگزار شد",  # not the title's last field
        "نشست سران - 2004-13-40",  # no such day
        "2004-06-11",  # no title before it
    ],
)
def test_no_title_date(title: str) -> None:
    assert title_date(title) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("رئیس جمهور روزپنجشنبه در نشست خبری گفت", dt.date(2004, 6, 10)),
        ("وزیر روزچهارشنبه به خبرنگاران گفت", dt.date(2004, 6, 9)),
        ("نشست روزسه شنبه آینده برگزار می‌شود", None),  # read by the rule for a weekday with a direction
    ],
)
def test_a_weekday_glued_to_ruz_is_a_weekday(text: str, day: dt.date | None) -> None:
    found = [m for m in find_dates(text, dt.date(2004, 6, 11), Calendar.JALALI) if m.relative]
    assert found
    if day is not None:
        assert found[0].start == day


def test_a_word_ending_in_ruz_before_a_weekday_is_no_weekday() -> None:
    assert [m for m in find_dates("جشن نوروزشنبه", dt.date(2004, 6, 11), Calendar.JALALI) if m.relative] == []
