"""Extraction of the three tables a researcher cites — attendees, documents, dates — from one
article's `sentences` table (contracts.SENTENCES: paragraph, sentence, section, normalized text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from helpers import contracts, paths, storage
from helpers.extract.attendees import article_day, dated_days, read_attendees
from helpers.extract.dates import date_rows, date_tuples
from helpers.extract.documents import document_rows
from helpers.extract.mentions import Sentence, sentence_rows, table, usable
from helpers.extract.report_time import report_times
from helpers.text import gazetteer

TABLES = ("attendees", "documents", "dates")


def published_date(record: dict) -> dt.date | None:
    """The article's publication date (article.json's ISO `published`), which relative dates count from."""
    return dt.date.fromisoformat(record["published"]) if record.get("published") else None


def extract_all(sentences: pd.DataFrame, published: dt.date | None) -> dict[str, pd.DataFrame]:
    """The extraction's tables: attendees, the states named as taking part, documents and dates. The
    sentences are read, folded and scanned for gazetteer entries once for all of them; documents
    reuse the attendee rows to name who proposed what, and attendees are read on the article's date
    (attendees.article_day: published, else from the dates table)."""
    rows = sentence_rows(sentences)
    dates = date_rows(rows, published)
    attendees, named, documents = _people_and_documents(
        rows, article_day(published, dates), dated_days(published, dates)
    )
    return {
        "attendees": table(attendees, contracts.ATTENDEES),
        "named_as_taking_part": contracts.frame(  # typed: the table is most often empty
            contracts.from_records(named, contracts.NAMED_AS_TAKING_PART), contracts.NAMED_AS_TAKING_PART
        ),
        "documents": table(documents, contracts.DOCUMENTS),
        "dates": dates,
    }


def extract_columns(sentences: contracts.Columns, published: dt.date | None) -> dict[str, contracts.Columns]:
    """`extract_all`'s tables as column lists, from the sentences' column lists: no frame either
    way (corpus mode, P3). No corpus dataset holds the states named as taking part."""
    rows = list(map(Sentence, *(sentences[c] for c in contracts.SENTENCES)))
    dates = contracts.from_tuples(date_tuples(rows, published), contracts.DATES)
    attendees, _, documents = _people_and_documents(rows, article_day(published, dates), dated_days(published, dates))
    return {
        "attendees": contracts.from_records(attendees, contracts.ATTENDEES),
        "documents": contracts.from_records(documents, contracts.DOCUMENTS),
        "dates": dates,
    }


def _people_and_documents(
    rows: list[Sentence], day: dt.date | None, dated: dict[int, list[tuple[str, bool]]]
) -> tuple[list[dict], list[dict], list[dict]]:
    """The attendees, the states named as taking part and the documents."""
    gaz = gazetteer.load()
    own = usable(rows, gaz)
    times = report_times(own, day.year if day else None, dated)  # the report's time, read once for both
    attendees, named = read_attendees(own, gaz, day, dated, times)
    return attendees, named, document_rows(own, attendees, gaz, day, dated, times)


def run_step(article_id: str, processed_base: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """The extract step of the suite: read the tokenize step's sentences and the article record,
    write its tables (Parquet + CSV) beside them, and return the tables."""
    folder = paths.processed_dir(article_id, processed_base)
    sentences = storage.read_table(folder / "sentences")
    record = storage.read_json(folder / "article.json")
    tables = extract_all(sentences, published_date(record))
    for name, df in tables.items():
        storage.write_table(df, folder / name)
    return tables
