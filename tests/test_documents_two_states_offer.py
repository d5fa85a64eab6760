"""Two states that put a document forward to the meeting propose it (the dev-set README: a delegation's papers
put to the meeting are proposed by it); two states that sign one between them make it bilateral
(helpers.extract.document_outside.two_states). Sentences written for these tests."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("فرانسه و آلمان طرحی را برای اصلاح قوانین بودجه ارائه کرده‌اند.", "طرحی"),
        ("ترکیه و آذربایجان سند همکاری منطقه‌ای را به نشست تقدیم کردند.", "سند همکاری منطقه‌ای"),
        ("چین و روسیه قطعنامه‌ای را به شورا پیشنهاد خواهند کرد.", "قطعنامه‌ای"),
    ],
)
def test_a_document_two_states_put_forward_is_proposed(text: str, expected: str) -> None:
    assert rows(text) == [(expected, "proposed")]


@pytest.mark.parametrize(
    "text",
    [
        "ایران و ترکمنستان تفاهم‌نامه‌ای امضا کردند.",
        "ایران و روسیه تفاهم‌نامه‌ای امضا کردند و پیشنهادهای خود را ارائه کردند.",  # an offer in another clause
    ],
)
def test_a_document_two_states_sign_stays_bilateral(text: str) -> None:
    assert rows(text) == []
