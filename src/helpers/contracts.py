"""The file contracts between notebooks: which files `data/processed/<id>/` holds, the columns of each
table and the values its coded columns take.

Steps build their tables with `frame`, and writers call `conform` before saving, so a table always
has exactly these columns in this order, with one type per column; tests check written tables
against the same lists. The value sets are StrEnums, so a member is the plain string written to the
tables and JSON (`Section.BODY == "body"`).

Importing this module loads neither pandas, numpy nor pyarrow (each table-building function imports
them): the runner reads the file names on every run, an unchanged rerun too (P4 <= 2 s)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where a table is built: the names alone must not cost P4 (<= 2 s) ~1 s
    import numpy as np
    import pandas as pd


class Section(StrEnum):
    """What a paragraph is on the page (the `section` column), in reading order."""

    LABEL = "section"  # the site's section label, e.g. سیاست
    READ_TIME = "read_time"  # «۲ دقیقه خواندن»
    HEADLINE = "headline"
    LEAD = "lead"
    CAPTION = "caption"
    DATELINE = "dateline"
    BODY = "body"
    RELATED = "related"  # «مرتبط…» links inside the body
    OTHER_HEADLINE = "other_headline"  # the trailing list of other stories
    BOILERPLATE = "boilerplate"  # repeated headline, list markers such as «اکسپلور», empty filler


class AttendeeStatus(StrEnum):
    """What the article says of a person or state (the attendees' `status` column)."""

    HOST = "host"
    ATTENDED = "attended"
    CHAIR = "chair"
    ABSENT = "absent"
    INCOMING = "incoming"  # named to an office that starts later
    EXPECTED = "expected"  # pre-event wording: will attend, chair or speak; set off for the meeting
    MENTIONED = "mentioned"


class StatusCue(StrEnum):
    """What the text says that gave a person their status (the attendees' `cue` column); empty for
    `mentioned`, where nothing was said."""

    PARTICIPATION = "participation"  # took part, was present («شرکت کرد», «با حضور»)
    SPEECH = "speech"  # spoke at the meeting, gave its opening speech
    SIDELINES = "sidelines"  # met someone there («در حاشیه … دیدار کرد»)
    GATHERING = "gathering"  # gathered with the others («گرد هم آمدند»)
    CHAIRING = "chairing"
    HOSTING = "hosting"
    MESSAGE = "message"  # read out a message on someone's behalf
    SIGNING = "signing"  # signed a document there («به امضای X رسید»)
    ARRIVAL = "arrival"  # arrived in the venue city for the meeting
    DEPARTURE = "departure"  # set off for the meeting (pre-event)
    PLANNED = "planned"  # will attend, chair or speak (pre-event)
    ABSENCE = "absence"  # did not attend, stayed away, boycotted
    APPOINTMENT = "appointment"  # named to an office that starts later
    UNTIMED_ACT = "untimed_act"  # a default, no words: a minister's own act told in a report of no stated time


CAME = frozenset({AttendeeStatus.HOST, AttendeeStatus.CHAIR, AttendeeStatus.ATTENDED})
"""The statuses that put someone at the meeting."""


class Action(StrEnum):
    """What happened to a document (the documents' `action` column)."""

    ADOPTED = "adopted"
    SIGNED = "signed"
    APPROVED = "approved"
    ISSUED = "issued"  # a statement published as the meeting's outcome
    PROPOSED = "proposed"  # put forward, or still to be signed


class Calendar(StrEnum):
    """The calendar a date was written in (the dates' `calendar` column)."""

    GREGORIAN = "gregorian"
    JALALI = "jalali"
    HIJRI = "hijri"


class Precision(StrEnum):
    """How much of a date the text gives (the dates' `precision` column)."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


class RestorationRule(StrEnum):
    """How a zero-width non-joiner was put back (the restorations' `rule` column). The restorer's
    `known` (the word is the lexicon's own spelling) changes nothing, so it is never written."""

    ATTESTED = "attested"  # the lexicon spells the word with it
    STEM_SUFFIX = "stem+suffix"  # a known stem and a suffix written after ZWNJ
    COMPOUND = "compound"  # a frequent word and a productive verbal head
    NUMERAL_COMPOUND = "numeral compound"  # a numeral and a measure adjective
    SPLIT_TITLE = "split title"  # «و زیر» for «وزیر»
    GLUED_PREPOSITION = "glued preposition"  # «درحاشیه» for «در حاشیه»


ARTICLE = "article.json"
"""The article record: header fields, provenance (source, sha256) and paragraph counts."""

PARAGRAPHS = ["paragraph", "section", "text"]
SENTENCES = ["paragraph", "sentence", "section", "text"]
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
    "cue",
    "section",
    "paragraph",
    "sentence",
    "sentence_text",
]
NAMED_AS_TAKING_PART = ATTENDEES[ATTENDEES.index("country_fa") :]
"""States a list names as taking part with nobody of them named («سران کشورهای A، B و C … شرکت کردند»): not
attendees (the attendees table holds persons and stated absences), so a table of their own, one row per state,
`status` host, chair or attended; the membership overlay marks them `named as taking part`. Its columns are the
attendees' from the state on: the same meaning, one name."""
DOCUMENTS = [
    "title_fa",
    "title_en",
    "subject_fa",  # what it is about, the complement its title ends before («در زمینه/درباره …»); else empty
    "action",
    "count",  # «۱۲ سند امضا شد»: one row for the counted documents, with their number; else empty
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
    "relative",
    "refers_to",
    "section",
    "paragraph",
    "sentence",
    "sentence_text",
]
"""`relative` (dates): the date was counted from the publication date («امروز», «روز جمعه», «سال
آینده», a yearless «۸ اکتبر») rather than read whole off the text; its `start` is empty when the
article has no publication date.

Every extracted row says where it was read: `section` (the paragraph's section), `paragraph`, and
`sentence`, the sentence's number in the article (as in `sentences` and `tokens`, to join on), with
`sentence_text` beside it."""


class Table(StrEnum):
    """The tables under `data/processed/<id>/`, in the order the steps write them; each is
    `<name>.parquet` with a `<name>.csv` copy beside it."""

    PARAGRAPHS = "paragraphs"
    SENTENCES = "sentences"
    TOKENS = "tokens"
    RESTORATIONS = "restorations"
    ATTENDEES = "attendees"
    NAMED_AS_TAKING_PART = "named_as_taking_part"
    DOCUMENTS = "documents"
    DATES = "dates"

    @property
    def columns(self) -> list[str]:
        """The table's columns, in order."""
        return COLUMNS[self]

    @property
    def file(self) -> str:
        """The table's file name in the article's folder."""
        return f"{self.value}.parquet"


COLUMNS: dict[str, list[str]] = {
    Table.PARAGRAPHS: PARAGRAPHS,
    Table.SENTENCES: SENTENCES,
    Table.TOKENS: TOKENS,
    Table.RESTORATIONS: RESTORATIONS,
    Table.ATTENDEES: ATTENDEES,
    Table.NAMED_AS_TAKING_PART: NAMED_AS_TAKING_PART,
    Table.DOCUMENTS: DOCUMENTS,
    Table.DATES: DATES,
}
VALUES: dict[str, type[StrEnum]] = {
    "section": Section,
    "status": AttendeeStatus,
    "cue": StatusCue,
    "action": Action,
    "calendar": Calendar,
    "precision": Precision,
    "rule": RestorationRule,
}
"""The value set of each coded column, wherever it appears (missing values aside)."""
VALUES_ATTR = "values"
"""A frame whose coded columns are not named for their values (states × organizations, a scores
table's `table`) declares them in `frame.attrs[VALUES_ATTR]`: column name -> value set."""

INTEGERS = frozenset({"paragraph", "sentence", "position"})
COUNTS = frozenset({"count"})
"""Integer columns that may be empty (pandas' nullable Int64): a document row has a count only when
the text counts documents."""
FLAGS = frozenset({"is_stopword", "is_punctuation", "is_number", "in_lexicon", "restored", "relative"})
"""The column types: integer and boolean columns by name; every other column is text."""


Columns = dict[str, list[Any]]
"""A table as plain column lists, keyed by column name: what a step builds before any frame, and
what corpus mode stacks, many articles to one table per chunk (P3: a frame per article and table,
concatenated and converted again for the chunk's Parquet parts, cost ~2 ms an article)."""


def empty(names: list[str]) -> Columns:
    """A table of no rows, as column lists."""
    return {name: [] for name in names}


def row_count(columns: Columns) -> int:
    """The number of rows of a table given as column lists."""
    return len(next(iter(columns.values()), []))


def from_records(rows: Sequence[Mapping[str, Any]], names: list[str]) -> Columns:
    """Column lists from rows given as dicts (a key a row lacks is None; keys outside `names` are ignored)."""
    return {name: [row.get(name) for row in rows] for name in names}


def from_tuples(rows: Sequence[Sequence[Any]], names: list[str]) -> Columns:
    """Column lists from rows given as tuples in `names` order."""
    return (
        {name: list(values) for name, values in zip(names, zip(*rows, strict=True), strict=True)}
        if rows
        else empty(names)
    )


def conform(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Return `df` with exactly `columns` in order, adding missing ones as empty (None)."""
    out = df.copy()
    for column in columns:
        if column not in out.columns:
            out[column] = None
    return out[columns]


@cache
def string_dtype() -> pd.StringDtype:
    """pandas' default string dtype, Arrow-backed: the dtype of every text column."""
    import numpy as np
    import pandas as pd

    return pd.StringDtype("pyarrow", na_value=np.nan)


def strings(values: Sequence[Any], codes: np.ndarray | None = None) -> pd.api.extensions.ExtensionArray:
    """A text column (None stays missing); with `codes`, the column `[values[c] for c in codes]`,
    built by Arrow from the distinct values."""
    import pandas as pd
    import pyarrow as pa

    array = pa.array(values, type=pa.large_string())
    if codes is not None:
        array = pa.DictionaryArray.from_arrays(pa.array(codes, type=pa.int64()), array).dictionary_decode()
    return pd.arrays.ArrowStringArray(array, dtype=string_dtype())


def frame(columns: Mapping[str, Sequence[Any]], names: list[str]) -> pd.DataFrame:
    """A table from column lists, each column built with its type given (int64 for numbers, bool for
    flags, text otherwise): pandas' own per-value type inference costs more than most steps' work.
    The columns are new, so they are not copied; the header is a prebuilt Index (pandas spends
    ~0.1 ms working out the type of the column names on every frame built from a dict)."""
    import numpy as np

    def column(name: str) -> np.ndarray | pd.api.extensions.ExtensionArray:
        values = columns[name]
        if name in INTEGERS:
            return np.array(values, dtype="int64")
        return np.array(values, dtype="bool") if name in FLAGS else strings(values)

    return named(dict(enumerate(column(name) for name in names)), names)


def named(columns: dict[int, np.ndarray | pd.api.extensions.ExtensionArray], names: list[str]) -> pd.DataFrame:
    """A DataFrame of new column arrays (not copied, so nothing else may hold them) given in `names`
    order (keyed 0, 1, ...), named `names`."""
    import pandas as pd

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
    import pandas as pd

    return pd.Index(names)
