"""In-process ingest → tokenize → extract for one article, without papermill.

The notebooks run these same steps one per notebook, through files; this module chains them in
memory for scripting, evaluation (`python -m helpers extract`) and corpus mode."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import contracts, paths, storage
from helpers.extract import extract_all, extract_columns, published_date
from helpers.text import ingest, tokenize

TABLES = tuple(str(table) for table in contracts.Table)


@dataclass
class ArticleResult:
    """Everything the steps produce for one article."""

    article_id: str
    record: dict[str, Any]
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    tokens: pd.DataFrame
    restorations: pd.DataFrame
    attendees: pd.DataFrame
    named_as_taking_part: pd.DataFrame
    documents: pd.DataFrame
    dates: pd.DataFrame


def _process(article: ingest.Article) -> ArticleResult:
    tokenized = tokenize.tokenize(article.paragraphs)
    tables = extract_all(tokenized.sentences, published_date(article.record))
    return ArticleResult(
        article_id=article.record["id"],
        record=article.record,
        paragraphs=article.paragraphs,
        sentences=tokenized.sentences,
        tokens=tokenized.tokens,
        restorations=tokenized.restorations,
        **tables,
    )


def process_text(raw: str, source: str = "", article_id: str | None = None) -> ArticleResult:
    """Run every step on an article already in memory."""
    article = ingest.segment(raw, source=source)
    article.record["id"] = article_id or article.record["id"] or "article"
    return _process(article)


def process_file(path: str | Path, article_id: str | None = None, published: str = "") -> ArticleResult:
    """Run every step on an article file (read and checked by `helpers.text.sources`); a non-empty
    `published` (YYYY-MM-DD) overrides the page's dateline."""
    return _process(ingest.load(path, article_id, published))


@dataclass
class ArticleRows:
    """What corpus mode keeps of an article: its record and its tokens, attendees, documents and
    dates as column lists (`contracts.Columns`). No frame is built per article: corpus mode makes
    one table per dataset and chunk (P3 target; see contracts.Columns)."""

    article_id: str
    record: dict[str, Any]
    tables: dict[str, contracts.Columns]


def process_rows(path: str | Path) -> ArticleRows:
    """`process_file`'s steps on an article file, its tables kept as column lists."""
    article = ingest.load(path)
    found = tokenize.columns(article.paragraphs)
    tables = {"tokens": found.tokens, **extract_columns(found.sentences, published_date(article.record))}
    return ArticleRows(article.record["id"], article.record, tables)


def write_outputs(result: ArticleResult, processed_base: str | Path | None = None) -> Path:
    """Write article.json and every table under data/processed/<id>/, as the notebooks do."""
    out = paths.processed_dir(result.article_id, processed_base)
    storage.write_json(out / contracts.ARTICLE, result.record)
    for table in contracts.Table:
        storage.write_table(getattr(result, table), out / table.file)
    return out


NOT_IN_JSON = frozenset({"name_written", "cue", "count", "paragraph"})
"""Table columns the CLI's JSON leaves out: working columns (the name as written, the cue that
matched, the counted documents' number) and the paragraph, which `sentence` already places."""
JSON_COLUMNS = {
    table.value: [column for column in table.columns if column not in NOT_IN_JSON]
    for table in (
        contracts.Table.ATTENDEES,
        contracts.Table.NAMED_AS_TAKING_PART,
        contracts.Table.DOCUMENTS,
        contracts.Table.DATES,
    )
}
"""The columns of each table the CLI's JSON shows, named as in the tables (`sentence` is the
sentence's number, `sentence_text` its text). Gold files use the same names; they may leave out
`sentence`, which scoring does not read."""


def _records(df: pd.DataFrame, columns: list[str]) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts (numbers as ints): missing values become null."""
    subset = df.reindex(columns=columns).astype(object)
    return subset.where(subset.notna(), None).to_dict(orient="records")


def as_json(result: ArticleResult) -> dict[str, Any]:
    """The CLI's JSON object (the shape gold files use too); `article` also names the organizations
    ingest found the article to be about, which gold files leave out."""
    rec = result.record
    article = {"id": result.article_id, "headline": rec.get("headline"), "published": rec.get("published")}
    return {
        "article": {**article, "organizations": list(rec.get("organizations") or [])},
        **{name: _records(getattr(result, name), columns) for name, columns in JSON_COLUMNS.items()},
    }


def main(args: argparse.Namespace) -> int:
    """`python -m helpers extract FILE --json`: print the extraction as one JSON object."""
    from helpers.text.sources import BadInput

    try:
        result = process_file(args.article, published=getattr(args, "published", "") or "")
    except (BadInput, OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    json.dump(as_json(result), sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0
