"""Is this text a Persian article? Enough text, in Arabic script, written in Persian rather than
Arabic, and not drowned in invisible characters; otherwise one line saying which of these it fails.

Persian and Arabic share a script, so the script alone cannot tell them apart (an Arabic news page
is 100% Arabic script). What can: the four letters Persian adds (پ چ ژ گ) and the small words every
sentence needs, which the two languages do not share (Persian «را، است، این، که»; Arabic «في، على،
التي، هذا»). Words are compared after folding the Arabic forms of yeh and kaf to the Persian ones,
so Persian typed on an Arabic keyboard («كه»، «اين») still reads as Persian."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from helpers import chars

MIN_LETTERS = 100
"""Fewer letters than this (about twenty words) is not an article: a menu, a caption, a stub."""

MIN_ARABIC_SCRIPT_SHARE = 0.5
"""Share of letters that must be Arabic script for a text to count as Persian."""

MAX_INVISIBLE_SHARE = 0.3
"""Most zero-width and other format characters (ZWNJ, ZWJ, marks) a text may hold per letter.
Persian uses ZWNJ inside words (about one per 30 letters); far more is spam or a broken export."""

PERSIAN_LETTERS = "پچژگ"
"""Letters of Persian that Arabic does not use."""

PERSIAN_WORDS = frozenset(
    [
        "را",
        "است",
        "این",
        "آن",
        "که",
        "از",
        "در",
        "برای",
        "تا",
        "شد",
        "شده",
        "می",
        "های",
        "ها",
        "خود",
        "نیز",
        "کرد",
        "کند",
        "بود",
        "باید",
        "یک",
    ]
)
"""Persian function words that Arabic does not use (folded spelling)."""

ARABIC_WORDS = frozenset(
    [
        "فی",
        "علی",
        "إلی",
        "الی",
        "التی",
        "الذی",
        "الذین",
        "هذا",
        "هذه",
        "ذلک",
        "تلک",
        "عن",
        "أن",
        "إن",
        "کان",
        "کانت",
        "قد",
        "لم",
        "لن",
        "حیث",
        "أیضا",
        "منذ",
        "قال",
        "وقال",
    ]
)
"""Arabic function words that Persian does not use (folded spelling: ی for ي/ى, ک for ك)."""

_FOLD_FOR_WORDS = chars.replacer(
    {arabic: persian for arabic, persian in chars.LETTER_FORMS.items() if persian in "یک"}
    | dict.fromkeys(chars.DIACRITICS, "")
)
"""Arabic yeh, alef maksura and kaf to the Persian letters, optional marks dropped (word matching
only). The other letter forms (أ، إ، ة) stay: they tell the Arabic words apart («أن»، «إن»)."""
_NOT_LETTERS = re.compile(r"[\W\d_]+")
"""Runs of anything but letters (word characters other than decimal digits and «_»: str.isalpha, give or
take a few non-decimal numerals such as «½»); removing them in one regex pass is far cheaper than
testing every character in Python."""
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]+")
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3\u064b-\u0652]+")
_FORMAT = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
"""Invisible format characters (Unicode category Cf) that turn up in text: soft hyphen, zero-width
space/non-joiner/joiner, direction marks and embeddings, word joiner, BOM."""


@dataclass(frozen=True)
class Evidence:
    """What the check counted in a text."""

    letters: int
    arabic_script: int
    invisible: int
    persian_words: int
    arabic_words: int
    persian_letters: int

    @property
    def script_share(self) -> float:
        return self.arabic_script / self.letters if self.letters else 0.0

    @property
    def reads_as_persian(self) -> bool:
        """More Persian function words than Arabic ones, and some Persian word or letter at all."""
        return self.persian_words > self.arabic_words or (self.arabic_words == 0 and self.persian_letters > 0)


@lru_cache(maxsize=1)
def evidence(text: str) -> Evidence:
    """Count letters, Arabic-script letters, format characters and Persian/Arabic markers in `text`.

    The last text's answer is remembered: reading an article asks it twice of the same text
    (`helpers.text.sources`: is it UTF-8 encoded twice, then is it Persian), ~0.45 ms per article
    of corpus mode (P3). `Evidence` is frozen, so the one answer can be shared."""
    letters = _NOT_LETTERS.sub("", text)
    words = _ARABIC_WORD.findall(_FOLD_FOR_WORDS(text))
    return Evidence(
        letters=len(letters),
        arabic_script=len(letters) - len(ARABIC_SCRIPT.sub("", letters)),
        invisible=len(_FORMAT.findall(text)),
        persian_words=sum(w in PERSIAN_WORDS for w in words),
        arabic_words=sum(w in ARABIC_WORDS for w in words),
        persian_letters=sum(text.count(c) for c in PERSIAN_LETTERS),
    )


def problem(text: str) -> str:
    """Why `text` is not a Persian article, in one line; "" when it is one."""
    found = evidence(text)
    if found.invisible > MAX_INVISIBLE_SHARE * max(found.letters, 1):
        return (
            f"mostly invisible characters: {found.invisible} zero-width or format characters "
            f"(ZWNJ, ZWJ, direction marks) against {found.letters} letters"
        )
    if found.letters < MIN_LETTERS:
        return f"too little text for an article: {found.letters} letters (at least {MIN_LETTERS} expected)"
    if found.script_share < MIN_ARABIC_SCRIPT_SHARE:
        return (
            f"not a Persian article: only {100 * found.script_share:.0f}% of its {found.letters} letters "
            "are Arabic script"
        )
    if not found.reads_as_persian:
        return (
            f"reads as Arabic, not Persian: {found.arabic_words} Arabic function words (في، على، التي…) against "
            f"{found.persian_words} Persian ones (را، است، این…) and {found.persian_letters} of the letters پ چ ژ گ"
        )
    return ""
