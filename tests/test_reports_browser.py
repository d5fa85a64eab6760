"""Exported reports in headless Chromium, network off: plotly draws from the reports folder's shared
copy, tables sort, Persian shows, injected markup runs nothing.

Chromium is Debian's `chromium` (`make test` installs it through the Makefile's `browser` target).
Each page is loaded from file:// and its DOM dumped after the scripts ran; a control page with
the same payload left raw proves the browser does run such scripts, so the absence checks can fail."""

from __future__ import annotations

import argparse
import json
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


SORT_PROBE = """<script>
// Click the header of the column named "length" twice (ascending, then descending) once DataTables has
// drawn the table, and write the column's values after each click into the page for --dump-dom.
(function probe() {
  const header = [...document.querySelectorAll("table.dataTable thead th")]
    .find(th => th.textContent.trim() === "length");
  if (!header) { setTimeout(probe, 100); return; }
  const table = header.closest("table"), column = [...header.parentNode.children].indexOf(header);
  const values = () => [...table.querySelectorAll("tbody tr")].map(tr => Number(tr.children[column].textContent));
  const out = {before: values()};
  const report = () => {
    const pre = document.createElement("pre");
    pre.id = "sort-result";
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  };
  // the sort button in the header (itables leaves the title's text selectable); DataTables orders
  // after a zero-delay timeout, so wait between clicks
  const button = header.querySelector(".dt-column-order") || header;
  button.click();
  setTimeout(() => {
    out.ascending = values();
    button.click();
    setTimeout(() => { out.descending = values(); report(); }, 500);
  }, 500);
})();
</script>"""


def test_one_page_report_sorts_its_table(reports: Path, tmp_path: Path) -> None:
    page = reports / "clean" / "index.html"
    probe = page.with_name("sort-probe.html")  # beside the page, so its relative asset paths hold
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", SORT_PROBE + "</body>"), encoding="utf-8")
    dom = dump_dom(probe, tmp_path / "profile")
    found = re.search(r'<pre id="sort-result">(.*?)</pre>', dom)
    assert found, "the table was not drawn by DataTables (is the shared bundle loaded?)"
    result = json.loads(found.group(1).replace("&quot;", '"'))
    ascending = sorted(result["before"])
    assert result["ascending"] == ascending and result["descending"] == ascending[::-1]
    assert result["ascending"] != result["descending"]


def test_one_page_report_draws_from_the_shared_assets_with_persian_headings(reports: Path, tmp_path: Path) -> None:
    page = reports / "clean" / "index.html"
    source = page.read_text(encoding="utf-8")
    assert "plotly.js v" not in source and "dt_bundle" not in source  # no library inlined
    scripts = re.findall(r'<script[^>]*\bsrc="([^"]+)"', source)
    assert sorted(Path(src).parent.as_posix() for src in scripts) == ["../assets", "../assets"]
    dom = dump_dom(page, tmp_path / "profile")
    assert dom.count('class="main-svg"') >= 1  # plotly drew, from ../assets, with every request refused
    assert re.search(r'<g class="point"><path[^>]* d="M[^"]+"', dom)
    assert "<h1>دیدار وزیران خارجه در تهران</h1>" in dom and "گزارش: clean" in dom  # headline, id
    assert "<h2>فهرست</h2>" in dom  # the table of contents, headed in Persian
    assert 'href="02_show.html"' in dom  # each section links to its notebook's report, with code
    assert 'class="jp-InputArea-editor' not in dom and "plotly.express" not in dom  # code hidden


def test_index_links_the_one_page_report_first(reports: Path) -> None:
    index = (reports / "index.html").read_text(encoding="utf-8")
    row = index[index.index(">clean<") :]
    links = re.findall(r'href="([^"]+)"', row[: row.index("</tr>")])
    assert links[0] == "clean/index.html" and "clean/01_read.html" in links
