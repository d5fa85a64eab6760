"""The file contracts between notebooks: which columns each table under `data/processed/<id>/` has.

Writers call `conform` before saving, so a table always has exactly these columns in this order;
tests check written tables against the same lists."""

from __future__ import annotations

import pandas as pd

SECTIONS = (
    "section",  # the site's section label, e.g. سیاست
    "read_time",  # «۲ دقیقه خواندن»
    "headline",
    "lead",
    "caption",
    "dateline",
    "body",
    "related",  # «مرتبط…» links inside the body
    "other_headline",  # the trailing list of other stories
    "boilerplate",  # repeated headline, list markers such as «اکسپلور», empty filler
)
"""Paragraph roles, in reading order."""

PARAGRAPHS = ["paragraph", "role", "text"]
SENTENCES = ["paragraph", "sentence", "role", "text"]
TOKENS = [
    "paragraph",
    "sentence",
    "position",
    "raw",
    "normalized",
    "lemma",
    "is_stopword",
    "is_punctuation",
    "is_number",
    "in_lexicon",
    "restored",
]
RESTORATIONS = ["paragraph", "before", "after", "rule"]
ATTENDEES = [
    "name_written",
    "name_fa",
    "name_en",
    "role_fa",
    "role_en",
    "country_fa",
    "country_en",
    "country_iso3",
    "status",
    "section",
    "paragraph",
    "sentence",
]
ATTENDEE_STATUSES = ("host", "attended", "chair", "absent", "incoming", "mentioned")
DOCUMENTS = ["title_fa", "title_en", "action", "proposed_by_fa", "proposed_by_en", "section", "paragraph", "sentence"]
DATES = [
    "surface",
    "start",
    "end",
    "calendar",
    "precision",
    "refers_to",
    "section",
    "paragraph",
    "sentence",
]
CALENDARS = ("gregorian", "jalali", "hijri")
PRECISIONS = ("day", "month", "year", "range")


def conform(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Return `df` with exactly `columns` in order, adding missing ones as empty (None)."""
    out = df.copy()
    for column in columns:
        if column not in out.columns:
            out[column] = None
    return out[columns]
