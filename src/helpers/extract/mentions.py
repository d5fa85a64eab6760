"""Shared pieces of sentence-level extraction: which sections count, word tokens, cue search.

Cue phrases are written in their folded spelling (see helpers.text.gazetteer.fold) with a plain space
wherever Persian may write a space, a ZWNJ or nothing; `find_cues` makes those separators optional
and maps matches back to positions in the original text."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import pandas as pd

from helpers import contracts
from helpers.dates.literals import best_words
from helpers.extract.name_glued import glued_roles
from helpers.text import gazetteer as gz

EXTRACT_SECTIONS = ("headline", "lead", "caption", "dateline", "body")
"""Sections that report the article's own event; related links, other headlines and boilerplate
are about other stories, so nothing is extracted from them."""

WORD = re.compile(r"[\w\u200c]+")
SEPARATORS = " \u200c\u200f\u200e\u00a0\t"


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class Cue(NamedTuple):
    """A folded cue phrase (build it with `cue`), its regex, and the words one of which every match
    of it holds, read off the regex (helpers.dates.literals).

    Speed-up (corpus target P3 depends on it): the regex starts with a lookbehind, which makes the
    engine try it at every position of a sentence; a plain substring test for the words costs far
    less, so a sentence holding none of them is not searched at all."""

    pattern: str
    regex: re.Pattern[str]
    words: frozenset[str] | None  # None: no word is certain, always search

    def may_occur(self, folded: str) -> bool:
        """False only when the cue cannot match `folded`. A plain loop: `any` over a generator
        costs twice as much, and this runs for every cue and sentence (P3: extract 3.0 -> 2.9 ms)."""
        if self.words is None:
            return True
        for word in self.words:  # noqa: SIM110 - the loop is the speed-up (see the docstring)
            if word in folded:
                return True
        return False


def cue_regex(pattern: str, end: str = r"(?!\w)") -> re.Pattern[str]:
    """Compile a folded cue pattern; a space in it matches a space, a ZWNJ or nothing. It ends at a
    word's end, or at `end` ("" for a cue whose last word may run into the next: a place before a name)."""
    return re.compile(rf"(?<!\w)(?:{pattern.replace(' ', gz.SEP_RE)}){end}")


def cue(pattern: str, end: str = r"(?!\w)") -> Cue:
    """A cue from its folded pattern."""
    regex = cue_regex(pattern, end)
    return Cue(pattern, regex, best_words(regex.pattern))


def find_cues(cue: Cue, sentence: Scanned) -> list[Span]:
    """Spans (in the sentence's text) where the cue occurs."""
    if not cue.may_occur(sentence.folded):
        return []
    index = sentence.origin
    return [
        Span(index[m.start()], index[m.end() - 1] + 1)
        for m in cue.regex.finditer(sentence.folded)
        if m.end() > m.start()
    ]


QUOTE_MARKS = "«»\"'“”‘’"
"""Guillemets, straight quotes and the typographic double and single ones a page may keep."""


def only_separators(text: str, allow_comma: bool = True) -> bool:
    """True when `text` holds nothing but spaces/ZWNJs and quote marks (and commas when allowed)."""
    allowed = SEPARATORS + QUOTE_MARKS + ("،," if allow_comma else "")
    return all(ch in allowed for ch in text)


def words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with their character spans (punctuation is what lies between them)."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


class Sentence(NamedTuple):
    """One row of the sentences table (contracts.SENTENCES) as plain Python values."""

    paragraph: int
    sentence: int
    section: str
    text: str


def sentence_rows(sentences: pd.DataFrame) -> list[Sentence]:
    """Every row of the sentences table as plain tuples (a missing text reads as "").

    Read column by column, once per article: pandas' column access and row iteration cost more
    than the matching, so the three extractors share these rows."""
    missing = [c for c in contracts.SENTENCES if c not in sentences.columns]
    if missing:
        raise ValueError(f"sentences table lacks columns: {', '.join(missing)}")
    paragraphs, numbers, sections, texts = (sentences[c].tolist() for c in contracts.SENTENCES)
    texts = [t if isinstance(t, str) else ("" if pd.isna(t) else str(t)) for t in texts]
    return list(map(Sentence, paragraphs, numbers, sections, texts))


class Scanned(NamedTuple):
    """A sentence that reports the article's own event, folded and scanned for gazetteer entries
    once: every cue search and every extractor reads these instead of redoing the work."""

    row: Sentence
    folded: str  # helpers.text.gazetteer.fold of row.text: cues and entries are matched on it
    origin: Sequence[int]  # folded position -> position in row.text
    mentions: list[gz.Mention]
    cut: bool = False  # the article's last sentence, ending mid-word: a stored excerpt cut short

    @property
    def text(self) -> str:
        return self.row.text

    def folded_from(self, pos: int) -> str:
        """gazetteer.fold(text[pos:]), cut from the folded sentence instead of folding again."""
        return self.folded[bisect_left(self.origin, pos) :]


def usable(rows: list[Sentence], gaz: gz.Gazetteer) -> list[Scanned]:
    """The rows whose section reports the article's own event, each folded and scanned; the last
    one is `cut` when it is a body sentence that ends on a letter, with no closing mark (the
    excerpts of stored pages stop after about 2,000 bytes, often inside a word)."""
    out = []
    for row in rows:
        if row.section in EXTRACT_SECTIONS:
            folded, index = gz.folded_with_index(row.text)
            found = gaz.find_folded(row.text, folded, index) + glued_roles(row.text, words(row.text), gaz)
            out.append(Scanned(row, folded, index, sorted(found, key=lambda m: m.start)))
    if len(rows) > 1 and out and out[-1].row is rows[-1] and rows[-1].section == "body":
        out[-1] = out[-1]._replace(cut=rows[-1].text.rstrip()[-1:].isalpha())
    return out


def table(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """A table with exactly `columns`, every column of Python objects; missing values are None
    (not NaN), as the JSON output needs. Built from one 2-D object array filled row by row (keys
    outside `columns` are ignored): pandas takes that as a single block, about twice as fast as
    a dict of column lists, and converting a whole frame afterwards would cost far more."""
    cells = np.empty((len(rows), len(columns)), dtype=object)
    for i, r in enumerate(rows):
        cells[i] = [None if pd.isna(v := r.get(c)) else v for c in columns]
    df = pd.DataFrame(cells, columns=contracts.header(columns), dtype=object)
    for column in contracts.COUNTS.intersection(columns):  # nullable integers, built directly (astype is slow)
        values = [r.get(column) for r in rows]
        mask = np.array([v is None for v in values], dtype=bool)
        df[column] = pd.arrays.IntegerArray(np.array([v or 0 for v in values], dtype="int64"), mask)
    return df
