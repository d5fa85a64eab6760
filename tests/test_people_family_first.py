"""East Asian names, family name first, next to a title: a family name of the gazetteer's East Asian
list opens one or two syllables, short words Persian reads as pronouns, prepositions of its own or
common words («وی», «بین», «جی»), which the run grown from a title stops at
(helpers.extract.name_family). Sentences written for these tests (invented people, real titles); each
positive case fails without the rule."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text, name",
    [
        # three words, a comma before the title, opening the sentence
        ("لو جی وی، وزیر دارایی چین در مراسم گفت که بانک آغاز به کار کرد.", "لو جی وی"),
        # the title right after, no comma, the syllable «بین»
        ("وانگ هو بین سخنگوی وزارت خارجه چین نیز اظهار داشت که نشست مهم است.", "وانگ هو بین"),
        # after the title between commas, a family name that is a pronoun in Persian
        ("معاون وزیر امور خارجه چین، ما کای‌سی، این نشست را اداره خواهد کرد.", "ما کای\u200cسی"),
        # a Korean name in a list item after «و», the title after a comma
        ("از شرکت کاوه رحیمی، وزیر خارجه ایران و ری سون هو، وزیر خارجه کره شمالی خبر داد.", "ری سون هو"),
        # a family name alone before a title
        ("ژانگ معاون دبیرکل سازمان گفت که مذاکرات ادامه دارد.", "ژانگ"),
    ],
)
def test_a_family_name_opens_an_east_asian_name_by_a_title(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: the pronoun «ما» before a plural title or a preposition
        "ما وزیران خارجه در این نشست توافق کردیم.",
        "به نظر ما وزیر خارجه درست گفت.",
        # a common word ending in a two-letter family name («سرگیری»), no given names joined
        "وزیر خارجه بر از سرگیری مذاکرات تاکید کرد.",
    ],
)
def test_no_east_asian_name(text: str) -> None:
    assert names_in(text) == []
