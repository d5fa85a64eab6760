"""The dates table's column types: given directly when every column has a value, and what pandas
infers otherwise (an empty table, or a column missing throughout, stays `object`)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from helpers import contracts
from helpers.extract.dates import date_rows
from helpers.extract.mentions import Sentence


def _rows(*texts: str) -> list[Sentence]:
    return [Sentence(1, i, "body", t) for i, t in enumerate(texts)]


def _inferred(table: pd.DataFrame) -> pd.DataFrame:
    """The same values as pandas would type them from plain rows."""
    rows = [tuple(None if pd.isna(v) else v for v in r) for r in table.astype(object).itertuples(index=False)]
    return pd.DataFrame(rows, columns=contracts.DATES)


def test_full_table_has_text_and_integer_columns() -> None:
    table = date_rows(_rows("نشست در ۲۸ نوامبر ۲۰۲۵ در بیشکک برگزار شد."), dt.date(2025, 11, 28))
    assert list(table.columns) == contracts.DATES and len(table) == 1
    assert table["paragraph"].dtype == "int64" and table["surface"].dtype == contracts.string_dtype()
    pd.testing.assert_frame_equal(table, _inferred(table))


def test_column_missing_throughout_stays_object() -> None:
    table = date_rows(_rows("امروز توافق شد."), None)  # no publication date: no start or end
    assert table["start"].isna().all() and table["start"].dtype == object
    pd.testing.assert_frame_equal(table, _inferred(table))


def test_no_dates_gives_an_empty_table_with_the_schema() -> None:
    table = date_rows(_rows("رهبران گفت‌وگو کردند."), dt.date(2025, 11, 28))
    assert list(table.columns) == contracts.DATES and table.empty
    pd.testing.assert_frame_equal(table, pd.DataFrame([], columns=contracts.DATES))
