"""Score an extraction against a hand-made gold file: precision, recall and F1 per table.

Gold files (tests/gold/<article_id>.json) have the shape of `python -m helpers extract --json`:
{"article": {...}, "attendees": [...], "documents": [...], "dates": [...]}.

How rows are matched (one-to-one, greedily, in gold order):

- **attendees** — same status, and the same person: equal name keys (helpers.text.gazetteer.key of
  `name_fa`, so ZWNJ/space/letter-form differences do not count; the extracted `name_written`
  may match too). Nameless state rows match on status and state (ISO3, else the Persian name).
  This mirrors the extractor's collapse rule (one row per person, strongest status).
- **documents** — same action, and titles sharing at least half their words (Jaccard ≥ 0.5 over
  folded words), because where a title phrase starts and ends is a judgement call. Words compare
  without an indefinite or ezafe ending (helpers.extract.document_sameness.title_words: «بیانیه‌ای» =
  «بیانیه», «مشترکی» = «مشترک»): the indefinite article is no part of a title, and Persian puts it
  on the head noun or after the last adjective alike, so the gold's spelling of it decides nothing.
- **dates** — same start and end, and one surface contained in the other after folding.

Role, state, English name and section are not part of the match; `field_agreement` reports, for
the matched pairs, how often they agree, so a right person with a wrong role shows up there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import paths, storage
from helpers.contracts import VALUES_ATTR, Table
from helpers.extract import TABLES
from helpers.extract.document_sameness import title_words
from helpers.text.gazetteer import key

FIELDS = {
    "attendees": ("name_en", "role_fa", "country_fa", "country_iso3", "section"),
    "documents": ("title_en", "proposed_by_fa", "section"),
    "dates": ("calendar", "precision", "section"),
}
Row = dict[str, Any]
Details = dict[str, dict[str, Any]]
"""Per table: pairs, missed, spurious and field_agreement (see `score`)."""


def _blank(value: Any) -> Any:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) or value == "" else value


def records(rows: pd.DataFrame | list[Row]) -> list[Row]:
    """Rows as dicts with every blank (None, NaN, "") as None, so gold and extraction compare alike."""
    listed = rows.to_dict("records") if isinstance(rows, pd.DataFrame) else list(rows)
    return [{k: _blank(v) for k, v in r.items()} for r in listed]


def _same_attendee(gold: Row, got: Row) -> bool:
    if gold.get("status") != got.get("status"):
        return False
    if gold.get("name_fa"):
        names = {key(got.get("name_fa") or ""), key(got.get("name_written") or "")} - {""}
        return key(gold["name_fa"]) in names
    if got.get("name_fa"):
        return False
    if gold.get("country_iso3") or got.get("country_iso3"):
        return gold.get("country_iso3") == got.get("country_iso3")
    return key(gold.get("country_fa") or "") == key(got.get("country_fa") or "")


def _same_document(gold: Row, got: Row) -> bool:
    if gold.get("action") != got.get("action"):
        return False
    a, b = set(title_words(gold.get("title_fa") or "")), set(title_words(got.get("title_fa") or ""))
    return bool(a | b) and len(a & b) / len(a | b) >= 0.5


def _same_date(gold: Row, got: Row) -> bool:
    if str(gold.get("start")) != str(got.get("start")) or str(gold.get("end")) != str(got.get("end")):
        return False
    a, b = key(gold.get("surface") or ""), key(got.get("surface") or "")
    return bool(a and b) and (a in b or b in a)


MATCHERS: dict[str, Callable[[Row, Row], bool]] = {
    "attendees": _same_attendee,
    "documents": _same_document,
    "dates": _same_date,
}


def match(table: str, gold: list[Row], got: list[Row]) -> tuple[list[tuple[Row, Row]], list[Row], list[Row]]:
    """Pair gold rows with extracted rows; return (pairs, missed gold rows, spurious extracted rows)."""
    return pair(gold, got, MATCHERS[table])


def pair(
    gold: list[Row], got: list[Row], same: Callable[[Row, Row], bool]
) -> tuple[list[tuple[Row, Row]], list[Row], list[Row]]:
    """Each gold row with the first still-free extracted row `same` accepts, in gold order."""
    free = list(got)
    pairs, missed = [], []
    for g in gold:
        hit = next((r for r in free if same(g, r)), None)
        if hit is None:
            missed.append(g)
        else:
            pairs.append((g, hit))
            free.remove(hit)
    return pairs, missed, free


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _only(rows: list[Row], sections: tuple[str, ...] | None) -> list[Row]:
    return rows if sections is None else [r for r in rows if r.get("section") in sections]


def score(
    extracted: dict[str, pd.DataFrame | list[Row]],
    gold: dict[str, Any],
    sections: dict[str, tuple[str, ...]] | None = None,
) -> tuple[pd.DataFrame, Details]:
    """Per-table scores and the details (pairs, misses, spurious rows, field agreement).

    `sections` optionally restricts a table to rows of some sections on both sides
    (e.g. {"dates": ("body",)})."""
    sections = sections or {}
    rows, details = [], {}
    for table in TABLES:
        if table not in gold:
            continue
        g = _only(records(gold[table]), sections.get(table))
        e = _only(records(extracted.get(table, [])), sections.get(table))
        pairs, missed, spurious = match(table, g, e)
        p, r = _ratio(len(pairs), len(e)), _ratio(len(pairs), len(g))
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        agreement = {
            f: _ratio(sum(_blank(a.get(f)) == _blank(b.get(f)) for a, b in pairs), len(pairs)) for f in FIELDS[table]
        }
        rows.append(
            {
                "table": table,
                "gold": len(g),
                "extracted": len(e),
                "matched": len(pairs),
                "precision": round(p, 3),
                "recall": round(r, 3),
                "f1": round(f1, 3),
            }
        )
        details[table] = {"pairs": pairs, "missed": missed, "spurious": spurious, "field_agreement": agreement}
    scores = pd.DataFrame(rows)
    scores.attrs[VALUES_ATTR] = {"table": Table}
    return scores, details


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read a gold file, refusing one without the three tables."""
    try:
        gold = storage.read_json(path)
    except (OSError, ValueError) as err:
        raise ValueError(f"{path}: unreadable gold file ({err})") from err
    missing = [t for t in TABLES if not isinstance(gold.get(t), list)]
    if missing:
        raise ValueError(f"{path}: gold file lacks the list(s) {missing}")
    return gold


def score_file(
    extracted: dict[str, pd.DataFrame | list[Row]],
    gold_path: str | Path,
    sections: dict[str, tuple[str, ...]] | None = None,
) -> tuple[pd.DataFrame, Details]:
    """`score` against the gold file at `gold_path`."""
    return score(extracted, load_gold(gold_path), sections)


def gold_path(article_id: str) -> Path | None:
    """The article's gold file under tests/gold/, if someone has annotated it."""
    path = paths.GOLD / f"{article_id}.json"
    return path if path.exists() else None


def misses(details: Details) -> pd.DataFrame:
    """One row per missed gold row or spurious extracted row, for reading the errors."""
    label = {"attendees": ("name_fa", "status"), "documents": ("title_fa", "action"), "dates": ("surface", "start")}
    rows = [
        {
            "table": table,
            "kind": kind,
            "what": " · ".join(str(r.get(f)) for f in label[table]),
            "section": r.get("section"),
            "sentence_text": r.get("sentence_text"),
        }
        for table, d in details.items()
        for kind in ("missed", "spurious")
        for r in d[kind]
    ]
    table = pd.DataFrame(rows, columns=["table", "kind", "what", "section", "sentence_text"])
    table.attrs[VALUES_ATTR] = {"table": Table}
    return table
