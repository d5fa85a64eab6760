"""Datelines: the line of a page that says when it was published, in the shapes news sites print.

A dateline is a short line whose date has a day and a year, and whose other words are only the
furniture datelines carry: a clock time («- ۱۱:۴۴», «16:37 Asia/Kabul»), a label («تاریخ انتشار:»,
«کد خبر: ۱۲۳۴۵»), and at most a few words naming the place or the agency («دوشنبه، خبرگزاری …»).
A sentence that happens to hold a date is not one: its other words include prepositions or
conjunctions («در», «که», «و» …), which a place or agency name does not. Shapes: a date filling the
line, a labelled line, a news-code block, a place-and-agency line, and an ISO prefix in front of the
page's first line (`date 2024-10-09 …`, as stored pages and exports carry it)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from helpers.contracts import Calendar, Precision
from helpers.dates.calendars import fold_for_dates
from helpers.dates.describe import DUAL_JOIN
from helpers.dates.mention import DateMention
from helpers.dates.patterns import COUNTER_WORDS, DIGIT, MONTH_WORD, WEEKDAY
from helpers.dates.relative import OUTLET_NOUNS
from helpers.dates.rules import scan
from helpers.dates.words import ENGLISH_WEEKDAYS
from helpers.text.verbs import first_verb

ISO_PREFIX = re.compile(
    r"^\s*(?:date|published|تاریخ)?\s*:?\s*(?P<iso>\d{4}-\d{2}(?P<day>-\d{2})?)(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?\s+"
)
"""An ISO date (optionally with a time) opening the page, before its first line's own text; or an ISO
month alone («date 2025-06»: the service knew the month only), a dateline that gives no day."""

_PART_OF_DAY = r"[قب]\.?\s*ظ\.?|[AaPp]\.?[Mm]\b\.?|(?:بعد|قبل)[\s\u200c]*از[\s\u200c]*ظهر|صبح|ظهر|عصر|شب|بامداد"
"""After a clock: «ق.ظ»/«ب.ظ», AM/PM, or the part of the day in words («۳:۳۹ بعد از ظهر», «۱۰:۲۰ صبح»)."""
_CLOCK = re.compile(
    rf"(?:(?<![\w\u200c])(?:در|at)\s)?"
    rf"(?:(?:ساعت\s*:?\s*)?[0-9۰-۹]{{1,2}}\s*:\s*[0-9۰-۹]{{2}}|ساعت\s*:?\s*[0-9۰-۹]{{1,2}}\s*:\s*[0-9۰-۹](?![0-9۰-۹]))"
    rf"(?:\s*:\s*[0-9۰-۹]{{2}})?(?:\s*(?:{_PART_OF_DAY})(?![\w\u200c]))?"
    r"|\b[A-Za-z]+\s?/\s?[A-Za-z_]+\b|\b(?:GMT|UTC)\b|گرینویچ|به\s*وقت\s*[^\W\d_]+"
)
"""A clock time, with «ساعت» before it (maybe as a label: «ساعت: ۰۹:۳۰») and the part of the day after it
(_PART_OF_DAY), and the word joining it to the date before it («۱۲ آذر ۱۴۰۳ در ساعت ۰۹:۳۰», «Dec 1, 2026 at
9:30 am»), or a time zone («Asia/Kabul», «Asia / Kabul» once normalized, «به وقت تهران») beside it. After
«ساعت» the minutes may be one digit, as some sites print them unpadded («ساعت ۸:۲»); without it «۲:۵» may be
a ratio or a verse."""
READ_WORDS = r"(?:زمان )?(?:خواندن|مطالعه)"
"""«زمان مطالعه», «خواندن»: the words of a reading time («۲ دقیقه خواندن», «زمان مطالعه: ۱ دقیقه»)."""
_COUNTS = re.compile(
    rf"[0-9۰-۹]+\s*(?:{COUNTER_WORDS})|{READ_WORDS}\s*:?\s*[0-9۰-۹]+\s*دقیقه|[0-9۰-۹]+\s*دقیقه\s*{READ_WORDS}",
    re.IGNORECASE,
)
"""A view or comment count and a reading time («۳۹ بازدید», «زمان مطالعه: ۱ دقیقه»): a dateline's furniture,
as its clock is, not a place's or agency's words."""
_ISO_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:Z|[+-]\d{2}:?\d{2})?")
"""«2023-05-02T08:00:00Z»: the time is set apart so the date reads as a date."""
_GLUED = re.compile(r"(?<=[0-9۰-۹])(?=[^\W\d_])|(?<=[^\W\d_])(?=[0-9۰-۹])")
"""Between a digit and a letter: a space the page lost («۱۲عقرب ۱۴۰۳», «سه‌شنبه۲۲ آبان», «۱۰:۲۰ق.ظ»); the
line is read with one put back, as the sentence normalizer does for the text."""
_CASE_JOIN = re.compile(r"(?<=[^\W\d_])[^\W\d_](?=[A-ZÀ-Þ])")
"""A letter before a capital in one word («TimesNews», «Quốc TếBáo»; not «iPhone»): where lowercase meets uppercase, two
of a page's fields ran together (an outlet's name printed twice, a section then the outlet); the line is read
with a bar between them (_unjoin), so the fields are set off as the page showed them."""


def _unjoin(line: str) -> str:
    """`line` with a bar where a lowercase letter runs into a capital (_CASE_JOIN)."""
    return _CASE_JOIN.sub(lambda m: f"{m[0]} | " if m[0].islower() else m[0], line)


_CODE = r"(?:کد|شناسه|شماره)\s*(?:خبر|مطلب)?\s*:?\s*[0-9۰-۹]*"
"""A news code: «کد خبر: ۱۲۳۴۵», «شناسه مطلب ۶۷۸», «کد ۸۰۳۴۵۴»."""
_CODE_LINE = re.compile(rf"[\W_]*{_CODE}(?<=[0-9۰-۹])[\W_]*")
_UPDATE = r"(?:(?:به[\s\u200c]*|ب)روز[\s\u200c]*(?:رسانی|شده)|(?:آپدیت|ویرایش)(?:\s*شده)?)"
"""«به‌روز شده», «بروزرسانی», «آپدیت», «ویرایش شده»: an update or edit."""
_PUBLISHING = r"(?:انتشار|خبر|مطلب|نشر|ثبت|درج|مخابره|ارسال)"
"""What «تاریخ/زمان» names in a publication label: «تاریخ انتشار», «تاریخ ثبت», «تاریخ مخابره» (a wire's)."""
_LABEL = re.compile(
    rf"(?:(?P<update>(?:(?:آخرین|تاریخ)\s*)?{_UPDATE}"
    r"|(?:last\s*)?(?:updated|modified|edited))"
    rf"|تاریخ(?:\s*و\s*ساعت)?(?:\s*{_PUBLISHING})?|زمان(?:\s*و\s*ساعت)?\s*{_PUBLISHING}"
    r"|(?:نشر|انتشار|(?:منتشر|ارسال|نشر)\s*شده)\s*در\s*[^\W\d_]+(?:[\s\u200c]+[^\W\d_]+)?(?=\s*:)"
    r"|انتشار|(?:منتشر|ارسال|نشر)\s*شده|نشر(?=\s*:)|date|published|posted|created"
    r"|(?<![^\W_]\s)(?<![^\W_])م[وؤ]رخ(?![\w\u200c])"
    rf"|(?P<code>{_CODE}))(?:\s*در)?\s*:?",
    re.IGNORECASE,
)
"""A dateline's label: publication («تاریخ انتشار», «نشر:», «نشر در <the site>:», «published», «posted», «مورخ»
opening the line or set off by punctuation, as a press office dates its release; not «نامه مورخ …», another
thing's date), last update or edit («به‌روز شده», «آخرین آپدیت», «تاریخ ویرایش», «last modified»), or a news
code («کد خبر: ۱۲۳۴۵»)."""
_GOVERNING = frozenset(["در", "از", "به", "با", "تا", "که", "و", "را", "برای", "این", "آن"])
"""Prepositions, conjunctions and determiners: a date right after one is the sentence's («در ۱۲ آذر …»)."""
_FUNCTION_WORDS = _GOVERNING | {"است", "شد", "کرد", "گفت", "می"}
"""Words a sentence has and a place or agency name does not."""
_SEPARATOR = re.compile(r"[،,\-–—|/:()]")
"""A place or agency is set off from the date by punctuation («دوشنبه، ایرنا، …», «تهران - …»,
«کابل (پژواک): …»)."""
MAX_NAME_WORDS = 4
MAX_WORDS = 16
"""Words a dateline may hold besides its date, clock and label: a place and an agency."""


DATE_LINE = "date line"
"""A date alone on its line, maybe with its weekday and clock: a dateline with no label, place or agency."""


@dataclass(frozen=True)
class Dateline:
    """The date a dateline gives, the shape it was read in, and the date's surface in the line."""

    date: dt.date
    shape: str
    surface: str
    names: str = ""
    """The words the line names besides its date, clock and label (a place, an agency, a byline)."""


_ANY_DIGIT = re.compile(DIGIT)
"""Every date rule that gives a whole day with its year needs a digit for the year (patterns.YEAR,
the numeric dates): a line without one is no dateline, and is not parsed (ingest asks of every short
line; most have none)."""


def _dates(folded: str) -> list[DateMention]:
    """The dates on a line, as the date rules read them (no event phrases: a dateline has none)."""
    return scan(folded, None, Calendar.GREGORIAN)


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """`text` with `pattern`'s matches blanked out, keeping every other character where it was."""
    return pattern.sub(lambda m: " " * len(m[0]), text)


def read_dateline(line: str) -> Dateline | None:
    """The publication date when `line` is a dateline, else None. The first whole day is the date;
    the same day in other calendars on the line («۲۸ آبان ۱۴۰۴ - ۱۹ نوامبر ۲۰۲۵») is not extra words.
    A line labelled only as the last update is shape "updated", one opening with «امروز» shape "site
    clock" (the day the page was read): datelines, but weak witnesses of the publication day
    (helpers.text.ingest prefers any other, and never takes a site clock)."""
    if not _ANY_DIGIT.search(line):
        return None
    folded = _unjoin(_GLUED.sub(" ", _ISO_TIME.sub(r"\1 \2", fold_for_dates(" ".join(line.split())))))
    if len(folded.split()) > MAX_WORDS:
        return None
    mentions = _dates(folded)
    days = [m for m in mentions if m.precision == Precision.DAY and not m.relative and m.start is not None]
    if not days:
        return None
    first = days[0]
    rest = _blank(_COUNTS, _without_dates(folded, mentions))
    if _EVENT_LABEL.search(rest):
        return None
    today = _TODAY.match(folded)
    rest = _blank(_TODAY, rest[: today.end()]) + rest[today.end() :] if today else rest
    labels = list(_LABEL.finditer(rest))
    rest = _blank(_LABEL, _blank(_CLOCK, rest))
    byline = _BYLINE.match(rest[: first.offset])
    if byline:
        rest = " " * byline.end() + rest[byline.end() :]
    words = _WORD.findall(rest)
    clocked = _CLOCK_ENDS.match(folded, max(m.limit for m in mentions if not m.relative)) is not None
    if _FUNCTION_WORDS.intersection(words) - ({"و"} if clocked else set()) or not _few_names(rest):
        return None
    set_off = clocked or _set_off(rest[: first.offset], _after(folded, rest, first, mentions))
    if words and not (labels or byline or set_off):
        return None
    assert first.start is not None
    shape = _shape(labels, bool(words), SITE_CLOCK if today else "byline" if byline else "")
    weekday = _WEEKDAY.search(folded) or _ENGLISH_WEEKDAY.search(folded)
    if shape == DATE_LINE and weekday and not _CLOCK.search(folded):
        shape = "weekday date"
    return Dateline(first.start, shape, first.surface, " ".join(words))


_EVENT_LABEL = re.compile(
    rf"(?<![\w\u200c])(?:تاریخ|زمان)[\s\u200c]*(?!(?:{_PUBLISHING}|امروز|و[\s\u200c]*ساعت)(?![\w\u200c])|{_UPDATE})[^\W\d_]"
)
"""«تاریخ برگزاری: …», «زمان سفر: …», «تاریخ نشست …»: «تاریخ» or «زمان» naming another thing's date than the
page's (weekdays are blanked before this is asked: «تاریخ: یکشنبه …» is still a label)."""
_TODAY = re.compile(r"^[\W_]*(?:تاریخ\s*)?امروز(?![\w\u200c])")
"""«امروز: یکشنبه ۹ آذر ۱۴۰۴», «امروز سه‌شنبه ۲۲ آبان ۱۴۰۳», «| تاریخ امروز: …»: a site's clock opening the
line, with or without a colon (a sentence opening with «امروز» has other words and is no dateline)."""
_BYLINE = re.compile(
    r"[\W_]*(?:نویسنده|نوشته|به\s*قلم|گزارشگر|گزارش|خبرنگار|ترجمه|مترجم|author|by)(?![\w\u200c])"
    r"(?:\s*:(?:[^|\-–—،,:/]*[|\-–—،,/])?|[^|\-–—،,:/]*[|\-–—،,/])",
    re.IGNORECASE,
)
"""A byline before the date: its label with a colon, or with the names up to the bar or dash that sets
them off («نویسنده: نام نمونه و نام دیگر | ۱۲ عقرب ۱۴۰۳», «گزارشگر نام نمونه - …»): the writers' names,
however many, not a sentence's words («گزارش نشست سران ۱۲ عقرب ۱۴۰۳» is a headline)."""
MAX_NAMES = 6
"""Words a place and an agency may hold together once each is set off from the other («خبرگزاری
جمهوری اسلامی ایران - تهران، …»); a part alone holds at most MAX_NAME_WORDS."""


def _few_names(rest: str) -> bool:
    """Whether the words besides the date are few enough for a place and an agency: at most
    MAX_NAME_WORDS in each part set off by punctuation and MAX_NAMES in all, an agency's short name in
    brackets or slashes («خبرگزاری صدای نمونه (نمونه) هرات، …») not counted, as it restates the name."""
    parts = [len(_WORD.findall(part)) for part in _SEPARATOR.split(_SLASHED.sub("|", rest))]
    total = sum(parts)
    return max(parts) <= MAX_NAME_WORDS and total <= (MAX_NAMES if len([n for n in parts if n]) > 1 else MAX_NAME_WORDS)


_WORD = re.compile(r"[^\W\d_]+")
_SLASHED = re.compile(r"/[^/]{1,40}/|\([^()]{1,40}\)")
"""An agency between slashes or in brackets after the date («… ۲۲ اکتبر ۲۰۲۴ /«خاور»/», «کابل، ۳ حمل
۱۴۰۲ (باختر)»), as Central Asian and Afghan agencies write it."""


_CLOCK_SET_OFF = re.compile(rf"[\s,،\-–—|/]*(?:{_CLOCK.pattern})\s*[-–—|/،,]")
"""A clock after the date, then a dash or bar: what follows is the line's furniture («۲۲ آبان ۱۴۰۳ -
۱۰:۲۰ - خبرگزاری نمونه»: the agency), as a sentence after a date never starts past its clock."""


_CLOCK_ENDS = re.compile(rf"[\s,،\-–—|/]*(?:{_CLOCK.pattern})[\W_]*$")
"""A clock after the line's last date, ending the line («… ۲۳ فروردین ۱۴۰۳ - ۱۶:۵۶»): a dateline's furniture
(no sentence ends in one), so the few words before the date are the agency, even one whose name holds «و»
(«صدا و سیما»), with or without punctuation setting them off."""


def _after(folded: str, rest: str, first: DateMention, mentions: list[DateMention]) -> str:
    """The words after the first date that could make the line a sentence: none past a clock set off
    by a dash or bar after the line's last date (_CLOCK_SET_OFF)."""
    last = max(m.limit for m in mentions if not m.relative)
    return rest[first.limit : last] if _CLOCK_SET_OFF.match(folded, last) else rest[first.limit :]


def _set_off(before: str, after: str) -> bool:
    """Whether the words around a dateline's date are a place and an agency set off by punctuation
    («دوشنبه، خبرگزاری … ۱۴/۰۷/۸۶»; not «نشست سران ۲۴ آبان ۱۴۰۲», a headline), none after it but past a column bar
    («۷ آذر ۱۴۰۴ | نویسنده: …» is the site's furniture; «۲۷ عقرب ۱۴۰۳، وزیر رفت» a sentence) or between
    slashes or brackets («… ۲۲ اکتبر ۲۰۲۴ /«خاور»/», «… (باختر)»: the agency)."""
    if _WORD.search(_SLASHED.sub(" ", after.split("|")[0])):
        return False
    agency_after = _SLASHED.search(after) is not None  # «کابل ۲۲ عقرب ۱۴۰۳ (باختر)»: a place, then the agency
    named = _OUTLET_FIRST.match(before) or _PLACE_STOP.match(before)
    return not _WORD.search(before) or bool(_SEPARATOR.search(before)) or agency_after or bool(named)


_OUTLET_FIRST = re.compile(rf"[\W_]*(?:{OUTLET_NOUNS})(?![\w\u200c])")
"""«خبرگزاری جمهوری اسلامی ۸۷/۱۲/۲۲»: the words before the date open with an outlet noun, so they are the
agency's name (an archive's dateline with no place), with no punctuation needed to set them off."""
_PLACE_STOP = re.compile(r"[\W_]*[^\W\d_]+\.\s*$")
"""«تهران. دوشنبه، ۱۳ آوریل ۲۰۱۵ …»: one word closed by a full stop before the date: the place, as some
agencies set it off (a sentence before a date has more words than one)."""


_ENGLISH_WEEKDAY = re.compile(rf"\b(?:{'|'.join(d[:3] + f'(?:{d[3:]})?' for d in ENGLISH_WEEKDAYS)})\b\.?")
"""«Sunday», «Sun», «Sun.»: an English weekday beside the date."""
_WEEKDAY = re.compile(WEEKDAY)
"""A weekday beside the date («۱۷ آذر ۱۳۹۸، یکشنبه»): what a dateline is made of, not a sentence's word."""


def _without_dates(folded: str, mentions: list[DateMention]) -> str:
    """`folded` with its written dates and its weekdays blanked out, and the «برابر با» or bracket joining a
    date to the same day in another calendar (helpers.dates.describe.DUAL_JOIN)."""
    rest, previous = _blank(_WEEKDAY, _blank(_ENGLISH_WEEKDAY, folded)), None
    for mention in (m for m in mentions if not m.relative):
        start = mention.offset
        if previous is not None and DUAL_JOIN.fullmatch(folded[previous.limit : start]):
            start = previous.limit
        rest = rest[:start] + " " * (mention.limit - start) + rest[mention.limit :]
        previous = mention
    return rest


WEEKDAY_DATE = "weekday date"
"""A weekday and a date alone, with no clock, label or place («شنبه ۸ آذر ۱۴۰۳»): how sites print today's
date in their masthead. Under the headline it is the article's date; above it, the site's clock
(helpers.text.ingest)."""


def _shape(labels: list[re.Match[str]], named: bool, opening: str) -> str:
    """The dateline's shape, from its labels, what opens it (a site's clock, a byline) and whether a
    place or agency is named on it."""
    if any(m["code"] for m in labels):
        return "news code"
    if labels:
        return "updated" if all(m["update"] for m in labels) else "labelled"
    return opening or ("place and agency" if named else DATE_LINE)


_TRAIL = re.compile(rf"(?:\s*(?:[-–—|،,:/•]|{_CLOCK.pattern}))+\s*")
"""Punctuation and a clock after a dateline's date, before the text it opens."""


def dateline_prefix(text: str) -> int:
    """The length of a dateline opening a page that lost its line breaks («۷ آذر ۱۴۰۴، ۱۰:۳۰ …»,
    «کد خبر: ۱۲۳ - ۷ آذر ۱۴۰۴ - …»): the fewest words that read as a dateline, with the punctuation,
    clock and same-day dates after them; 0 when none, or when a bare date runs straight into the text
    («روز ۷ آذر ۱۴۰۴ وزیران …» is a sentence)."""
    for word in list(re.finditer(r"\S+", text[:400]))[:MAX_WORDS]:
        found = read_dateline(text[: word.end()])
        if found is None:
            continue
        end = word.end()
        while (trail := _TRAIL.match(text, end)) and trail[0].strip():
            end = trail.end()
            same = [m for m in _dates(text[end : end + 60]) if m.offset == 0 and m.start == found.date]
            if not same:
                break
            end += same[0].limit
        return end if end > word.end() or found.shape not in (DATE_LINE, WEEKDAY_DATE) else 0
    return 0


_MONTH_NAMED = re.compile(rf"(?<![\w\u200c])(?:{MONTH_WORD})")


def restates_day(day: dt.date, line: str) -> bool:
    """Whether `line` writes `day` again without its year («در نشست روز شنبه ۲۴ مارس» under «Saturday, March 24,
    2007»): a day and a named month that, placed nearest `day`, are `day`. A site's clock above the headline is the
    day the page was read (SITE_CLOCK); when the article's own words give that day too, it is the article's day
    (a blog prints each post's day over its title), as the reading day would match it only by chance."""
    mentions = scan(fold_for_dates(line), day, Calendar.GREGORIAN)
    return any(
        m.relative and m.precision == Precision.DAY and m.start == day and _MONTH_NAMED.search(m.surface)
        for m in mentions
    )


SITE_CLOCK = "site clock"
"""The day the page was read, not published: a line opening with «امروز», or a weekday date above the
headline (helpers.text.ingest). Never the publication."""
LABELLED_SHAPES = ("labelled", "news code")
"""Shapes whose label says the date is the publication's: they outrank an unlabelled date line (a
site's clock printed above the article can be one) and an "updated" line."""


CAPTION_CREDIT = "caption credit"
"""The shape of a dateline read off a photo caption's credit (caption_dateline)."""
_CREDIT_DASH = re.compile(r".*\s[-–—]\s")
"""Everything up to the line's last spaced dash: a photo's caption, before the credit that ends it."""
_TITLE_BARS = re.compile(r".*\s\|\s(?=[^|]+\|[^|]+$)")
"""Everything up to the bar before the line's last two fields: a page's title with its sections, before
«outlet | date» («… | سیاست | نام‌رسانه | 21.04.2009»), as a browser's title bar shows it."""


def caption_dateline(line: str) -> Dateline | None:
    """«<a photo's caption, any length> - <the outlet>, 1920, 08.07.2022»: a caption whose credit, after
    its last spaced dash, names the outlet and the day (as international services print under their
    photos), or a page's title whose last two bar-separated fields are the outlet and the day («<title> |
    <section> | <outlet> | 21.04.2009»); a credit with only a date («… - ۱۲ آبان ۱۴۰۳») or with words
    after it is no dateline, nor is a line with no words before the dash («04.07.2025 - …»: a dateline
    of its own shape)."""
    caption = _CREDIT_DASH.match(line) or _TITLE_BARS.match(line)
    if caption is None or not _ANY_DIGIT.search(line, caption.end()) or not _WORD.search(caption[0]):
        return None
    found = read_dateline(line[caption.end() :])
    if found is None or found.shape != "place and agency":
        return None
    return Dateline(found.date, CAPTION_CREDIT, found.surface, found.names)


_LABEL_AND_CLOCK = re.compile(rf"[\W_]*(?:(?:{_LABEL.pattern})\s*)?(?:{_CLOCK.pattern})[\W_]*", re.IGNORECASE)


def clock_line(line: str) -> bool:
    """«منتشر شده در ۴:۰۳ ب.ظ», «• 10:56:15», «ساعت ۱۰:۲۰»: a line holding only a clock, maybe after a
    publication label: the half of a dateline whose date the page printed on another line, neither
    headline nor lead."""
    return _LABEL_AND_CLOCK.fullmatch(line) is not None


def news_code_line(line: str) -> bool:
    """«کد خبر: ۱۲۳۴۵», «• کد مطلب: ۶۷۸ |»: a line holding only a news code (no date): page furniture,
    neither headline nor lead."""
    return _CODE_LINE.fullmatch(line) is not None


def witness(shape: str) -> int:
    """How strongly a dateline of `shape` gives the publication day: labelled 2, updated or a site's
    clock 0, else 1."""
    return 2 if shape in LABELLED_SHAPES else 0 if shape in ("updated", SITE_CLOCK) else 1


_LEADING = re.compile(r"^(?:[^\W\d_]+[،,]\s*)?$")
_AGENCY_THEN_TEXT = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?[،,:\-–—]|\s*/[^/\n]{1,40}/\s*[.،,:\-–—]?")
"""After a paragraph-opening date: a comma, dash or colon, maybe after the agency in brackets
(«(پژواک):»), or the agency between slashes, as Tajik and Central Asian agencies write it («/"خاور"/.»)."""
"""What may come before a date that opens a paragraph as its dateline: nothing, or a place and a comma."""


_ON_THE_DAY = re.compile(r"(?<![\w\u200c])(?:روز|امروز|امشب|(?:ب|به[\s\u200c]*|در[\s\u200c]*)تاریخ)(?![\w\u200c])")
"""«روز ۷ آذر ۱۴۰۴، …», «امروز ۷ آذر ۱۴۰۴، …», «بتاریخ/به تاریخ/در تاریخ ۷ آذر ۱۴۰۴ …»: a sentence that opens with
its date, the day of what it tells, not a dateline."""


_ON_THE_DAY_BEFORE = re.compile(rf"(?:{_ON_THE_DAY.pattern})\s*$")


def _sentences_day(before: str, surface: str) -> bool:
    """Whether a date whose surface is `surface`, after the text `before`, is a sentence's day: _ON_THE_DAY opens
    the surface («روز ۷ آذر ۱۴۰۴») or ends the words before it («بتاریخ ۷ آذر ۱۴۰۴»)."""
    return bool(_ON_THE_DAY.match(surface) or _ON_THE_DAY_BEFORE.search(before))


def leading_dateline(line: str) -> Dateline | None:
    """«۲۷ عقرب ۱۴۰۳، …», «کابل، ۱۲ جدی ۱۴۰۱ - …», «تهران- ایرنا- ۷ آذر ۱۴۰۴ - …», «دوشنبه، 25.03.2022
    /"خاور"/. …» (the city, not the weekday): a whole day (with its year) opening a paragraph, set off
    from the sentence after it by a comma, dash or colon, or a dateline (dateline_prefix) opening it: the
    page's dateline run into its first paragraph."""
    folded = _GLUED.sub(" ", fold_for_dates(line[:120]))  # «(شنبه/۲۷سنبله/۱۴۰۰):», as read_dateline reads it
    first = next((m for m in _dates(folded) if not m.relative), None)  # a place named like a weekday (دوشنبه)
    if first is None or first.precision != Precision.DAY or first.start is None:
        return None
    if _sentences_day(folded[: first.offset], first.surface):
        return None
    before, after = folded[: first.offset].strip(), folded[first.limit :]
    if _LEADING.match(before) and _AGENCY_THEN_TEXT.match(after):
        return Dateline(first.start, "paragraph prefix", first.surface)
    if cut := dateline_prefix(folded):
        found = read_dateline(folded[:cut])
        return None if found is None else Dateline(found.date, "paragraph prefix", found.surface, found.names)
    return None


LINE_END = "line end"
"""The shape of a dateline read off the end of a header line (trailing_dateline)."""
_FURNISHED = (*LABELLED_SHAPES, "updated")
"""Shapes whose label marks a date as the page's own, however the line before it reads."""


def trailing_dateline(line: str) -> Dateline | None:
    """«<a headline> ۳۱ اکتبر ۲۰۲۰، ساعت ۱۲:۰۰», «<a headline> تاریخ انتشار: ۱۲ آذر ۱۴۰۳»: a dateline run onto
    the end of a header line, as a page that lost its line breaks joins them: the longest tail of the line
    that holds only a date and a dateline's furniture (read_dateline with no names), kept when that furniture
    is a publication label, or a clock after a finished clause (_clause_ends), as a dateline prints them and a
    headline's own event date («نشست سران ۲۴ آبان ۱۴۰۲») does not; not after a word that makes the tail a
    sentence's time («… در ۱۲ آذر ۱۴۰۳ ساعت ۱۰»), nor after a colon: the value of a label other than the
    publication's («زمان برگزاری: …»)."""
    folded = fold_for_dates(" ".join(line.split()))
    if not _ANY_DIGIT.search(folded[-120:]):
        return None
    words = list(re.finditer(r"\S+", folded))
    found, start = None, len(folded)
    for word in reversed(words[-MAX_WORDS:]):
        tail = read_dateline(folded[word.start() :])
        if tail is not None and not tail.names:
            found, start = tail, word.start()
    if found is None or start == 0:
        return None
    before = folded[:start].rstrip()
    last = _WORD.findall(before)[-1:]
    if not last or before.endswith(":") or last[0] in _GOVERNING or _sentences_day(before, found.surface):
        return None
    if found.shape in _FURNISHED or (_CLOCK.search(folded, start) and _clause_ends(before)):
        return Dateline(found.date, LINE_END, found.surface)
    return None


_CLAUSE_MARKS = (".", "!", "؟", "?", "»", ")")


def _clause_ends(before: str) -> bool:
    """Whether the text before a date and clock ends its clause: a sentence mark, or a finite verb among its last
    two words. A Persian clause puts its date before its verb («… ۱۲ آذر برگزار شد»), so a date and clock after
    the verb stand outside it, the page's; after a noun they may be an event's («نشست وزیران، ۱۲ آذر ساعت ۱۰:۳۰»)."""
    if before.endswith(_CLAUSE_MARKS):
        return True
    starts = [word.start() for word in re.finditer(r"\S+", before)][-2:]
    return bool(starts) and first_verb(before, starts[0], len(before)) is not None


_ISO_TAIL = re.compile(r"(?<=\S)\s+[-–—|]\s*(?P<iso>\d{4}-\d{2}-\d{2})\s*$")
"""«<a title> - 2004-06-11»: a machine-written date after a spaced dash or bar ending the line."""


def title_date(line: str) -> Dateline | None:
    """«<a headline> - 2004-06-11»: a title whose last field is an ISO date, as an archive lists its stories;
    no writer dates an event in that form (a written date after a title, «اجلاس سران - ۱۲ عقرب ۱۴۰۳», is
    the event's, as caption_dateline has it)."""
    tail = _ISO_TAIL.search(fold_for_dates(line))
    if tail is None:
        return None
    try:
        return Dateline(dt.date(*map(int, tail["iso"].split("-"))), "title date", tail["iso"])
    except ValueError:
        return None


def iso_prefix(text: str) -> re.Match[str] | None:
    """The ISO date prefix opening a page («date 2025-10-07 …», «date 2025-06 …»), when the page has one;
    its `day` group is empty when it names a month only."""
    match = ISO_PREFIX.match(text)
    if match is None:
        return None
    try:
        dt.date.fromisoformat(match["iso"] if match["day"] else f"{match['iso']}-01")
    except ValueError:
        return None
    return match
