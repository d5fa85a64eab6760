"""The document-list reader (helpers.extract.document_lists), on sentences written for these tests:
documents coordinated with commas and «و» are one row each, whatever stands before the first item
(a subject, a setting, «همچنین»), whether the verb is passive, active or in a relative clause after
a predicate naming their kind; a document word a preposition governs is no item of the list."""

from __future__ import annotations

import pytest
from document_fixtures import rows

THREE = [("موافقتنامه ترانزیت", "signed"), ("پروتکل گمرکی", "signed"), ("تفاهم‌نامه انرژی", "signed")]


@pytest.mark.parametrize(
    "text",
    [
        "در این نشست موافقتنامه ترانزیت، پروتکل گمرکی و تفاهم‌نامه انرژی امضا شد.",
        "وزیران موافقتنامه ترانزیت، پروتکل گمرکی و تفاهم‌نامه انرژی را امضا کردند.",
        "به گزارش خبرگزاری، در این نشست موافقتنامه ترانزیت، پروتکل گمرکی و تفاهم‌نامه انرژی امضا شد.",
        "همچنین موافقتنامه ترانزیت، پروتکل گمرکی و تفاهم‌نامه انرژی به امضای سران رسید.",
        "در اجلاس دیروز موافقتنامه ترانزیت، پروتکل گمرکی و همچنین تفاهم‌نامه انرژی امضا گردید.",
        "نمایندگان موافقتنامه ترانزیت، پروتکل گمرکی و تفاهمنامه انرژی را امضا خواهند کرد.",
    ],
)
def test_a_list_after_a_subject_or_a_setting_is_one_row_per_item(text: str) -> None:
    """The first item no longer needs to open its comma segment: «و» before the last document word
    marks a list, and its first item may follow a subject or a setting (ZWNJ lost in «تفاهمنامه»)."""
    found = rows(text)
    assert [t.replace("\u200c", "") for t, _ in found] == [t.replace("\u200c", "") for t, _ in THREE]
    assert {a for _, a in found} == ({"proposed"} if "خواهند" in text else {"signed"})


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "موافقتنامه تجارت آزاد در زمینه کالاها، پروتکل همکاری گمرکی در این منطقه و تفاهمنامه حمل و نقل"
            " ریلی از جمله اسنادی بود که وزیران امضا کردند.",
            [
                ("موافقتنامه تجارت آزاد", "signed"),
                ("پروتکل همکاری گمرکی", "signed"),
                ("تفاهم‌نامه حمل و نقل ریلی", "signed"),
            ],
        ),
        (
            "قطعنامه حقوق بشر، قطعنامه مبارزه با فساد و قطعنامه تغییرات اقلیمی قطعنامه‌هایی بودند که به"
            " تصویب مجمع رسید.",
            [
                ("قطعنامه حقوق بشر", "adopted"),
                ("قطعنامه مبارزه با فساد", "adopted"),
                ("قطعنامه تغییرات اقلیمی", "adopted"),
            ],
        ),
        (
            "منشور سازمان و برنامه اقدام از مهم‌ترین اسنادی است که در این اجلاس تصویب شد.",
            [("منشور سازمان", "adopted"), ("برنامه اقدام", "adopted")],
        ),
    ],
)
def test_documents_listed_before_a_predicate_naming_their_kind(text: str, expected: list) -> None:
    """«الف، ب و ج از جمله اسنادی بود که … امضا کردند»: the items before the predicate are the rows,
    not the predicate's plural («اسنادی»)."""
    assert rows(text) == expected


def test_items_with_no_document_word_keep_the_list_going() -> None:
    """A short item with no document word («تقویت همکاری مالی») between two items does not end the
    list; the items with a document word are rows, each titled to its own end (before «در حوزه …»).
    Regulations are documents (the lead's session-7 decision h): «تصویب مقررات سازمان» is an item."""
    text = (
        "همچنین سند همکاری در حوزه انرژی، تفاهمنامه‌های ایجاد بازار مشترک و برنامه فرهنگی، و پروتکل"
        " اصلاح منشور سازمان در مورد عضویت، تقویت همکاری مالی، تصویب مقررات سازمان و راه‌اندازی صندوق"
        " سرمایه‌گذاری امضا شد."
    )
    assert [t for t, _ in rows(text)] == [
        "سند همکاری",
        "تفاهمنامه‌های ایجاد بازار مشترک",
        "برنامه فرهنگی",
        "پروتکل اصلاح منشور سازمان",
        "مقررات سازمان",
        "راه‌اندازی صندوق سرمایه‌گذاری",
    ]


def test_two_items_of_one_list_with_one_title_are_two_rows() -> None:
    """Items of one list are distinct documents even when their titles read alike («پروتکل همکاری …
    در زمینه الف» and «… در زمینه ب», or one is the other with words added)."""
    text = (
        "پروتکل همکاری در زمینه مبارزه با تروریسم، پروتکل همکاری در زمینه مبارزه با قاچاق، موافقتنامه"
        " ترانزیت و پروتکل همکاری و تعامل نهادهای مرزبانی امضا شد."
    )
    assert [t for t, _ in rows(text)] == [
        "پروتکل همکاری",
        "پروتکل همکاری",
        "موافقتنامه ترانزیت",
        "پروتکل همکاری و تعامل نهادهای مرزبانی",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیران با اشاره به اهمیت طرح انتقال گاز، بیانیه مشترک را امضا کردند.", [("بیانیه مشترک", "signed")]),
        (
            "در پایان، با اشاره به طرح انتقال گاز، بیانیه مشترک و تفاهم‌نامه انرژی را امضا کردند.",
            [("بیانیه مشترک", "signed"), ("تفاهم‌نامه انرژی", "signed")],
        ),
        (
            "رئیس‌جمهور درباره برنامه هسته‌ای سخن گفت، بیانیه پایانی و قطعنامه غزه تصویب شد.",
            [("بیانیه پایانی", "adopted"), ("قطعنامه غزه", "adopted")],
        ),
        ("اعلامیه نشست تهران، مسکو و آنکارا تصویب شد.", [("اعلامیه نشست تهران، مسکو و آنکارا", "adopted")]),
        ("بیانیه نهایی که متن آن در ده بند بود، تصویب شد.", [("بیانیه نهایی", "adopted")]),
    ],
)
def test_lookalikes_are_not_list_items(text: str, expected: list) -> None:
    """A document word a preposition or a noun governs («به اهمیت طرح …», «درباره برنامه …»), a clause
    with a verb of its own, a comma inside one title: none is the first item of the verb's list."""
    assert rows(text) == expected
