"""An office of the organization taken up later (`incoming`, README): assuming a post («احراز سمت») or
beginning one's work in an office still to come («X به عنوان / به حیث دبیرکل کارش را آغاز کند»), on
sentences written for these tests (invented names, real titles); look-alikes in the meeting's own office,
work begun already, and an office ending."""

from __future__ import annotations

import pytest
from test_status import A_FULL, A, statuses


@pytest.mark.parametrize(
    "text",
    [
        f"قرار است تا سه ماه دیگر {A_FULL} به حیث دبیرکل این سازمان کارش را آغاز کند.",
        f"{A_FULL} به عنوان دبیرکل سازمان همکاری شانگهای کار خود را آغاز خواهد کرد.",
        f"{A_FULL} از ماه آینده به سمت دبیرکل ناتو کار خویش را شروع می‌کند.",
        f"به {A_FULL} به جهت احراز سمت جدید دبیرکلی سازمان تبریک می‌گویم.",
        f"{A_FULL} پس از احراز مقام ریاست کمیسیون سخن گفت.",
    ],
    ids=["dari-be-hays-plan", "will-begin", "next-month-present-lost-zwnj", "assuming-the-post", "assuming-post-then"],
)
def test_an_office_taken_up_later_is_incoming(text: str) -> None:
    assert statuses(text)[A][0] == "incoming"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} به عنوان رئیس نشست کار خود را آغاز می‌کند.",
        f"{A_FULL} به عنوان دبیرکل کار خود را آغاز کرد.",
        f"قرار است کار {A_FULL} به عنوان دبیرکل سازمان تا سه ماه دیگر پایان یابد.",
    ],
    ids=["the-meetings-own-chair", "begun-already", "an-office-ending"],
)
def test_look_alikes_are_not_incoming(text: str) -> None:
    assert statuses(text)[A][0] != "incoming"
