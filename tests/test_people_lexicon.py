"""Where a name's extent comes from the lexicon: a word the gazetteer has as a name is a given
name though hazm's word list has it as a common word. Sentences written for these tests (invented
people of several nationalities, real titles), with look-alikes the rules must leave alone."""

from __future__ import annotations

import pytest
from people_fixtures import names_in

from helpers.text import gazetteer as gz


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the first words of gazetteer spellings («سهیل محمود», «چنگیز آیداربکوف», «خیرات
        # عبدالرحمانوف», «شاه محمود قریشی»), common words in hazm, before an unknown surname
        ("سهیل باریکزی، سخنگوی وزارت خارجه پاکستان، گفت نشست فردا آغاز می‌شود.", "سهیل باریکزی"),
        ("چنگیز تورسونبایف وزیر خارجه قرقیزستان وارد آستانه شد.", "چنگیز تورسونبایف"),
        ("وزیر امور خارجه قزاقستان خیرات ساتیبالدین در نشست سخنرانی کرد.", "خیرات ساتیبالدین"),
        ("در همین حال شاه حسین مندوخیل معاون سخنگوی رییس جمهور افغانستان به رسانه‌ها گفت.", "شاه حسین مندوخیل"),
        ("آصف علی کاکر نماینده ویژه پاکستان در امور افغانستان در این نشست شرکت خواهد کرد.", "آصف علی کاکر"),
        ("سخنگوی وزارت خارجه ازبکستان، چنگیز رحمتوف، گفت که هیئت‌ها رسیده‌اند.", "چنگیز رحمتوف"),
    ],
)
def test_a_gazetteer_given_name_that_is_a_common_word_opens_a_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_the_gazetteer_reads_given_names_off_its_people() -> None:
    given = gz.load().given_names
    assert {gz.key(w) for w in ("سهیل", "چنگیز", "خیرات", "آصف", "شاه")} <= given
    # a two-word surname spelled alone («هاشمی رفسنجانی», «باقری کنی») opens with no given name;
    # a family name written first («جیانگ زمین») is none; nor a title's word («سلطان»)
    assert not {gz.key(w) for w in ("هاشمی", "باقری", "جیانگ", "سلطان")} & given


@pytest.mark.parametrize(
    "text",
    [
        # the same words as common words next to a title: no name
        "شاه کلید این نشست، سخنان وزیر خارجه ایران بود.",
        "خیرات و مبرات مردم به دست وزیر کشور رسید.",
    ],
)
def test_the_same_words_as_common_words_stay_out(text: str) -> None:
    assert names_in(text) == []
