"""Displayed tables: headers in the chosen language, one rendering of empty values, dates that keep
to one line (with the Jalali date in Persian), nothing cut, article text shown as text; and the
language setting itself (parameter, project file, default)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers import contracts, paths
from helpers.figures import labels as lab
from helpers.figures import tables


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "start": pd.array(["2025-11-28", None], dtype="string"),
            "date": pd.to_datetime(["2002-10-07", None]),
            "sentence_text": ["سران <script>alert(1)</script> " + "همکاری " * 400, ""],
            "sentence": [3, 4],
            "n_sources": [1.0, np.nan],
            "restored": [True, False],
            "note": pd.Series(["x", None], dtype=object),
        }
    )


def test_persian_headers_and_one_empty_value(frame: pd.DataFrame) -> None:
    table = tables.prepare(frame, "fa")
    assert table["columns"][:4] == ["آغاز", "تاریخ", "متن جمله", "جمله"]
    assert table["data"][1] == [tables.EMPTY, tables.EMPTY, tables.EMPTY, 4, tables.EMPTY, "خیر", tables.EMPTY]
    assert tables.prepare(frame, "en")["columns"][0] == "start"
    assert tables.prepare(frame, "both")["columns"][0] == "آغاز · start"


def test_dates_keep_to_one_line_with_the_jalali_date_in_persian(frame: pd.DataFrame) -> None:
    table = tables.prepare(frame, "fa")
    assert table["nowrap"] == [0, 1] and table["numbers"] == [3, 4]
    assert table["data"][0][:2] == ["2025-11-28 (۱۴۰۴/۰۹/۰۷)", "2002-10-07 (۱۳۸۱/۰۷/۱۵)"]
    assert tables.prepare(frame, "en")["data"][0][:2] == ["2025-11-28", "2002-10-07"]
    html = tables.to_html(table)
    assert f'"className": "{tables.NOWRAP}", "targets": [0, 1]' in html
    assert f".dt-container td.{tables.NOWRAP} {{ white-space: nowrap;" in html


def test_long_text_is_whole_and_escaped(frame: pd.DataFrame) -> None:
    long = pd.DataFrame({"text": ["واژه " * 2000] * 300})  # ~3 MB: more than itables would keep by default
    data = json.loads(re.search(r'"data_json": (".*?[^\\]")', tables.to_html(tables.prepare(long, "fa"))).group(1))
    assert len(json.loads(data)) == 300 and json.loads(data)[0][0] == "واژه " * 2000
    html = tables.to_html(tables.prepare(frame, "fa"))
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html


def test_the_table_controls_speak_the_language(frame: pd.DataFrame) -> None:
    words = re.search(r'"language": (\{.*?\})', tables.to_html(tables.prepare(frame, "fa")))
    assert words and json.loads(words.group(1))["search"] == "جستجو:"
    assert '"language"' not in tables.to_html(tables.prepare(frame, "en"))


def test_a_series_shows_its_index(frame: pd.DataFrame) -> None:
    table = tables.prepare(frame["restored"].value_counts(), "en")
    assert table["columns"] == ["restored", "count"] and len(table["data"]) == 2
    assert tables.prepare(frame[frame["sentence"] > 3], "en")["columns"][0] == "start"  # row numbers left out


@pytest.fixture
def coded() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "name_fa": ["الف", "ب"],
            "status": ["expected", "attended"],
            "cue": ["planned", "arrival"],
            "action": ["signed", None],
            "calendar": ["jalali", "gregorian"],
            "precision": ["day", "range"],
            "section": ["headline", "body"],
        }
    )


def test_coded_values_are_named_in_persian(coded: pd.DataFrame) -> None:
    row = tables.prepare(coded, "fa")["data"][1]
    assert row == ["ب", "حاضر", "ورود به شهر نشست", tables.EMPTY, "میلادی", "بازه", "متن اصلی"]
    assert tables.prepare(coded, "fa")["data"][0][1:4] == ["در راه", "برنامهٔ حضور", "امضا شد"]


def test_coded_values_in_both_put_persian_first_and_in_english_stay_codes(coded: pd.DataFrame) -> None:
    row = tables.prepare(coded, "both")["data"][0]
    assert row[1:3] == ["در راه · expected", "برنامهٔ حضور · planned"]
    assert row[4:] == ["هجری شمسی · jalali", "روز · day", "تیتر · headline"]
    english = ["الف", "expected", "planned", "signed", "jalali", "day", "headline"]
    assert tables.prepare(coded, "en")["data"][0] == english


def test_a_column_no_one_value_set_holds_keeps_its_values() -> None:
    """A column is named by the value set that holds all its values; mixed sets, or a column not
    declared coded, keep the codes."""
    mixed = pd.DataFrame({"status": ["member", "held"], "note": ["attended", "body"]})
    assert tables.prepare(mixed, "fa")["data"] == [["member", "attended"], ["held", "body"]]


def test_every_coded_value_has_a_persian_name() -> None:
    """Every value set a column may take, the contracts' and the reference tables', names each code
    in Persian, one name per code."""
    assert set(contracts.VALUES) <= set(tables.VALUE_SETS)
    assert {values for sets in tables.VALUE_SETS.values() for values in sets} <= set(lab.CODES_FA)
    for values, names in lab.CODES_FA.items():  # with the sets frames declare (contracts.Table)
        assert set(names) == {member.value for member in values}, values
        assert all(names.values()) and len(set(names.values())) == len(names), values  # one name per code


def test_language_comes_from_the_parameter_then_the_project_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "PARAMETERS", tmp_path / "parameters.yaml")
    lab.project_language.cache_clear()
    try:
        assert lab.language() == "fa"  # no file: Persian
        (tmp_path / "parameters.yaml").write_text("labels: en\n", encoding="utf-8")
        lab.project_language.cache_clear()
        assert lab.language() == "en" and lab.language("both") == "both"
        (tmp_path / "parameters.yaml").write_text("labels: de\n", encoding="utf-8")
        lab.project_language.cache_clear()
        with pytest.raises(ValueError, match="parameters.yaml: labels must be one of"):
            lab.language()
    finally:
        lab.project_language.cache_clear()
