"""A person's name whose words the lexicons read as something else: a Western surname that is a state's
name («X کامرون», Cameron) after a given name and before a title, and a given name hazm knows as a
common word before a gazetteer surname inside the quotes that frame the name («"غیرت X"», the
gazetteer spelling its given name otherwise). Sentences written for these tests (invented people
besides the gazetteer surnames, real titles); each positive case fails without its rule."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text, names",
    [
        # a comma between the name and the title; the title of a head of government
        ("از سوی دیگر دیوید کامرون، نخست وزیر بریتانیا تصمیم دارد اعضا را قانع کند.", ["دیوید کامرون"]),
        # the Dari title right after, in a list with another person
        (
            "دیوید کامرون صدراعظم بریتانیا و جان کری وزیر خارجه ایالات متحده در کنفرانس شرکت کردند.",
            ["جان کری", "دیوید کامرون"],
        ),
        # another state's name as a surname, two spaces before the title
        ("در این نشست کاترین چاد  وزیر خارجه کانادا حضور دارد.", ["کاترین چاد"]),
    ],
)
def test_a_states_name_after_a_given_name_before_a_title_is_a_surname(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: a state after a given name with no title after it, or after «به»
        "محمد تهران را به مقصد مسکو ترک کرد.",
        "سفر حسن به ترکیه وزیر خارجه را خشنود کرد.",
        # states in a list after a plural title
        "نشست با حضور وزیران ایران، ترکیه، کامرون و چاد برگزار شد.",
    ],
)
def test_a_state_elsewhere_stays_a_state(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        # guillemets, after the source phrase, the title after the quote
        ("به گزارش ایرنا، «غیرت ساریبای» دبیرکل کنفرانس سیکا امروز وارد تهران شد.", "غیرت ساریبای"),
        # opening the sentence, a verb of saying later
        ("«غیرت ساریبای» دبیرکل سیکا گفت که نشست مهم است.", "غیرت ساریبای"),
        # straight quotes, a comma after them
        ('به گفته "غیرت ساریبای"، دبیرکل سیکا، نشست مهم است.', "غیرت ساریبای"),
    ],
)
def test_quotes_frame_a_gazetteer_surname_with_its_given_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # look-alikes: no quotes, the common word is no given name; a quoted phrase longer than a name
        ("غیرت ساریبای دبیرکل سیکا گفت که نشست مهم است.", "ساریبای"),
        ("او گفت: «نشست امروز با حضور ساریبای» برگزار شد.", "ساریبای"),
    ],
)
def test_no_quotes_no_frame(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # a foreign given name hazm knows as a noun, between commas, before a gazetteer surname
        ("از قرقیزستان، میکائیل جباروف، وزیر اقتصاد در نشست حضور داشت.", "میکائیل جباروف"),
        ("از طرف آذربایجان، میکائیل جباروف، وزیر اقتصاد حضور دارد.", "میکائیل جباروف"),
        # after «و», a title right after the surname
        ("کاوه رحیمی وزیر خارجه و میکائیل جباروف وزیر اقتصاد در نشست شرکت کردند.", "میکائیل جباروف"),
    ],
)
def test_a_foreign_given_name_opening_an_item_before_a_gazetteer_surname(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # look-alikes: a noun before the surname with no boundary before it; a rare given name respelt
        ("سخنان جباروف رئیس جمهور قرقیزستان مهم بود.", "جباروف"),
        ("ولادمیر پوتین رئیس جمهور روسیه در نشست شرکت کرد.", "ولادمیر پوتین"),
    ],
)
def test_other_words_before_a_gazetteer_surname(text: str, name: str) -> None:
    assert names_in(text) == [name]
