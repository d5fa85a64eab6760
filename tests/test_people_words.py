"""Words run together, plurals and given names that are common words: written sentences (invented
names, real titles) for the kinds a fresh batch showed, each next to look-alikes that must not
change. Run-together words lose a space or a ZWNJ the way scraped pages do («بهمنظور»)."""

from __future__ import annotations

import pandas as pd
import pytest
from people_fixtures import known_in, names_in

from helpers import contracts
from helpers.extract.attendees import extract_attendees
from helpers.text import gazetteer as gz
from helpers.text.tokenize import normalize


@pytest.mark.parametrize(
    "text",
    [
        # «به» written onto its noun after a lost space or ZWNJ, right after a title and its state
        "معاون وزیر خارجه ایران بهمنظور شرکت در نشست وزیران عازم جده شد.",
        "وزیر امور خارجه قزاقستان بهعنوان رئیس دوره‌ای سخنرانی کرد.",
        "سفیر روسیه بهدنبال دیدار با همتای خود به مسکو بازگشت.",
        "رئیس‌جمهور تاجیکستان بهخاطر برف سفر خود را به تعویق انداخت.",
        "وزیر خارجه پاکستان درمورد این طرح توضیح داد.",
        # a noun and «-گرایی/-گرا» written solid after a lost ZWNJ
        "وزیر امور خارجه ایران، چندجانبهگرایی را در خطر دانست.",
        "نخست‌وزیر هند منطقهگرایی اقتصادی را ستود.",
        "وزیر خارجه ترکیه، یکجانبهگرایی آمریکا را نکوهش کرد.",
        "رئیس‌جمهور ازبکستان واقعگرایانه سخن گفت.",
    ],
)
def test_words_run_together_after_a_title_are_no_name(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # names that begin with the letters of «به» or end like «-گرا» are still names
        ("نورالله درانی، سخنگوی وزارت خارجه، گفت که نشست برگزار می‌شود.", "نورالله درانی"),
        ("بختیار بهادروف وزیر خارجه سخنرانی کرد.", "بختیار بهادروف"),
        ("حمید دریانی رئیس کمیسیون در نشست حضور داشت.", "حمید دریانی"),
        ("وزیر خارجه تورال بهشتیان در نشست سخنرانی کرد.", "تورال بهشتیان"),
    ],
)
def test_names_of_those_letters_stay_names(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # a word written onto a known surname (five letters or more) after a lost space: that person
        ("رادیو اروپای آزادپاشینیان گفت که نشست برگزار می‌شود.", ("پاشینیان", "Nikol Pashinyan")),
        ("به گزارش رادیو آزاداردوغان گفت که به نشست می‌آید.", ("اردوغان", "Recep Tayyip Erdoğan")),
        ("به نوشته روزنامه رسمیتوقایف از نشست حمایت می‌کند.", ("توقایف", "Kassym-Jomart Tokayev")),
    ],
)
def test_a_known_surname_written_onto_a_word_is_that_person(text: str, name: tuple[str, str]) -> None:
    assert known_in(text) == [name]  # the surname as written, not the word it is glued to


@pytest.mark.parametrize(
    "text, name",
    [
        # a given name or a short word run into a surname makes a compound given name or surname
        ("محمدکریموف وزیر خارجه در نشست سخنرانی کرد.", "محمدکریموف"),
        # a short word before a surname of the former Soviet states: one compound surname
        ("شیرکریموف وزیر خارجه در نشست سخنرانی کرد.", "شیرکریموف"),
        # a function word before a known surname: a place or a word of its own («میجیانگ»)
        ("رهبران در مرکز همایش‌های میجیانگ گرد آمدند.", None),
        ("محمدابراهیم نوروزاف وزیر خارجه در نشست سخنرانی کرد.", "محمدابراهیم نوروزاف"),
    ],
)
def test_a_given_name_run_into_a_name_is_left_whole(text: str, name: str | None) -> None:
    assert names_in(text) == ([name] if name else [])


@pytest.mark.parametrize(
    "text",
    [
        # a plural of a common noun, after a courtesy word or a title, is no name alone
        "روسای محترم دولت ها و هیات‌های نمایندگی در نشست حضور دارند.",
        "رؤسای محترم هیئت‌ها به تهران رسیدند.",
        "وزیر خارجه ملت‌ها را به همکاری فراخواند.",
        "سفیر ایران دولتها را به گفت‌وگو دعوت کرد.",
        "جناب آقای رئیس، نمایندگان محترم کشورها، خوش آمدید.",
    ],
)
def test_a_plural_common_noun_is_no_name(text: str) -> None:
    assert names_in(text) == []


def test_word_pieces() -> None:
    from helpers.extract.names import COMMON, GIVEN, RARE, kind

    gaz = gz.load()
    assert kind("بهمنظور", gaz) is None
    assert kind("چندجانبهگرایی", gaz) is None
    assert kind("دراگی", gaz) == RARE  # a foreign surname, no compound
    assert kind("منطقه", gaz) == COMMON
    assert kind("محمدحسن", gaz) == GIVEN  # two given names written as one


@pytest.mark.parametrize(
    "text, names",
    [
        # «آقایان» then names each followed by a title: every item is a person, a lone surname and
        # two common words included
        (
            "آقایان توکایف رئیس‌جمهور، کمالی رئیس دفتر رئیس‌جمهور، نامدار وزیر نیرو و ثمره کاظمی دستیار"
            " ارشد رئیس‌جمهور اعضای هیئت قزاقستان هستند.",
            ["توکایف", "ثمره کاظمی", "نامدار", "کمالی"],
        ),
        (
            "خانم‌ها روشن سخنگوی وزارت خارجه و نیکنام معاون وزیر خارجه در نشست حضور داشتند.",
            ["روشن", "نیکنام"],
        ),
        (
            "آقایان عزیزی وزیر امور خارجه، حیدری وزیر نفت و بهرامی سفیر ایران در مسکو در نشست بودند.",
            ["بهرامی", "حیدری", "عزیزی"],
        ),
        # without «آقایان», a name-shaped item next to a known person and their title
        (
            "پوتین رئیس‌جمهور روسیه، تورال بیکوف وزیر خارجه و لاوروف در نشست بودند.",
            ["تورال بیکوف", "لاوروف", "پوتین"],
        ),
    ],
)
def test_names_listed_each_with_a_title(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # titles listed with no names, and a common word before a title in a list with no «آقایان»
        "وزیر خارجه ایران، وزیر خارجه روسیه و دبیرکل سازمان در نشست حضور داشتند.",
        "در این نشست سخنرانی وزیر خارجه ایران، پیام رئیس‌جمهور روسیه و گزارش دبیرکل شنیده شد.",
        "آقایان و خانم‌ها، وزیر خارجه ایران و سفیر روسیه خوش آمدید.",
    ],
)
def test_titles_listed_without_names_name_no_one(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # a given name that is also a common word («ماریو», «بهار», the Pashto «گران») opening the
        # clause, a rare surname and a title after it, in a sentence that says something
        ("ماریو بونلی نخست‌وزیر ایتالیا گفته است که از نشست حمایت می‌کند.", "ماریو بونلی"),
        ("بهار سلیمانوا، سخنگوی وزارت خارجه تاجیکستان، گفت که نشست فردا برگزار می‌شود.", "بهار سلیمانوا"),
        ("به گزارش ایرنا، گران هیوادمل سخنگوی وزارت امور خارجه امروز افزود که نشست آنلاین است.", "گران هیوادمل"),
        ("گران هیوادمل، معاون وزیر خارجه افغانستان در گفتگو با رسانه‌ها تاکید کرد که آماده‌ایم.", "گران هیوادمل"),
    ],
)
def test_a_common_given_name_opening_a_saying_clause(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a noun opening a headline or clause with no verb of saying stays outside the name
        "سفر بیکوف وزیر خارجه قرقیزستان به تهران آغاز شد.",
        "هشدار بیکوف وزیر خارجه قرقیزستان درباره امنیت منطقه",
        # a verb of saying in another clause does not count
        "انتقاد بیکوف وزیر خارجه قرقیزستان از تحریم‌ها؛ سخنگوی دولت گفت که پاسخ می‌دهد.",
    ],
)
def test_a_noun_before_a_surname_and_title_is_no_given_name(text: str) -> None:
    assert names_in(text) == ["بیکوف"]


@pytest.mark.parametrize(
    "text, names",
    [
        # the agent of a passive («توسط», «از سوی», «از طرف») is a person when a given name leads
        ("نشست با تلاوت قرآن توسط حمید کرمانی، قاری بین‌المللی، آغاز شد.", ["حمید کرمانی"]),
        ("پیام رهبر از سوی مهدی نوروزی قرائت شد.", ["مهدی نوروزی"]),
        ("این طرح از طرف الکساندر کرمانوف به نشست ارائه شد.", ["الکساندر کرمانوف"]),
        # an expert named before what they study («شرق‌شناس», «ایران‌شناس», solid or apart), after «با»
        ("مجری با یوری پتروف شرقشناس روس گفت‌وگو کرد.", ["یوری پتروف"]),
        (
            "در این برنامه با ایوان سیدوروف ایران‌شناس و داوود کرمانی جامعه شناس بحث شد.",
            ["ایوان سیدوروف", "داوود کرمانی"],
        ),
    ],
)
def test_agents_and_experts_named_after_a_phrase_about_people(text: str, names: list[str]) -> None:
    assert names_in(text) == sorted(names)


@pytest.mark.parametrize(
    "text",
    [
        # the same phrases before bodies, states and ordinary words name no one
        "این بیانیه توسط وزارت خارجه منتشر شد.",
        "از سوی دیگر نشست وزیران به تعویق افتاد.",
        "این طرح از سوی کشورهای عضو تأیید شد.",
        "نیروهای امنیتی شناسایی شدند.",
        "امنیت منطقه کارشناسان را نگران کرده است.",
    ],
)
def test_such_phrases_before_no_name_name_no_one(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "texts, names",
    [
        # one foreign name spelled with a long vowel letter more or less in two sentences: one person
        (
            (
                "فریدون سینرلی اوغلو وزیر خارجه ترکیه در نشست حضور داشت.",
                "فریدون سینیرلی اوغلو به همتایان خود پیشنهاد داد.",
            ),
            ["فریدون سینرلی\u200cاوغلو"],
        ),
        (("یوری پتروف، معاون وزیر خارجه، سخنرانی کرد.", "یوری پتراوف افزود که نشست مهم است."), ["یوری پتروف"]),
        # Persian surnames of common words that differ so are two people; so are other given names
        (("علی کریمی وزیر نیرو گفت که نشست مهم است.", "علی کرمی وزیر راه گفت که آماده‌ایم."), ["علی کرمی", "علی کریمی"]),
        (
            ("یوری پتروف، معاون وزیر خارجه، سخنرانی کرد.", "ایوان پتراوف افزود که نشست مهم است."),
            ["ایوان پتراوف", "یوری پتروف"],
        ),
    ],
)
def test_two_spellings_of_one_foreign_name(texts: tuple[str, str], names: list[str]) -> None:
    assert names_in(*texts) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # «X title-and-its-complement و Y Z»: the complement (a body, an office) runs up to «و»
        (
            "علی کرمانی رئیس دفتر مقام ریاست جمهوری و محمدرضا نوری معاون او در نشست بودند.",
            ["علی کرمانی", "محمدرضا نوری"],
        ),
        ("حنیف کریمی وزیر خارجه حکومت پیشین و عبدالله کرمانی نیز حضور داشتند.", ["حنیف کریمی", "عبدالله کرمانی"]),
        ("علی کرمانی رئیس دفتر ریاست جمهوری و محمدحسن نوری حضور داشتند.", ["علی کرمانی", "محمدحسن نوری"]),
    ],
)
def test_a_name_after_a_title_s_complement_and_and(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # a verb or a preposition ends the title first: what follows «و» is another clause
        "علی کرمانی رئیس هیئت ایران گفت و حسن نیت طرفین را ستود.",
        "علی کرمانی رئیس هیئت ایران در نشست و حسن نیت طرفین سخن گفت.",
    ],
)
def test_a_clause_after_a_title_is_no_coordinated_name(text: str) -> None:
    assert names_in(text) == ["علی کرمانی"]


@pytest.mark.parametrize(
    "text, name",
    [
        # «X Y رئیس/مدیر/سرپرست/عضو <a body the gazetteer has no title for>»: the name before the title
        ("انتظار می‌رود که مراد اوزتورک رئیس دبیرخانه نهاد ریاست جمهوری به ریاست شورا برگزیده شود.", "مراد اوزتورک"),
        ("در این نشست کریم نوروزاف مدیر بانک توسعه سخنرانی کرد.", "کریم نوروزاف"),
        ("گفته می‌شود نورالله کرمانی رئیس ستاد برگزاری اجلاس است.", "نورالله کرمانی"),
        # the member or the acting head of such a body, the title set off by a comma or not
        ("ماریتا کوزلوفسکا عضو حزب سبز لتونی گفت که نشست مهم است.", "ماریتا کوزلوفسکا"),
        ("در این نشست ساندرا ویلکینز، عضو پیشین پارلمان کانادا و دیگران سخنرانی کردند.", "ساندرا ویلکینز"),
        ("گرگوری ماتیاس سرپرست معاونت بین‌الملل اتاق بازرگانی گفت که هیئت آماده است.", "گرگوری ماتیاس"),
    ],
)
def test_a_name_before_the_title_of_a_head_of_any_body(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # set off by a comma before such a title, a rare given name and a common surname are a name, as
        # before a gazetteer title (names.valid_kinds' apposed)
        ("وزیر بهداشت با ژانت صدری، مدیر منطقه‌ای سازمان دیدار کرد.", "ژانت صدری"),
        ("وزیر ورزش و گونار ملکی، رئیس فدراسیون شطرنج در نشست حاضر بودند.", "گونار ملکی"),
    ],
)
def test_a_name_set_off_before_the_title_of_a_head_of_any_body(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # common words before such a title are no name
        "اعضای شورا و نمایندگان رئیس ستاد را انتخاب کردند.",
        "مسئولیت برگزاری اجلاس با مدیر بانک توسعه است.",
        # a member state is no member's name
        "کشورهای عضو سازمان در نشست حضور داشتند.",
        "نمایندگان ۲۷ کشور عضو اتحادیه اروپا گفتند که توافق نزدیک است.",
    ],
)
def test_common_words_before_a_head_s_title_are_no_name(text: str) -> None:
    assert names_in(text) == []


def countries_in(text: str) -> dict[str, str | None]:
    rows = [(0, 0, "body", normalize(text))]
    df = extract_attendees(pd.DataFrame(rows, columns=contracts.SENTENCES))
    return {r.name_fa: r.country_fa for r in df.itertuples() if r.name_fa}


@pytest.mark.parametrize(
    "text, name, country",
    [
        # names, then a plural title and its states in the same order: when only the last names are
        # read as the title's list, they take the last states
        (
            "امامعلی رحمان رئیس‌جمهور و شوکت میرضیایف روسای جمهور تاجیکستان و ازبکستان وارد شدند.",
            "شوکت میرضیایف",
            "ازبکستان",
        ),
        # quoted names joined by «و» are one list
        (
            "«امامعلی رحمان»، «شوکت میرضیایف» و «الهام علی‌اف» روسای‌جمهور تاجیکستان، ازبکستان و آذربایجان دیدار کردند.",
            "الهام علی‌اف",
            "جمهوری آذربایجان",
        ),
        (
            "«کریم نوروزاف»، «تورال بیکوف» و «رستم کرمانوف» روسای‌جمهور تاجیکستان، قرقیزستان و آذربایجان دیدار کردند.",
            "تورال بیکوف",
            "قرقیزستان",
        ),
        # as many names as states: in order
        (
            "رحمان، میرضیایف و علی‌اف روسای جمهور تاجیکستان، ازبکستان و آذربایجان دیدار کردند.",
            "رحمان",
            "تاجیکستان",
        ),
    ],
)
def test_names_before_a_plural_title_take_its_states_from_the_end(text: str, name: str, country: str) -> None:
    assert countries_in(text)[name] == country
