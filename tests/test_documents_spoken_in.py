"""A document named before, or named in full, that a preposition of medium governs («در/طی/ضمن (این) بیانیه
…») is where the clause stands; the next document word of the clause is what its verb acts on
(helpers.extract.document_titles.title_spans). An indefinite one («در بیانیه‌ای …») is a statement the
subject speaks through, itself issued, and what its verb publishes is what it says. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("در این بیانیه همچنین طرح صلح منطقه‌ای تصویب شد.", [("طرح صلح منطقه‌ای", "adopted")]),
        ("وزیران در بیانیه نخستین نشست خود بیانیه‌ای صادر کردند.", [("بیانیه‌ای", "issued")]),
        ("در فیصله‌نامه اجلاس پلان انکشافی ولایات منظور گردید.", [("پلان انکشافی ولایات", "approved")]),  # Dari
        ("ضمن این اعلامیه منشور همکاری فرهنگی امضا شد.", [("منشور همکاری فرهنگی", "signed")]),
        ("در اعلامیه پایانی نشست سند همکاری‌های گمرکی نیز تأیید شد.", [("سند همکاری‌های گمرکی", "approved")]),
    ],
)
def test_the_verb_acts_on_the_document_after_the_one_it_stands_in(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("در بیانیه پایانی بر اجرای توافق‌نامه همکاری تأکید شد.", [("بیانیه پایانی", "issued")]),
        ("در قطعنامه‌ای که تصویب شد بر صلح تأکید شد.", [("قطعنامه‌ای", "adopted")]),
        ("در بیانیه‌ای طرح صلح را منتشر کردند.", [("بیانیه‌ای", "issued")]),
        ("طی قطعنامه‌ای برنامه کمک به پناهجویان تأیید شد.", [("قطعنامه‌ای", "issued")]),
    ],
)
def test_a_document_alone_in_its_clause_with_its_own_verb_or_indefinite_stays(text: str, expected: list) -> None:
    assert rows(text) == expected
