"""One date found in a sentence, the context the date rules read, and the small conversions they
share (a day or month placed nearest the publication date, a year's plausibility)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from helpers.contracts import Calendar, Precision
from helpers.dates import calendars as cal
from helpers.dates.patterns import OSP, PART_NOUNS, RELATIVE_YEARS


@dataclass(frozen=True)
class DateMention:
    """One date or period found in a string; `offset`/`limit` are its character span."""

    surface: str
    start: dt.date | None
    end: dt.date | None
    calendar: Calendar
    precision: Precision
    offset: int
    limit: int
    relative: bool = False  # resolved against the publication date rather than read off the text
    named_calendar: bool = True  # the text itself shows the calendar (a month name, a year, a marker)
    refers_to: str | None = None


@dataclass(frozen=True)
class Context:
    text: str  # as given: surfaces are cut from it
    folded: str  # same length, Arabic letter forms unified: rules match on it
    published: dt.date | None
    calendar: Calendar  # calendar for relative phrases


Bounds = tuple[dt.date | None, dt.date | None]


def resolve(compute: Callable[[], Bounds]) -> Bounds | None:
    """Bounds from a conversion: None if the day does not exist («۳۰ اسفند» in a common year);
    unknown (None, None) for a real Hijri date outside the conversion table, which is kept."""
    try:
        return compute()
    except cal.OutsideTable:
        return None, None
    except ValueError:
        return None


def plausible_year(calendar: Calendar, year: int, marked: bool) -> bool:
    """Whether a year written after a month name can belong to that month's calendar."""
    if calendar == Calendar.GREGORIAN:
        return 1 <= year <= 2199 if marked else 1000 <= year <= 2199
    return 1 <= year <= 1600


def nearest_day(calendar: Calendar, month: int, day: int, published: dt.date) -> dt.date | None:
    """The (month, day) of `calendar` nearest `published`, trying its year and the two around it."""
    year = cal.from_gregorian(calendar, published)[0]
    options = []
    for candidate in (year - 1, year, year + 1):
        try:
            options.append(cal.to_gregorian(calendar, candidate, month, day))
        except ValueError:  # 30 Esfand or 29 February outside leap years
            continue
    return min(options, key=lambda d: (abs((d - published).days), d)) if options else None


def nearest_month(calendar: Calendar, month: int, published: dt.date) -> tuple[dt.date, dt.date]:
    """Bounds of the `month` of `calendar` nearest `published` (zero distance if it contains it)."""
    year = cal.from_gregorian(calendar, published)[0]

    def distance(bounds: tuple[dt.date, dt.date]) -> tuple[int, dt.date]:
        first, last = bounds
        gap = 0 if first <= published <= last else min(abs((first - published).days), abs((last - published).days))
        return gap, first

    return min((cal.month_bounds(calendar, y, month) for y in (year - 1, year, year + 1)), key=distance)


def near_publication(calendar: Calendar, year: int, published: dt.date | None) -> bool:
    """Whether a bare year sits where news usually points: 50 years back to 30 ahead."""
    if published is None:
        return (1900 <= year <= 2100) if calendar == Calendar.GREGORIAN else (1300 <= year <= 1450)
    now = cal.from_gregorian(calendar, published)[0]
    return now - 50 <= year <= now + 30


@functools.cache
def _ending_with(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=[\s\u200c(«]))(?:{pattern}){OSP}$")


def words_before(ctx: Context, index: int, pattern: str) -> re.Match[str] | None:
    """Match `pattern` as the word(s) right before `index` (looking back a few words only)."""
    return _ending_with(pattern).search(ctx.folded, max(0, index - 40), index)


_PART_BEFORE = rf"(?:{PART_NOUNS})(?:\u200c?ی)?"
"""A part noun, maybe with its ezafe («هفته‌ی دوم»)."""


def counts_a_part(m: re.Match[str], ctx: Context) -> bool:
    """«نیمه دوم ماه جاری», «هفته اول اکتبر»: an ordinal word after a part noun (PART_NOUNS) numbers the
    part, so it is no day of the month."""
    return not cal.canonical(m["day"])[:1].isdecimal() and words_before(ctx, m.start(), _PART_BEFORE) is not None


def between(ctx: Context, index: int) -> bool:
    """Whether «بین»/«میان» comes right before `index`: «بین X و Y» is a span from X to Y, where «X و Y»
    alone names two days («۱۰ و ۱۵ آذر»)."""
    return words_before(ctx, index, "بین|میان") is not None


def make_mention(
    ctx: Context,
    offset: int,
    limit: int,
    bounds: tuple[dt.date | None, dt.date | None],
    calendar: Calendar,
    precision: Precision,
    relative: bool = False,
    named_calendar: bool = True,
) -> DateMention:
    return DateMention(
        ctx.text[offset:limit], bounds[0], bounds[1], calendar, precision, offset, limit, relative, named_calendar
    )


def relative_year(m: re.Match[str], ctx: Context, calendar: Calendar) -> int | None:
    """The year of `calendar` that «امسال», «سال گذشته» … names, counted from publication."""
    if ctx.published is None:
        return None
    return cal.from_gregorian(calendar, ctx.published)[0] + RELATIVE_YEARS[cal.canonical(m["rel"])]
