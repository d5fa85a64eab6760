"""Calendar knowledge for date extraction: month and number words as Persian and Dari press write
them, and day arithmetic in the Gregorian, Jalali (solar Hijri) and lunar Hijri calendars.

Conversions go through jdatetime (Jalali) and hijridate (Umm al-Qura tables, AH 1343–1500), so this
module only knows names and bounds. Afghan solar months (حمل … حوت) are the same solar Hijri calendar
as Iran's فروردین … اسفند, month for month, so they map to "jalali".
"""

from __future__ import annotations

import calendar as _gregorian
import datetime as dt
import functools
import re

import jdatetime
from hijridate import Gregorian, Hijri

from helpers import chars

GREGORIAN, JALALI, HIJRI = "gregorian", "jalali", "hijri"

GAP = r"[\s\u200c]"
"""A space or a zero-width non-joiner: Persian writers use either inside compounds."""


FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا"})
"""Arabic letter forms -> Persian ones, one character for one, so match offsets stay valid."""


_FOLD_CHARS = chars.replacer({chr(code): new for code, new in FOLD.items()})


def fold(text: str) -> str:
    """`text` with Arabic letter forms made Persian (same length)."""
    return _FOLD_CHARS(text)


def canonical(word: str) -> str:
    """Key for looking a matched word up: folded letters; no spaces, ZWNJs, joiners, tatweel or hamza-above."""
    return re.sub(r"[\s\u200c\u200d\u0640\u0654]", "", fold(word))


def _flexible(word: str) -> str:
    """Regex for `word` that also accepts a space or ZWNJ (or nothing) where it has either."""
    return f"{GAP}?".join(re.escape(part) for part in re.split(r"[ \u200c]", word))


def alternation(words: list[str] | dict[str, object]) -> str:
    """Regex alternation of `words`, longest first so that «یک‌شنبه» wins over «شنبه»."""
    folded = {w.translate(FOLD) for w in words}
    return "|".join(_flexible(w) for w in sorted(folded, key=len, reverse=True))


# Month names. Variants: Iranian press spellings, Dari (Afghan) spellings of Gregorian months, and
# Arabic spellings after hazm has unified ی/ک.
GREGORIAN_MONTHS: dict[str, int] = {
    "ژانویه": 1,
    "ژانوئیه": 1,
    "ژانويه": 1,
    "جنوری": 1,
    "جنوري": 1,
    "ینایر": 1,
    "فوریه": 2,
    "فوريه": 2,
    "فبروری": 2,
    "فبروري": 2,
    "فبرایر": 2,
    "مارس": 3,
    "مارچ": 3,
    "آوریل": 4,
    "آوريل": 4,
    "اوریل": 4,
    "آپریل": 4,
    "اپریل": 4,
    "ابریل": 4,
    "مه": 5,
    "می": 5,
    "مئی": 5,
    "مای": 5,
    "مایو": 5,
    "ژوئن": 6,
    "ژوین": 6,
    "جون": 6,
    "یونیو": 6,
    "ژوئیه": 7,
    "ژوییه": 7,
    "جولای": 7,
    "جولائی": 7,
    "یولیو": 7,
    "اوت": 8,
    "آگوست": 8,
    "اگوست": 8,
    "آگست": 8,
    "اگست": 8,
    "اغسطس": 8,
    "سپتامبر": 9,
    "سپتمبر": 9,
    "اکتبر": 10,
    "اکتوبر": 10,
    "نوامبر": 11,
    "نومبر": 11,
    "نوفمبر": 11,
    "دسامبر": 12,
    "دسمبر": 12,
    "دیسمبر": 12,
}
JALALI_MONTHS: dict[str, int] = {
    "فروردین": 1,
    "اردیبهشت": 2,
    "خرداد": 3,
    "تیر": 4,
    "مرداد": 5,
    "امرداد": 5,
    "شهریور": 6,
    "مهر": 7,
    "آبان": 8,
    "آذر": 9,
    "دی": 10,
    "بهمن": 11,
    "اسفند": 12,
}
AFGHAN_MONTHS: dict[str, int] = {
    "حمل": 1,
    "ثور": 2,
    "جوزا": 3,
    "جوزاء": 3,
    "سرطان": 4,
    "اسد": 5,
    "سنبله": 6,
    "میزان": 7,
    "عقرب": 8,
    "قوس": 9,
    "جدی": 10,
    "دلو": 11,
    "حوت": 12,
}
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1,
    "محرم‌الحرام": 1,
    "صفر": 2,
    "ربیع‌الاول": 3,
    "ربیع‌الأول": 3,
    "ربیع‌الاولی": 3,
    "ربیع‌الثانی": 4,
    "ربیع‌الآخر": 4,
    "ربیع‌الاخر": 4,
    "جمادی‌الاول": 5,
    "جمادی‌الاولی": 5,
    "جمادی‌الأولی": 5,
    "جمادی‌الثانی": 6,
    "جمادی‌الثانیه": 6,
    "جمادی‌الآخر": 6,
    "جمادی‌الاخری": 6,
    "جمادی‌الآخره": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذی‌القعده": 11,
    "ذیقعده": 11,
    "ذوالقعده": 11,
    "ذی‌قعده": 11,
    "ذی‌الحجه": 12,
    "ذیحجه": 12,
    "ذوالحجه": 12,
    "ذی‌حجه": 12,
}

MONTHS: dict[str, tuple[str, int]] = {
    **{canonical(k): (GREGORIAN, v) for k, v in GREGORIAN_MONTHS.items()},
    **{canonical(k): (JALALI, v) for k, v in {**JALALI_MONTHS, **AFGHAN_MONTHS}.items()},
    **{canonical(k): (HIJRI, v) for k, v in HIJRI_MONTHS.items()},
}
"""Canonical month word -> (calendar, month number)."""
MONTH_WORDS = [*GREGORIAN_MONTHS, *JALALI_MONTHS, *AFGHAN_MONTHS, *HIJRI_MONTHS]

AMBIGUOUS_MONTHS = {
    canonical(w)
    for w in (
        "مه",
        "می",
        "مای",
        "جون",
        "اوت",
        "مارچ",  # fog, verb prefix, Dari «جون», «out»
        "تیر",
        "مهر",
        "آذر",
        "دی",
        "بهمن",
        "اسفند",
        "آبان",  # arrow, seal, given names, a plant
        "حمل",
        "ثور",
        "جوزا",
        "جوزاء",
        "سرطان",
        "اسد",
        "میزان",
        "عقرب",
        "قوس",
        "جدی",
        "دلو",
        "حوت",
        "محرم",
        "صفر",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",  # confidential, zero, given names
    )
}
"""Month names that are also ordinary words: they count as months only next to a day number,
the word «ماه»/«برج», or a calendar marker after the year."""

WEEKDAYS: dict[str, int] = {
    canonical(k): v
    for k, v in {
        "شنبه": 5,
        "یک‌شنبه": 6,
        "یکشنبه": 6,
        "دوشنبه": 0,
        "سه‌شنبه": 1,
        "چهارشنبه": 2,
        "پنج‌شنبه": 3,
        "پنجشنبه": 3,
        "جمعه": 4,
    }.items()
}
"""Canonical weekday -> Python weekday number (Monday = 0). The Iranian week runs Saturday–Friday."""
WEEKDAY_WORDS = ["شنبه", "یک شنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنج شنبه", "جمعه"]

_UNITS = ["یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"]
_TEENS = ["ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"]
_TENS = {"بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90}
_ORDINAL_UNITS = ["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم"]
_ORDINAL_TEENS = [
    "دهم",
    "یازدهم",
    "دوازدهم",
    "سیزدهم",
    "چهاردهم",
    "پانزدهم",
    "شانزدهم",
    "هفدهم",
    "هجدهم",
    "نوزدهم",
]

CARDINALS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: 10 + i for i, w in enumerate(_TEENS)},
    "شیش": 6,
    "هیجده": 18,
    "صد": 100,
    **_TENS,
    **{f"{t} و {u}": n + i + 1 for t, n in _TENS.items() for i, u in enumerate(_UNITS)},
}
"""Number words a relative period can start with («پنج سال آینده»), up to ninety-nine and a hundred."""

ORDINALS: dict[str, int] = {
    "اول": 1,
    **{w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)},
    **{w: 10 + i for i, w in enumerate(_ORDINAL_TEENS)},
    "هیجدهم": 18,
    "بیستم": 20,
    "سی ام": 30,
    "سیم": 30,
    **{f"{t} و {u}": n + i + 1 for t, n in (("بیست", 20),) for i, u in enumerate(_ORDINAL_UNITS)},
    "سی و یکم": 31,
}
"""Day ordinals «اول» / «یکم» … «سی‌ویکم» as they are written before a month name."""
CARDINAL_KEYS = {canonical(k): v for k, v in CARDINALS.items()}
ORDINAL_KEYS = {canonical(k): v for k, v in ORDINALS.items()}


def _flexible_number(word: str) -> str:
    """Like `_flexible`, but the «و» joining tens and units may stand alone or be glued on."""
    return f"{GAP}*".join(re.escape(part) for part in word.split(" "))


def number_alternation(words: dict[str, int]) -> str:
    """Regex alternation for number words, longest first, tolerant of «بیست و یکم» / «بیست‌ویکم»."""
    return "|".join(_flexible_number(w) for w in sorted(words, key=len, reverse=True))


def number_value(word: str) -> int | None:
    """Value of a day or count written in any digits (Persian, Arabic-Indic, Latin) or as a word."""
    key = canonical(word)
    if key.isdecimal():
        return int(key)  # int() reads every Unicode decimal digit
    return ORDINAL_KEYS.get(key, CARDINAL_KEYS.get(key))


# Year markers after a number: «ه.ق», «هـ.ش», «قمری», «میلادی» …
YEAR_MARKERS: dict[str, str] = {
    "قمری": HIJRI,
    "شمسی": JALALI,
    "خورشیدی": JALALI,
    "میلادی": GREGORIAN,
    "م.": GREGORIAN,
}
MARKER_PATTERN = (
    rf"هجری{GAP}+(?:قمری|شمسی|خورشیدی)|قمری|شمسی|خورشیدی|میلادی"
    r"|ه[\u200d\u0640]?\s*\.\s*[قش]\.?|م\."
)


def marker_calendar(marker: str | None) -> str | None:
    """Calendar a year marker names, or None when there is none."""
    if not marker:
        return None
    key = canonical(marker).removeprefix("هجری")
    if key.startswith("ه."):  # «ه.ق», «هـ. ش»
        return HIJRI if "ق" in key else JALALI
    return YEAR_MARKERS.get(key)


def year_calendar(year: int) -> str | None:
    """Calendar a bare four-digit year most likely belongs to in Persian news.

    1200–1499 is a solar Hijri year (Iran, Afghanistan); 1500–2199 a Gregorian one. Lunar Hijri years
    (now around 1447) overlap the Jalali band, so they need a marker or a Hijri month name."""
    if 1200 <= year <= 1499:
        return JALALI
    if 1500 <= year <= 2199:
        return GREGORIAN
    return None


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
def to_gregorian(cal: str, year: int, month: int, day: int) -> dt.date:
    """Gregorian date of a day in `cal`; ValueError if the day does not exist, OutsideTable if it
    is a Hijri day too old or too far ahead to convert."""
    if cal == GREGORIAN:
        return dt.date(year, month, day)
    if cal == JALALI:
        return jdatetime.date(year, month, day).togregorian()
    g = _hijri(year, month, day).to_gregorian()
    return dt.date(g.year, g.month, g.day)


@functools.lru_cache(maxsize=4096)
def from_gregorian(cal: str, day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of a Gregorian date in `cal`."""
    if cal == GREGORIAN:
        return day.year, day.month, day.day
    if cal == JALALI:
        j = jdatetime.date.fromgregorian(date=day)
        return j.year, j.month, j.day
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    return h.year, h.month, h.day


@functools.lru_cache(maxsize=4096)
def month_length(cal: str, year: int, month: int) -> int:
    """Days in a month of `cal`."""
    if cal == GREGORIAN:
        return _gregorian.monthrange(year, month)[1]
    if cal == JALALI:
        if month <= 6:
            return 31
        if month <= 11:
            return 30
        return 30 if jdatetime.date(year, 1, 1).isleap() else 29
    return _hijri(year, month, 1).month_length()


def month_bounds(cal: str, year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a month of `cal`."""
    return to_gregorian(cal, year, month, 1), to_gregorian(cal, year, month, month_length(cal, year, month))


def year_bounds(cal: str, year: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a year of `cal`."""
    return to_gregorian(cal, year, 1, 1), month_bounds(cal, year, 12)[1]


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) `months` months after (before, if negative) the given month; every
    calendar here has twelve months."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def add_months(cal: str, day: dt.date, months: int) -> dt.date:
    """The same day of the month `months` months later in `cal`, clamped to the month's length."""
    y, m, d = from_gregorian(cal, day)
    y, m = shift_months(y, m, months)
    return to_gregorian(cal, y, m, min(d, month_length(cal, y, m)))


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Saturday-to-Friday week (the Iranian and Afghan working week) containing `day`."""
    start = day - dt.timedelta(days=(day.weekday() - 5) % 7)
    return start, start + dt.timedelta(days=6)
