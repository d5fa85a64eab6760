"""A stored excerpt cut inside its last sentence (mentions.Scanned.cut) after the meeting was named as the
place of the clause and before its verb («X نیز در این نشست حا…», «در جلسه افتتاحیه کنفرانس … که X، Y، …»):
what is left places the people of the clause there (#11 session 19, status19c), unless the report is still
before the meeting, the meeting is only what is talked about, another or an earlier occasion is the place,
or the line was not cut. Sentences written for these tests (invented names, real titles)."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses

HELD = "نشست گروه تماس دیروز در استانبول برگزار شد."
UNTOLD = "وزیران خارجه کشورهای عضو گروه تماس و نمایندگان سازمان ملل متحد در استانبول هستند."
AHEAD = "نشست گروه تماس از روز چهارشنبه در استانبول آغاز به کار می‌کند."


@pytest.mark.parametrize("before", [HELD, UNTOLD], ids=["held", "no-frame"])
@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} نیز در این نشست حا",
        f"در جلسه افتتاحیه کنفرانس اتحادیه بین‌المجالس که {A_FULL}، {B_FULL}، خانم",
    ],
    ids=["subject-then-place", "place-then-list"],
)
def test_a_clause_cut_after_the_meeting_as_its_place_puts_its_people_there(before: str, text: str) -> None:
    got = statuses(before, text)
    assert got[A] == ("attended", "participation")
    if B in got:
        assert got[B] == ("attended", "participation")


@pytest.mark.parametrize(
    "before, text",
    [
        (AHEAD, f"{A_FULL} نیز در این نشست حا"),  # still to come: a plan at most
        (HELD, f"{A_FULL} درباره حضور هیئت‌ها در این نشست گفتگو"),  # what is talked about
        (HELD, f"{A_FULL} نیز در نشست خبری حا"),  # another occasion
        (HELD, f"{A_FULL} نیز در نشست سال گذشته حا"),  # an earlier meeting
        (HELD, f"{A_FULL} نیز در جلسه افتتاحیه کنفرانس اتحادیه بین‌المجالس."),  # a whole line, not cut
    ],
    ids=["ahead", "topic", "press", "earlier", "not-cut"],
)
def test_what_a_cut_clause_does_not_place(before: str, text: str) -> None:
    assert statuses(before, text)[A][0] != "attended"
