"""Running the jobs: one after another, or up to `--jobs` articles at once in worker processes,
with one progress bar in the parent. A failure never stops the batch."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from helpers.run.article import Emit, run_article, save_outcome
from helpers.run.plan import Job
from helpers.run.summary import Outcome, first_line

Finish = Callable[[Outcome], None]


def run_jobs(jobs: list[Job], workers: int) -> list[Outcome]:
    """Run every job, up to `workers` at once, with a progress bar; outcomes in the jobs' order."""
    from tqdm import tqdm

    per_article = len(jobs[0].notebooks)
    bar = tqdm(
        total=len(jobs) * per_article,
        unit="notebook",
        desc="notebooks",
        file=sys.stderr,
        dynamic_ncols=True,
        disable=not sys.stderr.isatty(),  # a bar on a terminal; a log (not a tty) gets the plain lines only
    )
    done: dict[str, int] = {}

    def emit(article: str, notebook: str, status: str, seconds: float, error: str) -> None:
        where = f"{article}: {notebook}" if notebook else article
        line = f"{where}: {status}" + (f" ({seconds:.1f} s)" if seconds else "") + (f": {error}" if error else "")
        tqdm.write(line, file=sys.stdout)
        sys.stdout.flush()
        if notebook:
            done[article] = done.get(article, 0) + 1
            bar.update(1)

    def finish(outcome: Outcome) -> None:
        bar.update(per_article - done.get(outcome.article_id, 0))
        done[outcome.article_id] = per_article

    serial = workers == 1 or len(jobs) == 1
    outcomes = _run_serial(jobs, emit, finish) if serial else _run_pool(jobs, workers, emit, finish)
    bar.close()
    order = {job.article_id: i for i, job in enumerate(jobs)}
    return sorted(outcomes, key=lambda o: order[o.article_id])


def _run_serial(jobs: list[Job], emit: Emit, finish: Finish) -> list[Outcome]:
    outcomes = []
    for job in jobs:
        outcomes.append(run_article(job, emit))
        finish(outcomes[-1])
    return outcomes


class _QueueEmit:
    """A picklable progress callback that forwards events to the parent through a queue."""

    def __init__(self, queue: Any) -> None:
        self.queue = queue

    def __call__(self, *event: Any) -> None:
        self.queue.put(event)


_EVENTS: Any = None
"""In a worker: the queue its progress events go to (given once, when the worker starts)."""


def _worker_start(parent: int, events: Any) -> None:
    """In each worker: keep the event queue, and die with the runner. A kill -9 of the runner
    otherwise leaves the pool running and writing outputs for ever; the kernels a worker starts
    watch their own parent (ipykernel's parent poller), so they go with it."""
    global _EVENTS
    _EVENTS = events
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="parent-watch").start()


def _exit_with_parent(parent: int, interval: float = 0.5) -> None:
    while os.getppid() == parent:
        time.sleep(interval)
    os._exit(1)


def _run_in_worker(job: Job) -> Outcome:
    return run_article(job, _QueueEmit(_EVENTS))


def _run_pool(jobs: list[Job], workers: int, emit: Emit, finish: Finish) -> list[Outcome]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    context = multiprocessing.get_context("spawn")  # no fork of a process that has threads
    # given to the workers as they start (no manager process to orphan); a SimpleQueue writes
    # each event before `put` returns, so an article's events arrive before its outcome
    events = context.SimpleQueue()
    outcomes = []
    parent = os.getpid()
    with ProcessPoolExecutor(workers, context, initializer=_worker_start, initargs=(parent, events)) as pool:
        futures = {pool.submit(_run_in_worker, job): job for job in jobs}
        pending = set(futures)

        def drain() -> None:
            while not events.empty():
                emit(*events.get())

        while pending:
            finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            drain()
            for future in finished:
                outcomes.append(_result(future, futures[future]))
                finish(outcomes[-1])
        drain()
    events.close()
    return outcomes


def _result(future: Any, job: Job) -> Outcome:
    """A worker's outcome, or the article's failure when the worker process itself died."""
    try:
        outcome: Outcome = future.result()
    except Exception as exc:
        error = f"{job.path}: worker crashed ({type(exc).__name__}: {first_line(str(exc))})"
        outcome = Outcome(job.article_id, str(job.path), error=error)
        save_outcome(job, outcome)
    return outcome
