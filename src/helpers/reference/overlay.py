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
    organizations: list[str] = field(default_factory=list)
    attendees: pd.DataFrame | None = None
    dates: pd.DataFrame | None = None
    notes: list[str] = field(default_factory=list)


def load_overlay(article_id: str, processed_base: str | Path | None = None) -> Overlay:
    """Read article.json, attendees.parquet and dates.parquet for `article_id` where they exist."""
    folder = paths.processed_dir(article_id, processed_base or None)
    overlay = Overlay(article_id=article_id)
    record_path = folder / contracts.ARTICLE
    if record_path.exists():
        record = storage.read_json(record_path)
        published = record.get("published")
        overlay.organizations = list(record.get("organizations") or [])
        overlay.published = pd.Timestamp(published) if published else None
        if overlay.published is None:
            overlay.notes.append(f"{record_path}: no publication date; the article is not placed on the time axis.")
    else:
        overlay.notes.append(f"{record_path}: not found (run 01_ingest); the article is not placed on the time axis.")
    overlay.attendees = _optional_table(folder, contracts.Table.ATTENDEES, overlay.notes, "attendance")
    overlay.dates = _optional_table(folder, contracts.Table.DATES, overlay.notes, "the article's own dates")
    return overlay


def _optional_table(folder: Path, table: contracts.Table, notes: list[str], what: str) -> pd.DataFrame | None:
    path = folder / table.file
    if not path.exists():
        notes.append(f"{path.name}: not found (run 03_extract); plots are drawn without {what}.")
        return None
    return contracts.conform(storage.read_table(path), table.columns)


@dataclass
class Choice:
    """The organizations to plot for an article, and why others are not plotted."""

    organizations: list[str]
    notes: list[str]


def choose(article: Overlay, organization: str, available: list[str]) -> Choice:
    """Which organizations' reference data to plot: those named by the `organization` parameter
    (comma-separated ids) when it is set, else those the article is about (as ingest detected
    them); never an organization the article is not about. Each one without reference data, or an
    article about none, gets a note instead of another organization's plots."""
    wanted = [part.strip() for part in organization.split(",") if part.strip()] or article.organizations
    source = "the organization parameter" if organization.strip() else "the article (detected by 01_ingest)"
    if not wanted:
        note = (
            f"{article.article_id}: no organization detected in the article, so no reference figures are drawn; "
            f"set the organization parameter (one of: {', '.join(available)})."
        )
        return Choice([], [note])
    plotted = [org for org in wanted if org in available]
    notes = [
        f"{org} (from {source}) has no reference data under data/raw/reference/; nothing is plotted for it "
        f"(reference data exists for: {', '.join(available)})."
        for org in wanted
        if org not in available
    ]
    return Choice(plotted, notes)
