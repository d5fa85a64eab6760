"""Reading an article file safely: decode it, or refuse it with one line naming the file and the problem.

Scraped articles arrive in many shapes: UTF-8 (with or without BOM), UTF-16 from Windows tools,
Windows-1256 from older Persian sites, whole HTML pages, or files that are not articles at all.
Everything downstream assumes clean Persian text, so the checks happen here, once, before any
step writes an output.

Decoding is strict and never guesses between readings that both look like text:
- a byte-order mark decides (UTF-8 or UTF-16); NUL bytes without one mean UTF-16 in the byte order
  that gives Arabic script;
- otherwise the bytes must be UTF-8. Invalid UTF-8 is an error naming the first bad byte and its
  offset, except when the bytes are not UTF-8 at all (most of their non-ASCII bytes do not form
  UTF-8 characters): then Windows-1256 is tried, and kept only if the result reads as Persian by
  `helpers.text.language` (an Arabic or a binary file decoded that way does not);
- UTF-8 that was encoded twice (read as Latin-1/Windows-1252, saved as UTF-8 again) is recognized
  by undoing the mistake, and refused with that reason rather than repaired silently.
The text must then be a Persian article (`helpers.text.language.problem`)."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from helpers.text import language

MAX_BYTES = 5 * 1024 * 1024
"""Largest article file accepted (5 MB). A news article is a few tens of kB; anything far bigger is
a dump or a wrong file, and reading it whole would only waste memory."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""Unicode's control characters (category Cc: U+0000–001F, U+007F–009F) other than tab and line breaks."""


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
    """By BOM (UTF-8, UTF-16), else UTF-16 when there are NUL bytes, else strict UTF-8; Windows-1256
    only for bytes that are not UTF-8 at all (see `_not_utf8`)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked_text(path, data, encoding)
    if b"\x00" in data:
        return _utf16_without_bom(path, data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return _not_utf8(path, data, err)
    if _double_encoded(text):
        raise BadInput(
            path,
            "UTF-8 text that was encoded twice (read as Latin-1 or Windows-1252 and saved as UTF-8 again); "
            "save the original as plain UTF-8",
        )
    if _is_binary(text):
        raise BadInput(path, "binary file (control characters), not text")
    return text


def _checked_text(path: str | Path, data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BadInput(
            path, f"starts with a {encoding} byte-order mark but is not valid {encoding} ({_where(data, exc)})"
        ) from exc
    if _is_binary(text):
        raise BadInput(path, "binary file (control characters), not text")
    return text


def _where(data: bytes, err: UnicodeDecodeError) -> str:
    return f"byte 0x{data[err.start]:02X} at offset {err.start}: {err.reason}"


def _utf16_without_bom(path: str | Path, data: bytes) -> str:
    """NUL bytes and no BOM: UTF-16 in whichever byte order gives more Arabic-script letters."""
    texts = []
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _is_binary(text):
            texts.append(text)
    if not texts:
        raise BadInput(path, "binary file (contains NUL bytes), not text")
    return max(texts, key=lambda t: language.evidence(t).arabic_script)


def _not_utf8(path: str | Path, data: bytes, err: UnicodeDecodeError) -> str:
    """Bytes that are not valid UTF-8. When most of their non-ASCII bytes do form UTF-8 characters,
    they are UTF-8 with damage: an error naming the first bad byte, never a guess at another
    encoding. Otherwise they may be Windows-1256, accepted only when the result reads as Persian."""
    decoded = data.decode("utf-8", "replace")
    bad = decoded.count("\ufffd")
    good = sum(ord(c) > 127 for c in decoded) - bad
    where = f"{_where(data, err)}; {bad} invalid sequence{'s' if bad != 1 else ''} in all"
    if good >= bad:
        raise BadInput(path, f"not valid UTF-8 ({where})")
    text = data.decode("cp1256", "replace")
    if _is_binary(text) or not language.evidence(text).reads_as_persian:
        raise BadInput(path, f"not valid UTF-8 ({where}), and not Persian text in Windows-1256 either")
    return text


def _double_encoded(text: str) -> bool:
    """UTF-8 bytes that were read as Latin-1 or Windows-1252 and encoded as UTF-8 again: undoing that
    gives valid UTF-8 with Arabic-script letters (the mistake is recognized, not guessed)."""
    if language.evidence(text).arabic_script:
        return False
    raw = bytearray()
    for char in text:
        if ord(char) < 256:
            raw.append(ord(char))
        else:
            try:
                raw += char.encode("cp1252")
            except UnicodeEncodeError:
                return False
    try:
        return language.evidence(raw.decode("utf-8")).arabic_script > 0
    except UnicodeDecodeError:
        return False


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
    # a Document (as_dict defaults to False), or None when nothing was found
    body = (getattr(doc, "text", None) or "").strip()
    if not body:
        raise BadInput(path, "HTML page with no article text that could be extracted")
    title = (getattr(doc, "title", None) or "").strip()
    head = body.splitlines()[:5]
    return body if not title or title in head else f"{title}\n\n{body}"


def _check_persian(path: str | Path, text: str) -> None:
    problem = language.problem(text)
    if problem:
        raise BadInput(path, problem)
