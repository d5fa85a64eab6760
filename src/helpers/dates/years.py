"""Rules for dates that are years: ranges of years, decades and bare years, with the readings that make a
number a year (a list «سال» opened, a year in brackets, a year-taking noun or preposition) or not (a count,
a plan's name, a resolution's year). Each takes a match of its pattern (helpers.dates.rules) and returns
the date, or None when the match is a look-alike."""

from __future__ import annotations

import datetime as dt
import re

from helpers.contracts import Calendar, Precision
from helpers.dates import calendars as cal
from helpers.dates.calendars import GAP
from helpers.dates.mention import Context, DateMention, make_mention, near_publication, resolve, words_before
from helpers.dates.patterns import (
    COMPARATIVES,
    COUNT_FOLLOWS,
    DIGIT,
    OSP,
    PLAN_NOUNS,
    SP,
    TIME_PREPS,
    VISION_NOUNS,
    YEAR_NOUNS,
)


def solar_year(short: int) -> int:
    """A solar year written with two digits: 40–99 → 1340–1399, 00–39 → 1400–1439."""
    return (1300 if short >= 40 else 1400) + short


def year_range(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«۲۰۳۰ - ۲۰۲۹», «۲۰۲۹-۳۰», «از ۲۰۲۶ تا ۲۰۳۰», «بین سال‌های ۱۳۹۰ و ۱۴۰۰». «و» joins a span only after
    «بین/میان»; otherwise it lists years, each a row of its own, next to each other or not («سال ۲۰۲۴ و ۲۰۲۵»:
    bare_year reads each, the second as an item of the list «سال» opened), as the dev set annotates them."""
    first = int(m["y1"])
    second = int(m["y2"])
    hyphen = m["sep"].strip(" \u200c") in "-–—"
    if len(m["y2"]) == 2:  # season style «۱۴۰۳-۰۴»
        if not hyphen or second != (first + 1) % 100:
            return None
        second = first + 1
    if m["sep"].strip(" \u200c").startswith("و") and m["from"] not in ("بین", "میان"):
        return None
    marker = cal.marker_calendar(m["mark1"]) or cal.marker_calendar(m["mark"])
    calendar = marker or cal.year_calendar(first)
    if calendar is None or (marker is None and cal.year_calendar(second) != calendar):
        return None
    low, high = sorted((first, second))
    explicit = bool(m["cue"] or m["from"] or marker)
    if not explicit and COUNT_FOLLOWS.match(ctx.folded, m.end()):
        return None
    if not 0 < high - low <= (100 if explicit else 50):
        return None
    bounds = resolve(lambda: (cal.year_bounds(calendar, low)[0], cal.year_bounds(calendar, high)[1]))
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.RANGE)


def decade(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«دهه ۱۹۹۰», «دهه ۱۳۶۰», «دهه ۱۹۹۰ میلادی»: the ten years starting at a round year. A decade written
    with two digits is that decade of the last full century only where a calendar is named («دهه ۷۰
    میلادی»: the 1970s, «دهه ۶۰ شمسی»: the 1360s, as the gold reads them); alone («دهه ۹۰») it names
    neither calendar nor century, so no ten years (the dev-set README, batches 40 and 41)."""
    written, marker = m["year"] or m["yy"], cal.marker_calendar(m["mark"])
    short = len(written) == 2
    if short and marker not in (Calendar.GREGORIAN, Calendar.JALALI):
        return None
    year = int(written) + (0 if not short else 1900 if marker == Calendar.GREGORIAN else 1300)
    calendar = marker or cal.year_calendar(year)
    if calendar is None or year % 10:
        return None
    bounds = resolve(lambda: (cal.year_bounds(calendar, year)[0], cal.year_bounds(calendar, year + 9)[1]))
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.RANGE)


_YEAR_LIST_START = re.compile(rf"سال(?:{GAP}?های?)?{SP}(?P<first>{DIGIT}{{4}})")
_LIST_SEPARATOR = re.compile(r"(?:[،,]|(?<![\w\u200c])و)[\s\u200c]*$")
_YEARS_AFTER_IN = re.compile(
    rf"(?<![\w\u200c])در{SP}(?P<first>{DIGIT}{{4}})(?:{OSP}[،,]{OSP}{DIGIT}{{4}})*{OSP}(?:[،,]|(?<![\w\u200c])و){OSP}$"
)
"""«در ۲۰۱۸، ۲۰۱۹ و ۲۰۲۰»: years listed straight after a «در» that took the first as a date."""


def _listed_or_bracketed(m: re.Match[str], ctx: Context, calendar: Calendar) -> bool:
    """«در سال ۱۹۹۸ (…)، ۱۹۹۹ (…) و ۲۰۰۴», «در ۲۰۱۸ و ۲۰۱۹»: a year further down a list that «سال» (or
    «در» and a year near publication) opened; «انقلاب (۱۳۵۷)», «سال ۱۳۴۱ (۱۹۶۲)»: a year alone in brackets,
    within the usual band of its calendar."""
    before = ctx.folded[max(0, m.start() - 160) : m.start()]
    year = int(m["year"])
    after_in = _YEARS_AFTER_IN.search(before)
    if after_in and not near_publication(calendar, int(after_in["first"]), ctx.published):
        after_in = None
    if _LIST_SEPARATOR.search(before) and (opener := _YEAR_LIST_START.search(before) or after_in):
        first = int(opener["first"])  # a list of years stays in one calendar and one century or so
        return cal.year_calendar(first) == calendar and abs(year - first) <= 100
    bracketed = before.rstrip(" \u200c").endswith("(") and ctx.folded[m.end() :].lstrip(" \u200c").startswith(")")
    return bracketed and near_publication(calendar, year, None) and not _numbers_a_thing(before, calendar, year)


_NUMBER_BEFORE_BRACKET = re.compile(rf"(?<!{DIGIT})(?P<number>{DIGIT}+)[\s\u200c]*\([\s\u200c]*$")


def _numbers_a_thing(before: str, calendar: Calendar, year: int) -> bool:
    """«قطعنامه ۲۲۳۱ (۲۰۱۵)», «تصمیم شماره ۱۳۲۵ (۲۰۰۰)»: a year in brackets after a number that is not
    that same year in another calendar is the year of whatever the number names (a resolution's), part
    of its name; after the same year («سال ۱۳۴۱ (۱۹۶۲)», «انقلاب ۱۳۵۷ (۱۹۷۹)») it restates a date."""
    if (m := _NUMBER_BEFORE_BRACKET.search(before)) is None:
        return False
    number = int(m["number"])
    if (other := cal.year_calendar(number)) is None:
        return True
    first, last = cal.year_bounds(other, number)
    start, end = cal.year_bounds(calendar, year)
    return last < start or end < first


_LAST_WORDS = re.compile(r"(?:(?P<two>[^\W\d_]+)[\s\u200c]+)?(?P<one>[^\W\d_]+)[\s\u200c]*$")
"""The one or two words that end a text, for the name of a place that may stand before a year."""


def _after_a_place(ctx: Context, offset: int) -> bool:
    """«افغانستان ۲۰۱۳، دیگر افغانستان ۲۰۰۱ نیست», «(بنگله دیش ۲۰۱۰، پاکستان ۲۰۱۱، …)»: a year right after the name
    of a state or city (helpers.text.places.place_names) is the year of that place; not inside a meeting's name
    («اجلاس سران کوالالامپور ۲۰۱۹», «کنفرانس ژنیوا برای افغانستان ۲۰۲۰»: a meeting word among the three words before
    the place, organizations.MEETING_CONTEXT), which is no date (the dev-set README, session 9)."""
    # imported here: helpers.text.gazetteer imports the dates package (dates.literals), so at module level
    # the two would import each other (tests/test_imports.py)
    from helpers.text import gazetteer as gz
    from helpers.text import organizations, places

    before = ctx.folded[max(0, offset - 80) : offset]
    words = _LAST_WORDS.search(before)
    if words is None:
        return False
    for group in ("two", "one"):
        if words[group] and gz.key(before[words.start(group) :]) in places.place_names():
            return not organizations.MEETING_CONTEXT.search(gz.fold(before[: words.start(group)]))
    return False


_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright|کپی[\s\u200c]?رایت)[\s/|:]*(?:[^\W\d_][\w.\-]*[\s/|،,]*){0,3}$", re.IGNORECASE
)
"""«© AFP 2023», «© خبرگزاری نمونه ۱۴۰۳», «Copyright 2024», «کپی‌رایت: ۱۴۰۲»: the year of a copyright notice (a
photo credit's, a page's footer), after the sign and at most three words of the holder's name."""


def bare_year(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«سال ۲۰۲۵», «۱۴۴۶ ه.ق», «بودجه ۱۴۰۵», «در ۱۴۰۴», «سال ۹۲»: see the module rules for bare numbers."""
    if m["yy"] or (len(m["year"]) == 2 and cal.marker_calendar(m["mark"]) != Calendar.HIJRI):
        return _two_digit_year(m, ctx)
    year = int(m["year"])
    marker = cal.marker_calendar(m["mark"])
    calendar = marker or cal.year_calendar(year)
    if calendar is None:
        return None
    if not m["cue"] and (COUNT_FOLLOWS.match(ctx.folded, m.end()) or words_before(ctx, m.start(), PLAN_NOUNS)):
        return None
    if m["cue"] and words_before(ctx, m.start(), VISION_NOUNS):  # «چشم‌انداز سال ۲۰۴۰»: a title's target
        return None
    copyright_year = _COPYRIGHT.search(ctx.folded, max(0, m.start() - 40), m.start()) is not None
    if not (
        m["cue"]
        or marker
        or copyright_year
        or words_before(ctx, m.start(), YEAR_NOUNS)
        or _listed_or_bracketed(m, ctx, calendar)
    ):
        preposition = words_before(ctx, m.start(), TIME_PREPS)  # «کنفرانس ۲۰۲۰ …»: a meeting's name, no row
        placed = preposition is not None or _after_a_place(ctx, m.start())
        if not placed or year % 100 == 0 or not near_publication(calendar, year, ctx.published):
            return None
        if words_before(ctx, m.start(), rf"(?:{COMPARATIVES}){SP}(?:{TIME_PREPS})"):  # «بیش از ۲۰۲۰»
            return None
    bounds = resolve(lambda: cal.year_bounds(calendar, year))
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.YEAR)


SHORT_YEAR_AFTER = (
    r"(?:(?<=سال[\s\u200c])|(?<=ها[\s\u200c])|(?<=های[\s\u200c])|(?<=[،,])|(?<=[،,][\s\u200c])|(?<=\sو[\s\u200c]))"
)
"""Where a two-digit year may stand: after «سال» or its plural («سال‌های ۷۰، ۸۰ و ۹۰»), or as a later item of
a list (after a comma or «و»); _two_digit_year says which of these is a year."""
_SHORT_LIST_ITEM = rf"{DIGIT}{{2}}(?!{DIGIT})"
_SHORT_YEARS_OPENED = re.compile(
    rf"(?<![\w\u200c])سال(?:{GAP}?های?)?{SP}{_SHORT_LIST_ITEM}(?:{OSP}[،,]{OSP}{_SHORT_LIST_ITEM})*{OSP}(?:[،,]|(?<![\w\u200c])و){OSP}$"
)
"""«سال‌های ۷۰، ۸۰، ۸۵ و »: a list of two-digit years opened by «سال» or «سال‌های», up to the next item."""
_MORE_SHORT_YEARS = re.compile(rf"{OSP}(?:[،,]|و(?![\w\u200c])){OSP}{_SHORT_LIST_ITEM}")
"""«… ۷۰، ۸۰» or «… ۷۰ و ۸۰»: another two-digit item after the first."""


def _opens_or_continues_a_list(m: re.Match[str], ctx: Context) -> bool:
    """Whether a two-digit number is a year by its place: after «سال» («سال ۹۲»); after «سال‌های» when a list
    of such numbers follows («سال‌های ۷۰، ۸۰ و ۹۰»: alone, «سال‌های ۶۰» is a decade, the sixties, no year); or
    as a later item of a list that «سال/سال‌های» opened with a two-digit year."""
    cue = cal.canonical(m["cue"] or "")
    if cue == "سال":
        return True
    if cue:
        return cue in ("سالها", "سالهای") and _MORE_SHORT_YEARS.match(ctx.folded, m.end()) is not None
    return _SHORT_YEARS_OPENED.search(ctx.folded[max(0, m.start() - 80) : m.start()]) is not None


def _two_digit_year(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«سال ۹۲», «سال ۹۲ میلادی», «سال‌های ۷۰، ۸۰ و ۹۰»: a year written with two digits after «سال» or in a
    list it opened (_opens_or_continues_a_list), in the calendar its marker names or else the article's (the
    text does not name it, so the article's calendar is the frame, as for relative phrases): 40–99 in the last
    century, 00–39 in this one, not past the year after publication (or 2030 / 1410). A lunar year is left as
    written (bare_year)."""
    marker = cal.marker_calendar(m["mark"])
    calendar = marker or ctx.calendar
    if not _opens_or_continues_a_list(m, ctx):
        return None
    short = int(m["yy"] or m["year"])
    year = solar_year(short) if calendar == Calendar.JALALI else (1900 if short >= 40 else 2000) + short
    latest = (
        year_now + 1
        if (year_now := _year_of(ctx.published, calendar))
        else 1410
        if calendar == Calendar.JALALI
        else 2030
    )
    if year > latest:
        return None
    bounds = resolve(lambda: cal.year_bounds(calendar, year))
    if bounds is None:
        return None
    return make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.YEAR, named_calendar=marker is not None)


def _year_of(day: dt.date | None, calendar: Calendar) -> int | None:
    return cal.from_gregorian(calendar, day)[0] if day else None
