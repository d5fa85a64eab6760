"""A third of a month or year named by the word before it (decided in session 7, tests/devset/README.md):
«اوایل/اوائل X» is days 1-10 of the month X, «اواسط X» days 11-20, «اواخر X» day 21 to its last day; of a
year, its months 1-4, 5-8 and 9-12. X is whatever the date rules read as one whole month or year, in any
calendar, written or relative («اواخر ماه جاری», «اوایل سال آینده», «اواسط حوت ۱۴۰۲»), so the part
narrows every rule's month and year alike; the part word belongs to the surface. Of a month, «دهه» with
an ordinal names the same thirds (its ten-day parts: «دهه اول/نخست», «دهه دوم», «دهه سوم/آخر/پایانی»);
of a year «دهه» is a decade, no third, so it narrows months only. A whole week named relative to
publication («اوایل هفته جاری», «اواخر هفته آینده») has thirds too: days 1-3, 4-5 and 6-7 from its
Saturday («اوایل هفته» the first three days, as the dev set reads it; «اواخر هفته» the weekend). «هفته»
before a day written in digits names the week of that day («هفته ۱۶ آوریل ۲۰۱۸»): seven days from it (widen_to_week)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from helpers.contracts import Calendar, Precision
from helpers.dates import calendars as cal
from helpers.dates.mention import Bounds, DateMention
from helpers.dates.patterns import PART_ORDINALS, SP, THIRDS
from helpers.dates.words import alternation

_THIRD_BEFORE = re.compile(rf"(?<![\w\u200c])(?P<part>{alternation(list(THIRDS))}){SP}$")
"""A third word right before a date, a space or ZWNJ between them."""
_LAST = ("آخر", "پایانی")
_DEKAD_ORDINALS = [word for word, number in PART_ORDINALS.items() if number <= 3] + list(_LAST)
_DEKAD_BEFORE = re.compile(rf"(?<![\w\u200c])دهه(?:\u0654|\u200c?ی)?{SP}(?P<ord>{alternation(_DEKAD_ORDINALS)}){SP}$")
"""«دهه سوم», «دهه‌ی نخست», «دههٔ آخر» right before a month: one of its three ten-day parts."""
_WHOLE = (Precision.MONTH, Precision.YEAR)
_WEEK_THIRDS = ((0, 2), (3, 4), (5, 6))
"""The first and last day (counted from Saturday) of each third of a week."""


def narrow_to_thirds(found: list[DateMention], text: str) -> list[DateMention]:
    """Each whole month, year or week with a third word right before it, narrowed to that third (precision
    `range`, the surface taking the word in); other mentions as they are."""
    folded = cal.fold_for_dates(text)
    out = []
    for mention in found:
        part, third = _part_before(mention, folded)
        if part is None:
            out.append(mention)
            continue
        bounds = _third(mention, third)
        surface = text[part.start() : mention.limit]
        out.append(replace(mention, surface=surface, offset=part.start(), start=bounds[0], end=bounds[1],
                           precision=Precision.RANGE))  # fmt: skip
    return out


def _whole_week(mention: DateMention) -> bool:
    """A relative week («هفته جاری», «هفته آینده»): Saturday to Friday, «هفته» in its surface."""
    start, end = mention.start, mention.end
    return bool(start and end and "هفته" in mention.surface and start.weekday() == 5 and (end - start).days == 6)


def _part_before(mention: DateMention, folded: str) -> tuple[re.Match[str] | None, int]:
    """The third's word(s) right before a whole month, year or week, and which third (0, 1, 2) they name."""
    if mention.precision not in _WHOLE and not _whole_week(mention):
        return None, 0
    window = max(0, mention.offset - 16), mention.offset
    if part := _THIRD_BEFORE.search(folded, *window):
        return part, THIRDS[cal.canonical(part["part"])]
    dekad = _DEKAD_BEFORE.search(folded, *window) if mention.precision == Precision.MONTH else None
    if dekad is None:
        return None, 0
    word = cal.canonical(dekad["ord"])
    return dekad, 2 if word in _LAST else PART_ORDINALS[word] - 1


def _third(mention: DateMention, third: int) -> Bounds:
    """Bounds of the `third` (0, 1, 2) of a whole month, year or week, counted in the mention's own calendar."""
    if mention.start is None or mention.end is None:
        return None, None
    if mention.precision == Precision.RANGE:  # a whole week (_whole_week)
        opens, closes = _WEEK_THIRDS[third]
        return mention.start + dt.timedelta(days=opens), mention.start + dt.timedelta(days=closes)
    if mention.precision == Precision.MONTH:  # a whole month starts on its day 1, whatever its calendar
        first = mention.start + dt.timedelta(days=10 * third)
        return first, mention.end if third == 2 else first + dt.timedelta(days=9)
    return _months(mention.calendar, mention.start, 4 * third + 1, 4 * third + 4)


def _months(calendar: Calendar, start: dt.date, first: int, last: int) -> Bounds:
    """From the first day of month `first` to the last of month `last` of the year starting `start`."""
    try:
        year = cal.from_gregorian(calendar, start)[0]
        return cal.month_bounds(calendar, year, first)[0], cal.month_bounds(calendar, year, last)[1]
    except ValueError:  # a lunar year outside the conversion table
        return None, None


_WEEK_BEFORE = re.compile(rf"(?<![\w\u200c])هفته(?:\u0654|\u200c?ی)?{SP}$")
"""«هفته», «هفته‌ی», «هفتهٔ» right before a date."""
_WEEK = dt.timedelta(days=6)


def widen_to_week(found: list[DateMention], text: str) -> list[DateMention]:
    """Each day written in digits with «هفته» right before it («هفته ۱۶ آوریل», «هفته‌ی ۲۷ حمل ۱۴۰۲»): the
    week of that day, seven days from it (precision `range`, the surface taking «هفته» in). An ordinal
    after «هفته» numbers a week of the month («هفته اول اکتبر»), which the date rules read already."""
    if "هفته" not in text:
        return found
    folded = cal.fold_for_dates(text)
    out = []
    for mention in found:
        week = _WEEK_BEFORE.search(folded, max(0, mention.offset - 10), mention.offset)
        if week is None or mention.precision != Precision.DAY or not mention.surface[:1].isdecimal():
            out.append(mention)
            continue
        end = mention.start + _WEEK if mention.start else None
        out.append(replace(mention, surface=text[week.start() : mention.limit], offset=week.start(), end=end,
                           precision=Precision.RANGE))  # fmt: skip
    return out
