"""Train the learned status step (helpers.extract.status_model) on the dev set's open batches and measure
it honestly: leave-one-group-out over batch groups, rules alone against rules + model on each held-out
group.

Usage: python tests/devset/train_status.py TEXTS [--rows CACHE] [--write]

TEXTS is a folder of page texts named <id>.txt. Only pages whose manifest batch is at most MAX_BATCH are
read (explicitly, from the manifest's `batch` column: later batches are being annotated and scored once,
unseen). Each page runs through the extractor with the rules' statuses kept (`learned=False`), its named
rows are paired with the gold persons the way scoring pairs them (helpers.evaluation.folder.person_pairs),
and each pair is one example: the row's features, the rules' status, the gold status. `--rows` keeps those
examples in a JSON file, so a second run skips the extraction. The policy (which rules' statuses the model
may revise, the probability margin, the regularization) is chosen by the mean cross-validated accuracy;
`--write` fits it on every example and writes src/helpers/extract/status_weights.json with the CV table
as provenance. The score of the open set after that is inflated (trained on it); the next fresh batch is
the measure."""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from itertools import product
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from helpers.evaluation import evaluate
from helpers.evaluation.folder import person_pairs
from helpers.extract import attendee_records, published_date, status_model
from helpers.text import ingest, tokenize

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WEIGHTS = ROOT / "src" / "helpers" / "extract" / status_model.WEIGHTS
MAX_BATCH = 27
"""The last batch open for training; batch 28 is held out and must never be read."""
GROUPS = ((1, 10), (11, 16), (17, 20), (21, 22), (23, 24), (25, 26), (27, 27))
"""Batch groups left out one at a time (batches 1–4 are the tune and heldout splits)."""
REVISE = {"mentioned": ("mentioned",), "common": ("mentioned", "expected", "attended")}
"""Which rules' statuses the model may replace: only where no phrase bound a cue (`mentioned`), or also the
two common cue-bound ones. Never the rare ones (host, chair, absent, incoming: a few dozen training rows
each, too few for the model to overrule a phrase that says them; letting it tied with "common" in CV and
turned a plain «در این نشست شرکت نکرد» into attended)."""
MARGINS = (0.0, 0.1, 0.2, 0.3)
CS = (0.1, 0.3, 1.0)
Example = dict[str, Any]


def batches(manifest: Path) -> dict[str, int]:
    """Page id -> batch, for the pages of batch MAX_BATCH or earlier only."""
    with manifest.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {row["id"]: int(row["batch"]) for row in rows if int(row["batch"]) <= MAX_BATCH}


def examples(texts: Path, gold: Path, open_batches: dict[str, int]) -> Iterator[Example]:
    """One example per gold person the extractor found, on every open page of `texts` that has gold."""
    for page, batch in sorted(open_batches.items()):
        text, answer = texts / f"{page}.txt", gold / f"{page}.json"
        if not (text.exists() and answer.exists()):
            continue
        article = ingest.load(text)
        sentences = tokenize.tokenize(article.paragraphs).sentences
        rows = attendee_records(sentences, published_date(article.record), learned=False)
        pairs, _, _ = person_pairs(evaluate.load_gold(answer)["attendees"], rows)
        for g, r in pairs:
            yield {"page": page, "batch": batch, "features": r["_features"], "rule": r["status"], "gold": g["status"]}


def fit(train: Sequence[Example], c: float) -> status_model.Model:
    """A model fitted on `train` (policy fields left open: `with_policy` sets them)."""
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([e["features"] for e in train])
    classifier = LogisticRegression(C=c, max_iter=2000)
    classifier.fit(x, [e["gold"] for e in train])
    return status_model.Model(vectorizer, classifier, frozenset(), 0.0)


def with_policy(model: status_model.Model, revise: str, margin: float) -> status_model.Model:
    return model._replace(revise=frozenset(REVISE[revise]), margin=margin)


def accuracy(test: Sequence[Example], model: status_model.Model | None) -> float:
    """Share of `test` whose status is right: the rules' alone (no model), or after the model's step."""
    if model is None:
        return float(np.mean([e["rule"] == e["gold"] for e in test]))
    rows = [{"status": e["rule"], "_features": e["features"]} for e in test]
    decided = status_model.decide(model, rows)
    return float(np.mean([(d or e["rule"]) == e["gold"] for d, e in zip(decided, test, strict=True)]))


def in_group(group: tuple[int, int]) -> Callable[[Example], bool]:
    return lambda e: group[0] <= e["batch"] <= group[1]


def cross_validate(data: Sequence[Example]) -> dict[tuple[float, str, float], list[dict[str, Any]]]:
    """Per policy (C, revise, margin), each held-out group's n and accuracy, rules alone and with the model."""
    out: dict[tuple[float, str, float], list[dict[str, Any]]] = {}
    for group in GROUPS:
        test = [e for e in data if in_group(group)(e)]
        train = [e for e in data if not in_group(group)(e)]
        rules = accuracy(test, None)
        for c in CS:
            fitted = fit(train, c)
            for revise, margin in product(REVISE, MARGINS):
                model = accuracy(test, with_policy(fitted, revise, margin))
                row = {"group": f"{group[0]}-{group[1]}", "n": len(test), "rules": rules, "model": model}
                out.setdefault((c, revise, margin), []).append(row)
    return out


def mean(folds: list[dict[str, Any]], key: str) -> float:
    return float(np.mean([f[key] for f in folds]))


def report(folds: list[dict[str, Any]]) -> str:
    lines = [f"{'held out':>9} {'n':>5} {'rules':>6} {'+model':>7}"]
    lines += [f"{f['group']:>9} {f['n']:>5} {f['rules']:6.3f} {f['model']:7.3f}" for f in folds]
    lines.append(f"{'mean':>9} {'':>5} {mean(folds, 'rules'):6.3f} {mean(folds, 'model'):7.3f}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", type=Path)
    parser.add_argument("--gold", type=Path, default=HERE / "gold")
    parser.add_argument("--manifest", type=Path, default=HERE / "manifest.csv")
    parser.add_argument("--rows", type=Path, help="cache of the examples (JSON), read if present")
    parser.add_argument("--write", action="store_true", help=f"fit on all examples and write {WEIGHTS.name}")
    args = parser.parse_args()
    if args.rows and args.rows.exists():
        data = json.loads(args.rows.read_text(encoding="utf-8"))
    else:
        data = list(examples(args.texts, args.gold, batches(args.manifest)))
        if args.rows:
            args.rows.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    print(f"{len(data)} examples from {len({e['page'] for e in data})} pages", file=sys.stderr)
    cv = cross_validate(data)
    best = max(cv, key=lambda policy: (mean(cv[policy], "model"), policy[2]))
    for policy, folds in sorted(cv.items()):
        print(f"C={policy[0]} revise={policy[1]} margin={policy[2]}: {mean(folds, 'model'):.4f}")
    print(f"chosen C={best[0]} revise={best[1]} margin={best[2]}\n{report(cv[best])}")
    if args.write:
        fitted = with_policy(fit(data, best[0]), best[1], best[2])
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True, text=True
        )
        weights = status_model.dump(
            fitted.vectorizer,
            fitted.classifier,
            revise=sorted(fitted.revise),
            margin=fitted.margin,
            provenance={
                "trained_at": commit.stdout.strip(),
                "batches": f"1-{MAX_BATCH}",
                "rows": len(data),
                "pages": len({e["page"] for e in data}),
                "C": best[0],
                "cv": cv[best],
            },
        )
        WEIGHTS.write_text(json.dumps(weights, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
