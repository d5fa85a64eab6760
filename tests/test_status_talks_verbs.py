"""Talks told with a verb («با X دیدار کرد», «با X به گفت‌وگو نشست», «دیداری دوجانبه با X داشت»): in a
report of the meeting under way or over, the one met was there as well as the one who met them (README,
sessions 10-11: talks on the sidelines, or in the meeting's city on its days, place both), unless the
sentence sets the talks apart (a call, an earlier time: «پیش از این», but not «پیش از این دیدار», before
the talks just told). The verbs of the class: a sitting down to talks, the talks noun apart from its
light verb, talks first named and then told, two talks nouns on one light verb («دیدار و گفت‌وگویی …
داشت»), a bilateral manner, a body meeting on its own («تشکیل جلسه دادند»), and talks planned with
«مذاکره». Sentences written for these tests (invented names, real titles), several verbs, orders, Dari
wording and lost ZWNJ."""

from __future__ import annotations

import pytest
from test_status import statuses

UNDER_WAY = "اجلاس وزیران خارجه سازمان همکاری اقتصادی امروز در تهران آغاز شد."
OVER = "نشست سران گروه بیست دیروز در اوزاکا به کار خود پایان داد."
BEFORE = "نشست وزیران خارجه سازمان همکاری اسلامی هفته آینده در جده برگزار خواهد شد."
A = "بختیار نورالدینوف"
B = "اولریش هافمن"
C = "پدرو آلمیدا"
A_FULL = f"{A} وزیر امور خارجه ازبکستان"
B_FULL = f"{B}، وزیر خارجه آلمان،"
C_FULL = f"{C} نخست‌وزیر پرتغال"


@pytest.mark.parametrize(
    "report, text",
    [
        (UNDER_WAY, f"{A_FULL} با {B_FULL} دیدار و گفتگو کرد."),
        (UNDER_WAY, f"{A_FULL} همچنین دیداری دوجانبه با {B_FULL} داشت."),  # the noun apart from its verb
        (OVER, f"{A} در ضیافت شام روز پنجشنبه با {B_FULL} به گفت‌وگو نشست."),  # a sitting down to talks
        (OVER, f"{A_FULL} به طور جداگانه با {B_FULL} رایزنی کرد."),
        (UNDER_WAY, f"{A_FULL} با {B_FULL} به صورت دوجانبه گفتوگو کرده است."),  # bilateral; lost ZWNJ
        (OVER, f"{A_FULL} با {B_FULL} ملاقات نمود و دربارهٔ همکاری‌ها تبادل نظر کرد."),  # Dari light verb
        (UNDER_WAY, f"{A_FULL} پیش از این دیدار با {B_FULL} دیدار کرده بود."),  # before the talks just told
        (OVER, f"{A_FULL} با {B_FULL} دیدار و گفت‌وگویی صمیمی داشت."),  # both nouns on one light verb
        (UNDER_WAY, f"{A_FULL} و {B_FULL} دیدار و گفت‌وگوی جداگانه‌ای داشتند."),
    ],
    ids=[
        "met-and-talked",
        "noun-apart",
        "sat-to-talks",
        "separately",
        "bilateral",
        "dari-verb",
        "before-these-talks",
        "two-nouns-one-verb",
        "two-nouns-listed",
    ],
)
def test_the_one_met_in_talks_at_the_meeting_was_there(report: str, text: str) -> None:
    got = statuses(report, text)
    assert (got[A][0], got[B][0]) == ("attended", "attended")


def test_talks_told_first_as_a_meeting_then_as_talks_place_everyone_listed() -> None:
    text = f"{A}، {C} و {B} روز سه‌شنبه در حاشیه این اجلاس که هم‌اکنون در جریان است دیدار و دربارهٔ تجارت گفتگو کردند."
    got = statuses(UNDER_WAY, text)
    assert {got[A][0], got[B][0], got[C][0]} == {"attended"}


def test_some_of_the_participants_meeting_as_a_body_of_their_own_were_there() -> None:
    got = statuses(OVER, f"روز گذشته {A_FULL} و {C_FULL} برای هماهنگی مواضع خود تشکیل جلسه دادند.")
    assert (got[A][0], got[C][0]) == ("attended", "attended")


@pytest.mark.parametrize(
    "text",
    [
        f"قرار است وزیران خارجه عضو، با {B_FULL} نیز مذاکره کنند.",
        f"{A_FULL} در این نشست با {B_FULL} مذاکره خواهد کرد.",
    ],
    ids=["plan-word", "future"],
)
def test_negotiations_planned_at_the_meeting_are_a_planned_presence(text: str) -> None:
    assert statuses(BEFORE, text)[B][0] == "expected"


@pytest.mark.parametrize(
    "report, text",
    [
        (UNDER_WAY, f"{A_FULL} در تماسی تلفنی با {B_FULL} دیدار و گفتگو کرد."),  # a call
        (UNDER_WAY, f"{A_FULL} پیش از این با {B_FULL} دیدار کرده بود."),  # an earlier time
        (UNDER_WAY, f"{A_FULL} با {B_FULL} گفتگو کرد."),  # a bare «گفتگو کرد» may be an interview
    ],
    ids=["phone", "earlier", "bare-talk"],
)
def test_the_one_met_elsewhere_or_earlier_stays_mentioned(report: str, text: str) -> None:
    assert statuses(report, text)[B][0] == "mentioned"
