"""The file contracts between notebooks: which columns each table under `data/processed/<id>/` has.

Steps build their tables with `frame`, and writers call `conform` before saving, so a table always
has exactly these columns in this order, with one type per column; tests check written tables
against the same lists."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd
import pyarrow as pa

SECTIONS = (
    "section",  # the site's section label, e.g. سیاست
    "read_time",  # «۲ دقیقه خواندن»
    "headline",
    "lead",
    "caption",
    "dateline",
    "body",
    "related",  # «مرتبط…» links inside the body
    "other_headline",  # the trailing list of other stories
    "boilerplate",  # repeated headline, list markers such as «اکسپلور», empty filler
)
"""Paragraph roles, in reading order."""

PARAGRAPHS = ["paragraph", "role", "text"]
SENTENCES = ["paragraph", "sentence", "role", "text"]
TOKENS = [
    "paragraph",
    "sentence",
    "position",
    "raw",
    "normalized",
    "lemma",
    "is_stopword",
    "is_punctuation",
    "is_number",
    "in_lexicon",
    "restored",
]
RESTORATIONS = ["paragraph", "before", "after", "rule"]
ATTENDEES = [
    "name_written",
    "name_fa",
    "name_en",
    "role_fa",
    "role_en",
    "country_fa",
    "country_en",
    "country_iso3",
    "status",
    "section",
    "paragraph",
    "sentence",
    "sentence_text",
]
ATTENDEE_STATUSES = ("host", "attended", "chair", "absent", "incoming", "mentioned")
DOCUMENTS = [
    "title_fa",
    "title_en",
    "action",
    "proposed_by_fa",
    "proposed_by_en",
    "section",
    "paragraph",
    "sentence",
    "sentence_text",
]
DATES = [
    "surface",
    "start",
    "end",
    "calendar",
    "precision",
    "refers_to",
    "section",
    "paragraph",
    "sentence",
    "sentence_text",
]
"""Every extracted row says where it was read: `section` (the paragraph's role), `paragraph`, and
`sentence`, the sentence's number in the article (as in `sentences` and `tokens`, to join on), with
`sentence_text` beside it."""
CALENDARS = ("gregorian", "jalali", "hijri")
PRECISIONS = ("day", "month", "year", "range")


def conform(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Return `df` with exactly `columns` in order, adding missing ones as empty (None)."""
    out = df.copy()
    for column in columns:
        if column not in out.columns:
            out[column] = None
    return out[columns]


INTEGERS = frozenset({"paragraph", "sentence", "position"})
FLAGS = frozenset({"is_stopword", "is_punctuation", "is_number", "in_lexicon", "restored"})
STRING = pd.StringDtype("pyarrow", na_value=np.nan)
"""pandas' default string dtype, Arrow-backed."""


def strings(values: list, codes: np.ndarray | None = None) -> pd.api.extensions.ExtensionArray:
    """A text column (None stays missing); with `codes`, the column `[values[c] for c in codes]`,
    built by Arrow from the distinct values."""
    array = pa.array(values, type=pa.large_string())
    if codes is not None:
        array = pa.DictionaryArray.from_arrays(pa.array(codes, type=pa.int64()), array).dictionary_decode()
    return pd.arrays.ArrowStringArray(array, dtype=STRING)


def frame(columns: dict[str, list], names: list[str]) -> pd.DataFrame:
    """A table from column lists, each column built with its type given (int64 for numbers, bool for
    flags, text otherwise): pandas' own per-value type inference costs more than most steps' work.
    The columns are new, so they are not copied; the header is a prebuilt Index (pandas spends
    ~0.1 ms working out the type of the column names on every frame built from a dict)."""

    def column(name: str) -> np.ndarray | pd.api.extensions.ExtensionArray:
        values = columns[name]
        if name in INTEGERS:
            return np.array(values, dtype="int64")
        return np.array(values, dtype="bool") if name in FLAGS else strings(values)

    return named(dict(enumerate(column(name) for name in names)), names)


def named(columns: dict[int, np.ndarray | pd.api.extensions.ExtensionArray], names: list[str]) -> pd.DataFrame:
    """A DataFrame of new column arrays (not copied, so nothing else may hold them) given in `names`
    order (keyed 0, 1, ...), named `names`."""
    df = pd.DataFrame(columns, copy=False)
    df.columns = header(names)
    return df


def header(names: list[str]) -> pd.Index:
    """The column labels of a table shape, built once per shape (turning names into a pandas Index,
    with its string inference, costs more than filling a small table); each table gets its own view,
    so renaming one table's header leaves the others alone."""
    return _header(tuple(names)).view()


@lru_cache(maxsize=64)
def _header(names: tuple[str, ...]) -> pd.Index:
    return pd.Index(names)
