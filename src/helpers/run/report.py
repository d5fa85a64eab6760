"""Offline HTML reports: executed notebook -> one self-contained HTML file, and reports/index.html.

Three things the stock nbconvert export gets wrong for this project, fixed here:
- it loads require.js, MathJax and mermaid from a CDN, and plotly's notebook renderer adds a MathJax
  CDN tag to every figure; researchers open these reports offline, so the template drops every
  remote script and the page embeds one local copy of plotly.js instead;
- plotly figures are re-drawn from their `application/vnd.plotly.v1+json` data, so a figure shows
  whichever plotly renderer the notebook used (nbconvert drops the bare mimetype since plotly 6.1);
- article text is untrusted: every other HTML or Markdown output is passed through an allowlist
  sanitizer (tables and text formatting survive; scripts, event handlers and `javascript:` links are
  shown as text), and the index escapes everything it prints.
Persian is laid out right-to-left per paragraph and table cell with `unicode-bidi: plaintext`."""

from __future__ import annotations

import html
import json
import threading
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote

from helpers import storage

PLOTLY_MIME = "application/vnd.plotly.v1+json"
VERSIONED_PACKAGES = ("hazm", "pandas", "papermill", "nbconvert", "plotly", "matplotlib", "pyarrow", "ipykernel")

_ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "style",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
_ALLOWED_ATTRIBUTES = {
    "*": ["class", "dir", "lang", "title", "align", "style"],
    "a": ["href", "title", "class"],
    "td": ["colspan", "rowspan", "class", "dir", "style"],
    "th": ["colspan", "rowspan", "class", "dir", "style"],
    "table": ["border", "class", "dir"],
    "style": ["scoped", "type"],
}

REPORT_CSS = """
/* Persian paragraphs and cells run right-to-left, English ones left-to-right: each decides by its
   first strong letter. Code stays left-to-right. */
.jp-RenderedHTMLCommon p, .jp-RenderedHTMLCommon li, .jp-RenderedHTMLCommon h1, .jp-RenderedHTMLCommon h2,
.jp-RenderedHTMLCommon h3, .jp-RenderedHTMLCommon h4, .jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th,
.jp-RenderedText pre, .provenance dd, .index td, .index th {
  unicode-bidi: plaintext; text-align: start;
}
.provenance { font: 13px/1.4 system-ui, sans-serif; border: 1px solid #ccc; border-radius: 4px;
  padding: 6px 12px; margin: 8px 0 16px; background: #fafafa; }
.provenance dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 4px 0; }
.provenance dt { font-weight: 600; }
.provenance dd { margin: 0; word-break: break-all; }
"""

_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block html_head_css -%}<style type="text/css">{{ resources.report_css }}</style>{{ resources.report_head }}{%- endblock html_head_css -%}
{%- block body_header -%}{{ super() }}{{ resources.report_provenance }}{%- endblock body_header -%}
"""


def package_versions() -> dict[str, str]:
    """Versions of the packages whose behaviour shapes the outputs (for provenance and fingerprints)."""
    import platform

    versions = {"python": platform.python_version()}
    for name in VERSIONED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


_EXPORTING = threading.Lock()
"""One shared exporter: the runner exports a notebook's report in a thread while the next one runs."""


def export_html(notebook_path: Path, target: Path, provenance: dict[str, Any]) -> Path:
    """Export an executed notebook to one offline HTML file (written atomically)."""
    import nbformat

    nb = nbformat.read(notebook_path, as_version=4)
    has_plotly = _prepare_outputs(nb)
    with _EXPORTING:
        body = _exporter().from_notebook_node(
            nb,
            resources={
                "report_css": REPORT_CSS,
                "report_head": _plotly_head() if has_plotly else "",
                "report_provenance": provenance_html(provenance),
                "metadata": {"name": target.stem},
            },
        )[0]
    return storage.write_text(target, body)


def warm_up() -> None:
    """Import and build what every export needs (nbconvert and its templates, plotly.js, the
    sanitizer), so the runner can do it while the first notebook runs."""
    import importlib

    importlib.import_module("nbconvert.filters.markdown_mistune")
    _exporter()
    _plotly_head()
    _cleaner()


@lru_cache(maxsize=1)
def _exporter() -> Any:
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    return HTMLExporter(
        template_name="lab",
        extra_loaders=[DictLoader({"persian_report.html.j2": _TEMPLATE})],
        template_file="persian_report.html.j2",
    )


@lru_cache(maxsize=1)
def _plotly_head() -> str:
    from plotly.offline import get_plotlyjs

    return (
        "<script type=\"text/javascript\">window.PlotlyConfig = {MathJaxConfig: 'local'};</script>\n"
        f'<script type="text/javascript">{get_plotlyjs()}</script>'
    )


def _prepare_outputs(nb: Any) -> bool:
    """Redraw plotly figures, drop plotly.js copies and scripts, sanitize other HTML; True if any figure."""
    has_plotly = False
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        kept = []
        for output in cell.get("outputs", []):
            data = output.get("data")
            if data is None:  # stream and error outputs: nbconvert escapes them
                kept.append(output)
                continue
            if PLOTLY_MIME in data:
                data["text/html"] = _plotly_div(data[PLOTLY_MIME])
                has_plotly = True
            elif "window.PlotlyConfig" in data.get("text/html", ""):
                continue  # the renderer's own plotly.js copy; the page head carries one
            else:
                _sanitize_bundle(data)
            kept.append(output)
        cell.outputs = kept
    return has_plotly


def _plotly_div(figure: dict[str, Any]) -> str:
    import plotly.io as pio

    return pio.to_html(
        dict(figure),
        full_html=False,
        include_plotlyjs=False,
        include_mathjax=False,
        validate=False,
        default_width="100%",
        default_height=525,
    )


def _sanitize_bundle(data: dict[str, Any]) -> None:
    """Keep plain text and images; pass HTML and Markdown through the allowlist; drop anything else."""
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    if "text/markdown" in data and "text/html" not in data:
        data["text/html"] = markdown2html_mistune(data["text/markdown"])
    for key in list(data):
        if key == "text/html":
            data[key] = sanitize(data[key])
        elif key not in {"text/plain", "image/png", "image/jpeg", "image/svg+xml", "application/json"}:
            del data[key]


def sanitize(fragment: str) -> str:
    """Allowlist sanitizer: markup outside the list is shown as text, never run."""
    return _cleaner().clean(fragment)


@lru_cache(maxsize=1)
def _cleaner() -> Any:
    import bleach
    from bleach.css_sanitizer import CSSSanitizer

    from helpers.run import stylesheet

    return bleach.Cleaner(
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        protocols={"http", "https", "mailto"},
        css_sanitizer=CSSSanitizer(),
        strip=False,
        strip_comments=True,
        filters=[stylesheet.StyleFilter],
    )


def provenance_html(provenance: dict[str, Any]) -> str:
    """The provenance block shown at the top of each report, every value escaped."""
    rows = [
        ("Input file", provenance.get("input", "")),
        ("Input SHA-256", provenance.get("input_sha256", "")),
        ("Notebook", f"{provenance.get('notebook', '')} (SHA-256 {provenance.get('notebook_sha256', '')})"),
        ("Parameters", json.dumps(provenance.get("parameters", {}), ensure_ascii=False, sort_keys=True)),
        ("Package versions", ", ".join(f"{k} {v}" for k, v in provenance.get("versions", {}).items())),
        ("Kernel", provenance.get("kernel", "")),
        ("Started (UTC)", provenance.get("started", "")),
        ("Duration", f"{provenance.get('seconds', 0):.1f} s"),
    ]
    items = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(str(v))}</dd>" for k, v in rows)
    return f'<section class="provenance"><strong>Provenance</strong><dl>{items}</dl></section>'


def write_index(reports_base: Path) -> Path:
    """Rebuild reports/index.html from every article's run.json (also those not in this run)."""
    runs = []
    for run_file in sorted(reports_base.glob("*/run.json")):
        try:
            runs.append(storage.read_json(run_file))
        except (OSError, ValueError):
            continue
    rows = "\n".join(_index_row(run) for run in runs) or '<tr><td colspan="8">No articles have been run yet.</td></tr>'
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Persian news notebooks: reports</title>
<style>
body {{ font: 14px/1.5 system-ui, "DejaVu Sans", "Noto Sans Arabic", sans-serif; margin: 2em; }}
table.index {{ border-collapse: collapse; }}
.index td, .index th {{ border: 1px solid #ccc; padding: 4px 8px; vertical-align: top; }}
.failed {{ color: #a00; }}
{REPORT_CSS}
</style>
</head>
<body>
<h1>Reports</h1>
<table class="index">
<thead><tr><th>Article</th><th>Headline</th><th>Published</th><th>Attendees</th><th>Documents</th><th>Dates</th>
<th>Reports</th><th>Status</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""
    return storage.write_text(reports_base / "index.html", page)


def _index_row(run: dict[str, Any]) -> str:
    article = str(run.get("article_id", ""))
    processed = Path(run.get("processed_dir", "")) if run.get("processed_dir") else None
    record = _article_record(processed)
    counts = [_row_count(processed, name) for name in ("attendees", "documents", "dates")]
    links = []
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
            links.append(f'<span class="failed">{html.escape(name)} failed ({", ".join(failed)})</span>')
    status = html.escape(str(run.get("status", "")))
    if run.get("error"):
        status = f'<span class="failed">{status}: {html.escape(str(run["error"]))}</span>'
    cells = [
        html.escape(article),
        html.escape(str(record.get("headline") or "")),
        html.escape(str(record.get("published") or "")),
        *(html.escape("" if c is None else str(c)) for c in counts),
        "<br>".join(links),
        status,
    ]
    return "<tr>" + "".join(f'<td dir="auto">{c}</td>' for c in cells) + "</tr>"


def _link(article: str, relative: str, label: str) -> str:
    href = quote(f"{article}/{relative}")
    return f'<a href="{html.escape(href)}">{html.escape(label)}</a>'


def _article_record(processed: Path | None) -> dict[str, Any]:
    path = processed / "article.json" if processed else None
    if not path or not path.exists():
        return {}
    try:
        record = storage.read_json(path)
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def _row_count(processed: Path | None, table: str) -> int | None:
    path = processed / f"{table}.parquet" if processed else None
    if not path or not path.exists():
        return None
    import pyarrow.parquet as pq

    try:
        return pq.read_metadata(path).num_rows
    except (OSError, ValueError):
        return None
