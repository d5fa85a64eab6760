"""How the segmenter reads a scraped page's line: the fold it matches markers and compares lines on, and
the bullet that opens a list item or a header field. Kept apart from helpers.text.ingest so that
helpers.text.split_dates, which ingest imports, reads lines the same way without an import cycle."""

from __future__ import annotations

import re

from helpers import chars

_FOLD_LINE = chars.replacer(
    chars.LETTER_FORMS | chars.ASCII_DIGITS | {chars.ZWNJ: " ", chars.NBSP: " ", chars.TATWEEL: ""}
)
BULLET = "[-–—•*▪●·]"
"""A bullet or dash opening a list item or a header field."""
LIST_BULLET = re.compile(rf"^{BULLET}\s*")
"""A list item's bullet and the spaces after it, at a line's start."""


def fold(line: str) -> str:
    """The line as the segmenter reads it, for matching markers and comparing lines: Persian letter
    forms, ASCII digits, a ZWNJ read as a space, tatweel dropped, spaces squeezed. The paragraph
    text keeps the raw line."""
    return " ".join(_FOLD_LINE(line).split())
