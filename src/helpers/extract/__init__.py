"""Extraction of the three tables a researcher cites — attendees, documents, dates — from one
article's `sentences` table (schema.SENTENCES: paragraph, sentence, role, normalized text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from helpers import paths, storage
from helpers.extract.attendees import extract_attendees
from helpers.extract.dates import extract_dates
from helpers.extract.documents import extract_documents

TABLES = ("attendees", "documents", "dates")


def published_date(record: dict) -> dt.date | None:
    """The article's publication date (article.json's ISO `published`), which relative dates count from."""
    return dt.date.fromisoformat(record["published"]) if record.get("published") else None


def extract_all(sentences: pd.DataFrame, published: dt.date | None) -> dict[str, pd.DataFrame]:
    """All three tables; documents reuse the attendees to name who proposed what."""
    attendees = extract_attendees(sentences)
    return {
        "attendees": attendees,
        "documents": extract_documents(sentences, attendees),
        "dates": extract_dates(sentences, published),
    }


def run_step(article_id: str, processed_base: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """The extract step of the suite: read the tokenize step's sentences and the article record,
    write attendees, documents and dates (Parquet + CSV) beside them, and return the tables."""
    folder = paths.processed_dir(article_id, processed_base)
    sentences = storage.read_table(folder / "sentences")
    record = storage.read_json(folder / "article.json")
    tables = extract_all(sentences, published_date(record))
    for name, df in tables.items():
        storage.write_table(df, folder / name)
    return tables
