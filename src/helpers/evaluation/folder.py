"""`python -m helpers evaluate FOLDER`: score the extractor on a folder of real pages against gold
annotations, per split of the manifest, the way the extraction issue measures it.

The pages themselves are third-party text and stay out of the repository (data/external/); the
gold files and the manifest (which page is in the tune half and which in the held-out half) are
ours, under tests/devset/. Tune on one half, report the other.

Measures, each micro-averaged over the pages of a split:

- persons: gold rows with a name against extracted rows with a name, matched on the folded name
  alone (status is scored separately, so a right person with a wrong status counts as found);
- status: share of the matched persons whose status agrees;
- documents: same action and titles sharing half their words (`evaluate.match`);
- dates with a year: the gold dates not marked relative, against the extracted dates not marked
  relative (a yearless «۸ اکتبر» has a digit but is counted from publication, so it is not one);
  relative dates: the gold dates marked relative, found among all extracted ones;
- publication date: pages that show one, where ingest read the same day."""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import paths, pipeline
from helpers.evaluation import evaluate
from helpers.text.gazetteer import key
from helpers.text.sources import BadInput

DEVSET = paths.ROOT / "tests" / "devset"
Row = dict[str, Any]


@dataclass
class Tally:
    """Counts for one split, summed page by page."""

    counts: Counter[str] = field(default_factory=Counter)
    misses: list[Row] = field(default_factory=list)

    def add(self, name: str, matched: int, gold: int, extracted: int | None = None) -> None:
        self.counts[f"{name}:matched"] += matched
        self.counts[f"{name}:gold"] += gold
        if extracted is not None:
            self.counts[f"{name}:extracted"] += extracted


def _named(rows: list[Row]) -> list[Row]:
    return [row for row in rows if row.get("name_fa")]


def _same_person(gold: Row, got: Row) -> bool:
    return key(gold["name_fa"]) in {key(got.get("name_fa") or ""), key(got.get("name_written") or "")}


def person_pairs(gold: list[Row], got: list[Row]) -> tuple[list[tuple[Row, Row]], list[Row], list[Row]]:
    """The named gold attendees each paired with the extracted row of the same person (status aside),
    and those of either side left over: how persons are matched for scoring."""
    return evaluate.pair(_named(gold), _named(got), _same_person)


def score_page(result: pipeline.ArticleResult, gold: dict[str, Any], tally: Tally) -> None:
    """Add one page's counts (and its misses, for reading) to `tally`."""
    page = result.article_id
    got = {name: evaluate.records(getattr(result, name)) for name in ("attendees", "documents", "dates")}
    pairs, missed, spurious = person_pairs(gold["attendees"], got["attendees"])
    tally.add("persons", len(pairs), len(pairs) + len(missed), len(pairs) + len(spurious))
    tally.add("status", sum(g["status"] == e["status"] for g, e in pairs), len(pairs))
    tally.misses += [{"page": page, "table": "persons", "kind": "missed", "what": r["name_fa"]} for r in missed]
    tally.misses += [{"page": page, "table": "persons", "kind": "spurious", "what": r["name_fa"]} for r in spurious]
    tally.misses += [
        {"page": page, "table": "status", "kind": f"{g['status']} read as {e['status']}", "what": g["name_fa"]}
        for g, e in pairs
        if g["status"] != e["status"]
    ]
    docs, missed_docs, spurious_docs = evaluate.match("documents", gold["documents"], got["documents"])
    tally.add("documents", len(docs), len(gold["documents"]), len(got["documents"]))
    tally.misses += [{"page": page, "table": "documents", "kind": "missed", "what": r["title_fa"]} for r in missed_docs]
    tally.misses += [
        {"page": page, "table": "documents", "kind": "spurious", "what": r["title_fa"]} for r in spurious_docs
    ]
    _score_dates(page, gold["dates"], got["dates"], tally)
    if gold["article"].get("published_shown"):
        right = result.record.get("published") == gold["article"].get("published")
        tally.add("published", int(right), 1)
        if not right:
            tally.misses.append(
                {"page": page, "table": "published", "kind": str(result.record.get("published")),
                 "what": gold["article"].get("published")}
            )  # fmt: skip


def _score_dates(page: str, gold: list[Row], got: list[Row], tally: Tally) -> None:
    absolute = [row for row in gold if not row.get("relative")]
    relative = [row for row in gold if row.get("relative")]
    written = [row for row in got if not row.get("relative")]
    pairs, missed, spurious = evaluate.match("dates", absolute, written)
    tally.add("dates", len(pairs), len(absolute), len(written))
    resolved, unresolved, _ = evaluate.match("dates", relative, got)
    tally.add("relative", len(resolved), len(relative))
    for kind, rows in (("missed", missed), ("spurious", spurious), ("relative missed", unresolved)):
        tally.misses += [{"page": page, "table": "dates", "kind": kind, "what": f"{r['surface']} {r['start']}"}
                         for r in rows]  # fmt: skip


def summary(tally: Tally) -> dict[str, str]:
    """The measures of one split as 'value (matched/total)' strings."""
    c, out = tally.counts, {}

    def ratio(name: str, part: str, whole: str) -> str:
        top, bottom = c[f"{name}:{part}"], c[f"{name}:{whole}"]
        return f"{top / bottom:.2f} ({top}/{bottom})" if bottom else "n/a (0)"

    for name, label in (("persons", "persons"), ("documents", "documents"), ("dates", "dates with a year")):
        out[f"{label} recall"] = ratio(name, "matched", "gold")
        out[f"{label} precision"] = ratio(name, "matched", "extracted")
    out["status right for persons found"] = ratio("status", "matched", "gold")
    out["relative dates resolved"] = ratio("relative", "matched", "gold")
    out["publication date right"] = ratio("published", "matched", "gold")
    return out


def evaluate_folder(
    folder: Path, gold_dir: Path, manifest: Path | None, only: str = ""
) -> tuple[pd.DataFrame, list[Row]]:
    """Scores per split (columns) for every page in `folder` that has a gold file; with `only`, the
    pages of that split alone (the others are not even run, so their misses stay unseen)."""
    splits = _splits(manifest)
    tallies: dict[str, Tally] = {}
    for text in sorted(folder.glob("*.txt")):
        gold_path = gold_dir / f"{text.stem}.json"
        if not gold_path.exists():
            continue
        split = splits.get(text.stem, "all")
        if only and split != only:
            continue
        tally = tallies.setdefault(split, Tally())
        try:
            score_page(pipeline.process_file(text), evaluate.load_gold(gold_path), tally)
        except BadInput as error:
            print(f"warning: {error}", file=sys.stderr)
    table = pd.DataFrame({split: summary(tally) for split, tally in sorted(tallies.items())})
    misses = [{"split": split, **row} for split, tally in sorted(tallies.items()) for row in tally.misses]
    return table, misses


def _splits(manifest: Path | None) -> dict[str, str]:
    if manifest is None or not manifest.exists():
        return {}
    with manifest.open(encoding="utf-8") as handle:
        return {row["id"]: row.get("split") or "all" for row in csv.DictReader(handle)}


def main(args: argparse.Namespace) -> int:
    """Print the scores table; with --misses, write every miss to a CSV for reading."""
    if not args.folder.is_dir():
        print(f"error: {args.folder}: not a folder of article texts", file=sys.stderr)
        return 2
    table, misses = evaluate_folder(args.folder, args.gold, args.manifest, getattr(args, "split", ""))
    if table.empty:
        print(f"error: {args.folder}: no .txt file of that split has a gold file in {args.gold}", file=sys.stderr)
        return 2
    print(table.to_string())
    if args.misses:
        pd.DataFrame(misses).to_csv(args.misses, index=False)
    return 0
