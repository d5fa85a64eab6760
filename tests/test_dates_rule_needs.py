"""The cheap pre-searches in helpers.extract.dates (RULE_NEEDS) may only skip a rule that cannot
yield a date: wherever a rule's match is accepted by its handler, every one of its needs must be
present in the sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.extract import calendars as cal
from helpers.extract import dates

SENTENCES = [
    "نشست در ۱۵ مهر امسال و در ماه مبارک رمضان سال جاری برگزار شد.",
    "این قانون در تاریخ ۱۴۰۳/۱۲/۲۵ به تصویب رسید.",
    "روز دوشنبه، ۱۰ تا ۱۲ نوامبر ۲۰۲۵ میلادی اجلاس برپا بود.",
    "در اسفند ۱۴۰۲ و در فصل بهار ۱۴۰۳ قرارداد امضا شد.",
    "شش ماه نخست سال ۲۰۲۴ رشد کند بود و در نیمه دوم امسال بهتر شد.",
    "از سال ۲۰۱۰ تا ۲۰۱۵ و در دهه ۱۹۹۰ میلادی چنین نبود.",
    "وزیر دیروز (سه‌شنبه) گفت که فردا و پس‌فردا مذاکره می‌کند.",
    "در سه سال گذشته و هفته آینده و دو روز پیش خبری نبود.",
    "در ماه حوت و در اوایل ژانویه، پنجشنبه شب هفته گذشته دیدار کردند.",
    "در بیست و یکم آذرماه و سی‌ام ربیع‌الاول و در اردیبهشت و اسفندماه دیدار کردند.",
    "مذاکرات در ماه مه و در اواخر جمادی‌الاولی و یکشنبه آینده ادامه می‌یابد.",
]
PUBLISHED = dt.date(2025, 11, 28)


@pytest.mark.parametrize("text", SENTENCES)
def test_needs_hold_wherever_a_rule_matches(text):
    folded = cal.fold(text)
    ctx = dates._Context(text, folded, PUBLISHED, cal.GREGORIAN)
    accepted = 0
    for pattern, handler in dates.RULES:
        if any(handler(m, ctx) for m in pattern.finditer(folded)):
            accepted += 1
            missing = dates.RULE_NEEDS[handler] - dates.needs_met(folded)
            assert not missing, (handler.__name__, missing)
    assert accepted  # each sentence exercises some rule


def test_an_ambiguous_month_alone_runs_no_month_rule():
    """«می» (a verb prefix) and «مه» (fog) are month names, but with no day number, «ماه» or year
    they yield nothing: the month-only rule is not even run."""
    folded = cal.fold("مه غلیظ بود و رهبران گفت‌وگو می کنند.")
    assert not {"strong month", "day"} & dates.needs_met(folded)
    assert dates.find_dates("مه غلیظ بود و رهبران گفت‌وگو می کنند.", PUBLISHED) == []


def test_every_rule_has_needs():
    assert {handler for _, handler in dates.RULES} == set(dates.RULE_NEEDS)
    assert all(needs <= set(dates.NEEDS) for needs in dates.RULE_NEEDS.values())


@pytest.mark.parametrize("text", SENTENCES + ["سه‌شنبه", "امسال", "۱۴۰۴", "بیست و یکم آذرماه"])
def test_one_scan_finds_what_separate_searches_find(text):
    """Need words overlap («امسال» holds «سال», «مهر» starts with «مه»): the one-pass scan must
    still report every need a plain substring search would."""
    folded = cal.fold(text)
    expected = {name for name, words in dates.NEEDS.items() if any(w in folded for w in words)}
    assert dates.needs_met(folded) == expected


def test_a_sentence_without_the_needs_skips_month_rules_but_keeps_digits():
    rows = dates.find_dates("در سال ۲۰۲۴ توافق شد.", None)
    assert [m.surface for m in rows] == ["سال ۲۰۲۴"]
