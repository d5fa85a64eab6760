"""Rebuild the dev set's manifest columns and README make-up table.

manifest.csv is the one hand-kept list of pages (url, outlet, query, ...). This script fills the
derived columns (sha256 of the stored text, published from the gold file, split) and rewrites
the make-up section of README.md. `--check` only verifies, exiting non-zero on a mismatch.

Split rule (fixed before annotating): pages of batches 1-4 are sorted by batch and id and, per
organization, alternate tune/heldout, continuing each organization's alternation from the previous
batch; from batch 5 on, every page of batch N is held out whole as `heldoutN` (batch 5 `heldout5`,
batch 6 `heldout6`, ...): each fresh batch is scored once and can then be opened for tuning without
touching the next one. A page's split therefore never changes once its batch has landed."""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TEXTS = ROOT / "data" / "external" / "devset"
MANIFEST = HERE / "manifest.csv"
README = HERE / "README.md"
COLUMNS = [
    "id",
    "url",
    "outlet",
    "outlet_kind",
    "organization",
    "meeting_kind",
    "event_format",
    "report_kind",
    "language",
    "published",
    "year",
    "query",
    "sha256",
    "batch",
    "split",
]
BEGIN, END = "<!-- makeup:begin -->", "<!-- makeup:end -->"
FRESH_BATCH = 5  # batches from here on are held out whole, each as its own split `heldout{batch}`


def read_rows() -> list[dict[str, str]]:
    with MANIFEST.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        missing = [c for c in COLUMNS if c not in row]
        if missing:
            sys.exit(f"{MANIFEST}: row {row.get('id')} lacks columns {missing}")
    return rows


def assign_splits(rows: list[dict[str, str]]) -> None:
    """Batches before FRESH_BATCH: alternate tune/heldout per organization, batch by batch, ids
    sorted within a batch. Later batches: each whole batch is `heldout{batch}`, so it can be scored
    once and opened for tuning while the next batch stays unseen."""
    seen: Counter[str] = Counter()
    for row in sorted(rows, key=lambda r: (int(r["batch"]), r["id"])):
        if (batch := int(row["batch"])) >= FRESH_BATCH:
            row["split"] = f"heldout{batch}"
            continue
        org = row["organization"]
        row["split"] = "tune" if seen[org] % 2 == 0 else "heldout"
        seen[org] += 1


def fill(rows: list[dict[str, str]], texts: Path) -> None:
    for row in rows:
        text = texts / f"{row['id']}.txt"
        if text.exists():
            row["sha256"] = hashlib.sha256(text.read_bytes()).hexdigest()
        gold = HERE / "gold" / f"{row['id']}.json"
        if gold.exists():
            row["published"] = json.loads(gold.read_text(encoding="utf-8"))["article"]["published"] or ""


def stale_gold(rows: list[dict[str, str]], texts: Path) -> list[str]:
    """Gold rows whose name, date surface or title does not occur in the stored text (folded as
    the scorer folds, a line break counting as a space: pages wrap lines mid-title), and ids
    without a gold file; only for texts present on this machine."""
    from helpers.text.gazetteer import key  # the scorer's fold; imported here so plain rebuilds need no src

    problems = []
    for row in rows:
        text, gold_path = texts / f"{row['id']}.txt", HERE / "gold" / f"{row['id']}.json"
        if not gold_path.exists():
            problems.append(f"{row['id']}: no gold file")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        problems += [  # a proposer's name typed into `count` (session 17's audit of batch 35b found two pages)
            f"{row['id']}: document «{d['title_fa']}» count {d['count']!r} is not a whole number"
            for d in gold["documents"]
            if d.get("count") is not None and type(d["count"]) is not int
        ]
        if not text.exists():
            continue
        folded = key(text.read_text(encoding="utf-8").replace("\n", " "))
        spans = [("name", a["name_fa"]) for a in gold["attendees"] if a["name_fa"]]
        spans += [("date", d["surface"]) for d in gold["dates"]] + [("title", d["title_fa"]) for d in gold["documents"]]
        wanted = Counter(spans)
        problems += [
            f"{row['id']}: {kind} «{span}» ×{n} not in the text"
            for (kind, span), n in wanted.items()
            if folded.count(key(span)) < (n if kind == "date" else 1)
        ]
    return problems


def table(rows: list[dict[str, str]], down: str, across: str) -> str:
    cols = sorted({r[across] for r in rows})
    counts = Counter((r[down], r[across]) for r in rows)
    lines = [f"| {down} \\ {across} | " + " | ".join(cols) + " | total |", "|---" * (len(cols) + 2) + "|"]
    for value in sorted({r[down] for r in rows}):
        cells = [str(counts[(value, c)] or "") for c in cols]
        lines.append(f"| {value} | " + " | ".join(cells) + f" | {sum(counts[(value, c)] for c in cols)} |")
    return "\n".join(lines)


def gold_counts(rows: list[dict[str, str]]) -> str:
    """Per split: what the gold holds (pages with a shown publication date, persons by status,
    documents, dates and relative dates), so scores can be read against their denominators."""
    statuses = ("host", "chair", "attended", "incoming", "expected", "absent", "mentioned")
    head = ["pages", "published shown", "persons", *statuses, "state rows", "documents", "dates", "relative dates"]
    lines = ["| split | " + " | ".join(head) + " |", "|---" * (len(head) + 1) + "|"]
    for split in sorted({r["split"] for r in rows}):
        golds = [
            json.loads(path.read_text(encoding="utf-8"))
            for r in rows
            if r["split"] == split and (path := HERE / "gold" / f"{r['id']}.json").exists()
        ]
        people = [a for g in golds for a in g["attendees"]]
        status = Counter(a["status"] for a in people if a["name_fa"])
        dates = [d for g in golds for d in g["dates"]]
        cells = [
            len(golds),
            sum(g["article"]["published_shown"] for g in golds),
            sum(status.values()),
            *(status[s] for s in statuses),
            sum(not a["name_fa"] for a in people),
            sum(len(g["documents"]) for g in golds),
            len(dates),
            sum(d["relative"] for d in dates),
        ]
        lines.append(f"| {split} | " + " | ".join(map(str, cells)) + " |")
    return "\n".join(lines)


def makeup(rows: list[dict[str, str]]) -> str:
    for r in rows:
        r["years"] = f"{int(r['year']) // 5 * 5}–{int(r['year']) // 5 * 5 + 4}"
    parts = [
        f"{len(rows)} pages, {len({r['outlet'] for r in rows})} outlets, "
        f"{len({r['organization'] for r in rows})} organizations, years {min(r['year'] for r in rows)}–"
        f"{max(r['year'] for r in rows)}; split: "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["split"] for r in rows).items())),
        "",
        gold_counts(rows),
        "",
        table(rows, "organization", "outlet_kind"),
        "",
        table(rows, "organization", "years"),
        "",
        table(rows, "outlet", "split"),
        "",
        table(rows, "organization", "report_kind"),
        "",
        table(rows, "organization", "meeting_kind"),
        "",
        table(rows, "event_format", "split"),
    ]
    for r in rows:
        del r["years"]
    return "\n".join(parts)


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(rows, key=lambda r: r["id"]))
    return buf.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify only; exit 1 if anything would change")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="folder of the stored page texts")
    args = parser.parse_args()
    if not args.texts.is_dir():  # a worktree has no git-ignored texts: sha256 and the gold check would go unchecked
        sys.exit(f"{args.texts}: no such folder; pass --texts with the folder that holds the page texts")
    rows = read_rows()
    assign_splits(rows)
    fill(rows, args.texts)
    manifest = render(rows)
    readme = README.read_text(encoding="utf-8")
    if BEGIN not in readme or END not in readme:
        sys.exit(f"{README}: lacks the {BEGIN} / {END} markers")
    head, rest = readme.split(BEGIN, 1)
    new_readme = head + BEGIN + "\n" + makeup(rows) + "\n" + END + rest.split(END, 1)[1]
    if args.check:
        problems = stale_gold(rows, args.texts)
        if problems:
            sys.exit("\n".join(problems))
        stale = [
            p.name for p, new in ((MANIFEST, manifest), (README, new_readme)) if p.read_text(encoding="utf-8") != new
        ]
        sys.exit(f"stale: {stale}" if stale else 0)
    for path, text in ((MANIFEST, manifest), (README, new_readme)):
        tmp = path.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)


if __name__ == "__main__":
    main()
