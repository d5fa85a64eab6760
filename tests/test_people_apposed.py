"""A name set off by a comma before a role title, opening its clause, is the holder's name whatever
its words' kinds (helpers.extract.name_cues.apposed_names): foreign given names hazm knows as nouns,
Persian names of two common words, a surname that reads as a joiner. Sentences written for these
tests (invented people, real titles); each fails without the rule."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text, name",
    [
        # two common words at the sentence start, the title's phrase closed by a comma, a past verb
        ("پروانه یاری، سخنگوی وزارت خارجه، گفت که نشست فردا آغاز می‌شود.", "پروانه یاری"),
        # after a source's lead, a present verb with «می» and no ZWNJ
        ("به گزارش ایسنا، نگین صدیقی، وزیر بهداشت، میگوید که طرح آماده است.", "نگین صدیقی"),
        # after an adverbial clause, the Dari title «رییس» and a verb of motion
        ("با این حال، اسکندر کریمی، رییس کمیسیون مالی، به ژنو رفت.", "اسکندر کریمی"),
        # a foreign given name hazm knows as a noun, a perfect tense
        ("هیلاری کلینتون، وزیر خارجه کانادا، در نشست سخنرانی کرده است.", "هیلاری کلینتون"),
        # a surname that reads as the joiner «بنت» of Arabic names: nothing after it to join
        ("ریچارد بنت، گزارشگر ویژه سازمان ملل، گزارش خود را ارائه کرد.", "ریچارد بنت"),
    ],
)
def test_an_apposed_name_is_the_title_holders(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a preposition before the words: a phrase of its own
        "در دیدار با همتای روسی، وزیر خارجه ایران گفت که روابط گسترش می‌یابد.",
        "به گفته منابع آگاه، وزیر خارجه ایران فردا به مسکو می‌رود.",
        # a source's lead before the comma
        "بنابر گزارش خبرگزاری کهکشان، سخنگوی وزارت خارجه گفت که نشست لغو شد.",
        # a phrase said of a person: the name is the word after it
        "پیام پروانه، دبیرکل سازمان، در نشست خوانده شد.",
        # a caption with no verb
        "گزارش تصویری، رئیس‌جمهور در ژنو",
        # no comma: the title in an ezafe chain
        "سفر رسمی وزیر خارجه آمریکا به تونس انجام شد.",
        # a time adverbial before the comma
        "هفته گذشته، سخنگوی وزارت خارجه گفت که نشست لغو شد.",
    ],
)
def test_phrases_before_a_title_are_no_names(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # a title's phrase with a place, closed by a comma; the name closed by «و»
        ("کاردار سفارت سوریه در بخارست، خالد شرف و رایزن فرهنگی در نشست حضور داشتند.", "خالد شرف"),
        # closed by a word that goes on with the clause, a present verb
        ("سفیر عراق در مسکو، حمید عطا در این نشست سخنرانی می‌کند.", "حمید عطا"),
        # a longer title, closed by «نیز»
        ("نماینده ویژه سازمان ملل در امور سوریه، خالد صالح نیز سخن گفت.", "خالد صالح"),
    ],
)
def test_a_name_apposed_after_a_titles_phrase_is_the_holders(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # no given name after the comma: a noun phrase, the clause's object
        "رئیس‌جمهور در این نشست، امنیت غذایی و انرژی را مهم خواند.",
        # a verb inside the phrase: the comma closes a clause
        "سفیر عراق به مسکو رفت، امنیت مرزها در تهران ماند.",
    ],
)
def test_what_follows_a_titles_phrase_is_no_name(text: str) -> None:
    assert names_in(text) == []
