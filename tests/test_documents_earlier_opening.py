"""A sentence that opens on a word of an earlier time («پیش از این», «قبلاً») dates every act it tells done, in
whatever clause, before this meeting (helpers.extract.document_cues.EARLIER_START); what it puts forward may
still be this meeting's. Sentences written for these tests."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text",
    [
        "پیش از این کنفرانس سال گذشته در پاریس برگزار شد و پیش‌نویس منشور همکاری منطقه‌ای در آن به تصویب رسید.",
        "قبلاً نشست کارشناسان در وین برگزار شد و سند همکاری گمرکی در آن تأیید شد.",
    ],
)
def test_an_earlier_opening_dates_the_acts_of_every_clause(text: str) -> None:
    assert rows(text) == []


def test_what_it_puts_forward_for_this_meeting_stays() -> None:
    text = "پیش از این پیش‌نویس بیانیه پایانی تهیه شده که در این اجلاس بررسی می‌شود."
    assert [action for _, action in rows(text)] == ["proposed"]


def test_an_act_with_no_earlier_opening_stays() -> None:
    assert rows("وزیران امروز منشور همکاری منطقه‌ای را امضا کردند.") == [("منشور همکاری منطقه‌ای", "signed")]
