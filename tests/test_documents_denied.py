"""A final statement whose verb is negated, in any tense and with any light verb (read off hazm's
Lemmatizer: helpers.text.verbs.negated), or that the meeting ends without, is no row. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from document_fixtures import rows

from helpers.text.verbs import first_verb, negated


@pytest.mark.parametrize(
    "text",
    [
        "گفته می‌شود اجلاس امسال بیانیه پایانی نخواهد داشت.",
        "بیانیه مشترک نشست وزیران تا کنون صادر نشده است.",
        "اعلامیه نهایی اجلاس منتشر نمی‌شود.",
        "اعلامیه نهایی اجلاس منتشر نميشود.",  # lost ZWNJ, Arabic yeh
        "اعلامیه مشترک نشر نگردید.",  # Dari
        "نشست بدون دستیابی به بیانیه مشترک پایان یافت.",
        "اجلاس بدون رسیدن به اعلامیه پایانی به کار خود پایان داد.",
    ],
)
def test_a_final_statement_denied_is_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("در بیانیه پایانی این نشست، وزیران بر همکاری تأکید کردند.", [("بیانیه پایانی", "issued")]),
        ("بیانیه مشترک منتشر شد و هیچ کشوری آن را رد نکرد.", [("بیانیه مشترک", "issued")]),
        ("بیانیه پایانی نشست فردا منتشر خواهد شد.", [("بیانیه پایانی نشست", "proposed")]),
        ("کانادا از بیانیه مشترک نشست حمایت نکرد.", [("بیانیه مشترک نشست", "issued")]),  # a complement's verb
    ],
)
def test_a_negated_verb_of_another_clause_or_the_meeting_noun_denies_nothing(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, denied",
    [("منتشر نشد", True), ("نخواهد داشت", True), ("صادر نمی‌شود", True), ("امضا نمودند", False), ("آنها نشست", False)],
)
def test_negation_is_read_off_the_verb_not_its_first_letter(text: str, denied: bool) -> None:
    verb = first_verb(text, 0, len(text))
    assert verb is not None and negated(verb) is denied
