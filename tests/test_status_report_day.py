"""The report's own day written as a date: a meeting said to be held on the day the report was
published is held today (attendees.dated_days, occasions.frame), so presence stated in the present
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


@pytest.mark.parametrize(
    "held",
    [
        "سخنگوی دبیرخانه روز دوشنبه سوم آذر ۱۴۰۴ اعلام کرد اجلاس سران روز چهارشنبه در لندن برگزار می‌شود.",
        "وزارت خارجه امروز گفت نشست وزیران روز ۳۰ نوامبر ۲۰۲۵ در ژنو برگزار می‌گردد.",
        "دفتر ریاست جمهوری امروز دوشنبه ۳ قوس ۱۴۰۴ خبر داد که همایش سران از ۵ قوس در کابل دایر میشود.",
        "امروز اعلام شد اجلاس سران روز سه‌شنبه چهارم آذر ۱۴۰۴ در تهران تشکیل می‌شود.",
    ],
    ids=["announced-today-for-wednesday", "said-today-gregorian-later", "dari-announced-lost-zwnj", "jalali-next-day"],
)
@pytest.mark.parametrize("present", PRESENT, ids=["delegation-present", "take-part", "are-in-it"])
def test_a_day_nearer_the_verb_than_today_is_the_meetings_day(held: str, present: str) -> None:
    assert status_of(held, present) == "expected"


@pytest.mark.parametrize(
    "held",
    [
        "سخنگوی دبیرخانه روز شنبه اول آذر ۱۴۰۴ اعلام کرد اجلاس سران امروز در لندن برگزار می‌شود.",
        "وزارت خارجه روز ۲۰ نوامبر ۲۰۲۵ گفت نشست وزیران روز ۲۴ نوامبر ۲۰۲۵ در ژنو برگزار می‌گردد.",
    ],
    ids=["announced-earlier-held-today", "gregorian-announced-earlier"],
)
def test_an_earlier_day_of_announcing_leaves_today_the_meetings_day(held: str) -> None:
    assert status_of(held, PRESENT[0]) == "attended"


PLAN = f"{A_FULL} در نشست سران سخنرانی می‌کند."


def test_a_report_that_tells_the_meeting_held_and_never_to_come_is_written_while_it_runs() -> None:
    """The report's time is the page's: a plan told before the sentence that says the meeting has begun is an act
    later in the meeting under way (README, session 6), not a plan of a meeting to come."""
    assert status_of(PLAN, "اجلاس سران امروز در تاشکند آغاز شد.") == "attended"


@pytest.mark.parametrize(
    "held",
    [
        "نخستین نشست سران این سازمان در سپتامبر ۲۰۲۱ در عشق‌آباد برگزار شد.",
        "پیش از آغاز اجلاس سران چند نشست کمیته فنی در تاشکند برگزار شد.",
    ],
    ids=["earlier-year", "before-its-start"],
)
def test_a_meeting_held_in_an_earlier_year_or_before_the_start_says_nothing_of_this_one(held: str) -> None:
    """A meeting told held in a clause dated to an earlier year is an earlier one, and meetings held before the
    start of this one prepare it: neither tells this meeting under way, so the plan stays a plan."""
    assert status_of(PLAN, held) == "expected"
