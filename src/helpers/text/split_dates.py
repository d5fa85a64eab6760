"""Dates a page set over two lines. In the header, two fields, one line each: a year alone next to a day and month
alone («• 2021» over «• 11/11», «۱۶ قوس» over «۱۴۰۳»). Anywhere, a date a hard wrap broke («… روز ۱۹ نوامبر (۲۸»
over «آبان ۱۳۹۴) …», a narrow column's «پنجشنبه» over «20» over «مرداد 1384»). The segmenter (helpers.text.ingest)
joins them into one line before reading a block, so the date (and a dateline) reads whole."""

from __future__ import annotations

import re

from helpers.dates import find_dates
from helpers.dates.dateline import DATE_LINE, read_dateline
from helpers.dates.patterns import DAY_NUMBER, MONTH_WORD, WEEKDAY
from helpers.text.lines import LIST_BULLET, fold

_YEAR_ALONE = re.compile(r"[0-9۰-۹]{4}")
_DAY_AND_MONTH = re.compile(r"[0-9۰-۹]{1,2}\s*(?P<sep>[/.\-])\s*[0-9۰-۹]{1,2}|[0-9۰-۹]{1,2}\s+[^\W\d_]+(?:\s*ماه)?")
"""«11/11», «۱۶ قوس», «22 آبان ماه»: a day and month with no year."""


def rejoin_split_dates(block: list[str]) -> list[str]:
    """A line holding only a year next to one holding only a day and month (list bullets aside: «• 2021» over
    «• 11/11», «۱۶ قوس» over «۱۴۰۳») is one date the page set in two fields: joined into one line, the year
    first with the numbers' own separator when it came first («2021/11/11», as «۱۴۰۳/۰۹/۱۶» is written), else
    after them, so the dateline reads whole. Joined only when the two read as one date."""
    lines = [LIST_BULLET.sub("", line).strip() for line in block]
    out: list[str] = []
    i = 0
    while i < len(block):
        pair = lines[i : i + 2]
        joined = _joined_date(*pair) if len(pair) == 2 else None
        out.append(joined or block[i])
        i += 2 if joined else 1
    return out


def _joined_date(first: str, second: str) -> str | None:
    """The one date a year line and a day-and-month line make (rejoin_split_dates), or None."""
    year_first = _YEAR_ALONE.fullmatch(first) is not None
    year, other = (first, second) if year_first else (second, first)
    day_month = _DAY_AND_MONTH.fullmatch(other)
    if _YEAR_ALONE.fullmatch(year) is None or day_month is None:
        return None
    sep = day_month["sep"]
    joined = (f"{year}{sep}{other}" if year_first else f"{other}{sep}{year}") if sep else f"{other} {year}"
    found = read_dateline(fold(joined))
    return joined if found is not None and found.shape == DATE_LINE else None


_DAY_AT_END = re.compile(rf"(?:^|[\s(])(?:{DAY_NUMBER}|{WEEKDAY})\s*$")
"""A line ending in a day's number or a weekday, where a hard wrap may have cut a date."""
_MONTH_OR_DAY_AT_START = re.compile(rf"^\s*(?:{MONTH_WORD}|{DAY_NUMBER}(?![0-9۰-۹]))")
"""A line opening with a month name or a day's number, which may carry on that date."""
_WRAPPED_WORDS = 4
"""A line of at least this many words cut mid-date is a wrapped line of text; a shorter one holds the date's
first part alone («20», «پنجشنبه»), as a narrow column sets it, or is a field of its own («صفحه 20»)."""


def rejoin_broken_dates(block: list[str]) -> list[str]:
    """Consecutive lines that a date with its year runs across (the date parser reads it only when they are
    joined) made one line, again while the line before still opens the date («پنجشنبه» over «20 مرداد 1384»)."""
    out: list[str] = []
    for line in block:
        out.append(line)
        while len(out) > 1 and (joined := _broken_date(out[-2], out[-1])):
            out[-2:] = [joined]
    return out


def _broken_date(first: str, second: str) -> str | None:
    """The two lines as one when a date with its year starts in the first and ends in the second."""
    if not (_DAY_AT_END.search(fold(first)) and _MONTH_OR_DAY_AT_START.match(fold(second))):
        return None
    words = len(first.split())
    if 1 < words < _WRAPPED_WORDS:
        return None
    joined = f"{first} {second}"
    cut = len(first)
    for mention in find_dates(joined, None):
        if mention.offset < cut < mention.limit and not mention.relative:
            return joined
    return None
