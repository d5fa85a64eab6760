"""Rules for dates the text writes out with a day or a month: numeric dates, day and month, month and
year, parts of a year (years alone, their ranges and decades: helpers.dates.years). Each takes a match of
its pattern (helpers.dates.rules) and returns the date, or None when the match is a look-alike (an
amount, a count, a word)."""

from __future__ import annotations

import datetime as dt
import re

from helpers.contracts import Calendar, Precision
from helpers.dates import calendars as cal
from helpers.dates import words
from helpers.dates.mention import (
    Context,
    DateMention,
    between,
    counts_a_part,
    make_mention,
    nearest_day,
    nearest_month,
    plausible_year,
    relative_year,
    resolve,
    words_before,
)
from helpers.dates.patterns import (
    BRACKETED_YEAR,
    COUNT_FOLLOWS,
    DASHES,
    MONTH_EDGES,
    MONTH_WORD,
    PART_ORDINALS,
    SEASONS,
    read_month,
)
from helpers.dates.years import solar_year


def numeric_date(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«۱۴۰۴/۰۹/۰۷», «2025-11-28», «28/11/2025», «28.11.2025» (the dots the normalizer turns into
    «٫», the decimal sign), «1401\\07\\07» (a site's backslashes): year first or last; day-month order by
    default."""
    a, b, c = m["a"], m["b"], m["c"]
    if _short_year(m):
        return _jalali_short(m, ctx)
    if m["sep"].strip() in DASHES and m["sep"] != m["sep"].strip() and not _spaced_out(a, b, c):
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


def iso_month(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«date 2025-06», «۲۰۲۵ - ۰۶»: a line that is only an ISO month (a machine dateline that knew the month
    only). In a sentence the same shape is a span of years («۲۰۱۱-۱۲», helpers.dates.years)."""
    year, month = int(m["year"]), int(m["month"])
    if not 1 <= month <= 12 or cal.year_calendar(year) != Calendar.GREGORIAN:
        return None
    bounds = cal.month_bounds(Calendar.GREGORIAN, year, month)
    return make_mention(ctx, m.start("year"), m.end("month"), bounds, Calendar.GREGORIAN, Precision.MONTH)


def _spaced_out(a: str, b: str, c: str) -> bool:
    """Spaced hyphens (the normalizer spaces every hyphen) in a date: the year last after a day and month of one
    or two digits, as Afghan pages write their dates («۲۲-۶-۱۳۹۲», «۲۶ - ۰۶ - ۱۴۰۰»), or first before a
    zero-padded month and day, a machine date («۲۰۲۵ - ۱۱ - ۲۸»; «۲۰۱۱ - ۱ - ۲» is no such thing)."""
    return (len(a) == 4 and len(b) == len(c) == 2) or (len(a) <= 2 and len(c) == 4)


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
    year = solar_year(int(short))
    bounds = resolve(lambda: (cal.to_gregorian(Calendar.JALALI, year, int(m["b"]), int(day)),) * 2)
    if bounds is None or bounds[0] is None:
        return None
    if ctx.published and abs((bounds[0] - ctx.published).days) > 366:
        return None
    return make_mention(ctx, m.start(), m.end(), bounds, Calendar.JALALI, Precision.DAY)


def _written_year(m: re.Match[str], ctx: Context, calendar: Calendar) -> int | None:
    """The year a date written with a month gives, if its number is one: after a comma only a year of
    the month's own calendar («۱۰ آذر، ۲۰۰۰ کودک»: a count); two digits only after a solar month, not
    before a counted noun and not past the year after publication («۲۲ بهمن ۵۷» = 1357)."""
    if m["yy"]:
        if calendar != Calendar.JALALI or COUNT_FOLLOWS.match(ctx.folded, m.end()):
            return None
        year = solar_year(int(m["yy"]))
        latest = cal.from_gregorian(Calendar.JALALI, ctx.published)[0] + 1 if ctx.published else 1410
        return year if year <= latest else None
    set_off = m.groupdict().get("comma") or m.groupdict().get("ysep")
    if m["year"] and set_off and not own_band(calendar, int(m["year"])):
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
    """«2024 April 29», «۱۴۰۳ اردیبهشت ۱۰», «۱۴۰۳ دوشنبه ۱۷ اردیبهشت»: the year first, then month and day or
    (maybe after the weekday) day and month, as some site and newspaper headers print them; the year in its
    month's band, no counted noun after a day ending it («۱۴۰۳ تیر ۱۲ نفر») and no year after the month (then the
    first number is something else's: «۱۴۰۰ ۱۲ آذر ۱۴۰۳»)."""
    month_read = read_month(m)
    if month_read is None or (m.end("day") == m.end() and COUNT_FOLLOWS.match(ctx.folded, m.end())):
        return None
    calendar, month = month_read
    year, day = int(m["year"]), int(m["day"])
    if not own_band(calendar, year):
        return None
    bounds = resolve(lambda: (cal.to_gregorian(calendar, year, month, day),) * 2)
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.DAY)


_DISPLAY_ORDER_DAYS = 6
"""At most this many days between the ends of a dashed span written larger first (day_month): a meeting's
days shown in display order; more, and the first number is an issue's or a page's before the date."""


def day_month(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«۲۸ نوامبر ۲۰۲۵», «اول ژانویه ۲۰۲۶», «روز ۲۶ نوامبر», «۱۰ تا ۱۲ آذر ۱۴۰۴», «۲۵، ۲۶ و ۲۷ آذر» (days
    in a row), «۱۵-۱۴ مارس» (a span of a few days that a right-to-left page showed in display order:
    14 to 15; farther apart, «شماره ۲۸ - ۱۶ ژوئن», the first number is something else's), «۱۴ حوت، ۱۳۹۹» (a comma
    before the year, as Afghan datelines write it, only for a year of the month's own calendar)."""
    month_read = read_month(m)
    if month_read is None:
        return None
    calendar, month = month_read
    if counts_a_part(m, ctx):
        return None
    first = words.number_value(m["day"])
    last = words.number_value(m["day2"]) if m["day2"] else first
    if m["join"] in ("-", "–") and 0 < (first or 0) - (last or 0) <= _DISPLAY_ORDER_DAYS:
        first, last = last, first  # «15-14 مارس»: a span put in display order by a right-to-left page
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
    if m["dsep"] and year is None:
        return None  # «۱۵ - قوس - ۱۳۹۳», «۱۱/ جوزا/ ۱۳۹۲»: a dash or slash after the day only in a whole date
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


def listed_day(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«۱۰ و ۱۵ آذر ۱۴۰۳», «۳، ۹ و ۲۰ مه»: a day listed before the day that carries the shared month (and
    year), one row of its own whose surface is the day alone. It runs after day_month, so what is left
    to it are lists that are no run of days («۱۲ و ۱۳ آبان» is one span, day_month's)."""
    month_read = read_month(m)
    day = words.number_value(m["day"])
    if month_read is None or day is None or not 1 <= day <= 31 or counts_a_part(m, ctx):
        return None
    calendar, month = month_read
    marker = cal.marker_calendar(m["mark"])
    if m["year"]:
        year = int(m["year"])
        if not plausible_year(calendar, year, marker is not None) or marker not in (None, calendar):
            return None
        bounds = resolve(lambda: (cal.to_gregorian(calendar, year, month, day),) * 2)
        if bounds is None:
            return None
        return make_mention(ctx, m.start(), m.end("day"), bounds, calendar, Precision.DAY)
    start = nearest_day(calendar, month, day, ctx.published) if ctx.published else None
    if ctx.published and start is None:
        return None
    return make_mention(ctx, m.start(), m.end("day"), (start, start), calendar, Precision.DAY, True)


def listed_month(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«ژانویه و مارس ۲۰۲۴», «مهر، دی و اسفند ۱۴۰۳»: a month listed before the month that carries the shared
    year, one row of its own in that year (the year before, if it comes later in the calendar: «دسامبر و
    فوریه ۲۰۲۵»). Months in a row joined by «و» are one span (spans.month_range, which runs first)."""
    month_read, last = read_month(m), words.MONTHS[cal.canonical(m["last"])]
    if month_read is None or month_read[0] != last[0]:
        return None
    calendar, month = month_read
    marker = cal.marker_calendar(m["mark"])
    year = int(m["year"]) - (month > last[1])
    if not plausible_year(calendar, year, marker is not None) or marker not in (None, calendar):
        return None
    bounds = resolve(lambda: cal.month_bounds(calendar, year, month))
    return (
        None if bounds is None else make_mention(ctx, m.start(), m.end("month_all"), bounds, calendar, Precision.MONTH)
    )


def _counted(m: re.Match[str]) -> bool:
    """Whether a span's days are both cardinal words («چهار تا شش»), which also count things."""
    return all(cal.canonical(m[g]) in words.CARDINAL_KEYS for g in ("day", "day2") if m[g])


def own_band(calendar: Calendar, year: int) -> bool:
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
    if not _strong_month(m) and (not own_band(calendar, year) or words_before(ctx, m.start(), "به")):
        return None
    if cal.marker_calendar(m["mark"]) not in (None, calendar):
        return None
    bounds = resolve(lambda: cal.month_bounds(calendar, year, month))
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.MONTH)


_EDGE = re.compile(MONTH_EDGES)


def month_only(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«ماه مارس», «آذرماه», «در نوامبر», «اواخر آذر»: a yearless month, placed nearest the publication
    date; «مهر (۱۴۰۱)»: a month before its own year in brackets, which helpers.dates.anchors dates."""
    month_read = read_month(m)
    if month_read is None:
        return None
    calendar, month = month_read
    edge = m["prep"] and _EDGE.fullmatch(m["prep"]) and calendar != Calendar.GREGORIAN  # not «آغاز می شود»
    own_year = (year := BRACKETED_YEAR.match(ctx.folded, m.end())) is not None and own_band(calendar, int(year["year"]))
    if not (m["cue"] or m["msuf"] or own_year or (m["prep"] and (_strong_month(m) or edge))):
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
