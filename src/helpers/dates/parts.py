"""A third of a month or year named by the word before it (decided in session 7, tests/devset/README.md):
«اوایل/اوائل X» is days 1-10 of the month X, «اواسط X» days 11-20, «اواخر X» day 21 to its last day; of a
year, its months 1-4, 5-8 and 9-12. X is whatever the date rules read as one whole month or year, in any
calendar, written or relative («اواخر ماه جاری», «اوایل سال آینده», «اواسط حوت ۱۴۰۲»), so the part
narrows every rule's month and year alike; the part word belongs to the surface."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from helpers.contracts import Calendar, Precision
from helpers.dates import calendars as cal
from helpers.dates.mention import Bounds, DateMention
from helpers.dates.patterns import SP, THIRDS
from helpers.dates.words import alternation

_THIRD_BEFORE = re.compile(rf"(?<![\w\u200c])(?P<part>{alternation(list(THIRDS))}){SP}$")
"""A third word right before a date, a space or ZWNJ between them."""
_WHOLE = (Precision.MONTH, Precision.YEAR)


def narrow_to_thirds(found: list[DateMention], text: str) -> list[DateMention]:
    """Each whole month or year with a third word right before it, narrowed to that third (precision
    `range`, the surface taking the word in); other mentions as they are."""
    folded = cal.fold_for_dates(text)
    out = []
    for mention in found:
        part = None
        if mention.precision in _WHOLE:
            part = _THIRD_BEFORE.search(folded, max(0, mention.offset - 12), mention.offset)
        if part is None:
            out.append(mention)
            continue
        bounds = _third(mention, THIRDS[cal.canonical(part["part"])])
        surface = text[part.start() : mention.limit]
        out.append(replace(mention, surface=surface, offset=part.start(), start=bounds[0], end=bounds[1],
                           precision=Precision.RANGE))  # fmt: skip
    return out


def _third(mention: DateMention, third: int) -> Bounds:
    """Bounds of the `third` (0, 1, 2) of a whole month or year, counted in the mention's own calendar."""
    if mention.start is None or mention.end is None:
        return None, None
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
