"""A long name is one run of name words up to what the grammar makes a boundary (helpers.extract.name_runs,
names.name_span): pieces found by two rules that touch are one name, a European particle's article
(«فون در», «دی لا») stays inside the name, a title closes a two-part Persian surname, and a surname a
full name writes in two words is the same person when written run together. Sentences written for
these tests (invented names, real titles); each fails without the rule it names."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text, name",
    [
        # an Arabic name: a compound given name written apart, a common word, an «ال» word (found as two)
        ("آقای عبد الرحمن ناصر الخلیفه وزیر خارجه بحرین گفت.", "عبد الرحمن ناصر الخلیفه"),
        ("جناب عبد الکریم سالم الحمادی سفیر قطر در نشست سخنرانی کرد.", "عبد الکریم سالم الحمادی"),
        ("خانم نور الهدی فتح الزهرانی وزیر گردشگری عمان وارد تهران شد.", "نور الهدی فتح الزهرانی"),
        # a European name of four words: a given name, two rare words and a common one (found as two)
        ("اعضای شورا آندری بولک راس مونتس، نخست‌وزیر لوکزامبورگ را برگزیدند.", "آندری بولک راس مونتس"),
    ],
)
def test_two_pieces_that_touch_are_one_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a comma, «و» or a title between: two people
        ("آقای هانس گرول، کارل ویتنبرگ وزیر خارجه اتریش گفت.", ["هانس گرول", "کارل ویتنبرگ"]),
        ("آقای هانس گرول و کارل ویتنبرگ وزیر خارجه اتریش گفتند.", ["هانس گرول", "کارل ویتنبرگ"]),
        # two gazetteer people side by side in a headline stay two
        ("دیدار پوتین اردوغان در سوچی", ["اردوغان", "پوتین"]),
    ],
)
def test_names_apart_stay_apart(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text, name",
    [
        ("یوهان فون در ویلدن رئیس کمیسیون اروپا گفت.", "یوهان فون در ویلدن"),
        ("کلاوس فان در مولن وزیر خارجه هلند وارد بروکسل شد.", "کلاوس فان در مولن"),
        ("به گفته ماریا دی لا کاستیو وزیر خارجه اسپانیا، نشست ادامه دارد.", "ماریا دی لا کاستیو"),
        # Dari spelling of the title, the article written after the particle
        ("یوهان فون در ویلدن رییس کمیسیون اروپا گفت.", "یوهان فون در ویلدن"),
    ],
)
def test_a_particles_article_stays_in_the_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # «در» after a month «دی» or a number «دو»: a preposition, no name
        "این نشست روز ۱۲ دی در تهران برگزار شد.",
        "هیئت دو در مسکو دیدار کرد.",
    ],
)
def test_in_is_no_particle_elsewhere(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("هیئتی به سرپرستی بهرام نامدار شکیبا وزیر نفت ایران وارد وین شد.", "بهرام نامدار شکیبا"),
        ("هیئتی به ریاست مهدی دلاور فرزانه معاون وزیر خارجه وارد کابل شد.", "مهدی دلاور فرزانه"),
        ("با حضور رضا سالار آزاده رئیس سازمان برنامه برگزار شد.", "رضا سالار آزاده"),
        # set off by a comma, an apposition
        ("رئیس دیوان محاسبات در دیدار با بهرام روشن خلف، رئیس دیوان محاسبات عراق گفت.", "بهرام روشن خلف"),
        ("وزیر خارجه در دیدار با رضا سپید کهن، معاون وزیر خارجه عراق گفت.", "رضا سپید کهن"),
    ],
)
def test_a_title_closes_a_two_part_surname(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_a_common_word_after_the_surname_stays_out_before_no_title() -> None:
    """«X Y» then a common word and no title: the common word is no part of the name."""
    assert names_in("هیئتی به سرپرستی بهرام نامدار شکیبا دیروز وارد وین شد.") == ["بهرام نامدار"]


@pytest.mark.parametrize(
    "later",
    [
        "ترکیه از مخالفت خود با آقای راسموندسن دست کشید.",
        "خبرنگاران از آقای راسموندسن پرسیدند.",
    ],
)
def test_a_two_word_surname_run_together_is_the_same_person(later: str) -> None:
    first = "وزیران خارجه آندری بولک راس موندسن، نخست‌وزیر دانمارک را به دبیرکلی برگزیدند."
    assert names_in(first, later) == ["آندری بولک راس موندسن"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a foreign given name hazm knows as a word, or a common surname after a rare given name
        ("آقای مایکل ورتس رییس بورد اجرایی یونسکو گفت.", ["مایکل ورتس"]),
        ("خانم زهور کاظمی رییس کنفرانس عمومی در نشست سخنرانی کرد.", ["زهور کاظمی"]),
        ("جناب آقای دنیس فرانکو رئیس مجمع عمومی وارد شد.", ["دنیس فرانکو"]),
        ("پیام طالب رفاعیان دبیرکل سازمان جهانی جهانگردی قرائت خواهد شد.", ["طالب رفاعیان"]),
        ("به ریاست پل کاریمو وزیر خارجه رواندا برگزار شد.", ["پل کاریمو"]),
        # Dari honorific and title spelling
        ("دوکتور مایکل ورتس رییس هیئت گفت.", ["مایکل ورتس"]),
    ],
)
def test_the_words_between_a_cue_and_a_title_are_the_name(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two common words between a cue and a title: a phrase, no name
        "دیدار با همتای روسی وزیر خارجه انجام شد.",
        # a comma between the words: no one run
        "پیام طالب، دبیرکل سازمان قرائت شد.",
    ],
)
def test_a_phrase_between_a_cue_and_a_title_is_no_name(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "جلیل مختاری، سالار ولایت‌مند، غلامرضا تاج کوهی و مصطفی طاهری رئیس مجلس را همراهی می‌کنند.",
            ["جلیل مختاری", "سالار ولایت\u200cمند", "غلامرضا تاج کوهی", "مصطفی طاهری"],
        ),
        (
            "منوچهر متکی، شارلی انویه تکیه، محمدمهدی شهریاری و الهام آزاد در این اجلاس حضور دارند.",
            ["الهام آزاد", "شارلی انویه تکیه", "محمدمهدی شهریاری", "منوچهر متکی"],
        ),
        # Dari, a list of members after the head of the delegation
        (
            "هیئت به ریاست عبدالقادر زاهدی، سالار ولایت‌مند و پل کاریمو اعضای مشرانو جرگه سفر کردند.",
            ["سالار ولایت\u200cمند", "عبدالقادر زاهدی", "پل کاریمو"],
        ),
    ],
)
def test_every_item_of_a_list_of_people_is_read_whole(text: str, expected: list[str]) -> None:
    assert names_in(text) == sorted(expected)


def test_a_list_of_things_next_to_a_person_stays_out() -> None:
    assert names_in("پوتین، همکاری‌های اقتصادی و امنیت منطقه را بررسی کرد.") == ["پوتین"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("هیئت پارلمان تحت ریاست عبدالقادر زاهدی منشی ولسی جرگه به مسکو سفر کرد.", "عبدالقادر زاهدی"),
        ("هیئت تحت رهبری مایکل ورتس معاون وزیر خارجه وارد شد.", "مایکل ورتس"),
    ],
)
def test_the_dari_under_the_chairmanship_of_leads_a_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_under_the_presidency_as_a_period_is_no_name() -> None:
    assert names_in("تحت ریاست جمهوری او اقتصاد رشد کرد.") == []


@pytest.mark.parametrize(
    "text, name",
    [
        # two «بن» and a house «آل»: seven words, the chain read to its first given name (names.MAX_WORDS)
        (
            "به گزارش ایسنا، همچنین منصور بن خالد بن سعد آل نهیان، وزیر خارجه امارات اعلام کرد.",
            "منصور بن خالد بن سعد آل نهیان",
        ),
        ("فیصل بن ترکی بن ناصر آل سعود وزیر کشور عربستان در نشست سخنرانی کرد.", "فیصل بن ترکی بن ناصر آل سعود"),
    ],
)
def test_an_arab_chain_of_two_fathers_and_a_house_is_one_name(text: str, name: str) -> None:
    assert names_in(text) == [name]
