"""People with no office the gazetteer knows, described by what they do (roles.csv's descriptive
roles: an activist, a diplomat): the description in apposition or right after the name frames it as
an office's title does, a given name that is also a common word included. Sentences written for
these tests (invented people); each fails without the role rows."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text, name",
    [
        # two common words set off by commas, Dari «فعال حقوق زن», a past verb
        ("نگین یاری، فعال حقوق زن، در نشست بود.", "نگین یاری"),
        # a common given name before a common surname, Iranian «زنان», a present verb with no ZWNJ
        ("خورشید کرمانی، فعال مدنی، میگوید که نشست مهم است.", "خورشید کرمانی"),
        # no comma: the description right after the name, «حقوق بشر», a compound verb
        ("فریبا حمیدی فعال حقوق بشر در این نشست شرکت کرد.", "فریبا حمیدی"),
        # a former diplomat, a verb of saying
        ("سیما وردک، دیپلمات پیشین، گفت که نشست مهم است.", "سیما وردک"),
        # a description with the people it belongs to after it
        ("پروانه نادری، فعال سیاسی افغان، در نشست سخنرانی کرد.", "پروانه نادری"),
    ],
)
def test_a_person_described_by_what_they_do_is_named(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # the plural with no name: a group
        "فعالان مدنی در این نشست حضور داشتند.",
        "شماری از فعالان حقوق زن افغانستان در نشست اشتراک کردند.",
        # «فعال» as an adjective of an organization, after it and in apposition
        "نهاد زنان افغانستان، فعال در حوزه حقوق زن، نشست را برگزار کرد.",
        "کمیسیون حقوق بشر فعال حقوق زن را معرفی کرد.",
        # a description with a place or a people after it and no name
        "فعال حقوق بشر افغانستان در نشست سخنرانی کرد.",
        "دیپلمات ایرانی در نشست حضور داشت.",
        # the adjective «دیپلماتیک» and an unnamed diplomat
        "روابط دیپلماتیک دو کشور گسترش یافت و یک دیپلمات ارشد در نشست بود.",
    ],
)
def test_a_description_with_no_name_names_no_one(text: str) -> None:
    assert names_in(text) == []
