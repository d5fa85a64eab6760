"""How far a name runs before the words written after it (helpers.extract.names, name_lexicon,
name_cues). Sentences written for these tests (invented names, real titles and wordings); each fails
without the rule it names."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text, name",
    [
        # «از» written onto the plural after the name (name_lexicon.run_together)
        ("کامران نیک زاده ازاعضاء هیئت ایرانی حاضر در اجلاس رم بود.", "کامران نیک\u200cزاده"),
        ("بهروز فتحی پور ازاعضای هیئت ایرانی در نشست سخنرانی کرد.", "بهروز فتحی\u200cپور"),
    ],
)
def test_a_preposition_written_onto_a_plural_ends_a_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # «قرار است/بود» after the name: the modal phrase, not a surname (names._IS_TO)
        ("به گزارش ایرنا، آقای دکتر کاوه جبلی قرار است در افتتاحیه این اجلاس سخنرانی کند.", "کاوه جبلی"),
        ("آقای مهندس فرهاد جبلی قرار بود در نشست وزیران شرکت کند.", "فرهاد جبلی"),
        # the light verbs as before
        ("آقای دکتر کاوه جبلی قرار گرفت.", "کاوه جبلی"),
    ],
)
def test_qarar_before_the_copula_is_no_surname(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # a surname in «…شناس» set off by a comma before its title (name_cues._surname_set_off)
        (
            "طلوع نوشت، احمد جاوید حقشناس، سخنگوی وزارت انرژی، در این باره گفت: «سودمند بود.»",
            "احمد جاوید حق\u200cشناس",
        ),
        ("ایرنا نوشت، محمد کریم خداشناس، معاون وزارت خارجه، در این باره گفت: «سودمند بود.»", "محمد کریم خداشناس"),
    ],
)
def test_a_surname_in_shenas_before_its_title(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_an_expert_word_still_follows_the_name() -> None:
    assert names_in("حسن رضایی کارشناس مسائل سیاسی گفت که نشست مهم است.") == ["حسن رضایی"]


@pytest.mark.parametrize(
    "text, name",
    [
        # the house's name after «آل» ends the name: the title after it is no surname (names.HOUSE)
        ("شیخ فهد بن ناصر آل خلیفه رییس کنفدراسیون تیراندازی آسیا گفت.", "فهد بن ناصر آل خلیفه"),
        ("شیخ حمد بن خالد آل خلیفه رئیس فدراسیون شنای آسیا گفت.", "حمد بن خالد آل خلیفه"),
    ],
)
def test_the_house_name_ends_an_arabic_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "texts, name",
    [
        # a title the gazetteer lacks after the full name; the surname alone after an honorific later
        (
            ("کاوه نظری، مسئول روابط خارجی این جبهه می‌گوید که نشست مهم است.", "آقای نظری گفت: «نشست مهم است.»"),
            "کاوه نظری",
        ),
        (
            ("علیمیثم نظری، مسئول روابط خارجی این جبهه می‌گوید که نشست مهم است.", "آقای نظری گفت: «نشست مهم است.»"),
            "علیمیثم نظری",
        ),
        # a given name hazm knows as a word, opening the clause, the pair set off by a comma
        (
            ("دو نفر نبودند.", "ظاهر بابری، رئیس پیشین کمیته ملی المپیک نبود.", "آقای بابری گفت: «نشست مهم است.»"),
            "ظاهر بابری",
        ),
    ],
)
def test_a_surname_found_alone_is_the_full_name_the_article_writes(texts: tuple[str, ...], name: str) -> None:
    """surnames.named_in_full: the name found in full nowhere else, the surname alone after «آقای»."""
    assert names_in(*texts) == [name]


@pytest.mark.parametrize(
    "texts",
    [
        ("سفر بابری به کابل لغو شد.", "آقای بابری گفت: «نشست مهم است.»"),  # a headline's noun
        ("ظاهر بابری، رئیس پیشین کمیته ملی المپیک نبود.", "آقای بابری گفت: «نشست مهم است.»"),  # may be cut
    ],
)
def test_a_word_before_the_surname_stays_out_of_it(texts: tuple[str, ...]) -> None:
    """No clause opens before a headline's noun; the article's first word may be a cut word's tail."""
    assert names_in(*texts) == ["بابری"]
