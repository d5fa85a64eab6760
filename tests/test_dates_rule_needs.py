"""The cheap pre-searches in helpers.extract.dates (RULE_NEEDS) may only skip a rule that cannot
match: wherever a rule matches, every one of its needs must be present in the sentence."""

from __future__ import annotations

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
]


@pytest.mark.parametrize("text", SENTENCES)
def test_needs_hold_wherever_a_rule_matches(text):
    folded = cal.fold(text)
    matched = 0
    for pattern, handler in dates.RULES:
        if pattern.search(folded):
            matched += 1
            missing = [need.pattern for need in dates.RULE_NEEDS[handler] if not need.search(folded)]
            assert not missing, (handler.__name__, missing)
    assert matched  # each sentence exercises some rule


def test_every_rule_has_needs():
    assert {handler for _, handler in dates.RULES} == set(dates.RULE_NEEDS)


def test_a_sentence_without_the_needs_skips_month_rules_but_keeps_digits():
    rows = dates.find_dates("در سال ۲۰۲۴ توافق شد.", None)
    assert [m.surface for m in rows] == ["سال ۲۰۲۴"]
