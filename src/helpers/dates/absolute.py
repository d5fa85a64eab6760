"""Rules for dates the text writes out: numeric dates, day and month, month and year, parts of a
year, year ranges, decades and bare years. Each takes a match of its pattern (helpers.dates.rules)
and returns the date, or None when the match is a look-alike (an amount, a count, a word)."""

from __future__ import annotations

import datetime as dt
import re

from helpers.contracts import Calendar, Precision
from helpers.dates import calendars as cal
from helpers.dates import words
from helpers.dates.calendars import GAP
from helpers.dates.mention import (
    Context,
    DateMention,
    between,
    counts_a_part,
    make_mention,
    near_publication,
    nearest_day,
    nearest_month,
    plausible_year,
    relative_year,
    resolve,
    words_before,
)
from helpers.dates.patterns import (
    COMPARATIVES,
    COUNT_FOLLOWS,
    DIGIT,
    EVENT_NOUNS,
    MONTH_EDGES,
    MONTH_WORD,
    OSP,
    PART_ORDINALS,
    PLAN_NOUNS,
    SEASONS,
    SP,
    TIME_PREPS,
    VISION_NOUNS,
    YEAR_NOUNS,
    read_month,
)


def numeric_date(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«۱۴۰۴/۰۹/۰۷», «2025-11-28», «28/11/2025», «28.11.2025» (the dots the normalizer turns into
    «٫», the decimal sign), «1401\\07\\07» (a site's backslashes): year first or last; day-month order by
    default."""
    a, b, c = m["a"], m["b"], m["c"]
    if _short_year(m):
        return _jalali_short(m, ctx)
    if m["sep"].strip() == "-" and m["sep"] != "-" and not _spaced_out(a, b, c):
        return None
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        year, month, day = int(c), int(b), int(a)
        if month > 12 >= day:  # month-first writing (US style)
            month, day = day, month
    else:
        return None
    calendar = cal.marker_calendar(m["mark"]) or cal.day_calendar(year)
    if calendar is None:
        return None
    bounds = resolve(lambda: (cal.to_gregorian(calendar, year, month, day),) * 2)
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.DAY)


def _spaced_out(a: str, b: str, c: str) -> bool:
    """Spaced hyphens only in a zero-padded machine date the normalizer spaced out: year first
    («۲۰۲۵ - ۱۱ - ۲۸») or last («۲۶ - ۰۶ - ۱۴۰۰»): two-digit day and month and a four-digit year."""
    return (len(a) == 4 and len(b) == len(c) == 2) or (len(a) == len(b) == 2 and len(c) == 4)


def _short_year(m: re.Match[str]) -> bool:
    """«۱۴/۰۷/۸۶», «13/8/74», «87/12/22»: slashes and a two-digit year, last or (over 31) first, the day and
    month in one or two digits: an Iranian agency's machine dateline, zero-padded or not."""
    a, c = m["a"], m["c"]
    year_last = len(c) == 2 and len(a) <= 2
    year_first = len(a) == 2 and int(a) > 31 and len(c) <= 2
    return "/" in m["sep"] and m["mark"] is None and (year_last or year_first)


def _jalali_short(m: re.Match[str], ctx: Context) -> DateMention | None:
    """A two-digit year in an Iranian agency's numeric date is solar: 40–99 → 1340–1399, 00–39 → 14xx;
    written last («۱۵/۰۹/۸۴») or, when the first number is no day (over 31), first («۸۴/۰۹/۱۵»).
    With a publication date the year must fall within a year of it (an older number is something else)."""
    day, short = (m["c"], m["a"]) if int(m["a"]) > 31 else (m["a"], m["c"])
    year = _solar_year(int(short))
    bounds = resolve(lambda: (cal.to_gregorian(Calendar.JALALI, year, int(m["b"]), int(day)),) * 2)
    if bounds is None or bounds[0] is None:
        return None
    if ctx.published and abs((bounds[0] - ctx.published).days) > 366:
        return None
    return make_mention(ctx, m.start(), m.end(), bounds, Calendar.JALALI, Precision.DAY)


def _solar_year(short: int) -> int:
    """A solar year written with two digits: 40–99 → 1340–1399, 00–39 → 1400–1439."""
    return (1300 if short >= 40 else 1400) + short


def _written_year(m: re.Match[str], ctx: Context, calendar: Calendar) -> int | None:
    """The year a date written with a month gives, if its number is one: after a comma only a year of
    the month's own calendar («۱۰ آذر، ۲۰۰۰ کودک»: a count); two digits only after a solar month, not
    before a counted noun and not past the year after publication («۲۲ بهمن ۵۷» = 1357)."""
    if m["yy"]:
        if calendar != Calendar.JALALI or COUNT_FOLLOWS.match(ctx.folded, m.end()):
            return None
        year = _solar_year(int(m["yy"]))
        latest = cal.from_gregorian(Calendar.JALALI, ctx.published)[0] + 1 if ctx.published else 1410
        return year if year <= latest else None
    if m["year"] and m.groupdict().get("comma") and not _own_band(calendar, int(m["year"])):
        return None
    return int(m["year"]) if m["year"] else None


def month_first(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«حوت 14, 1399», «December 20, 2024», «October 14th 2024»: month, day (maybe with its ordinal
    ending), a comma or a space, year."""
    month_read = read_month(m)
    if month_read is None:
        return None
    calendar, month = month_read
    day, year = words.number_value(m["day"]) or 0, int(m["year"])
    if not plausible_year(calendar, year, False):
        return None
    bounds = resolve(lambda: (cal.to_gregorian(calendar, year, month, day),) * 2)
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.DAY)


def year_first(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«2024 April 29», «۱۴۰۳ اردیبهشت ۱۰»: year, month and day, as some site headers print them; the
    year in its month's band, and no counted noun after the day («۱۴۰۳ تیر ۱۲ نفر»)."""
    month_read = read_month(m)
    if month_read is None or COUNT_FOLLOWS.match(ctx.folded, m.end()):
        return None
    calendar, month = month_read
    year, day = int(m["year"]), int(m["day"])
    if not _own_band(calendar, year):
        return None
    bounds = resolve(lambda: (cal.to_gregorian(calendar, year, month, day),) * 2)
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.DAY)


def day_month(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«۲۸ نوامبر ۲۰۲۵», «اول ژانویه ۲۰۲۶», «روز ۲۶ نوامبر», «۱۰ تا ۱۲ آذر ۱۴۰۴», «۲۵، ۲۶ و ۲۷ آذر» (days
    in a row), «۱۴ حوت، ۱۳۹۹» (a comma before the year, as Afghan datelines write it, only for a year of
    the month's own calendar)."""
    month_read = read_month(m)
    if month_read is None:
        return None
    calendar, month = month_read
    if counts_a_part(m, ctx):
        return None
    first = words.number_value(m["day"])
    last = words.number_value(m["day2"]) if m["day2"] else first
    if first is None or last is None or not 1 <= first <= last <= 31 or (m["day2"] and last == first):
        return None
    if m["day2"] and words_before(ctx, m.start(), MONTH_WORD):
        return None  # «March 5 - ۱۴ شعبان»: the first number is an earlier date's day, not this month's
    if _counted(m) and cal.canonical(m["month"]) in words.AMBIGUOUS_MONTHS and not (m["msuf"] or m["year"] or m["yy"]):
        return None  # «پنج تا شش تیر»: five or six arrows; a month only with «ماه» or a year
    listed = len(re.findall(r"[،,]", m["mid"] or ""))  # «۲۵، ۲۶ و ۲۷ نوامبر»: days listed before «و»
    if m["join"] == "و" and last != first + 1 + listed and not between(ctx, m.start()):
        return None  # «۱۰ و ۱۵ آذر» names two days; «بین ۱۰ و ۱۵ آذر» a span
    year = _written_year(m, ctx, calendar)
    limit = m.end() if year is not None or not (m["year"] or m["yy"]) else m.end("month_all")
    if year is None and words_before(ctx, m.start(), f"{words.NAMED_AFTER_A_DATE}|{words.EVENTS_NAMED_BY_A_DATE}"):
        return None  # «میدان ۱۵ خرداد», «کودتای ۲۸ مرداد»: a place or an event named after a day
    marker = cal.marker_calendar(m["mark"])
    if year is not None:
        if not plausible_year(calendar, year, marker is not None) or marker not in (None, calendar):
            return None
        bounds = resolve(
            lambda: (cal.to_gregorian(calendar, year, month, first), cal.to_gregorian(calendar, year, month, last))
        )
        if bounds is None:
            return None
        relative = False
    else:
        start = nearest_day(calendar, month, first, ctx.published) if ctx.published else None
        if ctx.published and start is None:
            return None
        bounds = (start, start + dt.timedelta(days=last - first) if start else None)
        relative = True
    precision = Precision.DAY if first == last else Precision.RANGE
    return make_mention(ctx, m.start(), limit, bounds, calendar, precision, relative)


def _counted(m: re.Match[str]) -> bool:
    """Whether a span's days are both cardinal words («چهار تا شش»), which also count things."""
    return all(cal.canonical(m[g]) in words.CARDINAL_KEYS for g in ("day", "day2") if m[g])


def _own_band(calendar: Calendar, year: int) -> bool:
    """Whether a four-digit `year` lies in the band of `calendar` (a lunar year: 1300–1500)."""
    return (1300 <= year <= 1500) if calendar == Calendar.HIJRI else cal.year_calendar(year) == calendar


def _strong_month(m: re.Match[str]) -> bool:
    """An ambiguous month word («مهر», «میزان», «صفر») counts only with «ماه»/«برج» or a year marker."""
    return cal.canonical(m["month"]) not in words.AMBIGUOUS_MONTHS or bool(
        m["cue"] or m["msuf"] or m.groupdict().get("mark")
    )


_IRANIAN_NAMES = {cal.canonical(w) for w in words.JALALI_MONTHS}
"""Iranian solar month names: with two digits after them they are a shortened year's month, as
Iranian writing shortens years; the Afghan ones (zodiac words) and lunar ones are not written so."""


def month_year(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«نوامبر ۲۰۲۵», «آذرماه ۱۴۰۴», «ماه حمل سال ۱۴۰۳», «رمضان ۱۴۴۶ ه.ق», «خرداد ۹۸», «آبان ۸۹»."""
    month_read = read_month(m)
    if month_read is None:
        return None
    calendar, month = month_read
    year = _written_year(m, ctx, calendar)
    if year is None or not plausible_year(calendar, year, m["mark"] is not None):
        return None
    if m["yy"] and not (_strong_month(m) or cal.canonical(m["month"]) in _IRANIAN_NAMES):
        return None  # «آبان ۸۹» is a month in 1389; «اسد ۲۵», «میزان ۳۰» are a name and an amount
    # «مهر ۱۴۰۴» yes; «به میزان ۱۴۰۰» (an amount) or «تیر ۱۹۸۰» no
    if not _strong_month(m) and (not _own_band(calendar, year) or words_before(ctx, m.start(), "به")):
        return None
    if cal.marker_calendar(m["mark"]) not in (None, calendar):
        return None
    bounds = resolve(lambda: cal.month_bounds(calendar, year, month))
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.MONTH)


_EDGE = re.compile(MONTH_EDGES)


def month_only(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«ماه مارس», «آذرماه», «در نوامبر», «اواخر آذر»: a yearless month, placed nearest the publication
    date."""
    month_read = read_month(m)
    if month_read is None:
        return None
    calendar, month = month_read
    edge = m["prep"] and _EDGE.fullmatch(m["prep"]) and calendar != Calendar.GREGORIAN  # not «آغاز می شود»
    if not (m["cue"] or m["msuf"] or (m["prep"] and (_strong_month(m) or edge))):
        return None
    offset = m.start("month") if m["prep"] else m.start()
    bounds = nearest_month(calendar, month, ctx.published) if ctx.published else (None, None)
    return make_mention(ctx, offset, m.end(), bounds, calendar, Precision.MONTH, relative=True)


def year_part(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«فصل سوم ۲۰۲۵», «سه‌ماهه نخست ۱۴۰۴», «نیمه دوم سال ۲۰۲۴», «پاییز ۱۴۰۴», «۱۰ ماه نخست سال
    ۲۰۲۵», «تابستان امسال», «نیمه نخست سال جاری»: parts of a year, written or relative."""
    calendar: Calendar | None
    if m["rel"]:  # seasons are solar; other parts follow the article's calendar
        calendar = Calendar.JALALI if m["season"] else ctx.calendar
        year = relative_year(m, ctx, calendar)
    else:
        year = int(m["year"])
        calendar = cal.marker_calendar(m["mark"]) or cal.year_calendar(year)
    if m["season"]:
        if calendar != Calendar.JALALI:  # solar seasons are the Jalali quarters; Gregorian ones straddle years
            return None
        first, size = 3 * SEASONS[m["season"]] - 2, 3
    elif m["months"]:  # «۱۰ ماه نخست», «سه ماه پایانی»
        size = words.number_value(m["months"]) or 0
        if not 1 <= size <= 12:
            return None
        first = 1 if m["edge"] in ("نخست", "اول") else 13 - size
    else:
        size = 6 if m["part"] == "نیمه" else 3
        index = PART_ORDINALS[m["ord"]]
        if index > 12 // size:
            return None
        first = size * (index - 1) + 1
    if calendar is None:
        return None
    if year is None:  # relative, with no publication date
        return make_mention(ctx, m.start(), m.end(), (None, None), calendar, Precision.RANGE, True, bool(m["season"]))
    bounds = resolve(
        lambda: (cal.month_bounds(calendar, year, first)[0], cal.month_bounds(calendar, year, first + size - 1)[1])
    )
    if bounds is None:
        return None
    relative = bool(m["rel"])
    return make_mention(
        ctx, m.start(), m.end(), bounds, calendar, Precision.RANGE, relative, not relative or bool(m["season"])
    )


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
    """«دهه ۱۹۹۰», «دهه ۱۳۶۰», «دهه ۹۰ میلادی», «دهه ۶۰» (two digits: the last full century of the
    marker's calendar, else of the article's, 1900s or 1300s): the ten years starting at a round year."""
    written = m["year"] or m["yy"]
    year = int(written)
    marker = cal.marker_calendar(m["mark"])
    calendar = marker or (ctx.calendar if m["yy"] else cal.year_calendar(year))
    if len(written) == 2 and calendar in (Calendar.GREGORIAN, Calendar.JALALI):
        year += 1900 if calendar == Calendar.GREGORIAN else 1300
    if calendar is None or year % 10:
        return None
    bounds = resolve(lambda: (cal.year_bounds(calendar, year)[0], cal.year_bounds(calendar, year + 9)[1]))
    if bounds is None:
        return None
    named = not m["yy"] or marker is not None  # «دهه ۶۰» counts in the article's calendar
    return make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.RANGE, named_calendar=named)


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
    if not (m["cue"] or marker or words_before(ctx, m.start(), YEAR_NOUNS) or _listed_or_bracketed(m, ctx, calendar)):
        preposition = words_before(ctx, m.start(), f"{TIME_PREPS}|{EVENT_NOUNS}")
        if preposition is None or year % 100 == 0 or not near_publication(calendar, year, ctx.published):
            return None
        if words_before(ctx, m.start(), rf"(?:{COMPARATIVES}){SP}(?:{TIME_PREPS})"):  # «بیش از ۲۰۲۰»
            return None
    bounds = resolve(lambda: cal.year_bounds(calendar, year))
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.YEAR)


def _two_digit_year(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«سال ۹۲», «سال ۹۲ میلادی»: a year written with two digits after «سال», in the calendar its marker
    names or else the article's (the text does not name it, so the article's calendar is the frame, as
    for relative phrases): 40–99 in the last century, 00–39 in this one, not past the year after
    publication (or 2030 / 1410). A lunar year is left as written (bare_year)."""
    marker = cal.marker_calendar(m["mark"])
    calendar = marker or ctx.calendar
    if cal.canonical(m["cue"] or "") != "سال":
        return None
    short = int(m["yy"] or m["year"])
    year = _solar_year(short) if calendar == Calendar.JALALI else (1900 if short >= 40 else 2000) + short
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
