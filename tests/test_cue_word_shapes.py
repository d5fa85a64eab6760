"""Cues whose words are set apart by a real space (speed22): an ordinal's «و» joiner, the words between «عازم» and
«هستم / شدم», those between «در این نشست» and «هستند». `cue` makes every space optional; these spaces are real so a
word cannot split anywhere (which made re try every split on a long list). The cues still read what they read:
invented sentences, folded as extraction folds them."""

from __future__ import annotations

import re

import pytest

from helpers.extract import cues, readings
from helpers.extract.meeting_nouns import MEETING
from helpers.extract.meeting_place import ORDINAL
from helpers.extract.mentions import cue
from helpers.text.gazetteer import fold

AT_MEETING = cue(f"در (?:این |{ORDINAL} )?(?:{MEETING})")
TRIP = next(said.phrase for said in cues.VERB_CUES if "عازم" in said.phrase.pattern)


def _found(regex: re.Pattern[str], text: str) -> list[str]:
    return [m.group() for m in regex.finditer(fold(text))]


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("وزیران در بیست و هشتمین نشست سران گفتند", "در بیست و هشتمین نشست"),
        ("در صد و بیست و یکمین اجلاس شورا", "در صد و بیست و یکمین اجلاس"),
        ("در بیست‌و‌هشتمین نشست سران", "در بیست\u200cو\u200cهشتمین نشست"),
        ("در بیست وهشتمین نشست سران", "در بیست وهشتمین نشست"),
        ("در چهاردهمین اجلاس سران", "در چهاردهمین اجلاس"),
        ("در ۷۸ امین اجلاس مجمع عمومی", "در 78 امین اجلاس"),
        ("در ۷۸امین اجلاس مجمع عمومی", "در 78امین اجلاس"),
        ("در ۷۸ ام نشست", "در 78 ام نشست"),
    ],
    ids=[
        "joined",
        "three-words",
        "zwnj",
        "joiner-glued-after",
        "one-word",
        "digits-apart",
        "digits-glued",
        "digits-am",
    ],
)
def test_an_ordinal_before_the_meeting_is_read_whole(text: str, meeting: str) -> None:
    assert _found(AT_MEETING.regex, text) == [meeting]


def test_a_list_joined_by_va_is_no_ordinal() -> None:
    assert _found(AT_MEETING.regex, "در روسیه و ونزوئلا و کوبا نشست‌هایی برگزار شد") == []


@pytest.mark.parametrize(
    "text",
    [
        "ریاست بیست و هشتمین نشست سران را بر عهده داشت",
        "ریاست این دوره از چهاردهمین اجلاس سران را بر عهده داشت",
        "ریاست نخستین نشست جدید سران را بر عهده داشت",
    ],
    ids=["ordinal", "period-ordinal", "first-new"],
)
def test_the_chair_cue_reads_the_meeting_after_its_words(text: str) -> None:
    chair = next(said.phrase for said in cues.PREV_CUES if "اداره" in said.phrase.pattern)
    assert _found(chair.regex, f"او {text} و سخنرانی کرد") == [text]


@pytest.mark.parametrize(
    ("text", "trip"),
    [
        ("من فردا عازم نیویورک شدم", "عازم نیویورک شدم"),
        ("ما عازم سازمان ملل در نیویورک هستیم", "عازم سازمان ملل در نیویورک هستیم"),
        ("عازم کاخ‌سفید شدیم", "عازم کاخ\u200cسفید شدیم"),
        ("عازم نیویورک‌ شدم", "عازم نیویورک\u200c شدم"),
        ("عازم مقر سازمان ملل متحد در شهر نیویورک شدیم", "عازم"),  # six words: too far for the verb
        ("عازم نیویورک و مسکو شدم", "عازم"),  # «و» is not one of its words
        ("رئیس‌جمهور عازم مسکو شد", "عازم"),
    ],
    ids=["one-word", "five-words", "zwnj-inside", "zwnj-after", "six-words", "va", "third-person"],
)
def test_the_trip_cue_reads_up_to_five_words_then_the_verb(text: str, trip: str) -> None:
    assert _found(TRIP.regex, text) == [trip]


PRESENT = next(s.phrase for s in cues.VERB_CUES if "حاضرند" in s.phrase.pattern and "مذاکرات" in s.phrase.pattern)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("وزیران در این نشست هستند", "در این نشست هستند"),
        ("سران در این نشست امروز حاضر بودند", "در این نشست امروز حاضر بودند"),
        ("هیئت‌ها در مذاکرات امروز در شهر تهران حاضر هستند", "در مذاکرات امروز در شهر تهران حاضر هستند"),
        ("در بیست و هشتمین نشست سران کشورهای عضو حاضرند", "در بیست و هشتمین نشست سران کشورهای عضو حاضرند"),
    ],
    ids=["no-word", "two-words", "five-words", "ordinal"],
)
def test_the_presence_cue_reads_up_to_six_words_then_the_verb(text: str, present: str) -> None:
    assert present in _found(PRESENT.regex, text)


def test_the_presence_cue_stops_at_ke() -> None:
    assert not any("هستند" in m for m in _found(PRESENT.regex, "در این نشست که امروز برگزار شد هستند"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("سران در نشست امروز گفتند", ["در نشست"]),
        ("سران در نشست بعدی خواهند گفت", []),
        ("در نشست‌های بعدی", []),
        ("در نشست سران کشورهای عضو بعدی", []),
        ("در نشست سران سال آینده", []),
        ("در نشست سران کشورهای عضو سازمان آینده", ["در نشست"]),  # four words: too far
    ],
    ids=["today", "next", "zwnj-plural", "three-words", "next-year", "four-words"],
)
def test_the_meeting_as_a_place_is_not_the_next_one_within_three_words(text: str, found: list[str]) -> None:
    assert _found(readings.PLACE.regex, text) == found
