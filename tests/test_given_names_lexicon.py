"""The given-name lexicon (data/raw/gazetteer/given_names.csv) by class: the common given names of
the states the meetings involve, which hazm knows as words or as nothing, open a name whatever its
surname. Sentences written for these tests (invented people, real titles), in Iranian and Dari
wording, with and without ZWNJ, and look-alikes: common words left out of the lexicon stay words."""

from __future__ import annotations

import pytest
from people_fixtures import names_in

from helpers.text import gazetteer as gz


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Iranian given names before a Persian surname that is a common word
        ("مهران کرمانی، سخنگوی ستاد برگزاری نشست، گفت که هیئت‌ها رسیده‌اند.", "مهران کرمانی"),
        ("سفیر ایران در باکو، بهزاد صادقی، در این نشست سخنرانی کرد.", "بهزاد صادقی"),
        ("سمیه کریمی معاون وزیر امور خارجه ایران در نشست حضور داشت.", "سمیه کریمی"),
        # women's given names hazm knows as words, before a surname that is one too
        ("خدیجه رحمانی مدیر کل امور بین‌الملل وزارت کشور گفت که نشست مفید بود.", "خدیجه رحمانی"),
        ("محبوبه نوری در این نشست سخنرانی کرد.", "محبوبه نوری"),
        ("میترا صادقی در این نشست سخنرانی کرد.", "میترا صادقی"),
        ("بتول نوری در این نشست سخنرانی کرد.", "بتول نوری"),
        ("هدا رحیمی در این نشست سخنرانی کرد.", "هدا رحیمی"),
        # Afghan and Dari names, Dari titles
        ("فوزیه نادری، معین سیاسی وزارت خارجه افغانستان، به نشست رفت.", "فوزیه نادری"),
        ("میرویس حکیمی رئیس کمیسیون روابط بین‌الملل ولسی جرگه گفت که نشست مفید بود.", "میرویس حکیمی"),
        # Arabic, Russian, Western and Indian given names hazm knows as words or not at all
        ("بسام العلی وزیر خارجه سوریه وارد بغداد شد.", "بسام العلی"),
        ("یلنا ماکارووا سخنگوی وزارت امور خارجه روسیه گفت که مسکو آماده است.", "یلنا ماکارووا"),
        ("جیمز هاروود، معاون وزیر خارجه آمریکا، در نشست شرکت کرد.", "جیمز هاروود"),
        ("راهول ورما سفیر هند در تهران با وزیر خارجه دیدار کرد.", "راهول ورما"),
    ],
)
def test_a_listed_given_name_opens_a_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_the_lexicon_has_the_classes_and_their_spellings() -> None:
    given = gz.load().given_names
    # Russian, Chinese (family name first), Afghan, Tajik and Western names, in several spellings
    spellings = ("یوگنی", "اوگنی", "ژانگ", "جانگ", "اجمل", "شکریه", "امامعلی", "کاندولیزا", "کاندلیزا")
    assert {gz.key(w) for w in spellings} <= given


def test_common_words_that_are_also_given_names_are_left_out() -> None:
    # hope, peace, world, witness, power, the month Bahman, but, Turkish, port, beautiful: words first
    words = ("امید", "صلح", "جهان", "شاهد", "قدرت", "بهمن", "ولی", "ترکی", "بندر", "زیبا")
    assert not {gz.key(w) for w in words} & gz.load().given_names


@pytest.mark.parametrize(
    "text",
    [
        "شاهد حضور وزیر خارجه ایران در این نشست بودیم.",
        "قدرت منطقه‌ای وزیر دفاع را نگران کرده است.",
        "روز ۲۲ بهمن وزیر خارجه ایران به مسکو رفت.",
        "جهان امروز به سخنان وزیر خارجه چین گوش می‌دهد.",
    ],
)
def test_the_left_out_words_make_no_name_next_to_a_title(text: str) -> None:
    assert names_in(text) == []
