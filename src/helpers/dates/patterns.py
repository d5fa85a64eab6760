"""The pieces the date rules' regular expressions are built of: separators, digits, month, weekday
and year groups, and the words that tell a year from an amount or a count."""

from __future__ import annotations

import re

from helpers.contracts import Calendar
from helpers.dates import calendars as cal
from helpers.dates import words
from helpers.dates.calendars import GAP

SP = f"{GAP}+"
OSP = f"{GAP}*"
DIGIT = "[0-9۰-۹٠-٩]"
START = r"(?<![\w\u200c/])"
AFTER_IN = r"(?:(?<![\w\u200c/])|(?<=(?<![\w\u200c])در))"
"""Like START, and also right after a «در» whose space was lost («دربهمن ۱۳۹۲», «در۱۵ آذر», «درسال ۲۰۱۴»):
for the rules of written dates with a year, where the glued word leaves no other reading."""
COUNTER_WORDS = "بازدید|مشاهده|دیدگاه|نظر|views?|comments?"
"""What a page counts beside its date: views and comments («۳۹ بازدید», «2 نظر», «120 views»)."""
RUN_IN_COUNTER = rf"(?<={DIGIT}{{4}})(?={DIGIT}{{1,7}}{OSP}(?:{COUNTER_WORDS}))"
"""Right after a four-digit year that a page's counter ran into, the space between them lost («June 30,
202539 بازدید»: 2025, then 39 views): the digits before a counter word are the count, so the year ends there."""
END = r"(?![\w\u200c])"
DATE_END = rf"(?:{END}|{RUN_IN_COUNTER})"
"""END, or a view counter run into the year that closes a written date (not a bare year: «۲۰۱۵۰۰ بازدید»
alone is a count)."""
NOT_MINUTES = f"(?<!{DIGIT}:)(?<!{DIGIT}: )(?<!{DIGIT} :)(?<!{DIGIT} : )"
"""Not the minutes of a clock («۱۰:۳۰ - ۶ آذر ۱۴۰۴», «۲۹ : ۱۱ - ۱۶ اسفند ۱۳۹۳» as the normalizer spaces the colon):
a day or date starts after the time, not in it."""
MEASURE_WORDS = (
    "نفر|تن|دلار|دالر|یورو|ریال|تومان|روبل|پوند|درهم|افغانی|لیر|یوان|متر|کیلومتر|کیلوگرم|کیلو|گرم|لیتر|"
    "بشکه|هکتار|مگاوات|واحد|مورد|عدد|فقره|هزار|میلیون|میلیارد|تریلیون|درصد"
)
COUNT_NOUNS = (
    "کشته|زخمی|خانوار|خانواده|سرباز|نیرو|رأی|رای|امتیاز|صفحه|کشور|شهر|روستا|شرکت|پرواز|خودرو|رأس|راس|"
    "فروند|نسخه|دستگاه|قطعه|نقطه|سال|ساله|سالگی|ماه|ماهه|روز|روزه|ساعت|دقیقه|ثانیه"
)
_LIGHT_VERB_OBJECT = rf"مورد{SP}[^\W\d_]+(?:{SP}[^\W\d_]+)?{SP}قرار"
"""«مورد توجه قرار گیرد», «مورد بررسی جدی قرار داد»: «مورد» opening the light verb «مورد … قرار گرفتن/دادن»
(to be given attention, to review), not a unit counted by the number before it."""
NOT_MEASURE = rf"(?!{OSP}(?:[%٪]|(?!{_LIGHT_VERB_OBJECT})(?:{MEASURE_WORDS})(?:ی|ای)?(?!\w)))"
"""A number followed by a unit of amount («۱۴۰۰ میلیارد», «۲۰۲۵ نفر», «۲۰۲۵ مورد») or by the percent sign, the
written «درصد» («سال ۲۰٪», «۱۴۰۰ ٪»), is never a year; a year before the light verb «مورد … قرار» («تا ۲۰۲۵ مورد
توجه قرار گیرد») still is."""
COUNT_FOLLOWS = re.compile(rf"{OSP}(?:{COUNT_NOUNS})(?:ی|ای)?(?!\w)")
"""A bare number before a counted noun or a duration («۲۰۰۰ نقطه», «۱۴۰۰ سال پیش») is a count;
after «سال» or a month name («در سال ۲۰۲۵ کشور چین …») the same words do not undo the year."""
MARK = rf"(?:{OSP}(?P<mark>{cal.MARKER_PATTERN}))?"
DAY_NUMBER = rf"{DIGIT}{{1,2}}(?:{GAP}?ام|st|nd|rd|th)?"
"""A day in digits, which may take the ordinal ending («۲۵ام», «۲۵ ام» once normalized, «14th»)."""
DAY_WORD = rf"{DAY_NUMBER}|{words.number_alternation(words.ORDINALS)}"
"""A day: in digits or an ordinal word."""

CARDINAL_DAY = words.number_alternation({w: n for w, n in words.CARDINALS.items() if n <= 31 and w != "نه"})
"""A day written as a cardinal word, as the first day of a span («چهار تا شش خرداد», «بیست و پنج تا بیست و
هفتم ماه جاری»): only there, before «تا»/«الی»; «نه» (nine) is left out, as it is mostly «not»."""
UNTIL = "تا|الی|لغایت"
"""The words joining a span's first and last day, month or year: «تا», «الی», the administrative «لغایت»."""
SPAN_WORD = rf"(?:{OSP}(?:{UNTIL}){SP})"
"""«تا»/«الی»/«لغایت» between the first and the last day of a span of days."""
DASHES = "-–—"
"""The dashes a date's parts may be set off by: the hyphen, and the en and em dashes a site's typography
puts for it («۲۶ - ۰۶ - ۱۴۰۰», «12 – 11 – 2011»). First in a character class, so «-» stays literal."""
PART_SEP = rf"{OSP}[{DASHES}/]{OSP}"
"""A dash or a slash between the parts of a written date, as Afghan and older sites print them («۱۵ - قوس -
۱۳۹۳», «۵ آذر - ۱۴۰۳», «۱۱/ جوزا/ ۱۳۹۲», «۲۷سنبله/۱۴۰۰»): only before a four-digit year (absolute.day_month
turns down a date so set off without one: «۳/ مارس» may be a score or a count before a month)."""


MONTH_WORD = f"(?:{words.alternation(words.MONTH_WORDS, split=True)})"
"""Any month name of any calendar, in any spelling, also broken after a non-joining letter."""
_EPITHET = rf"(?:{GAP}?(?:{words.alternation(words.HIJRI_EPITHETS)}))?"
_SUFFIX = rf"{GAP}?ماه"
_EZAFE = r"(?:(?<=[اه])\u200c?ی)?"
"""The ezafe a month name ending in a vowel takes before its year («جوزای ۱۴۰۲», «ژانویه‌ی ۲۰۲۵»,
«سنبلهی» with its ZWNJ lost)."""


def month(name: str = "month", suffix: str = "msuf") -> str:
    """A month name (any calendar, any spelling; «Oct.» may take a dot; a lunar one its honorific)
    and an optional «ماه», in groups `name` and `suffix`, the whole in `{name}_all`. The same month
    named the other solar way may follow after a slash or in brackets («۷ جوزا/ خردادماه», «حمل
    (فروردین)»), in `{name}_alt`. A pattern naming two months needs two sets of group names."""
    other = rf"(?P<{name}_alt>{MONTH_WORD})\u0654?(?:(?:{_SUFFIX})?{OSP}\))?"
    alt = rf"(?:(?:{_SUFFIX})?{OSP}[/(]{OSP}{other})?"
    first = rf"(?P<{name}>{MONTH_WORD})\u0654?{_EZAFE}(?:(?<=[a-z])\.)?{_EPITHET}"
    return rf"(?P<{name}_all>{first}{alt}(?P<{suffix}>{_SUFFIX})?)"


def read_month(m: re.Match[str], name: str = "month") -> tuple[Calendar, int] | None:
    """Calendar and number of the month in group `name`. A second name beside it of the same calendar
    must be the same month («جوزا/خرداد»; else None: two months, not one); one of another calendar
    («اکتبر (مهر)»: the month it mostly overlaps) leaves the first name to say which."""
    found = words.MONTHS[cal.canonical(m[name])]
    alt = f"{name}_alt"
    other = m[alt] if alt in m.re.groupindex else None
    if other is None or (second := words.MONTHS[cal.canonical(other)])[0] != found[0]:
        return found
    return found if second == found else None


MONTH = month()
GLUED_YEAR_WORD = rf"(?=سال{SP}{DIGIT}{{4}})"
"""Right after a month, «سال» glued to it, its space lost, before a four-digit year («۲۷ نومبرسال ۲۰۰۱»): the
month's end, as a lost space after «در» is (AFTER_IN); the rules then read «سال» and the year as after a space."""
YEAR = rf"(?P<year>{DIGIT}{{4}}|{DIGIT}{{1,3}}(?={OSP}(?:{cal.MARKER_WORDS})))"
"""A four-digit year, or a shorter one a calendar marker vouches for («۱۴۸ هجری قمری»)."""
BRACKETED_YEAR = re.compile(
    rf"{OSP}\({OSP}(?:سال{SP})?(?P<year>{DIGIT}{{4}})(?:{OSP}(?P<mark>{cal.MARKER_PATTERN}))?{OSP}\)"
)
"""A year alone in brackets, maybe after «سال» or before its calendar's marker («(۱۴۰۱)», «(سال ۲۰۲۲)», «(۱۴۰۱ ه.ش)»):
right after a month or a day and month, the date's own year (helpers.dates.anchors)."""
SHORT_YEAR = rf"(?P<yy>{DIGIT}{{2}})(?!{SP}(?:{MONTH_WORD}))"
"""Two digits after a month: a solar year shortened as Iranian writing does («۲۲ بهمن ۵۷», «خرداد ۹۸»),
not the day of a date that follows («۲۸ آبان ۱۹ نوامبر»); the rules take it only after a solar month."""
WEEKDAY = rf"(?P<wd>{words.alternation(words.WEEKDAY_WORDS)})"
THIRDS = {"اوایل": 0, "اوائل": 0, "اواسط": 1, "اواخر": 2}
"""The words for a third of a month or year (its early, middle and late part) -> which third
(helpers.dates.parts reads them)."""
MONTH_EDGES = "|".join([*THIRDS, "ابتدای", "آغاز", "پایان", "انتهای"])
"""Words for a part of a month («اواخر آذر», «پایان دی»): before a solar or lunar month name that is
also an ordinary word or a given name they leave it no other reading (a Gregorian «می» there is the
verb prefix: «آغاز می شود»)."""
TIME_PREPS = f"پیش از|قبل از|پس از|بعد از|در|تا|از|طی|{MONTH_EDGES}|نیمه"
COMPARATIVES = r"بیش|بیشتر|کمتر|کم‌تر|بالغ|حدود|نزدیک|حداقل|حداکثر|تقریبا|تقریباً|قریب|بالای|زیر"
YEAR_NOUNS = (
    "بودجه|انتخابات|سرشماری|نوروز|متولد|زاده|مصوب|مدل"
    rf"|دوره{GAP}?ای|مرز(?:{GAP}?ها(?:ی)?)?|خطوط|نقشه"
)
"""Nouns a year follows as the year they name («بودجه ۱۴۰۵», «رئیس دوره‌ای ۲۰۲۴»: the rotating chair
of that year, its ZWNJ often lost; «مرزهای ۱۹۶۷», «خطوط ۱۹۴۸», «نقشه ۱۹۶۷»: borders as they stood
that year, a formula of resolutions on Palestine)."""
VISION_NOUNS = rf"افق|چشم{GAP}?انداز|راهبرد|استراتژی"
"""Nouns whose year is a target named in a title, with or without «سال» («سند چشم‌انداز سال ۲۰۴۰», «افق
سال ۱۴۰۴», «راهبرد ۲۰۳۰»): no date (the dev-set README, decided in session 7)."""
EVENTS_NAMED_BY_YEAR = "جام جهانی|المپیک|پارالمپیک|اکسپو"
"""Events whose name holds their year («اکسپو ۲۰۱۷», «جام جهانی ۲۰۲۲»): the year is part of the name, as a
meeting's («کنفرانس ۲۰۲۰», the dev-set README, decided in session 9), no date of its own."""
PLAN_NOUNS = rf"{VISION_NOUNS}|سند|برنامه|دستور{GAP}?کار|{EVENTS_NAMED_BY_YEAR}"
"""Nouns a year follows as part of a plan's, document's or event's name («چشم‌انداز ۲۰۲۵», «افق ۱۴۰۴»,
«دستور کار ۲۰۳۰», «المپیک ۲۰۲۸»): a title, not a date, unless «سال» stands before the year («تا سال ۲۰۳۰»,
«برنامه سال ۲۰۲۵») after a noun other than a vision's (VISION_NOUNS)."""

CALENDAR_WORD = "قمری|شمسی|خورشیدی|میلادی"
"""The calendar named in a word after a relative phrase («ماه جاری میلادی», «سال روان خورشیدی», «مارچ سال روان
میلادی») or inside it («سال میلادی جاری»)."""
YEAR_DIRECTIONS = ("current", "past", "ago", "future")
"""The directions a year takes: «سال جاری/روان», «سال گذشته/قبل/پیش», «سال آینده/بعد/آتی» (helpers.dates.words)."""
RELATIVE_YEARS = {
    "امسال": 0,
    "پارسال": -1,
    **{
        cal.canonical(f"سال{word}"): words.STEPS[kind]
        for word, kind in words.DIRECTIONS.items()
        if kind in YEAR_DIRECTIONS
    },
}
RELATIVE_YEAR = rf"امسال|پارسال|سال{SP}(?:{words.directions(*YEAR_DIRECTIONS)})"


YEAR_PARTS = rf"فصل|سه{GAP}?ماهه|نیمه"
"""Nouns for a part of a year an ordinal counts («نیمه دوم سال ۲۰۲۴», «فصل اول سال جاری»)."""
PART_NOUNS = rf"{YEAR_PARTS}|هفته|دهه"
"""Nouns an ordinal after them counts («نیمه دوم ماه جاری», «هفته اول اکتبر», «دهه سوم آذر»): the ordinal
is the part's number, not a day of the month."""
PART_ORDINALS = {"اول": 1, "نخست": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پایانی": 4}
SEASONS = {"بهار": 1, "تابستان": 2, "پاییز": 3, "پائیز": 3, "زمستان": 4}
