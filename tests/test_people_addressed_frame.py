"""A name between an honorific of address and a title («آقای X Y وزیر …», «خانم X Y، رئیس …») is
every word between them, common words of the lexicon included: the honorific says a name follows
and the title closes it. Sentences written for these tests (names made of common words); the
look-alikes have no name between the honorific and the title, or a rank that is a common noun."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("آقای امید روشن وزیر کار این کشور گفت نشست فردا برگزار می‌شود.", "امید روشن"),
        ("خانم مهتاب زرین، رئیس کمیسیون انرژی پارلمان، در نشست سخنرانی کرد.", "مهتاب زرین"),
        ("نشست به ریاست مشترک دکتر نسیم بهار معاون وزیر خارجه و همتای او برگزار شد.", "نسیم بهار"),
        ("جناب آقای امید روشن، سفیر افغانستان در تهران، حضور داشت.", "امید روشن"),
        ("خانم شیرین آزاد سخنگوی وزارت خارجه گفت", "شیرین آزاد"),
        ("تحت ریاست آقای بهار نوروزی وزیر مالیه و نماینده سازمان ملل جلسه دایر گردید.", "بهار نوروزی"),
    ],
)
def test_the_words_between_an_honorific_and_a_title_are_the_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "آقای وزیر در نشست گفت",
        "خانم ها و آقایان، رئیس مجلس به نشست آمد.",
        "آقای رئیس جمهور در نشست سخنرانی کرد.",
        "یک سردار سپاه فرمانده نیروی قدس را همراهی کرد.",
        "آقای سفیر جدید ایران در کابل گفت",
    ],
)
def test_no_name_between_an_honorific_and_a_title(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("آقای John Weston رئیس جمهور افریقای جنوبی این کنفرانس را افتتاح کرد.", "John Weston"),
        ("سپس آقای Peter Lang یکی از معاونان اتحادیه سخنرانی کرد.", "Peter Lang"),
        ("خانم Anna Maria Berg در نشست گفت که همکاری ادامه دارد.", "Anna Maria Berg"),
    ],
)
def test_a_name_in_latin_letters_after_an_honorific(text: str, name: str) -> None:
    """name_cues.LATIN_NAME: the honorific marks a person whatever the script of the name."""
    assert names_in(text) == [name]


def test_an_acronym_after_an_honorific_is_no_name() -> None:
    assert names_in("آقای CSTO در نشست گفت.") == []
