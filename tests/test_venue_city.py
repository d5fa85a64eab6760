"""A person the text places in the meeting's city is at the meeting unless the city is in their own
state (README, session 9: a press conference in the meeting's city counts, one in the person's own
capital does not): helpers.extract.meeting_place.venue_state and placed_in, read in
attendees._at_the_venue. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_attendees import by_name, sentences

from helpers.extract.attendees import extract_attendees
from helpers.extract.meeting_place import placed_in, venue_state
from helpers.text import gazetteer as gz

TOKAYEV = "قاسم جومرت توکایف"
RAHMON = "امامعلی رحمان"
SAIDOV = "بختیار سعیدوف"  # foreign minister of Uzbekistan
ARAGHCHI = "عباس عراقچی"  # of Iran


def statuses(*texts: str) -> dict[str, str]:
    return {k: r["status"] for k, r in by_name(extract_attendees(sentences(*texts))).items()}


@pytest.mark.parametrize(
    ("opening", "placed"),
    [
        ("نشست سران سازمان امروز در تاشکند برگزار شد.", f"{TOKAYEV} در تاشکند به خبرنگاران گفت همکاری مهم است."),
        ("اجلاس وزیران خارجه در شهر تاشکند برگزار شد.", f"{ARAGHCHI} در تاشکند با خبرنگاران گفت‌وگو کرد."),
        ("نشست سران در عشق‌آباد برگزار شد.", f"{TOKAYEV} در عشقاباد گفت روابط گسترش می‌یابد."),  # lost ZWNJ
        ("اجلاس در دوشنبه، پایتخت تاجیکستان برگزار شد.", f"{ARAGHCHI} در شهر دوشنبه توافق‌نامه را امضا کرد."),
        ("همایش در نورسلطان برگزار شد.", f"{ARAGHCHI} در شهر آستانه گفت."),  # the city's other name
    ],
)
def test_placed_in_the_venue_city_is_at_the_meeting(opening: str, placed: str) -> None:
    got = statuses(opening, placed)
    person = TOKAYEV if TOKAYEV in got else ARAGHCHI
    assert got[person] == "attended"


@pytest.mark.parametrize(
    ("opening", "placed", "person"),
    [
        ("نشست سران در تاشکند برگزار شد.", f"{SAIDOV} در تاشکند گفت روابط گسترش می‌یابد.", SAIDOV),  # at home
        ("نشست سران در آستانه برگزار شد.", f"{TOKAYEV} در شهر آستانه گفت.", TOKAYEV),
        ("نشست سران در تاشکند برگزار شد.", f"{ARAGHCHI} در تهران گفت روابط گسترش می‌یابد.", ARAGHCHI),  # elsewhere
        ("اجلاس سران روز دوشنبه برگزار شد.", f"{ARAGHCHI} دوشنبه گفت روابط گسترش می‌یابد.", ARAGHCHI),  # Monday
        ("اجلاس سران برگزار شد.", f"{ARAGHCHI} در تاشکند گفت.", ARAGHCHI),  # no venue named
        (  # the city places the meeting, not the person's act
            "نشست سران در تاشکند برگزار شد.",
            f"{ARAGHCHI} گفت ایران در اجلاس آینده در تاشکند حضوری فعال دارد.",
            ARAGHCHI,
        ),
    ],
)
def test_at_home_elsewhere_or_no_venue_stays_mentioned(opening: str, placed: str, person: str) -> None:
    assert statuses(opening, placed)[person] == "mentioned"


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("او در تاشکند گفت.", ["UZB"]),
        ("او در شهر کازان گفت.", ["RUS"]),
        ("او از تاشکند به کابل رفت.", []),  # named, not placed in
        ("او روز دوشنبه گفت.", []),
    ],
)
def test_placed_in(sentence: str, states: list[str]) -> None:
    assert placed_in(gz.fold(sentence)) == states


@pytest.mark.parametrize(
    ("texts", "state"),
    [
        (
            ["اجلاس در تاشکند برگزار شد.", "نشست در شهر تاشکند ادامه یافت.", "سخنگو در تهران گفت نشست مهم است."],
            "UZB",
        ),  # the venue is named more often
        (["اجلاس در کابل برگزار شد."], "AFG"),
        (["رئیس‌جمهور از تهران راهی کابل شد."], None),  # no meeting named
        (["نشست در بیشکک برگزار شد.", "نشست قبلی در تاشکند بود."], None),  # a tie
        (["همایش در اسلام آباد برگزار شد."], "PAK"),
        (["همایش در اسلاماباد برگزار شد."], "PAK"),  # lost space and ZWNJ
    ],
)
def test_venue_state(texts: list[str], state: str | None) -> None:
    assert venue_state(gz.fold(t) for t in texts) == state


def test_going_to_the_city_is_not_being_there() -> None:
    folded = gz.fold("او با بدرقه وزیر عازم شهر کازان شد و در شهر کازان گفت.")
    assert placed_in(folded, 1) == ["RUS"]  # the second: «در شهر کازان»
    assert placed_in(gz.fold("او عازم شهر کازان شد."), 1) == []


def test_an_ambassador_placed_in_the_city_serves_there() -> None:
    got = statuses("نشست سران در تاشکند برگزار شد.", "جان اسمیت سفیر ایران در ازبکستان در تاشکند گفت روابط مهم است.")
    assert got.get("جان اسمیت", "mentioned") == "mentioned"


SECRETARY = "یوهان لارسن، دبیرکل سازمان پیمان آتلانتیک شمالی"
"""An organization's official: no state of their own."""


@pytest.mark.parametrize(
    ("placed", "status"),
    [
        (f"{SECRETARY} در شیکاگو روز دوشنبه در یک کنفرانس خبری گفت که ماموریت پایان می‌یابد.", "attended"),
        (f"{SECRETARY} در شیکاگو به خبرنگاران گفت که ماموریت پایان می‌یابد.", "attended"),
        (f"{SECRETARY} در شیکاگو گفت که ماموریت پایان می‌یابد.", "mentioned"),  # no press: may be the seat
    ],
    ids=["press-conference", "to-reporters", "no-press"],
)
def test_an_official_of_no_state_is_placed_in_the_venue_city_by_a_press_conference(placed: str, status: str) -> None:
    got = statuses("نشست سران ناتو دیروز در شیکاگو برگزار شد.", placed)
    assert got["یوهان لارسن"] == status
