"""The learned status step: after the rules, a logistic regression over an attendee row's context
(helpers.extract.status_features) revises the status where no phrase of the text gave one.

The rules need a phrase binding a cue to the person; where none does they say `mentioned`, though a
reader still knows, say, that the head of state in the headline of a report written during the summit
was at it. The model learned that reading from the dev set's gold (tests/devset/train_status.py); its
weights are derived data shipped with the package (status_weights.json: vocabulary, coefficients,
intercepts, classes, the policy chosen by grouped cross-validation, and their provenance). At run time
the scikit-learn objects are rebuilt from them and asked for `predict_proba`."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue

WEIGHTS = "status_weights.json"


class Model(NamedTuple):
    """The fitted objects and the policy: which rules' statuses the model may replace (`revise`) and by
    how much its choice must beat the rules' status in probability (`margin`)."""

    vectorizer: DictVectorizer
    classifier: LogisticRegression
    revise: frozenset[str]
    margin: float


def build(weights: dict[str, Any]) -> Model:
    """The scikit-learn objects a weights record (`dump`'s output) describes."""
    vectorizer = DictVectorizer()
    vectorizer.feature_names_ = list(weights["features"])
    vectorizer.vocabulary_ = {name: i for i, name in enumerate(vectorizer.feature_names_)}
    classifier = LogisticRegression()
    classifier.classes_ = np.array(weights["classes"])
    classifier.coef_ = np.array(weights["coef"], dtype=float)
    classifier.intercept_ = np.array(weights["intercept"], dtype=float)
    classifier.n_features_in_ = len(vectorizer.feature_names_)
    return Model(vectorizer, classifier, frozenset(weights["revise"]), float(weights["margin"]))


def dump(vectorizer: DictVectorizer, classifier: LogisticRegression, **policy_and_provenance: Any) -> dict[str, Any]:
    """The weights record of fitted objects (plain lists, for JSON); `policy_and_provenance` holds
    `revise` and `margin` (see `Model`) and what the training says of itself."""
    return {
        "features": list(vectorizer.feature_names_),
        "classes": [str(c) for c in classifier.classes_],
        "coef": np.round(classifier.coef_, 6).tolist(),
        "intercept": np.round(classifier.intercept_, 6).tolist(),
        **policy_and_provenance,
    }


@cache
def load() -> Model:
    """The shipped model (package data)."""
    text = resources.files("helpers.extract").joinpath(WEIGHTS).read_text(encoding="utf-8")
    return build(json.loads(text))


def decide(model: Model, rows: list[dict]) -> list[Status | None]:
    """For each row (with its `_features`), the status the model gives it where that replaces the
    rules' (`Model.revise`, by at least `Model.margin`), else None."""
    if not rows:
        return []
    proba = model.classifier.predict_proba(model.vectorizer.transform([r["_features"] for r in rows]))
    classes = [str(c) for c in model.classifier.classes_]
    out: list[Status | None] = []
    for r, p in zip(rows, proba, strict=True):
        best = int(np.argmax(p))
        ruled = p[classes.index(r["status"])] if r["status"] in classes else 0.0
        revised = r["status"] in model.revise and classes[best] != r["status"] and p[best] - ruled >= model.margin
        out.append(Status(classes[best]) if revised else None)
    return out


def restatus(rows: list[dict], model: Model | None = None) -> list[dict]:
    """`rows` with the model's status where it revises the rules' (the `cue` then says
    StatusCue.CONTEXT: no phrase said it)."""
    named = [r for r in rows if r.get("_features")]
    for r, status in zip(named, decide(model or load(), named), strict=True):
        if status is not None:
            r["status"], r["cue"] = status, StatusCue.CONTEXT
    return rows
