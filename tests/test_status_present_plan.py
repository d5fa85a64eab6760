"""An act the clause places at the meeting, in the present indicative (#11, session 10, round 2), on
sentences written for these tests (invented names, real role titles): before the meeting, or with no
time stated, «X در این نشست … می‌کند / می‌دهد» is a plan, as the future and the subjunctive are
(readings.AT_IT_OF); once the meeting is under way or over it is presence. An adverb of habit
(«معمولاً», «همواره», «هر سال») speaks of such meetings as a rule, and one of going on («همچنان», «به کار
خود ادامه می‌دهد») of what was begun before, in any tense: no act begun at this one. «در ادامه این نشست»
(later in it) is a part of the meeting, no going on."""

from __future__ import annotations

import pytest
from test_status import A_FULL, A, statuses

AHEAD = "اجلاس سران هفته آینده در دوشنبه برگزار خواهد شد."
UNDER_WAY = "اجلاس سران هم اکنون در دوشنبه در حال برگزاری است."


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در این نشست سخنرانی و مواضع کشورش را تشریح می‌کند.",
        f"{A_FULL} در این اجلاس گزارش دبیرخانه را ارائه می‌دهد.",
        f"{A} وزیر خارجه افغانستان در این کنفرانس بر ضرورت همکاری منطقه‌ای تاکید می‌کند.",
        f"در این همایش، {A_FULL} دیدگاه‌های کشورش را بیان می‌نماید.",
        f"{A_FULL} در نشست سران موضع کشورش را اعلام میکند.",
    ],
    ids=["gapped-light-verb", "presents-report", "dari-title-stresses", "fronted-place", "zwnj-lost"],
)
def test_an_act_at_the_meeting_in_the_present_before_it_is_a_plan(text: str) -> None:
    assert statuses(AHEAD, text)[A] == ("expected", "planned")
    assert statuses(text)[A] == ("expected", "planned")


def test_the_same_act_once_the_meeting_is_under_way_is_presence() -> None:
    assert statuses(UNDER_WAY, f"{A_FULL} در این نشست مواضع کشورش را تشریح می‌کند.")[A][0] == "attended"
    assert statuses(f"{A_FULL} در ادامه این نشست مواضع کشورش را تشریح کرد.")[A][0] == "attended"
    assert statuses(f"{A_FULL} در این نشست به سخنرانی خود ادامه داد.")[A][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} معمولا در این نشست‌ها مواضع کشورش را تشریح می‌کند.",
        f"{A_FULL} در این اجلاس همواره بر همکاری تاکید می‌کند.",
        f"{A_FULL} هر سال در این کنفرانس گزارشی ارائه می‌دهد.",
        f"{A_FULL} همیشه در این نشست مواضع کشورش را تشریح کرده است.",
        f"{A} نماینده پیشین افغانستان به کار خود در این مجمع به نمایندگی از کشورش ادامه می‌دهد.",
        f"{A_FULL} همچنان در این کنفرانس نماینده کشورش است.",
    ],
    ids=["usually-plural", "always-after-place", "every-year", "always-past", "goes-on-working", "still"],
)
def test_an_act_done_there_as_a_rule_is_no_act_at_this_meeting(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)


def test_what_the_meeting_is_about_in_the_present_is_no_plan() -> None:
    assert statuses(f"{A_FULL} درباره این نشست توضیح می‌دهد.")[A] == ("mentioned", None)


def test_an_event_held_at_the_meeting_on_someones_initiative_is_no_act_of_theirs() -> None:
    text = f"به ابتکار {A_FULL}، در چارچوب این اجلاس نمایشگاه صنایع دستی برگزار می‌گردد."
    assert statuses(text)[A] == ("mentioned", None)
