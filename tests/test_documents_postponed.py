"""An action on a document put off («صدور X را به تعویق انداختند», «امضای X به هفته آینده موکول شد»): the
document is still to come (proposed), not issued or signed; a past verb of its own before the postponement
keeps its action. Sentences written for these tests (helpers.extract.document_cues.DOC_FUTURE)."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیران صدور بیانیه مشترک را تا فردا به تعویق انداختند.", ("بیانیه مشترک", "proposed")),
        ("امضای موافقت‌نامه تجارت آزاد به تعویق افتاد.", ("موافقت‌نامه تجارت آزاد", "proposed")),
        ("تصویب قطعنامه جدید به جلسه بعدی موکول شد.", ("قطعنامه جدید", "proposed")),
        ("انتشار بیانیه های رسمی نشست به دلیل حادثه به تعویق افتاده است.", ("بیانیه‌های رسمی نشست", "proposed")),
    ],
)
def test_a_postponed_action_leaves_the_document_to_come(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "با امضای موافقت‌نامه تجارت آزاد، سفر به پایان رسید و نشست بعدی به تعویق افتاد.",
            ("موافقت‌نامه تجارت آزاد", "signed"),
        ),
        ("صدور بیانیه مشترک انجام شد.", ("بیانیه مشترک", "issued")),
    ],
)
def test_a_postponement_after_a_past_verb_is_another_clause(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]
