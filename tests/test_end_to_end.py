"""The real suite through `python -m helpers run`: the seed and other articles in one batch with bad files.

One batch run (two at a time) into a scratch reports/processed folder feeds every test here:
the seed's reports and charts, data/raw/ untouched, bad files named with their reasons, an
unrelated article's outputs left alone, and a second unchanged run that skips everything."""

from __future__ import annotations

import hashlib
import html
import re
import subprocess
from pathlib import Path

import pytest
from runner_fixtures import INJECTED, run_cli, write_article

from helpers import paths
from helpers.run import plan

pytestmark = pytest.mark.slow
TEST_ARTICLES = Path(__file__).parent / "articles"


def _hashes(base: Path) -> dict[str, str]:
    return {
        str(p.relative_to(base)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(base.rglob("*"))
        if p.is_file()
    }


def _windows_1256_copy(folder: Path) -> Path:
    """A test article as an old Persian site would serve it: Windows-1256, Arabic yeh."""
    for source in sorted(TEST_ARTICLES.glob("*.txt")):
        try:
            data = source.read_text(encoding="utf-8").replace("ی", "ي").encode("cp1256")
        except UnicodeEncodeError:  # Persian digits have no Windows-1256 code
            continue
        target = folder / f"windows-1256-{source.name}"
        target.write_bytes(data)
        return target
    pytest.fail("no test article fits Windows-1256")


def _saved_web_page(folder: Path) -> Path:
    """A test article saved as a web page: navigation, scripts and footer around the text."""
    source = sorted(TEST_ARTICLES.glob("*.txt"))[-1]
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    headline = max(lines[:3], key=len)
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(headline)}</title>"
        "<script>var ads = 1;</script></head><body><nav><a href='/'>صفحه نخست</a></nav>"
        f"<article><h1>{html.escape(headline)}</h1>{body}</article><footer>همه حقوق محفوظ است</footer></body></html>"
    )
    target = folder / f"web-page-{source.stem}.html"
    target.write_text(page, encoding="utf-8")
    return target


class Batch:
    def __init__(self, base: Path) -> None:
        self.base = base
        self.reports, self.processed = base / "reports", base / "processed"
        self.good: list[Path] = [paths.ARTICLES / f"{paths.SEED_ID}.txt", *sorted(TEST_ARTICLES.glob("*.txt"))]
        self.good.append(write_article(base / "in", "injected-markup.txt", INJECTED))
        self.good += [_windows_1256_copy(base / "in"), _saved_web_page(base / "in")]
        bad = base / "bad"
        bad.mkdir()
        (bad / "empty.txt").write_bytes(b"")
        (bad / "english.txt").write_text("The summit ended with a joint statement on security. " * 30, encoding="utf-8")
        (bad / "binary.txt").write_bytes(bytes(range(256)) * 64)
        (bad / "folder.txt").mkdir()
        with (bad / "huge.txt").open("wb") as handle:  # tens of MB, generated, never committed
            handle.write(("خبر " * 1000 + "\n").encode() * 4000)
        self.bad = {
            "empty": "file is empty",
            "english": "not a Persian article",
            "binary": "binary file",
            "folder": "is a directory",
            "huge": "above the 5 MB limit",
            "missing": "file not found",
        }
        self.bad_paths = [bad / f"{name}.txt" for name in self.bad]
        # outputs of an article that is not in this batch: must come through untouched
        for folder in (self.processed / "other-article", self.reports / "other-article"):
            folder.mkdir(parents=True)
            (folder / "keep.txt").write_text("untouched", encoding="utf-8")

    def run(self, *extra: str) -> subprocess.CompletedProcess[str]:
        return run_cli(
            *self.good,
            *self.bad_paths,
            "--jobs",
            "2",
            "--reports-dir",
            self.reports,
            "--processed-dir",
            self.processed,
            *extra,
            cwd=paths.ROOT,
        )


@pytest.fixture(scope="module")
def batch(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Batch, subprocess.CompletedProcess[str], dict[str, str], dict[str, str]]:
    raw_before = _hashes(paths.RAW)
    runs = Batch(tmp_path_factory.mktemp("batch"))
    first = runs.run()
    return runs, first, raw_before, _hashes(paths.RAW)


def _row(output: str, article: str) -> str:
    match = re.search(rf"^{re.escape(article)}\s+(ok|failed|skipped)\s.*$", output, re.M)
    assert match, f"no summary row for {article} in:\n{output}"
    return match.group(0)


def test_seed_reports_exist_with_charts(batch) -> None:  # type: ignore[no-untyped-def]
    runs, first, _, _ = batch
    report_dir = runs.reports / paths.SEED_ID
    notebooks = plan.discover(paths.NOTEBOOKS)
    pages = {nb.name: (report_dir / f"{nb.name}.html").read_text(encoding="utf-8") for nb in notebooks}
    assert _row(first.stdout, paths.SEED_ID).split()[1] == "ok", first.stdout
    for name in pages:
        assert (report_dir / "executed" / f"{name}.ipynb").exists()
    charts = {name: page.count('class="plotly-graph-div"') for name, page in pages.items()}
    assert sum(charts.values()) >= 1
    for name, page in pages.items():
        # offline: every script and stylesheet is a file of the reports folder (reports/assets/)
        linked = re.findall(r"<(?:script|link)\b[^>]*\b(?:src|href)=\"([^\"]+)\"", page)
        for target in linked:
            assert not re.match(r"(https?:)?//", target) and (report_dir / target).resolve().is_file(), (name, target)
        if charts[name]:
            plotly = [t for t in linked if "plotly" in t]
            assert "Plotly.newPlot" in page and plotly, name
            assert "plotly.js v" in (report_dir / plotly[0]).read_text(encoding="utf-8"), name
        assert '<section class="provenance"' in page
    processed = runs.processed / paths.SEED_ID
    for table in (
        "article.json",
        "paragraphs.parquet",
        "tokens.parquet",
        "attendees.parquet",
        "documents.parquet",
        "dates.parquet",
    ):
        assert (processed / table).exists(), table
    index = (runs.reports / "index.html").read_text(encoding="utf-8")
    assert f'href="{paths.SEED_ID}/01_ingest.html"' in index


def test_data_raw_is_unchanged(batch) -> None:  # type: ignore[no-untyped-def]
    _, _, before, after = batch
    assert before and before == after


def test_batch_reports_good_and_names_bad_files(batch) -> None:  # type: ignore[no-untyped-def]
    runs, first, _, _ = batch
    assert first.returncode == 1, first.stdout + first.stderr
    for path in runs.good:
        assert _row(first.stdout, path.stem).split()[1] == "ok", first.stdout
    for name, reason in runs.bad.items():
        row = _row(first.stdout, name)
        assert row.split()[1] == "failed" and f"{name}.txt" in row and reason in row, row
        assert not (runs.processed / name).exists()
    for folder in (runs.processed / "other-article", runs.reports / "other-article"):
        assert (folder / "keep.txt").read_text(encoding="utf-8") == "untouched"
    assert not [p for p in runs.base.rglob("*") if ".part" in p.name]
    index = (runs.reports / "index.html").read_text(encoding="utf-8")
    assert "file is empty" in index and "injected-markup/02_tokenize.html" in index


def test_second_unchanged_run_skips_everything(batch) -> None:  # type: ignore[no-untyped-def]
    runs, _, _, _ = batch
    second = runs.run()
    assert second.returncode == 1  # the bad files are still bad
    notebooks = len(plan.discover(paths.NOTEBOOKS))
    assert second.stdout.count("skipped (unchanged)") == notebooks * len(runs.good)
    for path in runs.good:
        assert _row(second.stdout, path.stem).split()[1] == "skipped"
