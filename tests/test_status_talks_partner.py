"""The one met in talks told as a noun («در دیدار با X», «با ملاقات با X», «در نشست با X», «ضمن گفتگو با
X») shares the presence or plan the sentence gives the one who met them (helpers.extract.presence_nouns.
partners, #11 session 11, status11a; README session 11: a meeting on the sidelines places both): talks at
the meeting, or in its city on its days, bring both there. Sentences written for these tests (invented
names, real titles and bodies) over several talks nouns, tenses, orders, Dari spelling and lost ZWNJ;
look-alikes: a call or video talks, talks of someone the text does not place, talks at home after the
meeting, and the one met told with a verb of talks and no place («با X دیدار کرد»: the rules before)."""

from __future__ import annotations

import pytest
from test_status import statuses

UNDER_WAY = "اجلاس سران سازمان پیمان آتلانتیک شمالی امروز در لندن آغاز شد."
BEFORE = "نشست وزیران خارجه سازمان همکاری اسلامی هفته آینده در جده برگزار خواهد شد."
HOST = "ماریا سانتوس"
GUEST = "یوهان لیندکویست"
OTHER = "کارل برگمان"
DARI = "رحیم‌الله صافی"
HOST_FULL = f"{HOST} دبیرکل سازمان ملل متحد"
GUEST_FULL = f"{GUEST} وزیر امور خارجه اتریش"
OTHER_FULL = f"{OTHER}، وزیر خارجه دانمارک،"
DARI_FULL = f"{DARI} معین سیاسی وزارت امور خارجه افغانستان"


@pytest.mark.parametrize(
    "text, name",
    [
        (f"{HOST_FULL} در این اجلاس در دیدار با {GUEST_FULL} بر حل سیاسی بحران تأکید کرد.", GUEST),
        (f"{OTHER_FULL} در حاشیه نشست سران و در دیداری با {HOST_FULL} گفت که گفتگوها ادامه دارد.", HOST),
        (f"{GUEST_FULL} که دیروز وارد لندن شد، کار امروز خود را با ملاقات با {OTHER_FULL} آغاز کرد.", OTHER),
        (f"{DARI_FULL} در این کنفرانس ضمن گفت‌وگو با {HOST_FULL} از کمک‌های سازمان قدردانی نمود.", HOST),  # Dari
        (f"{HOST_FULL} در این نشست در گفتوگو با {GUEST_FULL} از طرح تازه دفاع کرد.", GUEST),  # lost ZWNJ
        (f"{OTHER_FULL} در نشست دوجانبه با {GUEST_FULL} در حاشیه اجلاس سخنرانی کرد.", GUEST),  # an adjective
    ],
    ids=["met-at-it", "sidelines-indefinite", "arrived-then-met", "dari-during-talks", "lost-zwnj", "bilateral"],
)
def test_the_one_met_at_the_meeting_was_there_too(text: str, name: str) -> None:
    assert statuses(UNDER_WAY, text)[name][0] == "attended"


def test_talks_planned_at_the_meeting_are_expected_for_both() -> None:
    text = f"{GUEST_FULL} قرار است در این نشست در دیدار با {HOST_FULL} درباره همکاری‌ها گفتگو کند."
    assert statuses(BEFORE, text)[HOST][0] == "expected"


@pytest.mark.parametrize(
    "text",
    [
        f"{OTHER_FULL} در این اجلاس در گفتگوی تلفنی با {GUEST_FULL} درباره بحران صحبت کرد.",  # a call
        f"{OTHER_FULL} در گفتگوی ویدئویی با {GUEST_FULL} از این نشست حمایت کرد.",  # video talks
        f"{OTHER_FULL} هفته گذشته در دیدار با {GUEST_FULL} در وین از برگزاری این نشست استقبال کرده بود.",
        f"{OTHER_FULL} در دیدار با {GUEST_FULL} در وین درباره اجلاس گفتگو کرد.",  # the subject not placed there
        # the meeting one phrase, the talks with the title-first guest another
        f"{OTHER_FULL} قرار است در این سفر، ضمن شرکت در نشست سران، با وزیر امور خارجه اتریش {GUEST} دیدار کند.",
    ],
    ids=["phone", "video", "earlier-talks", "subject-unplaced", "comma-apart"],
)
def test_the_one_met_elsewhere_stays_mentioned(text: str) -> None:
    assert statuses(UNDER_WAY, text)[GUEST][0] == "mentioned"


@pytest.mark.parametrize(
    "honorific",
    ["حجت‌الاسلام و المسلمین", "حجت الاسلام والمسلمین", "آیت الله العظمی", "جناب آقای"],
    ids=["hojjat-zwnj", "hojjat-spaced", "ayatollah-spaced", "two-honorifics"],
)
def test_the_one_met_after_honorifics_of_several_words_was_there_too(honorific: str) -> None:
    text = (
        f"«{HOST}» دبیرکل سازمان ملل متحد صبح امروز در حاشیه نشست سران در دیدار با {honorific} «{GUEST}» وزیر"
        " امور خارجه اتریش با بیان اینکه همکاری مهم است، تاکید کرد: گفتگوها ادامه دارد."
    )
    assert statuses(UNDER_WAY, text)[GUEST][0] == "attended"
