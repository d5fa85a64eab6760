"""What a run prints and keeps: `run --help` lists the notebooks' parameters, the project's
parameters file is read, and a run to a log has no kernel transport warning, no progress-bar
frames, and executed notebooks without a copy of the DataTables bundle."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from runner_fixtures import ARTICLE, run_cli, write_article, write_notebooks

from helpers import paths
from helpers.run import parameters


def test_run_help_lists_every_settable_parameter_with_its_default() -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "helpers", "run", "--help"], capture_output=True, text=True, timeout=120
    )
    assert shown.returncode == 0, shown.stderr
    listed = shown.stdout[shown.stdout.index("notebook parameters") :]
    settable = {
        p.name: p
        for nb in sorted(paths.NOTEBOOKS.glob("*.ipynb"))
        for p in parameters.declared(nb)
        if p.name not in parameters.RUNNER_PARAMETERS
    }
    per_article = {p.name for nb in sorted(paths.NOTEBOOKS.glob("0[1-5]_*.ipynb")) for p in parameters.declared(nb)}
    for name in set(settable) & per_article:
        assert f"  {name} ({settable[name].type}, default {settable[name].default};" in listed
    assert "labels (str" in listed and "article_id" not in listed


def test_the_project_parameters_file_comes_first_for_the_notebooks_that_declare_its_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "PARAMETERS", tmp_path / "parameters.yaml")
    (tmp_path / "parameters.yaml").write_text("labels: en\ntop: 3\n", encoding="utf-8")
    assert parameters.user_values([], None, {"labels": "str"}) == {"labels": "en"}  # top: no notebook here
    run_file = tmp_path / "run.yaml"
    run_file.write_text("labels: both\n", encoding="utf-8")
    assert parameters.user_values([], run_file, {"labels": "str"}) == {"labels": "both"}
    assert parameters.user_values([["labels", "fa"]], run_file, {"labels": "str"}) == {"labels": "fa"}


@pytest.mark.slow
def test_a_logged_run_is_quiet_and_its_notebooks_light(tmp_path: Path) -> None:
    notebooks = write_notebooks(tmp_path / "notebooks")
    article = write_article(tmp_path / "articles", "quiet.txt", ARTICLE)
    reports = tmp_path / "reports"
    done = run_cli(
        article, "--notebooks-dir", notebooks, "--reports-dir", reports, "--processed-dir", tmp_path / "processed"
    )
    assert done.returncode == 0, done.stderr
    assert "without encryption" not in done.stdout + done.stderr  # the kernel talks over IPC, not TCP
    assert "\r" not in done.stdout + done.stderr  # not a terminal: plain lines, no bar frames
    assert "quiet: 02_show: ok" in done.stdout
    for executed in (reports / "quiet" / "executed").glob("*.ipynb"):
        outputs = [o for c in json.loads(executed.read_text(encoding="utf-8"))["cells"] for o in c.get("outputs", [])]
        assert not [o for o in outputs if o.get("metadata", {}).get("persian_news")]  # the DataTables loader
        assert executed.stat().st_size < 200_000


def test_a_one_page_report_that_cannot_be_built_is_one_warning_and_the_index_still_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from helpers import storage
    from helpers.run import pages

    folder = tmp_path / "a"
    (folder / "executed").mkdir(parents=True)
    (folder / "executed" / "01_read.ipynb").write_text("{}", encoding="utf-8")
    source = write_article(tmp_path / "articles", "a.txt", ARTICLE)
    storage.write_json(
        folder / "run.json",
        {
            "article_id": "a",
            "source": str(source),
            "status": "ok",
            "notebooks": [
                {"name": "01_read", "status": "ok", "executed": "executed/01_read.ipynb", "html": "01_read.html"}
            ],
        },
    )

    def broken(*_: object) -> Path:
        raise ValueError("not a notebook")

    monkeypatch.setattr(pages, "write_article_page", broken)
    index = pages.write_index(tmp_path, "en")
    assert index.exists() and 'href="a/01_read.html"' in index.read_text(encoding="utf-8")
    assert capsys.readouterr().err.count("one-page report not written (ValueError: not a notebook)") == 1
