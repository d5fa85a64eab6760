"""An indefinite document noun goes on over a compound adjective that has no «ی» to show it
(document_bounds.INDEFINITE_GOES_ON): a negated or opposing one («غیر/ضد …») and one made with a
present stem («… ‌آور/‌آمیز/‌ساز/‌پذیر»), joined, written apart or with the ZWNJ lost.

Sentences written for these tests; none is taken from a page."""

from __future__ import annotations

import pytest
from document_fixtures import rows

from helpers.contracts import Action
from helpers.extract.document_sameness import title_words


@pytest.mark.parametrize(
    "text, title, action",
    [
        ("در پایان نشست قطعنامه‌ای غیرالزام‌آور صادر خواهد شد.", "قطعنامه‌ای غیرالزام‌آور", Action.PROPOSED),
        ("در پایان نشست قطعنامه ای غیر الزام آور صادر خواهد شد.", "قطعنامه‌ای غیر الزام‌آور", Action.PROPOSED),
        ("وزیران قطعنامه‌ای غیر رسمی تصویب کردند.", "قطعنامه‌ای غیر رسمی", Action.ADOPTED),  # another verb
        ("شورای امنیت قطعنامه‌ای ضد تروریسم تصویب کرد.", "قطعنامه‌ای ضد تروریسم", Action.ADOPTED),
        ("سران تفاهم‌نامه‌ای سرنوشت ساز امضا کردند.", "تفاهم‌نامه‌ای سرنوشت‌ساز", Action.SIGNED),
        ("وزیران خارجه بیانیه‌ای تحریک‌آمیز صادر کردند.", "بیانیه‌ای تحریک‌آمیز", Action.ISSUED),
        ("اعضا کنوانسیونی الزام‌آور امضا خواهند کرد.", "کنوانسیونی الزام‌آور", Action.PROPOSED),
    ],
)
def test_compound_adjective_stays_in_the_title(text: str, title: str, action: Action) -> None:
    assert rows(text) == [(title, action)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # «غیر از» (other than) is a preposition, not a negated adjective
        (
            "وزیران قطعنامه‌ای غیر از بیانیه پایانی تصویب کردند.",
            [("قطعنامه‌ای", Action.ADOPTED), ("بیانیه پایانی", Action.ISSUED)],
        ),
        ("وزیران بیانیه‌ای درباره غزه صادر کردند.", [("بیانیه‌ای", Action.ISSUED)]),  # what it is about
        ("سران بیانیه‌ای بیرون از دستور کار امضا کردند.", [("بیانیه‌ای", Action.SIGNED)]),
    ],
)
def test_look_alikes_end_after_the_noun(text: str, expected: list[tuple[str, Action]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "a, b",
    [
        ("قطعنامه ای غیر الزام آور", "قطعنامه‌ای غیر الزام‌آور"),
        ("بیانیه سرنوشت ساز", "بیانیه سرنوشت‌ساز"),
        ("طرحی انعطاف پذیر", "طرحی انعطاف‌پذیر"),
        ("طرح همه جانبه صلح", "طرح همه‌جانبه صلح"),  # «‌جانبه»: sides
        ("بیانیه سه جانبه", "بیانیه سه‌جانبه"),
        ("سند اهداف دوگانه", "سند اهداف دو گانه"),  # «‌گانه»: parts
    ],
)
def test_a_compound_adjective_is_one_word_however_written(a: str, b: str) -> None:
    assert title_words(a) == title_words(b)
