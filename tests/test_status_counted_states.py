"""A plural title or «سران / رهبران» whose states are counted before they are listed («رهبران چهار کشور
A، B، C و D», «وزیران خارجه سه کشور A، B و C», digits «سران ۵ کشور»): the group's presence goes to the
named holders of the title in those states, as for a list with no count (helpers.extract.collective).
Sentences written for these tests (invented names, real titles); look-alikes: a holder of another state,
and a count with no states listed."""

from __future__ import annotations

import pytest
from test_status import A, B, statuses

IN_US = f"{A} رئیس‌جمهور ایالات متحده"
IN_JAPAN = f"{B} نخست‌وزیر ژاپن"
IN_FRANCE = "ژان لوک مورو رئیس‌جمهور فرانسه"


@pytest.mark.parametrize(
    "group",
    [
        "رهبران چهار کشور ایالات متحده، ژاپن، هندوستان و استرالیا در نشست دوساعته خود در کاخ سفید دیدار کردند.",
        "سران ۴ کشور ایالات متحده، ژاپن، هند و استرالیا امروز در واشنگتن گرد هم آمدند.",
        "سران سه کشور آمریکا، ژاپن و کره جنوبی در این اجلاس حضور داشتند.",
    ],
    ids=["words", "digits", "three"],
)
def test_the_counted_and_listed_states_leaders_were_there(group: str) -> None:
    got = statuses(group, f"{IN_US} و {IN_JAPAN} بر همکاری تاکید کردند.")
    assert (got[A][0], got[B][0]) == ("attended", "attended")


def test_counted_foreign_ministers_share_the_presence() -> None:
    got = statuses(
        "وزرای خارجه سه کشور ایران، روسیه و ترکیه امروز در مسکو گرد هم آمدند.",
        f"{B} وزیر امور خارجه روسیه گفت که گفتگوها سازنده بود.",
    )
    assert got[B][0] == "attended"


@pytest.mark.parametrize(
    "group",
    [
        "رهبران چهار کشور ایالات متحده، ژاپن، هندوستان و استرالیا در نشست دوساعته خود دیدار کردند.",
        "رهبران چهار کشور در نشست دوساعته خود در کاخ سفید دیدار کردند.",  # counted, never listed
    ],
    ids=["other-state", "no-states-listed"],
)
def test_a_leader_of_a_state_not_listed_stays_mentioned(group: str) -> None:
    assert statuses(group, f"{IN_FRANCE} از این نشست استقبال کرد.")["ژان لوک مورو"][0] == "mentioned"


@pytest.mark.parametrize(
    ("group", "holder"),
    [
        ("وزیران خارجه ایران و روسیه امروز در مسکو گرد هم آمدند.", "وزیر امور خارجه روسیه"),
        ("وزیران انرژی ایران و روسیه امروز در مسکو گرد هم آمدند.", "وزیر نیرو روسیه"),
        ("وزیران اقتصاد ایران و روسیه امروز در مسکو گرد هم آمدند.", "وزیر امور اقتصادی و دارایی روسیه"),
    ],
    ids=["foreign", "energy", "economy"],
)
def test_either_plural_of_a_ministry_names_its_ministers(group: str, holder: str) -> None:
    """«وزیران X» is the plural of «وزیر X» as «وزرای X» is (roles.csv has both for each ministry): not the
    ministers of any ministry, whom a foreign minister would not be told from."""
    assert statuses(group, f"{B} {holder} گفت که گفتگوها سازنده بود.")[B][0] == "attended"
