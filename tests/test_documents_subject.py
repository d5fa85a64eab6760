"""The documents table's `subject_fa` (issue #11): what a document is about, the complement its title
ends before («در زمینه/درباره/در خصوص …»), kept in a column of its own; two mentions with one title
and different subjects are two documents. Sentences written for these tests."""

from __future__ import annotations

import pytest
from document_fixtures import table

from helpers import contracts


def subjects(*texts: str) -> list[tuple[str, str | None]]:
    df = table(*texts)
    return [(t, s if isinstance(s, str) else None) for t, s in zip(df["title_fa"], df["subject_fa"], strict=True)]


def test_the_column_is_in_the_contract_next_to_the_title() -> None:
    assert contracts.DOCUMENTS.index("subject_fa") == contracts.DOCUMENTS.index("title_en") + 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("یادداشت تفاهمی در زمینه همکاری گمرکی امضا شد.", [("یادداشت تفاهمی", "همکاری گمرکی")]),
        ("وزیران بیانیه‌ای درباره آتش‌بس در غزه صادر کردند.", [("بیانیه‌ای", "آتش‌بس")]),
        ("تفاهم‌نامه‌ای در خصوص ایجاد منطقه آزاد تجاری به امضا رسید.", [("تفاهم‌نامه‌ای", "ایجاد منطقه آزاد تجاری")]),
        ("سند همکاری در باره مبارزه با مواد مخدر تصویب خواهد شد.", [("سند همکاری", "مبارزه با مواد مخدر")]),
        ("قطعنامه‌ای پیرامون امنیت غذایی تصویب گردید.", [("قطعنامه‌ای", "امنیت غذایی")]),
        ("بیانیه پایانی اجلاس صادر شد.", [("بیانیه پایانی اجلاس", None)]),  # no complement: empty
        ("منشور سازمان در نشست امروز امضا شد.", [("منشور سازمان", None)]),  # where, not what about
    ],
)
def test_what_a_document_is_about(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert subjects(text) == expected


def test_two_statements_on_different_subjects_stay_two_rows() -> None:
    assert subjects("وزیران بیانیه‌ای درباره غزه صادر کردند.", "وزیران همچنین بیانیه‌ای در مورد سودان صادر کردند.") == [
        ("بیانیه‌ای", "غزه"),
        ("بیانیه‌ای", "سودان"),
    ]


def test_one_statement_named_again_with_its_subject_is_one_row() -> None:
    assert subjects("تفاهم‌نامه‌ای در خصوص ایجاد منطقه آزاد امضا شد.", "این تفاهم‌نامه در خصوص منطقه آزاد امضا شد.") == [
        ("تفاهم‌نامه‌ای", "ایجاد منطقه آزاد")
    ]


def test_one_subject_told_twice_in_other_words_is_one_row() -> None:
    assert subjects(
        "سران تفاهم‌نامه‌ای بر سر عضویت بلاروس امضا کردند.", "سران تفاهم‌نامه‌ای درباره تعهدات بلاروس امضا کردند."
    ) == [("تفاهم‌نامه‌ای", "عضویت بلاروس")]


@pytest.mark.parametrize(
    "text, expected",
    [  # «مربوط به X» is what the document is about (the dev-set README, decided in session 8)
        ("سند مربوط به عضویت ناظر ترکیه به امضا رسید.", [("سند", "عضویت ناظر ترکیه")]),
        ("قطعنامه مربوط به وضعیت حقوق بشر در میانمار تصویب شد.", [("قطعنامه", "وضعیت حقوق بشر")]),
        ("وزیران طرح مشورتی مربوط به امنیت مرزها را تأیید کردند.", [("طرح مشورتی", "امنیت مرزها")]),
        ("با امضای موافقت‌نامه مربوط به حمل و نقل ترانزیتی، نشست پایان یافت.", [("موافقت‌نامه", "حمل و نقل ترانزیتی")]),
        ("قطعنامه‌یی مربوط به پناهجویان افغان به تصویب رسید.", [("قطعنامه‌یی", "پناهجویان افغان")]),
        ("برنامه اقدام مربوطبه مبارزه با تروریسم تصویب خواهد شد.", [("برنامه اقدام", "مبارزه با تروریسم")]),
        # look-alike: «مربوطه» (the ones concerned) is no preposition: it points back (BACK_REFERENCE), no row
        ("موافقت‌نامه‌های مربوطه امضا شد.", []),
    ],
)
def test_a_title_ends_before_what_it_relates_to(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert subjects(text) == expected
