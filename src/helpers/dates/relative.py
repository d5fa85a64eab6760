"""Rules for dates counted from the publication day: a month of a relative year or of the current month,
relative periods («پنج سال آینده», «هفته گذشته»), «امروز»/«دیروز»/«امسال», and weekdays."""

from __future__ import annotations

import datetime as dt
import math
import re

from helpers.contracts import Calendar, Precision
from helpers.dates import calendars as cal
from helpers.dates import words
from helpers.dates.calendars import GAP
from helpers.dates.mention import (
    Bounds,
    Context,
    DateMention,
    counts_a_part,
    make_mention,
    nearest_day,
    nearest_month,
    relative_year,
    resolve,
    words_before,
)
from helpers.dates.patterns import COMPARATIVES, DIGIT, MONTH_WORD, OSP, SP, read_month
from helpers.text.verbs import PAST, first_verb


def in_relative_year(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«آذر امسال», «۱۵ ژانویه سال گذشته», «۱۲ و ۱۳ سنبله سال روان», «۲ تا ۴ آذر ماه جاری»: a month, day or
    span of days of a year (or month) named relative to publication, in the month's own calendar. «و»
    joins two days in a row only, as for a written year (helpers.dates.absolute.day_month)."""
    one = _in_relative_year(m, ctx)
    if one is None or not m["day1"]:
        return one
    first, last = words.number_value(m["day1"]), words.number_value(m["day"])
    if first is None or last is None or not 0 < last - first <= 30 or (m["join"] == "و" and last != first + 1):
        return None
    start = one.start - dt.timedelta(days=last - first) if one.start else None
    return make_mention(ctx, m.start(), m.end(), (start, one.end), one.calendar, Precision.RANGE, True)


def _in_relative_year(m: re.Match[str], ctx: Context) -> DateMention | None:
    month_read = read_month(m)
    if month_read is None:
        return None
    calendar, month = month_read
    if words_before(ctx, m.start(), "به"):  # «به میزان امسال»: an amount
        return None
    if m["now"]:
        return _in_this_month(m, ctx, calendar, month)
    if m["mdir"]:
        return _month_with_direction(m, ctx, calendar, month)
    year = relative_year(m, ctx, calendar)
    precision = Precision.DAY if m["day"] else Precision.MONTH
    if year is None:
        return make_mention(ctx, m.start(), m.end(), (None, None), calendar, precision, True)
    day = words.number_value(m["day"]) if m["day"] else None
    bounds = resolve(
        lambda: (cal.to_gregorian(calendar, year, month, day),) * 2 if day else cal.month_bounds(calendar, year, month)
    )
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, precision, True)


THIS_MONTH = (
    rf"(?:این|همین){SP}ماه|ماه{SP}(?:{words.directions('current')})|(?<=ماه[\s\u200c])(?:{words.directions('current')})"
)
"""«این ماه», «همین ماه», «ماه جاری/روان» after a day and month, or «جاری/روان» after the month's own «ماه»
(«۱۱ مهرماه جاری»): the month restated as the current one."""


def _in_this_month(m: re.Match[str], ctx: Context, calendar: Calendar, month: int) -> DateMention | None:
    """«۱۹ دسامبر این ماه», «۲۸ عقرب ماه روان»: a day (or the month) said to fall in the current month, one
    date; the month's nearest such day to publication (its own year when it is the current month)."""
    precision = Precision.DAY if m["day"] else Precision.MONTH
    if ctx.published is None:
        return make_mention(ctx, m.start(), m.end(), (None, None), calendar, precision, True)
    if not m["day"]:
        bounds: Bounds | None = nearest_month(calendar, month, ctx.published)
    else:
        day = nearest_day(calendar, month, words.number_value(m["day"]) or 0, ctx.published)
        bounds = None if day is None else (day, day)
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, precision, True)


MONTH_DIRECTION = words.directions("past", "future")
"""A direction right after a month name: «ژوئن گذشته» (last June), «مارس آینده» (next March)."""


def _month_with_direction(m: re.Match[str], ctx: Context, calendar: Calendar, month: int) -> DateMention | None:
    """«ژوئن گذشته», «۱۵ مارس آینده», «ماه مه گذشته»: the last such month (or day) before publication, or the
    next one after it. A month name that is also a word («آذر», «مهر») needs a day or «ماه» beside it."""
    if cal.canonical(m["month"]) in words.AMBIGUOUS_MONTHS and not (m["day"] or m["cue"] or m["msuf"]):
        return None
    precision = Precision.DAY if m["day"] else Precision.MONTH
    if ctx.published is None:
        return make_mention(ctx, m.start(), m.end(), (None, None), calendar, precision, True)
    year, current_month, current_day = cal.from_gregorian(calendar, ctx.published)
    day = words.number_value(m["day"]) if m["day"] else None
    named, current = ((month, day), (current_month, current_day)) if day else ((month, 0), (current_month, 0))
    if words.STEPS[words.DIRECTION_KINDS[cal.canonical(m["mdir"])]] < 0:
        year -= named >= current  # not yet this year (or this very month): last year's
    else:
        year += named <= current  # already this year (or this very month): next year's
    bounds = resolve(
        lambda: (cal.to_gregorian(calendar, year, month, day),) * 2 if day else cal.month_bounds(calendar, year, month)
    )
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, precision, True)


UNIT_MONTHS = {"سال": 12, "دهه": 120, "قرن": 1200, "ماه": 1}
UNIT_DAYS = {"روز": 1, "هفته": 7, "ساعت": 1 / 24}
UNIT_NAMES_A_UNIT = {"سال", "ماه", "هفته", "روز"}
"""Units whose singular with no number names a calendar unit («سال آینده» = next year); «دهه
گذشته» and «ساعت گذشته» instead mean the last ten years, the last hour."""


def _calendar_unit(
    unit: str, steps: int, ctx: Context, calendar: Calendar
) -> tuple[tuple[dt.date, dt.date], Precision]:
    """Bounds and precision of the calendar unit `steps` units from publication (0 = current)."""
    published = ctx.published
    assert published is not None
    if unit == "روز":
        day = published + dt.timedelta(days=steps)
        return (day, day), Precision.DAY
    if unit == "هفته":
        return cal.week_bounds(published + dt.timedelta(weeks=steps)), Precision.RANGE
    year, month, _ = cal.from_gregorian(calendar, published)
    if unit == "ماه":
        return cal.month_bounds(calendar, *cal.shift_months(year, month, steps)), Precision.MONTH
    return cal.year_bounds(calendar, year + steps * UNIT_MONTHS[unit] // 12), Precision.YEAR


def _span(unit: str, count: int, ctx: Context, calendar: Calendar, forward: bool) -> tuple[dt.date, dt.date]:
    """[published, published + count units] or [published − count units, published]."""
    published = ctx.published
    assert published is not None
    sign = 1 if forward else -1
    if unit in UNIT_DAYS:  # «۲۴ ساعت گذشته» reaches back into the day before
        other = published + sign * dt.timedelta(days=math.ceil(count * UNIT_DAYS[unit]))
    else:
        other = cal.add_months(calendar, published, sign * count * UNIT_MONTHS[unit])
    return (published, other) if forward else (other, published)


def relative_period(m: re.Match[str], ctx: Context) -> DateMention | None:
    """The grammar of relative periods, (count) × unit × direction (helpers.dates.words.DIRECTIONS):
    «پنج سال آینده», «سال گذشته», «دو سال پیش», «هفته آینده», «سه ماه اخیر», «ماه جاری», «دو روز دیگر»,
    and a weekday with a direction («دوشنبه آینده», «جمعه قبل», «شنبه هفته گذشته»: relative_weekday)."""
    kind = words.DIRECTION_KINDS[cal.canonical(m["dir"])]
    if kind == "ago" and re.match(rf"{SP}از(?![\w\u200c])", ctx.folded[m.end() :]):
        return None  # «دو سال پیش از انقلاب», «شنبه پیش از نشست» count from another event
    if m["wd"]:
        return relative_weekday(m, ctx, kind)
    unit = m["unit"]
    count = words.number_value(m["n"]) if m["n"] else None
    if count is None and (m["plural"] or _counted_vaguely(ctx, m.start())):
        return None  # «سال‌های اخیر», «چند روز آینده» have no length; «۱۴۰۰ سال پیش» is too long a count
    if kind == "ago" and count is not None and words_before(ctx, m.start(), SINCE):
        kind = "recent"  # «از ۹ ماه قبل»: since nine months ago, a span up to publication
    if (kind == "current" and count is not None) or (kind == "later" and count is None):
        return None
    if kind == "later" and _MORE.match(ctx.folded, m.end()):
        return None  # «یک سال دیگر نیز»: one more year too, a length of time added
    if kind == "later" and words_before(ctx, m.start(), WITHIN):
        kind = "future"  # «تا دو روز دیگر», «برای یک دهه دیگر»: within or for that many units from now, a span
    if unit == "روز" and count is None and cal.canonical(m["dir"]) == "بعد":
        return None  # «روز بعد»: the day after the story's day («فردا» is the day after publication)
    mark = m["mark"] or m["mark0"]  # «سال میلادی جاری», «ماه گذشته میلادی»
    named = bool(mark)
    calendar = cal.marker_calendar(mark) or ctx.calendar
    if ctx.published is None:
        return make_mention(ctx, m.start(), m.end(), (None, None), calendar, Precision.RANGE, True, named)
    steps = (count or 1) * words.STEPS[kind]
    if kind == "recent" or (kind in ("future", "past") and (count is not None or unit not in UNIT_NAMES_A_UNIT)):
        bounds, precision = _span(unit, abs(steps), ctx, calendar, steps > 0), Precision.RANGE
    elif unit == "ساعت":  # «سه ساعت پیش»: the day it falls on
        bounds, precision = _calendar_unit("روز", int(steps / 24), ctx, calendar)
    elif unit in ("دهه", "قرن"):  # «دو دهه پیش»: the year it points at
        bounds, precision = _calendar_unit("سال", steps * UNIT_MONTHS[unit] // 12, ctx, calendar)
    else:
        bounds, precision = _calendar_unit(unit, steps, ctx, calendar)
    return make_mention(ctx, m.start(), m.end(), bounds, calendar, precision, True, named)


_MORE = re.compile(rf"{SP}(?:نیز|هم)(?![\w\u200c])")
"""«… دیگر نیز/هم»: one more of the units, a length of time added, not a day ahead."""
SINCE = rf"از(?:{SP}(?:{COMPARATIVES})(?:{SP}به)?)?"
"""«از», maybe with an approximation («از حدود», «از نزدیک به»), before a count of units back: since then."""
WITHIN = "تا|برای"
"""«تا», «برای» before a count of units ahead («تا دو روز دیگر», «برای یک سال دیگر»): the units from now on, a span
from the publication day, as «از» before a count back is one up to it (the dev-set gold reads both so)."""


def _counted_vaguely(ctx: Context, index: int) -> bool:
    """«چند روز گذشته», «۱۴۰۰ سال پیش»: a count with no length, or a number too long to count from; not the
    «چند» of the conjunction «هر چند» (although), after which «روز گذشته» is yesterday."""
    return bool(words_before(ctx, index, f"{DIGIT}+|چند|چندین")) and not words_before(ctx, index, f"هر{SP}چند")


WEEKDAY_DIRECTIONS = ("future", "past", "ago")
"""The directions a weekday takes by itself («دوشنبه آینده/بعد», «جمعه گذشته/قبل/پیش»); with «هفته»
between them the week's own («دوشنبه هفته جاری/روان») as well."""


def relative_weekday(m: re.Match[str], ctx: Context, kind: str) -> DateMention | None:
    """«دوشنبه آینده», «جمعه قبل», «شنبه هفته گذشته», «سه‌شنبه هفته روان»: the weekday after or before
    publication, or that day of the week after, before or of publication."""
    if kind not in WEEKDAY_DIRECTIONS and not (m["week"] and kind == "current"):
        return None
    if words_before(ctx, m.start(), WORSHIP_NOUNS):
        return None
    if ctx.published is None:
        return make_mention(ctx, m.start(), m.end(), (None, None), ctx.calendar, Precision.DAY, True, False)
    target, published = words.WEEKDAYS[cal.canonical(m["wd"])], ctx.published
    if m["week"]:
        saturday = cal.week_bounds(published)[0] + dt.timedelta(weeks=words.STEPS[kind])
        day = saturday + dt.timedelta(days=(target - 5) % 7)
    else:
        ahead = (target - published.weekday()) % 7  # 0..6 days to the next such weekday
        day = (
            published + dt.timedelta(days=ahead or 7)
            if kind == "future"
            else published - dt.timedelta(days=(7 - ahead) % 7 or 7)
        )
    return make_mention(ctx, m.start(), m.end(), (day, day), ctx.calendar, Precision.DAY, True, False)


def day_of_month(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«۱۵ ماه جاری», «شانزدهم ماه روان خورشیدی», «بیستم ماه گذشته», «روز دوشنبه نهم ماه روان میلادی»: a
    day of the month of publication (or the one before or after), in the calendar a marker names, else
    the article's. A day number before «ماه گذشته/آینده» counts months instead («۶ ماه گذشته» is the last
    six months: relative_period), so only an ordinal («بیستم», «۲۰ام») is a day there. A span of days
    («بیست و پنج تا بیست و هفتم ماه جاری میلادی») is one range."""
    kind = words.DIRECTION_KINDS[cal.canonical(m["dir"])]
    if (kind != "current" and cal.canonical(m["day"]).isdecimal()) or counts_a_part(m, ctx):
        return None
    named = cal.marker_calendar(m["mark"]) or (_named_current(ctx) if kind == "current" else None)
    calendar = named or ctx.calendar
    last = words.number_value(m["day"]) or 0
    first = words.number_value(m["day1"]) or 0 if m["day1"] else last
    precision = Precision.DAY if first == last else Precision.RANGE
    if first > last:
        return None
    if ctx.published is None:
        return make_mention(ctx, m.start(), m.end(), (None, None), calendar, precision, True, bool(named))
    year, month, _ = cal.from_gregorian(calendar, ctx.published)
    year, month = cal.shift_months(year, month, words.STEPS[kind])
    bounds = resolve(
        lambda: (cal.to_gregorian(calendar, year, month, first), cal.to_gregorian(calendar, year, month, last))
    )
    if bounds is None:
        return None
    return make_mention(ctx, m.start(), m.end(), bounds, calendar, precision, True, bool(named))


_MONTH_NAME = re.compile(rf"(?<![\w\u200c])(?:{MONTH_WORD})(?![\w\u200c])")


def _named_current(ctx: Context) -> Calendar | None:
    """The calendar of a month the sentence names that is the month of publication in it: «ماه جاری»
    is that month («در ماه سپتامبر … تا ۲۶ ماه جاری» on a page dated in the solar calendar counts in
    September). Only names that are no other word (words.AMBIGUOUS_MONTHS: «می» is a verb prefix), and
    only a month of another calendar than the article's changes anything. Asked only when «ماه جاری/روان»
    follows a day, so the sentence is searched rarely."""
    if ctx.published is None:
        return None
    for found in _MONTH_NAME.finditer(ctx.folded):
        key = cal.canonical(found[0])
        if key in words.AMBIGUOUS_MONTHS:
            continue
        calendar, number = words.MONTHS[key]
        if calendar != ctx.calendar and cal.from_gregorian(calendar, ctx.published)[1] == number:
            return calendar
    return None


def weekday_pair(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«شنبه و یکشنبه», «روزهای سه‌شنبه و چهارشنبه», «شنبه و یکشنبه هفته جاری»: two days running, one span
    from the first (read as a lone weekday is, or with the direction after the pair as relative_weekday
    reads it); two days apart («دوشنبه و چهارشنبه») are left to the weekday rules, one row each."""
    first, second = (words.WEEKDAYS[cal.canonical(m[g])] for g in ("wd", "wd2"))
    if (second - first) % 7 != 1:
        return None
    one = relative_weekday(m, ctx, words.DIRECTION_KINDS[cal.canonical(m["dir"])]) if m["dir"] else weekday(m, ctx)
    if one is None:
        return None
    bounds: Bounds = (None, None) if one.start is None else (one.start, one.start + dt.timedelta(days=1))
    return make_mention(ctx, m.start(), m.end(), bounds, ctx.calendar, Precision.RANGE, True, False)


def this_unit(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«این هفته», «همین هفته», «این ماه»: the week or month of publication («همین سال», «در این سال»
    point back at a year the text named, so they are not read)."""
    if ctx.published is None:
        return make_mention(ctx, m.start(), m.end(), (None, None), ctx.calendar, Precision.RANGE, True, False)
    bounds, precision = _calendar_unit("هفته" if m["week"] else "ماه", 0, ctx, ctx.calendar)
    return make_mention(ctx, m.start(), m.end(), bounds, ctx.calendar, precision, True, False)


DEICTIC_DAYS = {
    "امروز": 0,
    "امشب": 0,
    "دیروز": -1,
    "دیشب": -1,
    "شبگذشته": -1,
    "شامگذشته": -1,
    "شامگاهگذشته": -1,
    "پریروز": -2,
    "فردا": 1,
    "پسفردا": 2,
}
"""Days counted from publication; «شب گذشته»/«شام گذشته» (last night) is the evening before."""
OUTLET_NOUNS = (
    "رادیو|تلویزیون|شبکه|روزنامه|هفته‌نامه|ماهنامه|نشریه|مجله|سایت|وب‌سایت|وبسایت|وبگاه|تارنما|پایگاه|خبرگزاری|کانال"
)
"""Nouns an outlet's name opens with («خبرگزاری …», «روزنامه …», «پایگاه خبری …»)."""
NAME_NOUNS = f"{OUTLET_NOUNS}|حزب|جبهه|بنیاد|انتشارات"
"""Nouns a name follows: «رادیو فردا», «روزنامه امروز», «حزب فردا» are an outlet or a party, not a day."""
NAME_ADJECTIVES = "خبری|رادیویی|تلویزیونی|اینترنتی|ماهواره‌ای|ماهواره ای"
"""«پایگاه خبری فردا», «شبکه تلویزیونی امروز»: the kind of outlet may stand between noun and name."""
DEICTIC_YEARS = {"امسال": 0, "امساله": 0, "پارسال": -1, "پارساله": -1}
"""This year and last year, with the colloquial and Dari «امساله/پارساله» («جنگی که امساله آغاز شد»)."""


def _a_name(m: re.Match[str], ctx: Context) -> bool:
    """«رادیو فردا», «روزنامه «امروز»», «به گزارش «فردا»»: the word names an outlet or a programme."""
    quoted = ctx.folded[m.start() - 1 : m.start()] == "«" and ctx.folded[m.end() : m.end() + 1] == "»"
    return quoted or bool(words_before(ctx, m.start(), rf"(?:{NAME_NOUNS})(?:{SP}(?:{NAME_ADJECTIVES}))?(?:{OSP}«)?"))


def deictic(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«امروز (شنبه)», «دیروز», «فردا», «امسال», «پارسال»; not «امروز:», a site's label for its clock."""
    if _a_name(m, ctx) or ctx.folded[m.end() : m.end() + 3].lstrip().startswith(":"):
        return None
    word = cal.canonical(m["word"])
    bounds: Bounds
    if ctx.published is None:
        bounds, precision = (None, None), Precision.YEAR if word in DEICTIC_YEARS else Precision.DAY
    elif word in DEICTIC_YEARS:
        bounds, precision = _calendar_unit("سال", DEICTIC_YEARS[word], ctx, ctx.calendar)
    else:
        bounds, precision = _calendar_unit("روز", DEICTIC_DAYS[word], ctx, ctx.calendar)
        if m["wd"]:
            bounds = (day := _restated_weekday(bounds[0], m["wd"]), day)
    return make_mention(ctx, m.start(), m.end(), bounds, ctx.calendar, precision, True, False)


def _restated_weekday(day: dt.date, weekday: str) -> dt.date:
    """«امروز دوشنبه» on a page dated Tuesday: the day the weekday names, the nearest on or before the day the
    relative word gives (the README, session 11): a page is dated when it is posted, often the day after the
    report was written, and the weekday is the writer's."""
    return day - dt.timedelta(days=(day.weekday() - words.WEEKDAYS[cal.canonical(weekday)]) % 7)


DUSHANBE_CUES = (
    f"در|به|از|شهر|پایتخت|وارد|عازم|راهی|فرودگاه|کاخ|هتل|شهردار|شهرداری|مردم|ساکنان|{words.NAMED_AFTER_A_DATE}"
)
"""Words before «دوشنبه» that make it Tajikistan's capital: a preposition, arriving or leaving for
it, or a place in it («فرودگاه دوشنبه»); a weekday follows none of them."""
CAPITAL_AFTER = re.compile(rf"{OSP}[،,(]?{OSP}(?:پایتخت|تاجیکستان)(?![\w\u200c])")
"""«دوشنبه، پایتخت تاجیکستان», «دوشنبه (تاجیکستان)»: the city, named with its country."""
DUSHANBE_CITY = re.compile(
    rf"(?<![\w\u200c])(?:(?:{DUSHANBE_CUES}){SP}دوشنبه(?![\w\u200c])|دوشنبه{CAPITAL_AFTER.pattern})"
)


_A_DAY_GONE = rf"روز{SP}(?:{words.directions(*WEEKDAY_DIRECTIONS)})"
DAY_NAMED_BEFORE = rf"(?:{_A_DAY_GONE}|(?:{MONTH_WORD}{OSP}/{OSP})?{MONTH_WORD}(?:{GAP}?ماه)?|{DIGIT}+){OSP}\("
"""What a weekday in brackets follows when it names a day already given: «روز گذشته (دوشنبه)», «۲۵
آبان ۱۴۰۲ (پنجشنبه)», «۸ اسد/مردادماه (سه‌شنبه)»."""


_AFTER_A_DATE = rf"(?:{DIGIT}+|{MONTH_WORD}(?:{GAP}?ماه)?){OSP}[،,]"
_DATELINE_END = re.compile(rf"{OSP}(?:$|[-–|/]|{DIGIT})")
"""«۱۷ آذر ۱۳۹۸، یکشنبه», «December 8, 2019, یکشنبه - ۱۰:۲۰»: a weekday after a date and a comma, ending the
line or before its clock, names the date's day (a dateline's furniture), not a day of its own."""


_NUMERIC_DATE_AFTER = re.compile(rf"{OSP}[،,]?{OSP}{DIGIT}{{1,4}}{OSP}[./\-٫]{OSP}{DIGIT}{{1,2}}{OSP}[./\-٫]")
"""«سه‌شنبه ۱۴۰۳/۰۷/۱۷», «دوشنبه، 25.03.2022 /خاور/»: the weekday of the numeric date after it (read
with it, as a weekday before a written day and month is) or, in a Tajik agency's dateline, the city."""


WORSHIP_NOUNS = f"نماز|امام|خطیب|خطبه|خطبه‌های|ائمه|{NAME_NOUNS}"
"""Words before «جمعه» that make it the Friday prayer or its preacher, or a name («رادیو جمعه»)."""


def weekday(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«یکشنبه», «تا یکشنبه», «دوشنبه آینده», «جمعه هفته گذشته» (not «نماز جمعه»); a bare weekday is
    the nearest one in the direction the sentence's verb points (helpers.dates.parser)."""
    if words_before(ctx, m.start(), WORSHIP_NOUNS):
        return None
    bracketed = ctx.folded[max(0, m.start() - 3) : m.start()].rstrip(" \u200c").endswith("(")
    if bracketed and words_before(ctx, m.start(), DAY_NAMED_BEFORE):  # the cheap test first
        return None
    if _DATELINE_END.match(ctx.folded, m.end()) and words_before(ctx, m.start(), _AFTER_A_DATE):
        return None
    if _NUMERIC_DATE_AFTER.match(ctx.folded, m.end()):
        return None
    this_week = bool(m.groupdict().get("this"))  # a pair of weekdays (weekday_pair) has none
    city = cal.canonical(m["wd"]) == "دوشنبه" and not (this_week or m[0].startswith("روز"))
    if city and (words_before(ctx, m.start(), DUSHANBE_CUES) or CAPITAL_AFTER.match(ctx.folded, m.end())):
        return None  # Dushanbe, Tajikistan's capital
    if ctx.published is None:
        return make_mention(ctx, m.start(), m.end(), (None, None), ctx.calendar, Precision.DAY, True, False)
    published = ctx.published
    target = words.WEEKDAYS[cal.canonical(m["wd"])]
    ahead = (target - published.weekday()) % 7  # 0..6 days to the next such weekday
    if this_week:  # «دوشنبه این هفته»
        day = cal.week_bounds(published)[0] + dt.timedelta(days=(target - 5) % 7)
    elif words_before(ctx, m.start(), "تا"):
        day = published + dt.timedelta(days=ahead)
    else:
        tense = _tense(ctx, m.end())
        back = (7 - ahead) % 7
        day = published + dt.timedelta(days=ahead if tense > 0 or (not tense and ahead <= 3) else -back)
    return make_mention(ctx, m.start(), m.end(), (day, day), ctx.calendar, Precision.DAY, True, False)


_CLAUSE_END = re.compile(r"[.!؟?؛]")


def _tense(ctx: Context, index: int) -> int:
    """+1 when the sentence goes on after `index` in a verb not past (future, present, subjunctive: «روز
    شنبه برگزار می‌گردد», «قرار است … امضا شود»), -1 in a past one («روز پنجشنبه گفت», «سفر نمود», «رسیده
    است»), 0 when no verb follows; the first finite verb of the clause, read as grammar (helpers.text.verbs,
    hazm's table of every conjugated form), whatever its lemma. It wins over the nearer weekday."""
    end = _CLAUSE_END.search(ctx.folded, index)
    verb = first_verb(ctx.folded, index, end.start() if end else len(ctx.folded))
    return 0 if verb is None else -1 if verb.tense in PAST else 1
