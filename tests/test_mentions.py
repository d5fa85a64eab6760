"""The shared sentence reading of helpers.extract.mentions: rows read once, folded and scanned once."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import gazetteer as gz
from helpers.extract.mentions import find_cues, sentence_rows, usable


def _sentences(texts: list[object], roles: list[str] | None = None) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame({"paragraph": range(n), "sentence": range(n), "role": roles or ["body"] * n, "text": texts})


def test_rows_keep_values_and_read_a_missing_text_as_empty() -> None:
    rows = sentence_rows(_sentences(["سران دیدار کردند.", None]))
    assert [(r.paragraph, r.sentence, r.role, r.text) for r in rows] == [
        (0, 0, "body", "سران دیدار کردند."), (1, 1, "body", "")]


def test_a_table_without_text_is_refused_in_one_line() -> None:
    with pytest.raises(ValueError, match="lacks columns: text"):
        sentence_rows(_sentences(["x"]).drop(columns="text"))


def test_only_own_sections_are_scanned_and_mentions_match_a_fresh_search() -> None:
    text = "رئیس‌جمهور روسیه در نشست حضور داشت."
    own = usable(sentence_rows(_sentences([text, text], ["body", "related"])), gz.load())
    assert [s.row.role for s in own] == ["body"]
    assert own[0].mentions == gz.load().find(text)


@pytest.mark.parametrize("text", ["رئيس‌جمهور روسيه حضور داشت", "رئیسِ‌جمهور روسیه حضور داشت"])
def test_cue_spans_point_into_the_text_as_written(text: str) -> None:
    """With and without a dropped diacritic (kasra) before the cue: the index maps folded
    positions back to the original ones either way."""
    (sentence,) = usable(sentence_rows(_sentences([text])), gz.load())
    (span,) = find_cues("حضور (?:داشت|داشتند)", sentence)
    assert text[span.start:span.end] == "حضور داشت"


def test_fold_index_skips_dropped_characters() -> None:
    folded, index = gz.folded_with_index("بِه")
    assert folded == "به" and list(index) == [0, 2]
