"""A planned meeting with a list of people («با X و Y دیدار خواهد کرد»): every item the preposition governs
is the one met, not a subject with a plan of their own (#11 session 10), and shares the subject's plan (README,
session 11: talks planned on the sidelines or on the trip to the meeting's city state the presence of both),
on sentences written for these tests (invented names, real titles); look-alikes where the talks are set after
the meeting or a new clause starts."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses

BEFORE = "اجلاس سران سازمان همکاری شانگهای فردا در آستانه برگزار می‌شود."
C = "کامران رحیموف"
C_FULL = f"{C} وزیر امور خارجه تاجیکستان"
D = "سهراب قاسموف"


@pytest.mark.parametrize(
    "text",
    [
        f"{C_FULL} در این سفر با {A_FULL} و {B_FULL} دیدار خواهد کرد.",
        f"{C_FULL} در این سفر با «{A}» رئیس‌جمهور و «{B}» نخست‌وزیر ازبکستان دیدار و گفت‌وگو خواهد کرد.",
        f"طبق برنامه {C_FULL} با {A_FULL}، {D} و {B_FULL} ملاقات خواهد نمود.",
        f"قرار است {C_FULL} در پایتخت با {A_FULL} و {B_FULL} گفت وگو کند.",
        f"{C_FULL} با {A_FULL} و {B_FULL} درباره روابط دوجانبه ملاقات خواهد کرد.",
    ],
    ids=["will-meet", "quoted-titles-dari-pair", "comma-list-dari-namud", "plan-lost-zwnj", "will-see-about"],
)
def test_everyone_a_planned_meeting_is_with_shares_the_plan(text: str) -> None:
    got = statuses(BEFORE, text)
    assert got[C][0] == "expected"
    assert got[A] == ("expected", "planned")
    assert got[B] == ("expected", "planned")


@pytest.mark.parametrize(
    "text",
    [
        f"{C_FULL} هفته آینده با {A_FULL} و {B_FULL} دیدار خواهد کرد.",
        f"{C_FULL} پس از پایان اجلاس با «{A}» رئیس‌جمهور و «{B}» نخست‌وزیر ازبکستان گفت‌وگو می‌کند.",
        f"قرار است {C_FULL} بعد از بازگشت با {A_FULL} و {B_FULL} ملاقات نماید.",
        f"{C_FULL} ماه بعد با {A_FULL}، {D} و {B_FULL} ملاقات خواهد نمود.",
        f"{C_FULL} با {A_FULL} و {B_FULL} گفتگوی تلفنی خواهد داشت.",
    ],
    ids=["next-week", "after-the-meeting-quoted", "after-return-dari", "next-month-list", "by-phone"],
)
def test_talks_set_after_the_meeting_leave_everyone_met_mentioned(text: str) -> None:
    got = statuses(BEFORE, text)
    assert got[A] == ("mentioned", None)
    assert got[B] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"{C_FULL} در حاشیه اجلاس با {A_FULL} و {B_FULL} دیدار خواهد کرد.",
        f"{C_FULL} با {A_FULL} و {B_FULL} در این اجلاس شرکت خواهد کرد.",
    ],
    ids=["sidelines", "together-at-the-meeting"],
)
def test_a_list_met_or_accompanying_at_the_meeting_is_expected(text: str) -> None:
    got = statuses(BEFORE, text)
    assert got[A][0] == "expected"
    assert got[B][0] == "expected"


def test_a_new_clause_after_the_one_met_keeps_its_subject() -> None:
    got = statuses(BEFORE, f"{C_FULL} با {A_FULL} دیدار خواهد کرد و {B_FULL} در این اجلاس سخنرانی خواهد کرد.")
    assert got[A] == ("expected", "planned")
    assert got[B][0] == "expected"


@pytest.mark.parametrize(
    "text",
    [
        f"{C_FULL} قرار است در حاشیه این نشست، با {A_FULL} دیدار کند.",
        f"{C_FULL} در حاشیه این نشست، با «{A}» رئیس‌جمهور ازبکستان دیدار خواهد کرد.",
        f"{C_FULL} قرار است در حاشیه این نشست، با {A_FULL} ملاقات نماید.",
        f"{C_FULL} قرار است در حاشیه این نشست، با {A_FULL} گفتگو کند.",
        f"{C_FULL} در حاشیه اجلاس، با {A_FULL} و {B_FULL} دیدار خواهد کرد.",
    ],
    ids=["plan", "quoted-will-meet", "dari-namayad", "lost-zwnj", "a-list"],
)
def test_the_sidelines_set_off_by_a_comma_still_place_the_one_to_be_met(text: str) -> None:
    got = statuses(BEFORE, text)
    assert got[A][0] == "expected"
    if B in got:
        assert got[B][0] == "expected"


@pytest.mark.parametrize(
    "text",
    [
        f"{C_FULL} قرار است در سفر به پایتخت، با {A_FULL} دیدار کند.",
        f"{C_FULL} قرار است در حاشیه سفر، با {A_FULL} دیدار کند.",
    ],
    ids=["a-trip-set-off", "sidelines-of-a-trip"],
)
def test_a_comma_after_another_place_does_not_place_the_one_met(text: str) -> None:
    assert statuses(BEFORE, text)[A] == ("mentioned", None)
