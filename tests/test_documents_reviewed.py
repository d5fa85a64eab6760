"""Counted documents a meeting reviews are put forward, not yet adopted: proposed (document_offers.put_forward,
cues.DRAFT_VERB): «بررسی/ارزیابی/بازبینی شد» and the compound «مورد بررسی قرار گرفت/داد» in any tense.

Sentences written for these tests; none is taken from a page."""

from __future__ import annotations

import pytest
from document_fixtures import rows

from helpers.contracts import Action


@pytest.mark.parametrize(
    "text, title",
    [
        ("در این کمیته، ۱۴ قطعنامه در موضوعات مختلف مورد بررسی قرار گرفت.", "۱۴ قطعنامه"),
        ("در این کمیته ۱۲ قطعنامه مورد بررسی و بازبینی قرار گرفت.", "۱۲ قطعنامه"),
        ("در نشست فردا ده سند همکاری مورد بررسی قرار خواهد گرفت.", "ده سند همکاری"),  # future
        ("در نشست امروز پنج سند همکاری مورد ارزیابی قرار می‌گیرد.", "پنج سند همکاری"),  # present
        ("وزیران هشت سند همکاری را مورد بازبینی قرار دادند.", "هشت سند همکاری"),  # active, object first
        ("وزیران سه موافقت‌نامه را مورد بررسی قرار داده‌اند.", "سه موافقت‌نامه"),  # perfect
        ("در این اجلاس ۹ قطعنامه در کمیته سیاسی ارزیابی شد.", "۹ قطعنامه"),  # the simple verb
    ],
)
def test_counted_documents_reviewed_are_proposed(text: str, title: str) -> None:
    assert rows(text) == [(title, Action.PROPOSED)]


@pytest.mark.parametrize(
    "text",
    [
        "روند اجرای موافقت‌نامه‌ها مورد بررسی قرار گرفت.",  # their implementation is reviewed
        "در این نشست مسائل منطقه مورد بررسی قرار گرفت.",  # no document
        "اجرای بیانیه سال گذشته مورد ارزیابی قرار گرفت.",
    ],
)
def test_reviewing_no_counted_document_is_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, title",
    [
        ("همچنین چهار سند فنی نیز مورد بحث و گفتگو قرار می‌گیرد.", "چهار سند فنی"),
        ("در کمیته دوم شش قطعنامه مورد گفت‌وگو قرار گرفت.", "شش قطعنامه"),
        ("وزیران سه پیش‌نویس موافقت‌نامه را مورد بحث قرار خواهند داد.", "سه پیش‌نویس موافقت‌نامه"),
        ("پیش‌نویس منشور سازمان در نشست امروز بحث شد.", "پیش‌نویس منشور سازمان"),
    ],
)
def test_counted_documents_or_drafts_discussed_are_proposed(text: str, title: str) -> None:
    """Discussing («مورد بحث/گفتگو قرار گرفت», «بحث شد») is reviewing: what it acts on, counted or a draft,
    is put forward."""
    assert rows(text) == [(title, Action.PROPOSED)]


@pytest.mark.parametrize(
    "text",
    ["اجرای قطعنامه‌های سازمان مورد بحث قرار گرفت.", "در این نشست مسائل منطقه مورد گفتگو قرار گرفت."],
)
def test_discussing_no_counted_document_is_no_row(text: str) -> None:
    assert rows(text) == []
