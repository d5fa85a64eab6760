"""The report's own day written as a date: a meeting said to be held on the day the report was
published is held today (attendees.dated_today, occasions.frame), so presence stated in the present
there is presence, not a plan. Written sentences, not page text."""

from __future__ import annotations

import datetime as dt

import pytest
from test_attendees import by_name, sentences
from test_status import A_FULL, B_FULL, A

from helpers.extract import extract_all

MONDAY = dt.date(2025, 11, 24)  # 3 Azar (Dari: Qaws) 1404


def status_of(*texts: str, published: dt.date | None = MONDAY) -> str:
    return by_name(extract_all(sentences(*texts), published)["attendees"])[A]["status"]


PRESENT = [
    f"هیئتی به ریاست {A_FULL} در این اجلاس حضور دارند.",
    f"{A_FULL} و {B_FULL} در این نشست شرکت دارند.",
    f"{A_FULL} در این همایش هستند.",
]


@pytest.mark.parametrize(
    "held",
    [
        "اجلاس مجمع سازمان از روز دوشنبه سوم آذر ۱۴۰۴ در لندن برگزار می‌شود.",
        "نشست وزیران روز ۲۴ نوامبر ۲۰۲۵ در ژنو برگزار می‌گردد.",
        "همایش سران از ۳ قوس ۱۴۰۴ به مدت دو روز در کابل دایر می‌شود.",
        "اجلاس سران در تاریخ ۳ آذر ۱۴۰۴ در تهران تشکیل میشود.",
    ],
    ids=["jalali-from-monday", "gregorian-day", "dari-month-two-days", "lost-zwnj"],
)
@pytest.mark.parametrize("present", PRESENT, ids=["delegation-present", "take-part", "are-in-it"])
def test_a_meeting_held_on_the_reports_day_is_held_today(held: str, present: str) -> None:
    assert status_of(held, present) == "attended"


@pytest.mark.parametrize(
    "held, published",
    [
        ("اجلاس مجمع سازمان از روز سه‌شنبه چهارم آذر ۱۴۰۴ در لندن برگزار می‌شود.", MONDAY),
        ("نشست وزیران روز ۳۰ نوامبر ۲۰۲۵ در ژنو برگزار می‌گردد.", MONDAY),
        ("اجلاس مجمع سازمان از روز دوشنبه سوم آذر ۱۴۰۴ در لندن برگزار می‌شود.", None),
    ],
    ids=["the-next-day", "a-later-week", "no-publication-date"],
)
def test_a_meeting_on_another_day_or_of_no_known_report_day_is_still_to_come(
    held: str, published: dt.date | None
) -> None:
    assert status_of(held, PRESENT[0], published=published) == "expected"
