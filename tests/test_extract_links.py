"""Every extracted row says which sentence it was read from, by the number the sentences and tokens
tables use, so a researcher can join attendees, documents and dates back to the text and its tokens."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from helpers import contracts, paths, pipeline
from helpers.corpus import datasets

ARTICLES = sorted(paths.ARTICLES.glob("*.txt")) + sorted((Path(__file__).parent / "articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_rows_point_at_their_sentence(path: Path) -> None:
    result = pipeline.process_file(path)
    sentences = result.sentences.set_index("sentence")
    for name in ("attendees", "documents", "dates"):
        table = getattr(result, name)
        assert list(table.columns) == getattr(contracts, name.upper())
        assert len(table), f"{path.name}: no {name}"
        for row in table.itertuples():
            assert isinstance(row.sentence, int)
            assert sentences.loc[row.sentence, "text"] == row.sentence_text, (name, row)
            assert sentences.loc[row.sentence, "paragraph"] == row.paragraph, (name, row)


def test_json_names_the_sentence_as_the_tables_do() -> None:
    """The CLI's JSON carries `sentence` (the number) and `sentence_text`, as the tables do."""
    result = pipeline.process_file(ARTICLES[0])
    shown = pipeline.as_json(result)
    texts = result.sentences.set_index("sentence")["text"]
    for name in ("attendees", "documents", "dates"):
        rows = shown[name]
        assert rows, name
        assert all(type(r["sentence"]) is int and texts[r["sentence"]] == r["sentence_text"] for r in rows), name


def test_json_names_the_organizations_the_article_is_about() -> None:
    """A script reading the JSON learns which organization the article is about, as the report says."""
    result = pipeline.process_file(ARTICLES[0])
    shown = pipeline.as_json(result)["article"]
    assert shown["organizations"] == result.record["organizations"]
    assert shown["organizations"], ARTICLES[0].name


def test_corpus_datasets_store_sentence_numbers() -> None:
    for name in datasets.DATASETS:
        fields = datasets.arrow_schema(name)
        if "sentence" in fields.names:
            assert fields.field("sentence").type == pa.int64(), name
