"""One article: check its file, run its notebooks in order on one kernel, skip unchanged steps, publish.

Each notebook gets only the parameters it declares. A step whose fingerprint (`fingerprint`) and
report files are unchanged is skipped, as long as every step before it was too; the first step
that runs starts the kernel and every later step runs. A failing notebook stops the chain. Each
notebook's report is exported in a thread while the next notebook executes, and a step counts as
done (is recorded for the next run) only once that report is written. Whatever goes wrong inside
(a bad parameter value, an unwritable folder, a full disk) is this article's failure, in one line."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from helpers import paths
from helpers.run import step
from helpers.run.fingerprint import Store, code_sha256, data_sha256, file_sha256, fingerprint, outputs_sha256
from helpers.run.layout import Layout, default_figures_dir
from helpers.run.plan import Job, Notebook
from helpers.run.summary import Outcome, Step, first_line, now
from helpers.text.sources import BadInput, read_article_text

if TYPE_CHECKING:
    from helpers.run.engine import SharedKernel


class Emit(Protocol):
    """Progress callback: (article id, notebook name or "", status, seconds, error)."""

    def __call__(self, article: str, notebook: str, status: str, seconds: float, error: str, /) -> None: ...


def run_article(job: Job, emit: Emit) -> Outcome:
    """Validate one article file, then run its notebook chain; never raises."""
    start = time.monotonic()
    outcome = Outcome(
        job.article_id,
        str(job.path),
        processed_dir=str(paths.processed_dir(job.article_id, job.processed_base)),
        started=now(),
        notebooks=[Step(nb.name) for nb in job.notebooks],
    )
    try:
        read_article_text(job.path)
        outcome.sha256 = file_sha256(job.path)
        _Chain(job, outcome, emit).run()
    except BadInput as exc:
        outcome.error = str(exc)
        emit(job.article_id, "", "failed", 0.0, outcome.error)
    except Exception as exc:  # anything else that breaks this article breaks only this article
        outcome.error = f"{job.path}: {type(exc).__name__}: {first_line(str(exc))}"
        emit(job.article_id, "", "failed", 0.0, outcome.error)
    if not outcome.error:
        outcome.status = "skipped" if all(s.status == "skipped" for s in outcome.notebooks) else "ok"
    outcome.seconds = time.monotonic() - start
    if job.path.exists():  # a file that is not there gets no folder, only its line in the summary
        save_outcome(job, outcome)
    return outcome


def save_outcome(job: Job, outcome: Outcome) -> None:
    """Write run.json for the index; an article folder that cannot take it is noted in the error."""
    try:
        outcome.save(Layout.of(job.article_id, job.reports_base))
    except OSError as exc:
        outcome.status = "failed"
        note = f"run record not saved ({exc.strerror or type(exc).__name__})"
        outcome.error = f"{outcome.error}; {note}" if outcome.error else f"{job.path}: {note}"


@dataclass
class _Pending:
    """A step whose report is being exported: recorded once the export is done."""

    index: int
    inputs: str
    outputs: str
    future: Future[str]


@dataclass
class _Chain:
    job: Job
    outcome: Outcome
    emit: Emit
    pending: list[_Pending] = field(default_factory=list)
    export_failed: bool = False

    def __post_init__(self) -> None:
        job = self.job
        self.layout = Layout.of(job.article_id, job.reports_base)
        self.layout.prepare()
        self.store = Store(self.layout.fingerprints)
        self.versions = _versions()
        self.figures = Path(job.parameters.get("figures_dir") or default_figures_dir(job.reports_base))
        self.runner_values = {
            "article_id": job.article_id,
            "article_path": str(job.path),
            "processed_dir": str(job.processed_base),
            "figures_dir": str(self.figures),  # a default the command line may override
        }
        self.shared = {"code": code_sha256(), "data": data_sha256(), "versions": self.versions}
        self.shared["article"] = self.outcome.sha256

    def outputs(self) -> str:
        processed = paths.processed_dir(self.job.article_id, self.job.processed_base)
        return outputs_sha256(processed, self.figures.glob(f"{self.job.article_id}_*"))

    def reports(self, nb: Notebook) -> tuple[Path, Path]:
        return self.layout.executed(nb.name), self.layout.html(nb.name)

    def run(self) -> None:
        """The chain: skip while unchanged, then run every later step; stop at the first failure."""
        from helpers.run import report

        job, fresh, previous = self.job, not self.job.force and self.store.outputs == self.outputs(), ""
        with ThreadPoolExecutor(max_workers=1) as publisher:
            with contextlib.ExitStack() as stack:  # the kernel is shut down while the last report is exported
                kernel: SharedKernel | None = None
                for i, (nb, st) in enumerate(zip(job.notebooks, self.outcome.notebooks, strict=True)):
                    params = {k: v for k, v in (self.runner_values | job.parameters).items() if k in nb.names}
                    nb_sha = file_sha256(nb.path)
                    previous = fingerprint(**self.shared, notebook=nb_sha, parameters=params, previous=previous)
                    fresh = fresh and self.store.done(nb.name, previous, self.reports(nb))
                    if fresh:
                        st.status, st.html = "skipped", self.layout.relative(self.layout.html(nb.name))
                        st.executed = self.layout.relative(self.layout.executed(nb.name))
                        self.emit(job.article_id, nb.name, "skipped (unchanged)", 0.0, "")
                        continue
                    if kernel is None:  # the first notebook that runs; the kernel launches and
                        # papermill is imported before the export's warm-up competes for the GIL (P1)
                        kernel = stack.enter_context(_kernel(job.kernel, nb))
                        publisher.submit(report.warm_up)
                    if not self._execute(i, nb, st, params, nb_sha, previous, publisher):
                        break
                    self.settle(wait=False)
            self.settle(wait=True)

    def _execute(
        self, i: int, nb: Notebook, st: Step, params: dict[str, Any], nb_sha: str, inputs: str, publisher: Any
    ) -> bool:
        """Run step i and queue its report; False when it failed."""
        self.store.forget_from([later.name for later in self.job.notebooks[i:]])  # not done until published
        provenance = {
            "input": str(self.job.path),
            "input_sha256": self.outcome.sha256,
            "notebook": nb.path.name,
            "notebook_sha256": nb_sha,
            "parameters": params,
            "versions": self.versions,
            "kernel": self.job.kernel,
        }
        step.execute(self.job, nb, st, params, provenance)
        self.emit(self.job.article_id, nb.name, st.status, st.seconds, st.error)
        if st.status != "ok":
            self.outcome.error = st.error
            return False
        future = publisher.submit(step.publish, self.layout, nb, st, provenance)
        self.pending.append(_Pending(i, inputs, self.outputs(), future))
        return True

    def settle(self, wait: bool) -> None:
        """Record, in order, the steps whose reports are written; a failed export fails its step, and
        no step after it is recorded."""
        while self.pending and (wait or self.pending[0].future.done()):
            done = self.pending.pop(0)
            nb, st = self.job.notebooks[done.index], self.outcome.notebooks[done.index]
            error = done.future.result()
            if error:
                st.status, st.error = "failed", error
                self.store.forget_from([later.name for later in self.job.notebooks[done.index :]])
                self.outcome.error = self.outcome.error or error
                self.export_failed = True
                self.emit(self.job.article_id, "", "failed", 0.0, error)
            elif not self.export_failed:
                self.store.record(nb.name, done.inputs, self.reports(nb), done.outputs)


@contextlib.contextmanager
def _kernel(kernel_name: str, first: Notebook) -> Iterator[SharedKernel]:
    """The article's shared kernel, bound for papermill's engine; papermill (imported here, ~1.7 s,
    which an unchanged rerun never pays) runs the notebooks on it. A kernel that cannot start is
    left to papermill, which tries again and reports why, as a failed notebook."""
    from helpers.run import engine

    with engine.bound(kernel_name) as kernel:
        with contextlib.suppress(Exception):
            kernel.start(first.path.parent)
        with engine.frozen_imports():
            engine.engine_class()  # papermill, imported while the kernel boots
        if kernel.client is not None:
            kernel.ready()
        yield kernel


def _versions() -> dict[str, str]:
    from helpers.run import report

    return report.package_versions()
