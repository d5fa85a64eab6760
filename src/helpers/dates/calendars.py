"""Calendars for date extraction: the text date rules match on, year markers, and day arithmetic in
the Gregorian, Jalali (solar Hijri) and lunar Hijri calendars (the words are in helpers.dates.words).

Conversions go through jdatetime (Jalali) and hijridate (Umm al-Qura tables, AH 1343–1500), so this
module only knows bounds."""

from __future__ import annotations

import calendar as _gregorian
import datetime as dt
import functools
import re

import jdatetime
from hijridate import Gregorian, Hijri

from helpers import chars
from helpers.contracts import Calendar

GAP = r"[\s\u200c]"
"""A space or a zero-width non-joiner: Persian writers use either inside compounds."""


_LETTER_FORMS = chars.replacer({**chars.LETTER_FORMS, **chars.PASHTO_LETTERS})


_HAMZA_EZAFE = re.compile("(?<=ه)ء")
"""The ezafe of a word in «ه» written with a hamza on the line, as older Dari pages write it («ماهء جاری», «هفتهء
آینده»; «هفتهٔ» elsewhere): read as the ZWNJ the other spellings of the ezafe leave («هفته‌ی» less its «ی»)."""


def fold_for_dates(text: str) -> str:
    """The text date rules match on: Arabic and Pashto letter forms made Persian and the hamza of an ezafe
    made a ZWNJ, and nothing else, so it has the length of `text` and a match's offsets cut the surface
    straight from `text`."""
    folded = _LETTER_FORMS(text)
    return _HAMZA_EZAFE.sub("\u200c", folded) if "ء" in folded else folded


def canonical(word: str) -> str:
    """Key for looking a matched word up: folded letters; no spaces, ZWNJs, joiners, tatweel or hamza-above."""
    return re.sub(r"[\s\u200c\u200d\u0640\u0654]", "", fold_for_dates(word))


# Year markers after a number: «ه.ق», «هـ.ش», «قمری», «میلادی» …
YEAR_MARKERS: dict[str, Calendar] = {
    "قمری": Calendar.HIJRI,
    "شمسی": Calendar.JALALI,
    "خورشیدی": Calendar.JALALI,
    "میلادی": Calendar.GREGORIAN,
    "م.": Calendar.GREGORIAN,
    "م": Calendar.GREGORIAN,
    "ق": Calendar.HIJRI,
    "ش": Calendar.JALALI,
}
MARKER_WORDS = (
    rf"هجری{GAP}+(?:قمری|شمسی|خورشیدی)|قمری|شمسی|خورشیدی|میلادی"
    r"|ه[\u200d\u0640]?\s*\.?\s*[قش](?:\.|(?![\w\u200c]))|م\.|م(?![\w\u200c])"
)
"""Markers as written after a year: words, «ه.ق»/«هـ ش» with or without dots, and «م.»/«م», which
Arabic and Afghan writing glues to the year («۲۰۰۱م»): enough to make a short number a year («۱۴۸ ه.ق»)."""
MARKER_PATTERN = rf"{MARKER_WORDS}|[قش](?![\w\u200c.])"
"""The markers, and «ق»/«ش» alone after a four-digit year («۱۴۴۶ ق», «۱۴۰۲ش»), not the «ق.ظ» of a clock."""


def marker_calendar(marker: str | None) -> Calendar | None:
    """Calendar a year marker names, or None when there is none."""
    if not marker:
        return None
    key = canonical(marker).removeprefix("هجری")
    if key.startswith("ه") and key.strip(".")[-1:] in ("ق", "ش") and len(key) <= 4:  # «ه.ق», «هـ. ش», «هـ ش»
        return Calendar.HIJRI if "ق" in key else Calendar.JALALI
    return YEAR_MARKERS.get(key)


def year_calendar(year: int) -> Calendar | None:
    """Calendar a bare four-digit year most likely belongs to in Persian news.

    1200–1499 is a solar Hijri year (Iran, Afghanistan); 1500–2199 a Gregorian one. Lunar Hijri years
    (now around 1447) overlap the Jalali band, so they need a marker or a Hijri month name."""
    if 1200 <= year <= 1499:
        return Calendar.JALALI
    if 1500 <= year <= 2199:
        return Calendar.GREGORIAN
    return None


def day_calendar(year: int) -> Calendar | None:
    """Calendar of the year of a date written out to the day («۱۴۳۸/۱۲/۲۲»): as `year_calendar`, except
    that a solar year more than a year after today's is read as lunar Hijri, the calendar Saudi and Gulf
    agencies date their pages in (solar 1438 would be AD 2059; no news is dated in its future)."""
    calendar = year_calendar(year)
    if calendar is Calendar.JALALI and year > jdatetime.date.today().year + 1:
        return Calendar.HIJRI
    return calendar


# Day arithmetic -----------------------------------------------------------------------------------
# Conversions are cached per day or month: jdatetime and hijridate are pure Python, and news names
# the same few days again and again.


class OutsideTable(ValueError):
    """A lunar Hijri date outside hijridate's Umm al-Qura table (AH 1343–1500): it exists, but this
    module cannot place it on the Gregorian calendar."""


def _hijri(year: int, month: int, day: int) -> Hijri:
    try:
        return Hijri(year, month, day)
    except OverflowError as exc:
        raise OutsideTable(str(exc)) from exc


@functools.lru_cache(maxsize=4096)
def to_gregorian(cal: Calendar, year: int, month: int, day: int) -> dt.date:
    """Gregorian date of a day in `cal`; ValueError if the day does not exist, OutsideTable if it
    is a Hijri day too old or too far ahead to convert."""
    if cal == Calendar.GREGORIAN:
        return dt.date(year, month, day)
    if cal == Calendar.JALALI:
        return jdatetime.date(year, month, day).togregorian()
    g = _hijri(year, month, day).to_gregorian()
    return dt.date(g.year, g.month, g.day)


@functools.lru_cache(maxsize=4096)
def from_gregorian(cal: Calendar, day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of a Gregorian date in `cal`."""
    if cal == Calendar.GREGORIAN:
        return day.year, day.month, day.day
    if cal == Calendar.JALALI:
        j = jdatetime.date.fromgregorian(date=day)
        return j.year, j.month, j.day
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    return h.year, h.month, h.day


@functools.lru_cache(maxsize=4096)
def month_length(cal: Calendar, year: int, month: int) -> int:
    """Days in a month of `cal`."""
    if cal == Calendar.GREGORIAN:
        return _gregorian.monthrange(year, month)[1]
    if cal == Calendar.JALALI:
        if month <= 6:
            return 31
        if month <= 11:
            return 30
        return 30 if jdatetime.date(year, 1, 1).isleap() else 29
    return _hijri(year, month, 1).month_length()


def month_bounds(cal: Calendar, year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a month of `cal`."""
    return to_gregorian(cal, year, month, 1), to_gregorian(cal, year, month, month_length(cal, year, month))


def year_bounds(cal: Calendar, year: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a year of `cal`."""
    return to_gregorian(cal, year, 1, 1), month_bounds(cal, year, 12)[1]


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) `months` months after (before, if negative) the given month; every
    calendar here has twelve months."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def add_months(cal: Calendar, day: dt.date, months: int) -> dt.date:
    """The same day of the month `months` months later in `cal`, clamped to the month's length."""
    y, m, d = from_gregorian(cal, day)
    y, m = shift_months(y, m, months)
    return to_gregorian(cal, y, m, min(d, month_length(cal, y, m)))


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Saturday-to-Friday week (the Iranian and Afghan working week) containing `day`."""
    start = day - dt.timedelta(days=(day.weekday() - 5) % 7)
    return start, start + dt.timedelta(days=6)
