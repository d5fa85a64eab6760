"""The words Persian and Dari news write dates with: month names of the three calendars (several
spellings each), weekdays, and number words, with the regex alternations the date rules are built of.

Afghan solar months (حمل … حوت) are the same solar Hijri calendar as Iran's فروردین … اسفند, month
for month, so they map to "jalali"."""

from __future__ import annotations

import csv
import re

import jdatetime
from hijridate import Hijri

from helpers import paths
from helpers.contracts import Calendar
from helpers.dates.calendars import GAP, canonical, fold_for_dates


def _flexible(word: str) -> str:
    """Regex for `word` that also accepts a space or ZWNJ (or nothing) where it has either."""
    return f"{GAP}?".join(re.escape(part) for part in re.split(r"[ \u200c]", word))


def alternation(words: list[str] | dict[str, object], split: bool = False) -> str:
    """Regex alternation of `words`, longest first so that «یک‌شنبه» wins over «شنبه»; with `split`,
    a word may also break after a letter that does not join the next (`_split_tolerant`)."""
    folded = {fold_for_dates(w) for w in words}
    flexible = _split_tolerant if split else _flexible
    return "|".join(flexible(w) for w in sorted(folded, key=len, reverse=True))


NON_JOINING = "اآأإدذرزژوؤ"
"""Letters that never join the letter after them: a space or ZWNJ after one inside a word («جولا ی»,
«فرورد ین») changes little of what a reader sees, so typed or converted text has them there."""


def _split_tolerant(word: str) -> str:
    """Like `_flexible`, and a space or ZWNJ may follow a non-joining letter inside the word once four
    letters are written («جولا ی», «فرورد ین»): the first piece stays long enough, and rare enough, for
    the date rules' word pre-scan (helpers.dates.literals) to look for («شهر», «مرد», «فرو» are not)."""
    gap = f"{GAP}?"
    parts = []
    for part in re.split(r"[ \u200c]", word):
        breaks = [3 <= i < len(part) - 1 and ch in NON_JOINING for i, ch in enumerate(part)]
        parts.append("".join(re.escape(ch) + (gap if cut else "") for ch, cut in zip(part, breaks, strict=True)))
    return gap.join(parts)


def _without_madda(name: str) -> str:
    """`name` with «آ» written «ا», as typed or converted text often has it."""
    return name.replace("آ", "ا")


def _madda_lost(names: dict[str, int]) -> dict[str, int]:
    """The month names and each written without its madda («آبان» → «ابان», «آوریل» → «اوریل», «جمادی‌الآخره»
    → «جمادی‌الاخره»): typed or converted text drops it, so no spelling is listed twice for it."""
    return {**names, **{_without_madda(name): number for name, number in names.items()}}


# Month names. Variants: Iranian press spellings, Dari (Afghan) spellings of Gregorian months, and
# Arabic spellings after hazm has unified ی/ک.
GREGORIAN_MONTHS: dict[str, int] = _madda_lost(
    {
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
        "آپریل": 4,
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
        "آگست": 8,
        "اغسطس": 8,
        "سپتامبر": 9,
        "سپتمبر": 9,
        "سبتمبر": 9,
        "اکتبر": 10,
        "اکتوبر": 10,
        "نوامبر": 11,
        "نومبر": 11,
        "نوفمبر": 11,
        "دسامبر": 12,
        "دسمبر": 12,
        "دیسمبر": 12,
        "دیسامبر": 12,
        # Dari variants, and Tajik ones read from the Russian names (январ, феврал, март …)
        "فیبروری": 2,
        "آپرل": 4,
        "نوومبر": 11,
        "اوکتوبر": 10,  # «۴ اوکتوبر ۲۰۲۴»: the Dari spelling with «او», as «اوگوست»
        "ینوار": 1,
        "فیورال": 2,
        "مارت": 3,
        "ایون": 6,
        "ایول": 7,
        "آوگوست": 8,
        "سینتیابر": 9,
        "سنتیابر": 9,
        "اکتیابر": 10,
        "نایابر": 11,
        "نویابر": 11,
        "دیکابر": 12,
    }
)
JALALI_MONTHS: dict[str, int] = _madda_lost(
    {
        **{name: number for number, name in enumerate(jdatetime.date.j_months_fa, start=1)},
        "اردی‌بهشت": 2,  # the older spelling, two words
        "امرداد": 5,
    }
)
"""jdatetime's names of the Iranian solar months, and the spellings beside them the press writes."""
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


def _pashto_months() -> dict[str, int]:
    """The Pashto names of the Afghan solar months (data/raw/reference/pashto_months.csv, sourced), each
    after the particle «د» that a Pashto date puts before its month («۳۰ د تلې ۱۳۹۶»: the 30th of Mizan):
    with it the names cannot be read as the Persian words some of them are («تله», «کب»)."""
    with (paths.REFERENCE / "pashto_months.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {f"د {name.strip()}": int(row["month"]) for row in rows for name in row["pashto"].split(";")}


PASHTO_MONTHS = _pashto_months()
HIJRI_MONTHS: dict[str, int] = _madda_lost(
    {
        **{Hijri(1445, number, 1).month_name("ar"): number for number in range(1, 13)},
        "ربیع‌الاولی": 3,
        "ربیع‌الآخر": 4,
        "جمادی‌الاول": 5,
        "جمادی‌الثانی": 6,
        "جمادی‌الثانیه": 6,
        "جمادی‌الآخر": 6,
        "جمادی‌الاخری": 6,
        "ذی‌القعده": 11,
        "ذیقعده": 11,
        "ذی‌قعده": 11,
        "ذی‌الحجه": 12,
        "ذیحجه": 12,
        "ذی‌حجه": 12,
    }
)
"""hijridate's Arabic names of the lunar months («ذو القعدة», «ربيع الأول»: the letter forms folded, a
space or ZWNJ or none between the words), and the Persian spellings beside them («ذی‌القعده», «جمادی‌الثانی»)."""

HIJRI_EPITHETS = ["الحرام", "المظفر", "المرجب", "الاصب", "المعظم", "المبارک", "المکرم"]
"""Honorifics written after a lunar month («محرم‌الحرام», «رمضان المبارک», «شوال المکرم»): part of
the month's name, not a word after the date."""

ENGLISH_MONTHS: dict[str, int] = {
    name: number
    for number, full in enumerate(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"],
        start=1,
    )
    for name in (full, full[:3], *(["Sept"] if number == 9 else []))
}  # fmt: skip
"""English month names and their abbreviations, as a page's machine dateline prints them in Latin
letters («last modified Wed, 02 Oct 2024»); an abbreviation may take a dot («Oct. 2»)."""

FRENCH_MONTHS: dict[str, int] = {
    name: number
    for number, spellings in enumerate(
        [["janvier"], ["février", "fevrier"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet"], ["août", "aout"],
         ["septembre"], ["octobre"], ["novembre"], ["décembre", "decembre"]],
        start=1,
    )
    for spelling in spellings
    for name in (spelling, spelling.capitalize())
}  # fmt: skip
"""French month names, as a page quoting a French source or a French embassy's Dari page prints a date in
Latin letters («(Paris, 14 janvier 2015)»), lower case in a sentence, capitalised opening one."""

MONTHS: dict[str, tuple[Calendar, int]] = {
    **{
        canonical(k): (Calendar.GREGORIAN, v)
        for k, v in {**GREGORIAN_MONTHS, **ENGLISH_MONTHS, **FRENCH_MONTHS}.items()
    },
    **{canonical(k): (Calendar.JALALI, v) for k, v in {**JALALI_MONTHS, **AFGHAN_MONTHS, **PASHTO_MONTHS}.items()},
    **{canonical(k): (Calendar.HIJRI, v) for k, v in HIJRI_MONTHS.items()},
}
"""Canonical month word -> (calendar, month number)."""
MONTH_WORDS = [
    *GREGORIAN_MONTHS,
    *ENGLISH_MONTHS,
    *FRENCH_MONTHS,
    *JALALI_MONTHS,
    *AFGHAN_MONTHS,
    *PASHTO_MONTHS,
    *HIJRI_MONTHS,
]

AMBIGUOUS_MONTHS = {
    canonical(spelling)
    for w in (
        "مه",
        "می",
        "مای",
        "جون",
        "اوت",
        "مارچ",  # fog, verb prefix, Dari «جون», «out»
        "May",
        "Mar",  # the English modal verb, a word start
        "ایون",
        "ایول",
        "مارت",  # ion, bravo, a surname
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
    for spelling in (w, _without_madda(w))
}
"""Month names that are also ordinary words: they count as months only next to a day number,
the word «ماه»/«برج», a calendar marker after the year, a year of their own calendar's band, or
(Iranian names only) a two-digit year."""

NAMED_AFTER_A_DATE = (
    "خیابان|میدان|بزرگراه|بلوار|کوچه|پل|دانشگاه|بیمارستان|ورزشگاه|مدرسه|تالار|سالن|ناو|پایگاه|شهرک|مجتمع"
    "|فرودگاه|پایانه|ترمینال|ایستگاه|بندر|پارک|بوستان|هتل|سینما"
)
"""Nouns before a yearless day and month that make them a name («میدان ۱۵ خرداد»), not a date."""
EVENTS_NAMED_BY_A_DATE = "قیام|کودتای|کودتا|حماسه|جنبش|نهضت|فتنه"
"""Nouns before a yearless day and month that name a historic event by its day («کودتای ۲۸ مرداد»,
«قیام ۱۵ خرداد»): the event's name, not the day nearest publication. An incident or attack («حادثه
روز چهارشنبه ۲۲ آبان») may be last week's, so those nouns are not here."""

WEEKDAYS: dict[str, int] = {canonical(name): (i + 5) % 7 for i, name in enumerate(jdatetime.date.j_weekdays_fa)}
"""Canonical weekday (jdatetime's names, Saturday first; «یکشنبه» and «یک‌شنبه» are one canonical word) ->
Python weekday number (Monday = 0). The Iranian week runs Saturday–Friday."""
WEEKDAY_WORDS = [re.sub("(?<=.)\u200c?شنبه$", " شنبه", name) for name in jdatetime.date.j_weekdays_fa]
"""Every weekday as two words, so each may be written with a space, a ZWNJ or nothing between them
(«دو شنبه», «دوشنبه»; calendars.canonical reads them all as one)."""
ENGLISH_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
"""English weekdays, as a machine or English dateline prints them beside the date («Sunday, 8 December
2019», «Wed, 02 Oct»): furniture of the line, not words of a sentence (helpers.dates.dateline)."""

UNITS = ["یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"]
TEENS = ["ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"]
TENS = {"بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90}
"""Number words 1–9, 10–19 and the tens (text.zwnj builds its measure-word list from them too)."""
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
    **{w: i + 1 for i, w in enumerate(UNITS)},
    **{w: 10 + i for i, w in enumerate(TEENS)},
    "شیش": 6,
    "هیجده": 18,
    "صد": 100,
    **TENS,
    **{f"{t} و {u}": n + i + 1 for t, n in TENS.items() for i, u in enumerate(UNITS)},
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
    if key[:1].isdecimal():  # «۲۵ام», «14th»: a day with the ordinal ending
        key = re.sub(r"(?:ام|st|nd|rd|th)$", "", key)
    if key.isdecimal():
        return int(key)  # int() reads every Unicode decimal digit
    return ORDINAL_KEYS.get(key, CARDINAL_KEYS.get(key))


def usual_names(months: dict[str, int]) -> tuple[str, ...]:
    """The first spelling listed for each month, in month order: the one writers use most."""
    usual: dict[int, str] = {}
    for word, number in months.items():
        usual.setdefault(number, word)
    return tuple(usual[n] for n in sorted(usual))


DIRECTIONS: dict[str, str] = {
    "آینده": "future",
    "آتی": "future",
    "پیش رو": "future",
    "بعد": "future",
    "دیگر": "later",
    "گذشته": "past",
    "اخیر": "recent",
    "به این سو": "recent",
    "به این طرف": "recent",
    "قبل": "ago",
    "پیش": "ago",
    "جاری": "current",
    "روان": "current",
}
"""The words after a unit of time («سال», «هفته», «روز», a weekday) that place it from the publication day,
and their kind: the next one or the ones ahead (future), a count of units from now («دو روز دیگر»: later),
the one before or the last ones (past), the last ones up to now (recent: «اخیر», «به این سو/طرف»), a count
of units back («دو سال پیش»: ago) or the current one (Dari «روان» is «جاری»). Every relative rule reads its
directions here (helpers.dates.relative), so a spelling added here counts for all of them."""
DIRECTION_KINDS = {canonical(word): kind for word, kind in DIRECTIONS.items()}
STEPS = {"future": 1, "later": 1, "past": -1, "recent": -1, "ago": -1, "current": 0}
"""Which way a direction of each kind counts from the publication day."""


def directions(*kinds: str) -> str:
    """Regex alternation of the direction words of `kinds` (a space or ZWNJ inside one may be lost)."""
    return alternation([word for word, kind in DIRECTIONS.items() if kind in kinds])
