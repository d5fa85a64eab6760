"""Scoring against gold: matching rules and the arithmetic of precision, recall and F1."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from helpers.evaluation import evaluate

GOLD = {
    "attendees": [
        {"name_fa": "ولادیمیر پوتین", "status": "attended", "country_iso3": "RUS", "section": "body"},
        {"name_fa": "رستم امامی", "status": "host", "country_iso3": "TJK", "section": "body"},
        {"name_fa": None, "status": "absent", "country_iso3": "ARM", "country_fa": "ارمنستان", "section": "body"},
    ],
    "documents": [{"title_fa": "استراتژی مبارزه با مواد مخدر", "action": "adopted", "section": "body"}],
    "dates": [
        {"surface": "۱ ژانویه ۲۰۲۶", "start": "2026-01-01", "end": "2026-01-01", "section": "body"},
        {"surface": "۲۸ نوامبر ۲۰۲۵", "start": "2025-11-28", "end": "2025-11-28", "section": "dateline"},
    ],
}


def scores(extracted: dict, **kw) -> dict[str, dict]:
    table, _ = evaluate.score(extracted, GOLD, **kw)
    return {r["table"]: r for r in table.to_dict("records")}


def test_perfect_extraction_scores_one() -> None:
    assert {t: r["f1"] for t, r in scores(GOLD).items()} == {"attendees": 1.0, "documents": 1.0, "dates": 1.0}


def test_names_match_across_spelling_forms_but_status_must_agree() -> None:
    got = [
        {"name_fa": "ولاديمير پوتين", "status": "attended"},  # Arabic ي
        {"name_fa": "رستم‌امامی", "status": "attended"},  # ZWNJ, wrong status
        {"name_fa": None, "status": "absent", "country_iso3": "ARM"},
    ]
    r = scores({"attendees": got})["attendees"]
    assert (r["matched"], r["precision"], r["recall"]) == (2, round(2 / 3, 3), round(2 / 3, 3))


def test_spurious_rows_lower_precision_only() -> None:
    got = GOLD["attendees"] + [{"name_fa": "فلان", "status": "mentioned"}]
    r = scores({"attendees": pd.DataFrame(got)})["attendees"]
    assert (r["precision"], r["recall"], r["f1"]) == (0.75, 1.0, round(2 * 0.75 / 1.75, 3))


def test_document_titles_match_on_shared_words_and_same_action() -> None:
    near = [{"title_fa": "استراتژی مبارزه با مواد مخدر سازمان", "action": "adopted"}]
    far = [{"title_fa": "استراتژی سازمان", "action": "adopted"}]
    wrong_action = [{"title_fa": "استراتژی مبارزه با مواد مخدر", "action": "signed"}]
    assert scores({"documents": near})["documents"]["matched"] == 1
    assert scores({"documents": far})["documents"]["matched"] == 0
    assert scores({"documents": wrong_action})["documents"]["matched"] == 0


def test_document_titles_match_whichever_word_carries_the_indefinite() -> None:
    gold = {"attendees": [], "dates": [], "documents": [{"title_fa": "اعلامیه مشترک", "action": "issued"}]}
    for written in ("اعلامیه‌ای مشترک", "اعلامیه مشترکی", "اعلامیه‌ای"):
        got = pd.DataFrame([{"title_fa": written, "action": "issued"}])
        assert evaluate.score({"documents": got}, gold)[0].set_index("table").loc["documents", "matched"] == 1
    other = pd.DataFrame([{"title_fa": "اعلامیه پایانی", "action": "issued"}])
    assert evaluate.score({"documents": other}, gold)[0].set_index("table").loc["documents", "matched"] == 0


def test_dates_need_same_interval_and_overlapping_surface() -> None:
    got = [
        {"surface": "اول ژانویه ۲۰۲۶", "start": "2026-01-01", "end": "2026-01-01", "section": "body"},
        {"surface": "۲۸ نوامبر ۲۰۲۵", "start": "2025-11-27", "end": "2025-11-27", "section": "dateline"},
    ]
    r = scores({"dates": got})["dates"]
    assert (r["matched"], r["recall"]) == (0, 0.0)  # «اول» vs «۱», and a wrong day


def test_section_filter_scores_body_rows_only() -> None:
    got = [GOLD["dates"][0]]
    assert scores({"dates": got}, sections={"dates": ("body",)})["dates"]["f1"] == 1.0
    assert scores({"dates": got})["dates"]["recall"] == 0.5


def test_field_agreement_reports_wrong_role_of_a_matched_row() -> None:
    got = [dict(GOLD["attendees"][0], country_iso3="BLR")]
    _, details = evaluate.score({"attendees": got}, GOLD)
    assert details["attendees"]["field_agreement"]["country_iso3"] == 0.0
    assert details["attendees"]["missed"] == GOLD["attendees"][1:]


def test_gold_file_without_tables_is_refused(tmp_path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text(json.dumps({"article": {}, "attendees": []}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.json: gold file lacks"):
        evaluate.load_gold(bad)
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.json: unreadable gold file"):
        evaluate.load_gold(bad)
