"""Mentions that name no new document of the meeting (helpers.extract.document_filters,
document_cues), on sentences written for these tests: a count after «این/آن» points back at documents
already named, «پیشنهادی …» names who proposed a document and is no part of its title, and «اخیراً»
dates a signing before the meeting."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "lines, count",
    [
        (["اعضا درباره اعلامیه تهران و بیانیه مسکو نظر دادند.", "در پایان این دو بیانیه به تصویب رسید."], None),
        (["دو سند همکاری آماده امضاست.", "سرانجام آن دو سند امضا شد."], None),
        (["وزیران اعلامیه‌ها را بررسی کردند.", "در پایان نشست دو بیانیه به تصویب رسید."], ("دو بیانیه", "adopted")),
    ],
)
def test_a_count_after_this_points_back(lines: list[str], count: tuple[str, str] | None) -> None:
    """«این دو بیانیه», «آن دو سند»: the documents named before, no new count row; a count with no
    «این» is a row."""
    found = rows(*lines)
    last = [(t, a) for t, a in found if t.startswith("دو ") and a != "proposed"]
    assert last == ([count] if count else [])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قطعنامه پیشنهادی ۸۴ کشور عضو با اجماع به تصویب رسید.", ("قطعنامه", "adopted")),
        ("مجمع قطعنامه پیشنهادی ایران و روسیه را تصویب کرد.", ("قطعنامه", "adopted")),
        ("قطعنامه مبارزه با تروریسم پیشنهادی گروه عرب تصویب شد.", ("قطعنامه مبارزه با تروریسم", "adopted")),
    ],
)
def test_who_proposed_is_no_part_of_the_title(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("نخست‌وزیر قرارداد گمرکی که اخیرا میان سه کشور امضا شد را ستود.", []),
        ("وی از موافقت‌نامه ترانزیتی که اخیراً به امضای دو طرف رسیده است استقبال کرد.", []),
        ("قرارداد گمرکی در این نشست میان سه کشور امضا شد.", [("قرارداد گمرکی", "signed")]),
        # recent years, not a recent meeting
        ("منشور همکاری منطقه‌ای در سال‌های اخیر بارها از سوی وزیران تأیید شده است.", []),
        ("این قطعنامه در چند سال اخیر هر سال از سوی کشورهای اروپایی پیشنهاد و تصویب شده است.", []),
        ("وزیران در نشست اخیر منشور همکاری منطقه‌ای را امضا کردند.", [("منشور همکاری منطقه‌ای", "signed")]),
    ],
)
def test_a_signing_told_recent_is_of_an_earlier_meeting(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_a_count_after_a_preposition_and_an_is_new() -> None:
    """«پیش از آن/پس از این» is «before/after that»: the count after it is a row."""
    found = rows("پس از این سه سند همکاری به امضای وزیران رسید.")
    assert found == [("سه سند همکاری", "signed")]


def test_a_quantity_after_during_that_is_new() -> None:
    found = rows("در نشستی که طی آن مجموعه‌ای از اسناد به امضا رسید، سران گفتگو کردند.")
    assert found == [("مجموعه‌ای از اسناد", "signed")]


@pytest.mark.parametrize(
    "text",
    [
        "وزیران اسناد مربوطه را امضا کردند.",
        "وزیران تفاهم‌نامه‌های مربوطه را به امضا رساندند.",
        "قرارداد مربوطه در پایان نشست امضا شد.",
        "کارشناسان پس از بررسی، قطعنامه های مربوطه را تصویب کردند.",  # lost ZWNJ
    ],
)
def test_a_document_word_with_the_relevant_ones_names_none(text: str) -> None:
    """«مربوطه» (the relevant ones) points back as «مذکور» does; «مربوط به X» starts a subject instead."""
    assert rows(text) == []


def test_relating_to_still_starts_a_subject() -> None:
    assert rows("سند مربوط به همکاری گمرکی امضا شد.") == [("سند", "signed")]


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            [
                "تصویب قطعنامه حقوق بشر در نشست ویژه شورا",
                "به گزارش خبرگزاری، این قطعنامه با ۲۵ رای موافق به تایید رسید.",
            ],
            [("قطعنامه حقوق بشر", "adopted"), ("قطعنامه حقوق بشر", "approved")],
        ),
        (
            ["وزیران سند همکاری گمرکی را تصویب کردند.", "سپس این سند به امضای وزیران رسید."],
            [("سند همکاری گمرکی", "adopted"), ("سند همکاری گمرکی", "signed")],
        ),
        (  # a mention with no action word between leaves the antecedent standing
            [
                "وزیران سند همکاری گمرکی را تصویب کردند.",
                "در متن سند به تجارت آزاد اشاره شده است.",
                "سپس این سند به امضای وزیران رسید.",
            ],
            [("سند همکاری گمرکی", "adopted"), ("سند همکاری گمرکی", "signed")],
        ),
        # look-alikes: the same action again; «در این X» is where a text stands; no mention before; the last
        # mention another body's document, which made no row
        (["وزیران سند همکاری گمرکی را تصویب کردند.", "این سند با اجماع تصویب شد."], [("سند همکاری گمرکی", "adopted")]),
        (
            ["وزیران بیانیه مشترکی صادر کردند.", "در این بیانیه همچنین آمده که اعضا بر سر تعرفه‌ها توافق کرده‌اند."],
            [("بیانیه مشترکی", "issued")],
        ),
        (["این قطعنامه با ۲۵ رای موافق به تصویب رسید."], []),
        (
            [
                "وزیران قطعنامه همکاری گمرکی را تصویب کردند.",
                "شورای امنیت سازمان ملل نیز قطعنامه‌ای درباره سوریه تصویب کرد.",
                "این قطعنامه با ۱۳ رای به امضا رسید.",
            ],
            [("قطعنامه همکاری گمرکی", "adopted")],
        ),
    ],
)
def test_this_document_acted_on_anew_is_a_row_of_its_own(lines: list[str], expected: list[tuple[str, str]]) -> None:
    """«این قطعنامه … به تأیید رسید» after «تصویب قطعنامه X»: the document of the word's last mention, named so,
    with the new action (one row per document and action, the dev-set README's documents rule); nothing new where
    the action is one it has, where a preposition governs «این X», or where the last mention made no row."""
    assert [(t, str(a)) for t, a in rows(*lines)] == expected
