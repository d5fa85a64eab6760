"""Corpus mode: the Dask command on a small generated corpus, its datasets, and the corpus views."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pyarrow.dataset as ds
import pytest

from helpers import contracts, corpus, paths
from helpers.evaluation import synth
from helpers.figures import corpus as views

N_ARTICLES = 20


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
    corpus._write_part(
        corpus._as_arrow(pd.DataFrame({"article_id": ["stale"]}), "articles"), out / "articles" / "part-00099.parquet"
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
    assert f"{N_ARTICLES}/{N_ARTICLES + 1} articles" in proc.stdout
    assert "zz-empty.txt: " in proc.stdout
    failures = pd.read_parquet(out / "failures.parquet")
    assert failures["article_id"].tolist() == ["zz-empty"]
    assert failures["error"].str.len().min() > 0


def test_datasets_have_one_schema_and_an_article_id(corpus_run) -> None:
    _, out = corpus_run
    articles = corpus.read_dataset(out, "articles")
    assert sorted(articles["article_id"]) == [f"synth-7-{i:05d}" for i in range(N_ARTICLES)]
    for name, columns in corpus.COLUMNS.items():
        parts = sorted((out / name).glob("part-*.parquet"))
        assert len(parts) > 1, "work is split into several chunk tasks"
        assert ds.dataset(parts, format="parquet").schema.names == columns
        table = corpus.read_dataset(out, name)
        assert set(table["article_id"]) <= set(articles["article_id"])
    tokens = corpus.read_dataset(out, "tokens", ["article_id"])
    assert tokens.groupby("article_id").size().to_dict() == articles.set_index("article_id")["n_tokens"].to_dict()
    assert not list(out.rglob(".*")), "no temporary file left behind"


def test_expected_attendees_appear_in_the_corpus(corpus_run, generated: Path) -> None:
    _, out = corpus_run
    attendees = corpus.read_dataset(out, "attendees")
    found = set(zip(attendees["article_id"], attendees["name_en"]))
    for file in sorted(generated.glob("*.expected.json")):
        expected = pd.read_json(file, typ="series")
        for person in expected["attendees"]:
            if person["name_en"]:
                assert (expected["article"]["id"], person["name_en"]) in found


def test_views_on_the_generated_corpus(corpus_run) -> None:
    _, out = corpus_run
    articles = corpus.read_dataset(out, "articles")
    long = corpus.attendance(corpus.read_dataset(out, "attendees"), articles)
    matrix = corpus.attendance_matrix(long, max_people=10, max_meetings=8)
    assert matrix.shape[0] <= 10 and matrix.shape[1] == 8
    assert set(matrix.stack().dropna().unique()) <= {-1, 0, 1}
    everything = corpus.attendance_matrix(long, max_people=10_000, max_meetings=10_000)
    assert (-1 in set(everything.stack().dropna())) == ("stayed away" in set(long["presence"]))
    assert len(views.attendance_heatmap(matrix).data) == 1
    per_meeting = corpus.documents_per_meeting(corpus.read_dataset(out, "documents"), articles)
    assert len(per_meeting) == N_ARTICLES and per_meeting["documents"].sum() > 0
    mentions = corpus.timeline(corpus.read_dataset(out, "dates"), articles)
    assert mentions["start"].notna().all() and len(views.dates_timeline(mentions).data) >= 1
    top = corpus.lemma_counts(out, top=5)
    assert len(top) == 5 and top["count"].is_monotonic_decreasing
    by_outlet = corpus.lemma_counts(out, top=3, by_outlet=True)
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
    matrix = corpus.attendance_matrix(corpus.attendance(attendees, articles))
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
    corpus._write_part(corpus._as_arrow(articles, "articles"), tmp_path / "articles" / "part-00000.parquet")
    corpus._write_part(corpus._as_arrow(tokens, "tokens"), tmp_path / "tokens" / "part-00000.parquet")
    assert corpus.lemma_counts(tmp_path).values.tolist() == [["نشست", 3], ["امنیت", 1]]
    by_outlet = corpus.lemma_counts(tmp_path, by_outlet=True)
    assert by_outlet.values.tolist() == [["x", "نشست", 2], ["—", "امنیت", 1], ["—", "نشست", 1]]


def test_parts_with_missing_values_share_the_schema(tmp_path: Path) -> None:
    full = pd.DataFrame(
        {"article_id": ["a"], "surface": ["۱ ژانویه"], "start": [pd.Timestamp("2026-01-01").date()], "paragraph": [3]}
    )
    empty = pd.DataFrame()
    corpus._write_part(corpus._as_arrow(full, "dates"), tmp_path / "dates" / "part-00000.parquet")
    corpus._write_part(corpus._as_arrow(empty, "dates"), tmp_path / "dates" / "part-00001.parquet")
    table = corpus.read_dataset(tmp_path, "dates")
    assert table["start"].tolist() == ["2026-01-01"] and table["paragraph"].tolist() == [3]


@pytest.mark.parametrize(
    ("files", "workers", "size"),
    [(20, 2, 3), (1, 2, 1), (10_000, 2, corpus.MAX_CHUNK), (1_000, 2, corpus.MAX_CHUNK), (600, 2, 75)],
)
def test_chunks_are_batched_and_bounded(files: int, workers: int, size: int) -> None:
    assert corpus.chunk_size(files, workers) == size


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
    assert "5/5 articles" in proc.stdout and "on 1 worker " in proc.stdout
    assert len(corpus.read_dataset(tmp_path, "articles")) == 5
