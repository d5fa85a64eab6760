"""The date rules in the order they run, most specific first, and the scan that runs them.

Speed-up (corpus target P3, ≥150 articles/s on two cores, depends on it): the patterns start with a
lookbehind, which makes Python's regex engine try them at every position of a sentence, about three
times the cost of the whole date search otherwise. So a rule is run only over a sentence holding the
words every match of its pattern contains — read off the compiled pattern itself
(helpers.dates.literals), found for all rules in one scan of the sentence — and the punctuation
marks it needs, if any («-», «/» or «–» of a month pair)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from helpers.contracts import Calendar
from helpers.dates import calendars as cal
from helpers.dates import words
from helpers.dates.absolute import (
    day_month,
    iso_month,
    listed_day,
    listed_month,
    month_first,
    month_only,
    month_year,
    numeric_date,
    year_first,
    year_part,
)
from helpers.dates.calendars import GAP
from helpers.dates.glued_month import unglue_may
from helpers.dates.literals import Need, WordScan, of_marks, required_words, worth_scanning
from helpers.dates.mention import Context, DateMention
from helpers.dates.patterns import (
    AFTER_IN,
    CALENDAR_WORD,
    CARDINAL_DAY,
    DASHES,
    DATE_END,
    DAY_NUMBER,
    DAY_WORD,
    DIGIT,
    END,
    GLUED_YEAR_WORD,
    MARK,
    MONTH,
    MONTH_WORD,
    NOT_MEASURE,
    NOT_MINUTES,
    OSP,
    PART_ORDINALS,
    PART_SEP,
    RELATIVE_YEAR,
    SEASONS,
    SHORT_YEAR,
    SP,
    SPAN_WORD,
    START,
    TIME_PREPS,
    UNTIL,
    WEEKDAY,
    YEAR,
    YEAR_DIRECTIONS,
    YEAR_PARTS,
    month,
)
from helpers.dates.relative import (
    MONTH_DIRECTION,
    THIS_MONTH,
    day_of_month,
    deictic,
    in_relative_year,
    relative_period,
    this_unit,
    weekday,
    weekday_pair,
)
from helpers.dates.spans import month_pair, month_range, month_span
from helpers.dates.year_words import YEAR_IN_WORDS, year_in_words
from helpers.dates.years import SHORT_YEAR_AFTER, bare_year, decade, year_range

Handler = Callable[[re.Match[str], Context], DateMention | None]

EZAFE = r"(?:(?<=ه)\u200c?ی)?"
"""The ezafe after a word in «ه» before its direction («هفته‌ی آینده», «جمعه‌ی گذشته», «هفتهی» with its ZWNJ lost)."""

_RULES: list[tuple[re.Pattern[str], Handler]] = [
    (
        re.compile(
            rf"{START}(?:(?:روز{SP})?(?:(?P<day1>{DAY_WORD}){OSP}(?P<join>و|{UNTIL}|-|–){OSP})?(?P<day>{DAY_WORD}){SP})?"
            rf"(?:(?P<cue>ماه(?:{SP}مبارک)?|برج){SP})?{MONTH}"
            rf"{SP}(?:(?P<rel>{RELATIVE_YEAR})|(?P<now>{THIS_MONTH})|(?P<mdir>{MONTH_DIRECTION}))(?:{SP}(?:{CALENDAR_WORD}))?{END}"
        ),
        in_relative_year,
    ),
    (
        re.compile(
            rf"{START}(?:(?:روز{SP})?{WEEKDAY}{OSP}[،,]?{OSP})?(?:(?P<day1>{DAY_WORD}|{CARDINAL_DAY}){SPAN_WORD})?"
            rf"(?:روز{SP})?(?P<day>{DAY_WORD}){SP}ماه{SP}"
            rf"(?P<dir>{words.directions(*YEAR_DIRECTIONS)})(?:{SP}(?P<mark>{CALENDAR_WORD}))?{END}"
        ),
        day_of_month,
    ),
    (
        re.compile(
            rf"{START}{NOT_MINUTES}(?<![{DASHES}.\\])(?P<a>{DIGIT}{{4}}|{DIGIT}{{1,2}})(?P<sep>{OSP}/{OSP}|{OSP}[{DASHES}]{OSP}|\.|{OSP}٫{OSP}|{OSP}\\{OSP})"
            rf"(?P<b>{DIGIT}{{1,2}})(?P=sep)(?P<c>{DIGIT}{{4}}|{DIGIT}{{1,2}}){MARK}{NOT_MEASURE}(?![\w\u200c/\\])"
        ),
        numeric_date,
    ),
    (
        re.compile(
            rf"^{OSP}(?:(?:date|published|تاریخ){OSP}:?{OSP})?(?P<year>{DIGIT}{{4}}){OSP}-{OSP}(?P<month>{DIGIT}{{2}}){OSP}$"
        ),
        iso_month,
    ),
    (
        re.compile(
            rf"{START}{NOT_MINUTES}(?P<day1>{DAY_WORD}){SP}(?:(?:ماه|برج){SP})?{month('month1', 'msuf1')}"
            rf"(?:{SP}(?:سال{SP})?(?P<year1>{DIGIT}{{4}}))?{OSP}(?P<join>{UNTIL}|-|–|و){OSP}"
            rf"(?P<day2>{DAY_WORD}){SP}(?:(?:ماه|برج){SP})?{MONTH}(?:{SP}(?:سال{SP})?{YEAR}{MARK}{NOT_MEASURE})?{DATE_END}"
        ),
        month_span,
    ),
    (
        re.compile(
            rf"{START}(?P<year>{DIGIT}{{4}}){OSP}[،,]?{SP}(?:{WEEKDAY}{OSP}[،,]?{OSP})?(?P<day>{DIGIT}{{1,2}}){SP}{MONTH}"
            rf"(?!{OSP}[،,]?{OSP}{DIGIT}){END}"
        ),
        year_first,
    ),
    (
        re.compile(
            rf"{AFTER_IN}{NOT_MINUTES}(?:(?:امروز|روز){SP})?(?:{WEEKDAY}{OSP}[،,/|\-–]?{OSP})?(?P<day>{DAY_WORD}|{CARDINAL_DAY}(?={SPAN_WORD}))"
            rf"(?P<mid>(?:{OSP}[،,]{OSP}(?:{DAY_WORD}))+(?={OSP}و))?"
            rf"(?:{OSP}(?P<join>{UNTIL}|-|–|و){OSP}(?P<day2>{DAY_WORD}|{CARDINAL_DAY}))?(?:{SP}|(?P<dsep>{PART_SEP}))(?:(?:ماه|برج){SP})?{MONTH}"
            rf"(?:(?:{OSP}(?P<comma>[،,]){OSP}|(?P<ysep>{PART_SEP})(?={DIGIT}{{4}})|{SP}|{GLUED_YEAR_WORD})(?:سال{SP})?(?:{YEAR}|{SHORT_YEAR}){MARK}{NOT_MEASURE})?{DATE_END}"
        ),
        day_month,
    ),
    (
        re.compile(
            rf"{AFTER_IN}{NOT_MINUTES}(?P<day>{DAY_WORD})(?={OSP}(?:[،,]|و){OSP}(?:(?:{DAY_WORD}){OSP}[،,]{OSP})*"
            rf"(?:{DAY_WORD})(?:{OSP}و{OSP}(?:{DAY_WORD}))?{SP}(?:(?:ماه|برج){SP})?{MONTH}"
            rf"(?:{SP}(?:سال{SP})?{YEAR}{MARK}{NOT_MEASURE})?{END})"
        ),
        listed_day,
    ),
    (
        re.compile(
            rf"{START}{MONTH}{SP}(?P<day>{DAY_NUMBER})(?:{OSP}[,،]{OSP}|{SP})(?P<year>{DIGIT}{{4}}){NOT_MEASURE}{DATE_END}"
        ),
        month_first,
    ),
    (
        re.compile(
            rf"{START}(?:(?:ماه(?:{GAP}?های)?|برج){SP})?{month('month1', 'msuf1')}{OSP}(?P<join>{UNTIL}|-|–|و|/){OSP}"
            rf"{MONTH}{SP}(?:سال{SP})?{YEAR}{MARK}{NOT_MEASURE}{END}"
        ),
        month_range,
    ),
    (re.compile(rf"{START}{month('month1', 'msuf1')}{OSP}(?P<join>-|–|/){OSP}{MONTH}{END}"), month_pair),
    (
        re.compile(rf"{START}(?P<year>{DIGIT}{{4}}){SP}{MONTH}{SP}(?P<day>{DIGIT}{{1,2}}){NOT_MEASURE}{END}"),
        year_first,
    ),
    (
        re.compile(
            rf"{AFTER_IN}(?:(?P<cue>ماه|برج){SP})?{MONTH}(?:{SP}|{GLUED_YEAR_WORD})(?:سال{SP})?(?:{YEAR}|{SHORT_YEAR}){MARK}{NOT_MEASURE}{DATE_END}"
        ),
        month_year,
    ),
    (
        re.compile(
            rf"{START}(?:(?P<part>{YEAR_PARTS}){SP}(?P<ord>{'|'.join(PART_ORDINALS)})"
            rf"|(?P<months>{DIGIT}{{1,2}}|{words.number_alternation(words.CARDINALS)}){SP}ماهه?{SP}"
            rf"(?P<edge>نخست|اول|پایانی|آخر)"
            rf"|(?:فصل{SP})?(?P<season>{'|'.join(SEASONS)}))"
            rf"{SP}(?:(?P<rel>{RELATIVE_YEAR})|(?:سال{SP})?{YEAR}{MARK}{NOT_MEASURE}){END}"
        ),
        year_part,
    ),
    (
        re.compile(
            rf"{START}(?:(?P<from>از|بین|میان){SP})?(?:(?P<cue>سال(?:{GAP}?های?)?){SP})?(?P<y1>{DIGIT}{{4}})"
            rf"(?:{OSP}(?P<mark1>{cal.MARKER_PATTERN}))?"
            rf"(?P<sep>{OSP}[-–—]{OSP}|{SP}(?:{UNTIL}|و){SP}(?:سال{SP})?)(?P<y2>{DIGIT}{{4}}|{DIGIT}{{2}})"
            rf"{MARK}{NOT_MEASURE}{END}"
        ),
        year_range,
    ),
    (re.compile(rf"{START}دهه(?:{GAP}?ی)?{SP}(?:{YEAR}|(?P<yy>{DIGIT}{{2}})){MARK}{NOT_MEASURE}{END}"), decade),
    (
        re.compile(
            rf"{AFTER_IN}(?:(?:ماه(?:{GAP}?های)?|برج){SP})?{MONTH}(?={OSP}(?:[،,]|و){OSP}(?:(?:{MONTH_WORD}){OSP}[،,]{OSP})*"
            rf"(?:{MONTH_WORD}{OSP}و{OSP})?(?P<last>{MONTH_WORD}){SP}(?:سال{SP})?(?P<year>{DIGIT}{{4}}){MARK}{NOT_MEASURE}{END})"
        ),
        listed_month,
    ),
    (
        re.compile(rf"{START}(?:(?P<cue>ماه(?:{SP}مبارک)?|برج){SP}|(?P<prep>{TIME_PREPS}){SP})?{MONTH}{END}"),
        month_only,
    ),
    (
        re.compile(
            rf"{START}(?:(?P<cue>سال(?:{GAP}?های?)?){SP})?{YEAR_IN_WORDS}"
            rf"(?:{SP}(?P<mark>{cal.MARKER_WORDS}))?{NOT_MEASURE}{END}"
        ),
        year_in_words,
    ),
    (
        re.compile(
            rf"{AFTER_IN}(?:(?P<cue>سال(?:{GAP}?های?)?){SP})?(?:{YEAR}|{SHORT_YEAR_AFTER}(?P<yy>{DIGIT}{{2}})){MARK}{NOT_MEASURE}{END}"
        ),
        bare_year,
    ),
    (
        re.compile(
            rf"{START}(?P<word>امروز|امشب|دیروز|دیشب|(?:شب|شام|شامگاه){SP}گذشته|پریروز|پس{GAP}?فردا|فردا|امساله?|پارساله?)"
            rf"(?:{OSP}\(?{OSP}{WEEKDAY}(?!{OSP}[،,/|\-–]?{OSP}(?:{DAY_WORD}){SP})(?:{OSP}\))?)?(?![\w\u200c])"
        ),
        deictic,
    ),
    (
        re.compile(
            rf"{START}(?:روز(?:{GAP}?های)?{SP})?{WEEKDAY}{SP}و{SP}(?P<wd2>{words.alternation(words.WEEKDAY_WORDS)})"
            rf"(?:{EZAFE}{SP}(?:(?P<week>هفته){EZAFE}{SP})?(?P<dir>{words.directions(*words.STEPS)}))?{END}"
        ),
        weekday_pair,
    ),
    (
        re.compile(
            rf"{START}(?:(?:(?P<n>{DIGIT}{{1,3}}|{words.number_alternation(words.CARDINALS)}){OSP})?"
            rf"(?P<unit>سال|ماه|هفته|روز|ساعت|دهه|قرن)(?P<plural>{GAP}?ها)?{EZAFE}"
            rf"|(?:روز{SP})?{WEEKDAY}{EZAFE}(?:{SP}(?P<week>هفته){EZAFE})?){SP}"
            rf"(?:(?P<mark0>{CALENDAR_WORD}){SP})?(?P<dir>{words.directions(*words.STEPS)})"
            rf"(?:{OSP}(?P<mark>{CALENDAR_WORD}))?{END}"
        ),
        relative_period,
    ),
    (
        re.compile(
            rf"{START}(?:(?:روز|صبح|عصر|ظهر|بامداد|صبحگاه|عصرگاه){SP}|روز)?{WEEKDAY}(?:{GAP}?(?:شب|صبح|عصر|ظهر)|\u200cی)?"
            rf"(?:{SP}(?P<this>این{GAP}+هفته))?{END}"
        ),
        weekday,
    ),
    (re.compile(rf"{START}(?:(?:این|همین){SP}(?P<week>هفته)|این{SP}ماه){END}"), this_unit),
]
"""(pattern, handler) pairs, most specific first."""


class Rule(NamedTuple):
    """A date rule: its pattern, the handler that checks and resolves a match, the indexes (into
    NEED_SCAN.needs) of the needs every match of the pattern meets, and the needs of punctuation
    marks alone it meets too (literals.of_marks: «-», «/» or «–» for «آذر-دی»)."""

    pattern: re.Pattern[str]
    handler: Handler
    needs: frozenset[int]
    marks: tuple[Need, ...] = ()


def _needs(pattern: re.Pattern[str]) -> list[Need]:
    return [need for need in required_words(pattern.pattern) if worth_scanning(need)]


def _marks(pattern: re.Pattern[str]) -> tuple[Need, ...]:
    return tuple(need for need in required_words(pattern.pattern) if of_marks(need))


NEED_SCAN = WordScan(need for pattern, _ in _RULES for need in _needs(pattern))
RULES = [
    Rule(pattern, handler, frozenset(map(NEED_SCAN.needs.index, _needs(pattern))), _marks(pattern))
    for pattern, handler in _RULES
]


_NUMBER_START = re.compile(rf"(?<!{DIGIT}){DIGIT}")


def scan(text: str, published: dt.date | None, calendar: Calendar) -> list[DateMention]:
    """Run every rule once, in order, keeping matches that do not overlap earlier ones."""
    ctx = Context(text, unglue_may(cal.fold_for_dates(text)), published, calendar)
    met = NEED_SCAN.met(ctx.folded)
    found: list[DateMention] = []
    for pattern, handler, needs, marks in RULES:
        if not needs <= met or not all(any(mark in ctx.folded for mark in need) for need in marks):
            continue
        position: int | None = 0
        while position is not None:
            position = _run(pattern, handler, ctx, position, found)
    return sorted(found, key=lambda f: f.offset)


def _run(
    pattern: re.Pattern[str], handler: Handler, ctx: Context, position: int, found: list[DateMention]
) -> int | None:
    """Add to `found` the dates one rule finds from `position` on, keeping those that do not overlap
    earlier ones; stop early, returning where to look again, at a match turned down (or overlapping)
    with a number inside it («۲۹ - ۱۹ شوال ۱۴۴۵» is no span of days, «۱۹ شوال ۱۴۴۵» is a date). A
    word inside one («شنبه» of «سه شنبه») starts no date, so the search goes on past it. A handler's
    date lies within its match, so a match inside a date already found («ژوئیه ۲۰۲۵» of «۲۱ ژوئیه
    ۲۰۲۵») is turned down without reading it (P3: most dates are matched again by later rules)."""
    for match in pattern.finditer(ctx.folded, position):
        inside = any(f.offset <= match.start() and match.end() <= f.limit for f in found)
        mention = None if inside else handler(match, ctx)
        if mention is None or any(mention.offset < f.limit and f.offset < mention.limit for f in found):
            inner = _NUMBER_START.search(ctx.folded, match.start() + 1, match.end())
            if inner:
                return inner.start()
            continue
        found.append(mention)
    return None
