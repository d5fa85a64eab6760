"""Exported reports in headless Chromium, network off: plotly draws, Persian shows, injected markup runs nothing.

Chromium is Debian's `chromium` (`make test` installs it through the Makefile's `browser` target).
Each page is loaded from file:// and its DOM dumped after the scripts ran; a control page with
the same payload left raw proves the browser does run such scripts, so the absence checks can fail."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from runner_fixtures import ARTICLE, INJECTED, write_article, write_notebooks

from helpers.run import runner

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
MARKERS = ('id="pwned-script"', 'id="pwned-img"')


def dump_dom(page: Path, profile: Path) -> str:
    """The DOM of `page` after its scripts ran (virtual time), with every network request refused."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium, or `make browser` as root)")
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--proxy-server=127.0.0.1:9",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=10000",
        "--dump-dom",
        page.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("browser")
    write_notebooks(base / "notebooks")
    articles = [
        write_article(base / "articles", "clean.txt", ARTICLE),
        write_article(base / "articles", "inj.txt", INJECTED),
    ]
    args = argparse.Namespace(
        articles=articles,
        jobs=1,
        parameter=[],
        parameters_file=None,
        force=False,
        reports_dir=base / "reports",
        processed_dir=base / "processed",
        notebooks_dir=base / "notebooks",
    )
    assert runner.main(args) == 0
    return base / "reports"


def test_control_page_shows_the_payload_would_run(tmp_path: Path) -> None:
    page = tmp_path / "raw.html"
    page.write_text(f"<!DOCTYPE html><html><body><p>{INJECTED}</p></body></html>", encoding="utf-8")
    dom = dump_dom(page, tmp_path / "profile")
    assert all(marker in dom for marker in MARKERS)


@pytest.mark.parametrize("article", ["clean", "inj"])
def test_plotly_chart_draws_offline(reports: Path, tmp_path: Path, article: str) -> None:
    dom = dump_dom(reports / article / "02_show.html", tmp_path / "profile")
    assert dom.count('class="main-svg"') >= 1
    assert re.search(r'<g class="point"><path[^>]* d="M[^"]+"', dom)  # bar marks drawn as SVG paths
    assert "وزیران خارجه" in dom or "نشست سران" in dom


@pytest.mark.parametrize("page", ["inj/01_read.html", "inj/02_show.html", "index.html"])
def test_injected_article_runs_nothing(reports: Path, tmp_path: Path, page: str) -> None:
    dom = dump_dom(reports / page, tmp_path / "profile")
    assert "نشست سران" in dom  # the headline is there, as text
    for marker in MARKERS:
        assert marker not in dom
    assert not re.search(r"""<a[^>]*href=["']?\s*javascript:""", dom, re.I)
    assert "<title>pwned" not in dom


def test_index_lists_articles_and_links_reports(reports: Path, tmp_path: Path) -> None:
    dom = dump_dom(reports / "index.html", tmp_path / "profile")
    assert 'href="clean/02_show.html"' in dom and 'href="inj/01_read.html"' in dom
    assert "دیدار وزیران خارجه در تهران" in dom
