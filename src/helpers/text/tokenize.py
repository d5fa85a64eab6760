"""Persian normalization, sentences, words and lemmas: the tokenize step.

hazm's Normalizer runs first; the ZWNJ restorer (`helpers.text.zwnj`) then puts back the non-joiners
the scrape lost, before sentences and words are cut, so the lemmatizer sees «منطقه‌ای» and not
«منطقهای». hazm's tools cost seconds to build, so they are built once per process (`tools()`),
and every per-word answer (lemma, flags) is cached per unique word."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import hazm
import pandas as pd
from hazm.utils import verbs_list

from helpers import cache, contracts, storage
from helpers.text.align import align, keep_own_letters
from helpers.text.zwnj import ZWNJ, Restorer


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
@cache.on_disk("hazm", "helpers.text.zwnj")
def tools() -> Tools:
    """Build hazm's Normalizer (default settings), sentence and word tokenizers and Lemmatizer, and
    the ZWNJ restorer: a few seconds, so once per machine (later processes load the build from the
    user cache) and once per process (never per call).

    The word tokenizer and the Lemmatizer each read hazm's lexicon (words.dat, ~193,000 words) into
    a dict of their own, and neither changes it; when the two are equal, the tokenizer is given the
    Lemmatizer's, so the cached build holds and loads it once (47 → 42 MB, ~0.2 s less CPU in every
    process that loads it: the suite's kernel, each corpus worker)."""
    lemmatizer = hazm.Lemmatizer()
    words = hazm.WordTokenizer(join_verb_parts=False)
    if words.words == lemmatizer.words:
        words.words = lemmatizer.words
    return Tools(
        normalizer=hazm.Normalizer(),
        sentences=hazm.SentenceTokenizer(),
        words=words,
        lemmatizer=lemmatizer,
        restorer=Restorer(lemmatizer.words, lemmatizer.verbs, verbs_list()),
        stopwords=frozenset(hazm.stopwords_list()),
    )


TABLES = (contracts.Table.SENTENCES, contracts.Table.TOKENS, contracts.Table.RESTORATIONS)
"""The step's tables, in the order of `Tokenized`'s fields."""


@dataclass(frozen=True)
class Tokenized:
    """The tokenize step's three tables."""

    sentences: pd.DataFrame  # contracts.SENTENCES
    tokens: pd.DataFrame  # contracts.TOKENS
    restorations: pd.DataFrame  # contracts.RESTORATIONS


def normalize(s: str) -> str:
    """hazm-normalized text with lost ZWNJs restored."""
    return tools().restorer.restore(hazm_normalize(s))[0]


def hazm_normalize(text: str) -> str:
    """`hazm.Normalizer().normalize(text)` (default settings), with the process's one Normalizer,
    the page's Pashto letters kept (align.keep_own_letters)."""
    return keep_own_letters(text, tools().normalizer.normalize(text))


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


@dataclass(frozen=True)
class TokenColumns:
    """The tokenize step's three tables as plain column lists (`contracts.Columns`), before any
    frame: corpus mode stacks many articles' columns into one table per chunk (P3)."""

    sentences: contracts.Columns
    tokens: contracts.Columns
    restorations: contracts.Columns


def tokenize(paragraphs: pd.DataFrame) -> Tokenized:
    """Normalize, restore ZWNJs, and cut each paragraph into sentences and tokens.

    `paragraphs` has contracts.PARAGRAPHS columns (paragraph, section, raw text). Sentences are numbered
    across the whole article from 0; positions count from 0 within each sentence."""
    found = columns(paragraphs)
    return Tokenized(*(contracts.frame(getattr(found, table), table.columns) for table in TABLES))


def columns(paragraphs: pd.DataFrame) -> TokenColumns:
    """`tokenize`'s tables as column lists."""
    missing = [c for c in contracts.PARAGRAPHS if c not in paragraphs.columns]
    if missing:
        raise ValueError(f"paragraphs table lacks column(s) {', '.join(missing)}; expected {contracts.PARAGRAPHS}")
    t = tools()
    numbers, sections, raws = (paragraphs[c].tolist() for c in contracts.PARAGRAPHS)
    raws = ["" if pd.isna(r) else str(r) for r in raws]
    sentences, tokens, restorations = (contracts.empty(table.columns) for table in TABLES)
    for paragraph, section, raw, normalized in zip(numbers, sections, raws, normalize_paragraphs(raws), strict=True):
        text, changes = t.restorer.restore(normalized)
        _extend(
            restorations,
            paragraph=[paragraph] * len(changes),
            before=[c.before for c in changes],
            after=[c.after for c in changes],
            rule=[c.rule for c in changes],
        )
        own: list[str] = []  # the paragraph's tokens, normalized
        for sentence in t.sentences.tokenize(text):
            words = t.words.tokenize(sentence)
            number, count = len(sentences["text"]), len(words)
            _extend(sentences, paragraph=[paragraph], sentence=[number], section=[section], text=[sentence])
            _extend(tokens, paragraph=[paragraph] * count, sentence=[number] * count, position=list(range(count)))
            own += words
        changed = {c.after for c in changes}
        _extend(
            tokens,
            raw=align(raw, own),
            normalized=own,
            restored=[form in changed for form in own] if changed else [False] * len(own),
        )
    _describe_all(tokens)
    return TokenColumns(sentences, tokens, restorations)


def _describe_all(tokens: contracts.Columns) -> None:
    """Fill the tokens' lemma and flag columns, worked out once per distinct form."""
    forms = tokens["normalized"]
    known = {form: describe(form) for form in dict.fromkeys(forms)}
    per_token = list(zip(*map(known.__getitem__, forms), strict=True)) or [()] * len(Word._fields)
    for name, values in zip(Word._fields, per_token, strict=True):
        tokens[name] = list(values)


def _extend(columns: contracts.Columns, **values: list[Any]) -> None:
    for name, more in values.items():
        columns[name] += more


def normalize_paragraphs(texts: list[str]) -> list[str]:
    """hazm-normalize each paragraph as one line (whitespace squeezed first, result stripped): one
    hazm call per paragraph, so a paragraph's text never depends on its neighbours."""
    return [_normalize_paragraph(flat) if (flat := " ".join(t.split())) else "" for t in texts]


@lru_cache(maxsize=8192)
def _normalize_paragraph(text: str) -> str:
    """hazm's normalize of one paragraph, stripped; remembered for the last few thousand paragraphs
    because an outlet's pages repeat their labels, markers and other-story lists and one hazm call
    costs ~0.2 ms (the P3 corpus target depends on it)."""
    return hazm_normalize(text).strip()


def write(tokenized: Tokenized, folder: str | Path) -> list[Path]:
    """Write sentences, tokens and restorations (Parquet + CSV) into an article's processed folder."""
    return [storage.write_table(getattr(tokenized, table), Path(folder) / table.file) for table in TABLES]


def _words_only(tokens: pd.DataFrame) -> pd.DataFrame:
    return tokens[~tokens["is_punctuation"] & ~tokens["is_number"]]


def lexicon_coverage(tokens: pd.DataFrame, restorations: pd.DataFrame) -> pd.DataFrame:
    """Word tokens the lexicon does not account for, before and after ZWNJ restoration: one row, a column
    each (a reader's table, headed by `figures.tables.COLUMNS_FA`), the share as a percentage.

    "Before" reads each restored token as hazm's Normalizer left it (the restorations table's `before`);
    the merged «و زیر» counts as its two known words. Numbers and punctuation are left out."""
    words = _words_only(tokens)
    zwnj = restorations[restorations["after"].str.contains(ZWNJ, regex=False)]
    before: dict[str, str] = dict(zip(zwnj["after"], zwnj["before"], strict=True))
    known = tools().restorer.is_known

    def known_before(word: str) -> bool:
        return known(before.get(word, word))

    unknown_before = int((~words["normalized"].map(known_before)).sum())
    unknown_after = int((~words["in_lexicon"]).sum())
    total = len(words)
    return pd.DataFrame(
        {
            "word_tokens": [total],
            "out_of_lexicon_before": [unknown_before],
            "out_of_lexicon_after": [unknown_after],
            "percent_before": [round(100 * unknown_before / total, 1) if total else 0.0],
            "percent_after": [round(100 * unknown_after / total, 1) if total else 0.0],
        }
    )


def unknown_words(tokens: pd.DataFrame) -> pd.DataFrame:
    """Word forms still outside the lexicon after restoration, most frequent first (mostly names)."""
    words = _words_only(tokens)
    counts = words.loc[~words["in_lexicon"], "normalized"].value_counts()
    return counts.rename_axis("form").reset_index(name="count")


def lemma_counts(tokens: pd.DataFrame, top: int = 20) -> pd.DataFrame:
    """The most frequent lemmas of content words (stopwords, punctuation and numbers left out)."""
    content = _words_only(tokens)
    content = content[~content["is_stopword"]]
    counts = content["lemma"].value_counts(sort=False).rename_axis("lemma").reset_index(name="count")
    return (
        counts.sort_values(["count", "lemma"], ascending=[False, True], kind="stable").head(top).reset_index(drop=True)
    )


def summary(paragraphs: pd.DataFrame, tokenized: Tokenized) -> pd.DataFrame:
    """Counts a reader checks first, one row with a column each (headed by `figures.tables.COLUMNS_FA`, so
    the names are in the report's language): paragraphs, sentences, tokens, word tokens and types, lemmas,
    restorations."""
    words = _words_only(tokenized.tokens)
    return pd.DataFrame(
        {
            "paragraphs": [len(paragraphs)],
            "sentences": [len(tokenized.sentences)],
            "tokens": [len(tokenized.tokens)],
            "word_tokens": [len(words)],
            "word_types": [words["normalized"].nunique()],
            "lemmas": [words["lemma"].nunique()],
            "restorations": [len(tokenized.restorations)],
        }
    )


__all__ = [
    "TokenColumns",
    "Tokenized",
    "Tools",
    "Word",
    "columns",
    "describe",
    "hazm_normalize",
    "lemma_counts",
    "lexicon_coverage",
    "normalize",
    "normalize_paragraphs",
    "summary",
    "tokenize",
    "tools",
    "unknown_words",
    "write",
]
