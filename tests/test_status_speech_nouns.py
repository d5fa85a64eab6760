"""A speech told as a noun: the one whose speech it is («متن سخنرانی X در اجلاس سران», «سخنان X در این
نشست», «نطق X در هفتادمین مجمع عمومی») spoke at the meeting, and so did the subject who took part by a
speech there («X با سخنرانی در جمع سران …», «X ضمن سخنرانی در این کنفرانس …»), even where the sentence's
verb is lost, and the one whose speech the report gives in full («متن سخنرانی X»). Sentences written for
these tests (invented names, real titles) over the three speech nouns, several meeting words, Dari wording
and lost ZWNJ; look-alikes: a speech at an earlier meeting or to the press, words reacted to with no meeting
named, a message."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, statuses

UNDER_WAY = "اجلاس سران سازمان همکاری شانگهای امروز در بیشکک آغاز شد."


@pytest.mark.parametrize(
    "text",
    [
        f"متن سخنرانی {A_FULL} در سیزدهمین اجلاس سران سازمان همکاری شانگهای",  # a headline, no verb
        f"سخنان {A_FULL} در این نشست با استقبال حاضران روبرو شد.",
        f"{B_FULL} پس از نطق {A} در این اجلاس، از او تشکر کرد.",
        f"{A_FULL} با سخنرانی در جمع سران و مقام‌های شرکت‌کننده در این اجلاس، مواضع کشورش را تشریح",  # cut
        f"{A_FULL} ضمن سخنرانی در این کنفرانس، خواستار همکاری بیشتر شد.",  # Dari «ضمن»
        f"{A_FULL} با سخنرانی در نشست سران، از طرح تازه دفاع کرد.",
    ],
    ids=["headline", "words-at-it", "after-his-speech", "among-the-leaders", "dari-while", "at-the-summit"],
)
def test_the_speaker_of_a_speech_at_the_meeting_was_there(text: str) -> None:
    assert statuses(UNDER_WAY, text)[A][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"{B_FULL} به سخنان {A_FULL} در اجلاس قبلی اشاره کرد.",  # an earlier meeting
        f"{B_FULL} در واکنش به سخنان {A_FULL} گفت که کشورش آماده گفتگو است.",  # no meeting named
        f"پیام {A_FULL} به این اجلاس قرائت خواهد شد.",  # a message is no speech
    ],
    ids=["earlier-meeting", "words-reacted-to", "message"],
)
def test_a_speech_elsewhere_or_a_message_places_nobody(text: str) -> None:
    assert statuses(UNDER_WAY, text)[A][0] == "mentioned"


@pytest.mark.parametrize(
    "text",
    [
        f"متن سخنرانی {A_FULL}",  # the heading of the speech the report gives, no meeting named
        f"متن کامل سخنان {A_FULL} به شرح زیر است:",
        f"متن بیانیه {A_FULL}",  # Dari «بیانیه»: the speech
    ],
    ids=["heading", "full-text-follows", "dari-statement"],
)
def test_the_text_of_a_speech_given_in_the_report_is_the_speakers_at_the_meeting(text: str) -> None:
    """A report that gives the text of someone's speech gives what they said at the meeting, where the heading
    names no place."""
    assert statuses(UNDER_WAY, text)[A][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"متن پیام {A_FULL} به این اجلاس قرائت شد.",  # a message, read by someone else
        f"متن بیانیه مشترک {A_FULL} و {B_FULL} منتشر شد.",  # a joint statement, no speech
    ],
    ids=["message-read", "joint-statement"],
)
def test_the_text_of_a_message_or_a_joint_statement_is_no_speech(text: str) -> None:
    assert statuses(UNDER_WAY, text)[A][0] != "attended"
