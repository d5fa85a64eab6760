"""What a person does at the meeting (helpers.extract.readings.placed, #11 session 8): the subject of
any act whose clause places it at the meeting («در این نشست», «در مراسم افتتاحیه», «در جمع سران», the
meeting named) was there, whatever the verb; a plan to act there is expected. Sentences written for
these tests (invented names, real titles and bodies), over several bodies, verbs, tenses, orders,
Dari spelling and lost ZWNJ, and look-alikes: the same act at another occasion, in a phone call, at
a press conference, at home, negated, or what was done there to someone's proposal."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses

from helpers.extract.readings import AT_IT_OF, PLACE

BEFORE = "اجلاس سران سازمان همکاری شانگهای فردا در آستانه برگزار می‌شود."
UNDER_WAY = "اجلاس سران سازمان همکاری شانگهای امروز در آستانه آغاز شد."
ENVOY = "کارین هولمستاد"
ENVOY_FULL = f"{ENVOY} نماینده دائم نروژ در سازمان ملل"
OIL = "رشید بن‌عمار"
OIL_FULL = f"{OIL} وزیر نفت الجزایر"
SPEAKER = "سوتیسنو هرمانتو"
SPEAKER_FULL = f"{SPEAKER} رئیس مجلس اندونزی"
FM = "محمد داوود رحیمی"
FM_FULL = f"{FM} وزیر امور خارجه افغانستان"


@pytest.mark.parametrize(
    "text, name",
    [
        # the place between the person and their verb, any verb
        (f"{ENVOY_FULL} در جلسه شورای امنیت وضعیت افغانستان را برای اعضای شورا تشریح کرد.", ENVOY),
        (f"{OIL_FULL} در کنفرانس وزیران اوپک به کاهش تولید رأی داد.", OIL),
        (f"{SPEAKER_FULL} در این اجلاس از کشورهای عضو برای حمایت از طرح صلح سپاسگزاری کرد.", SPEAKER),
        (f"{FM_FULL} در این نشست از تلاش‌های سازمان ملل قدردانی نمود.", FM),  # Dari «نمود»
        (f"{A_FULL} در نشست شورای وزیران خارجه از طرح تازه دفاع کرده است.", A),  # present perfect
        (f"{A_FULL} در این نشست پیشنهادهای تازهای را مطرح کردهاست.", A),  # lost ZWNJ
        (f"{A_FULL} در جمع سران کشورهای عضو بر لزوم همکاری پای فشرد.", A),  # among the leaders
        (f"{FM_FULL} در این نشست، یک بار دیگر خواهان پایان جنگ شد.", FM),  # «خواهان … شد» is no passive
        # fronted before the person
        (f"در مراسم افتتاحیه اجلاس سران، {A_FULL} به ایراد سخن پرداخت.", A),
        (f"در نشست مجمع پارلمانی آسیایی، {SPEAKER_FULL} قطعنامه پیشنهادی را به رأی گذاشت.", SPEAKER),
        (f"اجلاس رسماً آغاز شد که در مراسم افتتاحیه {A_FULL} به ایراد سخن پرداخت.", A),
        # the opening named as the start of its work («آغاز به کار»), alone or as a ceremony's
        (f"{A_FULL} نیز در مراسم آغاز به کار نشست وزیران خارجه گفت: همکاری مهم است.", A),
        (f"{A_FULL} در آغاز به کار این اجلاس گفت: همکاری مهم است.", A),
    ],
    ids=[
        "unsc-briefed",
        "opec-voted",
        "assembly-thanked",
        "dari-namud",
        "perfect",
        "lost-zwnj",
        "among-leaders",
        "asked-for",
        "fronted-ceremony",
        "fronted-named",
        "fronted-in-relative",
        "ceremony-of-the-start-of-work",
        "start-of-work",
    ],
)
def test_the_subject_of_an_act_placed_at_the_meeting_attended(text: str, name: str) -> None:
    assert statuses(text)[name][0] == "attended"


def test_people_listed_as_the_subject_all_attended() -> None:
    got = statuses(f"در آیین گشایش نشست، {A_FULL} و {B_FULL} در کنار یکدیگر قرار گرفتند.")
    assert got[A][0] == got[B][0] == "attended"


def test_a_pronoun_subject_lends_the_act_to_the_person_before() -> None:
    got = statuses(
        "نشست وزیران خارجه امروز در تهران آغاز شد.",
        f"{A_FULL} سال گذشته به این سمت رسید.",
        "وی همچنین در دیداری که در حاشیه این اجلاس با همتای خود داشت، ابراز امیدواری کرد که روابط گسترش یابد.",
    )
    assert got[A][0] == "attended"


@pytest.mark.parametrize(
    "texts, status",
    [
        ((UNDER_WAY, f"{A_FULL} در این نشست از طرح تازه دفاع می‌کند."), "attended"),  # a present once under way
        ((BEFORE, f"انتظار می‌رود در این نشست، {ENVOY_FULL} گزارشی از وضعیت منطقه ارائه دهد."), "expected"),
        ((BEFORE, f"قرار است {OIL_FULL} در این کنفرانس طرح تازه‌ای ارائه کند."), "expected"),
    ],
    ids=["present-under-way", "briefing-planned", "plan"],
)
def test_the_tense_and_the_report_time_read_through_one_table(texts: tuple[str, ...], status: str) -> None:
    name = next(n for n in (A, ENVOY, OIL) if any(n in t for t in texts))
    assert statuses(*texts)[name][0] == status


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در تماس تلفنی با همتای خود از برگزاری این نشست استقبال کرد.",  # a phone call
        f"{A_FULL} در نشست خبری هفتگی از طرح تازه دفاع کرد.",  # a press conference
        f"{A_FULL} در نشست قبلی از طرح تازه دفاع کرده بود.",  # an earlier meeting
        f"{A_FULL} در اجلاس سال گذشته از طرح تازه دفاع کرد.",  # last year's
        f"{A_FULL} در جلسه هیئت دولت از طرح تازه دفاع کرد.",  # a domestic meeting
        f"{A_FULL} پیش از این نشست در پایتخت از طرح تازه دفاع کرد.",  # before it, at home
        f"{A_FULL} در این نشست از طرح تازه دفاع نکرد.",  # negated
        f"{A_FULL} درباره این نشست به خبرنگاران گفت که نتیجه خوبی داشت.",  # about it, not at it
        f"{A_FULL} درباره عدم حضور کشورش در این نشست اظهار بی‌اطلاعی کرد.",  # someone's presence there
        f"{A_FULL} در رابطه به اشتراک هیئت این گروه در نشست دوحه توضیح داد.",  # Dari: the delegation's
        f"در این نشست طرح {A_FULL} بررسی شد.",  # what was done to their proposal
        f"در این نشست بیانیه‌ای صادر شد و {A_FULL} از آن استقبال کرد.",  # the place is another clause's
    ],
    ids=[
        "phone-call",
        "press",
        "earlier",
        "last-year",
        "domestic",
        "before-at-home",
        "negated",
        "about-it",
        "presence-noun",
        "dari-presence-noun",
        "passive-of-a-proposal",
        "other-clause",
    ],
)
def test_look_alikes_stay_mentioned(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


def test_the_next_meeting_is_no_place_of_this_one() -> None:
    assert PLACE.regex.search("در نشست بعدی وزیران") is None
    assert PLACE.regex.search("در حاشیه این اجلاس با همتای خود") is not None


def test_the_table_names_every_tense_it_reads() -> None:
    assert {tense for tense, _ in AT_IT_OF} == {"past", "pluperfect", "present", "subjunctive", "future"}
    assert AT_IT_OF[("subjunctive", "future")] == "expected"
    assert AT_IT_OF[("present", "future")] == "expected"  # a plan; a habit is read apart (readings.HABITUAL)


C_FULL = "سامح عبدالمنعم وزیر امور خارجه مصر"


@pytest.mark.parametrize(
    "text",
    [
        f"همکاری امنیتی از مواردی بود که {A_FULL}، {B_FULL} و {C_FULL} درباره آن به توافق رسیدند.",
        f"{A_FULL} و {B_FULL} بر سر گسترش تجارت توافق کردند.",
        f"{A_FULL} و {B_FULL} با ایجاد صندوق مشترک موافقت کردند.",
        f"{A_FULL} و {B_FULL} با پیوستن سنگال به سازمان موافقت نمودند.",  # Dari «نمودند»
        f"{A_FULL} و {B_FULL} در مورد مسیر ترانزیت به تفاهم رسیدند.",
    ],
    ids=["reached-agreement-relative", "agreed", "approved-together", "dari-namudand", "reached-understanding"],
)
def test_people_who_agreed_together_were_at_the_table(text: str) -> None:
    got = statuses(text)
    assert got[A][0] == got[B][0] == "attended"


@pytest.mark.parametrize(
    "texts",
    [
        (f"{A_FULL} و {B_FULL} در تماس تلفنی بر سر گسترش تجارت توافق کردند.",),  # by phone
        (f"{A_FULL} و {B_FULL} بر برگزاری نشست سران در تهران توافق کردند.",),  # to hold a meeting
        (f"{A_FULL} با پیشنهاد {B_FULL} موافقت کرد.",),  # one person agreeing to another's proposal
        (f"{A_FULL} و {B_FULL} سال گذشته بر سر گسترش تجارت توافق کردند.",),  # last year
        (f"{A_FULL} و {B_FULL} پیش از این بر سر گسترش تجارت توافق کرده بودند.",),  # before
        (BEFORE, f"{A_FULL} و {B_FULL} بر سر دستور کار توافق کردند."),  # a report before the meeting
    ],
    ids=["phone", "to-hold-a-meeting", "one-agrees", "last-year", "pluperfect", "before-the-meeting"],
)
def test_agreements_made_apart_say_nothing(texts: tuple[str, ...]) -> None:
    got = statuses(*texts)
    assert got[A][0] == got[B][0] == "mentioned"


@pytest.mark.parametrize(
    "texts, status",
    [
        ((f"{A_FULL} با استقبال از سران کشورهای شرکت‌کننده در این نشست، منطقه را غنی دانست.",), "host"),
        ((f"{A_FULL} در حاشیه این نشست با مهمانان دیدار کرد و به آنها خیرمقدم گفت.",), "host"),
        ((f"{A_FULL} به شرکت‌کنندگان خیر مقدم گفت.",), "host"),  # written apart
        ((BEFORE, f"{A_FULL} به مهمانان خیرمقدم خواهد گفت."), "expected"),  # a host's role still to come
        ((f"{A_FULL} از استقبال سران از طرح خود سخن گفت.",), "mentioned"),  # the leaders welcomed a plan
    ],
    ids=["welcoming-the-leaders", "welcomed-them", "kheyr-moqaddam-apart", "will-welcome", "leaders-welcomed-a-plan"],
)
def test_who_welcomes_the_meetings_guests_hosts_them(texts: tuple[str, ...], status: str) -> None:
    assert statuses(*texts)[A][0] == status


@pytest.mark.parametrize(
    "text, status",
    [
        (f"پیش‌نویس این قطعنامه از سوی {A_FULL} به خوانش گرفته شد.", "attended"),  # Dari «به خوانش گرفتن»
        (f"در این نشست گزارش سالانه از طرف {A_FULL} ارائه گردید.", "attended"),
        (f"متن این بیانیه توسط {A_FULL} تنظیم و ارائه شد.", "attended"),
        (f"این نشست از سوی {A_FULL} برگزار شد.", "mentioned"),  # organized by
        (f"سران به این نشست از سوی {A_FULL} دعوت شدند.", "mentioned"),  # invited by
        (f"پیش‌نویس قطعنامه توسط {A_FULL} تهیه شده بود.", "mentioned"),  # no document of this meeting, pluperfect
        (f"طرح صلح سال گذشته از سوی {A_FULL} ارائه شد.", "mentioned"),  # last year
        (f"قطعنامه از سوی {A_FULL} ارائه شد.", "mentioned"),  # nothing ties it to this meeting
    ],
    ids=[
        "read-out-dari",
        "presented-at-it",
        "drafted-and-presented",
        "organized",
        "invited",
        "prepared",
        "last-year",
        "untied",
    ],
)
def test_the_agent_of_a_passive_done_at_the_meeting_attended(text: str, status: str) -> None:
    assert statuses(text)[A][0] == status


@pytest.mark.parametrize(
    "texts, status",
    [
        # a relative clause with no comma ends at its own verb; the person's verb comes after it
        ((f"{A_FULL} در نشست وزیران که در حاشیه مجمع عمومی برگزار شده بود از کشورهای عضو سپاسگزاری کرد.",), "attended"),
        ((BEFORE, f"{A_FULL} که به تازگی به این سمت رسیده است در این نشست سخنرانی خواهد کرد."), "expected"),
        ((f"{A_FULL} که در نشست سال گذشته شرکت کرده بود از طرح تازه دفاع کرد.",), "mentioned"),  # another meeting's
        ((f"{A_FULL} در پیامی که در این نشست خوانده شد از کشورهای عضو قدردانی کرد.",), "mentioned"),  # the message's
    ],
    ids=["held-on-the-sidelines", "new-in-office-will-speak", "last-years-meeting", "message-read-there"],
)
def test_a_relative_clause_without_a_comma_ends_at_its_verb(texts: tuple[str, ...], status: str) -> None:
    assert statuses(*texts)[A][0] == status


C = "قاسم ژومارت"
C_FULL = f"{C} رئیس‌جمهور قرقیزستان"


@pytest.mark.parametrize(
    "text",
    [
        f"این توافقنامه توسط {A_FULL}، {B_FULL} و {C_FULL} امضا شد.",
        f"این سند از سوی «{B}» رئیس‌جمهور قزاقستان، «{C}» رئیس‌جمهور قرقیزستان و «{A}» رئیس‌جمهور ازبکستان امضا گردید.",
        f"در این نشست بیانیه مشترک از طرف {C_FULL}، {A_FULL} و {B_FULL} ارائه شد.",
        f"این موافقتنامه توسط {B_FULL} و {A_FULL} امضاء شد.",
    ],
    ids=["signed-by-a-list", "quoted-names-dari-verb", "presented-by-a-list", "two-hamza-spelling"],
)
def test_every_agent_of_a_listed_passive_done_at_the_meeting_attended(text: str) -> None:
    got = statuses(text)
    assert got[A][0] == got[B][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"این نشست از سوی {B_FULL} و {A_FULL} برگزار شد.",  # organized by
        f"این توافقنامه توسط {B_FULL} و {A_FULL} امضا خواهد شد.",  # not yet
        f"این توافقنامه سال گذشته توسط {B_FULL} و {A_FULL} امضا شد.",  # last year
    ],
    ids=["organized-by-a-list", "to-be-signed", "signed-last-year"],
)
def test_a_listed_agent_of_what_was_not_done_at_the_meeting_is_not_there(text: str) -> None:
    assert statuses(text)[A][0] != "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"{B_FULL} وارد دوشنبه شد و سپس {A_FULL} هم به آنان پیوست.",
        f"{A_FULL} دیروز به جمع سران حاضر در نشست پیوست.",
        f"{A_FULL} نیز به آنها پیوستند.",
        f"{A_FULL} به ایشان پیوسته است.",
    ],
    ids=["joined-them", "joined-the-leaders", "plural-lost-zwnj", "perfect"],
)
def test_who_joined_the_others_has_arrived(text: str) -> None:
    assert statuses(UNDER_WAY, text)[A][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} گفت کشورش به سازمان تجارت جهانی پیوست.",
        f"{A_FULL} به ائتلاف ضد تروریسم پیوست.",
        f"{A_FULL} گفت شمار کشورهایی که به این اجلاس پیوستند بیشتر شده است.",
    ],
    ids=["a-body", "a-coalition", "a-series-of-meetings"],
)
def test_joining_a_body_or_a_series_is_no_arrival(text: str) -> None:
    assert statuses(BEFORE, text)[A][0] != "attended"
