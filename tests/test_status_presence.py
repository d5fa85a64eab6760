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
        f"{A_FULL} در راس این اجلاسیه قرارگرفت.",
        f"{A_FULL} که به نیابت از {B_FULL} در راس نشست وزیران قرار گرفت، سخنرانی کرد.",
    ],
    ids=["this-meeting", "hamza-spelling-summit", "space-lost", "on-behalf-of-another"],
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
        (f"{A_FULL} در کاخ کرملین میزبان همتایانش بود.", ("host", "hosting")),
        (f"{A_FULL} هفته آینده میزبان همتایان خود خواهد بود.", ("expected", "hosting")),
    ],
    ids=["two-counterparts", "counterparts", "ministers", "his-counterparts", "to-come"],
)
def test_hosting_ones_counterparts_is_hosting(text: str, status: tuple) -> None:
    assert statuses(text)[A] == status


@pytest.mark.parametrize(
    "text",
    [
        f"مهمانان اجلاس شامگاه امروز در ضیافت شام {A_FULL} شرکت می‌کنند.",
        f"سران کشورها در ضیافت ناهار {A_FULL} شرکت کردند.",
        f"{B_FULL} در ضیافت رسمی {A_FULL} حاضر بود.",
        f"سران در ضیافت شام رسمی {A_FULL} شرکت کردند.",
    ],
    ids=["dinner-today", "lunch-past", "official-banquet", "official-dinner"],
)
def test_who_gives_the_guests_a_dinner_hosts_them(text: str) -> None:
    got = statuses(text)
    assert got[A] == ("host", "hosting")
    assert got.get(B, ("attended", "participation")) == ("attended", "participation")


def test_a_guest_named_after_the_dinner_is_no_host() -> None:
    assert statuses(f"ضیافت شام با حضور {A_FULL} برگزار شد.")[A] == ("attended", "participation")


def test_the_one_a_dinner_honours_is_no_host() -> None:
    assert statuses(f"ضیافت شام به افتخار {A_FULL} برگزار شد.")[A] != ("host", "hosting")


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


@pytest.mark.parametrize(
    "text, status",
    [
        (f"نشست به ریاست دکتر {A_FULL} برگزار شد.", ("chair", "chairing")),
        (f"اجلاس به میزبانی جناب آقای {A_FULL} در تاشکند آغاز شد.", ("host", "hosting")),
        (f"مهمانان اجلاس در ضیافت شام مهندس {A_FULL} شرکت کردند.", ("host", "hosting")),
        (f"نشست به ریاست کشور ما و {A_FULL} برگزار شد.", ("mentioned", None)),
    ],
    ids=["doctor-chairs", "his-excellency-hosts", "engineer-gives-dinner", "a-word-between"],
)
def test_an_honorific_between_the_cue_and_the_name_still_binds(text: str, status: tuple) -> None:
    assert statuses(text)[A] == status


HOST_DEPUTY = f"{A}، معاون وزیر امور خارجه ازبکستان"
GUEST_DEPUTY = f"{B}، معاون وزیر امور خارجه قزاقستان"


@pytest.mark.parametrize(
    "text, a, b",
    [
        (
            f"نشست به میزبانی ازبکستان و به ریاست مشترک {HOST_DEPUTY} و {GUEST_DEPUTY} در تاشکند برگزار شد.",
            ("host", "hosting"),
            ("chair", "chairing"),
        ),
        (
            f"نشست به ریاست مشترک {GUEST_DEPUTY} و {HOST_DEPUTY} و به میزبانی ازبکستان برگزار شد.",
            ("host", "hosting"),
            ("chair", "chairing"),
        ),
        (
            f"نشست به ریاست مشترک {HOST_DEPUTY} و {GUEST_DEPUTY} در تاشکند برگزار شد.",
            ("chair", "chairing"),
            ("chair", "chairing"),
        ),
    ],
    ids=["host-named-first", "host-named-after", "no-host-named"],
)
def test_a_co_chair_of_the_host_state_is_the_host(text: str, a: tuple, b: tuple) -> None:
    got = statuses(text)
    assert (got[A], got[B]) == (a, b)


def test_a_sole_chair_of_the_host_state_below_head_is_the_host() -> None:
    got = statuses(f"نشست به میزبانی ازبکستان و به ریاست {HOST_DEPUTY} برگزار شد.")
    assert got[A] == ("host", "hosting")  # README, session 9: a chair from the host state is host


@pytest.mark.parametrize(
    "text, status",
    [
        (
            f"نشست وزرای خارجه کشورهای شورای همکاری و «{A}»، وزیر خارجه ازبکستان روز دوشنبه در ژنو برگزار شد.",
            ("attended", "participation"),
        ),
        (f"دیدار وزرای خارجه اتحادیه اروپا و {A_FULL} در بروکسل انجام شد.", ("attended", "participation")),
        (f"اجلاس روسای جمهور کشورهای عضو و {A_FULL} امروز تشکیل شد.", ("attended", "participation")),
        (f"نشست وزرای خارجه کشورهای عضو و {A_FULL} فردا برگزار خواهد شد.", ("expected", "participation")),
    ],
    ids=["ministers-of-a-council-and-x", "talks-of-eu-ministers-and-x", "presidents-and-x", "to-come"],
)
def test_the_meeting_of_a_titles_holders_and_a_named_guest(text: str, status: tuple) -> None:
    assert statuses(text)[A] == status


@pytest.mark.parametrize(
    "text",
    [
        f"نشست وزرای خارجه کشورهای عضو که به دعوت {A_FULL} برگزار شد، بیانیه‌ای صادر کرد.",
        f"نشست وزرای خارجه کشورهای عضو در تاشکند برگزار شد و {A_FULL} گفت همکاری مهم است.",
    ],
    ids=["invited-by-x", "x-after-the-held-clause"],
)
def test_someone_named_outside_the_meetings_name_is_not_its_member(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL}، {B_FULL} و وزیر نیرو اعضای هیئت اعزامی در اجلاس وزیران خارجه اکو در باکو هستند.",
        f"{A_FULL} و {B_FULL} این هفته در نشست سه جانبه سران کشورهای همسایه هستند.",
        f"{A_FULL} و {B_FULL} در اجلاس سران شانگهای در سمرقند هستند.",
    ],
    ids=["delegation-members", "this-week-long-name", "summit-and-city"],
)
def test_being_at_the_meeting_named_at_length_is_presence(text: str) -> None:
    got = statuses(text)
    assert (got[A], got[B]) == (("attended", "participation"), ("attended", "participation"))


def test_a_relative_clause_of_the_meetings_name_is_not_the_copula_of_presence() -> None:
    got = statuses(f"{A_FULL} و {B_FULL} در نشست سران کشورهایی که عضو سازمان هستند سخنی نگفتند.")
    assert (got[A], got[B]) == (("mentioned", None), ("mentioned", None))


def test_the_head_of_an_office_is_its_holder_not_an_object() -> None:
    text = f"{A_FULL}، دانیال رحیموف رئیس دفتر رئیس‌جمهور، {B_FULL} و وزیر نیرو در این نشست هستند."
    got = statuses(text)
    assert (got[A], got[B]) == (("attended", "participation"), ("attended", "participation"))


def test_the_office_of_someone_still_makes_them_an_object() -> None:
    got = statuses(f"{B_FULL} به دعوت دفتر {A_FULL} در این نشست حضور داشت.")
    assert (got[A], got[B]) == (("mentioned", None), ("attended", "participation"))


@pytest.mark.parametrize(
    "text",
    [
        f"این دفتر افزوده که {A_FULL} ریاست این نشست را به عهده خواهد داشت.",
        f"سخنگوی این دفتر گفته که {A_FULL} در این نشست شرکت خواهد کرد.",
        f"در این پیشنهاد آمده که {A_FULL} ریاست این نشست را بر عهده خواهد داشت.",
    ],
    ids=["office-added-that", "office-spokesman-said-that", "proposal-reads-that"],
)
def test_an_object_marker_before_ke_is_of_the_clause_before_it(text: str) -> None:
    """«دفتر … افزوده که X …»: the marker («دفتر», «پیام») governs its own clause; X after «که» opens a
    new one and is its subject."""
    assert statuses(text)[A] == ("expected", "planned")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} با سفیران کشورهای عضو مقیم تاشکند دیدار کرد.",
        f"{A_FULL} دیروز با سفرای کشورهای همسایه در کاخ ریاست جمهوری دیدار و گفتگو کرد.",
        f"{A_FULL} با کاردار سفارت روسیه ملاقات کرد.",
        f"{A_FULL} با سفیر و نماینده دائم چین رایزنی کرد.",
    ],
    ids=["resident-ambassadors", "neighbours-envoys-at-the-palace", "charge-d-affaires", "ambassador-dari-consult"],
)
def test_talks_with_ambassadors_put_nobody_at_the_meeting(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در حاشیه اجلاس با سفیر چین دیدار کرد.",
        f"{A_FULL} با همتای چینی خود و سپس با سفیر روسیه دیدار کرد.",
    ],
    ids=["envoy-on-the-sidelines", "counterpart-first"],
)
def test_talks_on_the_sidelines_or_with_a_counterpart_stay_presence(text: str) -> None:
    assert statuses(text)[A] == ("attended", "sidelines")


WIFE = "گلنار کریمووا"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} و همسرش {WIFE} در محل اجلاس از {B_FULL} استقبال کردند.",
        f"{A_FULL} و همسرش، {WIFE}، در کاخ کنگره از مهمانان پذیرایی کردند.",
    ],
    ids=["spouse-welcomes-at-the-venue", "spouse-receives-at-the-palace"],
)
def test_who_welcome_the_guests_with_the_host_are_there(text: str) -> None:
    got = statuses(text)
    assert (got[A], got[WIFE]) == (("host", "hosting"), ("attended", "participation"))


def test_the_guests_companion_welcomed_with_them_is_there() -> None:
    got = statuses(f"{A_FULL} در محل اجلاس از {B_FULL} و همسرش {WIFE} استقبال کرد.")
    assert (got[A], got[B], got[WIFE]) == (("host", "hosting"), ("attended", "arrival"), ("attended", "arrival"))


def test_who_welcome_a_guest_at_the_airport_are_not_thereby_at_the_meeting() -> None:
    got = statuses(f"{A_FULL} و همسرش {WIFE} در فرودگاه از {B_FULL} استقبال کردند.")
    assert (got[A], got[WIFE], got[B]) == (("mentioned", None), ("mentioned", None), ("attended", "arrival"))


UNDER_WAY = "اجلاس سران امروز در تاشکند آغاز شد."
TO_COME = "اجلاس سران فردا در تاشکند برگزار می‌شود."


@pytest.mark.parametrize(
    "handing",
    [
        f"در مراسم افتتاحیه، {A_FULL} ریاست جنبش را به ازبکستان واگذار می‌کند.",
        f"{A_FULL} در آیین گشایش ریاست دوره‌ای سازمان را به همتای قزاق خود تحویل می‌دهد.",
        f"{A_FULL} ریاست این اجلاس را به کشور میزبان می‌سپارد.",
    ],
    ids=["movement-hands-over", "rotating-chair-delivers", "entrusts"],
)
def test_the_chair_handed_over_in_the_present_is_presence_once_under_way_and_a_plan_before(handing: str) -> None:
    assert statuses(UNDER_WAY, handing)[A] == ("attended", "participation")
    assert statuses(TO_COME, handing)[A] == ("expected", "planned")


def test_the_chair_of_the_movement_handed_over_in_the_past_is_presence() -> None:
    assert statuses(f"{A_FULL} ریاست جنبش را به ازبکستان واگذار کرد.")[A] == ("attended", "participation")


def test_a_states_presidency_handed_over_is_no_chair_of_the_meeting() -> None:
    assert statuses(UNDER_WAY, f"{A_FULL} ریاست جمهوری را به معاون خود واگذار می‌کند.")[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"اجلاس با قرائت آیاتی از قرآن توسط {A_FULL} آغاز شد.",
        f"پس از تلاوت قرآن از سوی {A_FULL}، نشست رسما کار خود را آغاز کرد.",
    ],
    ids=["reading-by", "recitation-by-dari-agent"],
)
def test_who_reads_at_the_ceremony_is_there(text: str) -> None:
    assert statuses(text)[A] == ("attended", "participation")


def test_a_message_read_by_someone_else_is_still_the_readers_presence() -> None:
    got = statuses(f"پیام {B_FULL} توسط {A_FULL} قرائت شد.")
    assert (got[A], got[B]) == (("attended", "message"), ("mentioned", None))
