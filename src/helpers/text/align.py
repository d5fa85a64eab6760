"""Where each normalized token stands in the page as scraped, so the tokens table keeps what the page
said (`raw`) beside what hazm made of it (`normalized`).

hazm rewrites letters and digits, joins and splits words and drops marks; the alignment undoes just
enough of that to find each token in order in the raw text."""

from __future__ import annotations

import re
from functools import lru_cache

from hazm.constants import TRANSLATION_DST, TRANSLATION_SRC

from helpers import chars
from helpers.chars import ZWNJ

_AS_HAZM = str.maketrans(TRANSLATION_SRC, TRANSLATION_DST) | str.maketrans(
    "0123456789" + chars.ARABIC_DIGITS, chars.PERSIAN_DIGITS * 2
)
"""The fold for aligning tokens with the page: the letters and digits as hazm's normalizer writes them
(hazm's own translation table, Persian digits)."""
_PASHTO = re.compile(f"[{''.join(chars.PASHTO_FORMS)}]")
_GAP = "[\\s\u200c\u0640\u064b-\u065f\u0670]*"


@lru_cache(maxsize=65536)
def _fold_key(token: str) -> str:
    return token.translate(_AS_HAZM).replace(ZWNJ, "")


@lru_cache(maxsize=65536)
def _spread(key: str) -> re.Pattern[str]:
    """A pattern for `key` with spaces, ZWNJs, tatweel or diacritics allowed between its letters."""
    return re.compile(_GAP.join(map(re.escape, key)))


def align(raw: str, tokens: list[str]) -> list[str]:
    """Each normalized token's span in the raw text, so the table keeps what the page said.

    Tokens are found in order in the raw text folded as hazm folds letters and digits; spaces,
    ZWNJs and diacritics between letters are allowed. A token the normalizer rewrote (« for ")
    keeps its own form."""
    folded = None
    start, slack, out = 0, 8, []
    for token in tokens:
        key = token.replace(ZWNJ, "")
        if not key:
            out.append(token)
            continue
        at = raw.find(key, start)
        end = at + len(key)
        if at < 0 or at - start > slack:
            folded = folded or raw.translate(_AS_HAZM)
            key = _fold_key(token)
            match = _spread(key).search(folded, start, start + slack + 3 * len(key))
            if match is None:
                out.append(token)
                slack += len(key) + 2
                continue
            at, end = match.span()
        out.append(raw[at:end])
        start, slack = end, 8
    return out


def keep_own_letters(raw: str, normalized: str) -> str:
    """`normalized` (hazm's output for `raw`) with the page's Pashto letters put back where hazm
    folded them (chars.PASHTO_FORMS): «ځاځي» stays «ځاځی», its Arabic «ي» still Persian.

    hazm only drops, adds or moves spaces and marks around letters, so the letters of both texts
    follow one order: each letter of `normalized` is matched with the next letter of `raw` folded as
    hazm folds it, a few characters on at most (a letter hazm added or dropped is passed over). Pages
    without a Pashto letter, nearly all, cost one regex search."""
    if _PASHTO.search(raw) is None:
        return normalized
    folded, out, j = raw.translate(_AS_HAZM), list(normalized), 0
    for i, letter in enumerate(normalized):
        if not letter.isalpha():
            continue
        at = folded.find(letter, j, j + 8)
        if at < 0:
            continue
        if raw[at] in chars.PASHTO_FORMS:
            out[i] = raw[at]
        j = at + 1
    return "".join(out)
