"""A statement or resolution quoted as the source of what a sentence reports
(helpers.extract.document_clauses.sourced), on sentences written for these tests: «در بیانیه X آمده
است», «در بخش دیگری از قطعنامه X تأکید شده است» name the meeting's text, issued, while no statement is
a row yet; a ministry's, an outside body's or an older one is none."""

from __future__ import annotations

import pytest
from document_fixtures import rows


def plain(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(title.replace("\u200c", ""), str(action)) for title, action in found]


@pytest.mark.parametrize(
    "text, title",
    [
        ("در بیانیه منتشر شده در پایان نشست آمده است که اعضا از صلح حمایت می‌کنند.", "بیانیه"),  # a participle
        ("در اعلامیه رهبران گروه بیست آمده است که تجارت آزاد باید حفظ شود.", "اعلامیه رهبران گروه بیست"),
        ("در بخش دیگری از قطعنامه نهایی اجلاس تصریح شده است که اعضا همکاری می‌کنند.", "قطعنامه نهایی اجلاس"),
        (
            "در این بخش از بیانیه شورای همکاری که خبرگزاری‌ها نقل کرده‌اند آمده است: «صلح ممکن است».",
            "بیانیه شورای همکاری",
        ),
        ("در فیصله‌نامه جرگه منطقه‌ای تأکید شده که مواد مخدر تهدید است.", "فیصله‌نامه جرگه منطقه‌ای"),  # Dari
        ("در بیانیه پایانی این نشست که دبیرکل آن را خواند، بر وحدت اعضا تاکید شده است.", "بیانیه پایانی"),
        ("در بیانیه سازمان همکاری شانگهای اشاره گردیده که امنیت مهم است.", "بیانیه سازمان همکاری شانگهای"),
        ("در اعلامیه نشست ذکر شده است که اجلاس بعدی در باکو برگزار می‌شود.", "اعلامیه نشست"),  # lost ZWNJ
    ],
)
def test_a_text_quoted_as_the_source_is_issued(text: str, title: str) -> None:
    assert plain(rows(text)) == [(title.replace("\u200c", ""), "issued")]


@pytest.mark.parametrize(
    "text",
    [
        "در بیانیه وزارت خارجه آمده است که ایران از این نشست حمایت می‌کند.",  # a ministry's
        "در قطعنامه شورای امنیت آمده است که طالبان باید حقوق زنان را رعایت کنند.",  # an outside body's
        "در بیانیه نشست سال گذشته آمده است که اعضا باید همکاری کنند.",  # an earlier meeting's
        "در بیانیه سران آمده بود که اعضا باید همکاری کنند.",  # a pluperfect: an older text
        "گزارش دبیرکل که در سند شماره ۳ آمده است توسط وزیران تصویب شد.",  # where something else stands
        "در بیانیه‌ها آمده است که اعضا باید همکاری کنند.",  # a plural names no text
        "در بیانیه خود گفت که همکاری مهم است.",  # no text quoted, a speaker's own words
        "در اعلامیه نمایندهگی دایمی کابل در ژنو آمده است که از اعضا سپاسگزاریم.",  # a mission's, Dari spelling
        # «در یک اعلامیه» is «در اعلامیه‌ای»: where the words stand, not what the verb adopts
        "در یک اعلامیه این وزارت آمده است، این آجندای منطقه‌ای در نشست وزیران تصویب شده است.",
    ],
)
def test_no_text_of_the_meeting_is_quoted(text: str) -> None:
    assert rows(text) == []


def test_a_bare_statement_may_point_back_to_a_press_statement() -> None:
    """A bare «اعلامیه» quoted after a ministry's statement is that statement, no text of the meeting."""
    assert rows("وزارت خارجه در اعلامیه‌ای گفت که وزیر در نشست شرکت کرد.", "در اعلامیه آمده است که صلح مهم است.") == []


def test_a_statement_already_reported_is_not_quoted_again() -> None:
    """«بیانیه» and «اعلامیه» name one text alike: once a statement is a row, a quote names no other."""
    assert rows("سران در بیانیه‌ای بر صلح تاکید کردند.", "در اعلامیه اجلاس سران آمده است که امنیت مهم است.") == [
        ("بیانیه\u200cای", "issued")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "در اعلامیۀ این نشست گفته نشده‌است که کدام مقام‌های الف و ب در آن شرکت کرده بودند.",
            [("اعلامیۀ", "issued")],
        ),
        ("در قطعنامه اجلاس گفته شده است که اعضا به همکاری متعهدند.", [("قطعنامه اجلاس", "issued")]),
        ("در بیانیه وزارت خارجه گفته شده است که وزیر به نشست می‌رود.", []),
    ],
)
def test_a_text_quoted_as_saying_or_not_saying_is_the_source(text: str, expected: list[tuple[str, str]]) -> None:
    """«در X گفته شده است» quotes X as «آمده است» does, and «گفته نشده است» (X is silent on a point) still names
    the text as there: the meeting's, issued; a ministry's stays none."""
    assert rows(text) == expected
