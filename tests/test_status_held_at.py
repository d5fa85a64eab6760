"""Presence said as a noun phrase of its holder placed at the meeting (helpers.extract.presence.held_at,
#11 session 9): «حضور X در این اجلاس», «سخنرانی X در نشست سران», Dari «بیانیه X در … کنفرانس». Sentences
written for these tests (invented names, real titles and bodies) over several bodies, titles, verbs
and tenses, Dari spelling and lost ZWNJ; the time of the presence is the clause's verb after the
phrase, or the report's. Look-alikes: a presence denied or only possible («عدم حضور», «احتمال حضور»), a
negated verb, a presence at another (indefinite, earlier or next) meeting, a presence with nobody
named, and a speech somewhere else."""

from __future__ import annotations

import pytest
from test_status import statuses

UNDER_WAY = "اجلاس مجمع عمومی سازمان ملل متحد امروز در نیویورک آغاز شد."
BEFORE = "نشست وزیران خارجه سازمان همکاری اسلامی هفته آینده در جده برگزار خواهد شد."
UN_SG = "ماریا سانتوس"
EU_HR = "یوهان لیندکویست"
NATO_SG = "کارل برگمان"
SPEAKER = "رحیم‌الله صافی"
UN_SG_FULL = f"{UN_SG} دبیرکل سازمان ملل متحد"
EU_HR_FULL = f"{EU_HR} وزیر امور خارجه اتریش"
NATO_SG_FULL = f"{NATO_SG}، دبیرکل ناتو،"
SPEAKER_FULL = f"{SPEAKER} رئیس مجلس نمایندگان"


@pytest.mark.parametrize(
    "text, name",
    [
        (f"حضور {UN_SG_FULL} در این اجلاس با واکنش‌های مثبت همراه بود.", UN_SG),
        (f"سخنرانی {NATO_SG_FULL} در نشست سران توجه رسانه‌ها را جلب کرد.", NATO_SG),
        (f"متن کامل بیانیه {SPEAKER_FULL} در یکصد و سی و هفتمین کنفرانس", SPEAKER),
        (f"کشورهای عضو از شرکت {EU_HR_FULL} در این نشست استقبال کردند.", EU_HR),
        (f"حضور {SPEAKER_FULL} در اجلاس مجالس", SPEAKER),  # a verbless headline
        (f"سخنان {UN_SG_FULL} در نشستهای مجمع عمومی بازتاب گسترده‌ای داشت.", UN_SG),  # lost ZWNJ
        (f"اشتراک {SPEAKER} رئیس ولسی جرگه در این کنفرانس مهم خوانده شد.", SPEAKER),  # Dari
        (f"حضور {UN_SG_FULL} و {EU_HR_FULL} در این نشست با استقبال همراه بود.", EU_HR),  # a list
        (f"سخنرانی {NATO_SG} معاون دبیرکل ائتلاف دفاعی شمال در اجلاس سران گزارش شد.", NATO_SG),  # an unknown title
        (f"متن بیانیه {SPEAKER} معاون دوم رئیس‌جمهور در دومین نشست", SPEAKER),  # an ordinal in the title
    ],
    ids=[
        "presence-passive",
        "speech-apposed",
        "dari-statement-ordinal",
        "taking-part-object",
        "headline",
        "lost-zwnj",
        "dari-presence",
        "list",
        "unknown-title",
        "ordinal-title",
    ],
)
def test_a_presence_or_speech_held_at_the_meeting_is_presence(text: str, name: str) -> None:
    assert statuses(UNDER_WAY, text)[name][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"حضور {UN_SG_FULL} در این نشست فرصت مهمی است.",
        f"حضور {EU_HR_FULL} در این اجلاس پیش‌بینی شده است و سخنرانی او در نشست خواهد بود.",
        f"سخنرانی {NATO_SG_FULL} در این نشست خواهد بود.",
    ],
    ids=["present-before", "perfect-passive-before", "future-speech"],
)
def test_before_the_meeting_it_is_expected(text: str) -> None:
    name = next(n for n in (UN_SG, EU_HR, NATO_SG) if n in text)
    assert statuses(BEFORE, text)[name][0] == "expected"


@pytest.mark.parametrize(
    "text",
    [
        f"عدم حضور {UN_SG_FULL} در این اجلاس مورد انتقاد قرار گرفت.",
        f"احتمال حضور {EU_HR_FULL} در این نشست وجود دارد.",
        f"حضور {NATO_SG_FULL} در این نشست تأیید نشد.",
        f"حضور {SPEAKER_FULL} در نشست قبلی با واکنش‌هایی همراه بود.",
        f"حضور {UN_SG_FULL} در نشستی دیگر در ژنو با واکنش‌هایی همراه بود.",
        f"سخنرانی {NATO_SG_FULL} در دانشگاه ورشو مورد توجه قرار گرفت.",
        f"حضور {EU_HR_FULL} در نشست بعدی اتحادیه بررسی شد.",
        f"{UN_SG_FULL} از حضور وزیران در این اجلاس استقبال کرد.",
        f"وزیران درباره حضور {EU_HR_FULL} در این نشست توضیحی ندادند.",
        f"سخنگو با اشاره به اشتراک {SPEAKER_FULL} در این کنفرانس گفت که گفتگوها ادامه دارد.",
    ],
    ids=[
        "denied",
        "possible",
        "negated",
        "earlier-round",
        "another-meeting",
        "elsewhere",
        "next-meeting",
        "nobody-named-after-the-noun",
        "talked-about",
        "referred-to",
    ],
)
def test_look_alikes_stay_mentioned(text: str) -> None:
    name = next(n for n in (UN_SG, EU_HR, NATO_SG, SPEAKER) if n in text)
    assert statuses(UNDER_WAY, text)[name][0] not in ("attended", "expected")


@pytest.mark.parametrize(
    "text, name",
    [
        (f"{UN_SG_FULL} پس از این نشست در کنفرانس خبری مشترک با {EU_HR_FULL} گفت که گفتگوها ادامه دارد.", EU_HR),
        (f"{SPEAKER_FULL} در حاشیه اجلاس در نشست خبری مشترک با {UN_SG_FULL} اظهار داشت که صلح ممکن است.", UN_SG),
        (f"{NATO_SG_FULL} پس از پایان نشست سران، همراه با {EU_HR_FULL} به پرسش‌های خبرنگاران پاسخ داد.", EU_HR),
        (f"{NATO_SG_FULL} به همراه {UN_SG_FULL} در این اجلاس شرکت کرد.", UN_SG),
        (f"{SPEAKER_FULL} همراه با شیخ {EU_HR_FULL} در این کنفرانس سخنرانی کرد.", EU_HR),  # an honorific
        (f"{NATO_SG_FULL} به‌همراه {UN_SG_FULL} و {EU_HR_FULL} در این نشست حضور داشتند.", EU_HR),  # a list
    ],
    ids=[
        "joint-press-conference",
        "dari-joint-press",
        "answered-together",
        "together-took-part",
        "with-honorific",
        "joined-list",
    ],
)
def test_who_acts_with_the_subject_at_the_meeting_was_there_too(text: str, name: str) -> None:
    assert statuses(UNDER_WAY, text)[name][0] == "attended"


def test_a_partner_of_a_plan_is_expected() -> None:
    text = f"{NATO_SG_FULL} به همراه {UN_SG_FULL} در نشست هفته آینده شرکت خواهد کرد."
    assert statuses(BEFORE, text)[UN_SG][0] == "expected"


@pytest.mark.parametrize(
    "text",
    [
        f"{NATO_SG_FULL} در تماس تلفنی با {EU_HR_FULL} درباره این نشست گفتگو کرد.",  # a call, no comitative
        f"{UN_SG_FULL} که به همراه {EU_HR_FULL} سفر کرده بود، در تهران ماند.",  # the subject at home
        f"{UN_SG_FULL} به همراه {EU_HR_FULL} سال گذشته از پکن دیدن کرده بود.",  # an earlier visit
    ],
    ids=["a-call", "subject-not-there", "earlier-visit"],
)
def test_a_partner_of_someone_not_at_the_meeting_stays_mentioned(text: str) -> None:
    assert statuses(UNDER_WAY, text)[EU_HR][0] not in ("attended", "expected")
