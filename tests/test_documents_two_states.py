"""A bilateral document from its agent (issue #11, session 11; document_outside.two_states): two states,
and no third, joined by «و» as the agent of a document's clause (with their leaders' or ministers' title or
none) sign it between them, on the multilateral meeting's side, as «طرفین» do (the dev-set README's
session-7 rule (g)). Sentences written for these tests (other verbs, tenses, titles, states, Dari spelling,
a lost ZWNJ), with look-alikes: three states, two states a preposition governs, a draft two states put
forward, a statement they speak through, a document naming an organization, and one the clause places in
this meeting."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text",
    [
        "روسای جمهور روسیه و تاجیکستان در حاشیه اجلاس ۱۲ سند همکاری امضا کردند.",
        "ایران و ترکمنستان تفاهم‌نامه‌ای در زمینه ترانزیت امضا کردند.",
        "وزرای خارجه قزاقستان و ازبکستان موافقتنامه همکاری مرزی را امضا کردند.",  # Dari spelling
        "رؤسای جمهور چین و پاکستان پس از گفتگو بیانیه مشترکی صادر کردند.",
        "در پایان مذاکرات، روسای جمهور روسیه و تاجیکستان ۱۵ سند مشترک به امضا خواهند رساند.",
        "وزرای خارجه افغانستان و ازبکستان یک تفاهمنامه همکاری امضا کردند.",  # a ZWNJ lost
        "نخست‌وزیران هند و بنگلادش قرارداد ساخت نیروگاه را به امضا رساندند.",
    ],
)
def test_a_document_two_states_sign_is_bilateral(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("روسای جمهور ایران، روسیه و ترکیه بیانیه مشترکی صادر کردند.", [("بیانیه مشترکی", "issued")]),
        ("سران ایران و روسیه و چین منشور همکاری را امضا کردند.", [("منشور همکاری", "signed")]),
        ("سازمان با ایران و روسیه تفاهم‌نامه‌ای امضا کرد.", [("تفاهم‌نامه‌ای", "signed")]),
        ("مصر و اردن پیش‌نویس قطعنامه‌ای را به نشست ارائه کردند.", [("پیش‌نویس قطعنامه‌ای", "proposed")]),
        (
            "هند و پاکستان یادداشت تعهدات سازمان همکاری شانگهای را امضا کردند.",
            [("یادداشت تعهدات سازمان همکاری شانگهای", "signed")],
        ),
        ("در این نشست ایران و عراق سند همکاری را امضا کردند.", [("سند همکاری", "signed")]),
        ("ترکیه و آذربایجان طی بیانیه‌ای از نتایج نشست استقبال کردند.", [("بیانیه‌ای", "issued")]),
        (
            "وزرای خارجه جمهوری اسلامی افغانستان، تاجیکستان و ایران در پایان اجلاس اعلامیه‌ای امضا کردند.",
            [("اعلامیه‌ای", "signed")],
        ),
    ],
)
def test_three_states_a_governed_pair_a_draft_or_this_meeting_stays(text: str, expected: list) -> None:
    assert [(t, str(a.value)) for t, a in rows(text)] == expected
