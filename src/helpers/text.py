"""Persian normalization, sentences, words and lemmas: the tokenize step.

hazm's Normalizer runs first; the ZWNJ restorer (`helpers.zwnj`) then puts back the non-joiners
the scrape lost, before sentences and words are cut, so the lemmatizer sees «منطقه‌ای» and not
«منطقهای». hazm's tools cost seconds to build, so they are built once per process (`tools()`),
and every per-word answer (lemma, flags) is cached per unique word."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import hazm
from hazm.constants import TRANSLATION_DST, TRANSLATION_SRC
from hazm.utils import verbs_list
import pandas as pd

from helpers import schema
from helpers.zwnj import ZWNJ, Restorer


@dataclass(frozen=True)
class Tools:
    """hazm's tools and the restorer, built together once."""

    normalizer: hazm.Normalizer
    sentences: hazm.SentenceTokenizer
    words: hazm.WordTokenizer
    lemmatizer: hazm.Lemmatizer
    restorer: Restorer
    stopwords: frozenset[str]


@lru_cache(maxsize=1)
def tools() -> Tools:
    """Build hazm's Normalizer, tokenizers, Lemmatizer and the ZWNJ restorer (about 2-4 s, once)."""
    lemmatizer = hazm.Lemmatizer()
    return Tools(
        normalizer=hazm.Normalizer(),
        sentences=hazm.SentenceTokenizer(),
        words=hazm.WordTokenizer(join_verb_parts=False),
        lemmatizer=lemmatizer,
        restorer=Restorer(lemmatizer.words, lemmatizer.verbs, verbs_list()),
        stopwords=frozenset(hazm.stopwords_list()),
    )


@dataclass(frozen=True)
class Tokenized:
    """The tokenize step's three tables."""

    sentences: pd.DataFrame  # schema.SENTENCES
    tokens: pd.DataFrame  # schema.TOKENS
    restorations: pd.DataFrame  # schema.RESTORATIONS


def normalize(s: str) -> str:
    """hazm-normalized text with lost ZWNJs restored."""
    t = tools()
    return t.restorer.restore(t.normalizer.normalize(s))[0]


class Word(NamedTuple):
    """What the tokens table says about one word form, whatever its position."""

    lemma: str
    is_stopword: bool
    is_punctuation: bool
    is_number: bool
    in_lexicon: bool


_PUNCTUATION = re.compile(r"[^\w\u200c]+")
_NUMBER = re.compile(r"[\d٫٬.,/:%٪+-]*\d[\d٫٬.,/:%٪]*")


@lru_cache(maxsize=65536)
def describe(token: str) -> Word:
    """Lemma and flags of one token, computed once per unique form."""
    t = tools()
    punctuation = bool(_PUNCTUATION.fullmatch(token))
    number = bool(_NUMBER.fullmatch(token))
    plain = punctuation or number
    return Word(
        lemma=token if plain else t.lemmatizer.lemmatize(token),
        is_stopword=token in t.stopwords,
        is_punctuation=punctuation,
        is_number=number,
        in_lexicon=not plain and t.restorer.is_known(token),
    )


def tokenize(paragraphs: pd.DataFrame) -> Tokenized:
    """Normalize, restore ZWNJs, and cut each paragraph into sentences and tokens.

    `paragraphs` has schema.PARAGRAPHS columns (paragraph, role, raw text). Sentences are numbered
    across the whole article from 0; positions count from 0 within each sentence."""
    t = tools()
    numbers, roles, raws = (paragraphs[c].tolist() for c in ("paragraph", "role", "text"))
    raws = ["" if r is None or r != r else str(r) for r in raws]
    sentence_rows: list[tuple] = []
    token_rows: list[tuple] = []
    restoration_rows: list[tuple] = []
    for paragraph, role, raw, normalized in zip(numbers, roles, raws, normalize_paragraphs(raws), strict=True):
        text, changes = t.restorer.restore(normalized)
        restoration_rows += [(paragraph, c.before, c.after, c.rule) for c in changes]
        restored = {c.after for c in changes}
        forms: list[str] = []
        numbered: list[tuple[int, int]] = []
        for sentence in t.sentences.tokenize(text):
            number = len(sentence_rows)
            sentence_rows.append((paragraph, number, role, sentence))
            words = t.words.tokenize(sentence)
            forms += words
            numbered += [(number, position) for position in range(len(words))]
        token_rows += [
            (paragraph, number, position, surface, form, *describe(form), form in restored)
            for form, (number, position), surface in zip(forms, numbered, align(raw, forms), strict=True)
        ]
    return Tokenized(
        sentences=_frame(sentence_rows, schema.SENTENCES),
        tokens=_frame(token_rows, schema.TOKENS),
        restorations=_frame(restoration_rows, schema.RESTORATIONS),
    )


def _frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    """A DataFrame from row tuples, built column-wise (several times faster than from records)."""
    values = list(zip(*rows, strict=True)) if rows else [()] * len(columns)
    return pd.DataFrame(dict(zip(columns, map(list, values), strict=True)), columns=columns)


def normalize_paragraphs(texts: list[str]) -> list[str]:
    """hazm-normalize many paragraphs in one call (hazm works line by line but pays a set-up cost
    per call); falls back to one call per paragraph if the line count does not come back intact."""
    normalizer = tools().normalizer
    flat = [" ".join(t.split()) for t in texts]
    filled = [i for i, t in enumerate(flat) if t]
    lines = normalizer.normalize("\n".join(flat[i] for i in filled)).split("\n") if filled else []
    if len(lines) != len(filled):
        return [normalizer.normalize(t) for t in flat]
    out = [""] * len(flat)
    for i, line in zip(filled, lines, strict=True):
        out[i] = line.strip()
    return out


_FOLD = str.maketrans(TRANSLATION_SRC, TRANSLATION_DST)
_FOLD.update(str.maketrans("0123456789٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹"))
_GAP = "[\\s\u200c\u0640\u064b-\u065f\u0670]*"


@lru_cache(maxsize=65536)
def _fold_key(token: str) -> str:
    return token.translate(_FOLD).replace(ZWNJ, "")


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
        at = raw.find(key, start)
        end = at + len(key)
        if at < 0 or at - start > slack:
            folded = folded or raw.translate(_FOLD)
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


__all__ = ["Tokenized", "Tools", "Word", "align", "describe", "normalize", "tokenize", "tools"]
