"""The month «می» (May) the sentence normalizer glued to the next word as if it were a verb prefix: read
as the month after a day or «ماه» when what follows is no verb. Sentences written for the test; each is
normalized as the pipeline normalizes it (hazm glues «می» to the next word) before its dates are read."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.dates import find_dates
from helpers.dates.glued_month import unglue_may
from helpers.text.tokenize import normalize

PUB = dt.date(2023, 5, 18)


def _days(text: str) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(m.start, m.end) for m in find_dates(normalize(text), PUB)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("وزیران، هفتم ماه می، در نشستی فوری تصمیم گرفتند.", (2023, 5, 7), (2023, 5, 7)),  # a comma after
        ("نشست سران ۷ می برگزار شد.", (2023, 5, 7), (2023, 5, 7)),  # a noun of a light verb after
        ("رهبران دوم می در ریاض دیدار کردند.", (2023, 5, 2), (2023, 5, 2)),  # a preposition after
        ("گفت‌وگوها روز ۱۲ می.", (2023, 5, 12), (2023, 5, 12)),  # a full stop after
        ("در ۲۰ می ۲۰۲۲ هیئت‌ها آمدند.", (2022, 5, 20), (2022, 5, 20)),  # the year after
        ("اجلاس از ۵ می تا ۷ می ادامه دارد.", (2023, 5, 5), (2023, 5, 7)),  # a span
        ("وزیران اول و دوم ماه می گفت‌وگو کردند.", (2023, 5, 1), (2023, 5, 2)),  # two ordinal days
        ("نشست بیست و پنجم می آغاز شد.", (2023, 5, 25), (2023, 5, 25)),  # an ordinal of two words
    ],
)
def test_may_glued_to_a_word_that_is_no_verb_is_the_month(
    text: str, start: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    assert _days(text) == [(dt.date(*start), dt.date(*end))]


@pytest.mark.parametrize(
    "text",
    [
        "شمار اعضا به ۲۰ می رسد.",  # «می‌رسد»: reaches twenty
        "سه کشور ۲ می خواهند که بمانند.",  # «می‌خواهند»
        "هیئت‌ها هر ۳ می آیند و می روند.",  # «می‌آیند»
        "قیمت‌ها ۱۰ می شود.",  # «می‌شود»
    ],
)
def test_a_verb_after_a_number_stays_a_verb(text: str) -> None:
    assert _days(text) == []


def test_a_verb_after_mah_is_no_month() -> None:
    """«این ماه می‌آید» (comes this month): the month is «این ماه», «می‌آید» the verb."""
    folded = normalize("هیئت این ماه می آید.")
    assert unglue_may(folded) == folded


def test_the_text_keeps_its_length() -> None:
    folded = normalize("نشست سران ۷ می برگزار شد.")
    assert "می\u200c" in folded and len(unglue_may(folded)) == len(folded)
