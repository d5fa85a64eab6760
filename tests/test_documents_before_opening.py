"""An action dated before the meeting opened is on its side, not at it (issue #11, session 9;
document_cues.BEFORE_OPENING): «… پیش از آغاز رسمی نشست به امضا رسید», «امضای X قبل از شروع اجلاس». Sentences
written for these tests (other documents, verbs, «قبل/پیش», «آغاز/شروع/افتتاح»), with look-alikes after the
opening and before talks that are part of the meeting."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text",
    [
        "تفاهم‌نامه‌ای در روز سه‌شنبه و پیش از آغاز رسمی نشست به امضا رسید.",
        "امضای توافق‌نامه پیش از آغاز نشست سران انجام شد.",
        "قبل از شروع اجلاس، سه کشور یادداشت تفاهمی امضا کردند.",
        "پیش از افتتاح کنفرانس، دو وزیر قرارداد همکاری گمرکی را امضا کردند.",
        "با امضای پروتکل بندری قبل از آغاز کار همایش، دو طرف به سالن رفتند.",
    ],
)
def test_a_document_acted_on_before_the_meeting_opened_is_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("پس از آغاز نشست، منشور سازمان امضا شد.", [("منشور سازمان", "signed")]),
        ("سران قبل از شروع مذاکرات خصوصی یک بیانیه منتشر خواهند کرد.", [("بیانیه", "proposed")]),
    ],
)
def test_after_the_opening_or_before_talks_of_the_meeting_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیر ادامه داد: اسناد نیمه‌تمام گذشته، از جمله در حوزه دامپزشکی، باید نهایی و امضا شوند.", []),
        ("وزیران قطعنامه‌های پیشین شورا را دوباره تأیید کردند.", []),
        ("رهبران توافق‌نامه سابق ترانزیت را امضا کردند.", []),
        ("طرح هفته گذشته به تصویب رسید.", [("طرح", "adopted")]),
        ("وزیران سند جدید همکاری را امضا کردند.", [("سند جدید همکاری", "signed")]),
    ],
)
def test_a_document_its_own_adjective_places_before_the_meeting_is_no_row(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """The document's own adjective of an earlier time («اسناد … گذشته», «قطعنامه‌های قبلی/پیشین», «توافق‌نامه
    سابق») places it before this meeting, as «سال گذشته» in its clause does (document_cues.EARLIER); a time
    word between («طرح هفته گذشته») dates the act, not the document."""
    assert rows(text) == expected
