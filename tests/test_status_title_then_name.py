"""A title alone as a sentence's subject («رئیس هیئت پارلمانی ازبکستان در این مجمع گفت …») and, in the next
sentence naming someone, a person named there for the first time with no title of their own as its subject
(«X گفت: …», «X افزود: …»): the writer names the one they just titled, who takes the status the title was
given (helpers.extract.attendees.title_holder). Sentences written for these tests (invented names, real
titles), several verbs and report times; look-alikes: a person titled or named before, a person with a
title of their own, a title given no status, someone else named in between."""

from __future__ import annotations

import pytest
from test_status import A, B, statuses

ASSEMBLY = "نشست مجمع مجالس آسیایی امروز در مشهد آغاز شد."
MINISTERS = "نشست وزیران خارجه سازمان همکاری اسلامی امروز در جده آغاز شد."
TO_COME = "نشست وزیران خارجه سازمان همکاری اسلامی فردا در جده برگزار خواهد شد."
DELEGATION_SPOKE = "رئیس هیئت پارلمانی ازبکستان در این مجمع گفت: هیئت‌هایی از پانزده کشور حضور یافته‌اند."


@pytest.mark.parametrize(
    "texts, status",
    [
        ((ASSEMBLY, DELEGATION_SPOKE, f"{A} گفت: سخنرانان اصلی مراسم افتتاحیه مشخص شده‌اند."), "attended"),
        (
            (
                MINISTERS,
                f"وزیر امور خارجه ازبکستان در حاشیه این اجلاس با {B} وزیر خارجه آلمان دیدار کرد.",
                f"{A} افزود: همکاری‌ها باید گسترش یابد.",
            ),
            "attended",
        ),
        (
            (TO_COME, "وزیر امور خارجه ازبکستان امروز عازم جده شد.", f"{A} پیش از ترک تاشکند گفت که این نشست مهم است."),
            "expected",
        ),
    ],
    ids=["spoke-then-named", "met-then-added", "set-off-then-named"],
)
def test_the_one_named_after_their_title_takes_its_status(texts: tuple[str, ...], status: str) -> None:
    assert statuses(*texts)[A][0] == status


@pytest.mark.parametrize(
    "texts",
    [
        # named (and titled) before the title
        (ASSEMBLY, f"{A} رئیس دفتر ریاست جمهوری ازبکستان گفت: هیئت‌ها حاضرند.", DELEGATION_SPOKE, f"{A} افزود: بله."),
        # a title of their own
        (ASSEMBLY, DELEGATION_SPOKE, f"{A} سخنگوی وزارت امور خارجه ازبکستان در تاشکند گفت که کشورش آماده است."),
        # the title given no status: thanked, an object
        (ASSEMBLY, "نمایندگان از رئیس هیئت پارلمانی ازبکستان تشکر کردند.", f"{A} گفت: کشورش آماده همکاری است."),
        # someone else named in between
        (ASSEMBLY, DELEGATION_SPOKE, f"{B} وزیر خارجه آلمان در برلین گفت که آماده است.", f"{A} گفت: بله."),
    ],
    ids=["named-before", "own-title", "title-unplaced", "someone-between"],
)
def test_others_stay_mentioned(texts: tuple[str, ...]) -> None:
    assert statuses(*texts)[A][0] == "mentioned"
