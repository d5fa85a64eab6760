"""A speech placed by a preposition of «during» (#11, session 10, round 2), on sentences written for these
tests (invented names, real role titles): «در / طی / ضمن / حین / در جریان / در خلال سخنرانی (خود)» and
«… سخنانی / سخنان خود» tell where the speaker was, as «در سخنرانی خود» did (meeting_place.DURING); the
noun «سخنان» still only in a report written while or after the meeting. Remarks at a press conference, in a
call, or in a report with no meeting held yet stay `mentioned`."""

from __future__ import annotations

import pytest
from test_status import A_FULL, A, statuses

HELD = "اجلاس سران روز گذشته در دوشنبه برگزار شد."
"""A report written after the meeting (the frame the noun «سخنان» needs)."""


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} طی سخنرانی خود، ضرورت اصلاحات اداری را شرح داد.",
        f"{A_FULL} ضمن سخنرانی‌اش گفت که راه ترانزیتی باز می‌شود.",
        f"{A_FULL} در جریان سخنرانی خود بر گسترش تجارت تاکید کرد.",
        f"{A_FULL} در خلال سخنرانی خود از کشورهای همسایه خواست همکاری کنند.",
        f"{A_FULL} طی سخنرانی اش تصریح کرد که امنیت آب مهم است.",
        f"{A} وزیر خارجه افغانستان حین سخنرانی خود اظهار داشت که صلح ممکن است.",
    ],
    ids=["tay-comma", "zemn-ash", "dar-jaryan", "dar-khelal", "tay-zwnj-lost", "hin-dari-title"],
)
def test_during_a_speech_is_presence(text: str) -> None:
    assert statuses(text)[A] == ("attended", "speech")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} طی سخنانی گفت که اصلاحات ضروری است.",
        f"{A_FULL} ضمن سخنان خود افزود که گذرگاه‌ها باز می‌شوند.",
        f"{A_FULL} حین سخنانش یادآور شد که تجارت رو به رشد است.",
    ],
    ids=["tay-sokhanani", "zemn-sokhanan-khod", "hin-sokhananash"],
)
def test_during_remarks_in_a_report_after_the_meeting_is_presence(text: str) -> None:
    assert statuses(HELD, text)[A] == ("attended", "speech")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} طی سخنانی در نشست خبری گفت که صلح مهم است.",
        f"{A_FULL} طی تماسی تلفنی گفت که صلح مهم است.",
        f"{A_FULL} طی سخنانی گفت که اصلاحات ضروری است.",
    ],
    ids=["press-conference", "a-call", "remarks-no-frame"],
)
def test_remarks_elsewhere_or_with_no_meeting_held_stay_mentioned(text: str) -> None:
    assert statuses(text)[A] == ("mentioned", None)
