"""What a date written without its year, or with a relative one, counts from. «۲۵ مهر», «۱۹ نوامبر», «۱۰ تا ۱۲
آذر» are placed nearest the publication day (helpers.dates.mention.nearest_day) unless the text gives them their
year itself:

- a year in brackets right after them, in the month's own calendar («۲۵ مهر (۱۴۰۱)», «اکتبر (۲۰۲۲)»): the date
  of that year, one row with its year, the brackets in its surface (a year of another calendar there restates
  nothing and stays a row of its own);
- the same day written with its year in another calendar beside it («۱۷ اکتبر ۲۰۲۲ (۲۵ مهر)», «۲۵ مهر ۱۴۰۱
  برابر با ۱۷ اکتبر»): the day nearest that one, still a yearless (relative) row, as dual forms go.

A relative year restated by its written year in brackets («سال جاری (۲۰۱۸)», «اواخر سال گذشته (۲۰۱۷)», «آذر امسال
(۱۴۰۳)») is one row, the written year's, as a day word with the date beside it is (helpers.dates.describe).

A page that shows no publication date leaves a yearless date unresolved (the dev-set README: such
expressions are no rows there); a bracketed year is a written year, so it dates the row on any page."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from helpers.contracts import Calendar, Precision
from helpers.dates import calendars as cal
from helpers.dates import words
from helpers.dates.absolute import own_band
from helpers.dates.describe import SIDE_BY_SIDE
from helpers.dates.mention import DateMention, resolve
from helpers.dates.patterns import BRACKETED_YEAR, MONTH_WORD, RELATIVE_YEAR, SP
from helpers.dates.rules import scan

_RELATIVE_YEAR_WORD = re.compile(rf"(?<![\w\u200c])(?:{RELATIVE_YEAR})(?![\w\u200c])")
_MONTH_NAMED = re.compile(rf"(?<![\w\u200c])(?:{MONTH_WORD})")
_RELATIVE_WORD = re.compile(
    rf"(?<![\w\u200c])(?:{RELATIVE_YEAR}|{words.directions(*words.STEPS)}|این{SP}ماه)(?![\w\u200c])"
)


def _yearless(mention: DateMention) -> bool:
    """A date read off a month name with no year: relative, and no relative word in it («ژوئن گذشته»,
    «آذر امسال» count from publication by their own words)."""
    if not (mention.relative and mention.named_calendar):
        return False
    folded = cal.fold_for_dates(mention.surface)
    return _MONTH_NAMED.search(folded) is not None and _RELATIVE_WORD.search(folded) is None


def anchor_yearless(
    found: list[DateMention], text: str, published: dt.date | None, calendar: Calendar
) -> list[DateMention]:
    """Each yearless date dated by a year in brackets after it or by the same day written beside it in another
    calendar, each relative year by its written year in brackets (the module's rules); every other mention as
    it is. Only relative mentions are read again, so most sentences pass straight through."""
    if not any(mention.relative for mention in found):
        return found
    folded = cal.fold_for_dates(text)
    out: list[DateMention] = []
    for i, mention in enumerate(found):
        if out and mention.offset < out[-1].limit:  # the bracketed year a date before took in
            continue
        if (restated := _restated_year(mention, text, folded, published)) is not None:
            out.append(restated)
            continue
        if not _yearless(mention):
            out.append(mention)
            continue
        year = BRACKETED_YEAR.match(folded, mention.limit)
        if (
            year
            and (anchor := _middle_of(mention.calendar, year))
            and (anchored := _again(mention, text, anchor, calendar))
        ):
            out.append(replace(anchored, surface=text[mention.offset : year.end()], limit=year.end(), relative=False))
            continue
        partner = _dated_beside(found, i, text) if published else None
        anchored = _again(mention, text, partner.start, calendar) if partner and partner.start else None
        out.append(anchored or mention)
    return out


def _restated_year(mention: DateMention, text: str, folded: str, published: dt.date | None) -> DateMention | None:
    """A relative year, or a month or part of one, restated by its written year in brackets right after it
    («سال جاری (۲۰۱۸)», «آذر امسال (۱۴۰۳)»): one row, that written year's (the dev-set README: a relative word
    with the date written beside it is one row, the written date), read in the bracketed year's calendar. Counted
    from a publication date that names another year («سال گذشته (۲۰۱۵)» in 2018), the two stay rows of their own."""
    if not mention.relative or not _RELATIVE_YEAR_WORD.search(cal.fold_for_dates(mention.surface)):
        return None
    year = BRACKETED_YEAR.match(folded, mention.limit)
    if year is None:
        return None
    number = int(year["year"])
    calendar = cal.marker_calendar(year["mark"]) or cal.year_calendar(number)
    if calendar is None or (mention.precision != Precision.YEAR and calendar != mention.calendar):
        return None
    bounds = _year_bounds(calendar, number)
    if bounds is None:
        return None
    middle = bounds[0] + (bounds[1] - bounds[0]) / 2
    first = _again(mention, text, middle, calendar)  # counted from that year: «سال گذشته» lands a year before it
    if first is None or first.start is None:
        return None
    shift = cal.from_gregorian(calendar, first.start)[0] - number
    anchored = _again(mention, text, middle - dt.timedelta(days=round(365.25 * shift)), calendar) if shift else first
    if anchored is None or anchored.start is None or anchored.end is None:
        return None
    if not (bounds[0] <= anchored.start and anchored.end <= bounds[1]):
        return None
    if published and (current := _again(mention, text, published, calendar)) and current.start != anchored.start:
        return None
    return replace(anchored, surface=text[mention.offset : year.end()], limit=year.end(), relative=False)


def _middle_of(calendar: Calendar, year: re.Match[str]) -> dt.date | None:
    """The middle of the bracketed year when it is one of the month's own calendar (its band, its marker)."""
    number, marker = int(year["year"]), cal.marker_calendar(year["mark"])
    if (
        not own_band(calendar, number)
        or marker not in (None, calendar)
        or (bounds := _year_bounds(calendar, number)) is None
    ):
        return None
    return bounds[0] + (bounds[1] - bounds[0]) / 2


def _year_bounds(calendar: Calendar, number: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of year `number` of `calendar`, where the calendar can say."""
    bounds = resolve(lambda: cal.year_bounds(calendar, number))
    if bounds is None or bounds[0] is None or bounds[1] is None:
        return None
    return bounds[0], bounds[1]


def _dated_beside(found: list[DateMention], i: int, text: str) -> DateMention | None:
    """A day written with its year in another calendar right before or after the mention (dual forms)."""
    mention = found[i]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(found):
            continue
        other = found[j]
        if other.relative or other.precision != mention.precision or other.calendar == mention.calendar:
            continue
        if SIDE_BY_SIDE.fullmatch(text[min(mention.limit, other.limit) : max(mention.offset, other.offset)]):
            return other
    return None


def _again(mention: DateMention, text: str, anchor: dt.date, calendar: Calendar) -> DateMention | None:
    """The mention read again with its month and day placed nearest `anchor` instead of publication."""
    for other in scan(text, anchor, calendar):
        if other.offset == mention.offset and other.limit == mention.limit:
            return other
    return None
