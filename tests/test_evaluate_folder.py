"""`python -m helpers evaluate FOLDER`: pages scored against gold per split of a manifest. The
pages and gold here are written for the test (real pages stay out of the repository)."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import cli

PAGE = """نشست سران سازمان پیمان امنیت جمعی در ایروان برگزار شد

ولادیمیر پوتین رئیس‌جمهور روسیه و الکساندر لوکاشنکو رئیس‌جمهور بلاروس در این نشست شرکت کردند.
در پایان نشست بیانیه ایروان امضا شد.
"""


def _gold(persons: list[tuple[str, str]]) -> dict:
    return {
        "article": {"id": "page", "published": None, "published_shown": False},
        "attendees": [{"name_fa": name, "status": status} for name, status in persons],
        "documents": [],
        "dates": [],
    }


def test_a_folder_is_scored_per_split_with_persons_found_apart_from_their_status(tmp_path: Path, capsys) -> None:
    texts, gold = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir(), gold.mkdir()
    (texts / "page.txt").write_text(PAGE, encoding="utf-8")
    (texts / "ungraded.txt").write_text(PAGE, encoding="utf-8")  # no gold file: skipped
    persons = [("ولادیمیر پوتین", "attended"), ("الکساندر لوکاشنکو", "absent"), ("نیکول پاشینیان", "attended")]
    (gold / "page.json").write_text(json.dumps(_gold(persons), ensure_ascii=False), encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("id,split\npage,heldout\n", encoding="utf-8")
    assert cli.main(["evaluate", str(texts), "--gold", str(gold), "--manifest", str(manifest)]) == 0
    out = capsys.readouterr().out
    assert "heldout" in out and "tune" not in out
    assert "persons recall                  0.67 (2/3)" in out
    assert "status right for persons found  0.50 (1/2)" in out


def test_a_folder_without_graded_pages_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    assert cli.main(["evaluate", str(tmp_path), "--gold", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
