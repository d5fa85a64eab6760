"""What each date refers to (the event phrase around it), dual forms and apposed days: one date written
in two calendars («۲۱ دسامبر ۱۹۹۱ (۳۰ آذر ۱۳۷۰)») shares one refers_to, and a warning is raised when the
two forms disagree; a day word restating the date beside it («امروز، ۶ آذر ۱۴۰۳») is one mention."""

from __future__ import annotations

import re
import warnings
from dataclasses import replace

from helpers.contracts import Calendar, Precision
from helpers.dates.mention import DateMention
from helpers.dates.patterns import MONTH_EDGES, OSP, SP

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
    *MONTH_EDGES.split("|"),
    "نیمه",
    "بازه",
    "و",
}
"""Words that tie a date to its event rather than name the event: dropped at the edges of refers_to."""


def _edge_trim(words: list[str], *, trailing: bool) -> list[str]:
    """Drop linking words (prepositions, «و») at the end (or start) of a context window."""
    while words and words[-1 if trailing else 0] in LEFT_TRIM:
        words.pop(-1 if trailing else 0)
    return words


def refers_to(text: str, offset: int, limit: int) -> str | None:
    """The event phrase around a date inside its clause: «left … right», or None if there is none."""
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(text, 0, offset)]
    left = text[breaks[-1] if breaks else 0 : offset].split()[-4:]
    left = _edge_trim(_edge_trim(left, trailing=True), trailing=False)
    following = CLAUSE_BREAK.search(text, limit)
    right = text[limit : following.start() if following else len(text)].split()[:6]
    if not left and not right:
        return None
    return " … ".join(part for part in (" ".join(left), " ".join(right)) if part)


DUAL_JOIN = re.compile(rf"{OSP}(?:[(/]{OSP}|(?:برابر|مطابق){OSP}(?:با{OSP})?)$")


def _disagree(first: DateMention, second: DateMention) -> bool:
    """Whether two forms of one date contradict: different days, or periods that do not even overlap
    («سال ۱۹۹۲ میلادی (۱۳۷۱ خورشیدی)» overlap without coinciding: years straddle each other)."""
    if None in (first.start, first.end, second.start, second.end):
        return False
    if first.precision == second.precision == Precision.DAY:
        return first.start != second.start
    return first.end < second.start or second.end < first.start  # type: ignore[operator]


SIDE_BY_SIDE = re.compile(rf"{OSP}\)?{OSP}(?:[(/|\-–—،,]{OSP}|(?:برابر|مطابق){OSP}(?:با{OSP})?)?")
"""What stands between one day written in two calendars: brackets, a bar, slash, dash or comma, «برابر با»."""
LUNAR_SLACK = 2
"""Days a lunar date may lie off the same day in another calendar beside it: the table (Umm al-Qura) is
computed, while Iran and Afghanistan start a month on a sighted moon, a day or two apart."""
_DAYS = (Precision.DAY, Precision.RANGE)
"""A day, or a span of them («۲۳ تا ۲۵ ذیقعده»; a span the same length as the other's, so not months or years)."""


def lunar_beside(found: list[DateMention], text: str) -> list[DateMention]:
    """A lunar Hijri day or span of days written beside the same day or span in a solar or Gregorian calendar,
    within LUNAR_SLACK of it («شنبه ۲۴ آذر ۱۴۰۳ | ۱۲ جمادی‌الثانی ۱۴۴۶ | …», «۲۳ تا ۲۵ ذیقعده ۱۴۲۸ مطابق با ۴ تا ۶
    دسامبر ۲۰۰۷»), is that same day or span, as the page counts it: it takes the other's dates."""
    out = list(found)
    for i, mention in enumerate(out):
        if mention.calendar != Calendar.HIJRI or mention.precision not in _DAYS:
            continue
        if mention.start is None or mention.end is None:
            continue
        for other in (out[j] for j in (i - 1, i + 1) if 0 <= j < len(out)):
            if other.calendar == Calendar.HIJRI or other.precision != mention.precision:
                continue
            if other.start is None or other.end is None:
                continue
            near = abs((other.start - mention.start).days) <= LUNAR_SLACK
            alike = other.end - other.start == mention.end - mention.start
            gap = text[min(mention.limit, other.limit) : max(mention.offset, other.offset)]
            if near and alike and not other.relative and SIDE_BY_SIDE.fullmatch(gap):
                out[i] = replace(mention, start=other.start, end=other.end)
                break
    return out


APPOSED = re.compile(rf"{OSP}(?:[(،,\-–—]{OSP}|(?:یا|یعنی){SP})?")
"""What stands between a day and its restatement: a space, a comma, a dash, an opening bracket, or «یا»/«یعنی»
(«بیستم نومبر یا پنجشنبه گذشته»: or, that is)."""
BRACKET_SLACK = 2
"""Days a date in brackets after a day word may lie off it and still restate it («روز گذشته (پنجشنبه ۱۷
آوریل)» on a page published a day after it was written: the brackets say it is the same day)."""
_CLOSING = re.compile(rf"{OSP}\)")


def join_apposed(found: list[DateMention], text: str) -> list[DateMention]:
    """One mention for a day said twice side by side, once as a day word («امروز», «فردا», a weekday)
    and once more («امروز، ۶ آذر ۱۴۰۳،», «فردا (چهارشنبه) ۷ قوس», «امروز، سه‌شنبه،»), when both name the
    same day: the written date stands for both (the first, when both are day words), spanning the two.
    Two written dates are dual forms (one row each, describe), and a day word naming another day than
    the date beside it («امشب پنجشنبه ۸ آذر» a day before it) stays a row of its own."""
    out: list[DateMention] = []
    for mention in found:
        previous = out[-1] if out else None
        if previous is None or not _restates(previous, mention, text):
            out.append(mention)
            continue
        kept = mention if mention.named_calendar else previous
        gap = text[previous.limit : mention.offset]
        closing = _CLOSING.match(text, mention.limit) if "(" in gap else None
        limit = closing.end() if closing else mention.limit
        out[-1] = replace(kept, surface=text[previous.offset : limit], offset=previous.offset, limit=limit)
    return out


def _restates(first: DateMention, second: DateMention, text: str) -> bool:
    """Whether `second` says again the day `first` says, right after it, one of them a day word; a
    written date in brackets after a day word restates it when within BRACKET_SLACK days."""
    if first.precision != Precision.DAY or second.precision != Precision.DAY or first.start is None:
        return False
    if first.named_calendar and second.named_calendar or second.start is None:
        return False
    apposed = APPOSED.fullmatch(text, first.limit, second.offset)
    if apposed is None:
        return False
    if "(" in apposed[0] and second.named_calendar and not second.relative:
        return abs((second.start - first.start).days) <= BRACKET_SLACK
    return first.start == second.start


def describe(found: list[DateMention], text: str) -> list[DateMention]:
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
            shared = refers_to(blanked, previous.offset, previous.limit)
            out[-1] = replace(previous, refers_to=shared)
            out.append(replace(mention, refers_to=shared))
            if _disagree(previous, mention):
                warnings.warn(
                    f"dual date forms disagree: «{previous.surface}» is {previous.start}, "
                    f"«{mention.surface}» is {mention.start}",
                    stacklevel=3,
                )
            continue
        out.append(replace(mention, refers_to=refers_to(text, mention.offset, mention.limit)))
    return out
