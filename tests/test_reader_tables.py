"""The tables of notebooks 01 and 02 read in the report's language: the article record with its field names
and readable values, the counts and the out-of-lexicon share as named columns and a percentage
dates as far as they are known (invented records, sentences and events)."""

from __future__ import annotations

import pandas as pd

from helpers import contracts
from helpers.figures import labels as lab
from helpers.figures import tables
from helpers.reference import membership
from helpers.text import tokenize

RECORD = {
    "id": "invented",
    "headline": "نشست سران در شهر نمونه",
    "published": "2024-05-06",
    "published_from": {"paragraph": 4, "shape": "date line", "text": "۱۷ اردیبهشت ۱۴۰۳"},
    "organizations": ["CSTO", "CIS"],
    "organization_evidence": [
        {
            "id": "CSTO",
            "name_fa": "سازمان پیمان امنیت جمعی",
            "name_en": "Collective Security Treaty Organization",
            "evidence": [{"section": "headline"}, {"section": "body"}, {"section": "body"}],
        }
    ],
    "read_time_minutes": 2,
}


def shown(frame: pd.DataFrame, labels: str) -> list[list]:
    table = tables.prepare(frame, labels)
    return [table["columns"], *table["data"]]


def test_the_article_record_names_its_fields_in_persian_and_reads_its_values() -> None:
    header, *rows = shown(tables.record(RECORD, "fa"), "fa")
    assert header == ["فیلد", "مقدار"]
    fields = dict(map(tuple, rows))
    assert fields["تیتر"] == RECORD["headline"] and fields["زمان مطالعه (دقیقه)"] == "2"
    assert fields["تاریخ انتشار از"] == "«۱۷ اردیبهشت ۱۴۰۳» (بند 4)"
    assert fields["سازمان‌ها"] == "CSTO، CIS"
    assert fields["نشانه‌های سازمان در خبر"] == "سازمان پیمان امنیت جمعی (CSTO): تیتر، متن اصلی"
    assert not any(cell.startswith(("[", "{")) for _, cell in rows)  # no Python repr


def test_the_article_record_keeps_the_keys_in_english() -> None:
    fields = dict(map(tuple, shown(tables.record(RECORD, "en"), "en")[1:]))
    assert fields["published_from"] == "«۱۷ اردیبهشت ۱۴۰۳» (paragraph 4)"
    assert fields["organization_evidence"] == "CSTO (Collective Security Treaty Organization): headline, body"
    given = {**RECORD, "published_from": {"shape": "given", "detected": None}}
    assert dict(map(tuple, shown(tables.record(given, "en"), "en")[1:]))["published_from"].startswith(
        "the published parameter"
    )


def test_counts_and_the_out_of_lexicon_share_read_in_persian() -> None:
    paragraphs = pd.DataFrame(
        [(0, "body", "سران کشورها در نشست امروز درباره همکاری‌های منطقه گفت‌وگو کردند.")], columns=contracts.PARAGRAPHS
    )
    tokenized = tokenize.tokenize(paragraphs)
    header, counts = shown(tokenize.summary(paragraphs, tokenized), "fa")
    assert header == ["بندها", "جمله‌ها", "توکن‌ها", "واژه‌ها (توکن)", "گونه‌های واژه", "بن‌واژه‌ها", "بازسازی‌ها"]
    assert counts[:2] == [1, 1]
    coverage = tokenize.lexicon_coverage(tokenized.tokens, tokenized.restorations)
    header, (words, before, after, percent_before, percent_after) = shown(coverage, "fa")
    assert header[3:] == ["درصد، پیش از بازسازی", "درصد، پس از بازسازی"]
    assert percent_after == round(100 * after / words, 1) and 0 <= percent_after <= percent_before <= 100
    assert shown(coverage, "en")[0] == list(coverage.columns)


def test_a_date_known_to_the_year_or_month_is_shown_so() -> None:
    """A year-only date does not read as 1 January (nor 11 Dey), in the reference tables and the extracted dates."""
    day = pd.Timestamp("2002-10-07")
    events = pd.DataFrame(
        {"date": pd.to_datetime(["1961-01-01", "1992-12-01", "2002-10-07"]), "precision": ["year", "month", "day"]}
    )
    assert [row[0] for row in shown(events, "fa")[1:]] == ["1961", "1992-12", f"2002-10-07 ({lab.jalali(day)})"]
    extracted = pd.DataFrame({"start": ["2024-01-01", "2024-05-06"], "end": ["2024-12-31", "2024-05-06"]})
    extracted["precision"] = ["year", "day"]
    assert [row[:2] for row in shown(extracted, "en")[1:]] == [["2024", "2024-12-31"], ["2024-05-06", "2024-05-06"]]


def test_a_membership_period_keeps_how_far_its_start_and_end_are_known() -> None:
    events = pd.DataFrame(
        {
            "iso3": ["AAA", "AAA"],
            "country_en": ["A", "A"],
            "country_fa": ["الف", "الف"],
            "kind": ["acceded", "withdrew"],
            "date": pd.to_datetime(["1961-01-01", "2019-01-01"]),
            "precision": ["year", "month"],
            "body": ["", ""],
            "source": ["https://x.example", "https://x.example"],
            "note": ["", ""],
            "checked": pd.to_datetime(["2026-01-01"] * 2),
        }
    )
    spans = membership.periods(events)
    header, row = shown(spans[["start", "start_precision", "end", "end_precision"]], "fa")
    assert header == ["آغاز", "دقت آغاز", "پایان", "دقت پایان"] and row == ["1961", "سال", "2019-01", "ماه"]
