"""The opening phrase that credits a report to its source («به گزارش X،») ends where the sentence's own
clause starts, and a name that opens that clause is read as one that opens the sentence. Its other
spellings and endings: «بنابراین گزارش،» (of this report), and the Dari «؛» that ends it, with a comma
after it at times. Sentences written for these tests (invented people and outlets); each positive case
fails without the rule."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text, name",
    [
        # «بنابراین گزارش،» before a name and a place adverbial
        ("بنابراین گزارش، کاوه چیت چیان در فرودگاه مورد استقبال وزیر قرار گرفت.", "کاوه چیت چیان"),
        # a Dari «؛» ending the source phrase, a verb of saying later
        ("به گزارش خبرگزاری پامیر؛ کاوه رحیمی در این نشست گفت که توافق شد.", "کاوه رحیمی"),
        # «؛» and a stray comma after it, «به نقل از» inside the source phrase
        (
            "به گزارش خبرگزاری پامیر به نقل از روابط عمومی وزارت نفت؛ ، بیژن رحیمی پس از حضور در نشست گفت که توافق شد.",
            "بیژن رحیمی",
        ),
        # «بنا بر این گزارش» written apart
        ("بنا بر این گزارش، کاوه چیت چیان در نشست سخنرانی کرد.", "کاوه چیت چیان"),
    ],
)
def test_a_name_opens_the_clause_after_the_source(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: the outlet itself after «به گزارش» is no person; a «؛» inside the clause ends nothing
        "به گزارش خبرگزاری پامیر؛ نشست امروز برگزار شد.",
        "بنابراین گزارش، نشست وزیران امروز برگزار شد.",
    ],
)
def test_no_name_after_the_source(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # «توسط X Y» opening its line, alone or before a dash: the author's byline (name_sources.byline),
        # an unknown author or one the gazetteer knows
        "توسط آرش کمالی",
        "توسط آرش کمالی -امروز سه شنبه چهارم دلو، نشست برگزار شد.",
        "توسط منوچهر متکی",
        # a name alone making up its sentence (a name line above a page's text or under it), with an
        # honorific or a slash after it at most, an unknown writer or one the gazetteer knows
        "دکتر آرش کمالی",
        "منوچهر متکی",
        "فریدون سینرلی‌اوغلو /",
        # the writer after the outlet's credit that opens the first sentence, set off by «؛» or a dash
        "عصر نمونه ؛ فریدون سینرلی‌اوغلو- قطعنامه شورای امنیت امروز به تصویب رسید.",
        "پایگاه نمونه- فریدون سینرلی‌اوغلو- رئیس هیئت پارلمانی ایران گفت: نشست آغاز شد.",
    ],
)
def test_a_byline_is_no_person(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # look-alikes of a byline: a speaker's name before the colon, a title with the name, the name
        # opening the sentence set off by dashes, a name after a dateline's city and agency or a city alone
        ("آرش کمالی:", "آرش کمالی"),
        ("جلالتمآب رئیس‌جمهور آرش کمالی.", "آرش کمالی"),
        ("فریدون سینرلی‌اوغلو - رئیس دوره‌ای اوپک - بعد از دیدار با وزیر گفت.", "فریدون سینرلی‌اوغلو"),
        ("تهران - ایرنا - فریدون سینرلی‌اوغلو وزیر امور خارجه گفت نشست آغاز شد.", "فریدون سینرلی‌اوغلو"),
        ("کابل - فریدون سینرلی‌اوغلو - وزیر امور خارجه گفت نشست آغاز شد.", "فریدون سینرلی‌اوغلو"),
    ],
)
def test_a_name_like_a_byline_stays_a_person(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the outlet's own correspondent (name_sources.OWN_REPORTER): no attendee, as its author
        ("سید کامران، خبرنگار اعزامی ایرنا به محل اجلاس می‌گوید رهبران توافق کردند.", []),
        ("آرش کمالی، خبرنگار اعزامی ایرنا به محل اجلاس گفت رهبران توافق کردند.", []),
        ("آرش کمالی، خبرنگار ما در نیویورک، گفت که نشست آغاز شد.", []),
        ("آرش کمالی، خبرنگار ویژه ایرنا در نیویورک، گفت که نشست آغاز شد.", []),
        # another outlet's reporter quoted as a source stays a person (gold keeps them)
        ("«آرش کمالی» خبرنگار نشریه «کابل تایمز» به نقل از دیپلمات‌ها نوشت که نشست آغاز شد.", ["آرش کمالی"]),
    ],
)
def test_the_outlets_own_correspondent_is_no_person(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text, name",
    [
        # the agent of a passive follows the noun it acts on, in a headline too
        ("این نشست توسط آرش کمالی افتتاح شد.", "آرش کمالی"),
        ("افتتاح نشست توسط منوچهر متکی", "منوچهر متکی"),
    ],
)
def test_the_agent_of_a_passive_stays_a_person(text: str, name: str) -> None:
    assert names_in(text) == [name]
