"""Status kinds a fresh batch missed (#11, session 5 round 2), on sentences written for these tests
(invented names, real role titles): the chair handed over, the chair of an earlier meeting, a
message read by someone named in its relative clause, speaking at a part of the meeting, and an
earlier time that dates the saying rather than the presence it reports."""

from __future__ import annotations

import pytest
from test_attendees import by_name, sentences
from test_status import A_FULL, B_FULL, A, B, statuses

from helpers.extract.attendees import extract_attendees


@pytest.mark.parametrize(
    "text",
    [
        f"وزارت خارجه پیش از این گفته بود که {A_FULL} در این نشست شرکت خواهد کرد.",
        f"سخنگوی دولت ماه گذشته اعلام کرده بود که {A_FULL} در اجلاس حضور خواهد یافت.",
        f"دفتر ریاست جمهوری قبلا تایید کرده بود که {A_FULL} در نشست سران اشتراک خواهد کرد.",
    ],
    ids=["before-said", "last-month-announced", "dari-earlier-confirmed"],
)
def test_an_earlier_time_of_the_saying_leaves_the_reported_plan(text: str) -> None:
    assert statuses(text)[A] == ("expected", "planned")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} پیش از این در اجلاس سران شرکت کرده بود.",
        f"{A_FULL} سال گذشته در این نشست حضور داشت.",
    ],
    ids=["before", "last-year"],
)
def test_an_earlier_time_of_the_presence_itself_still_dates_it(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در ابتدای اجلاس سه جانبه گفت: همکاری ضروری است.",
        f"در خلال نشست وزیران، {A_FULL} تصریح نمود که راه حل سیاسی است.",
        f"در این نشست، {A_FULL} تصریح کرد که امنیت منطقه مهم است.",
        f"{A_FULL} در اثنای اجلاس سران اظهار داشت که تجارت باید گسترش یابد.",
    ],
    ids=["at-the-start", "during-dari-verb", "this-meeting-stated", "in-the-course"],
)
def test_speaking_at_a_part_of_the_meeting(text: str) -> None:
    assert statuses(text)[A] == ("attended", "speech")


def test_talks_last_week_are_not_at_the_meeting() -> None:
    text = f"{A_FULL} هفتۀ گذشته با {B_FULL} دیدار کرد و از وی دعوت کرد تا در نشست سران شرکت کند."
    assert statuses(text) == {A: ("mentioned", None), B: ("mentioned", None)}


def test_last_week_before_the_meeting_dates_the_meeting_itself() -> None:
    assert statuses(f"{A_FULL} نیز هفته پیش در نشست مجازی سران سخنرانی کرد.")[A] == ("attended", "speech")


def test_speaking_at_the_start_of_a_trip_is_not_speaking_at_the_meeting() -> None:
    assert statuses(f"{A_FULL} در ابتدای سفر خود به خبرنگاران گفت که همکاری ضروری است.")[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} و رئیس نشست قبلی شورای وزیران، به تحولات منطقه اشاره کرد.",
        f"{A_FULL}، رئیس اجلاس سال گذشته، نیز سخن گفت.",
        f"{A_FULL} رئیس اجلاس پیشین سران نیز در میان مهمانان بود.",
    ],
    ids=["previous-council", "last-year", "former-summit"],
)
def test_the_chair_of_an_earlier_meeting_is_not_this_ones_chair(text: str) -> None:
    assert statuses(text)[A][0] != "chair"


def test_the_chair_title_of_this_meeting_still_makes_the_chair() -> None:
    assert statuses(f"{A_FULL}، رئیس این نشست، از مهمانان تشکر کرد.")[A][0] == "chair"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در پیامی به نشست سران که {B_FULL} آن را قرائت کرد، همکاری را راهبردی خواند.",
        f"پیام {A_FULL} به اجلاس، که {B_FULL} آنرا در جلسه افتتاحیه خواند، بر تجارت تاکید داشت.",
        f"{A_FULL} در پیامی که {B_FULL} این را قرائت نمود، از میزبان تشکر کرد.",
    ],
    ids=["relative-reader", "no-zwnj-read", "this-read"],
)
def test_the_reader_named_in_the_message_clause_was_there_not_the_sender(text: str) -> None:
    got = statuses(text)
    assert got[B] == ("attended", "message")
    assert got[A] == ("mentioned", None)


def test_reading_someone_elses_message_is_the_readers_presence() -> None:
    got = statuses(f"{B_FULL} پیام {A_FULL} را در این نشست قرائت کرد.")
    assert got[B] == ("attended", "message")
    assert got[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"در نشست امروز، وزیر خارجه ترکیه ریاست سازمان را به {A_FULL} تقدیم کرد.",
        f"ریاست دوره‌ای اتحادیه از سوی {B_FULL} به {A_FULL} سپرده شد.",
        f"ریاست چرخشی گروه به {A_FULL} واگذار گردید.",
        f"ریاست دوره ای این اجلاس را {B_FULL} به {A_FULL} واگذار کرد.",
    ],
    ids=["organization-presented", "passive-both", "rotating-passive-dari", "rotating-of-this-meeting"],
)
def test_the_organizations_chair_handed_over_is_presence(text: str) -> None:
    got = statuses(text)
    assert got[A] == ("attended", "participation")
    if B in got:
        assert got[B] == ("attended", "participation")


def test_handing_over_an_office_at_home_is_no_handover_of_the_chair() -> None:
    assert statuses(f"{B_FULL} ریاست جمهوری را در سال ۲۰۱۶ به {A_FULL} سپرد.")[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text, a, b",
    [
        (f"ریاست دهمین اجلاس از سوی {B_FULL} به {A_FULL} سپرده شد.", "chair", "attended"),
        (f"{B_FULL} ریاست این نشست را به {A_FULL} تحویل داد.", "chair", "attended"),
        (f"{A_FULL} ریاست اجلاس را از {B_FULL} تحویل گرفت.", "chair", "attended"),
        (f"ریاست نشست وزیران به {A_FULL} واگذار شد.", "chair", None),
    ],
    ids=["ordinal-passive", "this-meeting-active", "received", "passive-no-giver"],
)
def test_this_meetings_chair_handed_over_makes_the_chair(text: str, a: str, b: str | None) -> None:
    got = statuses(text)
    assert got[A][0] == a
    if b:
        assert got[B][0] == b


@pytest.mark.parametrize(
    "text",
    [
        f"در ابتدای این نشست {B_FULL} به عنوان میزبان خوش آمد گفت و خواست به احترام {A_FULL} بایستند.",
        f"در پایان اجلاس {B_FULL} گفت و افزود که گزارش آن برای {A_FULL} فرستاده می‌شود.",
        f"در جریان نشست سران، {B_FULL} اظهار داشت و سپس یادی از {A_FULL} شد.",
    ],
    ids=["in-honour-of", "sent-to", "remembered"],
)
def test_a_speech_cue_that_holds_its_speaker_says_nothing_of_who_comes_after(text: str) -> None:
    got = statuses(text)
    assert got[A] == ("mentioned", None)
    assert got[B][0] in ("attended", "host")


def test_a_plan_that_holds_its_subject_still_reaches_the_participants_met() -> None:
    text = f"قرار است {B_FULL} در این سفر با مقامات شرکت‌کننده در این اجلاس از جمله {A_FULL} دیدار کند."
    assert statuses(text)[A] == ("expected", "planned")


@pytest.mark.parametrize(
    "text",
    [
        f"{B_FULL} گفت: از آقای {A_FULL} به خاطر میزبانی و مهمان‌نوازی در این اجلاس تشکر می‌کنم.",
        f"{B_FULL} از {A_FULL} بابت میزبانی خوب اجلاس قدردانی کرد.",
        f"شرکت کنندگان از {A_FULL} به دلیل میهمان نوازی گرم سپاسگزاری کردند.",
        f"اجازه دهید از جلالتمآب {A_FULL}، حکومت و مردم آن کشور بخاطر میزبانی پرلطف شان، صمیمانه تشکر کنم.",
        f"از {A_FULL} بخاطر مهمان‌نوازی و پذیرایی گرم اظهار سپاس نمود.",
    ],
    ids=["thanks-quote", "appreciation", "guests-thank-no-zwnj", "dari-bekhater-long-title", "dari-bekhater-guests"],
)
def test_thanked_for_hosting_is_the_host(text: str) -> None:
    assert statuses(text)[A] == ("host", "hosting")


def test_hosting_a_later_meeting_is_not_hosting_this_one() -> None:
    assert statuses(f"{B_FULL} از {A_FULL} به خاطر میزبانی اجلاس سال آینده تشکر کرد.")[A][0] != "host"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در حساب خود نوشت: مفتخریم که فردا ریاست اجلاس وزیران را بر عهده داریم.",
        f"{A_FULL} گفت: ما فردا میزبانی این نشست را بر عهده داریم.",
        f"{A_FULL} گفت: من هفته آینده ریاست این نشست را به عهده دارم.",
    ],
    ids=["we-chair-tomorrow", "we-host", "i-chair-next-week"],
)
def test_a_first_person_chair_or_host_to_come_is_expected(text: str) -> None:
    assert statuses(text)[A][0] == "expected"


@pytest.mark.parametrize(
    "text",
    [
        f"در این سفر {A_FULL} و {B_FULL} رئیس‌جمهور تاجیکستان را همراهی می‌نمایند.",
        f"{A_FULL} رئیس هیئت را در این سفر همراهی خواهد نمود.",
        f"در این سفر {A_FULL} رئیس‌جمهور تاجیکستان را همراهی میکند.",
    ],
    ids=["formal-present", "formal-future", "lost-zwnj"],
)
def test_accompanying_the_delegation_on_the_trip_is_planned(text: str) -> None:
    assert statuses(text)[A] == ("expected", "planned")


@pytest.mark.parametrize(
    "text",
    [
        f"این نشست به ریاست مشترک {A_FULL}، و {B_FULL} برگزار شد.",
        f"نشست با ریاست مشترک {A_FULL} و {B_FULL} دایر گردید.",
        f"اجلاس تحت ریاست مشترک {A_FULL}، {B_FULL} آغاز شد.",
    ],
    ids=["comma-and", "dari-with", "under-comma"],
)
def test_a_joint_chair_binds_to_everyone_listed(text: str) -> None:
    got = statuses(text)
    assert (got[A][0], got[B][0]) == ("chair", "chair")


def test_a_single_chair_does_not_pass_to_the_next_phrase() -> None:
    got = statuses(f"این نشست به ریاست {A_FULL} و با حضور {B_FULL} برگزار شد.")
    assert (got[A][0], got[B][0]) == ("chair", "attended")


@pytest.mark.parametrize(
    "text",
    [
        f"{A}، نخست‌وزیر جدید بریتانیا، در این نشست حضور داشت.",
        f"{A} رئیس‌جمهور جدید ازبکستان در اجلاس سران شرکت کرد.",
    ],
    ids=["new-prime-minister", "new-president"],
)
def test_a_states_new_office_holder_is_not_incoming(text: str) -> None:
    assert statuses(text)[A] == ("attended", "participation")


def test_the_organizations_new_secretary_general_is_still_incoming() -> None:
    assert statuses(f"{A}، دبیرکل جدید سازمان، از آغاز سال آینده کار خود را شروع خواهد کرد.")[A][0] == "incoming"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در نشست سران قبلی گفت که همکاری راهبردی است.",
        f"{A_FULL} خاطر نشان کرد: همانگونه که در نشست سران پیشین اعلام کردم، همکاری راهبردی است.",
        f"{A_FULL} در اجلاس سابق وزیران تاکید کرد که تجارت مهم است.",
    ],
    ids=["previous-summit", "as-i-said-before", "former-ministerial"],
)
def test_speaking_at_an_earlier_meeting_is_not_speaking_at_this_one(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در این پیام سال نو را به رهبران کشورهای حاضر در این نشست تبریک گفت.",
        f"{A_FULL} در پیام خود به سران حاضر در اجلاس اظهار داشت که همکاری راهبردی است.",
    ],
    ids=["greeted-those-present", "message-to-those-present"],
)
def test_those_present_at_the_meeting_are_not_where_the_subject_spoke(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"{A} وزیر امور خارجه ازبکستان گفت وزرای امور خارجه کشورهای عضو قرار است در حاشیه مجمع دیدار کنند.",
        f"{A} وزیر خارجه ازبکستان گفت که وزیران خارجه گروه در نشست آینده شرکت خواهند کرد.",
        f"{A} رئیس‌جمهور ازبکستان اعلام کرد: روسای جمهور کشورهای عضو در اجلاس حضور خواهند داشت.",
    ],
    ids=["fm-plan", "fm-future-plural", "president-colon"],
)
def test_who_announces_that_their_peers_will_meet_is_not_thereby_expected(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


def test_a_speaker_who_names_their_own_office_in_the_singular_still_means_themselves() -> None:
    text = f"{A} سخنگوی وزارت خارجه ازبکستان گفت سخنگوی وزارت خارجه در این نشست شرکت خواهد کرد."
    assert statuses(text)[A] == ("expected", "planned")


@pytest.mark.parametrize(
    "text",
    [
        "رئیس دستگاه دیپلماسی ازبکستان صبح امروز برای شرکت در اجلاس وارد دهلی نو شد.",
        "رئیس دستگاه دیپلماسی ازبکستان برای شرکت در این نشست به دهلی نو رسید.",
    ],
    ids=["arrived", "reached"],
)
def test_the_head_of_diplomacy_is_the_foreign_minister(text: str) -> None:
    got = statuses(text, f"{A} وزیر امور خارجه ازبکستان فردا در این اجلاس سخنرانی خواهد کرد.")
    assert got[A] == ("attended", "arrival")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در گفتگویی در آستانه نشست سران که قرار است فردا با حضور روسای جمهور ترکیه و روسیه"
        " برگزار شود، گفت: نشست مهم است.",
        f"{A_FULL} درباره اجلاس که قرار است هفته آینده به میزبانی قزاقستان برگزار شود، گفت: همکاری مهم است.",
        f"{A_FULL} از نشستی که قرار است تحت ریاست ترکیه تشکیل شود استقبال کرد.",
    ],
    ids=["with-presence-of-others", "hosted-by-a-state", "under-a-chair-dari"],
)
def test_the_meetings_own_plan_is_not_the_plan_of_the_subject_before_it(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"نشست قرار است فردا با حضور {A_FULL} برگزار شود.",
        f"{A_FULL} قرار است فردا با حضور در نشست سخنرانی کند.",
        f"قرار است {A_FULL} فردا در نشست حضور یابد.",
    ],
    ids=["with-presence-of-the-person", "with-own-presence-in", "plan-to-be-present"],
)
def test_plans_of_presence_are_still_expected(text: str) -> None:
    assert statuses(text)[A][0] == "expected"


@pytest.mark.parametrize(
    "text, status",
    [
        (f"{B_FULL} در دیداری که در حاشیه این اجلاس با {A_FULL} داشت، بر همکاری تاکید کرد.", "attended"),
        (f"{B_FULL} در حاشیه نشست سران با {A_FULL} دیدار و گفتگو کرد.", "attended"),
        (f"در حاشیه این نشست {B_FULL} با {A_FULL} دیدار و گفتگو انجام خواهند داد.", "expected"),
        (f"{B_FULL} در حاشیه دهمین اجلاس با {A_FULL} رایزنی کرد.", "attended"),
    ],
    ids=["relative-talks", "talked", "will-hold-talks", "ordinal-consulted"],
)
def test_the_one_met_on_the_sidelines_is_there_too(text: str, status: str) -> None:
    assert statuses(text)[A][0] == status


def test_a_call_from_the_sidelines_does_not_bring_the_one_called() -> None:
    assert statuses(f"{B_FULL} در حاشیه نشست سران با {A_FULL} تماس تلفنی گرفت.")[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"رئیس محترم، {A}، وزیر گرامی،",
        f"جناب آقای رئیس محترم نشست، {A_FULL}،",
        f"«رئیس محترم اجلاس، {A_FULL}، همکاران گرامی",
    ],
    ids=["dari-address", "honorific-address", "quoted-address"],
)
def test_a_speech_that_addresses_the_chair_by_name(text: str) -> None:
    assert statuses(text)[A] == ("chair", "chairing")


@pytest.mark.parametrize(
    "text",
    [
        f"جلالتمآب {A}، معاون نخست‌وزیر و وزیر امور خارجه ازبکستان،",
        f"جلالت مآب «{A}» رئیس‌جمهور ازبکستان،",
        f"عالیجناب {A_FULL}!",
        f"فخامتمآب {A_FULL} و جلالتمآب {B_FULL}،",
    ],
    ids=["style-comma", "style-spaced-quoted", "excellency-exclamation", "two-addressed"],
)
def test_who_a_speech_addresses_in_a_line_of_its_own_is_in_the_hall(text: str) -> None:
    assert statuses(text)[A] == ("attended", "speech")


@pytest.mark.parametrize(
    "text",
    [
        f"جلالتمآب {A_FULL} در این نشست شرکت نکرد،",  # a clause, not a vocative
        f"{A_FULL}،",  # no style of address
        f"جلالتمآب {A_FULL}:",  # a quote's speaker
    ],
    ids=["a-clause", "no-style", "colon"],
)
def test_a_line_that_is_no_address_places_nobody(text: str) -> None:
    assert statuses(text)[A][0] != "attended"


def test_an_honoured_head_of_some_office_is_not_the_chair() -> None:
    assert statuses(f"رئیس محترم دفتر {A} گفت که همکاری ادامه دارد.")[A][0] != "chair"


@pytest.mark.parametrize(
    "text, status",
    [
        (f"{A}، نخست‌وزیر بریتانیا، اولین حضور خود در این نشست را تجربه می‌کرد.", "attended"),
        (f"{A_FULL} نخستین حضورش در اجلاس سران را تجربه خواهد کرد.", "expected"),
        (f"{A_FULL} در نخستین شرکت خود در این نشست سخنرانی کرد.", "attended"),
    ],
    ids=["first-appearance", "first-to-come", "first-taking-part"],
)
def test_a_first_appearance_at_the_meeting_is_presence(text: str, status: str) -> None:
    assert statuses(text)[A][0] == status


@pytest.mark.parametrize(
    "first",
    [
        "این نشست به ریاست مشترک وزرای خارجه ازبکستان و قزاقستان برگزار شد.",
        "نشست با ریاست مشترک وزیران امور خارجه جمهوری ازبکستان و جمهوری قزاقستان دایر گردید.",
        "اجلاس تحت ریاست مشترک وزرای خارجه کشورهای ازبکستان و قزاقستان آغاز شد.",
    ],
    ids=["joint-title", "long-state-names-dari", "countries-word"],
)
def test_joint_chairs_named_by_their_title_pass_it_to_its_holders(first: str) -> None:
    second = f"{A} وزیر خارجه ازبکستان و {B} وزیر خارجه قزاقستان نیز سخن گفتند."
    got = statuses(first, second)
    assert (got[A][0], got[B][0]) == ("chair", "chair")


def test_a_titled_chair_goes_only_to_the_holders_of_that_title_in_those_states() -> None:
    first = "این نشست به ریاست مشترک وزرای خارجه ازبکستان و قزاقستان برگزار شد."
    second = f"{A} رئیس‌جمهور ازبکستان و {B} وزیر خارجه ترکیه نیز سخن گفتند."
    got = statuses(first, second)
    assert (got[A][0], got[B][0]) == ("mentioned", "mentioned")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} و {B_FULL} به طور مشترک ریاست این نشست را بر عهده داشتند.",
        f"{A_FULL} و {B_FULL} ریاست اجلاس را مشترکا به عهده داشتند.",
        f"{A_FULL}، {B_FULL} ریاست نشست را بر دوش داشتند.",
    ],
    ids=["jointly", "dari-jointly", "comma-list"],
)
def test_a_plural_chair_verb_is_said_of_everyone_listed(text: str) -> None:
    got = statuses(text)
    assert (got[A][0], got[B][0]) == ("chair", "chair")


def test_a_singular_chair_verb_stays_with_the_nearest() -> None:
    got = statuses(f"در حضور {A_FULL}، {B_FULL} ریاست نشست را بر عهده داشت.")
    assert got[B][0] == "chair"
    assert got[A][0] != "chair"


@pytest.mark.parametrize(
    "text, status",
    [
        (f"{A_FULL} نمایندگی کشورش را در این نشست بر عهده دارد.", "attended"),
        (f"{A_FULL} نمایندگی دولت ازبکستان را در اجلاس به عهده داشت.", "attended"),
        (f"{A_FULL} نمایندگی کشورش را در این نشست بر عهده خواهد داشت.", "expected"),
    ],
    ids=["represents", "represented-dari", "will-represent"],
)
def test_representing_the_state_there_is_presence(text: str, status: str) -> None:
    assert statuses(text)[A][0] == status


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در راس یک هیئت بلندپایه به منظور اشتراک در نشست سران به باکو سفر کرد.",
        f"{A_FULL} جهت شرکت در اجلاس وزیران به آستانه سفر نمود.",
        f"{A_FULL} از بهر اشتراک در نشست وزیران معارف طی یک سفر رسمی به قزاقستان رفته است.",
        f"وزارت خارجه اعلام کرد که {A_FULL} برای حضور در این همایش به ژنو سفر کرده است.",
        f"{A_FULL} بامداد امروز با هدف شرکت در کنفرانس به وین سفر رفته است.",
        f"{A_FULL} برای شرکت در اجلاس به باکو سفر کرد و قرار است فردا سخنرانی کند.",
    ],
    ids=["dari-in-order-to", "for-the-purpose", "dari-az-bahr", "announced", "dari-safar-raft", "then-a-plan"],
)
def test_a_trip_told_as_the_news_is_a_setting_out(text: str) -> None:
    """A trip for the meeting told done says the traveller went, not that they arrived (README: set off
    for the meeting, no arrival reported, is expected), when it is what the sentence tells."""
    assert statuses(text)[A][0] == "expected"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} که برای شرکت در نشست سران به باکو سفر کرده است، گفت همکاری‌ها گسترش می‌یابد.",
        f"{A_FULL}، که جهت اشتراک در اجلاس وزیران به تاشکند رفته بود، افزود: ما آماده‌ایم.",
        f"{A_FULL} برای حضور در کنفرانس به اسلام‌آباد سفر کرده و با همتایانش گفت‌وگو داشته است.",
        f"{A_FULL} که به منظور شرکت در همایش به وین سفر نموده است، گفت: «امیدواریم نشست آینده در تهران باشد».",
    ],
    ids=["aside-said", "dari-aside-went", "and-then-talks", "quote-with-future"],
)
def test_a_trip_told_as_the_background_of_an_act_is_arrival(text: str) -> None:
    """Told as how the traveller came to do what the sentence goes on to tell, the trip has ended there."""
    assert statuses(text)[A] == ("attended", "arrival")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} که برای شرکت در نشست به آستانه سفر کرده است، فردا سخنرانی خواهد کرد.",
        f"{A_FULL} برای شرکت در اجلاس به باکو سفر کرد و هفته آینده با رئیس‌جمهور دیدار خواهد کرد.",
        f"{A_FULL} به عنوان بخشی از کار خود به وین سفر کرد و گفت همکاری مهم است.",
        f"{A_FULL} گفت این طرح به زودی به اجرا خواهد رفت.",
    ],
    ids=["aside-then-future", "then-talks-to-come", "no-purpose", "idiom"],
)
def test_a_trip_with_more_to_come_or_no_purpose_is_no_arrival(text: str) -> None:
    assert statuses(text)[A][0] != "attended"


@pytest.mark.parametrize(
    "text, status",
    [
        (f"{A_FULL} بیانیه کشورش را در این نشست ارائه کرد.", ("attended", "speech")),
        (f"{A_FULL} در دهمین اجلاس سران گزارشی از فعالیت دبیرخانه ارائه داد.", ("attended", "speech")),
        (f"{A_FULL} در نشست خبری گزارشی از سفر خود ارائه کرد.", ("mentioned", None)),
    ],
    ids=["statement-at", "report-at-ordinal", "press-meeting"],
)
def test_presenting_at_the_meeting_is_speaking_there(text: str, status: tuple[str, str | None]) -> None:
    assert statuses(text)[A] == status


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} عهده‌دار ریاست این نشست بود.",
        f"{A_FULL} ریاست دور جدید نشست را عهده دار بود.",
        f"{A_FULL} به عنوان رئیس دوره‌ای سازمان این نشست را اداره کرد.",
        f"{A_FULL} جلسه عمومی اجلاس را اداره نمود.",
    ],
    ids=["in-charge-of-chair", "new-round", "ran-the-meeting", "ran-the-plenary"],
)
def test_more_wordings_of_chairing(text: str) -> None:
    assert statuses(text)[A] == ("chair", "chairing")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در سال ۲۰۱۶ ریاست جمهوری را بر عهده داشت.",
        f"{A_FULL} اداره کشور را بر عهده دارد.",
        f"{A_FULL} جلسه هیئت دولت را اداره کرد.",
    ],
    ids=["presidency", "running-the-country", "cabinet-meeting"],
)
def test_running_other_things_is_not_chairing(text: str) -> None:
    assert statuses(text)[A][0] != "chair"


@pytest.mark.parametrize(
    "text, a",
    [
        (f"ریاست دوره‌ای اتحادیه از سوی {B_FULL} به {A_FULL} سپرده شد.", "attended"),
        (f"{A_FULL} و {B_FULL} به‌طور مشترک ریاست این نشست را برعهده داشتند.", "chair"),
        (f"{A_FULL} عهده‌دار ریاست این نشست بود.", "chair"),
        (f"{B_FULL} از {A_FULL} به خاطر میهمان‌نوازی تشکر کرد.", "host"),
        (f"{A_FULL} نخستین حضورش در اجلاس سران را تجربه کرد.", "attended"),
        (f"پیام {B_FULL} که {A_FULL} آن‌را قرائت کرد، بر همکاری تاکید داشت.", "attended"),
    ],
    ids=["handover", "jointly", "in-charge", "hospitality", "first-appearance", "reader"],
)
def test_the_new_wordings_without_their_zwnj(text: str, a: str) -> None:
    bare = text.replace("\u200c", "")
    row = by_name(extract_attendees(sentences(bare, normalized=False)))[A]
    assert row["status"] == a


@pytest.mark.parametrize(
    "text",
    [
        f"ریاست این اجلاس را {A_FULL} از سوی کشور میزبان و {B_FULL} از سوی رئیس دوره‌ای سازمان بر عهده داشتند.",
        f"رهبری این نشست را {A_FULL} و {B_FULL} برعهده داشتند.",
        f"رهبری نشست را {A_FULL}، که دیروز به شهر رسید، و {B_FULL}، که از هفته گذشته در شهر بود، به عهده دارند.",
        f"اداره کنفرانس را {A_FULL} و {B_FULL} بر دوش داشتند.",
    ],
    ids=["chair-long-titles", "led-dari-no-space", "led-present-appositions", "run-on-shoulders"],
)
def test_chairing_named_between_object_and_verb_goes_to_everyone_listed(text: str) -> None:
    got = statuses(text)
    assert (got[A][0], got[B][0]) == ("chair", "chair")


@pytest.mark.parametrize(
    "text",
    [
        f"رهبری هیئت ایران را {A_FULL} وزیر خارجه بر عهده داشت و {B_FULL} نیز سخنرانی کرد.",
        f"رهبری حزب را {A_FULL} برعهده دارد و {B_FULL} در نشست شرکت کرد.",
    ],
    ids=["led-delegation", "led-party"],
)
def test_leading_other_things_is_not_chairing(text: str) -> None:
    got = statuses(text)
    assert got[A][0] != "chair"
    assert got[B][0] != "chair"


@pytest.mark.parametrize(
    "text",
    [
        f"{A}، رئیس‌جمهور ازبکستان و {B}، رئیس‌جمهور قزاقستان این سند را امضا کردند.",
        f"{A}، رئیسجمهور ازبکستان و {B}، رئیسجمهور قزاقستان این موافقتنامه را امضا کردهاند.",
        f"{A_FULL} و {B_FULL} همین بیانیه مشترک را امضا نمودند.",
        f"{A_FULL} و {B_FULL} این تفاهم‌نامه را به امضا رساندند.",
        f"{A_FULL} این بیانیه مشترک را با {B_FULL}، رئیس کمیسیون اروپایی به امضا رساند.",
        f"{A}، وزیر خارجه ترکمنستان این سند را با {B}، همتای ازبک خود امضا کرد.",
        f"{A_FULL} این موافقتنامه را با {B_FULL} به امضاء رسانیده است.",
    ],
    ids=[
        "signed-this",
        "lost-zwnj-perfect",
        "same-statement",
        "brought-to-signature",
        "with-co-signer",
        "with-counterpart",
        "dari-perfect",
    ],
)
def test_signing_this_document_is_presence(text: str) -> None:
    got = statuses(text)
    assert (got[A][0], got[B][0]) == ("attended", "attended")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} و {B_FULL} این سند را امضا نکردند.",
        f"{A_FULL} و {B_FULL} در سال ۱۹۹۸ این معاهده را امضا کرده بودند.",
        f"{A_FULL} این سند را با {B_FULL} به امضا نرساند.",
        f"{A_FULL} این معاهده را با {B_FULL} به امضا رسانده بود.",
        f"{A_FULL} این سند را با {B_FULL} بررسی کرد.",
    ],
    ids=["refused", "pluperfect-earlier", "refused-with", "pluperfect-with", "other-verb-with"],
)
def test_not_signing_or_signing_earlier_is_not(text: str) -> None:
    got = statuses(text)
    assert got[A][0] != "attended"
    assert got[B][0] != "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"{A}، رئیس مرکز پژوهش‌های راهبردی وابسته به ریاست جمهوری ازبکستان به سمت دبیرکل سازمان انتخاب شد.",
        f"{A} معاون وزیر خارجه قزاقستان به عنوان دبیرکل آینده این سازمان برگزیده شد.",
        f"«{A}» سفیر سابق تاجیکستان به سمت مدیر اجرایی ساختار منطقه‌ای تعیین گردید.",
        f"{A_FULL} جانشین دبیرکل کنونی سازمان خواهد شد.",
        f"{A} سال آینده جانشین رئیس فعلی دبیرخانه می‌شود.",
    ],
    ids=["elected-after-a-state", "chosen-future-office", "dari-appointed", "succeeds-future", "succeeds-present"],
)
def test_who_takes_up_an_office_of_the_organization_is_incoming(text: str) -> None:
    assert statuses(text)[A][0] == "incoming"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL}، جانشین فرمانده نیروی انتظامی، در حاشیه این اجلاس با همتایان خود دیدار کرد.",
        f"{A_FULL} جانشین معاون هماهنگ‌کننده وزارت کشور در این مجمع سخنرانی کرد.",
    ],
    ids=["deputy-commander", "deputy-of-a-deputy"],
)
def test_a_deputy_titled_jaanashin_is_no_successor(text: str) -> None:
    assert statuses(text)[A][0] == "attended"
