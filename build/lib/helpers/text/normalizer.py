"""hazm 0.12's `Normalizer.normalize` (default settings), exactly, in a fraction of its time.

hazm's normalizer is most of hazm's own cost (about 80 % of normalize + tokenize + lemmatize), and
most of that goes on regex passes that find nothing in ordinary news text, on patterns whose
matches start with "any character", and on a word loop that seldom joins anything. `Normalizer`
runs hazm's steps in hazm's order with hazm's own patterns and lexicon, but:

1. a pattern runs only when the text holds something every one of its matches contains (its
   "needles": «...» for the ellipsis rule, a ZWNJ for the ZWNJ rules), so a pass that cannot
   match is skipped rather than run;
2. six patterns whose matches start with a common character are run from their rare part, with the
   character before it checked in a callback (see `rewrites`);
3. the tokenizer's pattern is written to start with one character class, it runs once over the
   whole text, and the joining loop only builds pairs for tokens that can end a joined word;
4. the letter and digit translations use tables built once, and tripled letters are looked for with
   numpy before hazm's slow repeated-letter step is run.

`normalize_lines` gives one hazm call per line's result for many lines in one pass.
tests/test_equivalence.py holds the output to hazm's on every article, generated articles, hand-made
edge cases, random strings and random runs of lexicon fragments."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

import hazm
import numpy as np
from hazm.constants import (
    AFFIX_SPACING_PATTERNS,
    DIACRITICS_PATTERNS,
    EXTRA_SPACE_PATTERNS,
    NUMBERS_DST,
    NUMBERS_SRC,
    PERSIAN_STYLE_PATTERNS,
    PUNCTUATION_SPACING_PATTERNS,
    SPECIAL_CHARS_PATTERNS,
    SUFFIXES,
    TRANSLATION_DST,
    TRANSLATION_SRC,
    UNICODE_REPLACEMENTS,
)
from hazm.utils import maketrans

from helpers import chars

ZWNJ = "\u200c"
LETTERS = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
"""The letters hazm's spacing, repeated-letter and «می» rules are written with."""


def _translation(source: str, target: str) -> Callable[[str], str]:
    """`text.translate(maketrans(source, target))` with hazm's maketrans, by `chars.replacer`."""
    return chars.replacer({chr(code): new for code, new in maketrans(source, target).items()})


_LETTER_FORMS = _translation(TRANSLATION_SRC, TRANSLATION_DST)
_PERSIAN_DIGITS = _translation(NUMBERS_SRC, NUMBERS_DST)


def _is_word_char(ch: str) -> bool:
    """What the regex `\\w` matches (Unicode alphanumerics and «_»)."""
    return ch.isalnum() or ch == "_"


def _contains(*needles: str) -> Callable[[str], bool]:
    return lambda text: any(needle in text for needle in needles)


def _at_edges(text: str) -> bool:
    """Whether `^ +| +$` can match: a space first, last, or just before a final newline."""
    return text[:1] == " " or text.endswith((" ", " \n"))


def _at_line_edges(text: str) -> bool:
    """Whether `^ +| +$` can match at the edge of some line."""
    return _at_edges(text) or " \n" in text or "\n " in text


def _zwnj_run(pattern: str) -> str:
    """hazm's ZWNJ-at-a-word-edge pattern with `*` made `+`: `\\b` and `\\B` cannot both hold at one
    position, so the empty run never matches, and `+` lets the engine skip to the ZWNJs."""
    return pattern.replace("\\u200c*", "\\u200c+")


def _space_first(pattern: str) -> str:
    """hazm's suffix pattern `(?<=X{2}) (suffix)…` written ` (?<=X{2} )(suffix)…`: the same matches
    (the lookbehind now also checks the space just consumed), but the regex engine can skip to the
    spaces instead of testing the lookbehind at every character."""
    m = re.fullmatch(r"\(\?<=(\[[^\n]*\]\{2\})\) (\(.*)", pattern, re.DOTALL)
    return f" (?<={m[1]} ){m[2]}" if m else pattern


_ZWNJ = _contains(ZWNJ)
SKIP_UNLESS: dict[str, Callable[[str], bool]] = {
    # persian_style
    r'"([^\n"]+)"': _contains('"'),
    r"([\d+])\.([\d+])": _contains("."),
    r" ?\.\.\.": _contains("..."),
    # correct_spacing: extra spaces
    r"^ +| +$": _at_edges,
    r" {2,}": _contains("  "),
    r"\n{3,}": _contains("\n\n\n"),
    r"\u200c{2,}": _ZWNJ,
    r"\u200c{1,} ": _ZWNJ,
    r" \u200c{1,}": _ZWNJ,
    r"\b\u200c*\B": _ZWNJ,
    r"\B\u200c*\b": _ZWNJ,
    r"[ـ\r]": _contains("ـ", "\r"),
    # correct_spacing: affixes
    r"(ه)(ها)": _contains("هها"),
    # correct_spacing: punctuation
    r'" ([^\n"]+) "': _contains('" '),
    r" ([\.:!،؛؟»\]\)\}])": _contains(*(" " + c for c in ".:!،؛؟»])}")),
    r"([«\[\(\{]) ": _contains(*(c + " " for c in "«[({")),
    r"([\.:])([^ \.:!،؛؟»\]\)\}\d۰۱۲۳۴۵۶۷۸۹])": _contains(".", ":"),
    r"([!،؛؟»\]\)\}])([^ \.:!،؛؟»\]\)\}])": _contains(*"!،؛؟»])}"),
}
"""For each of hazm's patterns that most texts never match: a cheap test that is true whenever the
pattern can match (each needle is a substring every match contains). Without one, a pattern always runs."""


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    replacement: str | Callable[[re.Match[str]], str]
    applies: Callable[[str], bool] | None

    def __call__(self, text: str) -> str:
        if self.applies is not None and not self.applies(text):
            return text
        return self.pattern.sub(self.replacement, text)


class _FromAnchor:
    """One of hazm's patterns `C A` (C: one character of context, consumed with the match; A: the
    anchor, which starts with a rare character or a literal) run as a search for A, with C checked in
    a callback by `context(text, start of A, end of the previous replaced match)`. The regex engine
    can then skip straight to the anchors instead of trying the pattern at every character. hazm's
    matches never overlap, so a context character that the previous match consumed does not count:
    that is what the third argument is for."""

    def __init__(self, anchor: str, context: Callable[[str, int, int], bool], replace: Callable[[str], str]) -> None:
        self.pattern, self.context, self.replace = re.compile(anchor), context, replace

    def __call__(self, text: str) -> str:
        end = 0

        def substitute(match: re.Match[str]) -> str:
            nonlocal end
            if not self.context(match.string, match.start(), end):
                return match.group()
            end = match.end()
            return self.replace(match.group())

        return self.pattern.sub(substitute, text)


def _after_non_space(stops: str, text: str, i: int, end: int) -> bool:
    """Context `[^ ]`: the character before the anchor exists, is not a space, and is not consumed.
    (`stops`: characters that end the text for this purpose: a newline in line mode.)"""
    return i > end and text[i - 1] != " " and text[i - 1] not in stops


def _after_non_opener(stops: str, text: str, i: int, end: int) -> bool:
    """Context `[^ «[({]` (openers never match it, so nothing before can be consumed)."""
    return i > 0 and text[i - 1] not in " «[({" and text[i - 1] not in stops


def _mi_starts_word(stops: str, text: str, i: int, end: int) -> bool:
    """Context `(^| )ن?` before «می »: start of text or an unconsumed space, with one «ن» between or not."""
    k = i - 1 if i and text[i - 1] == "ن" else i
    if k == 0 or text[k - 1] in stops:
        return k >= end
    return text[k - 1] == " " and k - 1 >= end


def _digit_runs(match: re.Match[str]) -> str:
    r"""hazm's `(\d)([letters])` then `([letters])(\d)` (`\1 \2` each), in one pass over runs of
    digits: a space between a digit and a letter on either side. (Neither pattern's matches can
    overlap, and the first one's spaces never put a letter before a digit.)"""
    i, j, s = match.start(), match.end(), match.string
    before = " " if i and s[i - 1] in LETTERS else ""
    after = " " if j < len(s) and s[j] in LETTERS else ""
    return before + match.group() + after


_DIGIT_LETTER = rf"(\d)([{LETTERS}])"
_LETTER_DIGIT = rf"([{LETTERS}])(\d)"
_HEH_ALEF = r"([^ ]ه) (ا(م|یم|ش|ند|ی|ید|ت))(?=[ \n\.:!،؛؟»\]\)\}]|$)"


def rewrites(lines: bool = False) -> dict[str, Callable[[str], str] | None]:
    """hazm's patterns whose matches start with a common character, each run from its rare part
    instead (None: done by the rewrite of the pattern before it)."""
    stops = "\n" if lines else ""
    return {
        r"([^ «\[\(\{])([«\[\(\{])": _FromAnchor(r"[«\[\(\{]", partial(_after_non_opener, stops), lambda g: " " + g),
        r"([^ ]ه) ی ": _FromAnchor("ه ی ", partial(_after_non_space, stops), lambda g: "ه" + ZWNJ + "ی "),
        r"(^| )(ن?می) ": _FromAnchor("می ", partial(_mi_starts_word, stops), lambda g: "می" + ZWNJ),
        _HEH_ALEF: _FromAnchor("ه " + _HEH_ALEF[8:], partial(_after_non_space, stops), lambda g: "ه" + ZWNJ + g[2:]),
        _DIGIT_LETTER: _Rule(re.compile(r"\d+"), _digit_runs, None),
        _LETTER_DIGIT: None,
    }


def _rules(patterns: list[tuple[str, str]], lines: bool) -> list[Callable[[str], str]]:
    """hazm's `patterns` as rules; in line mode (`lines`), each line of the text is treated as a whole
    text: a newline is never a character (`[^ ` classes exclude it) and `^`/`$` hold at line edges."""
    names = [pattern for pattern, _ in patterns]
    fused = _DIGIT_LETTER in names and names.index(_LETTER_DIGIT) == names.index(_DIGIT_LETTER) + 1
    fast = rewrites(lines)
    rules = []
    for pattern, replacement in patterns:
        if lines and pattern == r"\n{3,}":  # needs newlines, which no line holds
            continue
        if pattern in fast and (fused or pattern not in (_DIGIT_LETTER, _LETTER_DIGIT)):
            if fast[pattern] is not None:
                rules.append(fast[pattern])
            continue
        compiled = _zwnj_run(pattern) if pattern in (r"\b\u200c*\B", r"\B\u200c*\b") else _space_first(pattern)
        applies = SKIP_UNLESS.get(pattern)
        if lines:
            compiled = compiled.replace("[^ ", "[^\n ")
            applies = _at_line_edges if applies is _at_edges else applies
        flags = re.MULTILINE if lines and pattern == r"^ +| +$" else 0
        rules.append(_Rule(re.compile(compiled, flags), replacement, applies))
    return rules


@dataclass(frozen=True)
class _Steps:
    """hazm's pattern steps, as rules for whole texts or for lines."""

    style: list[Callable[[str], str]]
    diacritics: list[Callable[[str], str]]
    extra_spaces: list[Callable[[str], str]]
    affixes: list[Callable[[str], str]]
    punctuation: list[Callable[[str], str]]
    specials: list[Callable[[str], str]]

    @classmethod
    def build(cls, lines: bool) -> _Steps:
        groups = (
            PERSIAN_STYLE_PATTERNS,
            DIACRITICS_PATTERNS,
            EXTRA_SPACE_PATTERNS,
            AFFIX_SPACING_PATTERNS,
            PUNCTUATION_SPACING_PATTERNS,
            SPECIAL_CHARS_PATTERNS,
        )
        return cls(*(_rules(group, lines) for group in groups))


_STEPS = {False: _Steps.build(lines=False), True: _Steps.build(lines=True)}
_MI = re.compile(f"می[{LETTERS}]+")

_HAZM_SPLIT = r'([؟!?]+|[\d.:]+|[:.،؛»\])}"«\[({/\\])'
"""hazm's WordTokenizer pattern: runs of ?!, runs of digits . :, or one other punctuation mark."""
_SPLIT = re.compile(r'[؟!?\d.:،؛»\])}"«\[({/\\](?:(?<=[؟!?])[؟!?]*|(?<=[\d.:])[\d.:]*)?')
"""The same matches, written to start with one character class (so the regex engine skips ahead to
it) and then continue the run of whichever kind that character was; `:` and `.` only ever matched
as part of a run (the second branch comes first), so they are left out of the single marks."""

_IS_LETTER = np.zeros(0x10000, dtype=bool)
_IS_LETTER[[ord(ch) for ch in LETTERS]] = True


def _apply(rules: list[Callable[[str], str]], text: str) -> str:
    for rule in rules:
        text = rule(text)
    return text


def _has_tripled_letter(text: str) -> bool:
    """Whether one of hazm's letters occurs three times in a row (else hazm's repeated-letter step
    changes nothing): three vector comparisons instead of a regex trying every position."""
    if len(text) < 3:
        return False
    codes = np.minimum(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32), 0xFFFF)
    return bool((_IS_LETTER[codes[:-2]] & (codes[:-2] == codes[1:-1]) & (codes[1:-1] == codes[2:])).any())


def _second_parts(spellings: Iterable[str]) -> set[str]:
    """Everything after a ZWNJ in a spelling: what a token must be to end a joined pair."""
    parts: set[str] = set()
    tails = {spelling.partition(ZWNJ)[2] for spelling in spellings if ZWNJ in spelling}
    while tails:  # the tails of tails, for spellings with more than one ZWNJ
        parts |= tails
        tails = {tail.partition(ZWNJ)[2] for tail in tails if ZWNJ in tail}
    return parts


class Normalizer:
    """hazm's default Normalizer, faster; built from one (whose lexicon and verb list it uses)."""

    def __init__(self, reference: hazm.Normalizer) -> None:
        self._reference = reference
        self._words = reference._words
        self._verbs = reference._verbs
        split = reference._tokenizer.pattern
        self._split = _SPLIT if split.pattern == _HAZM_SPLIT else split
        used = [w for w in self._words if ZWNJ in w and self._words[w][0] > 0]
        self._joinable = frozenset(SUFFIXES) | _second_parts(self._verbs) | _second_parts(used)

    def normalize(self, text: str) -> str:
        """Exactly `reference.normalize(text)`."""
        return self._normalize(text, _STEPS[False])

    def normalize_lines(self, lines: list[str]) -> list[str]:
        """Exactly `[reference.normalize(line) for line in lines]` for lines without a newline, in one
        pass over the lines joined (each of hazm's passes has a set-up cost per call)."""
        if any("\n" in line for line in lines):
            raise ValueError("normalize_lines takes lines without newlines")
        return self._normalize("\n".join(lines), _STEPS[True]).split("\n") if lines else []

    def words(self, text: str) -> list[str]:
        """Exactly hazm's `WordTokenizer(join_verb_parts=False).tokenize(text)`: punctuation marks,
        runs of ?! and runs of digits set apart, then split at spaces."""
        spaced = self._split.sub(r" \g<0> ", text.replace("\n", " ").replace("\t", " "))
        return list(filter(None, spaced.split(" ")))

    def _normalize(self, text: str, steps: _Steps) -> str:
        text = _LETTER_FORMS(text)
        text = _apply(steps.style, text)
        text = _PERSIAN_DIGITS(text)
        text = _apply(steps.diacritics, text)
        text = self._correct_spacing(text, steps)
        for old, new in UNICODE_REPLACEMENTS:
            text = text.replace(old, new)
        text = _apply(steps.specials, text)
        if _has_tripled_letter(text):
            text = self._reference.decrease_repeated_chars(text)
        return _MI.sub(self._separate_mi, text)

    def _correct_spacing(self, text: str, steps: _Steps) -> str:
        """hazm's correct_spacing: extra spaces, then each line tokenized and its split affixes
        joined, then affix and punctuation spacing."""
        text = _apply(steps.extra_spaces, text)
        lines = self._split.sub(r" \g<0> ", text).split("\n")  # the pattern never spans lines
        text = "\n".join(line if not line.strip() else " ".join(self._join(line)) for line in lines)
        text = _apply(steps.affixes, text)
        return _apply(steps.punctuation, text)

    def _join(self, line: str) -> list[str]:
        """hazm's token_spacing on one line's tokens: a token joins the one before it with a ZWNJ
        when the pair is a known verb form or a used word (unless the token starts a verb with the
        next one), or when it is a suffix after a known word. Only tokens that can end such a pair
        are looked at; the others are copied over in slices."""
        tokens = list(filter(None, line.replace("\t", " ").split(" ")))  # the line is already split
        joinable = self._joinable
        candidates = [t for t, token in enumerate(tokens) if token in joinable and t]
        if not candidates:
            return tokens
        words, verbs = self._words, self._verbs
        out: list[str] = []
        copied = 0
        for t in candidates:
            out += tokens[copied:t]
            copied = t + 1
            token = tokens[t]
            pair = out[-1] + ZWNJ + token
            if pair in verbs or (pair in words and words[pair][0] > 0):
                if not (t + 1 < len(tokens) and f"{token}_{tokens[t + 1]}" in verbs):
                    out[-1] = pair
                    continue
            elif token in SUFFIXES and out[-1] in words:
                out[-1] = pair
                continue
            out.append(token)
        out += tokens[copied:]
        return out

    def _separate_mi(self, match: re.Match[str]) -> str:
        """hazm's seperate_mi (`\\bن?می[letters]+`, a ZWNJ after «می» when that spells a known verb),
        found from «می»: the word must start there, or one «ن» earlier."""
        i, s, word = match.start(), match.string, match.group()
        prefix = ""
        if i and _is_word_char(s[i - 1]):
            if s[i - 1] != "ن" or (i > 1 and _is_word_char(s[i - 2])):
                return word
            prefix = "ن"
        separated = "می" + ZWNJ + word[2:]
        return separated if prefix + separated in self._verbs else word
