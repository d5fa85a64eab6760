"""A bare document noun after an action noun names no document (issue #11, session 9; documents._generic):
«تصویب قطعنامه» with no ending, chain or subject is generic («… به تبادل نظر و تصویب قطعنامه می‌پردازند») or
the document a fuller mention names («در صورت تصویب قطعنامه …»). Sentences written for these tests (other
action nouns and documents, Dari, lost ZWNJ), with look-alikes that stay rows: a named, an indefinite and a
subject-bearing document. Nor do the unnamed documents of a later meeting (cues.LATER_MEETING)."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text",
    [
        "اعضا در این مجمع سالانه به بحث و تصویب قطعنامه می‌پردازند.",
        "در صورت تصویب قطعنامه، کشور ما واکنش نشان خواهد داد.",
        "پارلمان‌ها هر سال برای صدور بیانیه به ژنو می‌روند.",
        "نمایندگان پس از امضای تفاهمنامه به خبرنگاران چیزی نگفتند.",
        "وکلای ملت هر دوره به منظور منظوری فیصله‌نامه جلسه می‌کنند و پس از انتشار اعلامیه پراکنده می‌شوند.",
    ],
)
def test_a_bare_document_noun_after_an_action_noun_is_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("با امضای موافقت‌نامه ترانزیت، نشست پایان یافت.", [("موافقت‌نامه ترانزیت", "signed")]),
        ("با صدور بیانیه‌ای، اجلاس پایان یافت.", [("بیانیه‌ای", "issued")]),
        ("با امضای موافقت‌نامه درباره حمل و نقل، نشست پایان یافت.", [("موافقت‌نامه", "signed")]),
        ("با تصویب منشور سازمان، اجلاس به کار خود پایان داد.", [("منشور سازمان", "adopted")]),
    ],
)
def test_a_document_named_after_an_action_noun_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [  # a later meeting's documents, which this one prepares and does not name (the README's session-8 rule)
        ("در این نشست قرار است تصمیماتی در خصوص اسناد نهایی اجلاس آتی سازمان اتخاذ شود.", []),
        ("وزیران اسناد مورد نیاز اجلاس آینده سران را بررسی و تأیید کردند.", []),
        ("معینان وزرا اسناد نشست بعدی وزیران خارجه را نهایی کردند.", []),
        ("کارشناسان سند پایانی کنفرانس آینده را تهیه کردند.", []),
        ("پیش‌نویس منشور نشست بعدی سران ارائه شد.", [("پیش‌نویس منشور نشست بعدی سران", "proposed")]),  # named draft
        ("سند همکاری اجلاس سران امضا شد.", [("سند همکاری اجلاس سران", "signed")]),  # this meeting's
    ],
)
def test_the_unnamed_documents_of_a_later_meeting_are_no_rows(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [  # a draft is of something: a document only when a document noun (or a count of one) follows it
        ("نمایندگان پیش‌نویس دستور کار نشست قاهره را ارائه کردند.", []),
        ("کارشناسان پیش نویس فهرست سخنرانان اجلاس را نهایی کردند.", []),
        ("پیش‌نویس با اکثریت آرا تصویب شد.", []),
        ("مسوده اجندای جلسه ارائه شد.", []),
        ("پیش‌نویس قطعنامه ارائه شد.", [("پیش‌نویس قطعنامه", "proposed")]),
        ("پیش نویس ۱۰ سند بررسی شد.", [("پیش‌نویس ۱۰ سند", "proposed")]),
        ("مسوده‌های تدابیر اعتماد سازی ارائه شد.", [("مسوده‌های تدابیر اعتماد سازی", "proposed")]),  # texts
    ],
)
def test_a_draft_of_no_document_is_no_row(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "انتظار می‌رود تفاهمنامه‌ها و اسناد مشترکی در پایان اجلاس به امضا برسد.",
            [("تفاهمنامه\u200cها و اسناد مشترکی", "proposed")],
        ),
        ("مصوبات و توافق‌نامه‌هایی در این نشست تصویب شد.", [("مصوبات و توافق\u200cنامه\u200cهایی", "adopted")]),
        (  # a named document beside a plural stays a row of its own
            "منشور سازمان و تفاهم‌نامه‌های همکاری در پایان اجلاس امضا شد.",
            [("منشور سازمان", "signed"), ("تفاهم\u200cنامه\u200cهای همکاری", "signed")],
        ),
    ],
)
def test_a_pair_of_generic_plurals_is_one_row(text: str, expected: list[tuple[str, str]]) -> None:
    """The dev-set README's session-15 decision (a): a coordinated pair of plurals naming no document is one row."""
    assert [(t, str(a)) for t, a in rows(text)] == expected


@pytest.mark.parametrize(
    "text", ["وزیر نفت گفت: یک تصمیم استثنایی در سازمان گرفته شد.", "تصمیمات مهمی در نشست وزیران اتخاذ شد."]
)
def test_where_a_decision_is_taken_names_none(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ایران با چنین طرحی موافقت کرده است.", []),
        ("رهبران اروپا نیز این‌گونه منشوری را امضا کردند.", []),
        ("رهبران اروپا چنان منشوری را امضا کردند.", []),
        ("وزیران با طرح صلح منطقه‌ای موافقت کردند.", [("طرح صلح منطقه‌ای", "approved")]),
    ],
)
def test_a_document_named_by_likeness_is_no_row(text: str, expected: list[tuple[str, str]]) -> None:
    """«چنین/چنان X»: such a document, a kind, not one of this meeting (document_filters._SUCH_BEFORE)."""
    assert rows(text) == expected
