"""An Arabic adverb in tanwin («رسماً», «شخصاً», «مجدداً»), hazm's ADV words spelt with «ً», is no name's
word, with its tanwin kept or lost: after a role title it is the verb's adverb, not the holder's name.
Sentences written for these tests (invented people, real titles)."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text",
    [
        "پادشاه اردن رسماً از رئیس‌جمهور لبنان خواست در نشست شرکت کند.",
        "رئیس‌جمهور مالی شخصا در اجلاس سخنرانی کرد.",
        "امیر کویت مجدداً بر حمایت از فلسطین تأکید کرد.",
    ],
)
def test_a_tanwin_adverb_after_a_role_is_no_name(text: str) -> None:
    assert names_in(text) == []


def test_a_name_after_the_adverb_is_still_read() -> None:
    assert names_in("وزیر خارجه گرجستان رسماً گیورگی تسرتلی را به نشست دعوت کرد.") == ["گیورگی تسرتلی"]
