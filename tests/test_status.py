"""Status cues on sentences written for these tests (invented names, real role titles): presence
stated in the shapes real reports use, pre-event wording, and cues said of someone else."""

from __future__ import annotations

import pytest
from test_attendees import by_name, sentences

from helpers.extract.attendees import extract_attendees

A = "بختیار نورالدینوف"
B = "دانیار کوشقاربایف"
A_FULL = f"{A} رئیس‌جمهور ازبکستان"
B_FULL = f"{B} رئیس‌جمهور قزاقستان"


def statuses(*texts: str) -> dict[str, tuple[str, str | None]]:
    return {name: (r["status"], r["cue"]) for name, r in by_name(extract_attendees(sentences(*texts))).items()}


def test_in_the_presence_of_a_list_is_presence_for_each() -> None:
    got = statuses(f"این موافقتنامه در حضور {A_FULL}، {B_FULL} امضا شد.")
    assert got == {A: ("attended", "participation"), B: ("attended", "participation")}


def test_a_plan_about_something_else_is_not_a_planned_presence() -> None:
    got = statuses(f"{A_FULL} گفت: قرار است ترکمنستان در این نشست سندی را امضا کند.")
    assert got[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text, a, b",
    [
        # the verb is said of the subject before it, not of the person it thanks
        (
            f"{A_FULL} در نوبت خود از {B_FULL} برای فراهم کردن شرایط سپاسگزاری کرد.",
            ("attended", "speech"),
            ("mentioned", None),
        ),
        # a plan of one person to meet another after the meeting: the other is an object
        (f"{A_FULL} نیز قرار است ماه آینده با {B_FULL} دیدار کند.", ("expected", "planned"), ("mentioned", None)),
    ],
    ids=["thanks", "plan-to-meet"],
)
def test_a_cue_with_a_subject_before_it_is_not_said_of_the_person_after(
    text: str, a: tuple[str, str | None], b: tuple[str, str | None]
) -> None:
    got = statuses(text)
    assert (got[A], got[B]) == (a, b)


def test_the_meeting_brought_the_leaders_together() -> None:
    got = statuses(f"اجلاس دو روزه، {A_FULL} و همتایان وی را گرد هم آورد.")
    assert got[A] == ("attended", "gathering")


def test_a_speaker_of_the_meeting_is_present_but_speaking_there_later_is_not() -> None:
    assert statuses(f"سخنان {A_FULL} که دومین سخنران جلسه افتتاحیه اجلاس بود، بازتاب یافت.")[A] == (
        "attended",
        "speech",
    )
    assert statuses(f"{A_FULL} برای شرکت و سخنرانی در اجلاس عازم آستانه شد.")[A] == ("expected", "departure")


def test_a_handover_in_the_meeting_puts_both_there() -> None:
    got = statuses(f"در این اجلاس {A_FULL} ریاست دوره‌ای سازمان را به {B_FULL} واگذار کرد.")
    assert got == {A: ("attended", "participation"), B: ("attended", "participation")}


@pytest.mark.parametrize(
    "text, cue",
    [
        (f"اجلاس سران هفته آینده به ریاست {A_FULL} برگزار می‌شود.", "chairing"),
        (f"اجلاس سران به میزبانی {A_FULL} برگزار خواهد شد.", "hosting"),
        (f"{A_FULL} میزبان این نشست خواهد بود.", "hosting"),
    ],
    ids=["chair-present-tense", "host-future", "host-of-it-future"],
)
def test_hosting_or_chairing_said_for_the_future_is_expected(text: str, cue: str) -> None:
    assert statuses(text)[A] == ("expected", cue)


@pytest.mark.parametrize(
    "text",
    [
        f"در اجلاس سال گذشته، {A_FULL} در نشست سران حضور داشت.",
        f"{A_FULL} ماه پیش در سفر به تهران با {B_FULL} دیدار کرد.",
        f"در سال‌های اخیر {A_FULL} در نشست‌های سران شرکت کرده است.",
        f"نشست قبلی به میزبانی {A_FULL} برگزار شد.",
    ],
    ids=["last-year", "month-ago-visit", "recent-years", "previous-meeting-host"],
)
def test_presence_at_an_earlier_occasion_is_not_presence_at_this_one(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


def test_an_earlier_occasion_counts_only_in_its_own_clause() -> None:
    got = statuses(
        f"در اجلاس سال گذشته {B_FULL} شرکت کرد و امسال {A_FULL} در این نشست حضور دارد.",
        "تیمور بکمرادوف سخنگوی وزارت خارجه قزاقستان که سال گذشته به این سمت رسید، در نشست حضور داشت.",
    )
    assert (got[A], got[B], got["تیمور بکمرادوف"]) == (
        ("attended", "participation"),
        ("mentioned", None),
        ("attended", "participation"),
    )


@pytest.mark.parametrize(
    "text, status, cue",
    [
        (f"{A_FULL} برای شرکت در نشست وارد آستانه شده است.", "attended", "arrival"),
        (f"{A_FULL} در این اجلاس حضور یافته است.", "attended", "participation"),
        (f"{A_FULL} و {B_FULL} در نشست سران حضور داشته‌اند.", "attended", "participation"),
        (f"{A_FULL} با همتای خود دیدار و گفت‌وگو کرد.", "attended", "sidelines"),
        (f"{A_FULL} هم‌اکنون در حال سخنرانی در نشست سران است.", "attended", "speech"),
        (f"{A_FULL} در نشست سران به ایراد سخنرانی پرداخت.", "attended", "speech"),
        (f"{A_FULL} اجلاس وزیران را ریاست کرد.", "chair", "chairing"),
        (f"{A_FULL} در اجلاس شرکت نکرده است.", "absent", "absence"),
        (f"{A_FULL} در نشست حضور پیدا نکرد.", "absent", "absence"),
        (f"{A_FULL} نشست را تحریم خواهد کرد.", "absent", "absence"),
        (f"{A_FULL} سفر خود به آستانه را لغو کرد.", "absent", "absence"),
        (f"جای {A_FULL} در نشست سران خالی بود.", "absent", "absence"),
        (f"انتظار می‌رود {A_FULL} در نشست سران شرکت کند.", "expected", "planned"),
        (f"پیش‌بینی می‌شود {A_FULL} در اجلاس حضور یابد.", "expected", "planned"),
        (f"حضور {A_FULL} در اجلاس قطعی است.", "expected", "planned"),
    ],
    ids=[
        "arrived-perfect",
        "present-perfect",
        "perfect-plural",
        "met-and-talked",
        "progressive-speech",
        "gave-a-speech",
        "chaired-it",
        "absent-perfect",
        "absent-did-not-find",
        "boycott-future",
        "cancelled-trip",
        "empty-seat",
        "expected-to",
        "forecast",
        "confirmed",
    ],
)
def test_verb_forms_and_wordings(text: str, status: str, cue: str) -> None:
    assert statuses(text)[A] == (status, cue)


@pytest.mark.parametrize(
    "text, status, cue",
    [
        (f"هیئتی به ریاست {A_FULL} برای شرکت در نشست وارد آستانه شد.", "attended", "arrival"),
        (f"هیأتی به سرپرستی {A_FULL} عازم آستانه شد.", "expected", "departure"),
        (f"سفر هیئتی به ریاست {A_FULL} به آستانه اعلام شد.", "mentioned", None),
        (f"{A_FULL} ریاست هیئت کشورش در این نشست را بر عهده داشت.", "attended", "participation"),
        (f"{A_FULL} هیئت کشورش را در اجلاس رهبری کرد.", "attended", "participation"),
        (f"{A_FULL} ریاست هیئت کشورش در این اجلاس را بر عهده خواهد داشت.", "expected", "planned"),
        (
            f"سرپرستی هیئت ازبکستان در این نشست را {A}، معاون امور حقوقی و بین‌المللی وزارت امور خارجه و نماینده"
            " ویژه رئیس‌جمهور در امور دریای خزر بر عهده داشت.",
            "attended",
            "participation",
        ),
    ],
    ids=["led-arrived", "led-set-off", "led-trip-announced", "headed-it", "led-it", "will-head-it", "long-title"],
)
def test_who_leads_a_delegation_is_not_the_chair(text: str, status: str, cue: str | None) -> None:
    assert statuses(text)[A] == (status, cue)


def test_everyone_in_a_list_after_an_object_marker_is_an_object() -> None:
    got = statuses(
        f"تیمور بکمرادوف وزیر خارجه قزاقستان با بدرقه {A} معاون نخست‌وزیر و جناب {B} معاون پارلمان عازم آستانه شد."
    )
    assert (got["تیمور بکمرادوف"], got[A], got[B]) == (
        ("expected", "departure"),
        ("mentioned", None),
        ("mentioned", None),
    )


def test_a_title_and_its_states_share_the_verb_with_the_named_holders() -> None:
    got = statuses(
        f"{A_FULL} و {B_FULL} پیش از نشست به خبرنگاران پاسخ دادند.",
        "رؤسای جمهور ازبکستان و قزاقستان در حاشیه اجلاس با یکدیگر دیدار کردند.",
    )
    assert got == {A: ("attended", "sidelines"), B: ("attended", "sidelines")}


@pytest.mark.parametrize(
    "second, expected",
    [
        ("سران ازبکستان، تاجیکستان و ترکمنستان در اجلاس شرکت نکردند.", ("absent", "absence")),
        # a plan for the leaders of a state is nobody's plan in particular
        ("قرار است اجلاس با حضور سران ازبکستان و تاجیکستان برگزار شود.", ("mentioned", None)),
        # the name of a meeting is not its leaders
        ("نشست سران ازبکستان و تاجیکستان در حاشیه اجلاس برگزار شد و آنان دیدار کردند.", ("mentioned", None)),
        # another title: a foreign minister does not take the presidents' verb
        ("وزرای خارجه ازبکستان و تاجیکستان در اجلاس شرکت کردند.", ("mentioned", None)),
    ],
    ids=["absent-leaders", "planned-presence", "meeting-name", "other-title"],
)
def test_what_a_title_and_its_states_pass_on(second: str, expected: tuple[str, str | None]) -> None:
    got = statuses(f"{A_FULL} پیش از نشست به خبرنگاران پاسخ داد.", second)
    assert got[A] == expected


def test_presence_after_a_plan_word_is_expected() -> None:
    assert statuses(f"قرار است اجلاس سران ماه آینده با حضور {A_FULL} برگزار شود.")[A] == ("expected", "participation")


@pytest.mark.parametrize(
    "second, expected",
    [
        ("وی در این نشست سخنرانی کرد.", ("attended", "speech")),
        ("همچنین، او در حاشیه اجلاس با همتای خود دیدار خواهد کرد.", ("expected", "planned")),
        # not the subject: a possessive, or a quote that speaks of others
        ("همتایان وی در نشست حضور داشتند.", ("mentioned", None)),
        ("وی افزود: نمایندگان ده کشور در این نشست حضور دارند.", ("mentioned", None)),
    ],
    ids=["pronoun-subject", "pronoun-after-connective", "possessive", "quote"],
)
def test_a_pronoun_opening_the_next_sentence_is_its_person(second: str, expected: tuple[str, str | None]) -> None:
    got = statuses(f"{A_FULL} از نتایج همکاری‌ها ابراز رضایت کرد.", second)
    assert got[A] == expected


def test_a_quote_after_a_colon_does_not_speak_of_the_speaker() -> None:
    assert statuses(f"{A_FULL} گفت: نمایندگان ده کشور در این نشست حضور دارند.")[A] == ("mentioned", None)


def test_what_someone_announced_at_the_meeting_puts_them_there_however_long_the_clause() -> None:
    text = (
        f"{A_FULL} صبح امروز در آغاز نشست سران در یک کنفرانس خبری مشترک موافقت اعضای اصلی گروه با پیوستن"
        " شش کشور تازه از جمله چند کشور آسیایی و آفریقایی و یک کشور آمریکای جنوبی به این سازمان را اعلام کرد."
    )
    assert statuses(text)[A] == ("attended", "speech")


@pytest.mark.parametrize(
    "text, a, b",
    [
        (
            f"{A_FULL} در بدو ورود به محل برگزاری اجلاس از سوی {B_FULL} مورد استقبال قرار گرفت.",
            ("attended", "arrival"),
            ("host", "hosting"),
        ),
        # the guest welcomed at the venue is there, as in the passive above
        (f"{B_FULL} در محل برگزاری نشست از {A_FULL} استقبال کرد.", ("attended", "arrival"), ("host", "hosting")),
        (
            f"{A_FULL} در فرودگاه آستانه از سوی {B_FULL} مورد استقبال قرار گرفت.",
            ("attended", "arrival"),
            ("mentioned", None),
        ),
        (
            f"{B_FULL} میزبانی این اجلاس را بر عهده دارد و {A_FULL} نیز حاضر بود.",
            ("attended", "participation"),
            ("host", "hosting"),
        ),
    ],
    ids=["welcomed-by-at-venue", "welcomes-at-venue", "welcomed-at-airport", "hosts-it"],
)
def test_who_welcomes_the_others_at_the_venue_hosts_them(
    text: str, a: tuple[str, str | None], b: tuple[str, str | None]
) -> None:
    got = statuses(text)
    assert (got[A], got[B]) == (a, b)


def test_a_relative_clause_of_someone_else_is_theirs() -> None:
    got = statuses(f"{A_FULL} با {B_FULL} که برای شرکت در اجلاس وارد آستانه شده بود، در هتل محل اقامت خود گفتگو کرد.")
    assert (got[A], got[B]) == (("mentioned", None), ("attended", "arrival"))
    # a clause after two people listed together speaks of both
    got = statuses(f"{A_FULL} و {B_FULL} که در نشست حضور داشتند، بیانیه را امضا کردند.")
    assert (got[A], got[B]) == (("attended", "participation"), ("attended", "participation"))


@pytest.mark.parametrize(
    "text, status, cue",
    [
        (f"{A_FULL} نتوانست در نشست سران حضور یابد.", "absent", "absence"),
        (f"{A_FULL} حضور خود در اجلاس را لغو کرد.", "absent", "absence"),
        (f"{A_FULL} فردا وارد آستانه می‌شود.", "expected", "planned"),
        (f"{A_FULL} دعوت همتای قزاق خود برای حضور در اجلاس را پذیرفت.", "expected", "planned"),
        (f"{A_FULL} برای شرکت در اجلاس رهسپار آستانه شد.", "expected", "departure"),
        (f"{A_FULL} برای شرکت در اجلاس به آستانه خواهد رفت.", "expected", "departure"),
        (f"{A_FULL} برای شرکت در اجلاس سران به آستانه سفر کرد.", "expected", "departure"),
        (f"{A_FULL} در مراسم افتتاحیه اجلاس خواستار گسترش همکاری‌ها شد.", "attended", "speech"),
        (f"{A_FULL} در حاشیه اجلاس سران ابراز امیدواری کرد که همکاری‌ها گسترش یابد.", "attended", "speech"),
        (f"{A_FULL} از جمله شرکت‌کنندگان این نشست بود.", "attended", "participation"),
        (f"{A_FULL} اداره نشست وزیران را بر عهده داشت.", "chair", "chairing"),
    ],
    ids=[
        "could-not",
        "cancelled-presence",
        "will-arrive",
        "accepted-invitation",
        "set-out",
        "will-go",
        "travelled-to-take-part",
        "called-for-at-opening",
        "hoped-on-the-sidelines",
        "among-participants",
        "ran-the-meeting",
    ],
)
def test_more_wordings(text: str, status: str, cue: str) -> None:
    assert statuses(text)[A] == (status, cue)


def test_who_is_represented_is_not_the_one_present() -> None:
    got = statuses(f"{B_FULL} به نمایندگی از {A_FULL} در نشست شرکت کرد.")
    assert (got[A], got[B]) == (("mentioned", None), ("attended", "participation"))


@pytest.mark.parametrize(
    "text",
    [
        f"به نمایندگی از ازبکستان {A_FULL} در این نشست شرکت کرد.",
        f"به نمایندگی از ازبکستان، {A_FULL} در این نشست شرکت کرد.",
        f"در این جلسه از جانب ازبکستان «{A}» رئیس‌جمهور و {B_FULL} شرکت کردند.",
        f"از سوی سازمان ملل متحد {A_FULL} در این نشست سخنرانی کرد.",
    ],
    ids=["on-behalf-of-a-state", "comma-after-the-state", "a-list-after-the-state", "an-organization"],
)
def test_who_speaks_for_a_state_named_before_them_is_the_subject(text: str) -> None:
    assert statuses(text)[A][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"به دعوت رئیس‌جمهور ازبکستان {A} در این نشست شرکت کرد.",
        f"پیام رئیس‌جمهور ازبکستان {A} در این نشست قرائت شد.",
    ],
    ids=["invited-by-a-title", "a-titled-holders-message"],
)
def test_a_title_between_keeps_the_holder_the_markers_object(text: str) -> None:
    assert statuses(text)[A][0] == "mentioned"


def test_a_quoted_source_before_the_speaker_is_not_the_subject() -> None:
    got = statuses(f"به گزارش ایرنا به نقل از {B_FULL}، در آغاز این نشست {A_FULL} گفت که همکاری ادامه دارد.")
    assert (got[A], got[B]) == (("attended", "speech"), ("mentioned", None))


def test_who_read_a_message_out_in_the_passive_was_there() -> None:
    got = statuses(f"پیام {B_FULL} در این نشست توسط {A_FULL} قرائت شد.")
    assert (got[A], got[B]) == (("attended", "message"), ("mentioned", None))


@pytest.mark.parametrize(
    "text, a, b",
    [
        (
            f"{A_FULL} ریاست دوره‌ای سازمان را به {B_FULL} تحویل داد.",
            ("attended", "participation"),
            ("attended", "participation"),
        ),
        (f"اجلاس امسال بدون حضور {A_FULL} و {B_FULL} برگزار شد.", ("absent", "absence"), ("absent", "absence")),
    ],
    ids=["handover", "without"],
)
def test_a_handover_and_a_meeting_without_them(text: str, a: tuple[str, str | None], b: tuple[str, str | None]) -> None:
    got = statuses(text)
    assert (got[A], got[B]) == (a, b)


@pytest.mark.parametrize(
    "text, status, cue",
    [
        (f"{A_FULL} صبح امروز در نشست عمومی اجلاس سران سخنرانی می‌کند.", "expected", "planned"),
        (f"{A_FULL} که ریاست این دوره از اجلاس را بر عهده دارد، سخنان کوتاهی گفت.", "chair", "chairing"),
        (f"{A_FULL} در سخنان افتتاحیه خود بر گسترش همکاری‌ها تأکید کرد.", "attended", "speech"),
    ],
    ids=["speaks-this-morning", "chairs-this-round", "opening-words"],
)
def test_present_tense_and_the_opening_speech(text: str, status: str, cue: str) -> None:
    assert statuses(text)[A] == (status, cue)


@pytest.mark.parametrize(
    "text, status, cue",
    [
        (f"{A_FULL} به دلیل مشغله داخلی به آستانه سفر نکرد.", "absent", "absence"),
        (f"{A_FULL} امروز به آستانه نمی‌رود.", "absent", "absence"),
        (f"{A_FULL} پس از شرکت در اجلاس سران، آستانه را به مقصد تاشکند ترک کرد.", "attended", "participation"),
        (f"{A_FULL} پس از پایان اجلاس به کشورش بازگشت.", "attended", "participation"),
        (f"{A_FULL}، که در اجلاس سال گذشته حضور داشت، امسال در نشست شرکت نمی‌کند.", "absent", "absence"),
    ],
    ids=["did-not-travel", "does-not-go", "left-after-taking-part", "returned-after-it", "last-year-aside"],
)
def test_travel_after_and_asides(text: str, status: str, cue: str) -> None:
    assert statuses(text)[A] == (status, cue)


def test_separate_meetings_on_the_sidelines() -> None:
    got = statuses(
        f"تیمور بکمرادوف سخنگوی وزارت خارجه قزاقستان در حاشیه نشست با {A_FULL} و {B_FULL} دیدارهای جداگانه‌ای داشت."
    )
    assert (got[A], got[B], got["تیمور بکمرادوف"]) == (("attended", "sidelines"),) * 3


@pytest.mark.parametrize(
    "text, status, cue",
    [
        (f"{A_FULL} دیروز به آستانه مواصلت ورزید.", "attended", "arrival"),
        (f"{A_FULL} در این نشست بیانیه کشورش را ایراد نمود.", "attended", "speech"),
        (f"{A_FULL} در این نشست درباره امنیت منطقه صحبت کرد.", "attended", "speech"),
        (f"{A_FULL} صبح امروز تاشکند را به قصد آستانه ترک کرد.", "expected", "departure"),
        (f"{A_FULL} فردا به سوی آستانه عزیمت می‌کند.", "expected", "departure"),
    ],
    ids=["dari-arrived", "dari-statement", "spoke-about", "left-for", "departs"],
)
def test_dari_and_other_travel_and_speech_verbs(text: str, status: str, cue: str) -> None:
    assert statuses(text)[A] == (status, cue)


def test_who_holds_a_title_of_the_host_state_and_is_present_hosts() -> None:
    got = statuses(f"{A}، رئیس‌جمهور کشور میزبان، در آغاز نشست گفت که همکاری ادامه دارد.")
    assert got[A] == ("host", "hosting")
    assert statuses(f"{A} رئیس‌جمهور کشور میزبان است.")[A] == ("mentioned", None)


def test_a_plural_verb_after_a_lone_speaker_is_about_others() -> None:
    got = statuses(f"{A_FULL} گفت هیئتی از بازرگانان کشورش هفته آینده به آستانه سفر خواهند کرد.")
    assert got[A] == ("mentioned", None)
    # the speaker's own (singular) plan, and two speakers sharing a plural verb, are theirs
    assert statuses(f"{A_FULL} گفت که در این نشست شرکت خواهد کرد.")[A] == ("expected", "planned")
    got = statuses(f"{A_FULL} و {B_FULL} اعلام کردند در این نشست شرکت خواهند کرد.")
    assert (got[A], got[B]) == (("expected", "planned"), ("expected", "planned"))


def test_chairing_some_other_meeting_is_not_chairing_this_one() -> None:
    assert statuses(f"جلسه‌ای به ریاست {A_FULL} با حضور وزیران کشورش برگزار شد.")[A] == ("mentioned", None)
    assert statuses(f"نشست وزیران به ریاست {A_FULL} برگزار شد.")[A] == ("chair", "chairing")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} گفت این نشست رویدادی مهم به شمار می‌رود.",
        f"{A_FULL} گفت این تجربه در نشست‌های آینده به کار خواهد رفت.",
        f"{A_FULL} گفت حضور کشورهای تازه در این سازمان قطعی است.",
        f"{A_FULL} گفت جای همکاری‌های فرهنگی در نشست خالی بود.",
    ],
    ids=["is-considered", "will-be-used", "others-presence-certain", "others-seat-empty"],
)
def test_idioms_and_others_presence_say_nothing_of_the_speaker(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


def test_a_title_after_the_verb_of_saying_is_the_subject_of_what_was_said() -> None:
    assert statuses(f"{A_FULL} گفته بود که وزیر خارجه کشورش در اجلاس شرکت می‌کند.")[A] == ("mentioned", None)
    # but a spokesman writing of «the spokesman» means himself
    text = "تیمور بکمرادوف سخنگوی وزارت خارجه قزاقستان نوشت سخنگوی وزارت خارجه در نشست شرکت کرده است."
    assert statuses(text)["تیمور بکمرادوف"] == ("attended", "participation")


@pytest.mark.parametrize(
    "text, status, cue",
    [
        (f"{A_FULL} به عنوان دبیرکل آینده سازمان انتخاب شد.", "incoming", "appointment"),
        (f"{A_FULL} شب گذشته ضیافت شامی به افتخار سران برگزار کرد.", "host", "hosting"),
    ],
    ids=["elected", "dinner-in-honour"],
)
def test_elected_to_an_office_and_a_dinner_for_the_leaders(text: str, status: str, cue: str) -> None:
    assert statuses(text)[A] == (status, cue)


def test_elected_to_chair_this_meeting_is_not_an_office_later() -> None:
    assert statuses(f"{A_FULL} به عنوان رئیس این نشست انتخاب شد.")[A] != ("incoming", "appointment")


def test_the_head_of_a_host_state_with_no_presence_stated_stays_mentioned() -> None:
    got = statuses("نشست به میزبانی ازبکستان در سمرقند برگزار شد.", f"{A_FULL} پیش‌تر از اهمیت همکاری‌ها سخن گفته بود.")
    assert got[A] == ("mentioned", None)
    got = statuses("نشست به میزبانی ازبکستان در سمرقند برگزار شد.", f"{A_FULL} در نشست حضور داشت.")
    assert got[A] == ("host", "hosting")


@pytest.mark.parametrize(
    "text, a, b",
    [
        (
            f"{B_FULL} در حاشیه اجلاس با همتای خود {A_FULL} دیدار کرد.",
            ("attended", "sidelines"),
            ("attended", "sidelines"),
        ),
        (
            f"{B_FULL} در تماس تلفنی با همتای خود {A_FULL} درباره اجلاس گفتگو کرد.",
            ("mentioned", None),
            ("mentioned", None),
        ),
        (f"به دعوت {B_FULL}، {A_FULL} در اجلاس شرکت کرد.", ("attended", "participation"), ("mentioned", None)),
    ],
    ids=["met-the-counterpart", "called-the-counterpart", "invited-by-then-comma"],
)
def test_counterparts_calls_and_who_an_object_marker_reaches(
    text: str, a: tuple[str, str | None], b: tuple[str, str | None]
) -> None:
    got = statuses(text)
    assert (got[A], got[B]) == (a, b)


def test_a_title_of_our_country_lends_its_status_to_the_named_holder() -> None:
    got = by_name(
        extract_attendees(
            sentences(
                "مسعود پزشکیان رئیس‌جمهور ایران از اهمیت همکاری‌ها سخن گفت.",
                "رئیس‌جمهور کشورمان صبح امروز برای شرکت در اجلاس وارد آستانه شد.",
            )
        )
    )
    assert [(n, r["status"], r["cue"]) for n, r in got.items()] == [("مسعود پزشکیان", "attended", "arrival")]
    # named right after the title, the person takes the cue directly; a foreign holder is not «ours»
    got = statuses("رئیس‌جمهور کشورمان مسعود پزشکیان صبح امروز وارد آستانه شد.")
    assert got == {"مسعود پزشکیان": ("attended", "arrival")}
    got = statuses(f"{A_FULL} از همکاری‌ها سخن گفت.", "رئیس‌جمهور کشورمان در اجلاس غایب بود.")
    assert got == {A: ("mentioned", None)}


@pytest.mark.parametrize(
    "text, status",
    [
        (f"{A_FULL} در این نشست حاضر نخواهد بود.", "absent"),
        (f"{A_FULL} در نشست امسال حاضر نیست.", "absent"),
        (f"پیش‌بینی می‌شود {A_FULL} نیز در این نشست حاضر باشد.", "expected"),
        (f"{A_FULL} فردا در نشست حاضر خواهد شد.", "expected"),
    ],
    ids=["will-not-be-there", "is-not-there", "forecast-there", "will-be-there"],
)
def test_forms_of_being_there(text: str, status: str) -> None:
    assert statuses(text)[A][0] == status


def test_a_pronoun_speaks_of_the_subject_not_of_a_quoted_source() -> None:
    got = statuses(
        f"به گزارش ایرنا به نقل از {B_FULL}، {A_FULL} از نتایج همکاری‌ها ابراز رضایت کرد.",
        "وی در این نشست سخنرانی کرد.",
    )
    assert (got[A], got[B]) == (("attended", "speech"), ("mentioned", None))


def test_a_plural_perfect_without_its_zwnj_is_plural() -> None:
    text = f"{A_FULL} گفت نمایندگان ده کشور برای شرکت در نشست وارد آستانه شدهاند."
    row = by_name(extract_attendees(sentences(text, normalized=False)))[A]
    assert (row["status"], row["cue"]) == ("mentioned", None)


def test_dari_participants() -> None:
    assert statuses(f"{A_FULL} یکی از اشتراک‌کنندگان این نشست بود.")[A] == ("attended", "participation")


def test_speech_in_the_passive_and_opened_with_words() -> None:
    got = statuses(f"سخنرانی افتتاحیه اجلاس از سوی {A_FULL} ایراد شد.")
    assert got[A] == ("attended", "speech")
    assert statuses(f"اجلاس با سخنان {A_FULL} آغاز شد.")[A] == ("attended", "speech")


def test_a_presence_confirmed_holds_for_every_holder_listed_with_their_titles() -> None:
    """«حضور X، <title> و Y، <title> نیز تأیید شده است»: the confirmation's phrase runs over a list of holders and
    their titles, however long; each is expected."""
    got = statuses(f"همچنین حضور {A_FULL}، دبیرکل حزب، و {B_FULL} نیز در نشست سران تأیید شده است.")
    assert got == {A: ("expected", "planned"), B: ("expected", "planned")}
