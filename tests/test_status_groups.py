"""A group of office holders with nobody named inside («وزرای خارجه A و B», «سران A و B») as one subject:
its own clause is read as a person's (helpers.extract.readings.own_status), and what it places goes to the
named holders of the title in those states (helpers.extract.collective). Sentences written for these tests
(invented names, real titles); look-alikes: a holder of a state not in the group, a group's act at an
earlier meeting."""

from __future__ import annotations

import pytest
from test_status import B, statuses

IN_TURKEY = f"{B} وزیر امور خارجه ترکیه"


@pytest.mark.parametrize(
    "group",
    [
        "وزرای امور خارجه ایران و ترکیه در حاشیه نشست سران سازمان همکاری شانگهای که در پایتخت قزاقستان"
        " برگزار شد، درباره روابط دوجانبه تبادل نظر کردند.",
        "وزرای امور خارجه ایران و ترکیه درباره گسترش همکاری‌های اقتصادی به توافق رسیدند.",
    ],
    ids=["placed-at-it", "agreed"],
)
def test_a_groups_own_clause_places_its_holders(group: str) -> None:
    assert statuses(group, f"{IN_TURKEY} گفت که گفتگوها سازنده بود.")[B][0] == "attended"


@pytest.mark.parametrize(
    "group",
    [
        "وزرای امور خارجه ایران و روسیه درباره گسترش همکاری‌های اقتصادی به توافق رسیدند.",
        "وزرای امور خارجه ایران و ترکیه در نشست سال گذشته آنکارا که در پایتخت ترکیه برگزار شد، درباره روابط"
        " دوجانبه تبادل نظر کردند.",
    ],
    ids=["other-state", "earlier-meeting"],
)
def test_a_groups_clause_leaves_others_mentioned(group: str) -> None:
    assert statuses(group, f"{IN_TURKEY} گفت که گفتگوها سازنده بود.")[B][0] == "mentioned"
