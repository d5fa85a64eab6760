"""Presence told through a trip and its purpose, a relative clause on a titled person, a stance taken
at the meeting and a welcome at the venue (#11, session 6, round B), on sentences written for these
tests (invented names, real role titles), each kind with look-alikes that must stay as they are."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses
from test_status_presence import SPOKESMAN

ARRIVED = ("attended", "arrival")
MENTIONED = ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"روز چهارشنبه، {A_FULL}، جهت شرکت در کنفرانس اسلامی به داکار پایتخت سنگال، رسید.",
        f"{A_FULL} جهت اشتراک در نشست سران به دوشنبه، پایتخت تاجیکستان، رسید.",
        f"{A_FULL} برای شرکت در اجلاس سران به شهر تاریخی سمرقند در ازبکستان آمد.",
        f"{A_FULL} که به منظور حضور در نشست وزیران به آستانه سفر کرد، گفت همکاری مهم است.",
        f"{A_FULL} که با هدف شرکت در اجلاس سران به سن‌پترزبورگ سفر کرده بود، افزود: همکاری مهم است.",
        f"{A_FULL} به قصد شرکت و سخنرانی در همایش وارد باکو شده است.",
        f"{A_FULL} برای شرکت در اجلاس سران به ریاض رسیده است و فردا سخنرانی خواهد کرد.",
        f"{A_FULL} که به منظور دیدار با امیر قطر و شرکت در اجلاس، عازم قطر شده بود، وارد فرودگاه دوحه شد.",
        f"{A_FULL} دیروز جهت شرکت در نشست مشترک مجالس کشورهای عضو به مسکو پایتخت روسیه سفر کرد و گفت همکاری مهم است.",
        f"{A_FULL} که جهت اشتراک در کنفرانس مشترک وزیران به تاشکند سفر نموده است، افزود: همکاری مهم است.",
        f"{A_FULL} برای حضور در نشست کمیته مشترک به بروکسل رسید.",
    ],
    ids=["dari-comma-capital", "dari-ishtirak", "long-place", "aside", "relative-past-perfect", "entered-perfect",
         "arrived-then-plan", "set-off-then-arrived", "joint-meeting", "dari-joint-conference", "joint-committee"],
)  # fmt: skip
def test_travelling_to_attend_is_presence_however_far_the_verb(text: str) -> None:
    assert statuses(text)[A] == ARRIVED


@pytest.mark.parametrize(
    "text, status",
    [
        (f"{A_FULL} برای شرکت در اجلاس به باکو خواهد رسید.", ("expected", "planned")),
        (f"{A_FULL} برای شرکت در اجلاس تهران را ترک کرد.", ("expected", "departure")),
        (f"{A_FULL} جهت شرکت در نشست سران عازم دوشنبه شد.", ("expected", "departure")),
        (f"{A_FULL} برای شرکت در اجلاس سران به مسکو خواهد رفت.", ("expected", "departure")),
        (f"{A_FULL} به منظور حضور در نشست وزیران به آستانه سفر کرد.", ("expected", "departure")),
    ],
    ids=["will-arrive", "left-home", "set-off", "will-go", "travelled-as-news"],
)
def test_a_trip_still_under_way_is_no_arrival(text: str, status: tuple) -> None:
    assert statuses(text)[A] == status


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} به منظور شرکت در اجلاس و دیدار با {B_FULL} وارد باکو شد.",
        f"{A_FULL} برای دیدارهای دوجانبه با {B_FULL} و شرکت در نشست سران به پکن رسید.",
        f"{A_FULL} به منظور گفت‌وگو با {B_FULL} عازم آنکارا شد.",
        f"{A_FULL} برای شرکت در نشست سران و دیدار با {B_FULL}، ساعاتی پیش وارد سانفرانسیسکو شد.",
    ],
    ids=["arrived", "talks-plural", "set-off", "arrived-hours-ago"],
)
def test_the_one_a_trip_is_meant_to_meet_is_no_traveller(text: str) -> None:
    assert statuses(text)[B] == MENTIONED


@pytest.mark.parametrize(
    "text, b",
    [
        (f"قرار است {A_FULL} در اجلاس سخنرانی و فردا با {B_FULL} دیدار کند.", ("expected", "planned")),
        (f"قرار است {A_FULL} با {B_FULL} ملاقات کند.", ("expected", "planned")),
        (f"قرار است {A_FULL} در اجلاس سخنرانی و پس از آن تلفنی با {B_FULL} گفتگو کند.", MENTIONED),
        # on the sidelines, or talks apart from the joint session, the one met is there too
        (f"قرار است در حاشیه‌ی این نشست {A_FULL} با {B_FULL} نیز دیدار کند.", ("expected", "planned")),
        (f"قرار است در حاشیهی این نشست {A_FULL} با {B_FULL} نیز دیدار کند.", ("expected", "planned")),
    ],
    ids=["subject-inside-the-plan", "meet", "by-phone", "sidelines-ezafe", "sidelines-zwnj-lost"],
)
def test_a_plan_to_meet_someone_is_shared_but_by_phone(text: str, b: tuple) -> None:
    got = statuses(text)
    assert (got[A], got[B]) == (("expected", "planned"), b)


@pytest.mark.parametrize(
    "text",
    [
        f"{A} معاون نماینده ملی ازبکستان در بریکس که در صدر هیاتی در این نشست حاضر بود، گفت همکاری مهم است.",
        f"{A} معاون نماینده ویژه ازبکستان در امور افغانستان که در این اجلاس شرکت داشت، افزود: امنیت مهم است.",
        f"{A} مشاور نماینده دائم ازبکستان که در نشست حضور یافته بود، در سخنرانی خود گفت تجارت مهم است.",
    ],
    ids=["deputy-of-a-representative", "deputy-of-an-envoy", "adviser"],
)
def test_a_relative_clause_after_a_title_of_a_title_is_the_persons(text: str) -> None:
    assert statuses(text)[A][0] == "attended"


def test_a_relative_clause_of_someone_else_named_in_between_is_theirs() -> None:
    got = statuses(f"{A_FULL} گفت {B_FULL} که در این نشست حاضر بود، همکاری را مهم خواند.")
    assert got[A] == MENTIONED


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} که دیروز تاشکند را به مقصد باکو ترک کرده بود به باکو رسید.",
        f"{A}، {B} و هیئت همراه که دیروز تاشکند را به مقصد باکو ترک کرده بودند به باکو رسیده‌اند.",
    ],
    ids=["one", "listed"],
)
def test_a_trip_told_in_a_relative_clause_is_background_to_the_arrival(text: str) -> None:
    assert statuses(text)[A] == ARRIVED


@pytest.mark.parametrize(
    "text, status",
    [
        (f"{A_FULL} که دیروز وارد باکو شد، فردا در نشست سخنرانی خواهد کرد.", ARRIVED),
        (f"{A_FULL} که قرار بود در نشست شرکت کند، در آن حضور نیافت.", ("absent", "absence")),
    ],
    ids=["arrived-then-plan", "plan-then-absence"],
)
def test_the_main_clause_does_not_undo_a_presence_told_in_the_relative_one(text: str, status: tuple) -> None:
    assert statuses(text)[A] == status


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در این نشست، یک بار دیگر خواهان گسترش همکاری شد.",
        f"{A_FULL} در نشست وزیران خواهان برچیدن پناهگاه‌های تروریستان شده است.",
        f"وزارت خارجه نوشت که {A_FULL} این موضوع را در بیست‌ونهمین نشست وزیران مطرح کرده است.",
        f"{A_FULL} در اجلاس سران موضوع آب را مطرح نمود.",
        f"{A_FULL} در این اجلاس از کشورهای عضو درخواست کرد که تجارت را گسترش دهند.",
        f"{A_FULL} در این کنفرانس تقاضا نمود تا گفتگو ادامه یابد.",
    ],
    ids=["demanded-comma", "demanded-perfect", "raised-reported", "raised-nemud", "requested", "asked-dari"],
)
def test_a_stance_taken_at_the_meeting_is_presence(text: str) -> None:
    assert statuses(text)[A] == ("attended", "speech")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در نشستی مطبوعاتی اظهار داشت که اجلاس بعدی در عشق‌آباد برگزار می‌شود.",
        f"{A_FULL} در نشست خبری هفتگی خواهان برگزاری اجلاس شد.",
        f"{A_FULL} در جلسه هیئت دولت موضوع اجلاس را مطرح کرد.",
        f"{A_FULL} پیش از این نشست خواهان گفتگو شده بود.",
    ],
    ids=["indefinite-press-meeting", "weekly-press", "cabinet", "before-the-meeting"],
)
def test_a_stance_taken_elsewhere_stays_a_mention(text: str) -> None:
    assert statuses(text)[A] == MENTIONED


@pytest.mark.parametrize(
    "text",
    [
        f"با استقبال {A_FULL} از اعضای کمیته دائمی مجمع، نشست این مجمع در هتل اسپیناس تهران آغاز شد.",
        f"وزیران خارجه کشورهای عضو در بدو حضور در مرکز همایش‌های ملی، مورد استقبال {A_FULL} قرار گرفتند.",
        f"سران کشورهای عضو در سالن اصلی کاخ کنگره مورد استقبال {A_FULL} قرار گرفتند.",
        f"{A_FULL} در ساختمان مجلس از روسای هیئت‌ها استقبال کرد.",
    ],
    ids=["opened-with-welcome-hotel", "on-coming-into-a-centre", "hall", "building-active"],
)
def test_who_welcomes_the_guests_in_the_venue_hosts_them(text: str) -> None:
    assert statuses(text)[A] == ("host", "hosting")


@pytest.mark.parametrize(
    "text",
    [
        f"وزیران خارجه کشورهای عضو در بدو ورود به فرودگاه، مورد استقبال {A_FULL} قرار گرفتند.",
        f"{A_FULL} در فرودگاه از روسای هیئت‌ها استقبال کرد.",
        f"{A_FULL} از پیشنهاد برگزاری نشست در مرکز استان استقبال کرد.",
    ],
    ids=["airport-passive", "airport-active", "welcomed-a-proposal"],
)
def test_a_welcome_at_the_airport_or_of_an_idea_is_no_hosting(text: str) -> None:
    assert statuses(text)[A] == MENTIONED


HELD = "نشست وزیران خارجه امروز در تهران برگزار شد."
COMING = "نشست وزیران خارجه هفته آینده در تهران برگزار خواهد شد."


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در سخنانی در مورد همکاری صحبت کرد.",
        f"{A_FULL} در سخنان خود ابراز امیدواری کرد که همکاری گسترش یابد.",
        f"{A_FULL} در سخنانش گفت: تجارت باید گسترش یابد.",
        f"{A_FULL} در سخنان خود تاکید کرد که امنیت مهم است.",
    ],
    ids=["spoke", "hoped", "own-colon", "stressed"],
)
def test_a_speech_told_in_a_report_of_the_meeting_held_is_presence(text: str) -> None:
    assert statuses(HELD, text)[A] == ("attended", "speech")


@pytest.mark.parametrize(
    "before, text",
    [
        (COMING, f"{A_FULL} در سخنانی گفت همکاری مهم است."),
        (HELD, f"{SPOKESMAN} در سخنانی در نشست خبری هفتگی گفت این نشست موفق بود."),
        (HELD, f"{A_FULL} در سخنانی در گفتگو با خبرنگاران گفت همکاری مهم است."),
        (HELD, f"{A_FULL} در سخنان خود در دیدار با سفیر ترکیه گفت همکاری مهم است."),
        (HELD, f"{A_FULL} در سخنانی در مراسم روز ملی گفت همکاری مهم است."),
    ],
    ids=["before-the-meeting", "spokesman-press", "interview", "meeting-an-envoy", "another-ceremony"],
)
def test_a_speech_before_the_meeting_or_elsewhere_stays_a_mention(before: str, text: str) -> None:
    assert statuses(before, text)[A] == MENTIONED


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} پس از نشست مشترک شورای وزیران دفاع و خارجه گفت، همکاری مهم است.",
        f"{A_FULL} پس از این اجلاس به خبرنگاران گفت که نتایج خوب بود.",
        f"{A_FULL} پس از نهمین نشست وزیران اعلام کرد که سند امضا شد.",
        f"{A_FULL} بعد از اجلاس سران در آستانه گفت همکاری مهم است.",
        f"{A}، دبیرکل سازمان پس از اجلاس سران در آستانه نشست خبری ترتیب داد.",
        f"{A_FULL} بعد از این همایش، در محل آن کنفرانس مطبوعاتی برگزار کرد.",
        f"{A_FULL} و {B_FULL} پس از نشست وزیران نشست خبری مشترک برگزار کردند.",
    ],
    ids=["joint-council", "this-summit", "ordinal-announced", "bad-az", "press-conference-arranged",
         "press-conference-held", "joint-press-conference"],
)  # fmt: skip
def test_speaking_right_after_the_meeting_is_presence(text: str) -> None:
    assert statuses(text)[A] == ("attended", "speech")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} بعد از نشست سال گذشته گفت همکاری مهم است.",
        f"{A_FULL} پیش از اجلاس نشست خبری برگزار کرد.",
        f"{A_FULL} قبل از این نشست در تهران کنفرانس خبری ترتیب داد.",
    ],
    ids=["after-last-years", "press-before", "press-before-qabl"],
)
def test_speaking_after_an_earlier_meeting_or_before_this_one_is_not(text: str) -> None:
    assert statuses(text)[A][0] != "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} از کنفرانس تقاضا نمود تا گفتگو با جهان ادامه یابد.",
        f"{A_FULL} از این اجلاس خواست که تجارت را گسترش دهد.",
        f"{A_FULL} از حاضران درخواست کرد که از صلح حمایت کنند.",
    ],
    ids=["dari-asked-the-conference", "asked-the-summit", "asked-those-present"],
)
def test_asking_the_meeting_is_presence(text: str) -> None:
    assert statuses(text)[A][0] == "attended"  # «از حاضران» also reads as among those present


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در پیامی از اجلاس خواست همکاری کنند.",
        f"{A_FULL} طی پیامی به اجلاس سران از کنفرانس تقاضا نمود تا گفتگو ادامه یابد.",
        f"{A_FULL} از کنفرانس قبلی خاطره‌ای گفت.",
    ],
    ids=["message", "message-dari", "no-request"],
)
def test_asking_it_in_a_message_is_from_afar(text: str) -> None:
    assert statuses(text)[A] == MENTIONED


@pytest.mark.parametrize(
    "text, a, b",
    [
        (
            f"{A_FULL} در این نشست حاضر نشد و ریاست هیات ازبکی را به {B}، وزیر مشاور در امور خارجی این کشور سپرد.",
            ("absent", "absence"),
            ("attended", "participation"),
        ),
        (f"{A_FULL} ریاست هیئت کشورش را به {B_FULL} سپرد.", MENTIONED, ("attended", "participation")),
        (
            f"{A_FULL} ریاست هیات کشورش را در نشست سران به {B}، معاون خود، تفویض کرد.",
            MENTIONED,
            ("attended", "participation"),
        ),
        (f"{A_FULL} ریاست هیئت کشورش را به {B_FULL} واگذار خواهد کرد.", MENTIONED, ("expected", "participation")),
    ],
    ids=["absent-and-handed", "handed", "delegated-dari", "will-hand"],
)
def test_the_one_a_delegations_lead_is_handed_to_leads_it(text: str, a: tuple, b: tuple) -> None:
    got = statuses(text)
    assert (got[A], got[B]) == (a, b)


def test_leading_ones_own_delegation_stays_presence() -> None:
    assert statuses(f"{A_FULL} ریاست هیئت کشورش را در این اجلاس بر عهده داشت.")[A] == ("attended", "participation")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} این اجلاس را که با شعار همکاری برگزار می‌شود، افتتاح می‌کند.",
        f"{A_FULL} نشست سران را فردا افتتاح خواهد کرد.",
        f"{A_FULL} این همایش را آغاز خواهد نمود.",
    ],
    ids=["present-relative-between", "future", "future-nemud"],
)
def test_opening_the_meeting_still_to_come_is_expected(text: str) -> None:
    assert statuses(text)[A] == ("expected", "planned")


def test_opening_it_once_it_is_under_way_is_presence() -> None:
    got = statuses("نشست سران امروز در تهران آغاز شد.", f"{A_FULL} در حال حاضر این نشست را افتتاح می‌کند.")
    assert got[A] == ("attended", "participation")


@pytest.mark.parametrize(
    "text",
    [f"{A_FULL} نمایشگاه را افتتاح می‌کند.", f"{A_FULL} گفت این اجلاس را باید با دقت آغاز کرد."],
    ids=["an-exhibition", "must-begin"],
)
def test_opening_something_else_is_no_presence(text: str) -> None:
    assert statuses(text)[A] == MENTIONED


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} پس از بازگشت از اجلاس سران اکو گفت که همکاری لازم است.",
        f"{A_FULL} در بازگشت از بیست و یکمین نشست سران به خبرنگاران گفت که همکاری لازم است.",
        f"{A_FULL} پس از باز گشت از این اجلاس گفت همکاری لازم است.",  # lost ZWNJ
        f"{A_FULL} عصر امروز از این اجلاس به تاشکند بازگشت.",
        f"{A_FULL} دیروز از نشست شانگهای به کشور برگشت.",  # Dari
        f"{A_FULL} پس از مراجعت از اجلاس گفت همکاری لازم است.",
    ],
    ids=["after-return", "ordinal", "lost-zwnj", "returned-to", "dari-bargasht", "morajeat"],
)
def test_who_came_back_from_the_meeting_had_been_there(text: str) -> None:
    assert statuses(text)[A] == ("attended", "participation")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} درباره بازگشت آوارگان به کشورشان سخن گفت.",
        f"{A_FULL} گفت بازگشت طالبان به قدرت نگران کننده است.",
        f"{A_FULL} پس از بازگشت از سفر چین گفت که همکاری لازم است.",  # a trip, no meeting named
        f"{A_FULL} پس از بازگشت از اجلاس سال گذشته گفت که همکاری لازم است.",  # an earlier meeting
        f"{A_FULL} پس از بازگشت از نشست قبلی گفت که همکاری لازم است.",
    ],
    ids=["refugees", "to-power", "a-trip", "last-year", "previous"],
)
def test_returns_that_are_not_from_this_meeting_say_nothing(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)
