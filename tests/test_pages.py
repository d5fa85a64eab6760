"""The one-page report's headings: anchored for the table of contents, the text below them untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import storage
from helpers.run import pages


def test_a_heading_keeps_the_blank_line_that_ends_its_html_block() -> None:
    source = "# Title\n\n## خواندن\n\nپیش از بخش‌بندی، پرونده وارسی می‌شود.\n\n*Read.*"
    anchored, found = pages._anchor_headings(source, "s1")
    assert found == [("s1-0", "خواندن")]
    assert '<h3 id="s1-0">خواندن</h3>\n\nپیش از' in anchored  # the paragraph stays a markdown paragraph
    assert "# Title" not in anchored


@pytest.mark.parametrize("line", ["## Heading ##", "##  Heading  "])
def test_closing_hashes_and_spaces_are_not_part_of_the_heading(line: str) -> None:
    assert pages._anchor_headings(line, "p")[1] == [("p-0", "Heading")]


def _article(tmp_path: Path, record: dict) -> Path:
    """A reports folder whose run.json points at a processed folder holding `record` as article.json."""
    processed, folder = tmp_path / "processed" / "a", tmp_path / "reports" / "a"
    processed.mkdir(parents=True)
    folder.mkdir(parents=True)
    storage.write_json(processed / "article.json", record)
    storage.write_json(folder / "run.json", {"article_id": "a", "processed_dir": str(processed), "status": "ok"})
    return folder


OPEC = {
    "headline": "اوپک نشست خود را آغاز کرد",
    "published": None,
    "organizations": ["OPEC"],
    "organization_evidence": [{"id": "OPEC", "name_fa": "اوپک", "name_en": "OPEC", "score": 9, "evidence": []}],
}


def test_the_page_header_names_the_organization_and_an_unknown_date(tmp_path: Path) -> None:
    """A reader sees what the article is about, and an unknown date said in words, not an empty «· ·»."""
    header = pages._page_header(_article(tmp_path, OPEC), [], "fa")
    assert "دربارهٔ: اوپک (OPEC)" in header
    assert "تاریخ انتشار نامعلوم" in header and "·  ·" not in header
    dated = pages._page_header(_article(tmp_path / "d", {**OPEC, "published": "2019-07-01"}), [], "fa")
    assert "2019-07-01 (۱۳۹۸/۰۴/۱۰)" in dated and "نامعلوم" not in dated


def test_the_index_has_a_column_for_the_organization(tmp_path: Path) -> None:
    folder = _article(tmp_path, OPEC)
    row = pages._index_row(storage.read_json(folder / "run.json"), "fa", folder.parent)
    assert '<td dir="auto">اوپک (OPEC)</td>' in row
    english = pages._index_row(storage.read_json(folder / "run.json"), "en", folder.parent)
    assert '<td dir="auto">OPEC</td>' in english


def test_the_index_says_a_publication_date_is_unknown(tmp_path: Path) -> None:
    """An empty date cell reads as a missing value; «نامعلوم» says the page gave none."""
    folder = _article(tmp_path, OPEC)
    row = pages._index_row(storage.read_json(folder / "run.json"), "fa", folder.parent)
    assert '<td dir="auto" class="date">نامعلوم</td>' in row
    english = pages._index_row(storage.read_json(folder / "run.json"), "en", folder.parent)
    assert '<td dir="auto" class="date">unknown</td>' in english
