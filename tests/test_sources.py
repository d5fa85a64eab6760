"""sources.read_article_text: every kind of bad file is refused with one line naming it; odd encodings decode."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.text.sources import BadInput, read_article_text

PERSIAN = (
    "نشست وزیران خارجه در تهران برگزار شد\n"
    "وزیران خارجه دو کشور روز دوشنبه درباره همکاری‌های اقتصادی و امنیتی گفت‌وگو کردند.\n"
    "در پایان این دیدار سه سند همکاری در زمینه انرژی و حمل و نقل امضا شد.\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _refused(path: Path, fragment: str) -> str:
    with pytest.raises(BadInput) as info:
        read_article_text(path)
    message = str(info.value)
    assert str(path) in message and fragment in message
    assert "\n" not in message
    return message


def test_utf8_text_comes_back_unchanged(tmp_path: Path) -> None:
    assert read_article_text(_write(tmp_path, "a.txt", PERSIAN.encode())) == PERSIAN


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    assert read_article_text(_write(tmp_path, "a.txt", b"\xef\xbb\xbf" + PERSIAN.encode())) == PERSIAN


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_bom_is_decoded(tmp_path: Path, encoding: str) -> None:
    assert read_article_text(_write(tmp_path, "a.txt", PERSIAN.encode(encoding))) == PERSIAN


def test_windows_1256_is_decoded(tmp_path: Path) -> None:
    # Windows-1256 has no ZWNJ-free Persian yeh; the old sites wrote Arabic yeh, so encode that form.
    text = PERSIAN.replace("\u200c", " ").replace("ی", "ي").replace("ک", "ك")
    assert read_article_text(_write(tmp_path, "a.txt", text.encode("cp1256"))) == text


def test_missing_file(tmp_path: Path) -> None:
    _refused(tmp_path / "nope.txt", "file not found")


def test_directory(tmp_path: Path) -> None:
    _refused(tmp_path, "is a directory")


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t "])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    _refused(_write(tmp_path, "empty.txt", data), "empty")


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    _refused(_write(tmp_path, "x.txt", bytes(range(256)) * 40), "binary")


def test_binary_file_without_nul_bytes(tmp_path: Path) -> None:
    # A PNG-like header then random-looking bytes: not UTF-8, and as Windows-1256 it is not Persian.
    data = b"\x89PNG\r\n\x1a\n" + bytes((i * 73 + 41) % 255 + 1 for i in range(4000))
    with pytest.raises(BadInput) as info:
        read_article_text(_write(tmp_path, "x.txt", data))
    assert str(tmp_path / "x.txt") in str(info.value)


def test_english_article_is_refused(tmp_path: Path) -> None:
    english = "Foreign ministers met in Tehran on Monday and signed three agreements on energy.\n" * 5
    _refused(_write(tmp_path, "en.txt", english.encode()), "not a Persian article")


def test_a_few_persian_words_in_english_text_are_not_enough(tmp_path: Path) -> None:
    mixed = "The summit (نشست) ended. " * 40
    _refused(_write(tmp_path, "mixed.txt", mixed.encode()), "Arabic script")


def test_html_page_yields_the_article_text(tmp_path: Path) -> None:
    body = "".join(f"<p>{line}</p>" for line in PERSIAN.splitlines()[1:])
    page = (
        "<!DOCTYPE html><html><head><title>خبرگزاری</title><script>var tracking = 1;</script></head>"
        f"<body><nav><a href='/'>صفحه اصلی</a></nav><article><h1>{PERSIAN.splitlines()[0]}</h1>{body}</article>"
        "<footer>همه حقوق محفوظ است</footer></body></html>"
    )
    text = read_article_text(_write(tmp_path, "page.html", page.encode()))
    assert text.splitlines()[0] == PERSIAN.splitlines()[0]
    assert "همکاری" in text and "<" not in text and "tracking" not in text


def test_html_page_without_article_is_refused(tmp_path: Path) -> None:
    page = "<!DOCTYPE html><html><head><title>x</title></head><body><script>var a = 1;</script></body></html>"
    _refused(_write(tmp_path, "page.html", page.encode()), "HTML page")


def test_article_quoting_markup_is_text_not_a_page(tmp_path: Path) -> None:
    text = PERSIAN + "متن زیر در پیام آمده بود: <script>alert(1)</script> <img src=x onerror=alert(2)>\n"
    assert read_article_text(_write(tmp_path, "a.txt", text.encode())) == text


def test_very_large_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # tens of MB, generated here and never committed
        handle.write(PERSIAN.encode() * (30 * 2**20 // len(PERSIAN.encode())))
    opened: list[Path] = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    _refused(path, "above the 5 MB limit")
    assert opened == []
