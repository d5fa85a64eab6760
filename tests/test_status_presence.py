"""Presence against a mere mention, host and chair (#11, session 6), on sentences written for these
tests (invented names, real role titles): arriving said as a noun, heading the meeting, thanks for
hospitality, hosting one's counterparts or a dinner, a letter signed, someone else's presence named
as a noun, and reported words after the verbs of saying."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses

SPOKESMAN = f"{A} سخنگوی وزارت خارجه ازبکستان"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در بدو ورود به تاشکند به خبرنگاران گفت که همکاری ضروری است.",
        f"{A_FULL} پس از ورود به آستانه گفت: این نشست مهم است.",
        f"{A_FULL} هنگام ورود به محل اجلاس اظهار داشت که امنیت مهم است.",
        f"{A_FULL} بعد از ورودش به مسکو گفت که فردا در نشست سخنرانی خواهد کرد.",
        f"در بدو ورود به دوشنبه، {A_FULL} تاکید کرد که تجارت باید گسترش یابد.",
        f"{A_FULL} به محض ورود به سمرقند با خبرنگاران گفتگو کرد.",
        f"{A_FULL} پس از ورود خود به کابل گفت همکاری منطقه ای ضروری است.",
    ],
    ids=["on-arrival", "after-arrival-colon", "entering-venue", "own-arrival-then-plan", "fronted", "as-soon-as",
         "own-zwnj-lost"],
)  # fmt: skip
def test_arriving_said_as_a_noun_is_an_arrival(text: str) -> None:
    assert statuses(text)[A] == ("attended", "arrival")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} پیش از ورود به باکو گفت که همکاری ضروری است.",
        f"{A_FULL} پس از ورود به عضویت سازمان گفت که همکاری ضروری است.",
        f"{A_FULL} درباره ورود به مرحله تازه همکاری سخن گفت.",
    ],
    ids=["before-arriving", "joining-a-body", "entering-a-stage"],
)
def test_before_arriving_or_entering_a_stage_is_no_arrival(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در راس این نشست قرار گرفت.",
        f"{A_FULL} در رأس اجلاس سران قرار داشت.",
        f"{A_FULL} که به نیابت از {B_FULL} در راس نشست وزیران قرار گرفت، سخنرانی کرد.",
    ],
    ids=["this-meeting", "hamza-spelling-summit", "on-behalf-of-another"],
)
def test_heading_the_meeting_is_chairing_it(text: str) -> None:
    got = statuses(text)
    assert got[A] == ("chair", "chairing")
    assert got.get(B, ("mentioned", None)) == ("mentioned", None)


def test_the_one_on_whose_behalf_the_meeting_is_headed_is_no_chair() -> None:
    king = "سلمان بن عبدالعزیز"
    got = statuses(f"{A_FULL} به نمایندگی از ملک {king} پادشاه عربستان در راس این اجلاس قرار داشت.")
    assert (got[A], got[king]) == (("chair", "chairing"), ("mentioned", None))


@pytest.mark.parametrize(
    "text, status",
    [
        (f"{A_FULL} در راس هیئت کشورش قرار داشت.", ("attended", "participation")),
        (f"{A_FULL} در راس هیئتی وارد مسکو شد.", ("attended", "arrival")),
        (f"{A_FULL} سال‌هاست در راس دولت قرار دارد.", ("mentioned", None)),
    ],
    ids=["heads-delegation", "heads-delegation-arrives", "heads-the-government"],
)
def test_heading_a_delegation_is_presence_and_heading_a_state_is_not(text: str, status: tuple) -> None:
    assert statuses(text)[A] == status


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} از {B_FULL} به خاطر استقبال و میهمان نوازی صمیمانه سپاسگزاری کرد.",
        f"{A_FULL} از {B_FULL} به خاطر استقبال گرم قدردانی کرد.",
        f"{A_FULL} از {B_FULL} بابت پذیرایی و مهمان‌نوازی سپاسگزاری کرد.",
        f"{A_FULL} از {B_FULL} به دلیل برپایی این نشست تشکر کرد.",
        f"{A_FULL} از {B_FULL} به خاطر استقبال، مهماننوازی تشکر کرد.",
    ],
    ids=["welcome-and-hospitality", "warm-welcome", "reception-zwnj", "convening", "comma-zwnj-lost"],
)
def test_thanked_for_the_welcome_is_the_host(text: str) -> None:
    assert statuses(text)[B] == ("host", "hosting")


def test_thanked_for_welcoming_a_plan_is_no_host() -> None:
    assert statuses(f"{A_FULL} از {B_FULL} به خاطر استقبال از این طرح تشکر کرد.")[B] == ("mentioned", None)


@pytest.mark.parametrize(
    "text, status",
    [
        (f"{A_FULL} دیروز در پایتخت میزبان دو همتای خود بود.", ("host", "hosting")),
        (f"{A_FULL} در سمرقند میزبان همتایان خود بود.", ("host", "hosting")),
        (f"{A_FULL} امروز میزبان وزیران خارجه کشورهای عضو بود.", ("host", "hosting")),
        (f"{A_FULL} هفته آینده میزبان همتایان خود خواهد بود.", ("expected", "hosting")),
    ],
    ids=["two-counterparts", "counterparts", "ministers", "to-come"],
)
def test_hosting_ones_counterparts_is_hosting(text: str, status: tuple) -> None:
    assert statuses(text)[A] == status


@pytest.mark.parametrize(
    "text",
    [
        f"مهمانان اجلاس شامگاه امروز در ضیافت شام {A_FULL} شرکت می‌کنند.",
        f"سران کشورها در ضیافت ناهار {A_FULL} شرکت کردند.",
        f"{B_FULL} در ضیافت رسمی {A_FULL} حاضر بود.",
    ],
    ids=["dinner-today", "lunch-past", "official-banquet"],
)
def test_who_gives_the_guests_a_dinner_hosts_them(text: str) -> None:
    got = statuses(text)
    assert got[A] == ("host", "hosting")
    assert got.get(B, ("attended", "participation")) == ("attended", "participation")


def test_a_guest_named_after_the_dinner_is_no_host() -> None:
    assert statuses(f"ضیافت شام با حضور {A_FULL} برگزار شد.")[A] == ("attended", "participation")


@pytest.mark.parametrize(
    "text",
    [
        f"نامه یادشده به امضای {A_FULL} و {B_FULL} رسید و به شورای امنیت فرستاده شد.",
        f"نامه‌ای مشترک به امضای {A_FULL} و {B_FULL} به دبیرکل سازمان ملل ارسال شد.",
        f"مکتوب به امضای {A_FULL} و {B_FULL} رسید.",
    ],
    ids=["the-said-letter", "a-joint-letter-sent", "dari-letter"],
)
def test_signing_a_letter_puts_nobody_at_the_meeting(text: str) -> None:
    assert statuses(text) == {A: ("mentioned", None), B: ("mentioned", None)}


@pytest.mark.parametrize(
    "text",
    [
        f"این تفاهم‌نامه به امضای {A_FULL} و {B_FULL} رسید.",
        f"موافقت نامه همکاری به امضای {A_FULL} و {B_FULL} رسید.",
        f"سند همکاری به امضای {A_FULL} و {B_FULL} رسید و سپس نامه ای به دبیرکل ارسال شد.",
    ],
    ids=["memorandum", "agreement-spaced", "letter-after-the-signing"],
)
def test_signing_a_document_is_still_presence(text: str) -> None:
    assert statuses(text) == {A: ("attended", "signing"), B: ("attended", "signing")}


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} درباره حضور {B_FULL} در این نشست چیزی نگفت اما تاکید کرد که گفتگوها ادامه دارد.",
        f"{A_FULL} درباره شرکت نماینده روسیه در این اجلاس گفت که هنوز تصمیمی گرفته نشده است.",
        f"{A_FULL} با اشاره به اشتراک {B_FULL} در نشست سران گفت همکاری ادامه دارد.",
    ],
    ids=["presence-of-another", "taking-part-of-an-envoy", "dari-taking-part"],
)
def test_someone_elses_presence_in_the_meeting_is_not_where_the_speaker_spoke(text: str) -> None:
    got = statuses(text)
    assert got[A] == ("mentioned", None)
    assert got.get(B, ("mentioned", None)) == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در این نشست گفت که روند ادامه دارد.",
        f"{A_FULL} در سخنانی در مراسم افتتاحیه اجلاس سران ادعا کرد که صلح ممکن است.",
        f"{A_FULL} در این اجلاس بیان داشت که حضور همه کشورها ضروری است.",
    ],
    ids=["this-meeting", "claimed-at-the-opening", "stated"],
)
def test_speaking_at_the_meeting_stays_presence(text: str) -> None:
    assert statuses(text)[A] == ("attended", "speech")


@pytest.mark.parametrize(
    "verb",
    ["بیان داشت", "خاطرنشان کرد", "یادآور شد", "اظهار نمود", "عنوان کرد"],
)
def test_what_a_spokesman_reports_of_a_title_is_not_his_presence(verb: str) -> None:
    text = f"{SPOKESMAN} {verb} که رئیس‌جمهور در روز نخست این نشست سخنرانی کرده است."
    assert statuses(text)[A] == ("mentioned", None)
