"""Find every date or period in Persian news sentences and pin it to Gregorian start/end days.

Rules run in a fixed order, most specific first; a later rule never takes text an earlier one
already matched. Each rule is a regular expression over the sentence (any digits: Persian,
Arabic-Indic, Latin) plus a check that rejects look-alikes such as amounts and counts.

Resolution rules (documented here because the tables depend on them):
- A yearless date («روز ۲۶ نوامبر», «۷ آذر») takes the year, among the publication year and its two
  neighbours in the date's own calendar, that puts it nearest the publication day; ties go to the past.
- A bare four-digit number is a year only in a date context: after «سال», before a calendar marker
  (میلادی، شمسی، ه.ق …), after a month name, in a year range, after a year-taking noun («افق ۲۰۳۰»,
  «بودجه ۱۴۰۴»), or after a time preposition («در ۲۰۲۵») when it lies within fifty years before or
  thirty after the publication year, is not a round hundred, and no unit word («نفر», «دلار») follows.
  1200–1499 is read as solar Hijri (Jalali), 1500–2199 as Gregorian; a lunar Hijri year needs a
  marker or a Hijri month name.
- Relative periods count from the publication date in the article's dominant calendar (solar or
  Gregorian, whichever more of its dates name; Gregorian if none or on a tie): «پنج سال آینده» = [published,
  published + 5 years]; «سه ماه گذشته» = [published − 3 months, published]; without a number the
  phrase names the neighbouring calendar unit («سال آینده» = next year, «هفته گذشته» = last
  Saturday–Friday week, «روز گذشته» = yesterday); «دو سال پیش» names the year two back.
  A relative phrase takes the solar or Gregorian calendar of the nearest date in its own sentence
  that names one, if any («تا ماه حوت سال جاری» = the current solar year). Lunar Hijri is never
  that frame: Persian writers do not count «امسال» in lunar years.
- A month, day or season followed by a relative year («آذر امسال», «۱۵ ژانویه سال گذشته»,
  «تابستان امسال») is one mention: that month of that year in the month's own calendar; solar
  seasons are the Jalali quarters (بهار = فروردین–خرداد …).
- A comparison («نسبت به ماه قبل», «مدت مشابه سال پیش») counts from the nearest earlier date in
  its sentence, not from publication.
- Month names that are also ordinary words (مهر seal, میزان amount, صفر zero, رمضان a given name …)
  are months only next to a day number, after «ماه»/«برج», before a year of their own calendar's
  band (not after «به»: «به میزان ۱۴۰۰»), or before a calendar marker.
- A weekday resolves to its nearest occurrence within three days of publication; after «تا» to the
  next one on or after it; «آینده»/«گذشته»/«هفته آینده» move it as the words say. A weekday written
  right before a date («پنجشنبه ۷ آذر») is part of that date's surface, not a row of its own.
  «دوشنبه» after «در/به/از/شهر/پایتخت» is Tajikistan's capital; once an article uses it so, a bare
  «دوشنبه» anywhere in that article is read as the city too («کاخ ملت دوشنبه»).
- Dual forms («21 دسامبر 1991 (30 آذر 1370)», «… برابر با …») give one row per calendar; the
  second row shares the first row's refers_to, and a warning is raised if the two disagree
  (different days; for years or months, periods that do not overlap at all).
- Without a publication date, relative and yearless mentions are kept with empty start and end.

refers_to is the event phrase around the date inside its clause (clauses end at punctuation and
«که»): up to four words before the date and six after, with «…» standing for the date itself.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

import pandas as pd

from helpers import contracts
from helpers.extract import calendars as cal
from helpers.extract.calendars import GAP, GREGORIAN, HIJRI, JALALI
from helpers.extract.mentions import Sentence, sentence_rows
from helpers.text.gazetteer import trie_pattern


@dataclass(frozen=True)
class DateMention:
    """One date or period found in a string; `offset`/`limit` are its character span."""

    surface: str
    start: dt.date | None
    end: dt.date | None
    calendar: str
    precision: str
    offset: int
    limit: int
    relative: bool = False  # resolved against the publication date rather than read off the text
    named_calendar: bool = True  # the text itself shows the calendar (a month name, a year, a marker)
    refers_to: str | None = None


@dataclass(frozen=True)
class _Context:
    text: str  # as given: surfaces are cut from it
    folded: str  # same length, Arabic letter forms unified: rules match on it
    published: dt.date | None
    calendar: str  # calendar for relative phrases


# Regex building blocks -----------------------------------------------------------------------------

SP = f"{GAP}+"
OSP = f"{GAP}*"
DIGIT = "[0-9۰-۹٠-٩]"
START = r"(?<![\w\u200c/])"
END = r"(?![\w\u200c])"
MEASURE_WORDS = (
    "نفر|تن|دلار|یورو|ریال|تومان|روبل|پوند|درهم|افغانی|لیر|یوان|متر|کیلومتر|کیلوگرم|کیلو|گرم|لیتر|"
    "بشکه|هکتار|مگاوات|واحد|مورد|عدد|فقره|هزار|میلیون|میلیارد|تریلیون|درصد"
)
COUNT_NOUNS = (
    "کشته|زخمی|خانوار|خانواده|سرباز|نیرو|رأی|رای|امتیاز|صفحه|کشور|شهر|روستا|شرکت|پرواز|خودرو|رأس|راس|"
    "فروند|نسخه|دستگاه|قطعه|نقطه|سال|ماه|روز|ساعت|دقیقه|ثانیه"
)
NOT_MEASURE = rf"(?!{OSP}(?:{MEASURE_WORDS})(?:ی|ای)?(?!\w))"
"""A number followed by a unit of amount («۱۴۰۰ میلیارد», «۲۰۲۵ نفر») is never a year."""
COUNT_FOLLOWS = re.compile(rf"{OSP}(?:{COUNT_NOUNS})(?:ی|ای)?(?!\w)")
"""A bare number before a counted noun or a duration («۲۰۰۰ نقطه», «۱۴۰۰ سال پیش») is a count;
after «سال» or a month name («در سال ۲۰۲۵ کشور چین …») the same words do not undo the year."""
MARK = rf"(?:{OSP}(?P<mark>{cal.MARKER_PATTERN}))?"
DAY_WORD = rf"{DIGIT}{{1,2}}|{cal.number_alternation(cal.ORDINALS)}"
MONTH = rf"(?P<month>{cal.alternation(cal.MONTH_WORDS)})\u0654?(?P<msuf>{GAP}?ماه)?"
YEAR = rf"(?P<year>{DIGIT}{{4}}|{DIGIT}{{1,3}}(?={OSP}(?:{cal.MARKER_PATTERN})))"
"""A four-digit year, or a shorter one a calendar marker vouches for («۱۴۸ هجری قمری»)."""
WEEKDAY = rf"(?P<wd>{cal.alternation(cal.WEEKDAY_WORDS)})"
TIME_PREPS = "پیش از|قبل از|پس از|بعد از|در|تا|از|طی|اوایل|اواسط|اواخر|ابتدای|آغاز|پایان|انتهای|نیمه"
COMPARATIVES = r"بیش|بیشتر|کمتر|کم‌تر|بالغ|حدود|نزدیک|حداقل|حداکثر|تقریبا|تقریباً|قریب|بالای|زیر"
YEAR_NOUNS = (
    "افق|چشم‌انداز|چشم انداز|سند|بودجه|جام جهانی|المپیک|پارالمپیک|انتخابات|سرشماری|اکسپو|نوروز|متولد|زاده|مصوب|مدل"
)
CLAUSE_BREAK = re.compile(r"[،؛:.!?؟«»()\[\]\"]|(?<![\w\u200c])که(?![\w\u200c])")
LEFT_TRIM = {
    "در",
    "از",
    "تا",
    "برای",
    "به",
    "طی",
    "ظرف",
    "بین",
    "میان",
    "حدود",
    "تاریخ",
    "مورخ",
    "مورخه",
    "پیش",
    "قبل",
    "پس",
    "بعد",
    "اوایل",
    "اواسط",
    "اواخر",
    "ابتدای",
    "پایان",
    "انتهای",
    "نیمه",
    "بازه",
    "و",
}
"""Words that tie a date to its event rather than name the event: dropped at the edges of refers_to."""


# Small resolution helpers --------------------------------------------------------------------------


Bounds = tuple[dt.date | None, dt.date | None]


def _resolve(compute: Callable[[], Bounds]) -> Bounds | None:
    """Bounds from a conversion: None if the day does not exist («۳۰ اسفند» in a common year);
    unknown (None, None) for a real Hijri date outside the conversion table, which is kept."""
    try:
        return compute()
    except cal.OutsideTable:
        return None, None
    except ValueError:
        return None


def _plausible_year(calendar: str, year: int, marked: bool) -> bool:
    """Whether a year written after a month name can belong to that month's calendar."""
    if calendar == GREGORIAN:
        return 1 <= year <= 2199 if marked else 1000 <= year <= 2199
    return 1 <= year <= 1600


def _nearest_day(calendar: str, month: int, day: int, published: dt.date) -> dt.date | None:
    """The (month, day) of `calendar` nearest `published`, trying its year and the two around it."""
    year = cal.from_gregorian(calendar, published)[0]
    options = []
    for candidate in (year - 1, year, year + 1):
        try:
            options.append(cal.to_gregorian(calendar, candidate, month, day))
        except ValueError:  # 30 Esfand or 29 February outside leap years
            continue
    return min(options, key=lambda d: (abs((d - published).days), d)) if options else None


def _nearest_month(calendar: str, month: int, published: dt.date) -> tuple[dt.date, dt.date]:
    """Bounds of the `month` of `calendar` nearest `published` (zero distance if it contains it)."""
    year = cal.from_gregorian(calendar, published)[0]

    def distance(bounds: tuple[dt.date, dt.date]) -> tuple[int, dt.date]:
        first, last = bounds
        gap = 0 if first <= published <= last else min(abs((first - published).days), abs((last - published).days))
        return gap, first

    return min((cal.month_bounds(calendar, y, month) for y in (year - 1, year, year + 1)), key=distance)


def _near_publication(calendar: str, year: int, published: dt.date | None) -> bool:
    """Whether a bare year sits where news usually points: 50 years back to 30 ahead."""
    if published is None:
        return (1900 <= year <= 2100) if calendar == GREGORIAN else (1300 <= year <= 1450)
    now = cal.from_gregorian(calendar, published)[0]
    return now - 50 <= year <= now + 30


@functools.cache
def _ending_with(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=[\s\u200c(«]))(?:{pattern}){OSP}$")


def _words_before(ctx: _Context, index: int, pattern: str) -> re.Match[str] | None:
    """Match `pattern` as the word(s) right before `index` (looking back a few words only)."""
    return _ending_with(pattern).search(ctx.folded, max(0, index - 40), index)


def _mention(
    ctx: _Context,
    offset: int,
    limit: int,
    bounds: tuple[dt.date | None, dt.date | None],
    calendar: str,
    precision: str,
    relative: bool = False,
    named_calendar: bool = True,
) -> DateMention:
    return DateMention(
        ctx.text[offset:limit], bounds[0], bounds[1], calendar, precision, offset, limit, relative, named_calendar
    )


# Rules ----------------------------------------------------------------------------------------------

Handler = Callable[[re.Match[str], _Context], DateMention | None]


def _numeric(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """«۱۴۰۴/۰۹/۰۷», «2025-11-28», «28/11/2025»: year first or last; day-month order by default."""
    a, b, c = m["a"], m["b"], m["c"]
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        year, month, day = int(c), int(b), int(a)
        if month > 12 >= day:  # month-first writing (US style)
            month, day = day, month
    else:
        return None
    calendar = cal.marker_calendar(m["mark"]) or cal.year_calendar(year)
    if calendar is None:
        return None
    bounds = _resolve(lambda: (cal.to_gregorian(calendar, year, month, day),) * 2)
    return None if bounds is None else _mention(ctx, m.start(), m.end(), bounds, calendar, "day")


def _day_month(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """«۲۸ نوامبر ۲۰۲۵», «اول ژانویه ۲۰۲۶», «روز ۲۶ نوامبر», «۱۰ تا ۱۲ آذر ۱۴۰۴»."""
    calendar, month = cal.MONTHS[cal.canonical(m["month"])]
    first = cal.number_value(m["day"])
    last = cal.number_value(m["day2"]) if m["day2"] else first
    if first is None or last is None or not 1 <= first <= last <= 31 or (m["day2"] and last == first):
        return None
    if m["join"] == "و" and last != first + 1:  # «۱۰ و ۱۵ آذر» names two days, not a span
        return None
    marker = cal.marker_calendar(m["mark"])
    if m["year"]:
        year = int(m["year"])
        if not _plausible_year(calendar, year, marker is not None) or marker not in (None, calendar):
            return None
        bounds = _resolve(
            lambda: (cal.to_gregorian(calendar, year, month, first), cal.to_gregorian(calendar, year, month, last))
        )
        if bounds is None:
            return None
        relative = False
    else:
        start = _nearest_day(calendar, month, first, ctx.published) if ctx.published else None
        if ctx.published and start is None:
            return None
        bounds = (start, start + dt.timedelta(days=last - first) if start else None)
        relative = True
    precision = "day" if first == last else "range"
    return _mention(ctx, m.start(), m.end(), bounds, calendar, precision, relative)


def _strong_month(m: re.Match[str]) -> bool:
    """An ambiguous month word («مهر», «میزان», «صفر») counts only with «ماه»/«برج» or a year marker."""
    return cal.canonical(m["month"]) not in cal.AMBIGUOUS_MONTHS or bool(
        m["cue"] or m["msuf"] or m.groupdict().get("mark")
    )


def _month_year(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """«نوامبر ۲۰۲۵», «آذرماه ۱۴۰۴», «ماه حمل سال ۱۴۰۳», «رمضان ۱۴۴۶ ه.ق»."""
    calendar, month = cal.MONTHS[cal.canonical(m["month"])]
    year = int(m["year"])
    if not _plausible_year(calendar, year, m["mark"] is not None):
        return None
    if not _strong_month(m):  # «مهر ۱۴۰۴» yes; «به میزان ۱۴۰۰» (an amount) or «تیر ۱۹۸۰» no
        own_band = (1300 <= year <= 1500) if calendar == HIJRI else cal.year_calendar(year) == calendar
        if not own_band or _words_before(ctx, m.start(), "به"):
            return None
    if cal.marker_calendar(m["mark"]) not in (None, calendar):
        return None
    bounds = _resolve(lambda: cal.month_bounds(calendar, year, month))
    return None if bounds is None else _mention(ctx, m.start(), m.end(), bounds, calendar, "month")


def _month_only(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """«ماه مارس», «آذرماه», «در نوامبر»: a yearless month, placed nearest the publication date."""
    calendar, month = cal.MONTHS[cal.canonical(m["month"])]
    if not (m["cue"] or m["msuf"] or (m["prep"] and _strong_month(m))):
        return None
    offset = m.start("month") if m["prep"] else m.start()
    bounds = _nearest_month(calendar, month, ctx.published) if ctx.published else (None, None)
    return _mention(ctx, offset, m.end(), bounds, calendar, "month", relative=True)


RELATIVE_YEARS = {
    "امسال": 0,
    "سالجاری": 0,
    "سالروان": 0,
    "پارسال": -1,
    "سالگذشته": -1,
    "سالقبل": -1,
    "سالپیش": -1,
    "سالآینده": 1,
    "سالبعد": 1,
}
RELATIVE_YEAR = rf"امسال|پارسال|سال{SP}(?:جاری|روان|گذشته|قبل|پیش|آینده|بعد)"
"""«سال روان» is the Dari for «سال جاری»."""


def _relative_year(m: re.Match[str], ctx: _Context, calendar: str) -> int | None:
    """The year of `calendar` that «امسال», «سال گذشته» … names, counted from publication."""
    if ctx.published is None:
        return None
    return cal.from_gregorian(calendar, ctx.published)[0] + RELATIVE_YEARS[cal.canonical(m["rel"])]


def _in_relative_year(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """«آذر امسال», «۱۵ ژانویه سال گذشته»: a month or day of a year named relative to publication,
    in the month's own calendar."""
    calendar, month = cal.MONTHS[cal.canonical(m["month"])]
    if _words_before(ctx, m.start(), "به"):  # «به میزان امسال»: an amount
        return None
    year = _relative_year(m, ctx, calendar)
    precision = "day" if m["day"] else "month"
    if year is None:
        return _mention(ctx, m.start(), m.end(), (None, None), calendar, precision, True)
    day = cal.number_value(m["day"]) if m["day"] else None
    bounds = _resolve(
        lambda: (cal.to_gregorian(calendar, year, month, day),) * 2 if day else cal.month_bounds(calendar, year, month)
    )
    return None if bounds is None else _mention(ctx, m.start(), m.end(), bounds, calendar, precision, True)


PART_ORDINALS = {"اول": 1, "نخست": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پایانی": 4}
SEASONS = {"بهار": 1, "تابستان": 2, "پاییز": 3, "پائیز": 3, "زمستان": 4}


def _year_part(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """«فصل سوم ۲۰۲۵», «سه‌ماهه نخست ۱۴۰۴», «نیمه دوم سال ۲۰۲۴», «پاییز ۱۴۰۴», «۱۰ ماه نخست سال
    ۲۰۲۵», «تابستان امسال», «نیمه نخست سال جاری»: parts of a year, written or relative."""
    if m["rel"]:  # seasons are solar; other parts follow the article's calendar
        calendar = JALALI if m["season"] else ctx.calendar
        year = _relative_year(m, ctx, calendar)
    else:
        year = int(m["year"])
        calendar = cal.marker_calendar(m["mark"]) or cal.year_calendar(year)
    if m["season"]:
        if calendar != JALALI:  # solar seasons are the Jalali quarters; Gregorian ones straddle years
            return None
        first, size = 3 * SEASONS[m["season"]] - 2, 3
    elif m["months"]:  # «۱۰ ماه نخست», «سه ماه پایانی»
        size = cal.number_value(m["months"]) or 0
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
        return _mention(ctx, m.start(), m.end(), (None, None), calendar, "range", True, bool(m["season"]))
    bounds = _resolve(
        lambda: (cal.month_bounds(calendar, year, first)[0], cal.month_bounds(calendar, year, first + size - 1)[1])
    )
    if bounds is None:
        return None
    relative = bool(m["rel"])
    return _mention(ctx, m.start(), m.end(), bounds, calendar, "range", relative, not relative or bool(m["season"]))


def _year_range(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """«۲۰۳۰ - ۲۰۲۹», «۲۰۲۹-۳۰», «از ۲۰۲۶ تا ۲۰۳۰», «بین سال‌های ۱۳۹۰ و ۱۴۰۰»."""
    first = int(m["y1"])
    second = int(m["y2"])
    hyphen = m["sep"].strip(" \u200c") in "-–—"
    if len(m["y2"]) == 2:  # season style «۱۴۰۳-۰۴»
        if not hyphen or second != (first + 1) % 100:
            return None
        second = first + 1
    if m["sep"].strip(" \u200c").startswith("و") and not (m["from"] in ("بین", "میان") or m["cue"]):
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
    bounds = _resolve(lambda: (cal.year_bounds(calendar, low)[0], cal.year_bounds(calendar, high)[1]))
    return None if bounds is None else _mention(ctx, m.start(), m.end(), bounds, calendar, "range")


def _decade(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """«دهه ۱۹۹۰», «دهه ۱۳۶۰»: the ten years starting at a round year."""
    year = int(m["year"])
    calendar = cal.marker_calendar(m["mark"]) or cal.year_calendar(year)
    if calendar is None or year % 10:
        return None
    bounds = _resolve(lambda: (cal.year_bounds(calendar, year)[0], cal.year_bounds(calendar, year + 9)[1]))
    return None if bounds is None else _mention(ctx, m.start(), m.end(), bounds, calendar, "range")


def _year(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """«سال ۲۰۲۵», «۱۴۴۶ ه.ق», «افق ۲۰۳۰», «در ۱۴۰۴»: see the module rules for bare numbers."""
    year = int(m["year"])
    marker = cal.marker_calendar(m["mark"])
    calendar = marker or cal.year_calendar(year)
    if calendar is None:
        return None
    if not m["cue"] and COUNT_FOLLOWS.match(ctx.folded, m.end()):
        return None
    if not (m["cue"] or marker or _words_before(ctx, m.start(), YEAR_NOUNS)):
        preposition = _words_before(ctx, m.start(), TIME_PREPS)
        if preposition is None or year % 100 == 0 or not _near_publication(calendar, year, ctx.published):
            return None
        if _words_before(ctx, m.start(), rf"(?:{COMPARATIVES}){SP}(?:{TIME_PREPS})"):  # «بیش از ۲۰۲۰»
            return None
    bounds = _resolve(lambda: cal.year_bounds(calendar, year))
    return None if bounds is None else _mention(ctx, m.start(), m.end(), bounds, calendar, "year")


UNIT_MONTHS = {"سال": 12, "دهه": 120, "قرن": 1200, "ماه": 1}
UNIT_DAYS = {"روز": 1, "هفته": 7, "ساعت": 1 / 24}
UNIT_NAMES_A_UNIT = {"سال", "ماه", "هفته", "روز"}
"""Units whose singular with no number names a calendar unit («سال آینده» = next year); «دهه
گذشته» and «ساعت گذشته» instead mean the last ten years, the last hour."""
FUTURE = {"آینده", "آتی", "پیشرو"}
PAST = {"گذشته", "اخیر"}
AGO = {"قبل", "پیش"}


def _calendar_unit(unit: str, steps: int, ctx: _Context, calendar: str) -> tuple[tuple[dt.date, dt.date], str]:
    """Bounds and precision of the calendar unit `steps` units from publication (0 = current)."""
    published = ctx.published
    assert published is not None
    if unit == "روز":
        day = published + dt.timedelta(days=steps)
        return (day, day), "day"
    if unit == "هفته":
        return cal.week_bounds(published + dt.timedelta(weeks=steps)), "range"
    year, month, _ = cal.from_gregorian(calendar, published)
    if unit == "ماه":
        return cal.month_bounds(calendar, *cal.shift_months(year, month, steps)), "month"
    return cal.year_bounds(calendar, year + steps * UNIT_MONTHS[unit] // 12), "year"


def _span(unit: str, count: int, ctx: _Context, calendar: str, forward: bool) -> tuple[dt.date, dt.date]:
    """[published, published + count units] or [published − count units, published]."""
    published = ctx.published
    assert published is not None
    sign = 1 if forward else -1
    if unit in UNIT_DAYS:  # «۲۴ ساعت گذشته» reaches back into the day before
        other = published + sign * dt.timedelta(days=math.ceil(count * UNIT_DAYS[unit]))
    else:
        other = cal.add_months(calendar, published, sign * count * UNIT_MONTHS[unit])
    return (published, other) if forward else (other, published)


def _relative(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """«پنج سال آینده», «سال گذشته», «دو سال پیش», «هفته آینده», «سه ماه اخیر», «ماه جاری»."""
    unit, direction = m["unit"], cal.canonical(m["dir"]).replace("روان", "جاری")
    count = cal.number_value(m["n"]) if m["n"] else None
    if count is None and (m["plural"] or _words_before(ctx, m.start(), f"{DIGIT}+")):
        return None  # «سال‌های اخیر» has no length; «۱۴۰۰ سال پیش» is too long a count to be a date
    if direction in AGO and re.match(rf"{SP}از(?![\w\u200c])", ctx.folded[m.end() :]):
        return None  # «دو سال پیش از انقلاب» counts from another event
    if (direction == "جاری" and count is not None) or (direction == "دیگر" and count is None):
        return None
    named = bool(m["mark"])
    calendar = cal.marker_calendar(m["mark"]) or ctx.calendar
    if ctx.published is None:
        return _mention(ctx, m.start(), m.end(), (None, None), calendar, "range", True, named)
    steps = 0 if direction == "جاری" else (count or 1) * (-1 if direction in PAST | AGO else 1)
    if direction == "اخیر" or (direction in FUTURE | PAST and (count is not None or unit not in UNIT_NAMES_A_UNIT)):
        bounds, precision = _span(unit, abs(steps), ctx, calendar, steps > 0), "range"
    elif unit == "ساعت":  # «سه ساعت پیش»: the day it falls on
        bounds, precision = _calendar_unit("روز", int(steps / 24), ctx, calendar)
    elif unit in ("دهه", "قرن"):  # «دو دهه پیش»: the year it points at
        bounds, precision = _calendar_unit("سال", steps * UNIT_MONTHS[unit] // 12, ctx, calendar)
    else:
        bounds, precision = _calendar_unit(unit, steps, ctx, calendar)
    return _mention(ctx, m.start(), m.end(), bounds, calendar, precision, True, named)


DEICTIC_DAYS = {"امروز": 0, "دیروز": -1, "پریروز": -2, "فردا": 1, "پسفردا": 2}
DEICTIC_YEARS = {"امسال": 0, "پارسال": -1}


def _deictic(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """«امروز (شنبه)», «دیروز», «فردا», «امسال», «پارسال»."""
    word = cal.canonical(m["word"])
    if ctx.published is None:
        bounds, precision = (None, None), "year" if word in DEICTIC_YEARS else "day"
    elif word in DEICTIC_YEARS:
        bounds, precision = _calendar_unit("سال", DEICTIC_YEARS[word], ctx, ctx.calendar)
    else:
        bounds, precision = _calendar_unit("روز", DEICTIC_DAYS[word], ctx, ctx.calendar)
    return _mention(ctx, m.start(), m.end(), bounds, ctx.calendar, precision, True, False)


DUSHANBE_CUES = "در|به|از|شهر|پایتخت"
DUSHANBE_CITY = re.compile(rf"(?<![\w\u200c])(?:{DUSHANBE_CUES}){SP}دوشنبه(?![\w\u200c])")


def _weekday(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """«یکشنبه», «تا یکشنبه», «دوشنبه آینده», «جمعه هفته گذشته» (not «نماز جمعه»)."""
    if _words_before(ctx, m.start(), "نماز|امام|خطیب|خطبه|خطبه‌های|ائمه"):
        return None
    if cal.canonical(m["wd"]) == "دوشنبه" and not (m["dir"] or m[0].startswith("روز")):
        if _words_before(ctx, m.start(), DUSHANBE_CUES):  # Dushanbe, Tajikistan's capital
            return None
    if ctx.published is None:
        return _mention(ctx, m.start(), m.end(), (None, None), ctx.calendar, "day", True, False)
    published = ctx.published
    target = cal.WEEKDAYS[cal.canonical(m["wd"])]
    ahead = (target - published.weekday()) % 7  # 0..6 days to the next such weekday
    direction = cal.canonical(m["dir"] or "")
    if direction in ("هفتهآینده", "هفتهگذشته", "اینهفته"):
        week = {"هفتهآینده": 1, "هفتهگذشته": -1, "اینهفته": 0}[direction]
        saturday = cal.week_bounds(published)[0] + dt.timedelta(weeks=week)
        day = saturday + dt.timedelta(days=(target - 5) % 7)
    elif direction == "آینده":
        day = published + dt.timedelta(days=ahead or 7)
    elif direction == "گذشته":
        day = published - dt.timedelta(days=(7 - ahead) % 7 or 7)
    elif _words_before(ctx, m.start(), "تا"):
        day = published + dt.timedelta(days=ahead)
    else:
        day = published + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
    return _mention(ctx, m.start(), m.end(), (day, day), ctx.calendar, "day", True, False)


RULES: list[tuple[re.Pattern[str], Handler]] = [
    (
        re.compile(
            rf"{START}(?:(?:روز{SP})?(?P<day>{DAY_WORD}){SP})?(?:(?:ماه(?:{SP}مبارک)?|برج){SP})?{MONTH}"
            rf"{SP}(?P<rel>{RELATIVE_YEAR}){END}"
        ),
        _in_relative_year,
    ),
    (
        re.compile(
            rf"{START}(?<![.\-])(?P<a>{DIGIT}{{4}}|{DIGIT}{{1,2}})(?P<sep>{OSP}/{OSP}|-|\.)"
            rf"(?P<b>{DIGIT}{{1,2}})(?P=sep)(?P<c>{DIGIT}{{4}}|{DIGIT}{{1,2}}){MARK}(?![\w\u200c/])"
        ),
        _numeric,
    ),
    (
        re.compile(
            rf"{START}(?:(?:امروز|روز){SP})?(?:{WEEKDAY}{OSP}[،,]?{OSP})?(?P<day>{DAY_WORD})"
            rf"(?:{OSP}(?P<join>تا|الی|-|–|و){OSP}(?P<day2>{DAY_WORD}))?{SP}{MONTH}"
            rf"(?:{SP}(?:سال{SP})?{YEAR}{MARK}{NOT_MEASURE})?{END}"
        ),
        _day_month,
    ),
    (
        re.compile(rf"{START}(?:(?P<cue>ماه|برج){SP})?{MONTH}{SP}(?:سال{SP})?{YEAR}{MARK}{NOT_MEASURE}{END}"),
        _month_year,
    ),
    (
        re.compile(
            rf"{START}(?:(?P<part>فصل|سه{GAP}?ماهه|نیمه){SP}(?P<ord>{'|'.join(PART_ORDINALS)})"
            rf"|(?P<months>{DIGIT}{{1,2}}|{cal.number_alternation(cal.CARDINALS)}){SP}ماهه?{SP}"
            rf"(?P<edge>نخست|اول|پایانی|آخر)"
            rf"|(?:فصل{SP})?(?P<season>{'|'.join(SEASONS)}))"
            rf"{SP}(?:(?P<rel>{RELATIVE_YEAR})|(?:سال{SP})?{YEAR}{MARK}{NOT_MEASURE}){END}"
        ),
        _year_part,
    ),
    (
        re.compile(
            rf"{START}(?:(?P<from>از|بین|میان){SP})?(?:(?P<cue>سال(?:{GAP}?های?)?){SP})?(?P<y1>{DIGIT}{{4}})"
            rf"(?:{OSP}(?P<mark1>{cal.MARKER_PATTERN}))?"
            rf"(?P<sep>{OSP}[-–—]{OSP}|{SP}(?:تا|الی|و){SP}(?:سال{SP})?)(?P<y2>{DIGIT}{{4}}|{DIGIT}{{2}})"
            rf"{MARK}{NOT_MEASURE}{END}"
        ),
        _year_range,
    ),
    (re.compile(rf"{START}دهه{SP}{YEAR}{MARK}{END}"), _decade),
    (
        re.compile(rf"{START}(?:(?P<cue>ماه(?:{SP}مبارک)?|برج){SP}|(?P<prep>{TIME_PREPS}){SP})?{MONTH}{END}"),
        _month_only,
    ),
    (re.compile(rf"{START}(?:(?P<cue>سال){SP})?{YEAR}{MARK}{NOT_MEASURE}{END}"), _year),
    (
        re.compile(
            rf"{START}(?P<word>امروز|دیروز|پریروز|پس{GAP}?فردا|فردا|امسال|پارسال)"
            rf"(?:{OSP}\(?{OSP}{WEEKDAY}{OSP}\)?)?(?![\w\u200c])"
        ),
        _deictic,
    ),
    (
        re.compile(
            rf"{START}(?:روز{SP})?{WEEKDAY}(?:{GAP}?(?:شب|صبح|عصر|ظهر))?"
            rf"(?:{SP}(?P<dir>هفته{GAP}+آینده|هفته{GAP}+گذشته|این{GAP}+هفته|آینده|گذشته))?{END}"
        ),
        _weekday,
    ),
    (
        re.compile(
            rf"{START}(?:(?P<n>{DIGIT}{{1,3}}|{cal.number_alternation(cal.CARDINALS)}){SP})?"
            rf"(?P<unit>سال|ماه|هفته|روز|ساعت|دهه|قرن)(?P<plural>{GAP}?ها)?{SP}"
            rf"(?P<dir>آینده|آتی|پیش{GAP}?رو|گذشته|اخیر|قبل|پیش|جاری|روان|دیگر)"
            rf"(?:{OSP}(?P<mark>قمری|شمسی|خورشیدی|میلادی))?{END}"
        ),
        _relative,
    ),
]
"""(pattern, handler) pairs, most specific first."""


# Refers-to and dual forms ------------------------------------------------------------------------


def _edge_trim(words: list[str], *, trailing: bool) -> list[str]:
    """Drop linking words (prepositions, «و») at the end (or start) of a context window."""
    while words and words[-1 if trailing else 0] in LEFT_TRIM:
        words.pop(-1 if trailing else 0)
    return words


def _refers_to(text: str, offset: int, limit: int) -> str | None:
    """The event phrase around a date inside its clause: «left … right», or None if there is none."""
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(text, 0, offset)]
    left = text[breaks[-1] if breaks else 0 : offset].split()[-4:]
    left = _edge_trim(_edge_trim(left, trailing=True), trailing=False)
    following = CLAUSE_BREAK.search(text, limit)
    right = text[limit : following.start() if following else len(text)].split()[:6]
    if not left and not right:
        return None
    return " … ".join(part for part in (" ".join(left), " ".join(right)) if part)


COMPARISON = re.compile(rf"(?:نسبت{SP}به|مشابه){SP}$")
"""Words before a relative phrase that make it relative to a date already named, not to publication."""
DUAL_JOIN = re.compile(rf"{OSP}(?:\({OSP}|(?:برابر|مطابق){OSP}(?:با{OSP})?)$")


def _disagree(first: DateMention, second: DateMention) -> bool:
    """Whether two forms of one date contradict: different days, or periods that do not even overlap
    («سال ۱۹۹۲ میلادی (۱۳۷۱ خورشیدی)» overlap without coinciding: years straddle each other)."""
    if None in (first.start, first.end, second.start, second.end):
        return False
    if first.precision == second.precision == "day":
        return first.start != second.start
    return first.end < second.start or second.end < first.start  # type: ignore[operator]


def _describe(found: list[DateMention], text: str) -> list[DateMention]:
    """Attach refers_to to each mention; a dual form's second half shares the first's and is checked."""
    out: list[DateMention] = []
    for mention in found:
        previous = out[-1] if out else None
        if (
            previous is not None
            and not previous.relative
            and not mention.relative
            and previous.calendar != mention.calendar
            and DUAL_JOIN.fullmatch(text[previous.limit : mention.offset])
        ):
            closing = re.match(rf"{OSP}\)", text[mention.limit :])
            after = mention.limit + closing.end() if closing else mention.limit
            # Blank out the second form so the first one's event phrase reads across it.
            blanked = text[: previous.limit] + " " * (after - previous.limit) + text[after:]
            shared = _refers_to(blanked, previous.offset, previous.limit)
            out[-1] = replace(previous, refers_to=shared)
            out.append(replace(mention, refers_to=shared))
            if _disagree(previous, mention):
                warnings.warn(
                    f"dual date forms disagree: «{previous.surface}» is {previous.start}, "
                    f"«{mention.surface}» is {mention.start}",
                    stacklevel=3,
                )
            continue
        out.append(replace(mention, refers_to=_refers_to(text, mention.offset, mention.limit)))
    return out


# Public API -----------------------------------------------------------------------------------------


# What each rule's accepted matches must contain somewhere. The rules start with a lookbehind, which
# stops the regex engine from skipping ahead to a possible first letter, so running one over a
# sentence costs far more than finding plain words; a rule whose needs are absent cannot yield a date
# and is not run. A need is a set of words one of which every accepted match of the rule contains:
# a word's longest space/ZWNJ-free piece (words are matched with optional separators between their
# pieces), or a word the handler insists on (_month_only keeps an ambiguous month name such as «مه»
# or «دی» only after «ماه»/«برج» or with a «ماه» suffix). So skipping never changes what is found;
# tests/test_dates_rule_needs.py checks it on examples.


def _pieces(words: list[str]) -> tuple[str, ...]:
    """The longest space/ZWNJ-free piece of each word, in folded spelling."""
    return tuple(max(re.split(r"[ \u200c]", cal.fold(w)), key=len) for w in words)


_DIGITS = tuple("0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩")  # the characters DIGIT matches
NEEDS: dict[str, tuple[str, ...]] = {
    "digit": _DIGITS,
    "month": _pieces(cal.MONTH_WORDS),
    "day": _DIGITS + _pieces(list(cal.ORDINALS)),
    "strong month": (
        "ماه",
        "برج",
        *_pieces([w for w in cal.MONTH_WORDS if cal.canonical(w) not in cal.AMBIGUOUS_MONTHS]),
    ),
    "weekday": _pieces(cal.WEEKDAY_WORDS),
    "سال": ("سال",),
    "سال or digit": ("سال", *_DIGITS),
    "دهه": ("دهه",),
    "part": ("فصل", "ماه", "نیمه", *SEASONS),
    "deictic": ("امروز", "دیروز", "پریروز", "فردا", "امسال", "پارسال"),
    "unit": ("سال", "ماه", "هفته", "روز", "ساعت", "دهه", "قرن"),
}
"""Need name -> the words that meet it."""
RULE_NEEDS: dict[Handler, frozenset[str]] = {
    handler: frozenset(needs)
    for handler, needs in (
        (_in_relative_year, ("سال", "month")),
        (_numeric, ("digit",)),
        (_day_month, ("day", "month")),
        (_month_year, ("digit", "month")),
        (_year_part, ("سال or digit", "part")),
        (_year_range, ("digit",)),
        (_decade, ("digit", "دهه")),
        (_month_only, ("strong month",)),
        (_year, ("digit",)),
        (_deictic, ("deictic",)),
        (_weekday, ("weekday",)),
        (_relative, ("unit",)),
    )
}
_NEED_WORDS = {w for words in NEEDS.values() for w in words}
_NEED_SEARCH = re.compile(f"({DIGIT}+)|{trie_pattern(_NEED_WORDS - set(_DIGITS), sep='')}")
"""A run of digits (every digit meets the same needs), or the longest need word at a position."""
_NEEDS_MET = {w: frozenset(n for n, words in NEEDS.items() if any(w.startswith(x) for x in words)) for w in _NEED_WORDS}
"""Need word -> the needs it meets, with those of the shorter need words it starts with."""


def needs_met(folded: str) -> set[str]:
    """The needs a folded sentence meets, in one scan: at every position where a need word starts,
    the trie finds the longest one, which also holds the shorter ones it starts with."""
    met: set[str] = set()
    pos = 0
    while (m := _NEED_SEARCH.search(folded, pos)) is not None:
        if m.group(1):  # no need word starts inside a run of digits: go past it
            met |= _NEEDS_MET[m.group(1)[0]]
            pos = m.end()
        else:
            met |= _NEEDS_MET[m.group()]
            pos = m.start() + 1
    return met


def _scan(text: str, published: dt.date | None, calendar: str) -> list[DateMention]:
    """Run every rule once, in order, keeping matches that do not overlap earlier ones."""
    ctx = _Context(text, cal.fold(text), published, calendar)
    met = needs_met(ctx.folded)
    found: list[DateMention] = []
    for pattern, handler in RULES:
        if not RULE_NEEDS[handler] <= met:
            continue
        for match in pattern.finditer(ctx.folded):
            mention = handler(match, ctx)
            if mention is None or any(mention.offset < f.limit and f.offset < mention.limit for f in found):
                continue
            found.append(mention)
    return sorted(found, key=lambda f: f.offset)


def find_dates(text: str, published: dt.date | None, calendar: str = GREGORIAN) -> list[DateMention]:
    """Every date or period in one string, in reading order.

    Relative phrases («سال جاری», «امروز») count in the solar or Gregorian calendar of the nearest
    date in the same string that names one, else in `calendar` (extract_dates passes the article's
    dominant one). Lunar Hijri is never the frame of «امسال»: Persian writers count years in solar
    or Gregorian ones. A comparison («نسبت به ماه قبل») counts from the date it compares with, the
    nearest earlier one in the string, not from publication."""
    if isinstance(published, dt.datetime):  # a timestamp would not subtract from dates
        published = published.date()
    found = _scan(text, published, calendar)
    frames = [f for f in found if f.named_calendar and f.calendar != HIJRI]
    rescans: dict[tuple[str, dt.date | None], dict[int, DateMention]] = {}
    for i, mention in enumerate(found):
        if mention.named_calendar:
            continue
        frame = min(frames, key=lambda f: abs(f.offset - mention.offset)).calendar if frames else calendar
        anchor = published
        earlier = [f for f in found[:i] if f.start is not None]
        if earlier and COMPARISON.search(cal.fold(text), 0, mention.offset):
            anchor = earlier[-1].start
        if (frame, anchor) != (mention.calendar, published):
            key = (frame, anchor)
            rescan = rescans.setdefault(key, {f.offset: f for f in _scan(text, anchor, frame)})
            found[i] = rescan.get(mention.offset, mention)
    return _describe(found, text)


def dominant_calendar(mentions: list[DateMention]) -> str:
    """The solar or Gregorian calendar most dates that name one use; Gregorian if none or on a tie."""
    counts = Counter(m.calendar for m in mentions if m.named_calendar and m.calendar != HIJRI)
    return JALALI if counts[JALALI] > counts[GREGORIAN] else GREGORIAN


def date_rows(rows: list[Sentence], published: dt.date | None) -> pd.DataFrame:
    """The dates table (contracts.DATES) for an article's sentence rows (helpers.extract.mentions)."""
    texts = [row.text for row in rows]
    found = [find_dates(t, published) for t in texts]
    calendar = dominant_calendar([m for mentions in found for m in mentions])
    if calendar != GREGORIAN:  # count relative phrases again, in the article's calendar
        with warnings.catch_warnings():  # dual forms already warned on the first pass
            warnings.simplefilter("ignore")
            found = [
                find_dates(t, published, calendar) if any(not m.named_calendar for m in mentions) else mentions
                for t, mentions in zip(texts, found, strict=True)
            ]
    # One sense per article: where «دوشنبه» is the city once, a bare «دوشنبه» is the city throughout.
    city = any("دوشنبه" in folded and DUSHANBE_CITY.search(folded) for folded in map(cal.fold, texts))
    out = [
        (
            m.surface,
            m.start.isoformat() if m.start else None,
            m.end.isoformat() if m.end else None,
            m.calendar,
            m.precision,
            m.refers_to,
            row.role,
            row.paragraph,
            row.sentence,
            row.text,
        )
        for row, mentions in zip(rows, found, strict=True)
        for m in mentions
        if not (city and cal.canonical(m.surface) == "دوشنبه")
    ]
    return _table(out)


def _table(rows: list[tuple]) -> pd.DataFrame:
    """The dates table from rows in contracts.DATES order. Columns are built with their types given
    (contracts.frame; pandas' per-value type inference costs more than the date search). An empty table,
    or one with a column that is missing throughout, is left to pandas, which makes such a column
    `object`: that keeps the table's types what they always were."""
    columns = dict(zip(contracts.DATES, map(list, zip(*rows))))
    if rows and all(any(v is not None for v in values) for values in columns.values()):
        return contracts.frame(columns, contracts.DATES)
    return pd.DataFrame(rows, columns=contracts.header(contracts.DATES))


def extract_dates(sentences: pd.DataFrame, published: dt.date | None) -> pd.DataFrame:
    """The dates table (contracts.DATES) for an article's sentences (contracts.SENTENCES)."""
    return date_rows(sentence_rows(sentences), published)
