"""Corpus mode's run: ingest → tokenize → extract for many articles in-process, spread over Dask workers.

Running the five notebooks costs tens of seconds an article; the text work costs milliseconds. So
corpus mode skips papermill and runs `helpers.pipeline` on Dask workers (`dask.distributed`): a
local cluster of one single-threaded process per core, or an existing cluster given its scheduler
address (its workers must see the same files and have this package installed).

Memory stays flat as the corpus grows: the client only lists paths and hands out chunks of them;
each chunk task runs its articles one after another in a worker process (whose hazm objects are
built once, on the first article) and writes one part file per dataset (`helpers.corpus.datasets`),
returning only counts and failures. Articles that fail are listed with their error in
`failures.parquet`; the rest complete. Everything is written to a staging folder that replaces the
previous output only when the run completes (`helpers.corpus.output`): a chunk lost to its worker
(killed, out of memory, disk full; Dask has already retried it) leaves the run incomplete, so the
previous output stays and the staging folder is kept, marked `incomplete`, for a look."""

from __future__ import annotations

import argparse
import contextlib
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

import pandas as pd

from helpers import contracts, paths, storage
from helpers.corpus import output
from helpers.corpus.datasets import DATASETS, FAILURES, Batch, write_part
from helpers.figures import labels as lab
from helpers.text.sources import BadInput

MAX_CHUNK = 100
"""Articles per task: big enough that scheduling costs nothing next to the work, small enough that a
chunk's tables stay a few MB in the worker and the progress bar moves."""


@dataclass
class ChunkSummary:
    """What a chunk task sends back: counts, never tables."""

    chunk: int
    done: int
    failures: list[dict[str, str]]
    rows: dict[str, int]
    lost: str = ""
    """Why the chunk's part files could not be written (a full disk, say): the whole chunk is lost."""
    cpu_seconds: float = 0.0
    """Processor time the chunk took in its worker process."""


def _article_row(found: Any, path: str) -> dict[str, list[Any]]:
    """The article's row of the articles dataset, as one-row columns."""
    record = found.record
    return {
        "path": [path],
        **{
            k: [record.get(k)]
            for k in ("headline", "lead", "published", "section", "read_time_minutes", "outlet", "sha256")
        },
        **{f"n_{name}": [contracts.row_count(found.tables[name])] for name in DATASETS if name != "articles"},
    }


def _describe(err: BaseException, path: str) -> str:
    """The error in one line, without repeating the path when the message starts with it."""
    message = (str(err).strip().splitlines() or [type(err).__name__])[0].removeprefix(f"{path}: ")
    return message if isinstance(err, (OSError, ValueError)) else f"{type(err).__name__}: {message}"


def _failure(path: str | Path, error: str) -> dict[str, str]:
    return {"article_id": Path(path).stem, "path": str(path), "error": error}


def process_chunk(chunk: int, files: Sequence[str], output_dir: str) -> ChunkSummary:
    """Worker side: run the pipeline on each file and write this chunk's part of every dataset."""
    from helpers import pipeline

    batch, failures, cpu = Batch(), [], time.process_time()
    for path in files:
        try:
            found = pipeline.process_rows(path)
        except Exception as err:  # noqa: BLE001 - one bad article is reported, the others go on
            failures.append(_failure(path, _describe(err, path)))
            continue
        batch.add("articles", found.article_id, _article_row(found, path))
        for name, columns in found.tables.items():
            batch.add(name, found.article_id, columns)
    try:
        for name in DATASETS:
            write_part(batch.table(name), Path(output_dir) / name / f"part-{chunk:05d}.parquet")
    except OSError as err:  # returned, not raised: Dask would log a traceback per chunk for a full disk
        return ChunkSummary(chunk, 0, [], {}, lost=_describe(err, output_dir))
    rows = {name: batch.rows(name) for name in DATASETS}
    return ChunkSummary(chunk, batch.rows("articles"), failures, rows, cpu_seconds=time.process_time() - cpu)


def _warm_up() -> float:
    """Build or load this worker's hazm objects and every other cached build (`helpers.cache`)
    before the first chunk: they are kept per process, and an article that met one first paid
    seconds for it (P3). The offices too (`offices.load`: who held which office when, read and
    checked against the gazetteer), which the warm-up's article, with no date, never asks for: the
    first article with a dated name paid for them inside a chunk. Offices that fail to load are left
    to the articles, each of which then fails with the reason, as before."""
    from helpers import cache, pipeline
    from helpers.text import offices

    start = time.perf_counter()
    pipeline.process_text("سیاست\nنشست رهبران برگزار شد\nرهبران در این نشست درباره همکاری‌ها گفت‌وگو کردند.\n", "warm-up")
    cache.load_all()
    with contextlib.suppress(Exception):
        offices.load()
    return time.perf_counter() - start


def chunk_size(n_files: int, n_workers: int) -> int:
    """About four chunks per worker for load balance, at most MAX_CHUNK articles each."""
    return max(1, min(MAX_CHUNK, math.ceil(n_files / (4 * max(1, n_workers)))))


def find_files(pattern: str) -> list[Path]:
    """What a glob matches, folders aside; a relative pattern that matches nothing here is tried from
    the project root. Anything else it matches (a pipe, a broken link) is kept, to fail by name."""
    found = glob.glob(pattern, recursive=True)
    if not found and not os.path.isabs(pattern):
        found = glob.glob(str(paths.ROOT / pattern), recursive=True)
    return sorted(Path(os.path.abspath(f)) for f in found if not Path(f).is_dir())


def resolve_output_dir(value: str | Path | None = None) -> Path:
    """The corpus datasets' folder (default data/processed/corpus/)."""
    return Path(value) if value else paths.PROCESSED / "corpus"


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
    """What a corpus run did: counts, timing, the failed articles and the partial outputs removed."""

    output_dir: Path
    files: int
    done: int
    workers: int
    startup_seconds: float
    seconds: float
    rows: Counter = field(default_factory=Counter)
    failures: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FAILURES))
    removed: list[Path] = field(default_factory=list)
    partial: Path | None = None
    """The staging folder, when chunks were lost and the run did not replace the previous output."""
    cpu_seconds: float = 0.0
    """The workers' processor time for the chunks: unlike `seconds`, it barely moves when other
    programs share the cores (P3 is measured on a shared machine)."""

    @property
    def per_second(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_article(self) -> float:
        return 1000 * self.cpu_seconds / self.done if self.done else 0.0


def checked_files(files: Sequence[Path]) -> tuple[list[Path], list[dict[str, str]]]:
    """Files whose article id is valid (`paths.article_id`) and not taken by an earlier file; the
    others are failures, never an escape from the output folder or an overwrite."""
    seen: set[str] = set()
    keep, refused = [], []
    for file in files:
        try:
            aid = paths.article_id(file)
        except BadInput as err:
            refused.append(_failure(file, err.problem))
            continue
        if aid in seen:
            refused.append(_failure(file, "another file has the same article id"))
        else:
            seen.add(aid)
            keep.append(file)
    return keep, refused


@dataclass
class Collected:
    """What the chunks sent back, summed: articles done, rows per dataset, article failures,
    articles of lost chunks, and the workers' processor time."""

    done: int = 0
    rows: Counter = field(default_factory=Counter)
    failures: list[dict[str, str]] = field(default_factory=list)
    lost: list[dict[str, str]] = field(default_factory=list)
    cpu_seconds: float = 0.0

    def add(self, summary: ChunkSummary, chunk: list[str]) -> None:
        if summary.lost:
            self.lost += [_failure(p, f"chunk lost: {summary.lost}") for p in chunk]
            return
        self.done += summary.done
        self.failures += summary.failures
        self.rows.update(summary.rows)
        self.cpu_seconds += summary.cpu_seconds


def _collect(c: Any, chunks: list[list[str]], folder: Path, progress: bool) -> Collected:
    """Submit every chunk and gather the summaries."""
    from dask.distributed import as_completed
    from tqdm import tqdm

    futures = {c.submit(process_chunk, i, chunk, str(folder), pure=False): chunk for i, chunk in enumerate(chunks)}
    found = Collected()
    with tqdm(total=sum(map(len, chunks)), unit="article", disable=not progress, file=sys.stderr) as bar:
        for future in as_completed(futures):
            chunk = futures.pop(future)
            try:
                summary: ChunkSummary = future.result()
            except Exception as err:  # noqa: BLE001 - its worker died (Dask has retried it)
                summary = ChunkSummary(-1, 0, [], {}, lost=_describe(err, ""))
            found.add(summary, chunk)
            bar.update(len(chunk))
            future.release()
    return found


def run(
    files: Sequence[Path], out: Path, scheduler: str = "", workers: int | None = None, progress: bool = True
) -> CorpusRun:
    """Process `files` on Dask and replace the datasets under `out` once every chunk is back."""
    keep, failures = checked_files(files)
    start = time.perf_counter()
    with output.staging(out, files=len(files)) as stage, client(scheduler, workers) as c:
        try:
            c.run(_warm_up)
        except Exception as err:  # noqa: BLE001 - any import or build error on a worker stops the run here
            raise RuntimeError(f"the workers cannot run the pipeline: {type(err).__name__}: {err}") from err
        n_workers = len(c.scheduler_info()["workers"])
        started = time.perf_counter()
        size = chunk_size(len(keep), n_workers)
        chunks = [[str(f) for f in keep[i : i + size]] for i in range(0, len(keep), size)]
        found = _collect(c, chunks, stage.folder, progress)
        seconds = time.perf_counter() - started
        failed = pd.DataFrame(failures + found.failures + found.lost, columns=FAILURES)
        failed = failed.sort_values("path", ignore_index=True)
        storage.write_table(failed, stage.folder / "failures")
        record = {"done": found.done, "failed": len(failed), "workers": n_workers}
        if found.lost:
            output.mark(stage, "incomplete", lost=len(found.lost), **record)
        else:
            output.publish(stage, **record)
    return CorpusRun(
        out,
        len(files),
        found.done,
        n_workers,
        started - start,
        seconds,
        found.rows,
        failed,
        stage.removed,
        stage.folder if found.lost else None,
        found.cpu_seconds,
    )


def report(result: CorpusRun, labels: str = "") -> str:
    """A short plain-text summary for the terminal, in the project's language: Persian by default,
    English with `en`, both (Persian first) with `both`."""
    labels = lab.language(labels)
    languages = {"fa": [True], "en": [False], "both": [True, False]}[labels]
    return "\n".join(line for persian in languages for line in _summary(result, persian))


def _summary(r: CorpusRun, persian: bool) -> list[str]:
    def say(english: str, farsi: str) -> str:
        return farsi if persian else english

    def n(value: object) -> str:  # a number as the language writes it
        return lab.persian_digits(str(value)).replace(".", "٫") if persian else str(value)

    lines = [
        say(
            f"{r.done}/{r.files} articles in {r.seconds:.1f} s ({r.per_second:.0f}/s) on {r.workers} "
            f"worker{'s' if r.workers != 1 else ''} (+{r.startup_seconds:.1f} s start-up); datasets in {r.output_dir}",
            f"{n(r.done)} از {n(r.files)} خبر در {n(f'{r.seconds:.1f}')} ثانیه ({n(f'{r.per_second:.0f}')} خبر در "
            f"ثانیه) با {n(r.workers)} کارگر Dask (+{n(f'{r.startup_seconds:.1f}')} ثانیه راه‌اندازی)؛ "
            f"مجموعه‌داده‌ها در {r.output_dir}",
        ),
        say("rows: ", "سطرها: ") + say(", ", "، ").join(f"{name} {n(r.rows.get(name, 0))}" for name in DATASETS),
    ]
    removed = say(
        "removed the partial output of an earlier run that did not finish", "خروجی نیمه‌کارهٔ اجرایی ناتمام پاک شد"
    )
    lines += [f"{removed}: {p}" for p in r.removed]
    if len(r.failures):
        lines.append(say(f"{len(r.failures)} failed:", f"{n(len(r.failures))} خبر ناموفق:"))
        lines += [f"  {row.path}: {row.error}" for row in r.failures.itertuples()]
    if r.partial:
        lines.append(
            say(
                f"incomplete: chunks were lost, so {r.output_dir} still holds the previous output; "
                f"this run's datasets are in {r.partial}",
                f"ناتمام: بخشی از کارها از دست رفت، پس {r.output_dir} همان خروجی پیشین را نگه داشته است؛ "
                f"مجموعه‌داده‌های این اجرا در {r.partial} است",
            )
        )
    return lines


def main(args: argparse.Namespace) -> int:
    """`python -m helpers corpus PATTERN [--scheduler ADDR] [--output-dir DIR] [--workers N]`."""
    files = find_files(args.pattern)
    if not files:
        print(f"error: {args.pattern}: no file matches this pattern", file=sys.stderr)
        return 2
    out = resolve_output_dir(args.output_dir)
    try:
        result = run(files, out, args.scheduler, args.workers)
    except (OSError, RuntimeError, ValueError) as err:
        message = (str(err).strip().splitlines() or [type(err).__name__])[0]
        print(f"error: {out}: the run stopped, the previous output is unchanged: {message}", file=sys.stderr)
        return 2
    print(report(result))
    return 1 if len(result.failures) or result.partial else 0
