"""Where a name ends and starts, read by grammar (helpers.extract.name_bounds). Sentences written for
these tests (invented names, real titles); each fails without the rule it names."""

from __future__ import annotations

import pandas as pd
import pytest
from people_fixtures import names_in

from helpers import contracts
from helpers.extract import name_bounds
from helpers.extract.attendees import extract_attendees
from helpers.text import gazetteer as gz
from helpers.text.tokenize import normalize


@pytest.mark.parametrize(
    "text, name",
    [
        # a part of the day after a surname written apart from its piece, or solid
        ("به گزارش تسنیم، مهدی صفری نیا صبح امروز در نشست سخنرانی کرد.", "مهدی صفری\u200cنیا"),
        ("به گزارش تسنیم، مهدی صفرینیا صبح امروز در نشست سخنرانی کرد.", "مهدی صفرینیا"),
        ("به گزارش ایرنا، مریم کاظمی‌فر بامداد دوشنبه در نشست گفت.", "مریم کاظمی\u200cفر"),
        ("به گزارش ایسنا، رضا نجفی‌پور شامگاه سه‌شنبه در اجلاس سخنرانی کرد.", "رضا نجفی\u200cپور"),
        # a unit of time («روز», «هفته») and a year counted from now («امسال»)
        ("به گزارش ایسنا، رضا نجفی پور هفته گذشته در اجلاس سخنرانی کرد.", "رضا نجفی\u200cپور"),
        ("به گزارش ایرنا، وانگ وینبین روز دوشنبه در نشست گفت.", "وانگ وینبین"),
        ("به گزارش ایرنا، محمد اسحاق‌زی امسال در نشست گفت.", "محمد اسحاق\u200cزی"),
    ],
)
def test_a_word_of_time_ends_a_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a number word after an honorific's look-alike («محترم» before an ordinal meeting)
        "وی گفت: «از اعضای محترم بیست و یکمین اجلاس سران تشکر می‌کنم.»",
        # a past participle the word counts lack («گردیده»), after a title and a time
        "رییس جمهور صبح امروز وارد قرغیزستان گردیده است.",
        "سفیر پاکستان دیروز وارد کابل گردیده بود.",
    ],
)
def test_a_number_or_a_participle_is_no_name(text: str) -> None:
    assert names_in(text) == []


def test_a_titles_complement_ends_before_a_word_of_time() -> None:
    """«رئیس‌جمهور غنی صبح دیروز وارد ازبکستان …»: the state after the time word is not the title's."""
    texts = [
        "سفر رئیس‌جمهور غنی به تاشکند برای شرکت در نشست سران",
        "دفتر ریاست جمهوری اعلام کرد که رئیس‌جمهور غنی صبح دیروز وارد ازبکستان گردید.",
    ]
    rows = [(i, i, "body", normalize(t)) for i, t in enumerate(texts)]
    df = extract_attendees(pd.DataFrame(rows, columns=contracts.SENTENCES))
    assert df["name_fa"].tolist() == ["غنی"]
    assert df["status"].tolist() == ["attended"]


@pytest.mark.parametrize(
    "text, name",
    [
        # «X الدین» after an honorific, its head a common word; after «،» and «؛» before a title
        ("دکتر شجاع الدین مرادی، مدیر کل وزارت نفت، گفت.", "شجاع الدین مرادی"),
        ("به گزارش باختر، علاء الدین کرمانی رئیس کمیسیون امنیت ملی مجلس گفت.", "علاء الدین کرمانی"),
        # Afghan compounds in «احمد»/«محمد» written apart: four written words, three names
        ("حافظ نصیر احمد کریمی، رئیس روابط عامه وزارت امور خارجه، گفت.", "حافظ نصیر احمد کریمی"),
        ("حافظ ضیاء محمد نوری، معین وزارت خارجه، گفت.", "حافظ ضیاء محمد نوری"),
        # «غلام» before a given name, and a Pashto surname in «زی» with its ZWNJ lost
        (
            "بر اساس تصمیم کمیته غلام محمد احمد زی نماینده افغانستان در سازمان ملل باقی ماند.",
            "غلام محمد احمد\u200cزی",
        ),
        # two given names joined by a dash, spaces around it or not, before an unknown surname or a
        # gazetteer one (Le Drian's spelling with a dash and spaces is none of the gazetteer's)
        ("آقای ژان – مارک دوبره، وزیر امور خارجه فرانسه، در این نشست شرکت کرد.", "ژان – مارک دوبره"),
        ("ژان-مارک دوبره وزیر امور خارجه فرانسه در این نشست سخنرانی کرد.", "ژان-مارک دوبره"),
        ("در این نشست فرانک – والتر هوفمان، وزیر امور خارجه آلمان، سخنرانی کرد.", "فرانک – والتر هوفمان"),
        ("آقای ژان – ایو لودریان، وزیر امور خارجه فرانسه، در این نشست شرکت کرد.", "ژان – ایو لودریان"),
        # a compound given name written apart before a two-word surname: four written words, three names
        ("همچنین ژان مارک تیستر دوبوا، وزیر نفت جمهوری کنگو، در این نشست سخنرانی کرد.", "ژان مارک تیستر دوبوا"),
    ],
)
def test_a_compound_given_name_written_apart_is_one_given_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, names",
    [
        # a common word before «الدین»/«الله» with no name word after the pair is no name (a school, a body)
        ("نماینده دانشکده اصول الدین در نشست حضور داشت.", []),
        ("سخنگوی اصول الدین گفت.", []),
        ("نماینده حزب الله لبنان در نشست حضور داشت.", []),
        # a common noun before «محمد» is no compound's head: a trip, a book
        ("از سفر محمد کریمی وزیر خارجه به مسکو خبر داد.", ["محمد کریمی"]),
        ("کتاب احمد کریمی رئیس دانشگاه منتشر شد.", ["احمد کریمی"]),
        # a dash between two surnames («the Putin–Erdoğan meeting») joins no given names
        ("در دیدار پوتین – اردوغان درباره سوریه گفت‌وگو شد.", ["اردوغان", "پوتین"]),
    ],
)
def test_look_alikes_of_compound_given_names(text: str, names: list[str]) -> None:
    assert names_in(text) == names


def test_the_words_that_end_a_name_come_from_the_dates_words() -> None:
    keys = name_bounds.time_and_number_keys()
    assert {gz.key(w) for w in ("روز", "هفته", "امروز", "فردا", "امسال", "سه شنبه", "بیست", "صبح")} <= keys
    assert gz.key("محمد") not in keys
    assert name_bounds.participle("گردیده") and not name_bounds.participle("یاماموتو")
    assert name_bounds.compound_given(gz.key("غلام"), True, gz.key("محمد"), True)
    assert not name_bounds.compound_given(gz.key("سفر"), True, gz.key("محمد"), True)


@pytest.mark.parametrize(
    "text, names",
    [
        # a clause opened by a name goes on with a time adverbial: a weekday (ZWNJ kept or lost),
        # a part of the day, Iranian and Afghan names (a Pashto surname, a compound given name)
        ("به گزارش خبرنگار ایرنا، حسن کرمانی سه‌شنبه در کنفرانس خبری گفت.", ["حسن کرمانی"]),
        ("به گزارش خبرنگار ایرنا، حسن کرمانی سهشنبه در کنفرانس خبری گفت.", ["حسن کرمانی"]),
        ("به گزارش ایلنا، محسن پاکدامن شامگاه دوشنبه تهران را به مقصد دوحه ترک کرد.", ["محسن پاکدامن"]),
        ("به گزارش پژواک، نجیب الله احمدزی صبح امروز وارد کابل شد.", ["نجیب الله احمدزی"]),
        # look-alikes: one given name, or no name, before the time
        ("به گزارش ایرنا، حسن روز دوشنبه در نشست گفت.", []),
        ("به گزارش ایرنا، روز دوشنبه نشست وزیران برگزار شد.", []),
    ],
)
def test_a_name_opening_a_clause_before_a_word_of_time(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # a foreign name of words hazm does not know after a long complement, no comma: Chinese,
        # European, Japanese; the complement with «در» + a body, «در امور» + a state, a Dari «دایمی»
        ("نماینده دایمی جمهوری خلق چین در سازمان ملل متحد فو سونگ گفت.", ["فو سونگ"]),
        ("نماینده ویژه دبیرکل ملل متحد در امور عراق یان کوبیش گفت.", ["یان کوبیش"]),
        (
            "نماینده ویژه دبیرکل و رئیس هیئت معاونت ملل متحد در افغانستان تادائو ماتسوموتو گفت.",
            ["تادائو ماتسوموتو"],
        ),
        # look-alikes: a title followed by a place, a date, a number, a clause, a body
        ("رئیس‌جمهور روسیه در نشست سوچی گفت.", []),
        ("رئیس‌جمهور روسیه در شهر نیژنی نووگورود گفت.", []),
        ("وزیر خارجه روسیه روز دوشنبه ۱۲ مهر وارد شد.", []),
        ("رئیس‌جمهور قزاقستان ۲۰ سال پیش گفت.", []),
        ("نماینده ویژه روسیه در امور افغانستان گفت که نشست مسکو برگزار می‌شود.", []),
        ("رئیس کمیته المپیک آسیا گفت که بازی‌ها برگزار می‌شود.", []),
    ],
)
def test_a_foreign_name_after_a_titles_complement(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # a foreign given name hazm knows as a noun only, opening a list item («و», «،») or a quote
        # before a rare surname and a title: African, American, British names
        ("رییس جمهوری ترکمنستان و تئودور نگوما رییس جمهوری گینه استوایی وارد تهران شدند.", ["تئودور نگوما"]),
        ("سفیر چین، مایکل مکنزی سفیر ایالات متحده در افغانستان و دیگران حضور داشتند.", ["مایکل مکنزی"]),
        (
            "رابرت فیکو نخست وزیر اسلواکی و جیمز کالاهان نخست وزیر بریتانیا دیدار کردند.",
            ["جیمز کالاهان", "رابرت فیکو"],
        ),
        ("«مایکل مکنزی» سفیر ایالات متحده در افغانستان حضور داشت.", ["مایکل مکنزی"]),
        # look-alikes: a title of courtesy («پرنس», an honorific like «شاهزاده»), an office noun, a
        # noun inside a clause; at the sentence start with no quote the word may be a headline's
        # noun («هشدار X وزیر …», tests/test_people_words.py), so the surname alone is read, unless
        # the word is a given name of the lexicon (given_names.csv: «مایکل»)
        ("و پرنس ویلیامز رئیس بنیاد سخنرانی کرد.", ["ویلیامز"]),
        ("و دفتر کوئیکو رئیس شرکت گفت.", []),
        ("تئودور نگوما رییس جمهوری گینه استوایی", ["نگوما"]),
        ("مایکل مکنزی سفیر ایالات متحده در افغانستان", ["مایکل مکنزی"]),
        ("در این نشست پرنس ویلیامز رئیس بنیاد سخنرانی کرد.", ["ویلیامز"]),
    ],
)
def test_a_foreign_given_name_hazm_knows_as_a_noun(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # before a surname no list knows, any common word opening a list item is its given name
        # («فکری», «تام»: adjectives in hazm's lexicon, given names here)
        ("رئیس‌جمهور ایران و فکری بالاوندا وزیر خارجه مصر سخنرانی کردند.", ["فکری بالاوندا"]),
        ("رئیس‌جمهور ایران، تام کلاودیوس وزیر خارجه استرالیا و دیگران حضور داشتند.", ["تام کلاودیوس"]),
        # at the sentence start the word may be a headline's noun: the surname alone
        ("سفر بالاوندا وزیر خارجه مصر لغو شد.", ["بالاوندا"]),
        ("فکری بالاوندا وزیر خارجه مصر سخنرانی کرد.", ["بالاوندا"]),
        # a patronymic the gazetteer spells alone («بن سلمان») takes the given name before it
        ("عبدالعزیز بن سلمان وزیر انرژی عربستان گفت.", ["عبدالعزیز بن سلمان"]),
        (
            "وزیران نفت روسیه و عربستان، الکساندر نواک و عبدالعزیز بن سلمان دیدار کردند.",
            ["الکساندر نواک", "عبدالعزیز بن سلمان"],
        ),
        ("بن سلمان ولیعهد عربستان وارد شد.", ["بن سلمان"]),
    ],
)
def test_a_given_name_before_an_unknown_surname_or_a_patronymic(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # «بن» right before a gazetteer person's name: the person is a forebear, the name a son's
        # (invented sons of real fathers; a chain of two «بن», an honorific before it, «بنت»)
        ("شیخ ناصر بن حمد بن خلیفه آل ثانی وزیر مشاور قطر در نشست سخنرانی کرد.", ["ناصر بن حمد بن خلیفه آل ثانی"]),
        ("خالد بن فیصل بن فرحان آل سعود سفیر عربستان گفت.", ["خالد بن فیصل بن فرحان آل سعود"]),
        ("در این نشست منیره بنت محمد بن سلمان نیز حضور داشت.", ["منیره بنت محمد بن سلمان"]),
        # the father's own name, with no «بن» before it, stays the person
        ("فیصل بن فرحان آل سعود وزیر خارجه عربستان گفت.", ["فیصل بن فرحان آل سعود"]),
    ],
)
def test_a_gazetteer_name_after_son_of_is_a_forebear_in_another_name(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text, names",
    [
        # the quote marks bound a name of four words before a title: the cue's three-word run inside
        # it is no second person (Bulgarian and Azerbaijani names; a list of quoted names)
        ("در این نشست «ماریا ایوانا پتروا سیدوروا» رئیس مجلس بلغارستان سخنرانی کرد.", ["ماریا ایوانا پتروا سیدوروا"]),
        (
            "«گلنار علی قیزی محمدووا» رئیس مجلس آذربایجان و «آنا کوالوا» رئیس مجلس بلاروس حضور داشتند.",
            ["آنا کوالوا", "گلنار علی قیزی محمدووا"],
        ),
    ],
)
def test_a_quoted_name_ends_at_its_quote(text: str, names: list[str]) -> None:
    assert names_in(text) == names
