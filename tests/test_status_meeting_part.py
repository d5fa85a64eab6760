"""The part of the meeting an act is placed in (helpers.extract.meeting_place.PART_OF, #11 session 8):
«در» or «طی» and a noun phrase of up to two words that ends at the meeting's name («در ادامه این
نشست», «در روز دوم اجلاس», «در بخش پایانی نشست») places the act at the meeting whatever the part's
noun, as the old list of twelve part nouns («در حاشیه», «در مراسم افتتاحیه») did for those alone.
Sentences written for these tests (invented names, real titles and bodies), over several bodies,
officers, verbs, tenses, orders and Dari spelling, and look-alikes: before, on the way to, after or
about the meeting, another (indefinite) one, an earlier round, its documents and agenda, a letter to
it, and the verb «نشست» (sat). Also the people a speech's opening addresses by name
(helpers.extract.readings.addressed): in the hall, unless the line has a verb or no mark of address."""

from __future__ import annotations

import re

import pytest
from test_status import A_FULL, A, statuses

from helpers.extract.meeting_place import AT_IT
from helpers.extract.mentions import cue_regex
from helpers.text import gazetteer as gz

UNDER_WAY = "نشست وزیران کشور سازمان همکاری اقتصادی امروز در تهران آغاز شد."
ECO_SG = "فرهاد سلیمانی"
ECO_SG_FULL = f"{ECO_SG} دبیرکل سازمان همکاری اقتصادی"
UPU_DG = "هانس پیترسون"
UPU_DG_FULL = f"{UPU_DG} مدیرکل اتحادیه جهانی پست"
IPU_HEAD = "گل‌احمد سدید"
IPU_HEAD_FULL = f"{IPU_HEAD} رئیس هیئت پارلمانی افغانستان"
PLACE = cue_regex(AT_IT, end="")


@pytest.mark.parametrize(
    "text, name",
    [
        (f"در ادامه این نشست {ECO_SG_FULL} گفت: همکاری منطقه‌ای ضروری است.", ECO_SG),
        (f"در ادامه نشست، {ECO_SG_FULL} از میزبان سپاسگزاری کرد.", ECO_SG),
        (f"{UPU_DG_FULL} در روز دوم کنگره گزارش سالانه را ارائه داد.", UPU_DG),  # «کنگره» is no meeting word
        (f"در روز دوم اجلاس {UPU_DG_FULL} گزارش سالانه را ارائه داد.", UPU_DG),
        (f"در بخش پایانی نشست، {A_FULL} بر اجرای توافق‌ها تأکید کرد.", A),
        (f"{A_FULL} در سومین روز این اجلاس با وزیران دیدار کرده است.", A),
        (f"{IPU_HEAD_FULL} در جلسه عمومی کنفرانس بیانیه خویش را ایراد نمود.", IPU_HEAD),  # Dari
        (f"{IPU_HEAD_FULL} در دومین روز کنفرانس پیرامون صلح صحبت نمود.", IPU_HEAD),
        (f"{ECO_SG_FULL} طی این نشست خواستار گسترش تجارت شد.", ECO_SG),
        (f"در نشست پایانی اجلاس، {A_FULL} قطعنامه را خواند.", A),
        (f"{A_FULL} در سالن اجلاس بر همکاری تأکید کرد.", A),
        (f"{ECO_SG_FULL} روز دوشنبه در حاشیه برگزاری اجلاس افزود که گزارش‌ها آماده است.", ECO_SG),
        (f"در جریان برگزاری این همایش، {IPU_HEAD_FULL} با همتایان خود گفتگو نمود.", IPU_HEAD),  # Dari
    ],
    ids=[
        "continuation-fronted",
        "continuation-comma",
        "congress-not-a-meeting-word",
        "second-day",
        "final-part",
        "third-day-perfect",
        "general-session-dari",
        "second-day-dari",
        "during",
        "closing-session",
        "hall",
        "sidelines-of-holding",
        "course-of-holding-dari",
    ],
)
def test_an_act_in_any_part_of_the_meeting_is_presence(text: str, name: str) -> None:
    got = statuses(UNDER_WAY, text)[name][0]
    assert got == ("mentioned" if "کنگره" in text else "attended")


def test_a_future_act_in_a_part_of_the_meeting_is_expected_before_it() -> None:
    before = "نشست وزیران کشور سازمان همکاری اقتصادی هفته آینده در تهران برگزار خواهد شد."
    got = statuses(before, f"{ECO_SG_FULL} در روز دوم این نشست گزارشی ارائه خواهد داد.")
    assert got[ECO_SG] == ("expected", "planned")


@pytest.mark.parametrize(
    "text",
    [
        f"در آستانه این نشست {A_FULL} بر همکاری تأکید کرد.",  # before it
        f"در راه این اجلاس {A_FULL} با خبرنگاران صحبت کرد.",  # on the way
        f"در پی این نشست {A_FULL} گفت که نتایج خوب بود.",  # after it
        f"در مورد این نشست {A_FULL} گفت که مهم است.",  # about it
        f"در خصوص نتایج اجلاس {A_FULL} توضیح داد.",
        f"در یک نشست دیگر {A_FULL} بر همکاری تأکید کرد.",  # another one
        f"{A_FULL} در دور قبلی این نشست بر همکاری تأکید کرده بود.",  # an earlier round
        f"در بیانیه پایانی این نشست اقدام {A_FULL} محکوم شد.",  # what its document says
        f"در دستور کار این اجلاس سفر {A_FULL} نیز آمده است.",  # its agenda
        f"{A_FULL} در نامه‌ای به این نشست بر همکاری تأکید کرد.",  # a letter to it
        f"{A_FULL} در تشریح اهمیت این نشست گفت که منطقه نیازمند همکاری است.",  # explaining it
        f"{A_FULL} در کنار او نشست و چیزی نگفت.",  # the verb «نشست»
    ],
    ids=[
        "eve",
        "on-the-way",
        "after",
        "about",
        "about-results",
        "another",
        "earlier-round",
        "final-statement",
        "agenda",
        "letter",
        "explaining",
        "sat",
    ],
)
def test_look_alikes_stay_mentioned(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "phrase, placed",
    [
        ("در ادامه این نشست", True),
        ("در روز نخست اجلاس", True),
        ("طی این مجمع", True),
        ("در مراسم افتتاحیه گفت", True),
        ("در حاشیه نشست", True),
        ("در ۷۸ امین نشست", True),  # an ordinal written as a number apart from its ending
        ("در ۱۲مین اجلاس", True),
        ("در 21 ام کنفرانس", True),
        ("در ۷۸ سال پس از نشست", False),  # a number of years, no ordinal
        ("در حاشیه برگزاری اجلاس", True),  # the part, then the meeting's holding
        ("در جریان برگزاری این نشست", True),
        ("در طول برگزاری همایش", True),
        ("در محل برگزاری کنفرانس", True),
        ("در برگزاری اجلاس", False),  # a hand in holding it, no part of it
        ("در تدارک برگزاری اجلاس", False),  # preparing it
        ("در پی برگزاری نشست", False),  # after it
        ("درخواست برگزاری اجلاس", False),  # «در» inside a word opens no place
        ("در کنار او نشست", False),
        ("در یک کنفرانس", False),
        ("در راه اجلاس", False),
        ("در باره این نشست", False),
    ],
)
def test_the_place_pattern_reads_whole_words(phrase: str, placed: bool) -> None:
    assert bool(re.search(PLACE, gz.fold(phrase))) is placed


@pytest.mark.parametrize(
    "text, names",
    [
        (f"جناب آقای {A}، وزیر محترم امور خارجه ازبکستان،", (A,)),
        (f"عالیجناب {A}، رئیس‌جمهور محترم ازبکستان، همکاران گرامی،", (A,)),
        (f"آقای {A}، {ECO_SG} دبیرکل اکو، حضار گرامی", (A, ECO_SG)),
        (f"خانم {UPU_DG} مدیرکل اتحادیه جهانی پست، آقای {A}، جلالتمآبان، خانم‌ها و آقایان!", (UPU_DG, A)),
        (f"آقای {A}، {ECO_SG}، جلالتمآبان، خانمها و آقایان،", (A, ECO_SG)),  # lost ZWNJ
    ],
    ids=["courtesy-title", "courtesy-colleagues", "audience", "audience-excellencies", "audience-lost-zwnj"],
)
def test_the_people_a_speech_opens_by_addressing_were_in_the_hall(text: str, names: tuple[str, ...]) -> None:
    got = statuses(text)
    assert all(got[name] == ("attended", "participation") for name in names)


@pytest.mark.parametrize(
    "text",
    [
        f"جناب آقای {A}، وزیر محترم امور خارجه ازبکستان، در این باره گفت که نشست مهم است.",  # a verb: said of them
        f"جناب آقای {A} رئیس‌جمهور ازبکستان",  # no title of respect, no audience
        f"{A_FULL} و {ECO_SG_FULL}",  # a list of names alone
        f"خانم‌ها و آقایان، {A_FULL} در مصاحبه‌ای با روزنامه‌ای محلی گفت که همکاری مهم است.",  # with a verb
    ],
    ids=["with-a-verb", "no-respect", "bare-list", "audience-with-verb"],
)
def test_names_that_are_not_an_address_stay_mentioned(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text, status",
    [
        (f"ریاست ۷۸ امین مجمع عمومی سازمان ملل متحد بر عهده {A_FULL} است.", "chair"),
        (f"{ECO_SG_FULL} در ۲۸ امین اجلاس شورای وزیران گفت که تجارت رشد کرده است.", "attended"),
        (f"در ۱۳۷ مین کنفرانس اتحادیه بین‌المجالس، {IPU_HEAD_FULL} بیانیه خویش را ایراد نمود.", "attended"),
    ],
    ids=["chair-of-the-78th", "speech-at-the-28th", "dari-137th"],
)
def test_an_ordinal_written_in_digits_names_the_meeting(text: str, status: str) -> None:
    got = statuses(UNDER_WAY, text)
    assert next(v for k, v in got.items() if k in (A, ECO_SG, IPU_HEAD))[0] == status
