"""Talks still to come in a report of the meeting under way (helpers.extract.occasions._of_talks,
meeting_of): a held verb said of talks («دیدار X و Y که قرار است روز یکشنبه صورت گیرد») does not put the
meeting itself still to come, and the talks are later in the same meeting, so their people are there (README,
session 6), on sentences written for these tests (invented names, real titles); look-alikes before the
meeting, the meeting's own holding still to come, and talks of a later year."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses

UNDER_WAY = "نشست سران سازمان همکاری شانگهای امروز آغاز شد."
TO_COME = "نشست سران سازمان همکاری شانگهای فردا آغاز می‌شود."


@pytest.mark.parametrize(
    "text",
    [
        f"این نشست فرصت دیدارهای دوجانبه است، از جمله دیدار {A_FULL} و {B_FULL} که قرار است یکشنبه صورت گیرد.",
        f"ملاقات {A_FULL} با {B_FULL} در حاشیه این اجلاس فردا انجام خواهد شد.",
        f"گفتگوی {A_FULL} و {B_FULL} قرار است عصر امروز انجام شود.",
        f"مذاکرات {A_FULL} و {B_FULL} در روز دوم این نشست صورت میگیرد.",
    ],
    ids=["meeting-to-take-place", "sidelines-will-be-done", "talks-plan-today", "negotiations-lost-zwnj"],
)
def test_talks_to_come_in_a_meeting_under_way_are_presence(text: str) -> None:
    got = statuses(UNDER_WAY, text)
    assert (got[A][0], got[B][0]) == ("attended", "attended")


def test_talks_to_come_keep_the_report_under_way_for_later_sentences() -> None:
    talks = f"دیدار {A_FULL} و {B_FULL} در حاشیه این نشست قرار است روز یکشنبه صورت گیرد."
    got = statuses(UNDER_WAY, talks, f"{A_FULL} در این نشست حضور دارد.")
    assert got[A][0] == "attended"


@pytest.mark.parametrize(
    "texts",
    [
        (TO_COME, f"دیدار {A_FULL} و {B_FULL} قرار است روز یکشنبه صورت گیرد."),
        (UNDER_WAY, f"اجلاس وزیران فردا با حضور {A_FULL} و {B_FULL} برگزار می‌شود."),
        (UNDER_WAY, f"دیدار {A_FULL} و {B_FULL} سال آینده صورت خواهد گرفت."),
    ],
    ids=["before-the-meeting", "another-meeting-to-come", "talks-next-year"],
)
def test_look_alikes_stay_a_plan(texts: tuple[str, ...]) -> None:
    got = statuses(*texts)
    assert (got[A][0], got[B][0]) == ("expected", "expected")
