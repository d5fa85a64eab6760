"""Years written in words («سال دو هزار و چهارده», «هزار و سیصد و نود و هشت شمسی»): the number read
from its thousands, hundreds, tens and units joined by «و», as Persian and Dari write a year out.

hazm reads no number words, so this is the package's one reader of numbers past a hundred; the words
below a hundred are helpers.dates.words' (UNITS, TEENS, TENS). A year in words is a date only after
«سال» or before a calendar marker: «دو هزار» alone, or before a counted noun, is a count."""

from __future__ import annotations

import re

from helpers.contracts import Precision
from helpers.dates import calendars as cal
from helpers.dates.calendars import GAP
from helpers.dates.mention import Context, DateMention, make_mention, resolve
from helpers.dates.patterns import COUNT_FOLLOWS
from helpers.dates.words import TEENS, TENS, UNITS

HUNDREDS = {
    "صد": 100,
    "یکصد": 100,
    "دویست": 200,
    "سیصد": 300,
    "چهارصد": 400,
    "پانصد": 500,
    "پونصد": 500,
    "ششصد": 600,
    "شیشصد": 600,
    "هفتصد": 700,
    "هشتصد": 800,
    "نهصد": 900,
}
"""The hundreds, one word each (spoken «پونصد», «شیشصد» too)."""
_UNITS = {w: i + 1 for i, w in enumerate(UNITS)}
_SMALL = {**_UNITS, **{w: 10 + i for i, w in enumerate(TEENS)}}
_AND = rf"{GAP}*و{GAP}*"
"""«و» between the parts, spaced, glued or after a ZWNJ («هزار و سیصد», «بیست‌و‌پنج»)."""


def _words(values: dict[str, int]) -> str:
    return "|".join(sorted(values, key=len, reverse=True))


YEAR_IN_WORDS = (
    rf"(?P<thousands>(?:(?:یک|دو){GAP}*)?هزار)"
    rf"(?:{_AND}(?P<hundreds>{_words(HUNDREDS)}))?"
    rf"(?:{_AND}(?:(?P<tens>{_words(TENS)})(?:{_AND}(?P<units>{_words(_UNITS)}))?|(?P<small>{_words(_SMALL)})))?"
)
"""A year from a thousand to 2999 in words: thousands, then hundreds, then tens and units or a number below
twenty, each after «و»."""


def year_value(m: re.Match[str]) -> int:
    """The number a YEAR_IN_WORDS match spells."""
    thousands = 2000 if cal.canonical(m["thousands"]).startswith("دو") else 1000
    parts = ((HUNDREDS, "hundreds"), (TENS, "tens"), (_UNITS, "units"), (_SMALL, "small"))
    return thousands + sum(values.get(m[group] or "", 0) for values, group in parts)


def year_in_words(m: re.Match[str], ctx: Context) -> DateMention | None:
    """«سال دو هزار و چهارده», «هزار و چهارصد و سه خورشیدی»: the year's calendar is its marker's, else its
    band's as for a year in digits (1200–1499 solar, 1500–2199 Gregorian)."""
    if not m["mark"] and (cal.canonical(m["cue"] or "") != "سال" or COUNT_FOLLOWS.match(ctx.folded, m.end())):
        return None  # «دو هزار» alone, «سال‌ها هزار …» (for years, a thousand …), «… هزار و صد نیرو»: counts
    year = year_value(m)
    calendar = cal.marker_calendar(m["mark"]) or cal.year_calendar(year)
    if calendar is None:
        return None
    if not m["mark"] and ctx.published and year > cal.from_gregorian(calendar, ctx.published)[0] + 30:
        return None  # «سال دو هزار و صد دانشجو»: a count far past the page's own year
    bounds = resolve(lambda: cal.year_bounds(calendar, year))
    return None if bounds is None else make_mention(ctx, m.start(), m.end(), bounds, calendar, Precision.YEAR)
