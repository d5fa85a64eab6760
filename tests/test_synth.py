"""The synthetic corpus generator: deterministic, self-consistent, and its expected extraction holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import paths
from helpers.evaluation import synth, synth_sources
from helpers.text import ingest

ZWNJ = "\u200c"


def _plain(text: str | None) -> str:
    return (text or "").replace(ZWNJ, "").replace(" ", "")


def test_same_seed_same_bytes_and_other_seed_differs(tmp_path: Path) -> None:
    a = synth.generate(tmp_path / "a", 6, seed=3)
    b = synth.generate(tmp_path / "b", 6, seed=3)
    c = synth.generate(tmp_path / "c", 6, seed=4)
    for x, y in zip(a, b, strict=True):
        assert x.read_bytes() == y.read_bytes()
        assert x.with_suffix(".expected.json").read_bytes() == y.with_suffix(".expected.json").read_bytes()
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]


def test_article_does_not_depend_on_corpus_size(tmp_path: Path) -> None:
    files = synth.generate(tmp_path, 4, seed=9)
    assert files[2].read_text(encoding="utf-8") == synth.build(2, seed=9).text


@pytest.mark.parametrize("index", range(8))
def test_expected_extraction_is_written_in_the_text(index: int) -> None:
    article = synth.build(index, seed=11)
    text = _plain(article.text)
    for person in article.expected["attendees"]:
        assert _plain(person["name_written"] or person["country_fa"]) in text
    for date in article.expected["dates"]:
        assert _plain(date["surface"]) in text
    for document in article.expected["documents"]:
        assert _plain(document["title_fa"]) in text
    statuses = [p["status"] for p in article.expected["attendees"]]
    assert statuses.count("host") == 1 and "attended" in statuses
    isos = [p["country_iso3"] for p in article.expected["attendees"]]
    assert len(isos) == len(set(isos)), "one participant per country"


def test_only_neutral_lines_are_recombined(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    neutral = (
        "کارشناسان حاضر در این گردهمایی بر اهمیت گفت‌وگوی سازنده و اعتمادسازی"
        " میان اعضا تأکید کردند و خواستار ادامه رایزنی‌ها شدند."
    )
    page.write_text(
        "\n".join(
            [
                neutral,
                "ولادیمیر پوتین در این گردهمایی بر اهمیت گفت‌وگوی سازنده و اعتمادسازی"
                " میان اعضا تأکید کرد و خواستار ادامه رایزنی‌ها شد.",
                "کارشناسان حاضر در این گردهمایی در ۱۲ آبان بر اهمیت گفت‌وگوی سازنده"
                " و اعتمادسازی میان اعضا تأکید کردند و خواستار رایزنی شدند.",
                "کارشناسان حاضر در این گردهمایی بر اهمیت گفت‌وگوی سازنده با قزاقستان"
                " و اعتمادسازی میان اعضا تأکید کردند و خواستار رایزنی شدند.",
                "کارشناسان حاضر در این گردهمایی سند تازه‌ای درباره گفت‌وگوی سازنده"
                " و اعتمادسازی میان اعضا را تصویب کردند و خواستار رایزنی شدند.",
            ]
        ),
        encoding="utf-8",
    )
    sources = synth.load_sources(paths.GAZETTEER, (page,))
    from_page = [line for line in sources.neutral_lines if line not in synth_sources.NEUTRAL]
    assert from_page == [neutral]


def test_gazetteer_without_needed_column_is_refused(tmp_path: Path) -> None:
    for name in ("countries.csv", "people.csv", "roles.csv"):
        (tmp_path / name).write_bytes((paths.GAZETTEER / name).read_bytes())
    (tmp_path / "people.csv").write_text("person_id,name_fa\nx,ی\n", encoding="utf-8")
    with pytest.raises(ValueError, match="people.csv: missing column"):
        synth.load_sources(tmp_path, ())


@pytest.mark.parametrize("index", range(3))
def test_page_segments_into_the_expected_record(index: int) -> None:
    article = synth.build(index, seed=5)
    record = ingest.segment(article.text, source=f"{article.article_id}.txt").record
    assert record["published"] == article.expected["article"]["published"]
    assert record["outlet"] == article.expected["article"]["outlet"]
    assert record["headline"] == article.expected["article"]["headline"]


@pytest.mark.parametrize("index", range(6))
def test_extractor_finds_the_expected_extraction(index: int) -> None:
    article = synth.build(index, seed=21)
    from helpers import pipeline

    result = pipeline.process_text(article.text, f"{article.article_id}.txt", article.article_id)
    found = {(r.name_en, r.status) for r in result.attendees.itertuples() if r.name_en}
    absent = {r.country_iso3 for r in result.attendees.itertuples() if r.status == "absent"}
    for person in article.expected["attendees"]:
        if person["name_en"]:
            assert (person["name_en"], person["status"]) in found
        else:
            assert person["country_iso3"] in absent
    starts = {(str(r.start), r.calendar) for r in result.dates.itertuples()}
    for date in article.expected["dates"]:
        assert (date["start"], date["calendar"]) in starts, date["surface"]


@pytest.mark.parametrize("index", range(6))
def test_extractor_finds_the_expected_documents(index: int) -> None:
    from helpers import pipeline

    article = synth.build(index, seed=21)
    result = pipeline.process_text(article.text, f"{article.article_id}.txt", article.article_id)
    titles = [_plain(t) for t in result.documents["title_fa"]]
    for document in article.expected["documents"]:
        assert any(_plain(document["title_fa"]) == t for t in titles), document["title_fa"]
