"""Who held which office on a given day, so a name found in an article can be checked against the
article's date (a «وزیر خارجه» named in 2009 is not today's minister).

Terms come from two files, each kept once: `data/raw/gazetteer/offices.csv` (states' office
holders, and heads of organizations the reference files lack) and the heads of secretariats in
`data/raw/reference/secretaries_general.csv`, whose people are found in the gazetteer by their
Persian name. Dates may be `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a partial start stands for its first
day and a partial end for its last (`helpers.reference.parse_date`), so a term given to the year
covers the whole year. An empty end means still in office when the row was checked.

Every row is validated; a bad one stops the load with one line naming the file, the line and the
problem, like `helpers.reference`."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import paths
from helpers import reference as ref
from helpers.text import gazetteer as gz

OFFICES_FILE = "offices.csv"
COLUMNS = ["person_id", "role_id", "affiliation", "start", "end", "source", "checked", "note"]
SECRETARY_ROLES = {"acting": "acting_secretary_general"}
"""Role names of secretaries_general.csv that differ from the role ids of roles.csv."""


class OfficesError(ValueError):
    """An offices file is missing, malformed, or names an unknown person, role or affiliation."""


@dataclass(frozen=True)
class Term:
    """One person in one office of one state or organization, from `start` to `end` (inclusive)."""

    person_id: str
    role_id: str
    affiliation: str  # ISO3 of the state, or the org id
    start: dt.date
    end: dt.date | None  # None: still in office when checked
    precision: str  # of the start: day, month or year
    source: str
    where: str  # "file: line N", for messages

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def _day(value: dt.date | str) -> dt.date:
    """Accept a date, a datetime/Timestamp or an ISO string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _fail(path: Path, line: int, problem: str) -> OfficesError:
    return OfficesError(f"{path}: line {line}: {problem}")


def _parse(path: Path, line: int, column: str, text: str, end: bool = False) -> tuple[dt.date, str]:
    try:
        stamp, precision = ref.parse_date(text, end=end)
    except ValueError:
        raise _fail(path, line, f"'{column}' value '{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return stamp.date(), precision


def _row_term(path: Path, line: int, row: dict[str, Any], gaz: gz.Gazetteer) -> Term:
    """Check one row (a plain dict, `reference.records`: a Series per row made by `iterrows` was
    most of reading the file, P1) against the gazetteer and parse its dates."""
    for column in ("person_id", "role_id", "affiliation", "start", "source", "checked"):
        if not row[column]:
            raise _fail(path, line, f"empty '{column}'")
    if row["person_id"] not in gaz.people:
        raise _fail(path, line, f"person '{row['person_id']}' is not in people.csv")
    if row["role_id"] not in gaz.roles:
        raise _fail(path, line, f"role '{row['role_id']}' is not in roles.csv")
    if gaz.affiliation(row["affiliation"]) is None:
        raise _fail(path, line, f"affiliation '{row['affiliation']}' is neither a country nor an organization")
    if _parse(path, line, "checked", row["checked"])[1] != "day":
        raise _fail(path, line, f"'checked' must be a full date (YYYY-MM-DD), got '{row['checked']}'")
    start, precision = _parse(path, line, "start", row["start"])
    end = _parse(path, line, "end", row["end"], end=True)[0] if row["end"] else None
    if end is not None and end < start:
        raise _fail(path, line, f"end {end} is before start {start}")
    return Term(
        row["person_id"],
        row["role_id"],
        row["affiliation"],
        start,
        end,
        precision,
        row["source"],
        f"{path}: line {line}",
    )


def read_terms(path: str | Path, gaz: gz.Gazetteer) -> list[Term]:
    """Validated terms of an offices file; no repeated row, no two overlapping terms of one person
    in one office."""
    path = Path(path)
    table = ref.read_csv(path, COLUMNS, OfficesError)
    repeated = table[table.duplicated(["person_id", "role_id", "affiliation", "start"], keep="first")]
    if not repeated.empty:
        raise _fail(path, int(repeated.index[0]), "repeats an earlier row (person, role, affiliation, start)")
    terms = [_row_term(path, int(line), row, gaz) for line, row in zip(table.index, ref.records(table), strict=True)]
    _check_overlaps(terms)
    return terms


def _check_overlaps(terms: Iterable[Term]) -> None:
    by_office: dict[tuple[str, str, str], list[Term]] = defaultdict(list)
    for term in terms:
        by_office[(term.person_id, term.role_id, term.affiliation)].append(term)
    for same in by_office.values():
        same.sort(key=lambda t: t.start)
        for before, after in zip(same, same[1:], strict=False):
            if before.end is None or after.start <= before.end:
                raise OfficesError(f"{after.where}: term overlaps the term at {before.where.split(': ')[-1]}")


def secretary_terms(folder: str | Path, gaz: gz.Gazetteer) -> list[Term]:
    """Heads of secretariats from the reference files, each matched to a gazetteer person by the
    Persian name (all of it must be one person's variant)."""
    path = Path(folder) / ref.SECRETARIES_FILE
    if not path.exists():
        return []
    terms = []
    for org in dict.fromkeys(pd.read_csv(path, dtype=str, usecols=["organization"])["organization"].dropna()):
        for row in ref.load_secretaries(path, org).itertuples():
            found = [m for m in gaz.find(row.name_fa) if m.kind == "person"]
            if len(found) != 1 or found[0].written != row.name_fa.strip():
                raise OfficesError(f"{path}: line {row.line}: '{row.name_fa}' is not a person's spelling in people.csv")
            role = SECRETARY_ROLES.get(row.role, row.role)
            end = None if pd.isna(row.end) else row.end.date()
            where = f"{path}: line {row.line}"
            terms.append(Term(found[0].entry.id, role, org, row.start.date(), end, row.precision, row.source, where))
    return terms


class Offices:
    """All terms, indexed by office and by person."""

    def __init__(self, terms: Iterable[Term]):
        self.terms = list(terms)
        self._by_office: dict[tuple[str, str], list[Term]] = defaultdict(list)
        self._by_person: dict[str, list[Term]] = defaultdict(list)
        for term in self.terms:
            self._by_office[(term.role_id, term.affiliation)].append(term)
            self._by_person[term.person_id].append(term)

    def holders(self, role_id: str, affiliation: str, day: dt.date | str) -> list[str]:
        """Person ids in `role_id` of `affiliation` on `day` (two on a handover day, none if unknown)."""
        when = _day(day)
        return list(
            dict.fromkeys(t.person_id for t in self._by_office.get((role_id, affiliation), []) if t.covers(when))
        )

    def in_office(self, person_id: str, day: dt.date | str) -> tuple[Term, ...]:
        """The terms `person_id` was serving on `day`: empty (false) when out of office."""
        when = _day(day)
        return tuple(t for t in self._by_person.get(person_id, []) if t.covers(when))

    def term_on(self, person_id: str, day: dt.date | str, role_id: str | None = None) -> Term | None:
        """The office `person_id` held on `day` (of `role_id`, when given); of two (a handover day,
        an acting term inside another), the one begun last. None when no term covers the day."""
        terms = [t for t in self.in_office(person_id, day) if role_id is None or t.role_id == role_id]
        return max(terms, key=lambda t: t.start, default=None)

    def known(self, person_id: str) -> bool:
        """Whether any term is recorded for the person (no term: nothing can be said about dates)."""
        return person_id in self._by_person


@lru_cache(maxsize=4)
def load(gazetteer: str | Path | None = None, reference: str | Path | None = None) -> Offices:
    """Offices from `gazetteer`/offices.csv and `reference`/secretaries_general.csv (defaults:
    helpers.paths.GAZETTEER and helpers.paths.REFERENCE), loaded once per process."""
    folder = Path(gazetteer or paths.GAZETTEER)
    gaz = gz.load(folder)
    terms = read_terms(folder / OFFICES_FILE, gaz)
    secretaries = secretary_terms(Path(reference or paths.REFERENCE), gaz)
    _check_overlaps(terms + secretaries)
    return Offices(terms + secretaries)
