"""A document a preposition governs inside the object of another noun («فهرست … برای تصویب X را منتشر کرد»,
«دستور خروج از X را صادر کرد») is not what the verb acts on: the verb acts on that noun, and an action noun
before the document there names a topic (helpers.extract.document_outside.in_object). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text",
    [
        "شورای امنیت فهرست کشورهای موافق برای تصویب قطعنامه صلح یمن را منتشر کرد.",
        "رئیس‌جمهور آمریکا دستور خروج از توافق‌نامه تجاری منطقه‌ای را صادر کرد.",
        "دبیرخانه جدول رأی کشورها برای تصویب قطعنامه آتش‌بس را منتشر کرد.",
    ],
)
def test_a_document_in_the_complement_of_the_object_is_not_acted_on(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیران اسناد مهم نشست، از جمله منشور همکاری منطقه‌ای را تصویب کردند.", [("منشور همکاری منطقه‌ای", "adopted")]),
        ("سران برای امضای سند همکاری راهبردی آماده شدند.", [("سند همکاری راهبردی", "proposed")]),
        ("وزیران متن بیانیه پایانی را منتشر کردند.", [("بیانیه پایانی", "issued")]),
        ("اعضا پیش‌نویس قطعنامه را برای تصویب به مجمع ارائه کردند.", [("پیش‌نویس قطعنامه", "proposed")]),
    ],
)
def test_the_object_itself_or_a_list_in_it_stays(text: str, expected: list) -> None:
    assert rows(text) == expected
