"""What a run reports: each notebook's step, each article's outcome (saved as run.json), the final table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from helpers import storage
from helpers.run.layout import Layout


@dataclass
class Step:
    name: str
    status: str = "not run"
    seconds: float = 0.0
    error: str = ""
    html: str = ""
    executed: str = ""
    failed_notebook: str = ""
    failed_html: str = ""


@dataclass
class Outcome:
    """One article's run, also saved as reports/<id>/run.json for the index."""

    article_id: str
    source: str
    status: str = "failed"
    seconds: float = 0.0
    error: str = ""
    sha256: str = ""
    processed_dir: str = ""
    started: str = ""
    notebooks: list[Step] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = dict(vars(self))
        data["notebooks"] = [dict(vars(step)) for step in self.notebooks]
        return data

    def save(self, layout: Layout) -> None:
        storage.write_json(layout.run_json, self.as_dict())


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def first_line(text: str, limit: int = 120) -> str:
    """The first non-blank line of an error message, cut to `limit` characters."""
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    line = lines[0] if lines else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def table(outcomes: list[Outcome]) -> str:
    """The table printed at the end: article, status, seconds, error."""
    width = max([len("article")] + [len(o.article_id) for o in outcomes])
    lines = [f"{'article':<{width}}  {'status':<8}  {'seconds':>7}  error"]
    lines += [f"{o.article_id:<{width}}  {o.status:<8}  {o.seconds:>7.1f}  {o.error}" for o in outcomes]
    failed = sum(o.status == "failed" for o in outcomes)
    lines.append(f"{len(outcomes)} article(s): {len(outcomes) - failed} succeeded, {failed} failed")
    return "\n".join(lines)


def organization_notes(outcomes: list[Outcome], reference_dir: str | None = None) -> list[str]:
    """One line per article about an organization without reference data (its reports say the same),
    or about none that ingest could find: 04 and 05 plot nothing for those rather than another
    organization. Not for skipped articles: their note is unchanged from their last run, and an
    unchanged rerun (P4) should not import pandas for it."""
    ran = [outcome for outcome in outcomes if outcome.status != "skipped"]
    if not ran:
        return []
    from helpers import contracts, reference

    available = set(reference.organizations(reference_dir or None))
    lines = []
    for outcome in ran:
        record_path = Path(outcome.processed_dir) / contracts.ARTICLE if outcome.processed_dir else None
        if record_path is None or not record_path.exists():
            continue
        found = storage.read_json(record_path).get("organizations") or []
        missing = [org for org in found if org not in available]
        if not found:
            lines.append(f"note: {outcome.article_id}: no organization found in the article; no reference figures")
        elif missing:
            lines.append(f"note: {outcome.article_id}: no reference data for {', '.join(missing)}; not plotted")
    return lines
