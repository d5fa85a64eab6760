"""«در <the meeting>» before a verb of saying is where the speech was given, unless it belongs to what the
speaker talks about: the place of someone's presence or absence named as a noun («با اشاره به غیبت X در
نشست گفت», «با تکذیب خبر حضور X در اجلاس», «با اشاره به حضور هیئت‌هایی از … در کنفرانس») or of what an
«اینکه» clause closed before the verb tells («با بیان اینکه در این اجلاس ۵۰۰ مهمان شرکت کردند، اظهار
داشت»). Sentences written for these tests (invented names, real titles); look-alikes where the meeting is
still the place of the speech."""

from __future__ import annotations

import pytest
from test_status import A_FULL, A, statuses

MINISTER = "وزیر نفت ازبکستان"


@pytest.mark.parametrize(
    "text, status",
    [
        (f"{MINISTER} با اشاره به غیبت {A_FULL} در نخستین نشست سران مجمع گفت که او نتوانست بیاید.", "absent"),
        (f"{MINISTER} ضمن اشاره به غیبت {A} در این اجلاس افزود که سفر او لغو شده بود.", "mentioned"),
        (f"{MINISTER} با تکذیب خبر مبنی بر حضور دکتر {A_FULL} در اجلاس اوپک گفت که او به وین نمی‌رود.", "absent"),
        (f"{MINISTER} درباره حضور {A_FULL} در این همایش توضیحی نداد و گفت که برنامه هنوز روشن نیست.", "mentioned"),
    ],
    ids=["absence-noun", "absence-dari-verb", "denied-presence", "about-presence"],
)
def test_the_holder_of_a_presence_noun_is_not_the_speaker_there(text: str, status: str) -> None:
    assert statuses(text)[A][0] == status


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} با اشاره به حضور هیئت‌هایی از مجالس کشورهای اسلامی در این کنفرانس گفت که آماده‌سازی‌ها انجام شده است.",
        f"{A_FULL} با اشاره به شرکت وزیران خارجه دوازده کشور در این نشست تصریح کرد که برنامه آماده است.",
        f"{A_FULL} با بیان اینکه در چهارمین اجلاس مجمع عمومی، ۵۰۰ مهمان شرکت کردند، اظهار داشت که اجلاس موفق بود.",
        f"{A_FULL} با اشاره به این‌که در نشست پیشین سران، چهل کشور حضور داشتند، گفت که امسال شمار بیشتری می‌آیند.",
    ],
    ids=["delegations-present", "ministers-took-part", "closed-that-clause", "that-clause-zwnj"],
)
def test_the_speaker_of_others_presence_there_is_not_placed_by_it(text: str) -> None:
    assert statuses(text)[A][0] == "mentioned"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} با اشاره به اهمیت همکاری در این نشست گفت که امنیت مهم است.",
        f"{A_FULL} در این نشست که دیروز برگزار شد، گفت که امنیت مهم است.",
        f"{A_FULL} با بیان اینکه امنیت مهم است، در این نشست گفت که همکاری لازم است.",
        f"{A_FULL} پس از اینکه در این اجلاس سخنرانی کرد، گفت که همکاری لازم است.",
    ],
    ids=["topic-then-place", "relative-clause", "place-after-the-clause", "after-that-is-time"],
)
def test_look_alikes_keep_the_speech_at_the_meeting(text: str) -> None:
    assert statuses(text)[A][0] == "attended"
