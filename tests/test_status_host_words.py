"""Hosting read from the words that give someone the host's part (README, session 11: a hosting word or the
person welcoming the participants): welcoming the guests as a class (helpers.extract.occasions.ALL_GUESTS),
welcoming those present said as a noun («ضمن خوشامدگویی به حاضران»), a state or city named as the subject of
hosting («کویت میزبان این نشست بود»; not of a later meeting), a chair or the monarch of a state the
text names as host (README, sessions 6 and 9), on sentences written for these tests (invented names, real
titles); look-alikes at the airport, a welcomed idea or decision, one guest welcomed with no venue, a chair
of another state or with no host named."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} از روسای هیئت‌های نمایندگی استقبال کرد.",
        f"پیش از آغاز مراسم افتتاحیه، روسای هیات‌های پارلمانی حاضر در این اجلاس مورد استقبال {A_FULL} قرار گرفتند.",
        f"{A_FULL} صبح امروز از سران کشورهای عضو استقبال نمود.",
        f"رهبران هیاتهای شرکت‌کننده از سوی {A_FULL} مورد استقبال قرار گرفتند.",
        f"{A_FULL} و همسرش از مهمانان استقبال کردند.",
        f"شرکت کنندگان با استقبال {A_FULL} وارد سالن شدند.",
    ],
    ids=["heads-of-delegations", "passive-dari-spelling", "leaders-namud", "agent-lost-zwnj", "guests-plural", "by"],
)
def test_who_welcomes_the_guests_as_a_class_hosts(text: str) -> None:
    assert statuses(text)[A] == ("host", "hosting")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در فرودگاه از روسای هیئت‌ها استقبال کرد.",
        f"{A_FULL} از پیشنهاد سران استقبال کرد.",
        f"{A_FULL} از تصمیم روسای هیئت‌ها برای برگزاری نشست بعدی استقبال کرد.",
    ],
    ids=["at-the-airport", "an-idea", "a-decision"],
)
def test_look_alikes_of_welcoming_the_guests_do_not_host(text: str) -> None:
    assert statuses(text)[A][0] != "host"


def test_one_guest_welcomed_with_no_venue_or_class_is_no_hosting() -> None:
    got = statuses(f"{A_FULL} از {B_FULL} استقبال کرد.")
    assert (got[A][0], got[B][0]) == ("mentioned", "mentioned")


@pytest.mark.parametrize(
    "text",
    [
        f"ریاست و میزبانی این دور از نشست بر عهده {A_FULL} بود که وزیران کشورهای عضو در آن حضور داشتند.",
        f"میزبانی اجلاس امسال به عهده {A_FULL} است.",
        f"میزبانی و ریاست نشست وزیران خارجه بر دوش {A_FULL} بود.",
        f"میزبانی این همایش بعهده {A_FULL} بوده است.",
    ],
    ids=["chair-and-host-borne", "be-ohde-present", "host-and-chair-shoulders", "joined-dari-perfect"],
)
def test_hosting_borne_by_the_one_named_after_is_theirs(text: str) -> None:
    assert statuses(text)[A] == ("host", "hosting")


def test_hosting_borne_by_the_subject_is_not_the_next_persons() -> None:
    got = statuses(f"{A_FULL} میزبانی این اجلاس را بر عهده دارد و {B_FULL} نیز حاضر بود.")
    assert (got[A][0], got[B][0]) == ("host", "attended")


def test_hosting_borne_by_the_subject_of_the_meeting_with_its_adjective_is_theirs() -> None:
    got = statuses(f"{A_FULL} که میزبانی این نشست مجازی را بر عهده داشت گفت همکاری مهم است.")
    assert got[A] == ("host", "hosting")


@pytest.mark.parametrize(
    "text",
    [
        f"میزبانی نشست آینده بر عهده {A_FULL} خواهد بود.",
        f"{A_FULL} میزبانی نشست بعدی را بر عهده دارد.",
    ],
    ids=["borne-by-the-next", "subject-bears-the-next"],
)
def test_hosting_of_the_next_meeting_borne_is_no_hosting_now(text: str) -> None:
    assert statuses(text)[A][0] != "host"


@pytest.mark.parametrize(
    "held",
    [
        "نشست به میزبانی سمرقند برگزار شد.",
        "اجلاس سران به میزبانی شهر تاشکند آغاز به کار کرد.",
        "همایش وزیران با میزبانی «سمرقند» دایر گردید.",
    ],
    ids=["city", "city-word", "dari-quoted"],
)
def test_a_hosting_word_naming_a_city_gives_its_state_as_host(held: str) -> None:
    got = statuses(held, f"{A_FULL} نشست را افتتاح کرد و {B_FULL} در این نشست سخنرانی کرد.")
    assert (got[A][0], got[B][0]) == ("host", "attended")


@pytest.mark.parametrize(
    "held, text",
    [
        # a venue alone gives no host (README, session 11)
        ("نشست در سمرقند برگزار شد.", f"{A_FULL} در این نشست سخنرانی کرد."),
        # another meeting's host
        ("نشست قبلی به میزبانی سمرقند برگزار شد.", f"{A_FULL} در نشست امسال سخنرانی کرد."),
        # another state's city
        ("نشست به میزبانی آستانه برگزار شد.", f"{A_FULL} در این نشست سخنرانی کرد."),
    ],
    ids=["venue-alone", "earlier-meeting", "other-state"],
)
def test_look_alikes_of_a_host_city_give_no_host(held: str, text: str) -> None:
    assert statuses(held, text)[A][0] == "attended"


def test_a_welcome_on_arrival_in_the_city_is_not_the_hosts_even_for_a_summit() -> None:
    got = statuses(f"{A_FULL} برای شرکت در نشست سران وارد شهر دوشنبه شد و مورد استقبال {B_FULL} قرار گرفت.")
    assert got[B][0] != "host"


@pytest.mark.parametrize(
    "text",
    [
        f"این اجلاس با استقبال {A_FULL} از سران حاضر امروز آغاز خواهد شد.",
        f"نشست وزیران فردا با استقبال «{A}» رئیس‌جمهور ازبکستان از مهمانان افتتاح خواهد شد.",
    ],
    ids=["by-will-open", "by-quoted-will-be-opened"],
)
def test_a_welcome_still_to_come_is_expected(text: str) -> None:
    assert statuses(text)[A][0] == "expected"


@pytest.mark.parametrize(
    "text",
    [
        f"قبل از آغاز اجلاس، {A_FULL} به میهمانان حاضر در اجلاس خوشامد می‌گفت.",
        f"{A_FULL} در محل نشست به تک تک مهمانان خیرمقدم میگفت.",
    ],
    ids=["past-progressive", "lost-zwnj-kheyr-maqdam"],
)
def test_welcoming_the_guests_in_the_past_progressive_is_hosting(text: str) -> None:
    assert statuses(text)[A] == ("host", "hosting")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در آغاز این نشست ضمن خوشامدگویی به حاضران گفت: همکاری ضروری است.",
        f"{A_FULL} ضمن خوش‌آمدگویی به شرکت‌کنندگان تاکید کرد که امنیت مهم است.",
        f"{A_FULL} ضمن خوش آمد گویی به همه مهمانان خارجی افزود که نشست مهم است.",
        f"{A_FULL} پس از خیرمقدم به هیئت‌ها گفت که تجارت باید گسترش یابد.",
        f"{A_FULL} بعد از خیر مقدم گویی به حضار، سخنان خود را آغاز کرد.",
        f"{A_FULL} ضمن خوشامدگويي به شرکتکنندگان در اين اجلاس اظهار داشت که نشست مهم است.",
        f"{A_FULL} با ابراز خوش آمدید گویی برای مقامات کشور های عضو، نشست را مهم خواند.",
        f"{A_FULL} با خوش آمدید گویی به اشتراک کننده گان در خصوص نشست معلومات ارائه نمود.",
    ],
    ids=[
        "present",
        "zwnj",
        "spaced-all",
        "after-khayr-maqdam",
        "dari-audience",
        "arabic-ye-glued",
        "dari-khosh-amadid-officials",
        "dari-participants-gan",
    ],
)
def test_welcoming_those_present_said_as_a_noun_hosts(text: str) -> None:
    assert statuses(text)[A] == ("host", "hosting")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} ضمن خوشامدگویی به تصمیم شورا گفت که همکاری ضروری است.",
        f"{A_FULL} ضمن استقبال از پیشنهاد حاضران گفت که همکاری ضروری است.",
        f"{A_FULL} در پیامی ضمن تبریک به شرکت‌کنندگان گفت که نشست مهم است.",
    ],
    ids=["a-decision", "an-idea", "congratulating"],
)
def test_look_alikes_of_welcoming_those_present_do_not_host(text: str) -> None:
    assert statuses(text)[A][0] != "host"


HOST_MINISTER = f"{A}، وزیر امور خارجه ازبکستان"
GUEST_MINISTER = f"{B}، وزیر امور خارجه قزاقستان"


@pytest.mark.parametrize(
    "text",
    [
        f"نشست به میزبانی ازبکستان و به ریاست {HOST_MINISTER} در تاشکند برگزار شد.",
        f"{HOST_MINISTER} ریاست این نشست را بر عهده داشت. این نشست به میزبانی ازبکستان برگزار شد.",
        f"نشست به میزبانی ازبکستان و تحت ریاست {HOST_MINISTER} دایر شد.",
    ],
    ids=["hosting-word-first", "host-in-the-next-sentence", "dari"],
)
def test_a_chair_of_the_host_state_is_the_host(text: str) -> None:
    assert statuses(*text.split(". "))[A][0] == "host"


@pytest.mark.parametrize(
    "text",
    [
        f"نشست به میزبانی ازبکستان و به ریاست {GUEST_MINISTER} در تاشکند برگزار شد.",
        f"نشست به ریاست {HOST_MINISTER} در تاشکند برگزار شد.",
    ],
    ids=["chair-of-another-state", "no-host-named"],
)
def test_a_chair_not_of_a_named_host_state_stays_chair(text: str) -> None:
    assert [status for name, (status, _) in statuses(text).items() if name] == ["chair"]


@pytest.mark.parametrize(
    "title",
    ["امیر ازبکستان", "پادشاه ازبکستان", "سلطان ازبکستان"],
    ids=["emir", "king", "sultan"],
)
def test_the_monarch_of_the_host_state_present_is_the_host(title: str) -> None:
    got = statuses(f"نشست سران به میزبانی ازبکستان و با حضور {A} {title} و {B_FULL} برگزار شد.")
    assert (got[A][0], got[B][0]) == ("host", "attended")


def test_a_chair_of_the_host_state_stays_chair_where_its_head_hosts() -> None:
    got = statuses(f"نشست به میزبانی ازبکستان با حضور {A_FULL} و به ریاست {B}، وزیر امور خارجه ازبکستان برگزار شد.")
    assert (got[A][0], got[B][0]) == ("host", "chair")  # one host per host state (README, session 9)


@pytest.mark.parametrize(
    "host",
    [
        "روز سه‌شنبه ازبکستان میزبان بیست و هشتمین نشست سران بود",
        "ازبکستان میزبان این اجلاس است",
        "«ازبکستان» میزبان این نشست بود",
        "تاشکند میزبان چهارمین اجلاس سران است",
    ],
    ids=["state-ordinal", "state-is", "quoted", "city"],
)
def test_a_state_or_city_named_as_the_subject_of_hosting_makes_its_head_host(host: str) -> None:
    got = statuses(f"{host}.", f"{A_FULL} و {B_FULL} در این نشست حضور داشتند.")
    assert (got[A][0], got[B][0]) == ("host", "attended")


@pytest.mark.parametrize(
    "host",
    ["ازبکستان میزبان نشست بعدی سران است", "ازبکستان سال آینده میزبان این اجلاس خواهد بود"],
    ids=["next-meeting", "next-year"],
)
def test_the_host_of_a_later_meeting_hosts_nothing_here(host: str) -> None:
    got = statuses(f"{host}.", f"{A_FULL} و {B_FULL} در این نشست حضور داشتند.")
    assert got[A][0] == "attended"


@pytest.mark.parametrize("honorific", ["حجت‌الاسلام و المسلمین", "آیت الله العظمی", "جناب آقای دکتر"])
def test_honorifics_of_several_words_between_a_chair_cue_and_its_person(honorific: str) -> None:
    assert statuses(f"این نشست به ریاست {honorific} {A_FULL} برگزار شد.")[A][0] == "chair"


def test_a_host_named_for_the_next_meeting_is_not_this_ones() -> None:
    """«با میزبانی X برای نشست آینده موافقت کردند»: X hosts the next meeting (status.FOR_LATER), so its one
    speaker here is no host."""
    got = statuses(f"{B_FULL} در این نشست سخنرانی کرد و شرکت‌کنندگان با میزبانی قزاقستان برای نشست آینده موافقت کردند.")
    assert got[B][0] == "attended"
