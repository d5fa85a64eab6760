"""Who the text counts among those taking part in the meeting, or among its guests, took part (#11 session
11, status11a): «یکی از اشتراک‌کننده‌های این اجلاس بود» (Dari and plain speech make the participle's
plural in «‑ها»), «از جمله مهمانان عالی‌رتبه این دوره اجلاس هستند» (guests, plural, with an adjective of
rank and «این دوره»). Sentences written for these tests (invented names, real titles and bodies) over
both plurals, lost ZWNJ, tenses and orders; look-alikes: the participants of an earlier meeting, the
guests of a dinner, and a guest to come."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses

UNDER_WAY = "اجلاس سران سازمان همکاری اسلامی امروز در استانبول آغاز شد."
BEFORE = "اجلاس سران سازمان همکاری اسلامی هفته آینده در استانبول برگزار خواهد شد."


@pytest.mark.parametrize(
    "text, name",
    [
        (f"{A_FULL} نیز یکی از اشتراک کننده‌های این اجلاس بود.", A),  # Dari
        (f"{B_FULL} از شرکت‌کننده‌های این نشست بود.", B),
        (f"{A_FULL} یکی از اشتراک کنندههای کنفرانس کابل بود.", A),  # lost ZWNJ
        (f"{A_FULL} و {B_FULL} از جمله مهمانان عالی‌رتبه این دوره اجلاس هستند.", B),  # guests, a list
        (f"{B_FULL} از میهمانان بلندپایه این نشست بود.", B),
        (f"در میان شرکت‌کننده‌ها {A_FULL} نیز دیده می‌شد.", A),  # fronted
    ],
    ids=["dari-one-of", "plain-plural", "lost-zwnj", "guests-of-rank", "guests-of-rank-past", "among-them"],
)
def test_one_of_those_taking_part_took_part(text: str, name: str) -> None:
    assert statuses(UNDER_WAY, text)[name][0] == "attended"


def test_a_guest_to_come_is_expected() -> None:
    assert statuses(BEFORE, f"{A_FULL} از مهمانان ویژه این اجلاس خواهد بود.")[A][0] == "expected"


@pytest.mark.parametrize(
    "text, name",
    [
        (f"{A_FULL} از شرکت‌کننده‌های اجلاس سال گذشته بود.", A),  # an earlier meeting
        (f"{B_FULL} یکی از اشتراک کنندگان نشست قبلی بود.", B),
        (f"{A_FULL} از مهمانان ضیافت شام وزیر خارجه بود.", A),  # a dinner's guests
    ],
    ids=["last-year", "dari-previous", "dinner"],
)
def test_others_participants_and_guests_stay_mentioned(text: str, name: str) -> None:
    assert statuses(UNDER_WAY, text)[name][0] == "mentioned"
