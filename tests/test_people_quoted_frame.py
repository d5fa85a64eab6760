"""A quoted name next to a title runs as far as the quotes (helpers.extract.name_cues.quoted_names):
a word the lexicon reads as a verb's past form or a word of time is a word of the name there; the
name's Latin spelling may stand between the quote and the title. With no title, a common word before
a name inside the quotes is the name's too, unless a body's word («گروه X Y»)."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a past form of a verb opening a foreign name, title after the quote, other verbs and tenses
        ("«نهاد قورباناوغلو» دبیرکل این سازمان روز دوشنبه در نشست سخنرانی کرد.", "نهاد قورباناوغلو"),
        ("«نهاد تیمورتاش» وزیر بازرگانی ترکیه به تهران خواهد آمد.", "نهاد تیمورتاش"),
        ("در این اجلاس «نهاد ساریکایا» سفیر ترکیه حضور داشت.", "نهاد ساریکایا"),
        # a weekday as a given name, first or last, Dari title spelling
        ("«جمعه خان رحیم اف» نماینده تاجیکستان به سمت مدیر کمیته انتخاب شد.", "جمعه خان رحیم\u200cاف"),
        ("«یحیی جمعه» رئیس جمهوری گامبیا از حضور مهمانان قدردانی کرد.", "یحیی جمعه"),
        ("«جمعه مراد اوف» وزیر خارجه ترکمنستان نیز سخنرانی نمود.", "جمعه مراد\u200cاوف"),
        ("«شنبه کوماروف» معاون وزیر خارجه قرقیزستان گفت که نشست مهم است.", "شنبه کوماروف"),
        # the name's Latin spelling between the quote and the title, bare or in brackets
        ("مورد استقبال «نهاد قورباناوغلو» Nihat Kurbanoglu وزیر اقتصاد ترکیه قرار گرفت.", "نهاد قورباناوغلو"),
        ("«جمعه خان رحیم اف» (Juma Khan Rahimov) نماینده تاجیکستان انتخاب شد.", "جمعه خان رحیم\u200cاف"),
    ],
)
def test_a_quote_next_to_a_title_frames_the_whole_name(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # quoted words of time or verbs with no name word among them, next to a title
        "«روز جمعه» وزیر خارجه به تهران بازگشت.",
        "«جمعه گذشته» رئیس جمهور سخنرانی کرد.",
        # a weekday or a verb quoted beside a name word but no title: no name by the frame
        "شعار «جمعه کوماروف» در شهر شنیده شد.",
        "مورد استقبال «نهاد قورباناوغلو» Nihat Kurbanoglu قرار گرفت.",
        # a function word inside the quote still ends it
        "«نهاد در سازمان» رئیس پارلمان گفت.",
    ],
)
def test_no_name_framed_by_quotes_without_a_name_word_or_a_title(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # typographic single quotes («‘…’») frame a name as guillemets do: before a title, a gazetteer
        # person's shorter spelling or an unknown name
        ("‘کامران صالحی’ وزیر امور خارجه ایران گزارشی ارائه کرد.", "کامران صالحی"),
        ("به گزارش ایرنا، ‘نهاد قورباناوغلو’ دبیرکل این سازمان سخنرانی کرد.", "نهاد قورباناوغلو"),
        ("‘جواد ظریف’ وزیر امور خارجه ایران در نشست سخنرانی کرد.", "جواد ظریف"),
    ],
)
def test_typographic_single_quotes_frame_a_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_a_city_in_typographic_quotes_after_in_is_no_name() -> None:
    # «در شهر ‘X Y’»: the place where the act was done, quoted (meeting_place.IN_CITY)
    text = "در این نشست رئیس ستاد ارتش چین و رئیس ستاد نیروهای مسلح تاجیکستان در شهر ‘سین کیانگ’ چین حضور داشتند."
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a common word opening the quote before a name (a syllable of a Chinese name hazm knows as a noun)
        ("«شیء لی وانگ» صبح امروز در حاشیه اجلاس با رئیس‌جمهور ایران دیدار کرد.", "شیء لی وانگ"),
        ("در این دیدار «شیء لی وانگ» از مواضع ایران حمایت کرد.", "شیء لی وانگ"),
    ],
)
def test_the_quotes_hold_the_word_before_a_name_inside_them(text: str, name: str) -> None:
    assert name in names_in(text)


def test_a_body_named_in_quotes_is_no_name() -> None:
    # a body's word opening the quote: a group named, no person («گروه X Y»)
    assert names_in("وزیران عضو «گروه آکادمیک واریوگا» در نشست شرکت کردند.") == []
