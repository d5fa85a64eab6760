"""Presence in wordings the cues missed on batches 25–28 (session 16): taking part told as a noun of the
subject («X با حضور در این اجلاس، …»), words called or asked for at the meeting («… را مهم خواند», «از
رهبران … خواست»), a speech told by «نطق», the partner of a joint press conference named with this meeting,
addressing or reporting to the meeting («خطاب به اجلاس», «به این نشست گزارش داد»), a speech line opening
on an address of fellowship («برادر محترم X، وزیر …؛»), an exchange of views on the sidelines («تبادل نظر»)
and a counted span up to now, which names no earlier meeting («در سه سال گذشته»). Sentences written for these
tests (invented names, real titles); look-alikes: an earlier meeting, a press or domestic meeting, a
pre-event report, words with no place, a line with a verb."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses

UNDER_WAY = "اجلاس سران سازمان همکاری شانگهای امروز در بیشکک آغاز شد."
HELD = "اجلاس سران سازمان همکاری شانگهای دیروز در بیشکک برگزار شد."
AHEAD = "اجلاس سران سازمان همکاری شانگهای از روز چهارشنبه در بیشکک آغاز به کار می‌کند."


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} با حضور در این اجلاس، از طرح‌های همکاری منطقه‌ای حمایت کرد.",
        f"{A_FULL} با شرکت در نشست سران از طرح‌های همکاری منطقه‌ای حمایت کرد.",
        f"{A_FULL} با حضور و سخنرانی در افتتاحیه کنفرانس سران، از طرح‌های همکاری حمایت کرد.",
        f"{A_FULL} ضمن حضور در جلسه عمومی اجلاس، خواستار همکاری بیشتر شد.",
    ],
    ids=["presence", "taking-part", "and-a-speech", "dari-while"],
)
def test_taking_part_told_as_a_noun_of_the_subject_is_presence(text: str) -> None:
    assert statuses(HELD, text)[A] == ("attended", "participation")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} با حضور در اجلاس سال گذشته، از طرح‌های همکاری حمایت کرد.",  # an earlier meeting
        f"{A_FULL} با حضور در نشست خبری گفت که کشورش آماده همکاری است.",  # the press
        f"{A_FULL} با حضور در جلسه هیئت دولت گفت که کشورش آماده همکاری است.",  # a domestic meeting
    ],
    ids=["earlier", "press", "domestic"],
)
def test_taking_part_in_another_meeting_places_nobody(text: str) -> None:
    assert statuses(HELD, text)[A][0] == "mentioned"


def test_taking_part_told_as_a_noun_before_the_meeting_is_a_plan() -> None:
    # no verb of its own (the sentence cut short): the report's time, still to come, decides
    assert statuses(AHEAD, f"{A_FULL} با حضور در دهمین اجلاس سران این سازمان، ضمن سخن")[A][0] == "expected"
    assert statuses(f"{A_FULL} با حضور در این اجلاس سخنرانی خواهد کرد.")[A][0] == "expected"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} که در جلسه مجمع عمومی سازمان ملل متحد ثبات منطقه را مهم خواند.",
        f"در دومین روز نشست سران، {A_FULL} از رهبران کشورهای عضو خواست تا به این طرح بپیوندند.",
        f"{A_FULL} در نطق خود خطاب به سران کشورهای عضو، این روز را روزی تاریخی خواند.",
    ],
    ids=["called-it", "asked-them", "nutq"],
)
def test_words_called_or_asked_for_at_the_meeting_are_a_speech_there(text: str) -> None:
    assert statuses(UNDER_WAY, text)[A] == ("attended", "speech")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در مصاحبه با یک روزنامه ثبات منطقه را مهم خواند.",  # no meeting named
        f"{A_FULL} در نشست خبری در تاشکند از کشورهای همسایه خواست تا همکاری کنند.",  # the press at home
    ],
    ids=["interview", "press"],
)
def test_words_called_or_asked_for_elsewhere_place_nobody(text: str) -> None:
    assert statuses(UNDER_WAY, text)[A][0] == "mentioned"


def test_the_partner_of_a_joint_press_conference_named_with_this_meeting_was_there() -> None:
    got = statuses(HELD, f"{A_FULL} در نشست خبری مشترک با {B_FULL} گفت: این نشست موفق بود.")
    assert (got[A][0], got[B][0]) == ("attended", "attended")
    # a meeting still to come places neither
    got = statuses(AHEAD, f"{A_FULL} در نشست خبری مشترک با {B_FULL} گفت: این نشست موفق خواهد بود.")
    assert (got[A][0], got[B][0]) == ("mentioned", "mentioned")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} ضمن خطاب به نخستین اجلاسیه این گفتگو اظهار داشت که منطقه با چالش‌های جدی روبروست.",
        f"{A_FULL} در خطاب به اجلاس سران گفت که منطقه با چالش‌های جدی روبروست.",
        f"{A_FULL} نیز به این نشست گزارش داد.",
    ],
    ids=["addressing-it", "addressing-the-summit", "reported-to-it"],
)
def test_addressing_or_reporting_to_the_meeting_is_a_speech_there(text: str) -> None:
    assert statuses(text)[A] == ("attended", "speech")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در خطاب به نشست خبری گفت که منطقه با چالش‌های جدی روبروست.",
        f"{A_FULL} به نشست خبری گزارش داد.",
    ],
    ids=["addressing-the-press", "reporting-to-the-press"],
)
def test_addressing_the_press_places_nobody(text: str) -> None:
    assert statuses(text)[A][0] == "mentioned"


@pytest.mark.parametrize("courtesy", ["برادر محترم", "همکار گرامی", "خواهر گرامی"])
def test_an_address_of_fellowship_opening_a_speech_line_is_to_someone_in_the_hall(courtesy: str) -> None:
    assert statuses(f"{courtesy} {A}، وزیر امور خارجه ازبکستان؛")[A][0] == "attended"
    assert statuses(f"{courtesy} {A} از این طرح حمایت کرد.")[A][0] == "mentioned"  # a verb: said of them


def test_an_exchange_of_views_on_the_sidelines_is_talks_there() -> None:
    got = statuses(f"{A_FULL} همچنین درحاشیه اجلاس با {B_FULL} در خصوص تحولات منطقه بحث و تبادل نظر کرد.")
    assert (got[A], got[B]) == (("attended", "sidelines"), ("attended", "sidelines"))


def test_a_counted_span_up_to_now_is_no_earlier_meeting() -> None:
    agenda = "اجلاس سران امروز در بیشکک آغاز شد و در آن فعالیت‌های سازمان در سه سال گذشته بررسی خواهد شد."
    got = statuses(agenda, f"{A_FULL} نیز در این نشست حضور دارد.")
    assert got[A][0] == "attended"
    earlier = "اجلاس سال گذشته این سازمان در تاشکند برگزار شد."
    assert statuses(earlier, f"{A_FULL} نیز در این نشست حضور دارد.")[A][0] == "mentioned"
