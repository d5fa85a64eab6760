"""Role titles of data/raw/gazetteer/roles.csv by class (head of state's loanword title, consular and
parliamentary titles, Dari titles of a house's officers, acting ministers, royal titles): a name
next to one is read though its words are rare. Sentences written for these tests (invented people,
real titles), in Iranian and Dari wording, and look-alikes: the nouns and verbs the titles' words
make stay out."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Dari officer of a house of parliament, after the name
        ("عبدالقیوم ساحل منشی مشرانو جرگه در نشست سخنرانی کرد.", "عبدالقیوم ساحل"),
        ("نصیراحمد کاوش منشی ولسی جرگه به هیئت خوش‌آمد گفت.", "نصیراحمد کاوش"),
        # a loanword title before the name
        ("سناتور گراهام تورنتون در نشست شرکت کرد.", "گراهام تورنتون"),
        ("پرزیدنت کاواناگ و همتای فرانسوی‌اش در نشست دیدار کردند.", "کاواناگ"),
        # consular, royal, acting and central-bank titles, the name set off by commas or not
        ("سرکنسول ایران در هرات، نادر یارمحمدی، گفت که گذرگاه باز است.", "نادر یارمحمدی"),
        ("شاهزاده ترکی الفیصل در همایش سخنرانی کرد.", "ترکی الفیصل"),
        ("رئیس کل بانک مرکزی، فرزین رضاییان، به نشست رفت.", "فرزین رضاییان"),
        ("مستشار آلمان اولاف شولتس وارد پکن شد.", "اولاف شولتس"),
        # the head of a federation named after the title (a sports body the gazetteer lacks), one rare word
        ("کوشمرادوف رییس فدراسیون فوتبال ترکمنستان در کنگره سخنرانی کرد.", "کوشمرادوف"),
        ("رئیس فدراسیون فوتبال قرقیزستان، سید نعمت‌الله آقایار، به هیئت خوش‌آمد گفت.", "سید نعمت‌الله آقایار"),
    ],
)
def test_a_name_next_to_a_listed_title(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # the noun of consultation, the consulate, a plural of a loanword title, a county's name
        "دو طرف درباره همکاری‌های اقتصادی رایزنی کردند.",
        "کنسولگری ایران در مزارشریف تعطیل شد.",
        "پرزیدنت‌های پیشین آمریکا در مراسم بودند.",
        "منشی‌گری نشست را دبیرخانه بر عهده داشت.",
    ],
)
def test_look_alikes_of_the_titles_name_no_one(text: str) -> None:
    assert names_in(text) == []
