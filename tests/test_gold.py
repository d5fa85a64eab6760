"""Every gold file: well-formed, and the extractor's scores on its article hold.

The seed must score F1 = 1.0 on every table (the issue's bar: attendees and body dates). On the
hand-written test articles every gold document and body date must be found and attendees F1 must
stay >= 0.9. Known misses there: a lead paraphrasing a body decision and a headline naming the
declaration differently (spurious documents, no coreference), and a leader whose presence is only
implied («… عضویت را به لوکاشنکو تبریک گفت», status `mentioned` instead of `attended`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from helpers import contracts, paths, pipeline
from helpers.evaluation import evaluate
from helpers.text import gazetteer

GOLD_FILES = sorted(paths.GOLD.glob("*.json"))
TEST_ARTICLES = Path(__file__).parent / "articles"


def article_path(gold: Path) -> Path:
    bundled = paths.ARTICLES / f"{gold.stem}.txt"
    return bundled if bundled.exists() else TEST_ARTICLES / f"{gold.stem}.txt"


@cache
def scores(gold: Path) -> dict[str, dict]:
    """Per-table scores of the extractor on the gold file's article, plus body-only dates."""
    result = pipeline.process_file(article_path(gold))
    tables = {"attendees": result.attendees, "documents": result.documents, "dates": result.dates}
    overall, _ = evaluate.score_file(tables, gold)
    body, _ = evaluate.score_file(tables, gold, {"dates": ("body",)})
    by_table = {r["table"]: r for r in overall.to_dict("records")}
    by_table["body_dates"] = body.set_index("table").loc["dates"].to_dict()
    return by_table


@pytest.fixture(params=GOLD_FILES, ids=[g.stem for g in GOLD_FILES])
def gold_file(request) -> Path:
    return request.param


def test_there_are_gold_files_for_the_seed_and_four_written_articles() -> None:
    assert paths.GOLD / f"{paths.SEED_ID}.json" in GOLD_FILES
    assert len(GOLD_FILES) >= 5
    assert all(article_path(g).exists() for g in GOLD_FILES)


def test_gold_values_are_from_the_contracts(gold_file: Path) -> None:
    gold = evaluate.load_gold(gold_file)
    countries = gazetteer.load().countries
    assert gold["article"]["id"] == gold_file.stem
    for row in gold["attendees"]:
        assert row["status"] in set(contracts.AttendeeStatus)
        assert row["section"] in set(contracts.Section)
        assert row["country_iso3"] is None or row["country_iso3"] in countries
    assert all(d["action"] in set(contracts.Action) for d in gold["documents"])
    assert all(
        d["calendar"] in set(contracts.Calendar) and d["precision"] in set(contracts.Precision) for d in gold["dates"]
    )


def test_attendees_hold(gold_file: Path) -> None:
    assert scores(gold_file)["attendees"]["f1"] >= 0.9


def test_every_gold_document_is_found(gold_file: Path) -> None:
    assert scores(gold_file)["documents"]["recall"] == 1.0


def test_body_dates_score_full_marks(gold_file: Path) -> None:
    assert scores(gold_file)["body_dates"]["f1"] == 1.0


def test_seed_scores_full_marks_on_every_table() -> None:
    s = scores(paths.GOLD / f"{paths.SEED_ID}.json")
    assert [s[t]["f1"] for t in ("attendees", "documents", "dates", "body_dates")] == [1.0, 1.0, 1.0, 1.0]


def test_extract_step_writes_the_three_tables(tmp_path, seed_path) -> None:
    from helpers import storage
    from helpers.extract import TABLES, run_step

    result = pipeline.process_file(seed_path)
    pipeline.write_outputs(result, tmp_path)
    for name in TABLES:
        (tmp_path / result.article_id / f"{name}.parquet").unlink()
    tables = run_step(result.article_id, tmp_path)
    for name in TABLES:
        written = storage.read_table(tmp_path / result.article_id / name)
        assert list(written.columns) == list(tables[name].columns)
        assert len(written) == len(tables[name]) > 0
    scores, details = evaluate.score_file(tables, evaluate.gold_path(result.article_id))
    assert evaluate.misses(details).empty
