"""What one article contributes to the reference plots: its date, its attendees, its own dates.

Each piece is optional. The membership and cadence notebooks must run before (or without) the
extraction step, so a missing file becomes a plain sentence in `notes` instead of an error."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers import contracts, paths, storage


@dataclass
class Overlay:
    """The article's publication date and tables; None where the step that writes them has not run."""

    article_id: str
    published: pd.Timestamp | None = None
    attendees: pd.DataFrame | None = None
    dates: pd.DataFrame | None = None
    notes: list[str] = field(default_factory=list)


def load_overlay(article_id: str, processed_base: str | Path | None = None) -> Overlay:
    """Read article.json, attendees.parquet and dates.parquet for `article_id` where they exist."""
    folder = paths.processed_dir(article_id, processed_base or None)
    overlay = Overlay(article_id=article_id)
    record_path = folder / "article.json"
    if record_path.exists():
        published = storage.read_json(record_path).get("published")
        overlay.published = pd.Timestamp(published) if published else None
        if overlay.published is None:
            overlay.notes.append(f"{record_path}: no publication date; the article is not placed on the time axis.")
    else:
        overlay.notes.append(f"{record_path}: not found (run 01_ingest); the article is not placed on the time axis.")
    overlay.attendees = _optional_table(folder / "attendees.parquet", contracts.ATTENDEES, overlay.notes, "attendance")
    overlay.dates = _optional_table(folder / "dates.parquet", contracts.DATES, overlay.notes, "the article's own dates")
    return overlay


def _optional_table(path: Path, columns: list[str], notes: list[str], what: str) -> pd.DataFrame | None:
    if not path.exists():
        notes.append(f"{path.name}: not found (run 03_extract); plots are drawn without {what}.")
        return None
    return contracts.conform(storage.read_table(path), columns)
