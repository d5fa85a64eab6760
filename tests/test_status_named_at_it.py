"""A person no cue placed, named as no object in a sentence that names this meeting («این نشست», «همین
اجلاس»), is present in a report that tells the meeting held and never still to come (session 15:
readings.named_at_it marks them, attendees._named_at_it decides on the whole report). Not when the
meeting is what is talked about («درباره این نشست», «با اشاره به …»), a time before it («پیش از آغاز این
نشست»), an earlier one, where something is still to be done, or the addressee of a message; not for a
spokesperson, nor for someone after a preposition. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_attendees import by_name, sentences

from helpers.extract.attendees import extract_attendees

TOKAYEV = "قاسم جومرت توکایف"
RAHMON = "امامعلی رحمان"
ARAGHCHI = "عباس عراقچی"
HELD = "نشست سران سازمان دیروز در شهر آستانه برگزار شد."
AHEAD = "نشست سران سازمان فردا در شهر آستانه برگزار خواهد شد."


def statuses(*texts: str) -> dict[str, str]:
    return {k: r["status"] for k, r in by_name(extract_attendees(sentences(*texts))).items()}


@pytest.mark.parametrize(
    ("named", "person"),
    [
        (f"{TOKAYEV}، رئیس‌جمهور قزاقستان، این نشست را نقطه عطفی در روابط منطقه خواند.", TOKAYEV),
        (f"{ARAGHCHI} از نتایج این اجلاس ابراز خرسندی کرد.", ARAGHCHI),
        (f"{RAHMON} دستاوردهای همین اجلاسیه را برای منطقه مهم ارزیابی کرد.", RAHMON),  # Dari «اجلاسیه»
        (f"شگفتی این همایش، {ARAGHCHI} وزیر امور خارجه ایران بود.", ARAGHCHI),  # verbless, the name after
        (f"{ARAGHCHI} نتایج این کنفرانس را مثبت دانست", ARAGHCHI),  # no ZWNJ anywhere, no full stop
    ],
)
def test_named_with_this_meeting_in_a_report_of_it_held(named: str, person: str) -> None:
    assert statuses(HELD, named)[person] == "attended"


@pytest.mark.parametrize(
    ("named", "person"),
    [
        (f"{ARAGHCHI} درباره این نشست گفت که همکاری‌ها گسترش می‌یابد.", ARAGHCHI),  # what is talked about
        (f"{ARAGHCHI} در خصوص این اجلاس اظهار داشت که روابط مهم است.", ARAGHCHI),
        (f"{TOKAYEV} پیش از آغاز این نشست روابط دو کشور را مهم خواند.", TOKAYEV),  # a time before it
        (f"{TOKAYEV} در پیامی به این نشست از میزبان قدردانی کرد.", TOKAYEV),  # a message sent to it
        (f"شرکت‌کنندگان این نشست از {TOKAYEV} قدردانی کردند.", TOKAYEV),  # after a preposition
        (f"{RAHMON} سال ۲۰۱۵ میزبان این اجلاس در دوشنبه بود و آن را مهم خواند.", RAHMON),  # an earlier year
        (f"{ARAGHCHI} گفت قرار است در این نشست سندی امضا شود.", ARAGHCHI),  # still to be done there
        (f"{TOKAYEV} با اشاره به نتایج مهم این همایش از همه کشورها قدردانی کرد.", TOKAYEV),  # a topic
    ],
)
def test_not_named_at_it(named: str, person: str) -> None:
    assert statuses(HELD, named)[person] != "attended"


@pytest.mark.parametrize("opening", [AHEAD, "سران کشورهای عضو سازمان بر همکاری تاکید دارند."])
def test_not_in_a_report_before_the_meeting_or_of_no_stated_time(opening: str) -> None:
    """A report that tells the meeting still to come, or never tells it held: naming it says nothing of
    who is there."""
    got = statuses(opening, f"{TOKAYEV}، رئیس‌جمهور قزاقستان، این نشست را نقطه عطفی در روابط منطقه خواند.")
    assert got[TOKAYEV] == "mentioned"


def test_not_a_spokesperson() -> None:
    """A spokesperson speaks of the meeting for those at it."""
    got = statuses(HELD, "ناصر کنعانی سخنگوی وزارت امور خارجه ایران این نشست را موفق خواند.")
    assert got["ناصر کنعانی"] == "mentioned"
