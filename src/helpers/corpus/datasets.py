"""The corpus datasets on disk: one fixed Arrow schema per dataset, part files written atomically,
and reading a dataset back (whole, or only some columns).

Each dataset (articles, tokens, attendees, documents, dates) is a folder of Parquet part files,
`<output>/<dataset>/part-NNNNN.parquet`, one per chunk task, all with the same schema and each row
carrying its `article_id`; `failures.parquet` lists the articles that failed and `run.json` says
when the run that wrote them started and finished."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from helpers import contracts, storage

DATASETS = ("articles", "tokens", "attendees", "documents", "dates")
ARTICLES = [
    "article_id",
    "path",
    "headline",
    "lead",
    "published",
    "section",
    "read_time_minutes",
    "outlet",
    "sha256",
    "n_tokens",
    "n_attendees",
    "n_documents",
    "n_dates",
]
FAILURES = ["article_id", "path", "error"]
COLUMNS = {
    "articles": ARTICLES,
    "tokens": ["article_id", *contracts.TOKENS],
    "attendees": ["article_id", *contracts.ATTENDEES],
    "documents": ["article_id", *contracts.DOCUMENTS],
    "dates": ["article_id", *contracts.DATES],
}
_INTEGER = (
    contracts.INTEGERS
    | contracts.COUNTS
    | {
        "read_time_minutes",
        "n_tokens",
        "n_attendees",
        "n_documents",
        "n_dates",
    }
)
_BOOLEAN = contracts.FLAGS
STATUS = "run.json"
"""The run's record in the output folder: status (complete), counts and times."""
OWN_NAMES = {*DATASETS, "failures.parquet", "failures.csv", STATUS}
"""Everything a corpus run writes at the top of its output folder (and so may replace)."""


def arrow_schema(name: str) -> pa.Schema:
    """One fixed type per column of dataset `name`, so all its part files share one schema."""

    def kind(column: str) -> pa.DataType:
        return pa.int64() if column in _INTEGER else pa.bool_() if column in _BOOLEAN else pa.string()

    return pa.schema([(c, kind(c)) for c in COLUMNS[name]])


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def column_array(values: pd.Series | list[Any], kind: pa.DataType) -> pa.Array:
    """Arrow's own conversion and cast (fast); value by value when a column mixes types."""
    try:
        return pa.array(values, from_pandas=True).cast(kind)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        cast = {pa.int64(): int, pa.bool_(): bool, pa.string(): str}[kind]
        listed = values.tolist() if isinstance(values, pd.Series) else values
        return pa.array([None if _missing(v) else cast(v) for v in listed], type=kind)


class Batch:
    """A chunk's rows of every dataset, gathered as column lists and made into one Arrow table per
    dataset at the end: one conversion per column and chunk, no frame per article (P3 target)."""

    def __init__(self) -> None:
        self.columns = {name: contracts.empty(COLUMNS[name]) for name in DATASETS}

    def add(self, name: str, article_id: str, table: Mapping[str, list[Any]]) -> None:
        """Append one article's rows of dataset `name` (the article's id is added to each row)."""
        columns, own = self.columns[name], COLUMNS[name][1:]
        columns["article_id"] += [article_id] * len(table[own[0]])
        for column in own:
            columns[column] += table[column]

    def rows(self, name: str) -> int:
        return len(self.columns[name]["article_id"])

    def table(self, name: str) -> pa.Table:
        """Dataset `name`'s rows so far, with its fixed schema."""
        target = arrow_schema(name)
        return pa.Table.from_arrays([column_array(self.columns[name][f.name], f.type) for f in target], schema=target)


def write_part(table: pa.Table, target: Path) -> None:
    """Write one part file atomically (a killed worker leaves no half-written part)."""
    with storage.atomic_path(target) as tmp:
        pq.write_table(table, tmp)


def read_dataset(out: str | Path, name: str, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """One corpus dataset as a DataFrame (only `columns`, when given, to keep it small)."""
    folder = Path(out) / name
    if not any(folder.glob("part-*.parquet")):
        raise FileNotFoundError(f"{folder}: no part files; run the corpus first")
    return ds.dataset(folder, format="parquet").to_table(columns=list(columns) if columns else None).to_pandas()


def batches(out: str | Path, name: str, columns: Sequence[str]) -> Any:
    """Stream dataset `name` in record batches (for corpora larger than memory)."""
    return ds.dataset(Path(out) / name, format="parquet").to_batches(columns=list(columns))
