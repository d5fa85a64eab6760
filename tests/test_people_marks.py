"""What is no person though it sits where a name may: two ranks written as one word before a surname
(helpers.extract.honorifics), an outlet whose name ends in an English word (title_names.OUTLET_TAILS)
or that «reports» (title_names.REPORTS_AFTER), a pact named by a noun that is a given name too
(title_names.PACTS), the Dari spelling of a state; and a later mention by the first part of a two-part
surname is the person named in full (helpers.extract.surnames). Sentences written for these tests; each
fails without the rule it names."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "later",
    [
        "به گزارش ایسنا از وزارت دفاع، امیرسرتیپ نصیر زاده ضمن حضور در این نشست سخنرانی کرد.",
        "امیرسرتیپ نصیرزاده در این اجلاس با همتایان خود دیدار کرد.",
        "سرلشکرپاسدار نصیرزاده در حاشیه اجلاس گفت.",
    ],
)
def test_two_ranks_written_as_one_word_are_no_name(later: str) -> None:
    first = "امیر سرتیپ عزیز نصیرزاده وزیر دفاع برای شرکت در اجلاس وارد چین شد."
    assert names_in(first, later) == ["عزیز نصیرزاده"]


def test_a_rank_glued_to_a_rank_is_no_given_name() -> None:
    assert names_in("امیرسرتیپ قرار است در نشست شرکت کند.") == []


@pytest.mark.parametrize(
    "text",
    [
        "به گزارش «الرافدین نیوز» نشست وزیران برگزار شد.",
        "«کابل تایمز» نوشت که این نشست ادامه دارد.",
        "به نوشته «تهران پرس» دبیرکل سخنرانی کرد.",
        "به گزارش «آریانا آنلاین» این اجلاس پایان یافت.",
    ],
)
def test_an_outlet_ending_in_an_english_word_is_no_person(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "«گلوبال ریویو» هند در گزارشی نوشت: نشست وزیران خارجه در دهلی نو برگزار شد.",
        "«کاریره فیورنتینو» گزارش داده که نخست‌وزیر ایتالیا در نشست شرکت می‌کند.",
    ],
)
def test_who_reports_is_an_outlet(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # «پیمان» (a pact, and a given name) before a place's or a body's name: the pact
        ("رهبران جهان «پیمان لیما» را در نیویورک امضا می‌کنند.", []),
        ("رئیس‌جمهور پیشنهاد کرد پیمان ناتونقش خود را در منطقه گسترش دهد.", []),
        ("او به سالگرد پیمان ناخیوان اشاره کرد و گفت سازمان پیشرفت کرده است.", []),
        # with a Persian surname after it, a person
        ("پیمان رحمانی سخنگوی وزارت خارجه در نشست گفت.", ["پیمان رحمانی"]),
    ],
)
def test_a_pact_is_no_person(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize("text", ["وزیر خارجه تورکیه در این نشست گفت.", "رییس جمهور تورکیه وارد استانبول شد."])
def test_the_dari_spelling_of_turkiye_is_a_state(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "first, later, name",
    [
        (
            "نماینده ایران در اوپک، جمال قاسم پور اردبیلی به خبرنگاران گفت.",
            "قاسم پور افزود: موضع ما روشن است.",
            "جمال قاسم\u200cپور اردبیلی",
        ),
        (
            "سفیر ایران، رضا نادرزاده تبریزی در نشست گفت.",
            "نادرزاده همچنین گفت که نشست ادامه دارد.",
            "رضا نادرزاده تبریزی",
        ),
    ],
)
def test_the_first_part_of_a_two_part_surname_is_the_person(first: str, later: str, name: str) -> None:
    assert names_in(first, later) == [name]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an outlet quoted after «به گزارش» / «بنابر گزارش»: the source, no person (name_cues.quoted_names)
        ("به گزارش «صوت العرب»، سران کشورها در بیانیه پایانی بر همکاری تاکید کردند.", []),
        ("بنابر گزارش «الوطن الیوم» نشست فردا آغاز می‌شود.", []),
        # a quoted name after the outlet's clause is still a name
        ("به گزارش خبرگزاری فرانسه، «مارتا کوپولا» وزیر خارجه ایتالیا وارد شد.", ["مارتا کوپولا"]),
    ],
)
def test_a_quoted_outlet_is_no_person(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted name after a settlement's noun is the place's (title_names.SETTLEMENTS)
        ("وزیر خارجه تهران را به مقصد شهر «ولیکی نووگورود» روسیه ترک کرد.", []),
        # the noun with its ezafe written on («منطقه‌ی»), a name of a given name and a common word
        ("این مراسم امروز در منطقه‌ی «کریم چشمه» در خاک ترکمنستان برگزار شد.", []),
        # a person quoted after a title that starts like a settlement's noun («شهردار») stays a person
        ("شهردار «کریم داوودی» در مراسم سخنرانی کرد.", ["کریم داوودی"]),
    ],
)
def test_a_name_after_a_settlements_noun_is_the_place(text: str, expected: list[str]) -> None:
    assert names_in(text) == expected
