"""A clause that opens with two or three words and then a title, in a clause of saying or presence
(«X Y Z وزیر … گفت», «X Y، سخنگوی … افزود», «X Y معاون … شرکت کرد»): the words are one name whatever
their kinds - a common word first (a given name the lexicon knows as a word: «خوان», «ماریو»), a short
syllable of an East Asian name, an initial written in Persian letters («اس», «جی»). Sentences written
for these tests (invented names); look-alikes: a headline's noun before a surname and a title, and
words of a phrase before a title."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("مین سو هلاینگ فرمانده ارتش میانمار در نشست گفت که همکاری ادامه می‌یابد.", "مین سو هلاینگ"),
        ("اس جی راگوندر وزیر امور خارجه هند گفت دو کشور توافق کردند.", "اس جی راگوندر"),
        ("ام کی پراساد، وزیر مشاور امور خارجه هند، در این مراسم اظهار داشت که خط لوله مهم است.", "ام کی پراساد"),
        ("خوان کارلوس ماتورانا وزیر ریاست جمهوری بولیوی اعلام کرد نشست برگزار می‌شود.", "خوان کارلوس ماتورانا"),
        ("به گزارش خبرگزاری محلی، آنگ کیاو هلاین سخنگوی دولت افزود که نشست به تعویق افتاد.", "آنگ کیاو هلاین"),
    ],
)
def test_the_words_that_open_a_clause_before_a_title_are_a_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ژینا رحمانی معاون رییس جمهور در مراسم افتتاحیه اجلاس شرکت کرد.", "ژینا رحمانی"),
        ("لیانا دلاوری معاون وزیر امور خارجه در نشست وزیران حضور یافت.", "لیانا دلاوری"),
    ],
)
def test_a_clause_of_presence_frames_the_name_as_one_of_saying_does(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("سفر راگوندر وزیر خارجه هند به تهران", ["راگوندر"]),
        ("هشدار ماتورانا وزیر خارجه بولیوی به همسایگان", ["ماتورانا"]),
        ("دیدار دو جانبه وزیر خارجه هند با همتای خود انجام شد و او گفت توافق نزدیک است.", []),
        ("همکاری های اقتصادی وزیر خارجه را خرسند کرد و او گفت توافق نزدیک است.", []),
    ],
)
def test_a_headline_noun_or_a_phrase_before_a_title_is_no_name(text: str, names: list[str]) -> None:
    assert names_in(text) == names
