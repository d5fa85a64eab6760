"""The words a pattern cannot match without (helpers.dates.literals), read off the pattern: on
patterns written here, and on the date rules, where the skip they drive may never change a result."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from helpers.dates import calendars as cal
from helpers.dates import find_dates, rules
from helpers.dates.literals import WordScan, best_words, of_marks, required_words, trie_pattern, worth_scanning


@pytest.mark.parametrize(
    "pattern, needs",
    [
        ("abc", [{"abc"}]),
        ("ab|cd", [{"ab", "cd"}]),
        ("(?:x|y)z", [{"x", "y"}, {"z"}]),
        ("a?bc", [{"bc"}]),
        ("a*b+c", [{"bc"}]),  # the last «b» of a run stands right before «c»
        ("a{3}b", [{"aaab"}]),
        ("[0-2]{4}", [{"0", "1", "2"}]),
        ("(?<!\\w)word(?!\\w)", [{"word"}]),
        ("(?P<n>ab)c(?P=n)", [{"abc"}]),
        ("\\u0627\\.b", [{"ا.b"}]),
        ("x[ \u200c]?y", [{"x"}, {"y"}]),  # an optional separator splits a word
        ("long|l", [{"l"}]),  # «long» holds «l»: finding «l» is enough
        ("ab|.", []),  # a branch that needs nothing: the whole needs nothing
        ("[^a]b", [{"b"}]),
        ("\\w+", []),
    ],
)
def test_required_words(pattern, needs):
    assert [set(n) for n in required_words(pattern)] == needs


def test_every_match_holds_a_required_word():
    """The property itself, on strings the patterns match."""
    for pattern, text in [
        ("(?:به|با)[ \u200c]?میزبانی", "با\u200cمیزبانی"),
        ("حضور (?:داشت|یافت)|شرکت کرد", "شرکت کرد"),
        ("(?:سال ?)?[0-9]{4}", "2025"),
    ]:
        match = re.search(pattern, text)
        assert match is not None
        assert all(any(w in match.group() for w in need) for need in required_words(pattern))


def test_best_words_prefers_longer_words():
    assert best_words("(?:به|با)[ ]?میزبانی") == frozenset({"میزبانی"})
    assert best_words(".*") is None


def test_worth_scanning_skips_punctuation_and_one_letter_words():
    assert worth_scanning(frozenset({"۱", "2", "سال"}))
    assert not worth_scanning(frozenset({"-", "تا"}))
    assert not worth_scanning(frozenset({"و", "الی"}))


def test_a_need_of_marks_alone_is_told_by_its_marks():
    assert of_marks(frozenset({"-", "/", "–"}))
    assert not of_marks(frozenset({"-", "تا"}))
    assert not of_marks(frozenset({"۱", "/"}))
    assert not of_marks(frozenset({"و"}))


@pytest.mark.parametrize("text", ["سه‌شنبه", "امسال", "۱۴۰۴", "بیست و یکم آذرماه", "مهر", ""])
def test_one_scan_finds_what_separate_searches_find(text):
    """Need words overlap («امسال» holds «سال», «مهر» starts with «مه»): the one-pass scan must
    still report every need a plain substring search would."""
    scan = rules.NEED_SCAN
    folded = cal.fold_for_dates(text)
    assert scan.met(folded) == {i for i, need in enumerate(scan.needs) if any(w in folded for w in need)}


def test_a_scan_of_nothing():
    assert WordScan([]).met("متن") == frozenset()


def test_a_scan_by_runs_finds_words_inside_words_and_numbers():
    """Need words are read run by run of word characters: «سال» inside «امسال», «۱۴» inside «۱۴۰۴»,
    across a ZWNJ and punctuation; a need word holding a mark sends the scan over the whole text."""
    scan = WordScan([frozenset({"سال"}), frozenset({"۱۴"}), frozenset({"مهر"}), frozenset({"دی"})])
    assert scan.met("امسال، در ۱۴۰۴/۷/۱ و مهر‌ماه") == {0, 1, 2}
    assert scan.met("نه‌سال") == {0}
    marked = WordScan([frozenset({"آذر-دی"}), frozenset({"دی"})])
    assert marked.met("گزارش آذر-دی") == {0, 1}
    assert marked.met("گزارش آذر دی") == {1}


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
    "گزارش فصل آذر-دی و بودجه مرداد/شهریور و برنامه تیر – مرداد منتشر شد.",
]
PUBLISHED = dt.date(2025, 11, 28)


@pytest.mark.parametrize("text", SENTENCES)
def test_date_rule_needs_hold_wherever_a_rule_matches(text):
    """A rule is skipped only where its needs are unmet: then its pattern must not match at all."""
    folded = cal.fold_for_dates(text)
    met = rules.NEED_SCAN.met(folded)
    matched = 0
    for rule in rules.RULES:
        if rule.pattern.search(folded):
            matched += 1
            assert rule.needs <= met, rule.handler.__name__
            assert all(any(mark in folded for mark in need) for need in rule.marks), rule.handler.__name__
    assert matched


def test_every_date_rule_has_a_need():
    """Each rule is skipped somewhere: none runs over every sentence unasked."""
    assert all(rule.needs for rule in rules.RULES)


def test_a_date_rule_of_a_mark_is_skipped_without_it():
    """«آذر-دی» needs its dash or slash: a sentence with neither is not searched for month pairs."""
    marked = [rule for rule in rules.RULES if rule.marks]
    assert marked
    assert all(not all(any(m in "دیدار در آذر و دی" for m in need) for need in rule.marks) for rule in marked)


def test_skipping_changes_nothing():
    """The same dates with the skip and with every rule run over every sentence."""
    every = [rules.Rule(r.pattern, r.handler, frozenset()) for r in rules.RULES]
    for text in SENTENCES:
        expected = find_dates(text, PUBLISHED)
        saved = rules.RULES[:]
        try:
            rules.RULES[:] = every
            assert find_dates(text, PUBLISHED) == expected
        finally:
            rules.RULES[:] = saved


def test_trie_matches_like_a_longest_first_list():
    keys = ["رییس", "رییسجمهور", "رییسجمهوری", "جمهوری", "ناتو", "ن"]
    sep = "[ \u200c]?"
    trie = re.compile(rf"(?<!\w){trie_pattern(keys, sep)}(?!\w)")
    plain = re.compile(
        rf"(?<!\w)(?:{'|'.join(sep.join(map(re.escape, k)) for k in sorted(keys, key=len, reverse=True))})(?!\w)"
    )
    rng = random.Random(3)
    pieces = keys + [k[:-1] for k in keys] + ["", " ", "\u200c", "، ", "و "]
    samples = ["رییس جمهوری", "رییس\u200cجمهور ناتو", "ن ن"] + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(500)
    ]
    for s in samples:
        assert [m.span() for m in trie.finditer(s)] == [m.span() for m in plain.finditer(s)], repr(s)


def _counting_rules(calls: list[tuple[re.Match[str], object]]) -> list[rules.Rule]:
    """The rules with each handler wrapped to record its match and what it returned."""

    def counted(handler):
        def run(match, ctx):
            mention = handler(match, ctx)
            calls.append((match, mention))
            return mention

        return run

    return [r._replace(handler=counted(r.handler)) for r in rules.RULES]


def test_a_match_inside_a_date_found_is_not_read_again():
    """«۲۱ ژوئیه ۲۰۲۵» is one day: the month-and-year, month and year rules match inside it, and
    their handlers are not asked."""
    calls: list[tuple[re.Match[str], object]] = []
    saved = rules.RULES[:]
    try:
        rules.RULES[:] = _counting_rules(calls)
        found = find_dates("دیدار روز ۲۱ ژوئیه ۲۰۲۵ انجام شد.", PUBLISHED)
    finally:
        rules.RULES[:] = saved
    assert [m.surface for m in found] == ["روز ۲۱ ژوئیه ۲۰۲۵"]
    assert len(calls) == 1


@pytest.mark.parametrize("text", SENTENCES)
def test_a_handler_dates_within_its_match(text):
    """What the skip above relies on: every date a handler gives lies within the match it read."""
    calls: list[tuple[re.Match[str], object]] = []
    saved = rules.RULES[:]
    try:
        rules.RULES[:] = _counting_rules(calls)
        find_dates(text, PUBLISHED)
    finally:
        rules.RULES[:] = saved
    assert calls
    for match, mention in calls:
        if mention is not None:
            assert match.start() <= mention.offset < mention.limit <= match.end()
