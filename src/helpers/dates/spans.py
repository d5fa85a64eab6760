"""Rules for spans a date writes across two months: days from one month into the next («۳۰ خرداد تا
۲ تیر ۱۴۰۳») and runs of whole months («سپتامبر-اکتبر ۲۰۲۳»), the year written once, after the last."""

from __future__ import annotations

import datetime as dt
import re

from helpers.contracts import Calendar, Precision
from helpers.dates import calendars as cal
from helpers.dates import words
from helpers.dates.mention import (
    Bounds,
    Context,
    DateMention,
    between,
    make_mention,
    nearest_day,
    nearest_month,
    plausible_year,
    resolve,
)
from helpers.dates.patterns import read_month

MAX_SPAN_DAYS = 366


def month_span(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«۳۰ خرداد تا ۲ تیر ۱۴۰۳», «۲۹ ژوئن - ۱ ژوئیه ۲۰۲۴», «۳۱ اوت و اول سپتامبر», «از ۲۵ آبان تا ۲۷
    آبان ۱۴۰۲» (one month written twice): a span of days across months of one calendar; the year
    written last is the second month's («۲۸ دسامبر تا ۲ ژانویه ۲۰۲۵» starts in 2024). «و» joins only
    two days in a row, unless «بین» opens the span; otherwise it names two days."""
    one, two = read_month(m, "month1"), read_month(m)
    if one is None or two is None:
        return None
    (calendar, first_month), (other, last_month) = one, two
    first, last = words.number_value(m["day1"]), words.number_value(m["day2"])
    if other != calendar or first is None or last is None:
        return None
    if m["year"]:
        year = int(m["year"])
        marker = cal.marker_calendar(m["mark"])
        if not plausible_year(calendar, year, marker is not None) or marker not in (None, calendar):
            return None
        year1 = int(m["year1"]) if m["year1"] else year - (first_month > last_month)
        bounds = resolve(
            lambda: (
                cal.to_gregorian(calendar, year1, first_month, first),
                cal.to_gregorian(calendar, year, last_month, last),
            )
        )
    elif m["year1"]:
        return None
    else:
        bounds = _span_near(calendar, (first_month, first), (last_month, last), ctx.published)
    if bounds is None:
        return None
    if bounds[0] and bounds[1]:
        days = (bounds[1] - bounds[0]).days
        if not 0 < days <= MAX_SPAN_DAYS or (m["join"] == "و" and days != 1 and not between(ctx, m.start())):
            return None
    return make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.RANGE, relative=not m["year"])


def _span_near(
    calendar: Calendar, first: tuple[int, int], last: tuple[int, int], published: dt.date | None
) -> Bounds | None:
    """A yearless span of (month, day) to (month, day): it starts on the first day nearest `published`."""
    if published is None:
        return None, None
    start = nearest_day(calendar, *first, published)
    if start is None:
        return None
    year = cal.from_gregorian(calendar, start)[0] + (first[0] > last[0])
    return resolve(lambda: (start, cal.to_gregorian(calendar, year, *last)))


def month_range(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«اکتبر-نوامبر ۲۰۲۵», «ژانویه تا مارس ۲۰۲۵», «دی و بهمن ۱۴۰۳», «اکتبر/نوامبر ۲۰۲۵»: months of one
    calendar up to a year's length, the year written once, after the last («نوامبر تا فوریه ۲۰۲۵» starts
    in 2024); «و» and «/» join only two months in a row."""
    one, two = read_month(m, "month1"), read_month(m)
    if one is None or two is None:
        return None
    (calendar, first), (other, last) = one, two
    year = int(m["year"])
    marker = cal.marker_calendar(m["mark"])
    if other != calendar or first == last or marker not in (None, calendar):
        return None
    if not plausible_year(calendar, year, marker is not None) or (m["join"] in "و/" and last != first % 12 + 1):
        return None
    year1 = year - (first > last)
    bounds = resolve(lambda: (cal.month_bounds(calendar, year1, first)[0], cal.month_bounds(calendar, year, last)[1]))
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.RANGE)


def month_pair(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«مرداد-شهریور», «ژوئیه/اوت», «(تیر – مرداد)»: two months in a row of one calendar joined by a dash
    or slash, with no year: one span, placed nearest the publication date as a yearless month is (often a
    month of another calendar restated in brackets: «آگوست امسال (مرداد-شهریور)»)."""
    one, two = read_month(m, "month1"), read_month(m)
    if one is None or two is None or one[0] != two[0] or two[1] != one[1] % 12 + 1:
        return None
    calendar, first = one
    if ctx.published is None:
        return make_mention(ctx, m.start(), m.end(), (None, None), calendar, Precision.RANGE, relative=True)
    start, end = nearest_month(calendar, first, ctx.published)
    after = cal.from_gregorian(calendar, end + dt.timedelta(days=1))
    bounds = resolve(lambda: (start, cal.month_bounds(calendar, after[0], after[1])[1]))
    return (
        None
        if bounds is None
        else make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.RANGE, relative=True)
    )
