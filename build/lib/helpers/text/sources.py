"""Reading an article file safely: decode it, or refuse it with one line naming the file and the problem.

Scraped articles arrive in many shapes: UTF-8 (with or without BOM), UTF-16 from Windows tools,
Windows-1256 from older Persian sites, whole HTML pages, or files that are not articles at all.
Everything downstream assumes clean Persian text, so the checks happen here, once, before any
step writes an output."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024
"""Largest article file accepted (5 MB). A news article is a few tens of kB; anything far bigger is
a dump or a wrong file, and reading it whole would only waste memory."""

MIN_ARABIC_SCRIPT_SHARE = 0.5
"""Share of letters that must be Arabic script for a text to count as Persian."""

MIN_ARABIC_LETTERS = 20
"""Fewer Arabic-script letters than this is not an article, whatever the share."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""Unicode's control characters (category Cc: U+0000–001F, U+007F–009F) other than tab and line breaks."""
_NOT_LETTERS = re.compile(r"[\W\d_]+")
"""Runs of anything but letters (word characters other than decimal digits and «_»: str.isalpha, give or
take a few non-decimal numerals such as «½»); removing them in one regex pass is far cheaper than
testing every character in Python."""
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]+")


class BadInput(ValueError):
    """An article file that cannot be used; str() is the one-line message for the user."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


def read_article_text(path: str | Path) -> str:
    """Return the article's text, decoded (and extracted from HTML when it is a web page).

    Raises BadInput for a missing path, a directory, an empty, binary, oversized or non-Persian file."""
    data = _read_bytes(Path(path))
    text = _decode(path, data)
    if _looks_like_html(text):
        text = _extract_html(path, text)
    _check_persian(path, text)
    return text


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise BadInput(path, "file not found")
    if path.is_dir():
        raise BadInput(path, "is a directory, not an article file")
    if not path.is_file():
        raise BadInput(path, "is not a regular file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise BadInput(path, f"file is {size / 2**20:.1f} MB, above the {MAX_BYTES // 2**20} MB limit for one article")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise BadInput(path, f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_BYTES:  # grew while we looked at it
        raise BadInput(path, f"file is above the {MAX_BYTES // 2**20} MB limit for one article")
    if not data.strip():
        raise BadInput(path, "file is empty")
    return data


def _decode(path: str | Path, data: bytes) -> str:
    """UTF-8 or UTF-16 by BOM, then strict UTF-8, UTF-16 without BOM, and Windows-1256."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked_text(path, data, encoding)
    candidates = ("utf-16-le", "utf-16-be") if b"\x00" in data else ("utf-8", "cp1256")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _is_binary(text) and (encoding == "utf-8" or _arabic_share(text) >= MIN_ARABIC_SCRIPT_SHARE):
            return text
    if b"\x00" in data:
        raise BadInput(path, "binary file (contains NUL bytes), not text")
    raise BadInput(path, "not text in UTF-8, UTF-16 or Windows-1256")


def _checked_text(path: str | Path, data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BadInput(path, f"starts with a {encoding} byte-order mark but is not valid {encoding}") from exc
    if _is_binary(text):
        raise BadInput(path, "binary file (control characters), not text")
    return text


def _is_binary(text: str) -> bool:
    """Control characters other than line and tab breaks mean the bytes were not meant as text."""
    return len(_CONTROLS.findall(text)) > max(2, len(text) // 1000)


def _looks_like_html(text: str) -> bool:
    """A whole web page (doctype, html, head or body tag), not an article that merely quotes markup."""
    return bool(_HTML_PAGE.search(text[:4096]))


def _extract_html(path: str | Path, page: str) -> str:
    """The article inside a saved web page, found offline by trafilatura; headline first."""
    import trafilatura

    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False)
    body = (doc.text or "").strip() if doc is not None else ""
    if not body:
        raise BadInput(path, "HTML page with no article text that could be extracted")
    title = (doc.title or "").strip()
    head = body.splitlines()[:5]
    return body if not title or title in head else f"{title}\n\n{body}"


def _letter_counts(text: str) -> tuple[int, int]:
    """(Arabic-script letters, all letters) in `text`."""
    letters = _NOT_LETTERS.sub("", text)
    return len(letters) - len(_ARABIC_SCRIPT.sub("", letters)), len(letters)


def _arabic_share(text: str) -> float:
    arabic, letters = _letter_counts(text)
    return arabic / letters if letters else 0.0


def _check_persian(path: str | Path, text: str) -> None:
    arabic, letters = _letter_counts(text)
    if arabic < MIN_ARABIC_LETTERS or arabic / max(letters, 1) < MIN_ARABIC_SCRIPT_SHARE:
        share = 100 * arabic / max(letters, 1)
        raise BadInput(path, f"not a Persian article: only {share:.0f}% of its {letters} letters are Arabic script")
