"""Ranks and titles of address before a name are no part of it (helpers.extract.honorifics): a rank
in the spelling with «گ» the press also uses («سرلشگر»), a Dari rank («جگرن»), the English
«President» written as a title of address («پرزیدنت»); and a king's title is no part of the
gazetteer's name for him. Sentences written for these tests (invented people but the king, real
titles); each fails without the rule."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text, name",
    [
        # «سرلشگر» before a name of two common words and a Dari title, in a reported clause
        ("اخباری منتشر شده است مبنی بر اینکه سرلشگر سلیم نادر رییس ستاد ارتش در اجلاس شرکت خواهد کرد.", "سلیم نادر"),
        # after «به گفته», a given name and a common surname, the title closing the name
        ("به گفته سرلشگر محسن دادخواه فرمانده نیروی زمینی، نشست برگزار شد.", "محسن دادخواه"),
        # a Dari rank before a name of a given name and a Pashto surname
        ("جگرن شفیق احمدزی، سخنگوی پولیس، گفت که امنیت نشست تامین است.", "شفیق احمدزی"),
        # «پرزیدنت» before a surname alone, as the subject and inside a noun phrase
        ("پرزیدنت هاروی در نشست سران سخنرانی کرد.", "هاروی"),
        ("یک مقام آمریکایی که جزو همراهان پرزیدنت هاروی به سفر رفته است، گفت.", "هاروی"),
        # the king named with «ملک»: the gazetteer's name for him has no title
        ("این نشست به دعوت ملک عبدالله بن عبدالعزیز، پادشاه عربستان برگزار خواهد شد.", "عبدالله بن عبدالعزیز"),
    ],
)
def test_a_rank_or_title_of_address_is_no_part_of_the_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_ranks_counted_are_nobody() -> None:
    # ranks as nouns, counted: no name follows them
    assert names_in("دو سرلشگر و سه سرتیپ در مراسم حضور داشتند.") == []
