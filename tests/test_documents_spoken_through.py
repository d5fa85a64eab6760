"""A document a meeting speaks through (issue #11, session 9; document_cues.SPEAKING): «در/طی/ضمن
بیانیه‌ای، قطعنامه‌ای، فیصله‌نامه‌ای …» with the meeting as subject is a text it issued - a resolution as
much as a statement. Sentences written for these tests (other bodies, verbs, Dari «‌یی», lost ZWNJ), with
look-alikes: a ministry's press statement, a document named (not indefinite)."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("اجلاس وزیران خارجه در قطعنامه‌ای خواستار آتش‌بس فوری شد.", [("قطعنامه‌ای", "issued")]),
        ("مجمع عمومی طی قطعنامهای از همه دولت‌ها خواست به پناهجویان کمک کنند.", [("قطعنامه‌ای", "issued")]),
        ("شورا در قطعنامه‌یی بر حق بازگشت آوارگان تأکید کرد.", [("قطعنامه‌یی", "issued")]),
        ("نشست سران در فیصله‌نامه‌ای بر حمایت از روند صلح تأکید کرد.", [("فیصله‌نامه‌ای", "issued")]),
        ("کنفرانس ضمن قطع‌نامه‌ای حمله به غیرنظامیان را محکوم کرد.", [("قطع‌نامه‌ای", "issued")]),
        ("سران طی اعلامیه‌ای از عضویت دو کشور تازه استقبال کردند.", [("اعلامیه‌ای", "issued")]),
    ],
)
def test_a_resolution_the_meeting_speaks_through_is_issued(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وزارت خارجه در بیانیه‌ای از برگزاری نشست استقبال کرد.",  # a ministry's press statement
        "در قطعنامه شورا به این موضوع اشاره‌ای نشده است.",  # a resolution named, no indefinite
        "سفیر در قطعه‌ای از سخنرانی خود به صلح اشاره کرد.",  # «قطعه‌ای» is no resolution
    ],
)
def test_look_alikes_of_a_document_spoken_through(text: str) -> None:
    assert rows(text) == []
