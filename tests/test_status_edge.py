"""The edge of the meeting (#11, session 10), on sentences written for these tests (invented names, real
role titles): who speaks right after the meeting, a part of it, its ceremony, an act on its documents or
its members' gathering, or right before it to the press at its door, was there; so was who opened or
closed it (the passive's agent, an honorific between; «با افتتاح این کنفرانس گفت»). Look-alikes timed
by another occasion, or opening something else, stay `mentioned`."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses

DIPLOMAT = f"{A} نماینده دائم نروژ در سازمان ملل"
"""A title that is no office of a state's head (an envoy at a body)."""


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} پس از تصویب قطعنامه به رسانه‌ها گفت که گفتگو ادامه دارد.",
        f"{DIPLOMAT} بعد از تصویب این قطعنامه اظهار داشت که تعامل به معنای شناسایی نیست.",
        f"{A_FULL} پس از امضای بیانیه پایانی تاکید کرد که همکاری گسترش می‌یابد.",
        f"{A_FULL} پس از صدور اعلامیه مشترک به خبرنگاران گفت همه چیز خوب پیش رفت.",
        f"{A_FULL} پس از مراسم افتتاحیه در یک نشست خبری افزود که امنیت مهم است.",
        f"{A_FULL} بعد از جلسه اختتامیه اعلام کرد که سند نهایی آماده است.",
        f"{A_FULL} پس از پایان این نشست گفت که نتایج خوبی داشت.",
        f"{A_FULL} پس از دیدار تمامی اعضای اوپک پلاس اعلام کرد که توافقی در کار نیست.",
        f"همانطور که {A_FULL} پس از گفتگوی همه اعضا اعلام کرد، تولید کاهش نمی‌یابد.",
        f"{A_FULL} پیش از نشست شورای وزیران به خبرنگاران گفت که تحریم‌ها تصویب می‌شود.",
        f"{A_FULL} قبل از آغاز اجلاس در جمع خبرنگاران اظهار داشت که امیدوار است.",
        f"{A_FULL} پیش از جلسه دوم این اجلاس در مصاحبه‌ای گفت که همکاری ضروری است.",
        f"{A_FULL} پیش از تصویب قطعنامه به رسانه ها گفت که از آن حمایت می‌کند.",
    ],
    ids=["after-adoption", "envoy-after-this-resolution", "after-signing", "after-issuing-to-press",
         "after-opening-press", "after-closing-session", "after-its-end", "after-all-members-met",
         "all-members-talks-fronted", "before-it-to-reporters", "before-opening-among-reporters",
         "before-a-session-interview", "before-adoption-zwnj-lost"],
)  # fmt: skip
def test_a_saying_at_the_edge_of_the_meeting_is_presence(text: str) -> None:
    assert statuses(text)[A][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} پیش از نشست شورای وزیران گفت که تحریم‌ها تصویب می‌شود.",
        f"{A_FULL} پس از نشست خبری گفت که سفر خوبی بود.",
        f"{A_FULL} پس از نشست هیئت دولت به خبرنگاران گفت که سفر انجام می‌شود.",
        f"{A_FULL} پس از نشست سال گذشته گفت که همکاری ادامه دارد.",
        f"{A_FULL} پس از دیدار با همتای روس خود گفت که روابط خوب است.",
        f"{A_FULL} پس از تصویب بودجه در مجلس به خبرنگاران گفت که کار سختی بود.",
        f"{A_FULL} پیش از سفر به نیویورک به خبرنگاران گفت که در نشست شرکت می‌کند.",
    ],
    ids=["before-it-not-to-the-press", "after-a-press-meeting", "after-a-cabinet-meeting",
         "after-last-years-meeting", "after-a-bilateral", "after-a-budget-vote", "before-a-trip"],
)  # fmt: skip
def test_a_saying_timed_by_another_occasion_places_nobody(text: str) -> None:
    assert statuses(text)[A][0] != "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} طی کنفرانس مطبوعاتی مشترک با همتای خود در پی نشست وین گفت: به توافق رسیدیم.",
        f"{A_FULL} صبح امروز در جمع خبرنگاران حاضر در اجلاس اظهار داشت که جهان نیازمند تغییر است.",
        f"{A_FULL} به خبرنگاران حاضر در محل برگزاری همایش گفت که روابط خوب است.",
        f"{A_FULL} این اظهارات را در کنفرانس خبری پس از نشست «گروه تماس» ابراز کرد.",
    ],
    ids=["joint-press-conference-after-it", "among-reporters-at-it", "reporters-at-its-venue",
         "remarks-expressed-after-it"],
)  # fmt: skip
def test_words_to_the_press_that_name_the_meeting_are_said_at_it(text: str) -> None:
    """A press conference or interview tied to the meeting by the words before the verb of saying is given
    at the venue (the dev-set README, session 9), whatever the report tells of the meeting's time."""
    assert statuses(text)[A][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} به خبرنگاران گفت که نمایندگان ترکیه نیز در این اجلاس شرکت کرده بودند.",
        f"{A_FULL} در کنفرانس خبری پیرامون اولویت‌های نشست آینده گفت که امنیت مهم است.",
        f"{A_FULL} در نشست خبری پس از جلسه هیئت دولت گفت که نشست سران موفق بود.",
        f"{A_FULL} در کنفرانس خبری پس از نشست سال گذشته گفت که همکاری مهم است.",
        f"{A_FULL} در یک نشست خبری گفت موضع ما درباره کنفرانس برلین روشن است.",
        f"{A_FULL} در جمع خبرنگاران درباره نتایج اجلاس سران اظهار داشت که همکاری مهم است.",
    ],
    ids=["meeting-inside-the-words", "a-later-meeting", "a-cabinet-meeting", "last-years-meeting",
         "meeting-after-the-verb", "meeting-as-the-topic"],
)  # fmt: skip
def test_words_to_the_press_about_another_meeting_or_after_the_verb_place_nobody(text: str) -> None:
    assert statuses(text)[A][0] != "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"اجلاس وزیران توسط {A_FULL} افتتاح گردید.",
        f"نشست سران روز دوشنبه از سوی {A_FULL} رسماً گشایش یافت.",
        f"این کنفرانس توسط محترم {A_FULL} افتتاح شد.",
        f"همایش از طرف جناب {A_FULL} پایان یافت.",
        f"{A_FULL} با افتتاح این کنفرانس گفت که صلح مهم است.",
        f"{A_FULL} ضمن افتتاح رسمی نشست وزیران خارجه اظهار داشت که همکاری ضروری است.",
        f"{A_FULL} هنگام گشایش اجلاس تاکید کرد که تجارت باید گسترش یابد.",
        f"با افتتاح بیست و دومین اجلاس، {A_FULL} گفت که امنیت مهم است.",
    ],
    ids=["opened-by", "opened-by-dari-verb", "honorific-before-agent", "closed-by", "with-opening-it",
         "while-opening-officially", "at-its-opening", "fronted-ordinal"],
)  # fmt: skip
def test_who_opens_or_closes_the_meeting_was_there(text: str) -> None:
    assert statuses(text)[A][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"دفتر نمایندگی توسط {A_FULL} افتتاح شد.",
        f"{A_FULL} با افتتاح دفتر جدید سازمان موافقت کرد.",
        f"اجلاس به دعوت {A_FULL} توسط وزارت خارجه افتتاح شد.",
        f"{A_FULL} از افتتاح این نشست در هفته آینده خبر داد.",
    ],
    ids=["an-office-opened", "agreeing-to-open-an-office", "the-inviter", "announcing-the-opening"],
)
def test_opening_something_else_or_inviting_places_nobody(text: str) -> None:
    assert statuses(text)[A][0] != "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"ایران و روسیه که از حامیان دولت {A_FULL} به شمار می‌روند نیز در این اجلاس شرکت کرده بودند.",
        f"هیئت‌هایی که از سوی {A_FULL} دعوت شده بودند در اجلاس شرکت کردند.",
    ],
    ids=["inside-a-closed-relative", "invited-in-a-relative"],
)
def test_a_person_inside_a_relative_clause_closed_by_its_verb_is_not_the_subject(text: str) -> None:
    assert statuses(text)[A][0] != "attended"


def test_a_complement_clause_keeps_its_subject() -> None:
    assert statuses(f"وزارت خارجه اعلام کرد که {A_FULL} به نیویورک رفت و در این نشست شرکت کرد.")[A][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"این اجلاس توسط {A_FULL} و {B_FULL} افتتاح شد.",
        f"نشست سران روز گذشته از سوی {A_FULL}، {B_FULL} گشایش یافت.",
        f"پیام دبیرکل توسط {A_FULL} و {B_FULL} قرائت شد.",
    ],
    ids=["two-agents", "agents-comma", "message-read-by-two"],
)
def test_every_agent_listed_after_the_passive_was_there(text: str) -> None:
    got = statuses(text)
    assert got[A][0] == got[B][0] == "attended"


def test_the_messages_author_is_no_agent_listed() -> None:
    got = statuses(f"پیام {B_FULL} توسط {A_FULL} قرائت شد.")
    assert (got[A][0], got[B][0]) == ("attended", "mentioned")
