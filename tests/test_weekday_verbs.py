"""A bare weekday points the way its clause's verb does, read as grammar (helpers.text.verbs: hazm's
table of every conjugated form) whatever the verb: a present, future or subjunctive one points at the
coming day, a past one at the last, even when the other is nearer. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.contracts import Calendar
from helpers.dates import find_dates
from helpers.text.verbs import first_verb

PUB = dt.date(2024, 10, 8)  # a Tuesday: Saturday is four days on and three back, Thursday two on, five back
NEXT, LAST, LAST_THURSDAY = dt.date(2024, 10, 12), dt.date(2024, 10, 5), dt.date(2024, 10, 3)


def _day(text: str) -> dt.date | None:
    (mention,) = find_dates(text, PUB, Calendar.JALALI, True)
    return mention.start


@pytest.mark.parametrize(
    "text",
    [
        "اجلاس روز شنبه برگزار می‌گردد.",
        "اجلاس روز شنبه برگزار خواهد گردید.",
        "نشست شنبه پایان می‌یابد.",
        "وزیر روز شنبه به تاشکند سفر می‌نماید.",
        "سران روز شنبه سند را امضا می‌نمایند.",
        "نماینده روز شنبه در نشست اشتراک می‌ورزد.",  # Dari
        "هیئت شنبه در نشست حضور می‌یابد.",
        "رئیس‌جمهور روز شنبه پیام می‌فرستد.",
        "گفت‌وگوها روز شنبه ادامه دارد.",
        "وزیر روز شنبه عازم باکو می‌باشد.",
        "روز شنبه قرار است سند نهایی امضا شود.",  # planned: the subjunctive
        "وزیر خارجه روز شنبه می گوید",  # its ZWNJ lost
        "وزیر روز شنبه در نشست شرکت نمی‌کند.",  # negated
        "اجلاس روز شنبه برگزار میگردد.",  # its ZWNJ lost, the prefix glued on
        "وزیران روز شنبه دیدار نمیکنند.",
        "وزیر روز شنبه به دعوت قربانقلی بردی محمداف عازم عشق‌آباد می‌شود.",  # «بردی» in a name is no verb
    ],
)
def test_a_verb_not_past_points_at_the_coming_weekday(text: str) -> None:
    assert _day(text) == NEXT


@pytest.mark.parametrize(
    "text",
    [
        "اجلاس روز پنجشنبه برگزار گردید.",
        "اجلاس روز پنجشنبه برگزار گردیدند.",
        "نشست پنجشنبه پایان یافت.",
        "وزیر روز پنجشنبه به تاشکند سفر نمود.",
        "سران روز پنجشنبه سند را امضا نکردند.",
        "نماینده روز پنجشنبه در نشست اشتراک ورزید.",
        "وزیر روز پنجشنبه وارد مسکو شده بود.",
        "وزیر روز پنجشنبه وارد مسکو شده است.",
        "هیئت روز پنجشنبه کابل را به مقصد دوحه ترک کرده تا در نشست شرکت کند.",  # a participle before «تا»
        "اجلاس روز پنجشنبه برگزار شدهاست.",  # its ZWNJ lost, the auxiliary glued on
        "وزیران روز پنجشنبه دیدار کردهاند.",
        "وزیر روز پنجشنبه وارد «باکو» شد.",  # «وارد» is a word, not the verb, before a quote
        "نشست که روز پنجشنبه با حضور اعضای این روند و نهادهای حامی برگزار شد.",  # «این روند»: a noun
        "نمایندگان روز پنجشنبه در نشست گفت‌وگو کردند.",  # «در نشست»: the meeting, not «sat»
    ],
)
def test_a_past_verb_points_at_the_last_weekday(text: str) -> None:
    assert _day(text) == LAST_THURSDAY  # five days back, though the coming one is two days on


def test_without_a_verb_the_nearest_weekday() -> None:
    assert _day("برنامه روز شنبه") == LAST  # three days back is nearer than four on


@pytest.mark.parametrize(
    ("text", "form", "tense"),
    [
        ("سند را امضا نمودند", "نمودند", "past"),  # a verb starting with «ن» is not a negated one
        ("برگزار خواهند گردید", "خواهند گردید", "future"),
        ("او فردا بگوید", "بگوید", "subjunctive"),  # the glide after a vowel stem is no ending
        ("در نشست سران شرکت کردند", "کردند", "past"),  # «نشست» before more words is the noun
    ],
)
def test_the_first_verb_of_a_clause(text: str, form: str, tense: str) -> None:
    verb = first_verb(text, 0, len(text))
    assert verb is not None and (verb.form, verb.tense) == (form, tense)
