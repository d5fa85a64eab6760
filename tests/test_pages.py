"""The one-page report's headings: anchored for the table of contents, the text below them untouched."""

from __future__ import annotations

import pytest

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
