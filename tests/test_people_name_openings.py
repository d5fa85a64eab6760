"""Where a name opens: a mark of descent («سید», «سیده», «میر») before a name of three words is part of
it (the dev-set rule keeps it, as it keeps «سید» before shorter names); the pilgrim's title with the
Arabic article («الحاج», West-African «الهاجی», «الحاجه») is an honorific, dropped like «حجت‌الاسلام».
Sentences written for these tests (invented people, real titles); each fails without the rule."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text, name",
    [
        # a given name and a two-part surname of common words, the title after it, with and without a comma
        ("از ترکیه هم سید کاوه رحیمی امیری رئیس کمیته ملی المپیک در این مجمع حضور دارد.", "سید کاوه رحیمی امیری"),
        ("سید حسن عالمی بلخی، وزیر امور مهاجرین، به پاکستان سفر کرد.", "سید حسن عالمی بلخی"),
        # «سیده» before a woman's name, a Dari «؛» before the title
        ("سیده مریم حسینی کرمانی؛ معاون وزیر در نشست سخنرانی کرد.", "سیده مریم حسینی کرمانی"),
        # Afghan «میر», the title first and the name set off by commas
        ("وزیر معادن، میر حسن صالحی امیری، در نشست شرکت کرد.", "میر حسن صالحی امیری"),
        # a given name written onto «سید» with its space lost stays as written
        ("سیدحسن عالمی بلخی وزیر امور مهاجرین به پاکستان سفر کرد.", "سیدحسن عالمی بلخی"),
    ],
)
def test_a_mark_of_descent_opens_a_three_word_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # Afghan «الحاج» between «به ریاست» and the name
        ("نشست به ریاست الحاج دلبر نظری وزیر امور زنان برگزار شد.", "دلبر نظری"),
        # West-African «الهاجی» inside quotes, the title after a comma
        ('به گزارش مهر، "الهاجی تیجانی آهایا کورا"، وزیر امور خارجه نیجریه در اجلاس گفت.', "تیجانی آهایا کورا"),
        # other spellings: «الحاجی», a woman's «الحاجه»
        ("الحاجی عثمان بلو وزیر خارجه نیجریه در اجلاس سخنرانی کرد.", "عثمان بلو"),
        ("الحاجه آمینه یوسف وزیر امور زنان نیجریه در نشست شرکت کرد.", "آمینه یوسف"),
    ],
)
def test_the_pilgrims_title_is_no_part_of_the_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # look-alikes: «سید» before a given name alone is still the name of two words
        ("سید حسن رئیس هیئت در نشست شرکت کرد.", "سید حسن"),
        # «سید» before two words only: unchanged
        ("سید کاوه رحیمی رئیس کمیته ملی المپیک در مجمع حضور دارد.", "سید کاوه رحیمی"),
    ],
)
def test_short_names_after_a_mark_of_descent_are_unchanged(text: str, name: str) -> None:
    assert names_in(text) == [name]
