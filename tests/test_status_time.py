"""The report's time on sentences written for these tests (invented names, real role titles): which
clause a plan word or a time word belongs to, and what it makes of the presence said near it
(helpers.extract.report_time, helpers.extract.time_cues)."""

from __future__ import annotations

import pytest
from test_status import A_FULL, A, statuses

C_FULL = "فریدون عبدالحمیدوف معین سیاسی وزارت امور خارجه"
C = "فریدون عبدالحمیدوف"


@pytest.mark.parametrize(
    "text",
    [
        f"نشست سفیران برای آمادگی همایشی که قرار است ماه آینده در باکو برگزار شود، با حضور {A_FULL} آغاز شد.",
        f"جلسه مشورتی درباره اجلاس سران که قرار شده سال آینده تشکیل گردد، با اشتراک {A_FULL} دایر گردید.",
        f"نشست کارشناسان درباره کنفرانسی که پیش‌بینی می‌شود در پاییز برگزار شود، با حضور {A_FULL} برگزار شد.",
        f"نشست هماهنگی برای کنفرانس که قرار است در دوشنبه دایر شود، با اشتراک {C_FULL} برگزار گردید.",
        f"نشست سفیران برای کنفرانسی که قراراست در باکو برگزار شود، با حضور {A_FULL} برگزار شد.",
    ],
    ids=["is-planned", "has-been-planned", "foreseen", "dari", "lost-space"],
)
def test_a_plan_in_a_closed_relative_clause_is_not_the_main_clauses(text: str) -> None:
    got = statuses(text)
    assert got.get(A, got.get(C)) == ("attended", "participation")


@pytest.mark.parametrize(
    "text, status",
    [
        # the plan is the main clause's: presence after it is planned
        (f"قرار است نشست سفیران با حضور {A_FULL} در باکو برگزار شود.", "expected"),
        # the person is inside the still open relative clause of the plan
        (f"این کنفرانس که قرار است {A_FULL} در آن سخنرانی کند، در باکو برگزار می‌شود.", "expected"),
        # no comma after the relative clause's verb: the plan still reaches the presence
        (f"همایشی که قرار است در باکو با حضور {A_FULL} برگزار شود آغاز شد.", "expected"),
    ],
    ids=["main-clause-plan", "inside-the-relative", "relative-not-closed"],
)
def test_a_plan_of_the_clause_still_plans(text: str, status: str) -> None:
    assert statuses(text)[A][0] == status
