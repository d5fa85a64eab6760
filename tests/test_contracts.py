"""The contracts module describes what a processed folder really holds: the files, their columns and
the values of the coded columns."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers import contracts, paths, pipeline, storage

ARTICLES = sorted(paths.ARTICLES.glob("*.txt")) + sorted((Path(__file__).parent / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = pipeline.process_file(ARTICLES[0])
    return pipeline.write_outputs(result, tmp_path_factory.mktemp("processed"))


def test_a_processed_folder_holds_exactly_the_named_files(written: Path) -> None:
    tables = {f"{table}{suffix}" for table in contracts.Table for suffix in (".parquet", ".csv")}
    assert {p.name for p in written.iterdir()} == {contracts.ARTICLE} | tables


@pytest.mark.parametrize("table", list(contracts.Table))
def test_written_tables_have_the_contract_columns_and_types(written: Path, table: contracts.Table) -> None:
    df = storage.read_table(written / table.file)
    assert list(df.columns) == table.columns
    for column in df.columns:
        if column in contracts.INTEGERS:
            assert df[column].dtype == "int64", column
        elif column in contracts.COUNTS:
            assert df[column].dtype == "Int64", column
        elif column in contracts.FLAGS:
            assert df[column].dtype == "bool", column


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_coded_columns_take_only_their_enum_values(path: Path) -> None:
    result = pipeline.process_file(path)
    for table in contracts.Table:
        df: pd.DataFrame = getattr(result, table)
        for column, values in contracts.VALUES.items():
            if column in df.columns:
                assert set(df[column].dropna()) <= set(values), (table, column)


def test_every_coded_column_is_in_some_table() -> None:
    columns = {c for table in contracts.Table for c in table.columns}
    assert set(contracts.VALUES) <= columns


def test_the_names_load_no_table_library() -> None:
    """The runner reads file names from here on every run (P4, an unchanged rerun in <= 2 s)."""
    import subprocess
    import sys

    script = "import sys, helpers.contracts\nprint([m for m in ('pandas', 'numpy', 'pyarrow') if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "[]", done.stdout + done.stderr
