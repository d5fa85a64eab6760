"""What one article contributes to the reference plots: its date, its attendees, its own dates.

Each piece is optional. The membership and cadence notebooks must run before (or without) the
extraction step, so a missing file becomes a plain sentence in `notes` instead of an error."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from helpers import contracts, paths, storage


class Note(NamedTuple):
    """A note for the reader in both languages; the notebooks print the one `labels` asks for
    (`lab.name(note.english, note.persian, labels)`). The Persian one begins with a Persian word, so
    that it reads right to left in the report's output block."""

    english: str
    persian: str


@dataclass
class Overlay:
    """The article's publication date and tables; None where the step that writes them has not run."""

    article_id: str
    published: pd.Timestamp | None = None
    organizations: list[str] = field(default_factory=list)
    attendees: pd.DataFrame | None = None
    named_as_taking_part: pd.DataFrame | None = None
    dates: pd.DataFrame | None = None
    notes: list[Note] = field(default_factory=list)


def load_overlay(article_id: str, processed_base: str | Path | None = None) -> Overlay:
    """Read article.json, attendees.parquet, named_as_taking_part.parquet and dates.parquet for `article_id`
    where they exist (the attendees' note speaks for the extraction step's tables)."""
    folder = paths.processed_dir(article_id, processed_base or None)
    overlay = Overlay(article_id=article_id)
    record_path = folder / contracts.ARTICLE
    if record_path.exists():
        record = storage.read_json(record_path)
        published = record.get("published")
        overlay.organizations = list(record.get("organizations") or [])
        overlay.published = pd.Timestamp(published) if published else None
        if overlay.published is None:
            overlay.notes.append(
                Note(
                    f"{record_path}: no publication date; the article is not placed on the time axis "
                    "(give it with -p published YYYY-MM-DD).",
                    f"خبر {article_id} تاریخ انتشار ندارد، پس روی محور زمان نمی‌آید "
                    "(تاریخ را با \u200e-p published YYYY-MM-DD\u200e بدهید).",
                )
            )
    else:
        overlay.notes.append(
            Note(
                f"{record_path}: not found (run 01_ingest); the article is not placed on the time axis.",
                f"پروندهٔ {contracts.ARTICLE} برای خبر {article_id} نیست (نخست 01_ingest را اجرا کنید)؛ "
                "خبر روی محور زمان نمی‌آید.",
            )
        )
    overlay.attendees = _optional_table(
        folder, contracts.Table.ATTENDEES, overlay.notes, ("attendance", "حضور در نشست")
    )
    named = folder / contracts.Table.NAMED_AS_TAKING_PART.file
    if named.exists():
        overlay.named_as_taking_part = contracts.conform(storage.read_table(named), contracts.NAMED_AS_TAKING_PART)
    overlay.dates = _optional_table(
        folder, contracts.Table.DATES, overlay.notes, ("the article's own dates", "تاریخ‌های خود خبر")
    )
    return overlay


def _optional_table(
    folder: Path, table: contracts.Table, notes: list[Note], what: tuple[str, str]
) -> pd.DataFrame | None:
    path = folder / table.file
    if not path.exists():
        notes.append(
            Note(
                f"{path.name}: not found (run 03_extract); plots are drawn without {what[0]}.",
                f"پروندهٔ {path.name} نیست (نخست 03_extract را اجرا کنید)؛ نمودارها بی {what[1]} کشیده می‌شوند.",
            )
        )
        return None
    return contracts.conform(storage.read_table(path), table.columns)


@dataclass
class Choice:
    """The organizations to plot for an article, and why others are not plotted."""

    organizations: list[str]
    notes: list[Note]


def choose(article: Overlay, organization: str, available: list[str]) -> Choice:
    """Which organizations' reference data to plot: those named by the `organization` parameter
    (comma-separated ids) when it is set, else those the article is about (as ingest detected
    them); never an organization the article is not about. Each one without reference data, or an
    article about none, gets a note instead of another organization's plots."""
    wanted = [part.strip() for part in organization.split(",") if part.strip()] or article.organizations
    given = bool(organization.strip())
    source = "the organization parameter" if given else "the article (detected by 01_ingest)"
    source_fa = "پارامتر organization" if given else "یافتهٔ 01_ingest در خبر"
    if not wanted:
        note = Note(
            f"{article.article_id}: no organization detected in the article, so no reference figures are drawn; "
            f"set the organization parameter (one of: {', '.join(available)}).",
            f"در خبر {article.article_id} سازمانی یافت نشد، پس نمودار مرجعی کشیده نمی‌شود؛ "
            f"پارامتر organization را بدهید (یکی از: {', '.join(available)}).",
        )
        return Choice([], [note])
    plotted = [org for org in wanted if org in available]
    notes = [
        Note(
            f"{org} (from {source}) has no reference data under data/raw/reference/; nothing is plotted for it "
            f"(reference data exists for: {', '.join(available)}).",
            f"برای سازمان {org} ({source_fa}) دادهٔ مرجعی در data/raw/reference/ نیست؛ نموداری برای آن "
            f"کشیده نمی‌شود، نه نمودار سازمانی دیگر (دادهٔ مرجع هست برای: {', '.join(available)}).",
        )
        for org in wanted
        if org not in available
    ]
    return Choice(plotted, notes)
