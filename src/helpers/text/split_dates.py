"""A header date the page set in two fields, one line each: a year alone next to a day and month alone
(«• 2021» over «• 11/11», «۱۶ قوس» over «۱۴۰۳»). The segmenter (helpers.text.ingest) joins them into one
line before reading its header blocks, so the dateline reads whole."""

from __future__ import annotations

import re

from helpers.dates.dateline import DATE_LINE, read_dateline
from helpers.text.lines import BULLET, fold

_LIST_BULLET = re.compile(rf"^{BULLET}\s*")
_YEAR_ALONE = re.compile(r"[0-9۰-۹]{4}")
_DAY_AND_MONTH = re.compile(r"[0-9۰-۹]{1,2}\s*(?P<sep>[/.\-])\s*[0-9۰-۹]{1,2}|[0-9۰-۹]{1,2}\s+[^\W\d_]+(?:\s*ماه)?")
"""«11/11», «۱۶ قوس», «22 آبان ماه»: a day and month with no year."""


def rejoin_split_dates(block: list[str]) -> list[str]:
    """A line holding only a year next to one holding only a day and month (list bullets aside: «• 2021» over
    «• 11/11», «۱۶ قوس» over «۱۴۰۳») is one date the page set in two fields: joined into one line, the year
    first with the numbers' own separator when it came first («2021/11/11», as «۱۴۰۳/۰۹/۱۶» is written), else
    after them, so the dateline reads whole. Joined only when the two read as one date."""
    lines = [_LIST_BULLET.sub("", line).strip() for line in block]
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
