"""Offline HTML reports: executed notebook -> one HTML file, and reports/index.html.

Three things the stock nbconvert export gets wrong for this project, fixed here:
- it loads require.js, MathJax and mermaid from a CDN, and plotly's notebook renderer adds a MathJax
  CDN tag to every figure; researchers open these reports offline, so the template drops every
  remote script, and plotly.js and the DataTables bundle come from the reports folder's one shared
  copy of each (`helpers.run.assets`, relative paths: a zipped folder still works);
- plotly figures are drawn from their `application/vnd.plotly.v1+json` data and tables from their
  `helpers.figures.tables.TABLE_MIME` data (itables), never from markup found in the notebook;
- article text is untrusted: every other HTML or Markdown output is passed through an allowlist
  sanitizer (tables and text formatting survive; scripts, event handlers and `javascript:` links are
  shown as text), and the index escapes everything it prints.
Persian is laid out right-to-left per paragraph and table cell with `unicode-bidi: plaintext`; the
report's own words (provenance, index, status) follow the language setting (`helpers.figures.labels`)."""

from __future__ import annotations

import html
import json
import threading
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

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

IMAGES = "images"
"""Folder beside a code-less page for its images."""

_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block html_head_css -%}
<style type="text/css">{{ resources.report_css }}</style>{{ resources.report_head }}
{%- endblock html_head_css -%}
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


def export_html(nb: Any, target: Path, provenance: dict[str, Any], reports_base: Path | None = None) -> Path:
    """Export an executed notebook (as read from or written to its file; its outputs are changed on
    the way) to one offline HTML file (written atomically). Shared scripts live in `reports_base`
    (default: the folder above the article's, as `paths.report_dir` lays out)."""
    base = reports_base or target.parent.parent
    return render(nb, target, base, _language(provenance), provenance_html(provenance))


def render(nb: Any, target: Path, reports_base: Path, labels: str, header: str, code: bool = True) -> Path:
    """Write `nb` as an offline HTML page: figures and tables drawn from their data, other outputs
    sanitized, `header` (trusted HTML) above the first cell, JupyterLab's stylesheet from the shared
    copy. `code=False` hides the code cells and writes images beside the page (`images/`) instead
    of inline, to keep a page that gathers several notebooks light."""
    from helpers.run import assets

    head = _asset_tags(_prepare_outputs(nb), target.parent, reports_base)
    resources = {
        "report_css": REPORT_CSS,
        "report_head": head,
        "report_provenance": header,
        "language_code": "en" if labels == "en" else "fa",
        "metadata": {"name": target.stem},
        "unique_key": target.stem,
        "output_files_dir": IMAGES,
    }
    with _EXPORTING:
        exporter = _exporter(code)
        body, resources = exporter.from_notebook_node(nb, resources=resources)
        body = assets.share_lab_css(body, exporter.environment, target.parent, reports_base)
    for name, data in (resources.get("outputs") or {}).items():
        with storage.atomic_path(target.parent / name) as tmp:
            tmp.write_bytes(data)
    return storage.write_text(target, body)


def _language(provenance: dict[str, Any]) -> str:
    from helpers.figures import labels as lab

    return lab.language(str(provenance.get("parameters", {}).get("labels") or ""))


def _word(english: str, labels: str) -> str:
    from helpers.figures import labels as lab

    return lab.word(english, labels)


def _asset_tags(needs: set[str], page_dir: Path, reports_base: Path) -> str:
    from helpers.run import assets

    tags = [assets.plotly_tags(page_dir, reports_base)] if "plotly" in needs else []
    if "tables" in needs:
        tags.append(assets.datatables_tags(page_dir, reports_base))
    return "\n".join(tags)


def warm_up() -> None:
    """Import and build what every export needs (nbconvert and its templates, itables, the
    sanitizer), so the runner can do it while the first notebook runs; they live as long as the
    process, so they are frozen out of the garbage collector's sight (`engine.frozen_imports`):
    its full collections rescanned them all, ~0.7 s over a suite run, some of it on the critical
    path (the last exports and the one-page report; P1, #10)."""
    import importlib

    from helpers.run.engine import frozen_imports

    with frozen_imports():
        importlib.import_module("nbconvert.filters.markdown_mistune")
        importlib.import_module("itables")
        _exporter()
        _exporter(code=False)
        _cleaner()


@lru_cache(maxsize=2)
def _exporter(code: bool = True) -> Any:
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import ExtractOutputPreprocessor

    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[DictLoader({"persian_report.html.j2": _TEMPLATE})],
        template_file="persian_report.html.j2",
        exclude_input=not code,
        exclude_input_prompt=not code,
        exclude_output_prompt=not code,
    )
    if not code:  # images go to files beside the page (see `render`)
        exporter.register_preprocessor(ExtractOutputPreprocessor(extract_output_types={"image/png"}), enabled=True)
    return exporter


def _prepare_outputs(nb: Any) -> set[str]:
    """Draw plotly figures and tables from their data, drop scripts the notebook carried (plotly.js,
    the DataTables loader), sanitize other HTML; return which shared scripts the page needs."""
    from helpers.figures import tables

    needs: set[str] = set()
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
                needs.add("plotly")
            elif tables.TABLE_MIME in data:
                data["text/html"] = tables.to_html(data[tables.TABLE_MIME])
                needs.add("tables")
            elif is_bundled_script(output):
                continue  # the page head loads the shared copy
            else:
                _sanitize_bundle(data)
            kept.append(output)
        cell.outputs = kept
    return needs


def is_bundled_script(output: dict[str, Any]) -> bool:
    """An output that only carries a library's script: the DataTables loader (`helpers.notebook.setup`)
    or a plotly.js copy from plotly's `notebook` renderer. Reports and executed notebooks drop them."""
    from helpers.figures import tables

    if output.get("metadata", {}).get("persian_news") == tables.LOADER_METADATA["persian_news"]:
        return True
    data = output.get("data", {})
    return (
        PLOTLY_MIME not in data and tables.TABLE_MIME not in data and "window.PlotlyConfig" in data.get("text/html", "")
    )


def slim(nb: Any) -> None:
    """Drop the bundled scripts from an executed notebook: its tables show itables' static preview
    until rerun, its figures need only their data (JupyterLab draws them with jupyterlab-plotly)."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [output for output in cell.get("outputs", []) if not is_bundled_script(output)]


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
        # bleach calls each filter as filter(source=tokens) and iterates it; its stubs ask for a subclass
        # of html5lib's Filter, which bleach vendors privately
        filters=[stylesheet.StyleFilter],  # type: ignore[list-item]
    )


def provenance_html(provenance: dict[str, Any]) -> str:
    """The provenance block shown at the top of each report, every value escaped."""
    labels = _language(provenance)
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
    items = "".join(f"<dt>{html.escape(_word(k, labels))}</dt><dd>{html.escape(str(v))}</dd>" for k, v in rows)
    title = html.escape(_word("Provenance", labels))
    return f'<section class="provenance" dir="auto"><strong>{title}</strong><dl>{items}</dl></section>'


def write_index(reports_base: Path, labels: str = "") -> Path:
    """Each article's one-page report where missing or stale, then reports/index.html (see `pages`)."""
    from helpers.run import pages

    return pages.write_index(reports_base, labels)
