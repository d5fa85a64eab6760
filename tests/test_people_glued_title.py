"""A role title written onto the name before it, its space lost (helpers.extract.name_glued): the
name ends where the title's head noun begins, whichever head, with a common word run on after it or
not, in Iranian and Dari spellings. Look-alikes: a title that itself opens with a head
(«نخستوزیر»), a short prefix («سرمنشی»), a function word before the head («غیرعضو»). Sentences and
names invented for these tests."""

from __future__ import annotations

import pytest
from people_fixtures import names_in

from helpers.extract.mentions import words
from helpers.extract.name_glued import glued_cuts, glued_title, run_on_title
from helpers.extract.names import kind
from helpers.text import gazetteer as gz


@pytest.mark.parametrize(
    "word, cut",
    [
        ("کرامرمدیر", 5),  # «مدیر» onto a rare surname
        ("ولدینگعضو", 6),  # «عضو»
        ("هاوسنوزیرخارجه", 5),  # the head with a common word run on after it
        ("تورکلسفیر", 5),  # «سفیر»
        ("بارتلیرییس", 6),  # the Dari spelling of «رئیس»
    ],
)
def test_a_head_written_onto_a_rare_word_is_cut_off(word: str, cut: int) -> None:
    assert glued_title(word) == cut


@pytest.mark.parametrize(
    "word",
    [
        "نخستوزیر",  # a title run together, opening with a head
        "رییسجمهور",
        "سرمنشی",  # two letters before the head: a word of its own
        "غیرعضو",  # a function word before the head
        "مدیریت",  # the head opens the word
        "ناتودرصدد",  # no head inside
        "کرامرمدیریت",  # what follows the head is no word
    ],
)
def test_no_glued_title(word: str) -> None:
    assert glued_title(word) is None


@pytest.mark.parametrize(
    "text, name",
    [
        ("در این نشست، آقای یوآخیم کرامرمدیر سازمان جهانی گمرک گفت که گفتگوها ادامه دارد.", "یوآخیم کرامر"),
        ("هانس ولدینگعضو مجلس سنای هلند و پیتر تورکل، سفیر سوئد در نشست حضور داشتند.", "هانس ولدینگ"),
        ("هانس ولدینگعضو مجلس سنای هلند نیز در نشست حضور داشت.", "هانس ولدینگ"),
        ("مارتین هاوسنوزیرخارجه وقت اتریش در آغاز اجلاس سخن گفت.", "مارتین هاوسن"),
        ("در آغاز اجلاس، مارتين هاوسنوزيرخارجه اتریش از میزبان تشکر کرد.", "مارتین هاوسن"),  # Arabic «ي»
        ("پیتر تورکل‌معاون وزیر خارجه سوئد گفت که نشست ادامه دارد.", "پیتر تورکل"),  # a ZWNJ, no space
        ("به گفته پیتر تورکلسفیر سوئد، این نشست در ژنو برگزار می‌شود.", "پیتر تورکل"),
    ],
)
def test_the_name_ends_where_the_glued_title_begins(text: str, name: str) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize("word", ["وزیرخارجه", "عضومجلس", "رییسدفتر"])
def test_a_run_on_title_is_no_name_word(word: str) -> None:
    assert run_on_title(gz.key(word))
    assert kind(word, gz.load()) is None


def test_a_head_before_a_rare_word_may_be_a_name() -> None:
    assert not run_on_title(gz.key("مدیرکرامر"))


@pytest.mark.parametrize(
    "text",
    [
        # a misspelt common word after a function word: the object of a verb, no name before a title
        "این کشور همواره همین ادعا را دستاوزیر قرار می‌دهد.",
        "آنها از این موضوع دستاوزیر ساختند و به آن استناد کردند.",
    ],
)
def test_no_glued_title_after_a_function_word(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, glued",
    [
        # a head alone needs its complement after it: before a rare word it ends a compound given name
        ("آقای نورسلطان تاکیف گفت.", None),
        ("آقای آیدا لامیمدیر سازمان جهانی گمرک گفت.", "مدیر"),  # a common word after the head
        ("یوآخیم کرامرسفیر کانادا گفت.", "سفیر"),  # a state's name after the head
        ("یوآخیم کرامروزیرخارجه گفت.", "وزیرخارجه"),  # the complement run on: nothing needed after it
    ],
)
def test_a_head_alone_needs_its_complement(text: str, glued: str | None) -> None:
    cuts = [word[cut:] for _, _, word, cut in glued_cuts(words(text)) if cut is not None]
    assert cuts == ([glued] if glued else [])
