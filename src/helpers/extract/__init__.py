"""Extraction of the three tables a researcher cites — attendees, documents, dates — from one
article's `sentences` table (schema.SENTENCES: paragraph, sentence, role, normalized text)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from helpers.extract.attendees import extract_attendees
from helpers.extract.dates import extract_dates
from helpers.extract.documents import extract_documents

TABLES = ("attendees", "documents", "dates")


def extract_all(sentences: pd.DataFrame, published: dt.date | None) -> dict[str, pd.DataFrame]:
    """All three tables; documents reuse the attendees to name who proposed what."""
    attendees = extract_attendees(sentences)
    return {
        "attendees": attendees,
        "documents": extract_documents(sentences, attendees),
        "dates": extract_dates(sentences, published),
    }
