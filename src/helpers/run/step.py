"""One notebook of an article's chain: execute it with papermill, then keep it and export its report.

A notebook runs into a hidden `.part` file. If it fails, the part becomes `<name>.failed.ipynb`
with its HTML beside it, and the error is one line naming the notebook, the cell and that file.
If it succeeds, `publish` (run in a thread while the next notebook executes) numbers its cells from
1, moves it to `executed/<name>.ipynb` and exports `<name>.html` from the notebook it just wrote."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from helpers.run.layout import Layout
from helpers.run.plan import Job, Notebook
from helpers.run.summary import Step, first_line, now


def execute(job: Job, nb: Notebook, step: Step, params: dict[str, Any], provenance: dict[str, Any]) -> None:
    """Run one notebook on the article's shared kernel (papermill engine `persian-news`); fill `step`."""
    import papermill as pm

    from helpers.run import engine

    engine.engine_class()  # registered with papermill
    layout = Layout.of(job.article_id, job.reports_base)
    part = layout.part(nb.name)
    provenance["started"] = now()
    start = time.monotonic()
    try:
        pm.execute_notebook(
            str(nb.path),
            str(part),
            parameters=params,
            engine_name=engine.ENGINE,
            kernel_name=job.kernel,
            progress_bar=False,
            request_save_on_cell_execute=False,
            cwd=str(nb.path.parent),
        )
    except Exception as exc:  # a cell raised, or the kernel could not start or died
        step.seconds = provenance["seconds"] = time.monotonic() - start
        step.status = "failed"
        _keep_failed(layout, nb, step, exc, provenance)
        return
    step.seconds = provenance["seconds"] = time.monotonic() - start
    step.status = "ok"


def _keep_failed(layout: Layout, nb: Notebook, step: Step, exc: Exception, provenance: dict[str, Any]) -> None:
    """Keep the failed notebook and its HTML when papermill saved one; one error line either way."""
    from helpers.run import report

    part, failed, failed_html = layout.part(nb.name), layout.failed(nb.name), layout.failed_html(nb.name)
    try:
        written, offset = renumber(part)
        os.replace(part, failed)
    except Exception:  # none saved, or not whole (a full disk): the failure itself is what to report
        part.unlink(missing_ok=True)
        step.error = failure_line(nb, exc, None)
        return
    step.failed_notebook = layout.relative(failed)
    step.error = failure_line(nb, exc, failed, offset)
    try:
        report.export_html(written, failed_html, provenance)
        step.failed_html = layout.relative(failed_html)
    except Exception:  # the saved notebook is what matters; its HTML is a convenience
        pass


def publish(layout: Layout, nb: Notebook, step: Step, provenance: dict[str, Any]) -> str:
    """Keep a notebook that ran (cells numbered from 1) and export its HTML report; return an error
    line, or "" when both are written."""
    from helpers.run import report

    part, executed, html_path = layout.part(nb.name), layout.executed(nb.name), layout.html(nb.name)
    try:
        written, _ = renumber(part)
        os.replace(part, executed)
        step.executed = layout.relative(executed)
        report.export_html(written, html_path, provenance)
    except Exception as exc:
        problem = f"{type(exc).__name__}: {first_line(str(exc))}"
        return f"{nb.name}: HTML export failed ({problem}); executed notebook: {executed}"
    layout.failed(nb.name).unlink(missing_ok=True)
    layout.failed_html(nb.name).unlink(missing_ok=True)
    step.html = layout.relative(html_path)
    return ""


def renumber(path: Path) -> tuple[Any, int]:
    """Number the executed cells from 1, as if the notebook had had a kernel of its own (the chain
    shares one, whose counter runs on); return the notebook as written, which the HTML export
    renders without reading the file again (P1, #10), and how much was taken off, to name cells
    the same way.
    The library scripts a notebook loads for itself (the ~1 MB DataTables bundle) are dropped on
    the way (`report.slim`): the reports folder keeps one shared copy."""
    import nbformat

    from helpers.run import report

    nb = nbformat.read(path, as_version=4)
    counts = [c.execution_count for c in nb.cells if c.cell_type == "code" and c.get("execution_count")]
    offset = min(counts) - 1 if counts else 0
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.get("execution_count"):
            cell.execution_count -= offset
            for output in cell.get("outputs", []):
                if output.get("execution_count"):
                    output["execution_count"] -= offset
    report.slim(nb)
    nbformat.write(nb, path)
    return nb, offset


def failure_line(nb: Notebook, exc: Exception, saved: Path | None, offset: int = 0) -> str:
    """One line: the notebook, the failing cell (number and first line), the error, the saved notebook."""
    from papermill.exceptions import PapermillExecutionError

    where = f"{nb.name}.ipynb failed"
    if isinstance(exc, PapermillExecutionError):
        where += f" at cell In [{exc.exec_count - offset}] ({first_line(exc.source)})"
        problem = f"{exc.ename}: {first_line(exc.evalue)}"
    else:
        problem = f"{type(exc).__name__}: {first_line(str(exc))}"
    tail = f"; failed notebook: {saved}" if saved else "; no notebook was saved"
    return f"{where}: {problem}{tail}"
