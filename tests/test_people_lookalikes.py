"""Words that look like unknown names next to a title or in a list but name no person: common
words run together or in another spelling, places, outlets, hashtags, and a name the excerpt
cuts off at its end; and a typing slip in a known name. Sentences written for these tests
(invented names of several nationalities, real titles); each kind has variants that fail without
its rule, next to look-alike names the rule must leave alone."""

from __future__ import annotations

import pytest
from people_fixtures import known_in, names_in

from helpers.extract.mentions import Span
from helpers.extract.title_names import place_or_outlet


@pytest.mark.parametrize(
    "text",
    [
        # a plural noun with «أ» for «ئ» and its ZWNJ lost, after a title's apposition
        "این نشست با حضور دبیرکل سازمان، هیأتهای کشورهای عضو و ناظران برگزار شد.",
        "این نشست با حضور دبیرکل سازمان، هیئتهای کشورهای عضو و ناظران برگزار شد.",
        "وزیر خارجه تاجیکستان، هیأت‌های عالی‌رتبه کشورهای همسایه را پذیرفت.",
    ],
)
def test_a_common_plural_in_the_other_hamza_spelling_is_no_name(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # «به» written onto its noun as «ب», the older spelling common in Dari and on old pages
        "اجلاس با سخنرانی نخست‌وزیر قرقیزستان بطور رسمی آغاز شد.",
        "وزیر خارجه ازبکستان بعنوان ناظر در نشست حضور یافت.",
        "سخنرانی رئیس‌جمهور تاجیکستان بخاطر تأخیر پرواز عقب افتاد.",
    ],
)
def test_a_preposition_written_onto_its_noun_as_b_is_no_name(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("بختیار نظروف، وزیر خارجه تاجیکستان، سخنرانی کرد.", "بختیار نظروف"),
        ("سخنگوی وزارت خارجه قزاقستان، تیمور بکتاش، گفت نشست آغاز شده است.", "تیمور بکتاش"),
    ],
)
def test_names_that_start_with_b_stay_names(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a constituency ending in «آباد» or «شهر», with a space, a ZWNJ or neither
        (
            "جواد صالحی نماینده مردم حسن آباد کتول و خلیل فرهادی نماینده مردم نجف‌آباد در اجلاس حضور داشتند.",
            ["جواد صالحی", "خلیل فرهادی"],
        ),
        ("محمود رضایی نماینده مردم شاهین‌شهر در نشست سخنرانی کرد.", ["محمود رضایی"]),
        ("سعید کرمانی نماینده مردم علیآباد در این نشست حضور یافت.", ["سعید کرمانی"]),
    ],
)
def test_a_place_in_abad_or_shahr_is_no_name(text: str, names: list[str]) -> None:
    assert names_in(text) == names


def test_a_surname_made_of_a_place_stays_a_name() -> None:
    # the surname of a place ends in «ی»: «فیروزآبادی» is a name
    assert names_in("کاظم فیروزآبادی، نماینده ایران، در نشست سخنرانی کرد.") == ["کاظم فیروزآبادی"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an outlet's name after its noun, listed before a quoted name or before a title
        (
            "طبق گزارش روزنامه الوطن الجدید، «خالد بن سعید الحارثی» وزیر خارجه عمان در نشست شرکت کرد.",
            ["خالد بن سعید الحارثی"],
        ),
        ("به نوشته شبکه تلویزیونی الغد العربی، «سالم الکعبی» سخنگوی وزارت خارجه امارات گفت.", ["سالم الکعبی"]),
        ("به نقل از پایگاه خبری الرأی الیوم، وزیر خارجه اردن در نشست حضور یافت.", []),
    ],
)
def test_an_outlet_is_no_person(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after «در» (in) stands a place or a body: the body's name with its space lost, or a place
        ("در مجمععمومی، نایب‌رئیس مجلس سخنرانی خواهد کرد.", None),
        ("در شورایعالی، معاون وزیر خارجه گزارش داد.", None),
        # look-alike: the same shape after «با» is a person
        ("با جمشید توراف، نایب‌رئیس مجلس ازبکستان، دیدار کرد.", "جمشید توراف"),
    ],
)
def test_a_name_right_after_in_is_a_place(text: str, name: str | None) -> None:
    assert names_in(text) == ([name] if name else [])


def test_place_or_outlet_reads_the_words_before_the_span() -> None:
    text = "به گزارش خبرگزاری الشرق الاوسط و در مجمععمومی، جمشید توراف آمد"
    starts = {w: text.index(w) for w in ("الشرق", "مجمععمومی", "جمشید")}
    assert place_or_outlet(text, Span(starts["الشرق"], starts["الشرق"] + 15))
    assert place_or_outlet(text, Span(starts["مجمععمومی"], starts["مجمععمومی"] + 10))
    assert not place_or_outlet(text, Span(starts["جمشید"], starts["جمشید"] + 12))


@pytest.mark.parametrize(
    "text",
    [
        # words joined by «_» are a hashtag or a placeholder, never a name
        "نمایندگان ملی موسوم به «شرپا_ سوشرپا» در کازان گرد آمدند.",
        "کاربران با هشتگ «اجلاس_سران» و «نشست_دوشنبه» از نشست نوشتند.",
    ],
)
def test_words_joined_by_an_underscore_are_no_name(text: str) -> None:
    assert names_in(text) == []


def test_a_name_cut_off_at_the_end_of_the_excerpt_is_dropped() -> None:
    found = names_in("سران سه کشور در آنکارا دیدار کردند.", "در این نشست جمشید توراف، ولادیمیر پوتین و رجب طیب ار")
    assert not any(n.endswith(" ار") for n in found)


def test_a_whole_name_at_the_end_of_the_excerpt_stays() -> None:
    # the last word is a given name, written whole: not cut
    found = names_in("سران در ریاض گرد آمدند.", "او را خالد النعیمی رئیس دفتر وزیر و عبدالکریم حسین")
    assert "عبدالکریم حسین" in found


def test_a_headline_that_ends_on_a_name_is_not_cut() -> None:
    # only the last body sentence of an excerpt is cut; a headline ends on a whole word
    found = names_in("نشست سران آغاز شد.", "سخنرانی وزیر خارجه ازبکستان جمشید توراف", section="headline")
    assert found == ["جمشید توراف"]


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        # a long vowel letter swapped with its neighbour is a typing slip in the name written before
        (("تیمور کاظمیان، وزیر خارجه تاجیکستان، وارد شد.", "تیمور کاظیمان گفت نشست آغاز شد."), "تیمور کاظمیان"),
        (("حسن روحانی، رئیس‌جمهور ایران، وارد آنکارا شد.", "حسن روحاین در این نشست گفت."), "حسن روحانی"),
    ],
)
def test_a_swapped_vowel_letter_is_the_same_person(texts: tuple[str, ...], name: str) -> None:
    assert names_in(*texts) == [name]


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        # the «ا» before a foreign name's opening consonants, written in one spelling, left out in the other
        (("تیمور استرانوف، وزیر خارجه تاجیکستان، وارد شد.", "تیمور سترانوف در این نشست گفت."), "تیمور استرانوف"),
        # a gazetteer person named by surname alone first: their gazetteer name is the full name respelled
        (
            (
                "استولتنبرگ با وزیر خارجه دیدار کرد.",
                "عبدالله عبدالله رئیس اجرائیه و ینس ستولتنبرگ دبیرکل ناتو",
                "ینس استولتنبرگ، دبیرکل ناتو گفت.",
            ),
            "ینس استولتنبرگ",
        ),
    ],
)
def test_a_prothetic_alef_left_out_is_the_same_person(texts: tuple[str, ...], name: str) -> None:
    assert [n for n in names_in(*texts) if n != "عبدالله عبدالله"] == [name]


def test_a_letter_left_out_of_a_gazetteer_persons_surname_is_a_slip() -> None:
    texts = ("مایک پمپئو وزیر خارجه آمریکا وارد دوحه شد.", "مایک پمیو وزیر خارجه آمریکا در این نشست گفت.")
    assert known_in(*texts) == [("مایک پمپئو", "Mike Pompeo")]


def test_a_consonant_left_out_of_an_unknown_surname_is_another_name() -> None:
    found = names_in("تیمور استرانوف، وزیر خارجه تاجیکستان، وارد شد.", "تیمور استانوف در این نشست گفت.")
    assert len(found) == 2


def test_a_first_consonant_left_out_is_another_name() -> None:
    found = names_in("تیمور استرانوف، وزیر خارجه تاجیکستان، وارد شد.", "تیمور ترانوف در این نشست گفت.")
    assert len(found) == 2


def test_two_surnames_that_differ_by_swapped_consonants_are_two_people() -> None:
    found = names_in("تیمور کاظمیان، وزیر خارجه تاجیکستان، وارد شد.", "تیمور کاظمنیا، سفیر تاجیکستان، گفت.")
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a member of a body, «هیئت» in its other spellings, and of a group of any kind
        ("کامران نوری، عضو هیات رئیسه کمیسیون امنیت ملی، در نشست سخنرانی کرد.", "کامران نوری"),
        ("کامران نوری عضو هیأت مدیره اتاق بازرگانی در اجلاس حضور یافت.", "کامران نوری"),
        ("حمید قاسمی عضو گروه پارلمانی اتحادیه بین‌المجالس گفت نشست مهم است.", "حمید قاسمی"),
        ("فرهاد ساعدی، عضو گروه کاری افغانستان، وارد مسکو شد.", "فرهاد ساعدی"),
    ],
)
def test_a_member_of_a_body_in_any_spelling_is_a_title(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an Arabic name whose words are common Persian words or titles, on either side of «بن»
        ("امیر قطر ریاست هیئت را به «سلطان بن سعد المریخی»، وزیر مشاور در امور خارجی، سپرد.", "سلطان بن سعد المریخی"),
        ("سلطان بن سعد المریخی، وزیر مشاور در امور خارجی قطر، در نشست شرکت کرد.", "سلطان بن سعد المریخی"),
        ("عادل بن نور الهاشمی، سفیر عربستان، وارد شد.", "عادل بن نور الهاشمی"),
        ("نایف بنت عامر الکعبی، وزیر خارجه امارات، سخنرانی کرد.", "نایف بنت عامر الکعبی"),
    ],
)
def test_common_words_around_bin_are_given_names(text: str, name: str) -> None:
    assert name in names_in(text)


def test_a_title_not_before_bin_stays_a_title() -> None:
    # look-alike: «سلطان عمان» is the sultan of Oman, no name, and «سلطان» does not join the next name
    assert names_in("سلطان عمان، هیثم بن طارق، در نشست حضور یافت.") == ["هیثم بن طارق"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title whose body was named before and is pointed back to with «این»
        (
            "رئیس کمیسیون امنیت ملی، کامران نوری عضو این کمیسیون و سفیر ایران در نشست بودند.",
            "کامران نوری",
        ),
        ("هیئت قزاقستان وارد شد؛ تیمور بکتاش، رئیس این هیئت، گفت نشست مهم است.", "تیمور بکتاش"),
        ("شبیب کعبی عضو این کمیته در اجلاس سخنرانی کرد.", "شبیب کعبی"),
    ],
)
def test_a_title_of_the_body_named_before_is_a_title(text: str, name: str) -> None:
    assert name in names_in(text)


def test_a_state_that_is_a_member_of_this_body_is_no_person() -> None:
    assert names_in("ایران عضو این سازمان است و قزاقستان عضو این گروه نیست.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a name after an outlet's or a building's noun and the words of its kind is the outlet's or
        # the building's, a person's name (and a title of courtesy) included
        "روزنامه هندی «ایندیا تودی» گزارش داد که نشست وزیران به تعویق افتاد.",
        "نشریه آلمانی «فرانکفورتر آلگماینه» نوشت که وزیران توافق کردند.",
        "پس از حمله به پایگاه هوایی «پتان کوت» مذاکرات متوقف شد.",
        "کنفرانس هر سال در هتل «بایریشر هوف» در شهر مونیخ برگزار می‌شود.",
        "هواپیما در میدان هوایی بین‌المللی حامد کرزی نشست.",
        "اجلاس در مرکز همایش‌های بین‌المللی ملک فیصل در ریاض برگزار شد.",
        "اجلاس در مرکز همایشهای بینالمللی شاه عبدالعزیز برگزار شد.",
        "نشست در ورزشگاه ملی «میشل پلاتینی» برگزار نشد.",
    ],
)
def test_a_name_after_an_outlet_or_a_building_noun_is_no_person(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # look-alikes: people named next to such nouns, not after them
        ("سخنگوی وزارت خارجه ایران ناصر کنعانی در فرودگاه مهرآباد به خبرنگاران گفت.", ["ناصر کنعانی"]),
        (
            "وزیر خارجه عربستان فیصل بن فرحان در هتل محل اجلاس با سرگئی لاوروف دیدار کرد.",
            ["سرگئی لاوروف", "فیصل بن فرحان"],
        ),
        ("به گزارش روزنامه گاردین، بوریس جانسون نخست‌وزیر انگلیس در نشست شرکت کرد.", ["بوریس جانسون"]),
        ("در مرکز همایش‌ها، ملک عبدالله دوم پادشاه اردن سخنرانی کرد.", ["عبدالله دوم"]),
    ],
)
def test_people_named_beside_a_building_stay(text: str, names: list[str]) -> None:
    assert names_in(text) == names
