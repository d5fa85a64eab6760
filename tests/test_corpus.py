"""Corpus mode: the Dask command on a small generated corpus, its datasets, and the corpus views."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import nbformat
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from helpers import contracts, paths
from helpers.corpus import build, datasets, output, tables
from helpers.evaluation import synth
from helpers.figures import corpus as views
from helpers.figures.labels import persian_digits

N_ARTICLES = 20


def as_arrow(df: pd.DataFrame, name: str) -> pa.Table:
    """A hand-made part of dataset `name` in its fixed schema (the corpus itself builds parts from columns)."""
    target = datasets.arrow_schema(name)
    df = contracts.conform(df, target.names)
    return pa.Table.from_arrays([datasets.column_array(df[f.name], f.type) for f in target], schema=target)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 synthetic articles plus one empty file that must fail alone."""
    folder = tmp_path_factory.mktemp("articles")
    synth.generate(folder, N_ARTICLES, seed=7)
    (folder / "zz-empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def corpus_run(generated: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("corpus")
    # a stale part from an earlier, bigger run must not survive into this one
    (out / "articles").mkdir()
    datasets.write_part(
        as_arrow(pd.DataFrame({"article_id": ["stale"]}), "articles"), out / "articles" / "part-00099.parquet"
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "helpers",
            "corpus",
            str(generated / "*.txt"),
            "--output-dir",
            str(out),
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    return proc, out


def test_command_processes_the_good_articles_and_lists_the_bad_one(corpus_run) -> None:
    proc, out = corpus_run
    assert proc.returncode == 1, proc.stderr
    assert f"{persian_digits(str(N_ARTICLES))} از {persian_digits(str(N_ARTICLES + 1))} خبر" in proc.stdout
    assert "zz-empty.txt: " in proc.stdout
    failures = pd.read_parquet(out / "failures.parquet")
    assert failures["article_id"].tolist() == ["zz-empty"]
    assert failures["error"].str.len().min() > 0


def test_datasets_have_one_schema_and_an_article_id(corpus_run) -> None:
    _, out = corpus_run
    articles = datasets.read_dataset(out, "articles")
    assert sorted(articles["article_id"]) == [f"synth-7-{i:05d}" for i in range(N_ARTICLES)]
    for name, columns in datasets.COLUMNS.items():
        parts = sorted((out / name).glob("part-*.parquet"))
        assert len(parts) > 1, "work is split into several chunk tasks"
        assert ds.dataset(parts, format="parquet").schema.names == columns
        table = datasets.read_dataset(out, name)
        assert set(table["article_id"]) <= set(articles["article_id"])
    tokens = datasets.read_dataset(out, "tokens", ["article_id"])
    assert tokens.groupby("article_id").size().to_dict() == articles.set_index("article_id")["n_tokens"].to_dict()
    assert not list(out.rglob(".*")), "no temporary file left behind"


def test_expected_attendees_appear_in_the_corpus(corpus_run, generated: Path) -> None:
    _, out = corpus_run
    attendees = datasets.read_dataset(out, "attendees")
    found = set(zip(attendees["article_id"], attendees["name_en"], strict=True))
    for file in sorted(generated.glob("*.expected.json")):
        expected = pd.read_json(file, typ="series")
        for person in expected["attendees"]:
            if person["name_en"]:
                assert (expected["article"]["id"], person["name_en"]) in found


def test_views_on_the_generated_corpus(corpus_run) -> None:
    _, out = corpus_run
    articles = datasets.read_dataset(out, "articles")
    long = tables.attendance(datasets.read_dataset(out, "attendees"), articles)
    matrix = tables.attendance_matrix(long, max_people=10, max_meetings=8)
    assert matrix.shape[0] <= 10 and matrix.shape[1] == 8
    assert set(matrix.stack().dropna().unique()) <= {-1, 0, 1}
    everything = tables.attendance_matrix(long, max_people=10_000, max_meetings=10_000)
    assert (-1 in set(everything.stack().dropna())) == ("stayed away" in set(long["presence"]))
    assert len(views.attendance_heatmap(matrix).data) == 1
    per_meeting = tables.documents_per_meeting(datasets.read_dataset(out, "documents"), articles)
    assert len(per_meeting) == N_ARTICLES and per_meeting["documents"].sum() > 0
    mentions = tables.timeline(datasets.read_dataset(out, "dates"), articles)
    assert mentions["start"].notna().all() and len(views.dates_timeline(mentions).data) >= 1
    top = tables.lemma_counts(out, top=5)
    assert len(top) == 5 and top["count"].is_monotonic_decreasing
    by_outlet = tables.lemma_counts(out, top=3, by_outlet=True)
    assert set(by_outlet["outlet"]) <= set(articles["outlet"].fillna("—"))
    assert by_outlet.groupby("outlet").size().max() <= 3
    assert views.lemma_bars_by_outlet(by_outlet).data


def test_attendance_matrix_marks_who_came_and_who_stayed_away() -> None:
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "published": ["2024-05-01", "2025-05-01"],
            "headline": ["نشست یک", "نشست دو"],
            "outlet": ["x", "y"],
        }
    )
    attendees = contracts.conform(
        pd.DataFrame(
            [
                {"article_id": "a", "name_en": "P", "country_en": "Kazakhstan", "status": "host"},
                {"article_id": "b", "name_en": "P", "country_en": "Kazakhstan", "status": "mentioned"},
                {"article_id": "a", "country_en": "Armenia", "status": "attended"},
                {"article_id": "b", "country_en": "Armenia", "status": "absent"},
            ]
        ),
        ["article_id", *contracts.ATTENDEES],
    )
    matrix = tables.attendance_matrix(tables.attendance(attendees, articles))
    assert matrix.loc["P (Kazakhstan)"].tolist() == [1, 0]
    assert matrix.loc["Armenia"].tolist() == [1, -1]
    assert matrix.columns[0].startswith("2024-05-01")


def test_lemma_counts_skip_stopwords_and_split_by_outlet(tmp_path: Path) -> None:
    articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["x", None]})
    tokens = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "b", "b"],
            "lemma": ["نشست", "نشست", "از", "نشست", "امنیت"],
            "is_stopword": [False, False, True, False, False],
            "is_punctuation": False,
            "is_number": False,
        }
    )
    datasets.write_part(as_arrow(articles, "articles"), tmp_path / "articles" / "part-00000.parquet")
    datasets.write_part(as_arrow(tokens, "tokens"), tmp_path / "tokens" / "part-00000.parquet")
    assert tables.lemma_counts(tmp_path).values.tolist() == [["نشست", 3], ["امنیت", 1]]
    by_outlet = tables.lemma_counts(tmp_path, by_outlet=True)
    assert by_outlet.values.tolist() == [["x", "نشست", 2], ["—", "امنیت", 1], ["—", "نشست", 1]]


def test_parts_with_missing_values_share_the_schema(tmp_path: Path) -> None:
    full = pd.DataFrame(
        {"article_id": ["a"], "surface": ["۱ ژانویه"], "start": [pd.Timestamp("2026-01-01").date()], "paragraph": [3]}
    )
    empty = pd.DataFrame()
    datasets.write_part(as_arrow(full, "dates"), tmp_path / "dates" / "part-00000.parquet")
    datasets.write_part(as_arrow(empty, "dates"), tmp_path / "dates" / "part-00001.parquet")
    table = datasets.read_dataset(tmp_path, "dates")
    assert table["start"].tolist() == ["2026-01-01"] and table["paragraph"].tolist() == [3]


@pytest.mark.parametrize(
    ("files", "workers", "size"),
    [(20, 2, 3), (1, 2, 1), (10_000, 2, build.MAX_CHUNK), (1_000, 2, build.MAX_CHUNK), (600, 2, 75)],
)
def test_chunks_are_batched_and_bounded(files: int, workers: int, size: int) -> None:
    assert build.chunk_size(files, workers) == size


def test_pattern_matching_nothing_is_an_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "helpers", "corpus", str(tmp_path / "*.txt")], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"error: {tmp_path / '*.txt'}: no file matches this pattern"


def test_notebook_runs_on_the_generated_corpus(generated: Path, tmp_path: Path) -> None:
    import papermill

    out = tmp_path / "executed.ipynb"
    papermill.execute_notebook(
        str(paths.NOTEBOOKS / "06_corpus.ipynb"),
        str(out),
        kernel_name="persian-news",
        progress_bar=False,
        parameters={
            "article_glob": str(generated / "synth-*.txt"),
            "output_dir": str(tmp_path / "corpus"),
            "workers": 2,
        },
    )
    outputs = [o for cell in nbformat.read(out, as_version=4).cells if cell.cell_type == "code" for o in cell.outputs]
    plots = [o for o in outputs if "application/vnd.plotly.v1+json" in o.get("data", {})]
    assert len(plots) == 5
    assert any("article/s" in o.get("text", "") for o in outputs if o.get("name") == "stderr"), "progress bar shown"


def test_command_uses_an_existing_cluster_given_its_address(generated: Path, tmp_path: Path) -> None:
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "helpers",
                "corpus",
                str(generated / "synth-7-0000[0-4].txt"),
                "--scheduler",
                cluster.scheduler_address,
                "--output-dir",
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert proc.returncode == 0, proc.stderr
    assert "۵ از ۵ خبر" in proc.stdout and "با ۱ کارگر " in proc.stdout
    assert len(datasets.read_dataset(tmp_path, "articles")) == 5


def _earlier_corpus(out: Path) -> Path:
    """An output folder holding the result of an earlier, complete run (one article)."""
    part = out / "articles" / "part-00000.parquet"
    datasets.write_part(as_arrow(pd.DataFrame({"article_id": ["earlier"]}), "articles"), part)
    return part


def test_completed_run_is_recorded_and_leaves_no_partial_folder(corpus_run) -> None:
    _, out = corpus_run
    status = pd.read_json(out / datasets.STATUS, typ="series")
    assert status["status"] == "complete" and status["done"] == N_ARTICLES and status["failed"] == 1
    assert not list(out.parent.glob(f"{out.name}.partial-*"))


def test_unreachable_scheduler_keeps_the_earlier_corpus(generated: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    part = _earlier_corpus(out)
    proc = subprocess.run(
        [sys.executable, "-m", "helpers", "corpus", str(generated / "synth-7-00000.txt")]
        + ["--scheduler", "tcp://127.0.0.1:9", "--output-dir", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"},
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and "unchanged" in proc.stderr
    assert datasets.read_dataset(out, "articles")["article_id"].tolist() == ["earlier"], "earlier corpus kept"
    assert part.exists() and not (out / datasets.STATUS).exists()
    (stage,) = out.parent.glob("corpus.partial-*")
    assert pd.read_json(stage / datasets.STATUS, typ="series")["status"] == "interrupted"


def test_a_failed_run_is_marked_and_the_next_one_removes_it(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    _earlier_corpus(out)
    with pytest.raises(KeyboardInterrupt), output.staging(out) as stage:
        datasets.write_part(as_arrow(pd.DataFrame(), "articles"), stage.folder / "articles" / "part-1.parquet")
        raise KeyboardInterrupt
    assert pd.read_json(stage.folder / datasets.STATUS, typ="series")["status"] == "interrupted"
    assert datasets.read_dataset(out, "articles")["article_id"].tolist() == ["earlier"]
    with output.staging(out) as again:
        assert again.removed == [stage.folder] and not stage.folder.exists()
        datasets.write_part(
            as_arrow(pd.DataFrame({"article_id": ["new"]}), "articles"),
            again.folder / "articles" / "part-00000.parquet",
        )
        output.publish(again, done=1)
    assert datasets.read_dataset(out, "articles")["article_id"].tolist() == ["new"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".corpus.lock", "corpus"]


def test_a_swap_killed_between_its_renames_is_finished(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    _earlier_corpus(out)
    out.rename(tmp_path / ".corpus.old")  # killed right after the first rename
    with output.staging(out):
        assert datasets.read_dataset(out, "articles")["article_id"].tolist() == ["earlier"]


def test_two_runs_cannot_write_one_output(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    with output.staging(out), pytest.raises(RuntimeError, match="another corpus run"), output.staging(out):
        pass


def test_an_output_folder_with_other_files_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(RuntimeError, match=r"notes\.txt.*--output-dir"), output.staging(tmp_path):
        pass
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_bad_ids_and_non_regular_files_fail_by_name(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("x")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "..txt").write_text("x")
    files = build.find_files(str(tmp_path / "*.txt"))
    assert [f.name for f in files] == ["a.txt", "gone.txt", "pipe.txt"], "folders aside, nothing dropped"
    keep, refused = build.checked_files([tmp_path / "..txt", *files, good])
    assert [f.name for f in keep] == ["a.txt", "gone.txt", "pipe.txt"]
    assert [r["error"] for r in refused] == [
        "article id '.' starts with a dot (it would name a parent or hidden folder)",
        "another file has the same article id",
    ]
    summary = build.process_chunk(0, [str(tmp_path / "pipe.txt"), str(tmp_path / "gone.txt")], str(tmp_path / "out"))
    assert [f["error"] for f in summary.failures] == ["is not a regular file", "file not found"]


def test_a_run_that_lost_chunks_keeps_the_earlier_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Dask gives up on a chunk (its worker was killed again and again, or the disk is full): the run
    is incomplete, so it must not replace a complete corpus with a partial one."""

    class Client:
        def run(self, function: object) -> None:
            pass

        def scheduler_info(self) -> dict:
            return {"workers": {"w": {}}}

    @contextmanager
    def client(scheduler: str, workers: int | None) -> Iterator[Client]:
        yield Client()

    def collect(c: Client, chunks: list[list[str]], folder: Path, progress: bool) -> build.Collected:
        lost = [{"article_id": "a", "path": chunks[0][0], "error": "chunk lost: KilledWorker: …"}]
        return build.Collected(lost=lost)

    monkeypatch.setattr(build, "client", client)
    monkeypatch.setattr(build, "_collect", collect)
    out = tmp_path / "corpus"
    _earlier_corpus(out)
    result = build.run([tmp_path / "a.txt"], out, progress=False)
    assert result.partial is not None and "incomplete: chunks were lost" in build.report(result, "en")
    assert "ناتمام:" in build.report(result)  # Persian by default
    both = build.report(result, "both")
    assert 0 <= both.index("ناتمام:") < both.index("incomplete:")
    assert datasets.read_dataset(out, "articles")["article_id"].tolist() == ["earlier"]
    assert pd.read_json(result.partial / datasets.STATUS, typ="series")["status"] == "incomplete"


def test_a_chunk_that_cannot_write_its_parts_is_lost_not_raised(tmp_path: Path) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("a file where the output folder should be")
    summary = build.process_chunk(0, [], str(blocker))
    assert summary.lost and summary.done == 0 and "\n" not in summary.lost


@pytest.mark.parametrize("path", sorted((Path(__file__).parent / "articles").glob("*.txt"))[:4], ids=lambda p: p.stem)
def test_the_rows_corpus_mode_keeps_are_the_steps_tables(path: Path) -> None:
    """Corpus mode keeps column lists instead of frames (P3); they must hold what the frames hold."""
    from helpers import pipeline

    frames, rows = pipeline.process_file(path), pipeline.process_rows(path)
    assert set(rows.tables) == set(datasets.DATASETS) - {"articles"}
    for name, columns in rows.tables.items():
        df = getattr(frames, name)
        assert list(columns) == df.columns.tolist() == contracts.COLUMNS[name]
        for column in columns:
            expected = [None if pd.isna(v) else v for v in df[column].tolist()]
            assert [None if v is None or v != v else v for v in columns[column]] == expected, (name, column)


def test_a_chunk_reports_counts_and_its_processor_time(generated: Path, tmp_path: Path) -> None:
    """P3 is measured on a shared machine: the workers' processor time is the figure load barely moves."""
    files = sorted(str(p) for p in generated.glob("*.txt") if p.stat().st_size)[:2]
    summary = build.process_chunk(0, files, str(tmp_path))
    assert summary.done == 2 and summary.rows["articles"] == 2 and not summary.failures
    assert summary.rows["tokens"] == len(datasets.read_dataset(tmp_path, "tokens")) > 0
    assert summary.cpu_seconds > 0
