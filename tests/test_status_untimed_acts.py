"""A minister no cue placed, the subject of a past act of their own, is present in a report that tells no time
at all (helpers.extract.attendees._acted_untimed, session 23: a default by context, with its own cue). Not for a
saying, a passive or a negated verb, nor for an act told at a press conference; not for a head of state, and not
in a report that tells the meeting still to come. Sentences written for these tests (invented names, real
titles)."""

from __future__ import annotations

import pytest
from test_status import A_FULL, statuses

MINISTER = "سرژ وارتانوف"
TITLED = f"{MINISTER}، وزیر امور خارجه ارمنستان،"
UNTIMED = "نشست وزیران خارجه سازمان همکاری اقتصادی در استانبول"  # a headline: no verb, no time
AHEAD = "نشست وزیران خارجه سازمان همکاری اقتصادی فردا در استانبول برگزار خواهد شد."


@pytest.mark.parametrize(
    "text",
    [
        f"{TITLED} طرحی برای گسترش تجارت منطقه‌ای ارائه کرد.",
        f"{TITLED} از تصمیم سازمان برای ایجاد صندوق مشترک ابراز خرسندی کرد.",
        f"{TITLED} رمز همکاری منطقه‌ای را گفت‌وگوی سیاسی دانست.",
    ],
)
def test_a_ministers_own_past_act_in_a_report_of_no_time(text: str) -> None:
    assert statuses(UNTIMED, text)[MINISTER] == ("attended", "untimed_act")


@pytest.mark.parametrize(
    "text",
    [
        f"{TITLED} گفت که همکاری منطقه‌ای لازم است.",  # a saying, said anywhere
        f"{TITLED} طرحی برای گسترش تجارت منطقه‌ای ارائه نکرد.",  # negated
        f"سخنان {MINISTER}، وزیر امور خارجه ارمنستان، در رسانه‌ها منتشر شد.",  # a passive: whose the words were
        f"{TITLED} در نشست خبری خود مواضع کشورش را تشریح کرد.",  # done for the press
        f"{TITLED} در دومین نشست خبری هفتگی خود مواضع کشورش را تشریح کرد.",
    ],
)
def test_not_a_saying_a_negation_a_passive_or_the_press(text: str) -> None:
    assert statuses(UNTIMED, text)[MINISTER] == ("mentioned", None)


def test_not_a_head_of_state() -> None:
    """A head of state acts on many stages."""
    name = A_FULL.split(" رئیس")[0]
    assert statuses(UNTIMED, f"{A_FULL} طرحی برای گسترش تجارت منطقه‌ای ارائه کرد.")[name] == ("mentioned", None)


def test_not_in_a_report_that_tells_a_time() -> None:
    """A report that tells the meeting still to come: the act is of another day."""
    got = statuses(AHEAD, f"{TITLED} طرحی برای گسترش تجارت منطقه‌ای ارائه کرد.")
    assert got[MINISTER][0] != "attended"
