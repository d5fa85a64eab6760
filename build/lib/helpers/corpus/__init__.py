"""Corpus mode: ingest → tokenize → extract for many articles in-process, spread over Dask workers.

Running the five notebooks costs tens of seconds an article; the text work costs milliseconds. So
corpus mode skips papermill and runs `helpers.pipeline` on Dask workers (`dask.distributed`): a
local cluster of one single-threaded process per core, or an existing cluster given its scheduler
address (its workers must see the same files and have this package installed).

Memory stays flat as the corpus grows: the client only lists paths and hands out chunks of them;
each chunk task runs its articles one after another in a worker process (whose hazm objects are
built once, on the first article) and writes one Parquet part file per dataset
(`<output>/<dataset>/part-NNNNN.parquet`, atomically), returning only counts and failures. The
datasets (articles, tokens, attendees, documents, dates) each carry an `article_id` column and are
read back with pandas or pyarrow as one table or streamed in batches. Articles that fail are
listed with their error in `<output>/failures.parquet`; the rest complete."""

from __future__ import annotations

import argparse
import glob
import logging
import math
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from helpers import contracts, paths, storage

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
_INTEGER = {
    "paragraph",
    "sentence",
    "position",
    "read_time_minutes",
    "n_tokens",
    "n_attendees",
    "n_documents",
    "n_dates",
}
_BOOLEAN = {"is_stopword", "is_punctuation", "is_number", "in_lexicon", "restored"}
MAX_CHUNK = 100
"""Articles per task: big enough that scheduling costs nothing next to the work, small enough that a
chunk's tables stay a few MB in the worker and the progress bar moves."""

CAME = ("host", "chair", "attended")


def arrow_schema(name: str) -> pa.Schema:
    """One fixed type per column of dataset `name`, so all its part files share one schema."""

    def kind(column: str) -> pa.DataType:
        return pa.int64() if column in _INTEGER else pa.bool_() if column in _BOOLEAN else pa.string()

    return pa.schema([(c, kind(c)) for c in COLUMNS[name]])


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _column(values: pd.Series, kind: pa.DataType) -> pa.Array:
    """Arrow's own conversion and cast (fast); value by value when a column mixes types."""
    try:
        return pa.array(values, from_pandas=True).cast(kind)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        cast = {pa.int64(): int, pa.bool_(): bool, pa.string(): str}[kind]
        return pa.array([None if _missing(v) else cast(v) for v in values.tolist()], type=kind)


def _as_arrow(df: pd.DataFrame, name: str) -> pa.Table:
    """Conform `df` to dataset `name`'s columns and types (dates and other objects become strings)."""
    target = arrow_schema(name)
    df = contracts.conform(df, target.names)
    return pa.Table.from_arrays([_column(df[f.name], f.type) for f in target], schema=target)


def _write_part(table: pa.Table, target: Path) -> None:
    with storage.atomic_path(target) as tmp:
        pq.write_table(table, tmp)


@dataclass
class ChunkSummary:
    """What a chunk task sends back: counts, never tables."""

    chunk: int
    done: int
    failures: list[dict[str, str]]
    rows: dict[str, int]


def _article_row(result: Any, path: str) -> dict[str, Any]:
    record = result.record
    return {
        "article_id": result.article_id,
        "path": path,
        **{
            k: record.get(k)
            for k in ("headline", "lead", "published", "section", "read_time_minutes", "outlet", "sha256")
        },
        **{f"n_{name}": len(getattr(result, name)) for name in ("tokens", "attendees", "documents", "dates")},
    }


def _describe(err: Exception, path: str) -> str:
    """The error in one line, without repeating the path when the message starts with it."""
    message = (str(err).strip().splitlines() or [type(err).__name__])[0].removeprefix(f"{path}: ")
    return message if isinstance(err, (OSError, ValueError)) else f"{type(err).__name__}: {message}"


def process_chunk(chunk: int, files: Sequence[str], output_dir: str) -> ChunkSummary:
    """Worker side: run the pipeline on each file and write this chunk's part of every dataset."""
    from helpers import pipeline

    frames: dict[str, list[pd.DataFrame]] = {name: [] for name in DATASETS if name != "articles"}
    articles, failures = [], []
    for path in files:
        try:
            result = pipeline.process_file(path)
        except Exception as err:  # noqa: BLE001 - one bad article is reported, the others go on
            failures.append({"article_id": paths.article_id(path), "path": path, "error": _describe(err, path)})
            continue
        articles.append(_article_row(result, path))
        for name, parts in frames.items():
            parts.append(getattr(result, name))
    ids = [row["article_id"] for row in articles]
    tables = {"articles": pd.DataFrame(articles, columns=ARTICLES)}
    tables |= {name: _stack(parts, ids) for name, parts in frames.items()}
    for name, df in tables.items():
        _write_part(_as_arrow(df, name), Path(output_dir) / name / f"part-{chunk:05d}.parquet")
    return ChunkSummary(chunk, len(articles), failures, {k: len(v) for k, v in tables.items()})


def _stack(parts: list[pd.DataFrame], ids: list[str]) -> pd.DataFrame:
    """One table from each article's table, every row with its article's id: one concat and one
    column for the chunk (adding the id to each article's table first costs more than the pipeline)."""
    if not parts:
        return pd.DataFrame()
    stacked = pd.concat(parts, ignore_index=True)
    stacked.insert(0, "article_id", np.repeat(np.array(ids, dtype=object), [len(part) for part in parts]))
    return stacked


def _warm_up() -> float:
    """Build this worker's hazm objects before the first chunk (they are cached per process)."""
    from helpers import pipeline

    start = time.perf_counter()
    pipeline.process_text("سیاست\nنشست رهبران برگزار شد\nرهبران در این نشست درباره همکاری‌ها گفت‌وگو کردند.\n", "warm-up")
    return time.perf_counter() - start


def chunk_size(n_files: int, n_workers: int) -> int:
    """About four chunks per worker for load balance, at most MAX_CHUNK articles each."""
    return max(1, min(MAX_CHUNK, math.ceil(n_files / (4 * max(1, n_workers)))))


def find_files(pattern: str) -> list[Path]:
    """Files matching a glob; a relative pattern that matches nothing here is tried from the project root."""
    found = glob.glob(pattern, recursive=True)
    if not found and not os.path.isabs(pattern):
        found = glob.glob(str(paths.ROOT / pattern), recursive=True)
    return sorted(Path(f).resolve() for f in found if Path(f).is_file())


def resolve_output_dir(value: str | Path | None = None) -> Path:
    """The corpus datasets' folder (default data/processed/corpus/)."""
    return Path(value) if value else paths.PROCESSED / "corpus"


def _clear(out: Path) -> None:
    """Remove the part files of an earlier run, so the datasets hold this run's articles only."""
    for name in DATASETS:
        for part in (out / name).glob("part-*.parquet"):
            part.unlink()


@contextmanager
def client(scheduler: str = "", workers: int | None = None) -> Iterator[Any]:
    """A Dask client on the given scheduler, or on a local cluster of single-threaded processes."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as c:
            yield c
        return
    n = workers or os.cpu_count() or 1
    with (
        LocalCluster(
            n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


@dataclass
class CorpusRun:
    """What a corpus run did: counts, timing and the failed articles."""

    output_dir: Path
    files: int
    done: int
    workers: int
    startup_seconds: float
    seconds: float
    rows: Counter = field(default_factory=Counter)
    failures: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FAILURES))

    @property
    def per_second(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0


def _unique_ids(files: Sequence[Path]) -> tuple[list[Path], list[dict[str, str]]]:
    """Article ids are file stems; a second file with a taken id is a failure, not an overwrite."""
    seen: set[str] = set()
    keep, clashes = [], []
    for file in files:
        aid = paths.article_id(file)
        if aid in seen:
            clashes.append({"article_id": aid, "path": str(file), "error": "another file has the same article id"})
        else:
            seen.add(aid)
            keep.append(file)
    return keep, clashes


def run(
    files: Sequence[Path], out: Path, scheduler: str = "", workers: int | None = None, progress: bool = True
) -> CorpusRun:
    """Process `files` on Dask and write the datasets under `out`."""
    from dask.distributed import as_completed
    from tqdm import tqdm

    keep, failures = _unique_ids(files)
    out.mkdir(parents=True, exist_ok=True)
    _clear(out)
    start = time.perf_counter()
    with client(scheduler, workers) as c:
        try:
            c.run(_warm_up)
        except Exception as err:  # noqa: BLE001 - any import or build error on a worker stops the run here
            raise RuntimeError(f"the workers cannot run the pipeline: {type(err).__name__}: {err}") from err
        n_workers = len(c.scheduler_info()["workers"])
        started = time.perf_counter()
        size = chunk_size(len(keep), n_workers)
        chunks = [[str(f) for f in keep[i : i + size]] for i in range(0, len(keep), size)]
        futures = {c.submit(process_chunk, i, chunk, str(out), pure=False): chunk for i, chunk in enumerate(chunks)}
        rows: Counter = Counter()
        done = 0
        with tqdm(total=len(keep), unit="article", disable=not progress, file=sys.stderr) as bar:
            for future in as_completed(futures):
                chunk = futures.pop(future)
                try:
                    summary: ChunkSummary = future.result()
                except Exception as err:  # noqa: BLE001 - a lost chunk (worker died, disk full) fails its articles only
                    failures += [
                        {"article_id": paths.article_id(p), "path": p, "error": _describe(err, p)} for p in chunk
                    ]
                else:
                    done += summary.done
                    failures += summary.failures
                    rows.update(summary.rows)
                bar.update(len(chunk))
                future.release()
        seconds = time.perf_counter() - started
    failed = pd.DataFrame(failures, columns=FAILURES).sort_values("path", ignore_index=True)
    storage.write_table(failed, out / "failures")
    return CorpusRun(out, len(files), done, n_workers, started - start, seconds, rows, failed)


def read_dataset(out: str | Path, name: str, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """One corpus dataset as a DataFrame (only `columns`, when given, to keep it small)."""
    folder = Path(out) / name
    if not any(folder.glob("part-*.parquet")):
        raise FileNotFoundError(f"{folder}: no part files; run the corpus first")
    return ds.dataset(folder, format="parquet").to_table(columns=list(columns) if columns else None).to_pandas()


def meetings(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article read as a meeting report: its date and a short label for axes."""
    out = articles[["article_id", "published", "headline", "outlet"]].copy()
    out["published"] = pd.to_datetime(out["published"], errors="coerce")
    short = out["headline"].fillna(out["article_id"]).str.slice(0, 40)
    out["meeting"] = (
        out["published"].dt.strftime("%Y-%m-%d").fillna("?") + " · " + short + " · " + out["article_id"].str[-6:]
    )
    return out.sort_values(["published", "article_id"], ignore_index=True)


def attendance(attendees: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Long table of who came and who stayed away: participant, meeting, published, status, presence.

    A participant is the person (English name when known, else Persian) with their country, or the
    state alone when the report names no one; `presence` is came / stayed away / mentioned."""
    person = attendees["name_en"].fillna(attendees["name_fa"])
    country = attendees["country_en"].fillna(attendees["country_fa"])
    label = person.where(person.isna(), person + " (" + country.fillna("") + ")")
    out = attendees.assign(participant=label.fillna(country)).dropna(subset=["participant"])
    out = out.merge(meetings(articles)[["article_id", "meeting", "published"]], on="article_id")
    out["presence"] = out["status"].map(
        lambda s: "came" if s in CAME else "stayed away" if s == "absent" else "mentioned"
    )
    return out[["participant", "meeting", "published", "status", "presence", "article_id"]]


def attendance_matrix(long: pd.DataFrame, max_people: int = 40, max_meetings: int = 60) -> pd.DataFrame:
    """Participant × meeting, 1 = came, -1 = stayed away, 0 = mentioned, empty = not in the report.

    Keeps the participants seen most often and the latest meetings, so the view stays legible."""
    rank = {"came": 1, "mentioned": 0, "stayed away": -1}
    scored = long.assign(score=long["presence"].map(rank))
    matrix = scored.pivot_table(index="participant", columns="meeting", values="score", aggfunc="max")
    people = scored["participant"].value_counts().index[:max_people]
    order = scored.drop_duplicates("meeting").sort_values("published")["meeting"].tolist()[-max_meetings:]
    return matrix.reindex(index=[p for p in people if p in matrix.index], columns=order)


def documents_per_meeting(documents: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Documents adopted, signed or proposed per meeting, with the meeting's date."""
    counts = documents.groupby("article_id").size().rename("documents")
    out = meetings(articles).merge(counts, left_on="article_id", right_index=True, how="left")
    out["documents"] = out["documents"].fillna(0).astype(int)
    return out[["meeting", "published", "documents", "article_id"]]


def timeline(dates: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every date mention with a start date, joined to the meeting whose report holds it."""
    out = dates.merge(meetings(articles)[["article_id", "meeting", "published"]], on="article_id")
    out["start"] = pd.to_datetime(out["start"], errors="coerce")
    out["end"] = pd.to_datetime(out["end"], errors="coerce")
    return out.dropna(subset=["start"])[
        [
            "start",
            "end",
            "surface",
            "calendar",
            "precision",
            "refers_to",
            "section",
            "meeting",
            "published",
            "article_id",
        ]
    ]


def lemma_counts(out: str | Path, top: int = 30, by_outlet: bool = False) -> pd.DataFrame:
    """Most frequent content lemmas (no stopwords, punctuation or numbers), over the corpus or per outlet.

    The tokens dataset is streamed in batches, so this works on corpora larger than memory."""
    outlets = read_dataset(out, "articles", ["article_id", "outlet"]).set_index("article_id")["outlet"].fillna("—")
    columns = ["article_id", "lemma", "is_stopword", "is_punctuation", "is_number"]
    counts: Counter = Counter()
    for batch in ds.dataset(Path(out) / "tokens", format="parquet").to_batches(columns=columns):
        df = batch.to_pandas()
        keep = df[
            ~(df["is_stopword"].fillna(False) | df["is_punctuation"].fillna(False) | df["is_number"].fillna(False))
        ]
        keys = [keep["article_id"].map(outlets), keep["lemma"]] if by_outlet else [keep["lemma"]]
        counts.update(keep.groupby(keys).size().to_dict())
    index = ["outlet", "lemma"] if by_outlet else ["lemma"]
    table = pd.Series(counts, name="count", dtype="int64").rename_axis(index).reset_index()
    table = table.sort_values(["count", *index], ascending=[False, *[True] * len(index)])
    return (table.groupby("outlet").head(top) if by_outlet else table.head(top)).reset_index(drop=True)


def report(result: CorpusRun) -> str:
    """A short plain-text summary for the terminal."""
    lines = [
        f"{result.done}/{result.files} articles in {result.seconds:.1f} s ({result.per_second:.0f}/s) on "
        f"{result.workers} worker{'s' if result.workers != 1 else ''} (+{result.startup_seconds:.1f} s start-up); datasets in {result.output_dir}",
        "rows: " + ", ".join(f"{name} {result.rows.get(name, 0)}" for name in DATASETS),
    ]
    if len(result.failures):
        lines.append(f"{len(result.failures)} failed:")
        lines += [f"  {row.path}: {row.error}" for row in result.failures.itertuples()]
    return "\n".join(lines)


def main(args: argparse.Namespace) -> int:
    """`python -m helpers corpus PATTERN [--scheduler ADDR] [--output-dir DIR] [--workers N]`."""
    files = find_files(args.pattern)
    if not files:
        print(f"error: {args.pattern}: no file matches this pattern", file=sys.stderr)
        return 2
    try:
        result = run(files, resolve_output_dir(args.output_dir), args.scheduler, args.workers)
    except (OSError, RuntimeError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(report(result))
    return 1 if len(result.failures) else 0
