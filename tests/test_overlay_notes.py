"""The notes 04 and 05 print when they cannot plot: in both languages, the Persian one reading right
to left (it begins with a Persian word) and naming the article rather than a path."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import storage
from helpers.reference import overlay

_PERSIAN = re.compile("[\u0600-\u06ff]")


def _first_strong_is_persian(text: str) -> bool:
    first = re.search(r"[A-Za-z\u0600-\u06ff]", text)
    return bool(first and _PERSIAN.match(first.group()))


def test_an_organization_without_reference_data_gets_a_persian_note() -> None:
    article = overlay.Overlay(article_id="a", organizations=["UN"])
    chosen = overlay.choose(article, "", ["OPEC", "SCO"])
    assert chosen.organizations == []
    (note,) = chosen.notes
    assert "UN (from the article (detected by 01_ingest)) has no reference data" in note.english
    assert note.persian.startswith("برای سازمان UN (یافتهٔ 01_ingest در خبر) دادهٔ مرجعی")
    assert "OPEC, SCO" in note.persian


def test_no_organization_and_no_date_are_said_in_persian(tmp_path: Path) -> None:
    storage.write_json(tmp_path / "a" / "article.json", {"published": None, "organizations": []})
    article = overlay.load_overlay("a", tmp_path)
    notes = article.notes + overlay.choose(article, "", ["OPEC"]).notes
    assert len(notes) == 4  # no date, no attendees table, no dates table, no organization
    assert all(_first_strong_is_persian(note.persian) for note in notes), notes
    assert all(str(tmp_path) not in note.persian for note in notes)
    assert "-p published YYYY-MM-DD" in notes[0].persian and "-p published YYYY-MM-DD" in notes[0].english
