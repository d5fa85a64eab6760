"""The learned status step: its features on articles written for these tests (invented names, real role
titles), the shipped weights against the features the code produces, and the weights' round trip."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from helpers import contracts
from helpers.contracts import StatusCue
from helpers.extract import status_model
from helpers.extract.attendees import attendee_rows
from helpers.extract.mentions import sentence_rows, usable
from helpers.text import gazetteer
from helpers.text.tokenize import normalize

OPEN_VOCABULARIES = ("role=", "verb=")
"""Feature families whose values are the gazetteer's roles or a verb's class and tense: a value the
training pages never showed has no weight, and is ignored."""

DURING = [
    ("headline", "بختیار نورالدینوف، رئیس‌جمهور ازبکستان: همکاری منطقه‌ای را گسترش می‌دهیم"),
    ("body", "نشست سران سازمان همکاری شانگهای صبح امروز در شهر تاشکند آغاز شد."),
    ("body", "بختیار نورالدینوف گفت همکاری منطقه‌ای برای همه کشورها سودمند است."),
]
ABSENT = [
    ("headline", "نشست وزیران خارجه در مسکو برگزار شد"),
    ("body", "کامیل توردیف نخست‌وزیر تاجیکستان در این نشست شرکت نکرد."),
]
PRE_EVENT = [
    ("headline", "نشست سران هفته آینده برگزار می‌شود"),
    ("lead", "اجلاس سران سازمان همکاری اقتصادی هفته آینده در آستانه برگزار خواهد شد."),
    ("body", "سخنگوی وزارت امور خارجه ترکمنستان، مراد قلیچ‌اف، از آمادگی کشورش خبر داد."),
]


def rows(lines: list[tuple[str, str]], learned: bool = False) -> dict[str, dict]:
    """The named attendee rows of an article given as (section, text) lines, by name."""
    frame = pd.DataFrame(
        [(i, i, section, normalize(text)) for i, (section, text) in enumerate(lines)], columns=contracts.SENTENCES
    )
    gaz = gazetteer.load()
    found = attendee_rows(usable(sentence_rows(frame), gaz), gaz, learned=learned)
    return {r["name_fa"]: r for r in found if r["name_fa"]}


def test_a_leader_named_in_the_headline_of_a_report_written_during_the_meeting() -> None:
    features = rows(DURING)["بختیار نورالدینوف"]["_features"]  # Tashkent is in his state: the venue's
    assert {"first_section=headline", "in_headline", "leader", "role=president", "state=venue"} <= set(features)
    assert features["time_any=now"] == 1.0
    assert features["named=<=2"] == 1.0  # two sentences name him


def test_a_row_the_rules_gave_a_cue_keeps_it_as_a_feature() -> None:
    features = rows(ABSENT)["کامیل توردیف"]["_features"]
    assert {"rule=absent", "cue=absence", "first_section=body", "s_this_meeting", "role=prime_minister"} <= set(
        features
    )


def test_a_pre_event_report_reads_as_future() -> None:
    features = rows(PRE_EVENT)["مراد قلیچ‌اف"]["_features"]
    assert features["time_any=future"] == 1.0
    assert {"rule=mentioned", "cue=none", "role=spokesman", "first_section=body"} <= set(features)
    assert "leader" not in features


@pytest.mark.parametrize("lines", [DURING, ABSENT, PRE_EVENT], ids=["during", "absent", "pre-event"])
def test_the_shipped_weights_know_every_feature_the_code_produces(lines: list[tuple[str, str]]) -> None:
    """Fails when the features and the weights drift apart (a feature renamed, added or dropped without
    retraining: `make train-status`)."""
    known = set(status_model.load().vectorizer.feature_names_)
    for row in rows(lines).values():
        produced = {name for name in row["_features"] if not name.startswith(OPEN_VOCABULARIES)}
        assert produced <= known, f"features the weights lack (retrain): {sorted(produced - known)}"


def test_the_shipped_weights_are_whole() -> None:
    model = status_model.load()
    classes = set(model.classifier.classes_)
    assert {"attended", "mentioned", "expected"} <= classes <= set(contracts.AttendeeStatus)
    assert model.classifier.coef_.shape == (len(classes), len(model.vectorizer.feature_names_))
    assert model.revise <= set(contracts.AttendeeStatus)
    assert 0.0 <= model.margin < 1.0


def test_a_revised_row_says_context_and_a_kept_one_keeps_its_cue() -> None:
    before = rows(DURING + ABSENT[1:])
    after = rows(DURING + ABSENT[1:], learned=True)
    for name, row in after.items():
        changed = row["status"] != before[name]["status"]
        assert (row["cue"] == StatusCue.CONTEXT) == changed
        if not changed:
            assert row["cue"] == before[name]["cue"]


def test_weights_rebuild_the_fitted_model() -> None:
    """`dump` then `build` gives the same probabilities as the fitted objects: no hand-written softmax."""
    examples = [{"a": 1.0}, {"b": 1.0}, {"a": 1.0, "c": 1.0}, {"b": 1.0, "c": 1.0}, {"c": 1.0}, {"a": 1.0}]
    labels = ["attended", "mentioned", "attended", "expected", "mentioned", "expected"]
    vectorizer = DictVectorizer()
    classifier = LogisticRegression(C=1.0).fit(vectorizer.fit_transform(examples), labels)
    rebuilt = status_model.build(status_model.dump(vectorizer, classifier, revise=["mentioned"], margin=0.1))
    x = [{"a": 1.0, "c": 1.0}, {"b": 1.0}, {"unseen": 1.0}]
    assert np.allclose(
        rebuilt.classifier.predict_proba(rebuilt.vectorizer.transform(x)),
        classifier.predict_proba(vectorizer.transform(x)),
        atol=1e-5,
    )
    assert rebuilt.revise == frozenset({"mentioned"}) and rebuilt.margin == 0.1
