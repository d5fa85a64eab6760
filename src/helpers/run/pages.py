"""The pages around the notebook reports: each article's one-page report and reports/index.html.

The one-page report (`reports/<id>/index.html`) is what a reader opens first: the narrative, tables
and figures of the article's notebooks in order, on one page with a table of contents, code hidden;
each section links to its notebook's own report (with code and provenance). It is built from the
executed notebooks through the same export as those reports (`report.render`), so figures, tables
and the sanitizer are the same; it is rebuilt when an executed notebook is newer than it."""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

from helpers import contracts, storage
from helpers.figures import labels as lab
from helpers.run import report
from helpers.run.layout import Layout

PAGE = "index.html"
EXTRACTED = (contracts.Table.ATTENDEES, contracts.Table.DOCUMENTS, contracts.Table.DATES)
"""The tables whose row counts the index shows beside each article."""
STEP_TITLES_FA = {
    "ingest": "خواندن و بخش‌بندی خبر",
    "tokenize": "یکدست‌سازی، جمله‌ها و واژه‌ها",
    "extract": "حاضران، اسناد و تاریخ‌ها",
    "membership": "عضویت در سازمان",
    "cadence": "آهنگ نشست‌ها",
    "corpus": "نمای پیکره",
}
"""Section titles by notebook name (without its number); other notebooks keep their name."""
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)
"""A markdown heading line (`\\s` would run on into the blank line after it, and the paragraph below
would become part of the heading's HTML block: no <p>, so no right-to-left layout)."""


def step_title(notebook: str, labels: str) -> str:
    english = notebook.split("_", 1)[-1].replace("_", " ")
    return lab.name(english, STEP_TITLES_FA.get(notebook.split("_", 1)[-1], english), labels)


def ensure_article_page(reports_base: Path, run: dict[str, Any], labels: str) -> Path | None:
    """Write the article's one-page report unless it is newer than every executed notebook it shows."""
    folder = reports_base / str(run.get("article_id", ""))
    steps = [s for s in run.get("notebooks", []) if s.get("status") in {"ok", "skipped"} and s.get("executed")]
    sources = [folder / s["executed"] for s in steps if (folder / s["executed"]).exists()]
    page = folder / PAGE
    if not sources:
        page.unlink(missing_ok=True)
        return None
    if page.exists() and page.stat().st_mtime >= max(path.stat().st_mtime for path in sources):
        return page
    return write_article_page(folder, reports_base, [(s["name"], s.get("html", "")) for s in steps], labels)


def write_article_page(folder: Path, reports_base: Path, steps: list[tuple[str, str]], labels: str) -> Path:
    """One page from the executed notebooks `steps` (name, its own report's file name) in `folder`."""
    import nbformat
    from nbformat.v4 import new_markdown_cell, new_notebook

    merged = new_notebook(
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    )
    toc = []
    for number, (name, own_report) in enumerate(steps, start=1):
        nb = nbformat.read(Layout(folder).executed(name), as_version=4)
        title = f"{lab.persian_digits(str(number)) if labels != 'en' else number}. {step_title(name, labels)}"
        link = f'<a href="{html.escape(quote(own_report))}">{html.escape(lab.word("with code", labels))}</a>'
        merged.cells.append(new_markdown_cell(f'<h2 id="s{number}">{html.escape(title)}</h2>\n\n{link}'))
        entries: list[tuple[str, str]] = []
        for cell in nb.cells:
            if "parameters" in cell.metadata.get("tags", []) or "injected-parameters" in cell.metadata.get("tags", []):
                continue
            cell.id = f"s{number}-{cell.get('id', len(merged.cells))}"  # ids stay unique in the merged notebook
            if cell.cell_type == "markdown":
                cell.source, found = _anchor_headings(cell.source, f"s{number}-{len(entries)}")
                entries += found
            merged.cells.append(cell)
        toc.append((f"s{number}", title, entries))
    return report.render(merged, folder / PAGE, reports_base, labels, _page_header(folder, toc, labels), code=False)


def _anchor_headings(source: str, prefix: str) -> tuple[str, list[tuple[str, str]]]:
    """Demote the notebook's headings below the section's (# -> ###) and give each an id for the
    table of contents; the notebook's own title (#) is left out, the section heading replaces it."""
    found: list[tuple[str, str]] = []

    def replace(match: re.Match[str]) -> str:
        level, text = len(match.group(1)), match.group(2)
        if level == 1:
            return ""
        anchor = f"{prefix}-{len(found)}"
        found.append((anchor, text))
        return f'<h{min(level + 1, 6)} id="{anchor}">{html.escape(text)}</h{min(level + 1, 6)}>'

    return _HEADING.sub(replace, source), found


PAGE_CSS = """
header.page, header.page a { font: 15px/1.6 system-ui, "DejaVu Sans", sans-serif; }
header.page { padding: 8px 16px; border-bottom: 1px solid #ddd; margin-bottom: 12px; }
header.page h1 { font-size: 1.6em; margin: 0.2em 0; unicode-bidi: plaintext; }
header.page .meta { color: #555; unicode-bidi: plaintext; }
nav.toc ol { list-style: none; padding-inline-start: 0; }
nav.toc > ol > li { margin: 0.4em 0; }
nav.toc .sub { font-size: 0.88em; color: #444; }
nav.toc .sub a { white-space: nowrap; }
"""


def _page_header(folder: Path, toc: list[tuple[str, str, list[tuple[str, str]]]], labels: str) -> str:
    """The page's title (headline, id, date), a link back to the index and the table of contents."""
    record = _article_record(_processed_dir(folder))
    headline = str(record.get("headline") or folder.name)
    published = _with_jalali(str(record.get("published") or ""), labels) or lab.word("publication date unknown", labels)
    about = _organizations(record, labels) or lab.word("no organization found", labels)
    items = []
    for anchor, title, entries in toc:
        sub = " · ".join(f'<a href="#{a}">{html.escape(t)}</a>' for a, t in entries)
        items.append(
            f'<li><a href="#{anchor}"><strong>{html.escape(title)}</strong></a><div class="sub">{sub}</div></li>'
        )
    back = f'<a href="../{PAGE}">{html.escape(lab.word("all reports", labels))}</a>'
    contents = html.escape(lab.word("Contents", labels))
    return (
        f"<style>{PAGE_CSS}</style>"
        f'<header class="page" dir="{"ltr" if labels == "en" else "rtl"}"><h1>{html.escape(headline)}</h1>'
        f'<div class="meta">{html.escape(lab.word("Report", labels))}: {html.escape(folder.name)}'
        f" · {html.escape(published)} · {html.escape(lab.word('About', labels))}: {html.escape(about)} · {back}</div>"
        f'<nav class="toc"><h2>{contents}</h2><ol>{"".join(items)}</ol></nav></header>'
    )


def _processed_dir(folder: Path) -> Path | None:
    try:
        run = storage.read_json(Layout(folder).run_json)
    except (OSError, ValueError):
        return None
    return Path(run["processed_dir"]) if isinstance(run, dict) and run.get("processed_dir") else None


def write_index(reports_base: Path, labels: str = "") -> Path:
    """Rebuild reports/index.html from every article's run.json (also those not in this run), but
    for articles whose file is gone (their last run is no longer news, failed or not); each
    article's one-page report comes first in its row."""
    labels = lab.language(labels)
    runs = []
    for run_file in sorted(reports_base.glob(f"*/{Layout(reports_base).run_json.name}")):
        try:
            run = storage.read_json(run_file)
        except (OSError, ValueError):
            continue
        if isinstance(run, dict) and run.get("source") and Path(str(run["source"])).exists():
            runs.append(run)
    for run in runs:
        try:
            ensure_article_page(reports_base, run, labels)
        except Exception as exc:  # the notebooks' own reports stand; the index links what exists
            problem = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            print(
                f"warning: {reports_base / str(run.get('article_id', ''))}: one-page report not written ({problem})",
                file=sys.stderr,
            )
    empty = html.escape(lab.word("No articles have been run yet.", labels))
    heads = ("Article", "Headline", "Published", "About", "Attendees", "Documents", "Dates", "Reports", "Status")
    rows = (
        "\n".join(_index_row(run, labels, reports_base) for run in runs)
        or f'<tr><td colspan="{len(heads)}">{empty}</td></tr>'
    )
    header = "".join(f"<th>{html.escape(lab.word(h, labels))}</th>" for h in heads)
    direction = "ltr" if labels == "en" else "rtl"
    page = f"""<!DOCTYPE html>
<html lang="{"en" if labels == "en" else "fa"}" dir="{direction}">
<head>
<meta charset="utf-8">
<title>{html.escape(lab.word("Reports", labels))}</title>
<style>
body {{ font: 14px/1.5 system-ui, "DejaVu Sans", "Noto Sans Arabic", sans-serif; margin: 2em; }}
table.index {{ border-collapse: collapse; }}
.index td, .index th {{ border: 1px solid #ccc; padding: 4px 8px; vertical-align: top; }}
.index td.date {{ white-space: nowrap; }}
.failed {{ color: #a00; }}
{report.REPORT_CSS}
</style>
</head>
<body>
<h1>{html.escape(lab.word("Reports", labels))}</h1>
<table class="index">
<thead><tr>{header}</tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""
    return storage.write_text(reports_base / "index.html", page)


def _index_row(run: dict[str, Any], labels: str, reports_base: Path) -> str:
    article = str(run.get("article_id", ""))
    processed = Path(run.get("processed_dir", "")) if run.get("processed_dir") else None
    record = _article_record(processed)
    counts = [_row_count(processed, table) for table in EXTRACTED]
    links = []
    if (reports_base / article / PAGE).exists():
        links.append(f"<strong>{_link(article, PAGE, lab.word('whole report', labels))}</strong>")
    for step in run.get("notebooks", []):
        name = str(step.get("name", ""))
        if step.get("status") in {"ok", "skipped"} and step.get("html"):
            links.append(_link(article, step["html"], name))
        elif step.get("status") == "failed":
            failed = [
                _link(article, step[key], label)
                for key, label in (("failed_html", "HTML"), ("failed_notebook", "notebook"))
                if step.get(key)
            ]
            links.append(
                f'<span class="failed">{html.escape(name)} {lab.word("failed", labels)} ({", ".join(failed)})</span>'
            )
    status = html.escape(lab.word(str(run.get("status", "")), labels))
    if run.get("error"):
        status = f'<span class="failed">{status}: {html.escape(str(run["error"]))}</span>'
    published = _with_jalali(str(record.get("published") or ""), labels) or lab.word("unknown", labels)
    cells = [
        html.escape(article),
        html.escape(str(record.get("headline") or "")),
        html.escape(published),
        html.escape(_organizations(record, labels)),
        *(html.escape("" if c is None else str(c)) for c in counts),
        "<br>".join(links),
        status,
    ]
    classes = ["", "", ' class="date"', "", "", "", "", "", ""]
    return "<tr>" + "".join(f'<td dir="auto"{k}>{c}</td>' for k, c in zip(classes, cells, strict=True)) + "</tr>"


def _with_jalali(iso: str, labels: str) -> str:
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return iso if labels == "en" else f"{iso} ({lab.jalali(day)})"


def _organizations(record: dict[str, Any], labels: str) -> str:
    """The organizations ingest found the article to be about, Persian name first: «اوپک (OPEC)»."""
    evidence = record.get("organization_evidence")
    persian = {
        str(item.get("id")): str(item.get("name_fa") or "")
        for item in (evidence if isinstance(evidence, list) else [])
        if isinstance(item, dict)
    }
    names = []
    for org in record.get("organizations") or []:
        fa = persian.get(str(org), "")
        names.append(lab.name(str(org), f"{fa} ({org})" if fa else str(org), labels))
    return ", ".join(names) if labels == "en" else "، ".join(names)


def _link(article: str, relative: str, label: str) -> str:
    href = quote(f"{article}/{relative}")
    return f'<a href="{html.escape(href)}">{html.escape(label)}</a>'


def _article_record(processed: Path | None) -> dict[str, Any]:
    path = processed / contracts.ARTICLE if processed else None
    if not path or not path.exists():
        return {}
    try:
        record = storage.read_json(path)
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def _row_count(processed: Path | None, table: contracts.Table) -> int | None:
    path = processed / table.file if processed else None
    if not path or not path.exists():
        return None
    import pyarrow.parquet as pq

    try:
        return pq.read_metadata(path).num_rows
    except (OSError, ValueError):
        return None
