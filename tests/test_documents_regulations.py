"""Regulations and statutes adopted or signed at the meeting are documents (the lead's session-7
decision h), and a list item may carry an action noun of its own («…، تصویب مقررات سازمان، …»), whose
document takes the list's verb; unnamed decisions named only by what they are for are no rows. On
sentences written for these tests."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "در این نشست آیین‌نامه مالی، اساسنامه دبیرخانه و مقررات سازمان تصویب شد.",
            [("آیین‌نامه مالی", "adopted"), ("اساسنامه دبیرخانه", "adopted"), ("مقررات سازمان", "adopted")],
        ),
        ("وزیران مقررات گمرکی مشترک را امضا کردند.", [("مقررات گمرکی مشترک", "signed")]),
        ("مقررات مالی دبیرخانه به تصویب خواهد رسید.", [("مقررات مالی دبیرخانه", "proposed")]),
        ("وزیران درباره مقررات گمرکی گفتگو کردند.", []),
    ],
)
def test_regulations_are_documents(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "همچنین سند همکاری گمرکی، تفاهم‌نامه ترانزیت، تصویب مقررات سازمان و راه‌اندازی صندوق امضا شد.",
            ["سند همکاری گمرکی", "تفاهم‌نامه ترانزیت", "مقررات سازمان", "راه‌اندازی صندوق"],
        ),
        (
            "سران منشور انرژی، امضای پروتکل گمرکی و برنامه اقدام را تأیید کردند.",
            ["منشور انرژی", "پروتکل گمرکی", "برنامه اقدام"],
        ),
    ],
)
def test_an_item_with_an_action_noun_of_its_own_takes_the_lists_verb(text: str, expected: list) -> None:
    """The title before such an item ends at its comma; the item's document has the verb's action."""
    found = rows(text)
    assert [t for t, _ in found] == expected
    assert len({a for _, a in found}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "تصمیمات لازم برای انتصاب دبیرکل گرفته شد.",
        "وزیران تصمیمات لازم جهت اجرای طرح‌ها را اتخاذ کردند.",
    ],
)
def test_decisions_named_only_by_their_purpose_are_no_rows(text: str) -> None:
    assert rows(text) == []
