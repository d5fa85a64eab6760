"""A foreign given name hazm does not know followed by a surname that is a common Persian word
(«رایس», «دیو», «فیضی») is a name when a comma sets it off before a role title, wherever it stands
in the clause (helpers.extract.names.valid_kinds, `apposed`; a Dari «؛» sets it off as a comma
does); without the comma the common word is the head noun of the title's phrase. Sentences written
for these tests (invented people, real titles); each fails without the rule."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text, name",
    [
        # after a noun in ezafe, a Dari title with «ۀ», a verb of attendance
        ("در این جلسه ماریلدا رایس، وزیر خارجۀ کانادا نیز اشتراک داشت.", "ماریلدا رایس"),
        # after an adverb of time and a date, a spokesman's title, a verb of saying
        ("روز جمعه، ۵ حمل، یوسنار فیضی، سخنگوی رئیس‌جمهوری افغانستان به رسانه‌ها گفت.", "یوسنار فیضی"),
        # inside «به ریاست …», the title written with its ZWNJ lost
        ("این نشست به ریاست کیلائو دیو، معاون وزیر امور خارجه چین برگزار شد.", "کیلائو دیو"),
        # after a relative clause's «آن را», the title of a national security adviser
        ("نشستی که ریاست آن را ماندیت دوال، مشاور امنیت ملی هند بر عهده دارد، آغاز شد.", "ماندیت دوال"),
        # after a possessed noun, the title written apart («دبیر کل»)
        ("این پیام تریسیلا کرمانی، دبیر کل سازمان ملل به مناسبت این روز بود.", "تریسیلا کرمانی"),
    ],
)
def test_a_foreign_name_with_a_common_surname_before_a_title(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # no comma: the common word heads the title's phrase («نکات سخنرانی رئیس‌جمهور»)
        "مهمترین نکات سخنرانی رئیس‌جمهور در این نشست بازتاب یافت.",
        # no comma: a foreign word and a noun of the title's phrase
        "خبرنگاران به گزارش اکونومیست درباره دیدار وزیر خارجه چین اشاره کردند.",
    ],
)
def test_no_comma_no_name(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # Dari pages set the title off by «؛» as by a comma (names._semicolon_as_comma): a list item
        ("در این نشست لوسیندا امیری؛ نماینده ویژه کانادا در امور زنان نیز حضور دارد.", "لوسیندا امیری"),
        # the title with «ی» written solid after «ه», a verb of saying
        ("روز گذشته کاریسا شریفی؛ نمایندهی ویژه سوئد برای افغانستان به خبرنگاران گفت.", "کاریسا شریفی"),
        # the title's ZWNJ kept, the semicolon with a space before it
        ("در ادامه، ماریلدا رایس ؛ سخنگوی وزارت خارجه کانادا نیز سخنرانی کرد.", "ماریلدا رایس"),
    ],
)
def test_a_semicolon_sets_the_name_off_as_a_comma_does(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # no comma and no semicolon: the common word heads the title's phrase
        "در این نشست تحلیل سیاسی نماینده ویژه کانادا مطرح شد.",
        # a semicolon after a noun phrase, no name before it
        "این نشست به پایان رسید؛ نماینده ویژه کانادا نیز در آن حضور داشت.",
    ],
)
def test_no_name_before_a_semicolon_without_one(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a given name alone set off by a comma before a title: someone known by one name
        ("کمیسیون سیاسی آنان به رهبری عبدالقدیر، معاون سیاسی رییس‌الوزرا، درباره نشست گفت‌وگو کرد.", ["عبدالقدیر"]),
        ("در این نشست عبدالقدیر، معاون سیاسی رییس‌الوزرا، سخنرانی کرد.", ["عبدالقدیر"]),
        # without the comma the lone given name stays out
        ("کمیسیون سیاسی آنان به رهبری عبدالقدیر معاون سیاسی رییس‌الوزرا درباره نشست گفت‌وگو کرد.", []),
    ],
)
def test_a_given_name_alone_set_off_before_a_title(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected
