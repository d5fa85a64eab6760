"""The meeting's eve («در آستانه این نشست», «یک روز پیش از آغاز اجلاس»): presence told in its clause is done
before the meeting, a planned presence at it (`expected`) until the meeting is under way (README, session 10;
helpers.extract.time_cues.EVE, report_time.Times.on_eve), on sentences written for these tests (invented
names, real titles); look-alikes where «آستانه» is the city, the eve is another clause's, or an arrival."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses

TO_COME = "اجلاس سران سازمان همکاری شانگهای فردا برگزار می‌شود."
UNDER_WAY = "اجلاس سران سازمان همکاری شانگهای امروز آغاز شد."


@pytest.mark.parametrize(
    "text",
    [
        f"در آستانه این نشست شب گذشته {A_FULL} و {B_FULL} با هم دیدار کردند.",
        f"در آستانه‌ی برگزاری اجلاس سران، {A_FULL} با {B_FULL} دیدار و گفت‌وگو کرد.",
        f"در آستانهی نشست وزیران، {A_FULL} و {B_FULL} رایزنی کردند.",
        f"یک روز پیش از آغاز این کنفرانس، {A_FULL} با {B_FULL} ملاقات نمود.",
        f"شب قبل از گشایش همایش {A_FULL} و {B_FULL} با یکدیگر دیدار کردند.",
        f"در آستانه سی‌امین اجلاس، {A_FULL} و {B_FULL} در یک نشست مشترک شرکت کردند.",
    ],
    ids=["met-last-night", "ezafe-holding", "zwnj-lost-dari", "a-day-before", "night-before", "ordinal"],
)
def test_talks_on_the_eve_are_a_planned_presence(text: str) -> None:
    got = statuses(TO_COME, text)
    assert (got[A][0], got[B][0]) == ("expected", "expected")


def test_talks_on_the_eve_with_no_time_told_are_a_planned_presence() -> None:
    got = statuses(f"در آستانه این اجلاس {A_FULL} و {B_FULL} با هم دیدار کردند.")
    assert (got[A][0], got[B][0]) == ("expected", "expected")


@pytest.mark.parametrize(
    "texts",
    [
        # «آستانه» the city: no meeting word after it
        (TO_COME, f"{A_FULL} و {B_FULL} دیروز در آستانه با هم دیدار کردند."),
        ("نشست سران امروز در آستانه آغاز شد.", f"{A_FULL} و {B_FULL} در آستانه با هم دیدار کردند."),
        # the eve in a clause closed before the talks
        (TO_COME, f"در آستانه این نشست وزیران گفت‌وگو کردند و امروز {A_FULL} و {B_FULL} با هم دیدار کردند."),
        # under way: the eve's talks no longer make a plan
        (UNDER_WAY, f"در آستانه این نشست {A_FULL} و {B_FULL} با هم دیدار کردند."),
    ],
    ids=["astana-city", "astana-city-under-way", "another-clause", "under-way"],
)
def test_look_alikes_of_the_eve_keep_the_presence(texts: tuple[str, ...]) -> None:
    got = statuses(*texts)
    assert (got[A][0], got[B][0]) == ("attended", "attended")


def test_an_arrival_on_the_eve_is_presence_already() -> None:
    got = statuses(TO_COME, f"در آستانه این اجلاس {A_FULL} وارد شهر بیشکک شد.")
    assert got[A] == ("attended", "arrival")
