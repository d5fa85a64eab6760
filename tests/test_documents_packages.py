"""Packages of measures and guidelines as documents (helpers.extract.document_cues.NOUNS), on sentences
written for these tests: «بسته» with the relational adjective that names its kind («بسته تحریمی/حمایتی …»,
the dev-set README's session-9 decision) and «رهنمودهای …» adopted are rows; what an indefinite document is
against («… جدیدی علیه X») is its subject, not its title; «بسته» as "closed" is none."""

from __future__ import annotations

import pytest
from document_fixtures import rows


def _plain(found: list) -> list:
    return [(t.replace("\u200c", "").replace(" ", ""), a) for t, a in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیران خارجه بسته تحریمی جدیدی را علیه ایران تصویب کردند.", [("بسته تحریمی جدیدی", "adopted")]),
        ("بسته‌های تحریمی نهم و دهم در این نشست تایید شد.", [("بسته‌های تحریمی نهم و دهم", "approved")]),
        ("وزرا بسته‌ی حمایتی را تصویب کردند.", [("بسته‌ی حمایتی", "adopted")]),
        ("بسته اقتصادی سازمان به امضای سران رسید.", [("بسته اقتصادی سازمان", "signed")]),
        ("مجمع رهنمودهای راهبردی شش ساله سازمان را تصویب کرد.", [("رهنمودهای راهبردی شش ساله سازمان", "adopted")]),
        (
            "بررسی و تصویب رهنمودهای راهبردی سازمان و پلان اقدام دوساله از دستور کار مجمع است.",
            [("رهنمودهای راهبردی سازمان", "adopted"), ("پلان اقدام دوساله", "adopted")],
        ),
        ("قطعنامه‌ای علیه اشغالگری تصویب شد.", [("قطعنامه‌ای", "adopted")]),
        ("کنوانسیون مبارزه علیه تروریسم امضا شد.", [("کنوانسیون مبارزه علیه تروریسم", "signed")]),
    ],
)
def test_packages_and_guidelines_are_documents(text: str, expected: list) -> None:
    """Other packages and adjectives, plural, the ezafe «‌ی» written, Dari «پلان اقدام» after guidelines in a
    list, active, passive and «به امضا رسید»; «علیه» ends an indefinite title, not «مبارزه علیه»'s."""
    assert _plain(rows(text)) == _plain(expected)


@pytest.mark.parametrize(
    "text",
    [
        "مرزها در روز نشست بسته شد.",
        "نشست در فضایی بسته و محرمانه تصویب شد.",
        "درهای سالن بسته ماند و وزیران گفتگو کردند.",
    ],
)
def test_closed_is_no_package(text: str) -> None:
    """«بسته» as "closed" (a participle or adjective, no kind after it) names no document."""
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, title",
    [
        ("وزیران گفتند بسته تحریمی (از قبل) آماده شده و امروز تصویب می‌شود.", "بسته تحریمی"),
        ("منشور همکاری (در ده فصل) به امضای سران رسید.", "منشور همکاری"),
        ("نقشه راه کریدور میانی (کریدور ترانس خزر) امضا شد.", "نقشه راه کریدور میانی (کریدور ترانس خزر)"),
    ],
)
def test_an_aside_in_parentheses_ends_a_title(text: str, title: str) -> None:
    """An aside that opens with a preposition is no part of the name; a parenthesized other name is."""
    assert [t.replace("\u200c", "") for t, _ in rows(text)] == [title.replace("\u200c", "")]
