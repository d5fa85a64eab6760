"""Status rules that generalize across outlets (#11, round 2), on sentences written for these
tests (invented names, real role titles)."""

from __future__ import annotations

import pytest
from test_attendees import by_name, sentences
from test_status import A_FULL, B_FULL, A, B, statuses

from helpers.extract.attendees import extract_attendees


def test_talks_is_not_a_verb_of_saying() -> None:
    text = f"{A_FULL} به خبرنگاران درباره پیشنهادهای مطرح در نشست گفت‌وگوی همکاری آسیا توضیح داد."
    assert statuses(text)[A] == ("mentioned", None)


def test_a_negative_plural_future_after_a_lone_speaker_is_about_others() -> None:
    text = f"{A_FULL} به خبرنگاران گفت که نمایندگان گروه‌های مسلح در این نشست حضور نخواهند داشت."
    assert statuses(text)[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در بیست و یکمین اجلاس سران اکو گفت همکاری منطقه‌ای ضروری است.",
        f"{A_FULL} در حاشیه چهارمین نشست وزیران به خبرنگاران اظهار کرد که نتایج خوب بود.",
        f"{A_FULL} در اجلاس شانگهای: تروریسم دشمن مشترک است",
    ],
    ids=["ordinal", "ordinal-sidelines", "headline-colon"],
)
def test_speaking_at_the_meeting_in_other_shapes(text: str) -> None:
    assert statuses(text)[A] == ("attended", "speech")


def test_his_speech_without_its_zwnj() -> None:
    text = f"{A_FULL} در سخنرانی‌اش بر گسترش تجارت تأکید کرد.".replace("\u200c", "")
    row = by_name(extract_attendees(sentences(text, normalized=False)))[A]
    assert (row["status"], row["cue"]) == ("attended", "speech")


def test_reaching_the_venue_city_is_arrival_and_an_idiom_of_reaching_is_not() -> None:
    got = statuses(f"{A_FULL} و {B_FULL} برای شرکت در نشست به مسکو رسیده‌اند.")
    assert got == {A: ("attended", "arrival"), B: ("attended", "arrival")}
    assert statuses(f"{A_FULL} فردا به مسکو می‌رسد.")[A] == ("expected", "planned")
    assert statuses(f"{A_FULL} در سال ۲۰۱۶ به ریاست جمهوری رسید.")[A] == ("mentioned", None)


def test_the_last_time_is_an_earlier_occasion() -> None:
    assert statuses(f"{A_FULL} آخرین بار در ماه مه با {B_FULL} دیدار کرد.")[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"انتظار می‌رود {A_FULL} و {B_FULL} و همچنین نمایندگان دیگر کشورهای عضو سازمان نیز در این نشست شرکت کنند.",
        f"قرار است {A_FULL} و {B_FULL} هفته آینده به آستانه بروند.",
        f"رئیس‌جمهور ترکمنستان را در این سفر {A_FULL} و {B_FULL} همراهی می‌کنند.",
    ],
    ids=["long-list-plan", "plan-to-go", "accompany"],
)
def test_a_plan_shared_by_a_list(text: str) -> None:
    got = statuses(text)
    assert (got[A][0], got[B][0]) == ("expected", "expected")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در کاخ محل اجلاس حضور یافت و قرار است فردا با {B_FULL} دیدار کند.",
        f"{A_FULL} و {B_FULL} سخنرانان جلسه افتتاحیه این نشست هستند و نشست فردا پایان خواهد یافت.",
    ],
    ids=["attended-and-plan", "speakers-and-closing"],
)
def test_future_wording_after_a_finished_clause_is_not_said_of_it(text: str) -> None:
    assert statuses(text)[A][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"اجلاس وزیران به ریاست دوره‌ای {A_FULL} در آستانه برگزار شد.",
        f"{A_FULL} و رئیس دوره‌ای اجلاس، بیانیه پایانی را قرائت کرد.",
        f"سندی که در این نشست تصویب شد و {A_FULL} ریاست آن را عهده‌دار بود، منتشر شد.",
    ],
    ids=["rotating-chair", "rotating-chair-title", "held-the-chair"],
)
def test_rotating_and_held_chairs(text: str) -> None:
    assert statuses(text)[A] == ("chair", "chairing")


def test_entering_the_venue_now_is_being_there_entering_a_city_later_is_not() -> None:
    assert statuses(f"{A_FULL} تا دقایقی دیگر وارد کاخ محل اجلاس می‌شود.")[A] == ("attended", "arrival")
    assert statuses(f"{A_FULL} فردا وارد آستانه می‌شود.")[A] == ("expected", "planned")


def test_who_welcomes_an_arriving_guest_at_the_venue_hosts() -> None:
    got = statuses(f"{B_FULL} با استقبال {A_FULL} وارد محل برگزاری اجلاس شد.")
    assert got == {A: ("host", "hosting"), B: ("attended", "arrival")}


def test_a_video_meeting_is_no_call() -> None:
    assert statuses(f"در نشست ویدئویی سران، {A_FULL} گفت همکاری ضروری است.")[A] == ("attended", "speech")


def test_a_relative_clause_of_the_subject_is_not_reported_speech() -> None:
    got = statuses(f"{A_FULL} که برای شرکت در نشست به آستانه رفته است، با {B_FULL} دیدار کرد.")
    assert got[A] == ("attended", "sidelines")


@pytest.mark.parametrize(
    "text",
    [f"{A_FULL} فردا در نشست سران حضور دارد.", f"{A_FULL} در نشست هفته آینده شرکت دارد."],
    ids=["tomorrow", "next-week"],
)
def test_presence_at_a_time_to_come_is_expected(text: str) -> None:
    assert statuses(text)[A][0] == "expected"


def test_who_is_named_in_a_passive_welcome_at_the_venue_hosts() -> None:
    got = statuses(f"{B_FULL} پس از ورود به محل اجلاس مورد استقبال {A_FULL} قرار گرفت.")
    assert got == {A: ("host", "hosting"), B: ("attended", "arrival")}


def test_a_relative_clause_on_the_meeting_is_not_reported_speech() -> None:
    text = f"{A_FULL} در حاشیه نشستی که به پیشنهاد ترکیه در آنکارا برگزار شد، با {B_FULL} دیدار کرد."
    assert statuses(text)[A] == ("attended", "sidelines")


def test_the_meeting_opened_with_someones_welcome_is_theirs_to_host() -> None:
    assert statuses(f"نشست با خوشامدگویی {A_FULL} آغاز شد.")[A] == ("host", "hosting")


def test_the_head_of_someones_office_speaks_not_they() -> None:
    text = f"رئیس دفتر {A_FULL} گفت نماینده این کشور در نشست آینده حضور نخواهد داشت."
    assert statuses(text)[A] == ("mentioned", None)


def test_elected_in_the_room_to_an_office_of_the_meeting_was_there() -> None:
    assert statuses(f"{A_FULL} به عنوان رئیس جدید این مجمع انتخاب شد.")[A] == ("attended", "participation")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در نشست مجازی سران به سخنرانی پرداخت.",
        f"{A_FULL} در جمع سران کشورهای عضو گفت همکاری مهم است.",
    ],
    ids=["took-to-speaking", "among-the-leaders"],
)
def test_more_shapes_of_speaking_there(text: str) -> None:
    assert statuses(text)[A] == ("attended", "speech")


def test_the_guest_welcomed_at_the_venue_is_there() -> None:
    got = statuses(f"{A_FULL} به طور رسمی از {B_FULL} در محل برگزاری اجلاس استقبال کرد.")
    assert got == {A: ("host", "hosting"), B: ("attended", "arrival")}


def test_the_chair_carried_on_ones_shoulders() -> None:
    text = f"{A_FULL} که ریاست این نشست را به نمایندگی از کشورش به دوش دارد، سخنرانی کرد."
    assert statuses(text)[A] == ("chair", "chairing")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} گفت نماینده این گروه در نشست آینده حضور نخواهد داشت.",
        f"{A_FULL} تأکید کرد ترکمنستان در نشست سران شرکت نمی‌کند.",
    ],
    ids=["envoy-subject", "state-subject"],
)
def test_what_someone_says_of_others_is_not_said_of_them(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


def test_receiving_the_guests_at_the_conference_centre_is_hosting() -> None:
    got = statuses(f"{A_FULL} در مرکز همایش‌های آستانه از {B_FULL} پذیرایی کرد.")
    assert got == {A: ("host", "hosting"), B: ("attended", "arrival")}


@pytest.mark.parametrize(
    "opening",
    [
        "نشست سران امروز در شهر الف آغاز شد.",
        "اجلاس وزیران خارجه صبح امروز کار خود را آغاز کرد.",
        "نشست سه جانبه دیروز در پایتخت برگزار شد.",
    ],
)
@pytest.mark.parametrize("held", ["برگزار می‌شود", "برگزار میشود", "تشکیل می‌گردد"])
def test_a_present_held_after_the_report_said_it_began_is_that_day(opening: str, held: str) -> None:
    text = f"در این نشست که به ریاست {A_FULL} {held}، {B_FULL} نیز حضور دارد."
    assert statuses(opening, text) == {A: ("chair", "chairing"), B: ("attended", "participation")}


@pytest.mark.parametrize(
    "opening", ["نشست سران فردا در شهر الف آغاز می‌شود.", "قرار است اجلاس هفته آینده برگزار شود.", ""]
)
def test_a_present_held_before_the_meeting_began_is_still_pre_event(opening: str) -> None:
    text = f"در این نشست که به ریاست {A_FULL} برگزار می‌شود، {B_FULL} نیز حضور دارد."
    got = statuses(*([opening] if opening else []), text)
    assert got[A][0] == "expected" and got[B][0] == "expected"


def test_a_later_day_said_with_a_present_held_stays_to_come() -> None:
    text = f"اجلاس سران فردا با حضور {B_FULL} برگزار می‌شود."
    assert statuses("نشست وزیران امروز آغاز شد.", text)[B][0] == "expected"


@pytest.mark.parametrize("held", ["برگزار می‌شود", "برگزار میشود"])
def test_today_s_own_present_held_is_still_pre_event(held: str) -> None:
    text = f"اجلاس سران امروز با حضور {B_FULL} در پایتخت {held}."
    assert statuses("نشست وزیران امروز آغاز شد.", text)[B][0] == "expected"


@pytest.mark.parametrize(
    "text",
    [
        f"پیشتر {A_FULL} و {B_FULL} نیز در سخنرانی خود در این نشست از توافق استقبال کردند.",
        f"پیش‌تر {A_FULL} در این اجلاس سخنرانی کرد و {B_FULL} نیز سخنرانی کرد.",
        f"پیش از این {A_FULL} و {B_FULL} در این نشست شرکت کرده بودند.",
        f"{A_FULL} و {B_FULL} قبلا در همین اجلاس سخنرانی کردند.",
        f"پیش از این، {A_FULL} و {B_FULL} در حاشیه نشست سران در تاشکند با یکدیگر دیدار کردند.",  # its sidelines
    ],
)
def test_earlier_in_this_meeting_is_this_meeting(text: str) -> None:
    got = statuses("نشست سران امروز آغاز شد.", text)
    assert got[A][0] == "attended" and got[B][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} پیش‌تر در این نشست‌ها شرکت کرده بود.",
        f"{A_FULL} پیشتر در نشست سال گذشته سخنرانی کرده بود.",
        f"{A_FULL} پیش از این در سفر به مسکو سخنرانی کرد و خبرنگاران این نشست را پوشش دادند.",
    ],
)
def test_earlier_elsewhere_or_in_these_meetings_is_another_occasion(text: str) -> None:
    assert statuses("نشست سران امروز آغاز شد.", text)[A][0] == "mentioned"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} به علت برنامه‌هایی که از قبل برنامه ریزی شده، در این اجلاس حضور نخواهد یافت.",
        f"{A_FULL} به سبب کارهایی که از پیش برنامه‌ریزی شده است، در نشست سران شرکت نمی‌کند.",
        f"{A_FULL} به علت برنامه‌هایی که از قبل برنامهریزی شده، در اجلاس اشتراک نخواهد کرد.",
        f"انتظار می‌رود {A_FULL} در این اجلاس حضور نیابد.",
        f"قرار است {A_FULL} در این نشست شرکت نکند.",
    ],
)
def test_a_plan_word_before_a_negated_presence_is_an_absence(text: str) -> None:
    assert statuses(text)[A] == ("absent", "absence")


def test_a_plan_word_before_a_presence_with_a_verb_in_n_is_still_planned() -> None:
    assert statuses(f"قرار است {A_FULL} در نشست شرکت نماید.")[A] == ("expected", "planned")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} به علت برنامه هایی که از قبل برنامه ریزی شده، در این اجلاس حضور نخواهد یافت و {B_FULL}"
        " به نمایندگی از این کشور حضور خواهد یافت.",
        f"سخنگو گفت، {A_FULL} به دلیل برنامه‌ریزی‌های قبلی در نشست شرکت نمی‌کند و {B_FULL} به جای او شرکت خواهد کرد.",
    ],
)
def test_an_absence_after_a_plan_word_does_not_lend_the_plan_to_the_stand_in(text: str) -> None:
    got = statuses(text)
    assert got[A][0] == "absent" and got[B][0] == "expected"


@pytest.mark.parametrize(
    "begins",
    [
        "آغاز بکار می کند",
        "آغاز به کار می‌کند",
        "آغاز بهکار میکند",
        "کار خود را آغاز خواهد کرد",
        "کار خویش را آغاز می‌کند",
    ],
)
def test_the_meeting_beginning_its_work_is_still_to_come(begins: str) -> None:
    text = f"این اجلاس به میزبانی {A_FULL} و با شرکت {B_FULL} و دیگر سران، ۲۳ دسامبر در کاخ {begins}."
    got = statuses(text)
    assert got[A] == ("expected", "hosting") and got[B] == ("expected", "participation")


def test_the_meeting_that_began_its_work_is_under_way() -> None:
    got = statuses(f"نشست سران امروز با حضور {B_FULL} به میزبانی {A_FULL} آغاز به کار کرد.")
    assert got[A] == ("host", "hosting") and got[B] == ("attended", "participation")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در آیین گشایش گفت: همکاری‌ها گسترش یافته است.",
        f"{A_FULL} در مراسم افتتاحیه گفت که همکاری‌ها گسترش یافته است.",
        f"{A_FULL} در مراسم اختتامیه با اشاره به توافق‌ها تاکید کرد که راه درازی در پیش است.",
        f"{A_FULL} در آیینگشایش این اجلاس افزود: گام‌های خوبی برداشته شده است.",
    ],
)
def test_speaking_at_the_opening_or_closing_ceremony_is_presence(text: str) -> None:
    assert statuses(text)[A] == ("attended", "speech")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در مورد این که آیا دیگران هم در این نشست دعوت شده‌اند، چیزی نگفت.",
        f"{A_FULL} در مورد اینکه چه کسانی در این اجلاس دعوت شده‌اند، سخنی نگفته است.",
        f"شگفتی این نشست {A_FULL} بود.",
    ],
)
def test_saying_nothing_or_a_word_holding_gft_is_no_speech(text: str) -> None:
    assert statuses(text)[A][0] == "mentioned"


@pytest.mark.parametrize(
    "text",
    [
        f"سران این کشورها در دیدار جداگانه با {A_FULL} در خصوص روابط صحبت خواهند کرد.",
        f"{B_FULL} با {A_FULL} بر سر مسائل دو کشور گفتوگوی جداگانه خواهد کرد.",
        f"{B_FULL} با {A_FULL} به‌طور جداگانه دیدار خواهد داشت.",
        f"{B_FULL} در حاشیه این اجلاس با {A_FULL} رایزنی خواهد کرد.",
    ],
)
def test_talks_planned_apart_from_the_joint_session_put_the_one_met_there(text: str) -> None:
    assert statuses(text)[A] == ("expected", "planned")


def test_a_planned_meeting_with_someone_elsewhere_is_the_subject_s_alone() -> None:
    got = statuses(f"{B_FULL} پس از نشست با {A_FULL} در پایتخت گفتوگوی دوجانبه خواهد کرد.")
    assert got[A][0] == "mentioned" and got[B][0] == "expected"


@pytest.mark.parametrize(
    "absence",
    [
        f"سخنگو گفت {A_FULL} در این اجلاس حضور نخواهد یافت.",
        f"{A_FULL} به دلیل برنامه‌های قبلی در این نشست شرکت نمی‌کند.",
        f"{A_FULL} در اجلاس اشتراک نخواهد کرد.",
    ],
)
def test_a_holder_s_own_absence_outranks_a_plan_said_of_the_title(absence: str) -> None:
    plan = f"در این اجلاس روسای جمهور قزاقستان و ازبکستان حضور خواهند یافت. {B_FULL} میزبان است."
    got = statuses(plan, absence)
    assert got[A][0] == "absent"


@pytest.mark.parametrize(
    "text",
    [
        f"به گفته آقای {A}، {B_FULL} در این اجلاس سخنرانی کرد.",
        f"به گفته سخنگوی وزارت امور خارجه، {A}، {B_FULL} در این اجلاس سخنرانی کرد.",
        f"به نقل از جناب آقای {A}، {B_FULL} در این اجلاس سخنرانی کرد.",
        f"بنا به گفته دکتر {A}، {B_FULL} در این اجلاس خواستار همکاری شد.",
        f"به نقل از سخنگوی ریاست جمهوری {A}، {B_FULL} در این نشست اشتراک کرد.",  # Dari
    ],
    ids=["honorific", "title-comma", "two-honorifics", "bena-be-gofte", "dari"],
)
def test_the_source_quoted_is_not_the_subject_past_titles_and_honorifics(text: str) -> None:
    got = statuses(text)
    assert got[A] == ("mentioned", None)
    assert got[B][0] == "attended"


def test_an_honorific_alone_before_the_subject_is_no_source() -> None:
    assert statuses(f"آقای {A} در این اجلاس سخنرانی کرد.")[A][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"{A} از مصر، میزبان این نشست، به عنوان کشوری بزرگ نام برد.",
        f"{A} از تاجیکستان میزبان این نشست تشکر کرد.",  # no comma
        f"{A} با اشاره به قزاقستان، میزبان اجلاس، گفت که همکاری لازم است.",
        f"{A} از افغانستان، میزبان این کنفرانس، قدردانی نمود.",  # Dari verb
    ],
    ids=["comma", "no-comma", "kazakhstan", "dari"],
)
def test_a_host_title_in_apposition_to_a_state_is_the_states(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"{A}، میزبان این نشست، گفت که همکاری لازم است.",
        f"{A} رئیس‌جمهور مصر، میزبان این نشست، گفت که همکاری لازم است.",  # the state is the title's
        f"{A} رئیس‌جمهوری اسلامی ایران میزبان این نشست بود.",
        f"{A}، رئیس‌جمهور جمهوری آذربایجان، میزبان این اجلاس بود.",
    ],
    ids=["apposed-to-the-person", "state-in-title-comma", "long-state-in-title", "title-between-commas"],
)
def test_a_host_title_after_the_persons_own_state_stays_theirs(text: str) -> None:
    assert statuses(text)[A][0] == "host"


@pytest.mark.parametrize(
    "text, status",
    [
        (f"{A_FULL} و {B_FULL} ریاست جلسات کنفرانس بین‌المللی تهران را برعهده دارند.", "chair"),
        (f"{A_FULL} و {B_FULL} ریاست جلسات این اجلاس را بر عهده داشتند.", "chair"),
        (f"{A_FULL} و {B_FULL} نیز در این جلسات اشتراک داشتند.", "attended"),
    ],
    ids=["chairs-of-its-sessions", "chairs-past", "took-part-in-these-sessions"],
)
def test_the_sessions_of_the_meeting_are_the_meeting(text: str, status: str) -> None:
    got = statuses(text)
    assert got[A][0] == got[B][0] == status


def test_the_sessions_of_an_earlier_year_are_another_occasion() -> None:
    assert statuses(f"{A_FULL} سال گذشته ریاست جلسات اجلاس را بر عهده داشت.")[A][0] != "chair"


@pytest.mark.parametrize(
    "text",
    [
        f"{B_FULL} پس از دیدار با {A_FULL} گفت که کشورش نشست سه‌جانبه را میزبانی می‌کند.",
        f"{B_FULL} در گفتگو با {A_FULL} اعلام کرد که در این اجلاس شرکت خواهد کرد.",
    ],
    ids=["met-then-said-hosts", "talked-then-announced-will-attend"],
)
def test_who_a_speaker_met_takes_no_cue_of_the_words_said_after(text: str) -> None:
    """«Y پس از دیدار با X گفت که …»: X, after a preposition, is not who says the words nor their subject."""
    assert statuses(text)[A] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"با توجه به اینکه {A_FULL} کار خود را آغاز نکرده است، {B_FULL} قصد دارد در این اجلاس شرکت کند.",
        f"از آنجا که {A_FULL} در سفر بود، {B_FULL} در این نشست حضور خواهد یافت.",
    ],
    ids=["given-that-not-begun", "since-travelling"],
)
def test_a_clause_closed_after_someone_leaves_the_next_subjects_cue_to_them(text: str) -> None:
    """«با توجه به اینکه X … نکرده است، Y قصد دارد …»: the clause closes after X, and Y, named right after
    it, is the subject of the cue."""
    got = statuses(text)
    assert got[A] == ("mentioned", None)
    assert got[B][0] == "expected"


@pytest.mark.parametrize(
    "text",
    [
        f"این شورا نوشته است که این جلسه با حضور {A_FULL} ساعت ۱۰:۰۰ به وقت نیویورک آغاز شود.",
        f"دفتر سازمان اعلام کرد که نشست با حضور {A_FULL} فردا ساعت 14:30 در ژنو برگزار خواهد شد.",
    ],
    ids=["persian-digits", "latin-digits"],
)
def test_a_clock_time_opens_no_quote(text: str) -> None:
    """«ساعت ۱۰:۰۰»: a colon between digits is no quote's opening, so the future after it still plans
    the presence before it."""
    assert statuses(text)[A][0] == "expected"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در جریان این سفر در نشستی درباره اقتصاد منطقه اشتراک کرده و درباره تجارت صحبت خواهد کرد.",
        f"{A_FULL} در این اجلاس شرکت کرده و با همتایان خود دیدار خواهد کرد.",
    ],
    ids=["dari-took-part-and-will-speak", "takes-part-and-will-meet"],
)
def test_a_bare_participle_before_va_takes_the_tense_of_the_last_verb(text: str) -> None:
    """«X در نشستی شرکت کرده و … صحبت خواهد کرد»: the participle before «و» is no finished verb; it takes
    the future of the verb that ends the sentence (clauses.CLAUSE_END)."""
    assert statuses(text)[A][0] == "expected"


C = "فرهاد عثمان‌اف"
C_FULL = f"{C} وزیر امور خارجه ازبکستان"


@pytest.mark.parametrize(
    "later",
    [
        f"{C_FULL} و دیگر اعضای هیئت، {A} را در این سفر همراهی می‌کنند.",
        f"در این سفر، رئیس‌جمهور ازبکستان را {C_FULL} همراهی می‌کند.",
    ],
    ids=["name-marked", "title-marked"],
)
def test_a_companion_shares_the_arrival_of_the_one_accompanied(later: str) -> None:
    got = statuses(f"{A_FULL} برای شرکت در اجلاس سران سازمان همکاری شانگهای امروز وارد آستانه شد.", later)
    assert got[C] == got[A] == ("attended", "arrival")


def test_a_companion_shares_a_planned_presence() -> None:
    got = statuses(
        f"قرار است {A_FULL} هفته آینده در اجلاس سران سازمان همکاری شانگهای شرکت کند.",
        f"{C_FULL} {A} را در این سفر همراهی خواهد کرد.",
    )
    assert got[C][0] == got[A][0] == "expected"


@pytest.mark.parametrize(
    "first",
    [
        f"{A_FULL} به همراه {C_FULL} روز گذشته عازم آستانه شد.",
        f"{A_FULL} به همراه {B} و {C_FULL} برای گفت‌وگو درباره همکاری منطقه‌ای به آستانه سفر کرد.",
        f"{A_FULL} با همراهی {C_FULL} روز گذشته عازم آستانه شد.",
    ],
    ids=["departed", "listed", "with-company"],
)
def test_those_along_with_someone_share_their_presence(first: str) -> None:
    got = statuses(first, f"{A} در حاشیه اجلاس سران سازمان همکاری شانگهای با {B_FULL} دیدار و گفت‌وگو کرد.")
    assert got[C] == got[A] == ("attended", "sidelines")


def test_a_companion_of_the_host_is_there_not_host() -> None:
    got = statuses(
        f"{A_FULL} به عنوان میزبان، اجلاس سران سازمان همکاری شانگهای را در سمرقند افتتاح کرد.",
        f"{C_FULL} {A} را در این اجلاس همراهی کرد.",
    )
    assert got[A][0] == "host" and got[C][0] == "attended"


D = "شهره کامیاب"
D_FULL = f"خانم {D} نماینده مردم شیراز در مجلس"


@pytest.mark.parametrize(
    "members",
    [
        f"اعضای هیات پارلمانی جمهوری اسلامی ایران عبارتند از: {A}، رئیس هیات؛ {C_FULL}؛ {D_FULL}.",
        f"این هیئت مرکب از {A}، {C_FULL} و {D_FULL} است.",
    ],
    ids=["members-are", "composed-of"],
)
def test_a_delegations_members_share_its_heads_status(members: str) -> None:
    got = statuses(f"هیئت ازبکستان به ریاست {A_FULL} برای شرکت در اجلاس مجمع اتحادیه بین‌المجالس عازم ژنو شد.", members)
    assert got[C][0] == got[D][0] == got[A][0] == "expected"
