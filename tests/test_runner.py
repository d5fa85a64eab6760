"""The runner on small generated notebooks: parameters, failures, incremental reruns, reports and the index.

These tests drive papermill (a kernel per notebook), so they take some seconds each; the real
notebooks are exercised in test_end_to_end.py."""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import re
import time
from pathlib import Path

import pytest
from runner_fixtures import ARTICLE, INJECTED, write_article, write_notebooks

from helpers.figures import labels as lab
from helpers.run import article, fingerprint, plan, runner
from helpers.run.layout import Layout


def _args(tmp_path: Path, *articles: Path, **overrides: object) -> argparse.Namespace:
    values = {
        "articles": list(articles),
        "jobs": 1,
        "parameter": [],
        "parameters_file": None,
        "force": False,
        "reports_dir": tmp_path / "reports",
        "processed_dir": tmp_path / "processed",
        "notebooks_dir": tmp_path / "notebooks",
    }
    values.update(overrides)
    return argparse.Namespace(**values)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_notebooks(tmp_path / "notebooks")
    # Other people edit helpers/ and data/raw/ while tests run; pin those digests so reruns compare like with like.
    monkeypatch.setattr(fingerprint, "code_sha256", lambda: "code")
    monkeypatch.setattr(article, "code_sha256", lambda: "code")
    monkeypatch.setattr(article, "data_sha256", lambda: "data")
    return tmp_path


def _files(base: Path) -> dict[str, bytes]:
    return {str(p.relative_to(base)): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()}


# ------------------------------------------------------------ planning (no kernel needed)


def test_discover_keeps_per_article_notebooks_in_order(project: Path) -> None:
    found = plan.discover(project / "notebooks")
    assert [nb.name for nb in found] == ["01_read", "02_show"]
    assert found[0].names == ("article_path", "article_id", "processed_dir")
    assert ("top", "int") in {(p.name, p.type) for p in found[1].parameters}


def test_unknown_parameter_is_an_error_before_anything_runs(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = write_article(project / "articles", "a.txt")
    code = runner.main(_args(project, article, parameter=[["topp", "3"]]))
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "unknown parameter topp" in err and "top" in err
    assert not (project / "reports" / "a").exists() and not (project / "processed" / "a").exists()


def test_runner_parameters_cannot_be_overridden(project: Path) -> None:
    with pytest.raises(plan.UsageError, match="article_id"):
        plan.plan(_args(project, project / "a.txt", parameter=[["article_id", "x"]]))


def test_parameters_file_and_command_line_values(project: Path, tmp_path: Path) -> None:
    params = tmp_path / "params.yaml"
    params.write_text("top: 2\n", encoding="utf-8")
    jobs = plan.plan(_args(project, project / "a.txt", parameters_file=params, parameter=[["top", "5"]]))
    assert jobs[0].parameters == {"top": 5}
    jobs = plan.plan(_args(project, project / "a.txt", parameters_file=params))
    assert jobs[0].parameters == {"top": 2}


def test_parameters_file_must_be_a_mapping(project: Path, tmp_path: Path) -> None:
    params = tmp_path / "params.yaml"
    params.write_text("- top\n", encoding="utf-8")
    with pytest.raises(plan.UsageError, match="params.yaml: parameters file must be a YAML mapping"):
        plan.plan(_args(project, project / "a.txt", parameters_file=params))


def test_unwritable_output_directory(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = project / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")  # a file where a folder should be: unwritable even for root
    code = runner.main(_args(project, write_article(project / "articles", "a.txt"), reports_dir=blocker / "reports"))
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1
    assert str(blocker / "reports") in err and "cannot be written" in err
    assert not (project / "processed" / "a").exists()


def test_two_files_with_one_id_are_refused(project: Path) -> None:
    one = write_article(project / "x", "a.txt")
    two = write_article(project / "y", "a.txt")
    with pytest.raises(plan.UsageError, match="same article id"):
        plan.plan(_args(project, one, two))


def test_values_keep_their_declared_type(project: Path, tmp_path: Path) -> None:
    """YAML alone would make `no` False and `null` None; a `str` parameter keeps the text as given."""
    params = tmp_path / "params.yaml"
    params.write_text("label: null\ntop: 7\n", encoding="utf-8")
    jobs = plan.plan(_args(project, project / "a.txt", parameter=[["label", "no"]]))
    assert jobs[0].parameters == {"label": "no"}
    jobs = plan.plan(_args(project, project / "a.txt", parameters_file=params))
    assert jobs[0].parameters == {"label": "null", "top": 7}
    for bad in ("seven", "2.5", "true"):
        with pytest.raises(plan.UsageError, match=f"parameter top must be int, not '{bad}'"):
            plan.plan(_args(project, project / "a.txt", parameter=[["top", bad]]))


def test_relative_paths_are_resolved_from_the_current_folder(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    args = _args(
        project, Path("a.txt"), reports_dir=Path("r"), processed_dir=Path("p"), parameter=[["figures_dir", "f"]]
    )
    job = plan.plan(args)[0]
    assert job.parameters == {"figures_dir": str(tmp_path / "elsewhere" / "f")}
    assert job.path == tmp_path / "elsewhere" / "a.txt"
    assert job.reports_base == tmp_path / "elsewhere" / "r" and job.processed_base == tmp_path / "elsewhere" / "p"
    assert job.notebooks[0].path == (project / "notebooks" / "01_read.ipynb").resolve()


# ------------------------------------------------------------ running (papermill)


@pytest.mark.slow
def test_run_reports_reruns_and_failures(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_article(project / "articles", "good.txt")
    boom = write_article(project / "articles", "boom.txt", ARTICLE + "BOOM در این خط\n")
    empty = write_article(project / "articles", "empty.txt", "")

    assert runner.main(_args(project, good, boom, empty, parameter=[["top", "2"]])) == 1
    out = capsys.readouterr().out
    reports, processed = project / "reports", project / "processed"

    # the good article: executed notebooks, HTML reports, outputs, nothing half-written
    for name in ("01_read", "02_show"):
        assert (reports / "good" / "executed" / f"{name}.ipynb").exists()
        assert (reports / "good" / f"{name}.html").exists()
    assert not list(project.rglob("*.part*"))
    executed = json.loads((reports / "good" / "executed" / "02_show.ipynb").read_text(encoding="utf-8"))
    assert executed["metadata"]["papermill"]["parameters"]["top"] == 2

    # the failing one: one line naming the notebook, the cell and the saved failed notebook
    failure = next(line for line in out.splitlines() if line.startswith("boom ") and "failed" in line)
    saved = reports / "boom" / "executed" / "02_show.failed.ipynb"
    assert "02_show.ipynb failed at cell In [" in failure and "raise ValueError" not in failure
    assert "ValueError: this article asks to fail" in failure and str(saved) in failure
    assert saved.exists() and not (reports / "boom" / "02_show.html").exists()
    # the cell number in that line is the one the saved notebook shows (the chain's shared kernel
    # counts on across notebooks; each notebook is numbered from 1)
    failed_cells = [c for c in json.loads(saved.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    assert failed_cells[0]["execution_count"] == 1
    raised = next(c for c in failed_cells if any(o.get("output_type") == "error" for o in c["outputs"]))
    assert f"In [{raised['execution_count']}]" in failure

    # the bad file: named with its reason; nothing written for it but its run record
    assert re.search(r"^empty\s+failed\s+[\d.]+\s+.*empty\.txt: file is empty$", out, re.M)
    assert not (processed / "empty").exists()
    assert sorted(p.name for p in (reports / "empty").iterdir()) == ["run.json"]

    # the index: every article, links, the failure with its saved notebook
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert 'href="good/02_show.html"' in index and 'href="boom/executed/02_show.failed.ipynb"' in index
    assert html.escape("دیدار وزیران خارجه در تهران") in index and "2025-11-28" in index
    assert "file is empty" in index

    # second run: nothing changed, so every step of the good article is skipped and its files untouched
    before = _files(reports / "good")
    assert runner.main(_args(project, good, parameter=[["top", "2"]])) == 0
    out = capsys.readouterr().out
    assert out.count("skipped (unchanged)") == 2
    assert re.search(r"^good\s+skipped\s", out, re.M)
    assert {k: v for k, v in _files(reports / "good").items() if k != "run.json"} == {
        k: v for k, v in before.items() if k != "run.json"
    }

    # a changed parameter reruns the notebook that declares it, and the chain after it
    assert runner.main(_args(project, good, parameter=[["top", "3"]])) == 0
    out = capsys.readouterr().out
    assert "good: 01_read: skipped (unchanged)" in out and "good: 02_show: ok" in out

    # a deleted output reruns the whole chain; --force reruns everything
    (processed / "good" / "lines.txt").unlink()
    assert runner.main(_args(project, good, parameter=[["top", "3"]])) == 0
    assert "skipped" not in capsys.readouterr().out
    assert runner.main(_args(project, good, parameter=[["top", "3"]], force=True)) == 0
    assert "skipped" not in capsys.readouterr().out


@pytest.mark.slow
def test_failed_step_is_not_skipped_next_time(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    boom = write_article(project / "articles", "boom.txt", ARTICLE + "BOOM\n")
    assert runner.main(_args(project, boom)) == 1
    assert runner.main(_args(project, boom)) == 1
    out = capsys.readouterr().out
    assert "boom: 01_read: skipped (unchanged)" in out and out.count("02_show.ipynb failed") >= 2


@pytest.mark.slow
def test_reports_are_offline_sanitized_and_carry_provenance(project: Path) -> None:
    article = write_article(project / "articles", "inj.txt", INJECTED)
    assert runner.main(_args(project, article, parameter=[["top", "4"]])) == 0
    page = (project / "reports" / "inj" / "02_show.html").read_text(encoding="utf-8")

    # plotly: figure div, plotly.js from the reports folder's one shared copy (a relative path, so a
    # zipped folder still works), none inlined; no script or stylesheet from the network
    assert 'class="plotly-graph-div"' in page and "Plotly.newPlot" in page
    assert "plotly.js v" not in page
    scripts = re.findall(r"<script[^>]*\bsrc=\"([^\"]+)\"", page)
    assert any("plotly" in src for src in scripts)
    for src in scripts:
        assert not re.match(r"([a-z]+:|/)", src) and (project / "reports" / "inj" / src).resolve().is_file()
    assert not re.search(r"<link[^>]*href=\"https?:", page)

    # untrusted article text shows as text
    assert "&lt;script&gt;" in page and "&lt;img" in page
    assert not re.search(r"<img[^>]*onerror", page, re.I)
    assert not re.search(r"""<a[^>]*href=["']?\s*javascript:""", page, re.I)
    assert "<script>document.body.appendChild" not in page

    # provenance: input, its SHA-256, parameters, versions, start and duration
    sha = fingerprint.file_sha256(article)
    block = page[page.index('<section class="provenance"') :]
    block = block[: block.index("</section>")]
    assert re.search(r"(&quot;|\")top(&quot;|\"): 4", block)
    for expected in (
        str(article),
        sha,
        "hazm 0.12",
        "pandas ",
        "papermill ",
        "nbconvert ",
        "plotly ",
        "matplotlib ",
        lab.word("Started (UTC)", lab.language()),
        lab.word("Duration", lab.language()),
    ):
        assert expected in block
    assert "unicode-bidi: plaintext" in page


@pytest.mark.slow
def test_jobs_run_articles_in_parallel_and_keep_going(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = [write_article(project / "articles", f"g{i}.txt") for i in range(2)]
    bad = write_article(project / "articles", "en.txt", "An English article about a summit. " * 20)
    assert runner.main(_args(project, *good, bad, jobs=2)) == 1
    out = capsys.readouterr().out
    assert re.search(r"^g0\s+ok\s", out, re.M) and re.search(r"^g1\s+ok\s", out, re.M)
    assert re.search(r"^en\s+failed\s.*not a Persian article", out, re.M)
    assert (project / "reports" / "g1" / "02_show.html").exists()


@pytest.mark.slow
def test_failed_html_export_fails_its_step_and_reruns_next_time(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reports are exported in a thread while the next notebook runs; a failed export still fails the article."""
    from helpers.run import report

    good = write_article(project / "articles", "good.txt")
    export = report.export_html

    def broken(nb: object, target: Path, provenance: dict) -> Path:
        if target.name == "01_read.html":
            raise OSError("disk full")
        return export(nb, target, provenance)

    monkeypatch.setattr(report, "export_html", broken)
    assert runner.main(_args(project, good)) == 1
    out = capsys.readouterr().out
    assert "01_read: HTML export failed (OSError: disk full)" in out and re.search(r"^good\s+failed\s", out, re.M)
    assert (project / "reports" / "good" / "02_show.html").exists() and not (
        project / "reports" / "good" / "01_read.html"
    ).exists()
    monkeypatch.setattr(report, "export_html", export)
    assert runner.main(_args(project, good)) == 0
    assert "skipped" not in capsys.readouterr().out


def test_a_kernel_that_cannot_start_fails_the_article_in_one_line(project: Path) -> None:
    import dataclasses

    good = write_article(project / "articles", "good.txt")
    job = dataclasses.replace(plan.plan(_args(project, good))[0], kernel="no-such-kernel")
    events: list[tuple] = []
    outcome = article.run_article(job, lambda *event: events.append(event))
    assert outcome.status == "failed"
    assert outcome.error.startswith("01_read.ipynb failed: NoSuchKernel") and "no notebook was saved" in outcome.error
    assert events[0][:3] == ("good", "01_read", "failed")


def test_one_kernel_client_serves_the_whole_chain(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The chain's notebooks share one kernel client (P1): nbclient making and waiting for a client
    of its own before each notebook left the kernel idle ~0.2-0.4 s each time."""
    from jupyter_client.manager import AsyncKernelManager

    made: list[object] = []
    make = AsyncKernelManager.client

    def counted(self: AsyncKernelManager, **kwargs: object) -> object:
        made.append(self)
        return make(self, **kwargs)

    monkeypatch.setattr(AsyncKernelManager, "client", counted)
    good = write_article(project / "articles", "good.txt")
    assert runner.main(_args(project, good)) == 0
    assert len(plan.discover(project / "notebooks")) == 2 and len(made) == 1


def test_root_option_and_variable_name_the_project_folder(tmp_path: Path) -> None:
    """A non-editable install finds notebooks and articles through --root or $PERSIAN_NEWS_ROOT."""
    import os
    import subprocess
    import sys

    project = tmp_path / "project"
    write_notebooks(project / "notebooks")
    write_article(project / "data" / "raw" / "articles", "a.txt")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "helpers", "run", *args]
        return subprocess.run(command, capture_output=True, text=True, cwd=elsewhere, env=os.environ | env, timeout=300)

    by_option = run("--root", str(project), "-p", "nosuch", "1")
    assert by_option.returncode == 2 and "settable: figures_dir, label, top" in by_option.stderr, by_option.stderr
    by_variable = run("-p", "nosuch", "1", PERSIAN_NEWS_ROOT=str(project))
    assert by_variable.returncode == 2 and "settable: figures_dir, label, top" in by_variable.stderr
    not_a_project = run("--root", str(elsewhere))
    assert not_a_project.returncode == 2 and "not a project folder" in not_a_project.stderr


def _children() -> dict[int, list[int]]:
    """Every process's children, from /proc (Linux)."""
    tree: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return tree


def _descendants(pid: int) -> set[int]:
    tree, found, todo = _children(), set(), [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
def test_workers_die_with_the_runner(project: Path) -> None:
    """kill -9 of `run --jobs 2` leaves no worker, manager or kernel behind (#14 item 4)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    articles = [write_article(project / "articles", f"k{i}.txt") for i in range(2)]
    command = [sys.executable, "-m", "helpers", "run", *map(str, articles), "--jobs", "2"]
    command += ["--notebooks-dir", str(project / "notebooks"), "--reports-dir", str(project / "reports")]
    command += ["--processed-dir", str(project / "processed")]
    runner_process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    family: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # until both workers have started a kernel
            family = _descendants(runner_process.pid)
            kernels = [p for p in family if b"ipykernel" in Path(f"/proc/{p}/cmdline").read_bytes()]
            if len(kernels) >= 2:
                break
            time.sleep(0.5)
        else:
            pytest.fail("the workers never started their kernels")
        os.kill(runner_process.pid, signal.SIGKILL)
        runner_process.wait()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(map(_alive, family)):
            time.sleep(0.5)
        left = [p for p in family if _alive(p)]
        assert not left, [Path(f"/proc/{p}/cmdline").read_bytes()[:80] for p in left]
    finally:
        for pid in family | _descendants(runner_process.pid) | {runner_process.pid}:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


# ------------------------------------------------------------ hostile cases (#14)


def test_a_file_named_twice_runs_once(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = write_article(project / "articles", "a.txt")
    monkeypatch.chdir(project / "articles")
    jobs = plan.plan(
        _args(project, article, Path("a.txt"), Path("./a.txt"), project / "articles" / ".." / "articles/a.txt")
    )
    assert [job.path for job in jobs] == [article]


def test_a_number_for_a_folder_parameter_is_a_folder_name(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    job = plan.plan(_args(project, project / "a.txt", parameter=[["figures_dir", "5"]]))[0]
    assert job.parameters == {"figures_dir": str(project / "5")}


def test_a_too_long_file_name_is_refused_before_anything_is_written(project: Path) -> None:
    from helpers.text.sources import BadInput

    article = write_article(project / "articles", "x" * 251 + ".txt")
    with pytest.raises(BadInput, match="article id"):
        plan.plan(_args(project, article))
    assert not (project / "reports").exists() and not (project / "processed").exists()


def test_the_index_forgets_articles_whose_file_is_gone(tmp_path: Path) -> None:
    from helpers.run import report

    kept = write_article(tmp_path / "articles", "kept.txt")
    for name, source in (("kept", kept), ("gone", tmp_path / "articles" / "gone.txt")):
        (tmp_path / "reports" / name).mkdir(parents=True)
        record = {"article_id": name, "source": str(source), "status": "failed", "error": f"{name} failed"}
        (tmp_path / "reports" / name / "run.json").write_text(json.dumps(record), encoding="utf-8")
    index = report.write_index(tmp_path / "reports").read_text(encoding="utf-8")
    assert "kept failed" in index and "gone" not in index


@pytest.mark.slow
def test_a_step_is_done_only_once_its_report_is_written(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run killed while a report is exported must not leave the step recorded, and a report that
    is not the one the step wrote is not trusted (#14 item 3)."""
    from helpers.run import report

    good = write_article(project / "articles", "good.txt")
    store_file = Layout(project / "reports" / "good").fingerprints
    export, seen = report.export_html, {}

    def watched(nb: object, target: Path, provenance: dict) -> Path:
        time.sleep(0.5)  # the step's own thread has moved on by now
        seen[target.name] = json.loads(store_file.read_text(encoding="utf-8"))["steps"] if store_file.exists() else {}
        return export(nb, target, provenance)

    monkeypatch.setattr(report, "export_html", watched)
    assert runner.main(_args(project, good)) == 0
    assert "01_read" not in seen["01_read.html"] and "02_show" not in seen["02_show.html"]
    assert set(json.loads(store_file.read_text(encoding="utf-8"))["steps"]) == {"01_read", "02_show"}
    monkeypatch.setattr(report, "export_html", export)

    # a report left by another run (here: overwritten) is not trusted; the step runs again
    (project / "reports" / "good" / "02_show.html").write_text("<p>another run's report</p>", encoding="utf-8")
    capsys.readouterr()
    assert runner.main(_args(project, good)) == 0
    out = capsys.readouterr().out
    assert "good: 01_read: skipped (unchanged)" in out and "good: 02_show: ok" in out


@pytest.mark.slow
def test_every_failure_is_its_articles_and_the_batch_goes_on(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk while a failed notebook is saved, a report folder that cannot be made: each fails
    its own article in one line; the others run, the summary and the index follow (#14 item 6)."""
    from helpers.run import step

    good = write_article(project / "articles", "good.txt")
    boom = write_article(project / "articles", "boom.txt", ARTICLE + "BOOM\n")
    blocked = write_article(project / "articles", "blocked.txt")
    (project / "reports").mkdir()
    (project / "reports" / "blocked").write_text("a file where the folder goes", encoding="utf-8")
    renumber = step.renumber

    def full_disk(path: Path) -> tuple[object, int]:
        if "boom" in str(path) and "02_show" in path.name:
            path.write_text('{"cells": [', encoding="utf-8")  # what a full disk leaves
            raise OSError(28, "No space left on device")
        return renumber(path)

    monkeypatch.setattr(step, "renumber", full_disk)
    assert runner.main(_args(project, boom, blocked, good)) == 1
    out = capsys.readouterr().out
    assert re.search(r"^boom\s+failed\s.*02_show\.ipynb failed at cell In \[\d+\].*no notebook was saved$", out, re.M)
    assert re.search(r"^blocked\s+failed\s.*blocked\.txt: .*Error", out, re.M)
    assert re.search(r"^good\s+ok\s", out, re.M) and "index: " in out
    assert not list(project.rglob("*.part*"))
    assert "boom" in (project / "reports" / "index.html").read_text(encoding="utf-8")


def test_an_unchanged_rerun_imports_neither_papermill_nor_pandas() -> None:
    """P4 (an unchanged rerun in under 2 s) rests on this: planning, skipping, the summary of
    skipped articles and the index page (which reads the contracts' file names) need neither."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from helpers.run import article, pages, plan, pool, runner, summary\n"
        "skipped = summary.Outcome('a', 'a.txt', status='skipped')\n"
        "assert summary.organization_notes([skipped]) == []\n"
        "print(sorted(m for m in ('papermill', 'pandas', 'nbformat', 'pyarrow') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "[]", done.stdout + done.stderr
