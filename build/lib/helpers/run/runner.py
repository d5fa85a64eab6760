"""`python -m helpers run`: run the per-article notebooks with papermill and publish HTML reports.

For each article, the notebooks whose parameters cell declares `article_id` run in name order
(01_ingest, 02_tokenize, ...); each gets only the parameters it declares. Executed notebooks are
kept under reports/<id>/executed/, each is exported to reports/<id>/<notebook>.html, and
reports/index.html lists every article. Bad article files are refused before papermill starts; a
failing notebook stops its article's chain with one line naming the notebook, the cell and the
saved failed notebook; other articles go on. Unchanged steps are skipped (see `fingerprint`)."""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from helpers import paths, storage
from helpers.run.fingerprint import Store, code_sha256, data_sha256, file_sha256, fingerprint, outputs_sha256
from helpers.text.sources import BadInput, read_article_text

KERNEL = "persian-news"
RUNNER_PARAMETERS = ("article_id", "article_path", "processed_dir")
"""Set by the runner for each article; the command line sets them through files and --processed-dir."""

Emit = Callable[[str, str, str, float, str], None]
"""Progress callback: (article id, notebook name or "", status, seconds, error)."""


class UsageError(Exception):
    """A problem with the command as a whole, found before any notebook runs."""


@dataclass(frozen=True)
class Notebook:
    name: str
    path: Path
    parameters: tuple[str, ...]


@dataclass(frozen=True)
class Job:
    """Everything one worker needs to run one article (picklable for process pools)."""

    path: Path
    article_id: str
    notebooks: tuple[Notebook, ...]
    parameters: dict[str, Any]
    reports_base: Path
    processed_base: Path
    force: bool = False
    kernel: str = KERNEL


@dataclass
class Step:
    name: str
    status: str = "not run"
    seconds: float = 0.0
    error: str = ""
    html: str = ""
    executed: str = ""
    failed_notebook: str = ""
    failed_html: str = ""


@dataclass
class Outcome:
    """One article's run, also saved as reports/<id>/run.json for the index."""

    article_id: str
    source: str
    status: str = "failed"
    seconds: float = 0.0
    error: str = ""
    sha256: str = ""
    processed_dir: str = ""
    started: str = ""
    notebooks: list[Step] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = dict(vars(self))
        data["notebooks"] = [dict(vars(step)) for step in self.notebooks]
        return data


# ---------------------------------------------------------------- command


def main(args: argparse.Namespace) -> int:
    """Run the suite as the command line asks; 0 when every article succeeded, 1 if any failed, 2 on usage errors."""
    try:
        jobs = plan(args)
    except (UsageError, BadInput) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    outcomes = run_jobs(jobs, max(1, args.jobs))
    from helpers.run import report

    reports_base = jobs[0].reports_base
    index = report.write_index(reports_base)
    print(summary(outcomes))
    print(f"index: {index}")
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def plan(args: argparse.Namespace) -> list[Job]:
    """Check the whole command before anything runs and turn it into one job per article."""
    if args.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {args.jobs}")
    notebooks_dir = Path(getattr(args, "notebooks_dir", None) or paths.NOTEBOOKS)
    notebooks = discover(notebooks_dir)
    parameters = user_parameters(args.parameter, args.parameters_file)
    check_parameters(parameters, notebooks, notebooks_dir)
    reports_base = Path(args.reports_dir or paths.REPORTS).resolve()
    processed_base = Path(args.processed_dir or paths.PROCESSED).resolve()
    for directory in (reports_base, processed_base):
        check_writable(directory)
    articles = list(args.articles) or sorted(paths.ARTICLES.glob("*.txt"))
    if not articles:
        raise UsageError(f"{paths.ARTICLES}: no articles (*.txt) to run")
    seen: dict[str, Path] = {}
    for path in articles:
        other = seen.setdefault(paths.article_id(path), path)
        if other != path:
            raise UsageError(f"{path}: same article id as {other}; rename one of them")
    return [
        Job(
            Path(p).absolute(),
            paths.article_id(p),
            tuple(notebooks),
            parameters,
            reports_base,
            processed_base,
            args.force,
        )
        for p in articles
    ]


def discover(directory: Path) -> list[Notebook]:
    """The per-article notebooks in `directory`, in name order: those whose parameters declare `article_id`."""
    if not directory.is_dir():
        raise UsageError(f"{directory}: notebooks directory not found")
    found = []
    for path in sorted(directory.glob("*.ipynb")):
        names = declared_parameters(path)
        if "article_id" in names:
            found.append(Notebook(path.stem, path.resolve(), names))
    if not found:
        raise UsageError(f"{directory}: no notebook declares an `article_id` parameter")
    return found


def declared_parameters(path: Path) -> tuple[str, ...]:
    """Names assigned in the notebook's `parameters` cell, parsed as Python.

    papermill's own inspector gives up on a line whose comment contains `=`; `ast` does not. The
    notebook is read as plain JSON: importing nbformat costs seconds, and a run that skips every
    step should not pay them."""
    import json

    try:
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError) as exc:
        raise UsageError(f"{path}: not a readable notebook ({type(exc).__name__})") from exc
    for cell in cells:
        if cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            source = cell.get("source", "")
            source = "".join(source) if isinstance(source, list) else source
            try:
                tree = ast.parse(source)
            except SyntaxError as exc:
                raise UsageError(f"{path}: parameters cell is not valid Python ({exc.msg}, line {exc.lineno})") from exc
            names = []
            for node in tree.body:
                targets = (
                    node.targets
                    if isinstance(node, ast.Assign)
                    else [node.target]
                    if isinstance(node, ast.AnnAssign)
                    else []
                )
                names += [t.id for t in targets if isinstance(t, ast.Name)]
            return tuple(names)
    return ()


def user_parameters(pairs: list[list[str]], parameters_file: Path | None) -> dict[str, Any]:
    """Parameters from `-f file.yaml`, then `-p name value` (values read as YAML scalars: 3, 0.5, true, text)."""
    import yaml

    params: dict[str, Any] = {}
    if parameters_file is not None:
        try:
            loaded = yaml.safe_load(Path(parameters_file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise UsageError(
                f"{parameters_file}: cannot read parameters file ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
            ) from exc
        if loaded is not None and not isinstance(loaded, dict):
            raise UsageError(f"{parameters_file}: parameters file must be a YAML mapping of name: value")
        params.update({str(k): _plain(v) for k, v in (loaded or {}).items()})
    for name, value in pairs:
        try:
            params[name] = _plain(yaml.safe_load(value)) if value.strip() else value
        except yaml.YAMLError:
            params[name] = value
    return params


def _plain(value: Any) -> Any:
    """YAML dates become ISO strings: papermill writes parameters as Python literals."""
    return value.isoformat() if isinstance(value, dt.date) else value


def check_parameters(params: dict[str, Any], notebooks: list[Notebook], notebooks_dir: Path) -> None:
    """Every parameter must be declared by some notebook and not be one the runner sets itself."""
    declared = {name for nb in notebooks for name in nb.parameters}
    unknown = sorted(set(params) - declared)
    if unknown:
        known = ", ".join(sorted(declared - set(RUNNER_PARAMETERS))) or "none"
        raise UsageError(
            f"unknown parameter {', '.join(unknown)}: no notebook in {notebooks_dir} declares it (settable: {known})"
        )
    reserved = sorted(set(params) & set(RUNNER_PARAMETERS))
    if reserved:
        raise UsageError(
            f"parameter {', '.join(reserved)} is set by the runner for each article (give article files and --processed-dir instead)"
        )


def check_writable(directory: Path) -> None:
    """Fail before running anything when an output directory cannot be created or written."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".write-check."):
            pass
    except OSError as exc:
        raise UsageError(f"{directory}: output directory cannot be written ({exc.strerror or exc})") from exc


# ---------------------------------------------------------------- running


def run_jobs(jobs: list[Job], workers: int) -> list[Outcome]:
    """Run every job, up to `workers` at once, with a progress bar; never stops at a failure."""
    from tqdm import tqdm

    per_article = len(jobs[0].notebooks)
    bar = tqdm(total=len(jobs) * per_article, unit="notebook", desc="notebooks", file=sys.stderr, dynamic_ncols=True)
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

    outcomes = (
        _run_serial(jobs, emit, finish) if workers == 1 or len(jobs) == 1 else _run_pool(jobs, workers, emit, finish)
    )
    bar.close()
    order = {job.article_id: i for i, job in enumerate(jobs)}
    return sorted(outcomes, key=lambda o: order[o.article_id])


def _run_serial(jobs: list[Job], emit: Emit, finish: Callable[[Outcome], None]) -> list[Outcome]:
    outcomes = []
    for job in jobs:
        outcomes.append(run_article(job, emit))
        finish(outcomes[-1])
    return outcomes


class _QueueEmit:
    """A picklable progress callback that forwards events to the parent through a manager queue."""

    def __init__(self, queue: Any) -> None:
        self.queue = queue

    def __call__(self, *event: Any) -> None:
        self.queue.put(event)


def _run_pool(jobs: list[Job], workers: int, emit: Emit, finish: Callable[[Outcome], None]) -> list[Outcome]:
    import multiprocessing
    import queue as queue_module
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    context = multiprocessing.get_context("spawn")  # no fork of a process that has threads
    outcomes = []
    with context.Manager() as manager, ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        events = manager.Queue()
        futures = {pool.submit(run_article, job, _QueueEmit(events)): job for job in jobs}
        pending = set(futures)

        def drain() -> None:
            while True:
                try:
                    emit(*events.get_nowait())
                except queue_module.Empty:
                    return

        while pending:
            finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            drain()
            for future in finished:
                try:
                    outcome = future.result()
                except Exception as exc:  # the worker process itself died
                    job = futures[future]
                    outcome = Outcome(
                        job.article_id, str(job.path), error=f"{job.path}: worker crashed ({type(exc).__name__}: {exc})"
                    )
                    _save_outcome(job, outcome)
                outcomes.append(outcome)
                finish(outcome)
        drain()
    return outcomes


class SharedKernel:
    """One kernel for an article's whole chain, its namespace cleared between notebooks.

    Starting a kernel, importing pandas/plotly/matplotlib and building hazm's tools cost seconds
    each; paying them once per article instead of once per notebook is most of the suite's time.
    `%reset -f` before each later notebook empties the namespace, so a notebook cannot lean on a
    variable an earlier one left (modules and their caches stay, which is the point)."""

    WARM_UP = '__import__("helpers.notebook"); __import__("nbformat"); __import__("gc").freeze()'
    """Imports every notebook starts with (pandas, matplotlib, plotly, the notebook setup), binding no
    name, and nbformat, which plotly's mimetype renderer imports at the first figure (~1.8 s, most of
    it jsonschema's format checkers); then the modules' objects, which live as long as the kernel,
    are frozen out of the garbage collector's sight, so the full collections of each `%reset` do not
    rescan them."""

    def __init__(self, kernel_name: str) -> None:
        from jupyter_client.manager import AsyncKernelManager

        self.km = AsyncKernelManager(kernel_name=kernel_name)
        self.used = False
        self._warming: Any = None

    def start(self, cwd: Path) -> None:
        """Launch the kernel and queue the common imports in it, without waiting for either: the
        kernel boots and imports on one core while the runner imports papermill on the other."""
        from jupyter_core.utils import run_sync

        run_sync(self.km.start_kernel)(cwd=str(cwd), extra_arguments=["--HistoryManager.hist_file=:memory:"])
        self._warming = self._shell_client()
        self._warming.execute(self.WARM_UP, silent=True, store_history=False)

    def prepare(self) -> None:
        """Clear what the previous notebook left in the namespace (nothing to do before the first).

        `%reset -f` goes over the shell channel alone and its reply means the namespace is clear
        (a full client's wait_for_ready and iopub round trip would add ~0.4 s per notebook)."""
        if self.used and self.km.has_kernel:
            client = self._shell_client()
            try:
                request = client.execute("%reset -f", silent=True, store_history=False)
                while (reply := client.get_shell_msg(timeout=60))["parent_header"].get("msg_id") != request:
                    pass
            finally:
                client.stop_channels()
            if reply["content"].get("status") != "ok":
                raise RuntimeError(f"the kernel could not clear its namespace: {reply['content'].get('evalue', '')}")
        self.used = True

    def _shell_client(self) -> Any:
        """A blocking client on the shell channel only, with a session of its own: the kernel routes
        replies by the session id, and papermill's client has the manager's."""
        from jupyter_client.blocking import BlockingKernelClient
        from jupyter_client.session import Session

        client = BlockingKernelClient(session=Session())
        client.load_connection_info(self.km.get_connection_info())  # ports, and the key for that session
        client.start_channels(shell=True, iopub=False, stdin=False, hb=False, control=False)
        return client

    def shutdown(self) -> None:
        from jupyter_core.utils import run_sync

        if self._warming is not None:  # kept open until now: closing it could drop the unsent request
            self._warming.stop_channels()
        if self.km.has_kernel:
            run_sync(self.km.shutdown_kernel)(now=True)


@contextmanager
def shared_kernel(kernel_name: str) -> Iterator[SharedKernel]:
    kernel = SharedKernel(kernel_name)
    try:
        yield kernel
    finally:
        kernel.shutdown()


def run_article(job: Job, emit: Emit) -> Outcome:
    """Validate one article file, then run its notebook chain, skipping steps whose fingerprint is unchanged."""
    from helpers.run import report

    start = time.monotonic()
    processed = paths.processed_dir(job.article_id, job.processed_base)
    outcome = Outcome(job.article_id, str(job.path), processed_dir=str(processed), started=_now())
    outcome.notebooks = [Step(nb.name) for nb in job.notebooks]
    try:
        read_article_text(job.path)
        outcome.sha256 = file_sha256(job.path)
    except BadInput as exc:
        outcome.error = str(exc)
        emit(job.article_id, "", "failed", 0.0, outcome.error)
        return _finish(job, outcome, start)

    report_dir = paths.report_dir(job.article_id, job.reports_base)
    executed_dir = report_dir / "executed"
    executed_dir.mkdir(parents=True, exist_ok=True)
    for stale in executed_dir.glob(".*.part.ipynb"):  # left by a run that was killed
        stale.unlink(missing_ok=True)
    store = Store(report_dir)
    versions = report.package_versions()
    shared = {"code": code_sha256(), "data": data_sha256(), "versions": versions, "article": outcome.sha256}
    figures = Path(job.parameters.get("figures_dir") or job.reports_base / "figures")
    runner_values = {
        "article_id": job.article_id,
        "article_path": str(job.path),
        "processed_dir": str(job.processed_base),
        "figures_dir": str(figures),  # a default the command line may override
    }

    def outputs() -> str:
        return outputs_sha256(processed, figures.glob(f"{job.article_id}_*"))

    fresh = not job.force and store.outputs == outputs()
    previous = ""
    with ThreadPoolExecutor(max_workers=1) as publisher:
        published: list[tuple[int, Future[str]]] = []  # HTML export of notebook k runs while k+1 executes
        with shared_kernel(job.kernel) as kernel:  # shut down while the last report is exported
            for i, (nb, step) in enumerate(zip(job.notebooks, outcome.notebooks, strict=True)):
                params = {k: v for k, v in (runner_values | job.parameters).items() if k in nb.parameters}
                nb_sha = file_sha256(nb.path)
                previous = fingerprint(**shared, notebook=nb_sha, parameters=params, previous=previous)
                html_path, executed = report_dir / f"{nb.name}.html", executed_dir / f"{nb.name}.ipynb"
                if fresh and store.steps.get(nb.name) == previous and html_path.exists() and executed.exists():
                    step.status, step.html, step.executed = "skipped", html_path.name, f"executed/{executed.name}"
                    emit(job.article_id, nb.name, "skipped (unchanged)", 0.0, "")
                    continue
                if not kernel.km.has_kernel:  # the first notebook that runs
                    publisher.submit(report.warm_up)
                    try:
                        kernel.start(nb.path.parent)
                    except Exception:  # papermill tries again and reports why, as a failed notebook
                        pass
                fresh = False
                provenance = {
                    "input": str(job.path),
                    "input_sha256": outcome.sha256,
                    "notebook": nb.path.name,
                    "notebook_sha256": nb_sha,
                    "parameters": params,
                    "versions": versions,
                    "kernel": job.kernel,
                }
                _execute(job, nb, step, params, provenance, report_dir, kernel)
                emit(job.article_id, nb.name, step.status, step.seconds, step.error)
                if step.status != "ok":
                    store.forget_from([later.name for later in job.notebooks[i:]])
                    outcome.error = step.error
                    break
                published.append((i, publisher.submit(_publish, nb, step, provenance, report_dir)))
                store.record(nb.name, previous, outputs())
        for i, future in published:
            error = future.result()
            if error:
                outcome.notebooks[i].status, outcome.notebooks[i].error = "failed", error
                store.forget_from([later.name for later in job.notebooks[i:]])
                outcome.error = outcome.error or error
                emit(job.article_id, "", "failed", 0.0, error)
    if not outcome.error:
        outcome.status = "skipped" if all(s.status == "skipped" for s in outcome.notebooks) else "ok"
    return _finish(job, outcome, start)


def _execute(
    job: Job,
    nb: Notebook,
    step: Step,
    params: dict[str, Any],
    provenance: dict[str, Any],
    report_dir: Path,
    kernel: SharedKernel,
) -> None:
    """Run one notebook into a temporary file; on failure keep it as *.failed with its HTML. On
    success the temporary file waits for `_publish`."""
    import logging

    import papermill as pm

    from helpers.run import report

    logging.getLogger("papermill").setLevel(logging.ERROR)  # it cannot parse commented parameters; we did
    executed_dir = report_dir / "executed"
    part = executed_dir / f".{nb.name}.part.ipynb"
    failed = executed_dir / f"{nb.name}.failed.ipynb"
    failed_html = report_dir / f"{nb.name}.failed.html"
    provenance["started"] = _now()
    start = time.monotonic()
    try:
        kernel.prepare()
        pm.execute_notebook(
            str(nb.path),
            str(part),
            parameters=params,
            kernel_name=job.kernel,
            progress_bar=False,
            log_output=False,
            request_save_on_cell_execute=False,
            cwd=str(nb.path.parent),
            km=kernel.km,
        )
    except Exception as exc:  # a cell raised, or the kernel could not start or died
        step.seconds = provenance["seconds"] = time.monotonic() - start
        step.status = "failed"
        saved = part.exists()
        offset = 0
        if saved:
            offset = _renumber(part)
            os.replace(part, failed)
            step.failed_notebook = f"executed/{failed.name}"
            try:
                report.export_html(failed, failed_html, provenance)
                step.failed_html = failed_html.name
            except Exception:  # the saved notebook is what matters; its HTML is a convenience
                pass
        step.error = _failure_line(nb, exc, failed if saved else None, offset)
        return
    step.seconds = provenance["seconds"] = time.monotonic() - start
    step.status = "ok"


def _publish(nb: Notebook, step: Step, provenance: dict[str, Any], report_dir: Path) -> str:
    """Keep a notebook that ran (cells numbered from 1) and export its HTML report; return an error
    line, or "" when both are written. Runs in a thread while the next notebook executes."""
    from helpers.run import report

    executed_dir = report_dir / "executed"
    part, executed = executed_dir / f".{nb.name}.part.ipynb", executed_dir / f"{nb.name}.ipynb"
    html_path = report_dir / f"{nb.name}.html"
    try:
        _renumber(part)
        os.replace(part, executed)
        step.executed = f"executed/{executed.name}"
        report.export_html(executed, html_path, provenance)
    except Exception as exc:
        return f"{nb.name}: HTML export failed ({type(exc).__name__}: {_first_line(str(exc))}); executed notebook: {executed}"
    (executed_dir / f"{nb.name}.failed.ipynb").unlink(missing_ok=True)
    (report_dir / f"{nb.name}.failed.html").unlink(missing_ok=True)
    step.html = html_path.name
    return ""


def _renumber(path: Path) -> int:
    """Number the executed cells from 1, as if the notebook had had a kernel of its own (the chain
    shares one, whose counter runs on); return how much was taken off, to name cells the same way."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    counts = [c.execution_count for c in nb.cells if c.cell_type == "code" and c.get("execution_count")]
    offset = min(counts) - 1 if counts else 0
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.get("execution_count"):
            cell.execution_count -= offset
            for output in cell.get("outputs", []):
                if output.get("execution_count"):
                    output["execution_count"] -= offset
    nbformat.write(nb, path)
    return offset


def _failure_line(nb: Notebook, exc: Exception, saved: Path | None, offset: int = 0) -> str:
    """One line: the notebook, the failing cell (number and first line), the error, the saved notebook."""
    from papermill.exceptions import PapermillExecutionError

    where = f"{nb.name}.ipynb failed"
    if isinstance(exc, PapermillExecutionError):
        where += f" at cell In [{exc.exec_count - offset}] ({_first_line(exc.source)})"
        problem = f"{exc.ename}: {_first_line(exc.evalue)}"
    else:
        problem = f"{type(exc).__name__}: {_first_line(str(exc))}"
    tail = f"; failed notebook: {saved}" if saved else "; no notebook was saved"
    return f"{where}: {problem}{tail}"


def _first_line(text: str, limit: int = 120) -> str:
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    line = lines[0] if lines else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _finish(job: Job, outcome: Outcome, start: float) -> Outcome:
    outcome.seconds = time.monotonic() - start
    _save_outcome(job, outcome)
    return outcome


def _save_outcome(job: Job, outcome: Outcome) -> None:
    storage.write_json(paths.report_dir(job.article_id, job.reports_base) / "run.json", outcome.as_dict())


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def summary(outcomes: list[Outcome]) -> str:
    """The table printed at the end: article, status, seconds, error."""
    width = max([len("article")] + [len(o.article_id) for o in outcomes])
    lines = [f"{'article':<{width}}  {'status':<8}  {'seconds':>7}  error"]
    lines += [f"{o.article_id:<{width}}  {o.status:<8}  {o.seconds:>7.1f}  {o.error}" for o in outcomes]
    failed = sum(o.status == "failed" for o in outcomes)
    lines.append(f"{len(outcomes)} article(s): {len(outcomes) - failed} succeeded, {failed} failed")
    return "\n".join(lines)
