"""The hostile battery's fast cases (issue #14): bad files, bad ids and bad parameters are refused in
one line naming the file and the problem (exit 2), odd but honest files are read, and nothing is
written where it should not be. The slow cases (kill -9, full disk, a 40-article batch) are in
`make stress` (tests/stress/run.py)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import paths
from helpers.text.sources import BadInput, read_article_text

# Our own sentences, written for these tests.
PERSIAN = (
    "نشست وزیران خارجه در تهران برگزار شد\n"
    "وزیران خارجه دو کشور روز دوشنبه درباره همکاری‌های اقتصادی و امنیتی گفت‌وگو کردند.\n"
    "در پایان این دیدار سه سند همکاری در زمینه انرژی و حمل و نقل امضا شد.\n"
)
ARABIC = (
    "عقد وزراء الخارجية اجتماعا في العاصمة يوم الاثنين، وقال المتحدث إن الجانبين بحثا التعاون الذي "
    "يشمل الطاقة والنقل.\nوأضاف أن هذا الاجتماع هو الأول منذ عامين، وأن الوزراء وقعوا على ثلاث اتفاقيات "
    "تهدف إلى تعزيز العلاقات بين البلدين.\n"
)
CP1256_PERSIAN = PERSIAN.replace("\u200c", " ").replace("ی", "ي").replace("ک", "ك")
"""Windows-1256 has no Persian yeh and kaf: the old sites wrote the Arabic letters."""


def _html(body: str) -> bytes:
    return f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>".encode()


def _stray_byte(text: str) -> bytes:
    data = text.encode()
    return data[:9] + b"\xff" + data[9:]  # after the first word and its space


ACCEPTED: dict[str, tuple[bytes, str]] = {
    # case: (file bytes, text the article must come back as)
    "utf-8": (PERSIAN.encode(), PERSIAN),
    "utf-8 with BOM": (b"\xef\xbb\xbf" + PERSIAN.encode(), PERSIAN),
    "utf-16 with BOM": (PERSIAN.encode("utf-16"), PERSIAN),
    "utf-16-le without BOM": (PERSIAN.encode("utf-16-le"), PERSIAN),
    "utf-16-be without BOM": (PERSIAN.encode("utf-16-be"), PERSIAN),
    "windows-1256": (CP1256_PERSIAN.encode("cp1256"), CP1256_PERSIAN),
    "escaped markup": ((PERSIAN + "&lt;script&gt;alert(1)&lt;/script&gt;\n").encode(), PERSIAN),
    "quoted markup": ((PERSIAN + "<img src=x onerror=alert(2)>\n").encode(), PERSIAN),
    "Persian in Arabic letters": (CP1256_PERSIAN.encode(), CP1256_PERSIAN),
}

REFUSED: dict[str, tuple[bytes | Callable[[], bytes], str]] = {
    # case: (file bytes, fragment of the one-line refusal)
    "empty": (b"", "file is empty"),
    "blank": (b" \n\r\n\t ", "file is empty"),
    "binary with NUL bytes": (bytes(range(256)) * 40, "binary"),
    "oversized": (lambda: PERSIAN.encode() * (6 * 2**20 // len(PERSIAN.encode())), "above the 5 MB limit"),
    "stray byte in UTF-8": (_stray_byte(PERSIAN), "not valid UTF-8 (byte 0xFF at offset 9: invalid start byte"),
    "truncated UTF-8": (PERSIAN.encode()[:-3], "not valid UTF-8 (byte 0xD8 at offset"),
    "double-encoded UTF-8 (Latin-1)": (PERSIAN.encode().decode("latin-1").encode(), "encoded twice"),
    "double-encoded UTF-8 (Windows-1252)": (
        "".join(chr(b) if 0x80 <= b < 0xA0 else bytes([b]).decode("cp1252") for b in PERSIAN.encode()).encode(),
        "encoded twice",
    ),
    "Arabic article": (ARABIC.encode(), "reads as Arabic, not Persian"),
    "Arabic article in Windows-1256": (ARABIC.encode("cp1256"), "not Persian text in Windows-1256 either"),
    "navigation only": ("خانه | اخبار | ورزش | تماس با ما".encode(), "too little text for an article"),
    "navigation-only page": (
        _html("<nav><a href='/'>خانه</a> <a href='/n'>اخبار</a></nav>"),
        "too little text for an article: 10 letters",
    ),
    "zero-width spam": ("\u200b".join(PERSIAN).encode(), "mostly invisible characters"),
    "ZWNJ spam": ("\u200c\u200d".join(PERSIAN).encode(), "mostly invisible characters"),
    "English article": (b"Ministers met in Tehran and signed three agreements on energy.\n" * 5, "Arabic script"),
    "page with no article": (_html("<script>var a = 1;</script>"), "HTML page"),
}


def _write(folder: Path, name: str, data: bytes | Callable[[], bytes]) -> Path:
    path = folder / name
    path.write_bytes(data() if callable(data) else data)
    return path


@pytest.mark.parametrize("case", ACCEPTED)
def test_honest_files_are_read(tmp_path: Path, case: str) -> None:
    data, expected = ACCEPTED[case]
    text = read_article_text(_write(tmp_path, "a.txt", data))
    assert text.startswith(expected)


@pytest.mark.parametrize("case", REFUSED)
def test_bad_files_are_refused_in_one_line(tmp_path: Path, case: str) -> None:
    data, fragment = REFUSED[case]
    path = _write(tmp_path, "bad.txt", data)
    with pytest.raises(BadInput) as info:
        read_article_text(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and fragment in message, message
    assert "\n" not in message


BAD_NAMES = {
    "dot dot": ("...txt", "starts with a dot"),
    "dot": ("..txt", "starts with a dot"),
    "hidden": (".hidden.txt", "starts with a dot"),
    "control character": ("a\x07b.txt", "control, invisible"),
    "right-to-left override": ("a\u202eb.txt", "control, invisible"),
    "251 characters": ("x" * 247 + ".txt", "above the 200-byte limit"),
    "long Persian name": ("ن" * 101 + ".txt", "above the 200-byte limit"),
}


@pytest.mark.parametrize("case", BAD_NAMES)
def test_bad_article_ids_are_refused_naming_the_file(tmp_path: Path, case: str) -> None:
    name, fragment = BAD_NAMES[case]
    path = tmp_path / name
    with pytest.raises(BadInput) as info:
        paths.article_id(path)
    assert str(info.value).startswith(f"{path}: article id ") and fragment in str(info.value)


@pytest.mark.parametrize("article", ["..", ".", "a/../..", "", "x" * 201])
def test_bad_ids_given_directly_never_name_a_folder(article: str) -> None:
    for folder in (paths.processed_dir, paths.report_dir):
        with pytest.raises(BadInput):
            folder(article)


def test_persian_names_with_zwnj_are_fine() -> None:
    assert paths.article_id("/x/گفت‌وگو-۱۴۰۴.txt") == "گفت‌وگو-۱۴۰۴"


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "helpers", *args], capture_output=True, text=True, timeout=300, cwd=cwd
    )


def test_extract_refuses_a_dot_dot_id(tmp_path: Path) -> None:
    path = _write(tmp_path, "...txt", PERSIAN.encode())
    proc = _cli("extract", str(path), cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert (
        proc.stderr == f"error: {path}: article id '..' starts with a dot (it would name a parent or hidden folder)\n"
    )


def test_run_refuses_a_dot_dot_id_before_writing_anything(tmp_path: Path) -> None:
    path = _write(tmp_path, "...txt", PERSIAN.encode())
    out = tmp_path / "out"
    proc = _cli("run", str(path), "--processed-dir", str(out / "p"), "--reports-dir", str(out / "r"), cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.startswith(f"error: {path}: article id '..'")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["...txt"]  # not even the output folders


def test_yaml_tags_in_a_parameters_file_are_refused(tmp_path: Path) -> None:
    evil = tmp_path / "params.yaml"
    evil.write_text(f"organization: !!python/object/apply:os.system ['touch {tmp_path}/pwned']\n")
    seed = paths.ARTICLES / f"{paths.SEED_ID}.txt"
    out = tmp_path / "out"
    proc = _cli("run", str(seed), "-f", str(evil), "--processed-dir", str(out), "--reports-dir", str(out), cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.startswith(f"error: {evil}: ") and proc.stderr.count("\n") == 1
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize(
    "style",
    [
        "@import url(//evil.example/x.css);",
        '@import "https://evil.example/x.css";',
        "@\\69mport url(//evil.example/x.css);",
        "@font-face { font-family: f; src: url(https://evil.example/f.woff2); }",
        "td { background: url(https://evil.example/a.png); }",
        "td { background-image: image-set('//evil.example/a.png' 1x); }",
        "@media screen { td { background: url(//evil.example/a.png); } }",
    ],
)
def test_report_styles_load_nothing_from_other_hosts(style: str) -> None:
    from helpers.run import report

    cleaned = report.sanitize(f"<style>{style} th {{ color: red; }}</style><table><tr><th>۱</th></tr></table>")
    assert "evil.example" not in cleaned and "@import" not in cleaned and "\\69" not in cleaned
    assert "color: red" in cleaned and "<th>۱</th>" in cleaned, "the harmless rule and the table stay"
