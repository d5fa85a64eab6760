"""Office terms (helpers.text.offices): who held an office on a day, and one-line errors for bad rows."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import defaultdict
from pathlib import Path

import pandas as pd
import pytest

from helpers import paths
from helpers.text import gazetteer as gz
from helpers.text import offices

HEADER = "person_id,role_id,affiliation,start,end,source,checked,note\n"
ROWS = (
    "putin,president,RUS,2000-05-07,2008-05-07,https://example.org/a ; https://example.org/b,2026-11-29,\n"
    "medvedev,president,RUS,2008-05-07,2012-05-07,https://example.org/a,2026-11-29,\n"
    "putin,president,RUS,2012-05-07,,https://example.org/a,2026-11-29,\n"
    "putin,prime_minister,RUS,2008-05-08,2012-05-07,https://example.org/a,2026-11-29,\n"
    "lavrov,foreign_minister,RUS,2004,,https://example.org/a,2026-11-29,year precision\n"
    "kulubaev,foreign_minister,KGZ,2020,2021-03,https://example.org/a,2026-11-29,\n"
)


def _folders(tmp_path: Path, body: str, header: str = HEADER) -> tuple[Path, Path]:
    """A copy of the bundled gazetteer with the offices file replaced, and an empty reference folder."""
    gazetteer = tmp_path / "gazetteer"
    shutil.copytree(paths.GAZETTEER, gazetteer)
    (gazetteer / offices.OFFICES_FILE).write_text(header + body, encoding="utf-8")
    reference = tmp_path / "reference"
    reference.mkdir()
    return gazetteer, reference


def _load(tmp_path: Path, body: str = ROWS, header: str = HEADER) -> offices.Offices:
    gazetteer, reference = _folders(tmp_path, body, header)
    return offices.load(gazetteer, reference)


def test_holders_follow_the_terms(tmp_path: Path) -> None:
    table = _load(tmp_path)
    assert table.holders("president", "RUS", "2005-01-01") == ["putin"]
    assert table.holders("president", "RUS", dt.date(2010, 6, 1)) == ["medvedev"]
    assert table.holders("president", "RUS", "2008-05-07") == ["putin", "medvedev"]  # handover day
    assert table.holders("president", "RUS", "2030-01-01") == ["putin"]  # empty end: still in office
    assert table.holders("president", "RUS", "1999-01-01") == []
    assert table.holders("president", "KAZ", "2010-01-01") == []


def test_partial_dates_cover_their_whole_period(tmp_path: Path) -> None:
    table = _load(tmp_path)
    assert table.holders("foreign_minister", "RUS", "2004-01-01") == ["lavrov"]
    assert table.holders("foreign_minister", "RUS", "2003-12-31") == []
    assert table.holders("foreign_minister", "KGZ", "2021-03-31") == ["kulubaev"]
    assert table.holders("foreign_minister", "KGZ", "2021-04-01") == []


def test_in_office_gives_the_terms_served_that_day(tmp_path: Path) -> None:
    table = _load(tmp_path)
    assert [t.role_id for t in table.in_office("putin", "2010-01-01")] == ["prime_minister"]
    assert not table.in_office("medvedev", "2015-01-01")
    assert table.known("medvedev") and not table.known("lukashenko")
    assert table.in_office("lavrov", pd.Timestamp("2020-01-01"))[0].precision == "year"


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("nobody,president,RUS,2000,,s,2026-11-29,\n", "person 'nobody' is not in people.csv"),
        ("putin,tsar,RUS,2000,,s,2026-11-29,\n", "role 'tsar' is not in roles.csv"),
        ("putin,president,XXX,2000,,s,2026-11-29,\n", "affiliation 'XXX'"),
        ("putin,president,RUS,May 2000,,s,2026-11-29,\n", "'start' value 'May 2000' is not a date"),
        ("putin,president,RUS,2000,1999,s,2026-11-29,\n", "end 1999-12-31 is before start 2000-01-01"),
        ("putin,president,RUS,2000,,,2026-11-29,\n", "empty 'source'"),
        ("putin,president,RUS,2000,,s,2026-11,\n", "'checked' must be a full date"),
    ],
)
def test_a_bad_row_names_file_line_and_problem(tmp_path: Path, row: str, problem: str) -> None:
    with pytest.raises(offices.OfficesError) as error:
        _load(tmp_path, ROWS + row)
    message = str(error.value)
    assert "offices.csv: line 8: " in message and problem in message
    assert "\n" not in message


def test_overlapping_and_repeated_terms_are_refused(tmp_path: Path) -> None:
    with pytest.raises(offices.OfficesError, match="line 9: term overlaps the term at line 8"):
        _load(
            tmp_path / "a", ROWS + "sandu,president,MDA,2020,,s,2026-11-29,\nsandu,president,MDA,2021,,s,2026-11-29,\n"
        )
    with pytest.raises(offices.OfficesError, match="line 8: repeats an earlier row"):
        _load(tmp_path / "b", ROWS + ROWS.splitlines(keepends=True)[0])


def test_missing_file_and_columns(tmp_path: Path) -> None:
    with pytest.raises(offices.OfficesError, match="missing column"):
        _load(tmp_path / "a", "putin,president\n", header="person_id,role_id\n")
    gazetteer, reference = _folders(tmp_path / "b", ROWS)
    (gazetteer / offices.OFFICES_FILE).unlink()
    with pytest.raises(offices.OfficesError, match="offices.csv: not found"):
        offices.load(gazetteer, reference)


def test_secretaries_are_matched_to_people_by_their_persian_name(tmp_path: Path) -> None:
    gazetteer, reference = _folders(tmp_path, ROWS)
    columns = "organization,name_en,name_fa,iso3,role,start,end,source,checked,note\n"
    good = "CSTO,Anyone,ایمانقلی تاسماگامبتوف,KAZ,secretary_general,2023-01-01,2025-12-31,s,2026-11-29,\n"
    (reference / "secretaries_general.csv").write_text(columns + good, encoding="utf-8")
    table = offices.load(gazetteer, reference)
    assert table.holders("secretary_general", "CSTO", "2024-01-01") == ["tasmagambetov"]
    (reference / "secretaries_general.csv").write_text(columns + good.replace("ایمانقلی ", "یوسف "), encoding="utf-8")
    offices.load.cache_clear()
    with pytest.raises(offices.OfficesError, match="secretaries_general.csv: line 2: 'یوسف تاسماگامبتوف'"):
        offices.load(gazetteer, reference)


# --- the bundled files ------------------------------------------------------------------------------


def _csv(name: str) -> pd.DataFrame:
    return pd.read_csv(paths.GAZETTEER / name, dtype=str, keep_default_na=False)


def test_bundled_offices_load_and_name_known_people_and_roles() -> None:
    table = offices.load()
    rows = _csv(offices.OFFICES_FILE)
    assert len(rows) >= 300 and len(table.terms) > len(rows)  # plus the reference's secretaries
    assert set(rows["person_id"]) <= set(_csv("people.csv")["person_id"])
    assert set(rows["role_id"]) <= set(_csv("roles.csv")["role_id"])
    assert (rows["source"].str.strip() != "").all()


def test_bundled_offices_answer_known_facts() -> None:
    table = offices.load()
    assert table.holders("president", "RUS", "2010-06-01") == ["medvedev"]
    assert table.holders("foreign_minister", "IRN", "2015-01-01") == ["zarif"]
    assert table.holders("secretary_general", "SCO", "2020-06-01") == ["norov"]
    assert table.holders("executive_secretary", "CIS", "2010-01-01") == ["lebedev"]
    assert {t.role_id for t in table.in_office("tokayev", "2000-01-01")} == {"prime_minister"}


def test_no_spelling_names_two_people() -> None:
    """Variants are matched after folding; a spelling shared by two people would silently go to one."""
    owners: dict[str, set[str]] = defaultdict(set)
    for row in _csv("people.csv").itertuples():
        owners[gz.key(row.variant)].add(row.person_id)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
