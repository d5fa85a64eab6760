"""Load and validate the sourced reference tables under `data/raw/reference/`.

The tables are typed by hand from news reports, so every row is checked before a plot trusts it:
a bad row stops the load with one line naming the file, the line and the problem. Dates may be
given to the day (`2012-12-19`), the month (`2005-06`) or the year (`2013`); the precision is
kept beside the parsed date so plots and gap statistics can tell them apart.

Any organization's files with the same columns load the same way (`organization` filters rows)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, NoReturn, cast

import pandas as pd

from helpers import cache, paths
from helpers.reference_values import (
    AFFILIATIONS,
    MILESTONES,
    EventKind,
    SecretaryRole,
    SessionFormat,
    SessionKind,
    SessionStatus,
    Standing,
)

EVENTS_FILE = "membership_events.csv"
SESSIONS_FILE = "sessions.csv"
SECRETARIES_FILE = "secretaries_general.csv"

EVENT_COLUMNS = [
    "organization",
    "iso3",
    "country_en",
    "country_fa",
    "date",
    "kind",
    "body",
    "source",
    "checked",
    "note",
]
SESSION_COLUMNS = [
    "organization", "date", "city_en", "city_fa", "host_iso3", "kind", "format", "status",
    "chair_iso3", "source", "checked", "note",
]  # fmt: skip
SECRETARY_COLUMNS = ["organization", "name_en", "name_fa", "iso3", "role", "start", "end", "source", "checked", "note"]


ORGANIZATION_KINDS = tuple(MILESTONES)
"""Events of the organization as a whole (no state): drawn as milestones."""

NOTICES = (EventKind.INVITED, EventKind.DECLINED)
"""Events recorded for the story they tell (an invitation to join, its refusal) that change no
state's standing."""

# Which membership status each state event requires before it, and which it leads to.
TRANSITIONS: dict[str, tuple[tuple[str, ...], str]] = {
    EventKind.SIGNED: (("none",), "member"),
    EventKind.ACCEDED: (("none",), "member"),
    EventKind.REJOINED: (("former",), "member"),
    EventKind.ASSOCIATE: (("none", "member"), "associate"),
    EventKind.DID_NOT_RENEW: (("member",), "former"),
    EventKind.WITHDREW: (("member", "suspended", "frozen", "associate"), "former"),
    EventKind.SUSPENDED: (("member",), "suspended"),
    EventKind.FROZE: (("member",), "frozen"),
    EventKind.RESUMED: (("suspended", "frozen"), "member"),
}
STATE_KINDS = (*TRANSITIONS, *AFFILIATIONS, *(f"{standing}_ended" for standing in AFFILIATIONS), *NOTICES)
EVENT_KINDS = ORGANIZATION_KINDS + STATE_KINDS

SESSION_KINDS = tuple(SessionKind)
SESSION_FORMATS = tuple(SessionFormat)
SESSION_STATUSES = tuple(SessionStatus)
SECRETARY_ROLES = tuple(SecretaryRole)

MEMBERSHIP_STATUSES = (Standing.MEMBER, Standing.SUSPENDED, Standing.FROZEN, Standing.ASSOCIATE)
"""Standings inside the organization; an associate member (Turkmenistan in the CIS since 2005)
takes part without full membership."""
STATUSES = (*MEMBERSHIP_STATUSES, *AFFILIATIONS)
"""States a country can be in on the timeline; 'former' (left) and 'none' are not drawn."""

_STATE_VERBS = {
    "none": "never a member",
    "former": "not a member",
    "member": "already a member",
    "suspended": "suspended",
    "frozen": "frozen",
    "associate": "an associate member",
}

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_ISO3 = re.compile(r"^[A-Z]{3}$")


class BadReference(ValueError):
    """A reference file is missing, malformed, or contradicts itself."""


@dataclass(frozen=True)
class Reference:
    """The three validated tables of one organization."""

    organization: str
    folder: Path
    events: pd.DataFrame
    sessions: pd.DataFrame
    secretaries: pd.DataFrame


def parse_date(text: str, end: bool = False) -> tuple[pd.Timestamp, str]:
    """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; return (timestamp, precision).

    A partial date stands for its first day, or its last day when `end` is true, so a term that
    ends in "2016" still covers all of 2016."""
    match = _DATE.match(text.strip())
    if not match:
        raise ValueError(text)
    year, month, day = match.groups()
    precision = "day" if day else "month" if month else "year"
    stamp = pd.Timestamp(year=int(year), month=int(month or 1), day=int(day or 1))
    if end and precision == "month":
        stamp = stamp + pd.offsets.MonthEnd(0)
    elif end and precision == "year":
        stamp = pd.Timestamp(year=int(year), month=12, day=31)
    return stamp, precision


def load(folder: str | Path | None = None, organization: str = "CSTO") -> Reference:
    """Load and validate all three tables for `organization` from `folder` (default: paths.REFERENCE).

    Validated once per content of the files in a process (P1, #10): the suite's notebooks share one
    kernel, and 04_membership and 05_cadence each read every organization's tables (`overlaps`).
    Each call gets its own copies, so a notebook that changes a table changes no other's."""
    folder = Path(folder) if folder else paths.REFERENCE
    digest = hashlib.sha256()
    for name in (EVENTS_FILE, SESSIONS_FILE, SECRETARIES_FILE):
        path = folder / name
        digest.update(path.read_bytes() if path.exists() else b"missing")
        digest.update(b"\0")
    found = _validated(folder, organization, digest.hexdigest())
    tables = {name: getattr(found, name).copy() for name in ("events", "sessions", "secretaries")}
    return replace(found, **tables)


@lru_cache(maxsize=32)
def _validated(folder: Path, organization: str, content: str) -> Reference:
    """`load`'s tables, keyed by the files' content as well as their folder (an edited file is read again).

    Kept on disk as well (`helpers.cache`, as hazm's tools are), keyed by the same (folder,
    organization, the files' content) and by the code that validates them (this package,
    helpers.reference_values, pandas): notebook 04 validates all 29 organizations' tables in every
    kernel, ~1 s of processor time, where loading them takes a tenth of that (P1). A file that fails
    validation raises as before and nothing is kept."""

    def build() -> Reference:
        return Reference(
            organization=organization,
            folder=folder,
            events=load_events(folder / EVENTS_FILE, organization),
            sessions=load_sessions(folder / SESSIONS_FILE, organization),
            secretaries=load_secretaries(folder / SECRETARIES_FILE, organization),
        )

    if not re.fullmatch(r"[A-Za-z0-9_]+", organization):  # the name is part of a file name
        return build()
    key = hashlib.sha256(f"{_code_key()}\0{folder}\0{organization}\0{content}".encode()).hexdigest()
    return cache.load_or_build(f"{__name__}.load-{organization}", key, build)


@lru_cache(maxsize=1)
def _code_key() -> str:
    """What the cached tables depend on besides the files: the validating code and pandas, which pickles them."""
    return cache.build_key(f"{__name__}.load", (__name__, "helpers.reference_values", "pandas"))


def load_events(path: str | Path, organization: str = "CSTO") -> pd.DataFrame:
    """Membership events, sorted by date, with `precision` and `n_sources` added.

    Checks kinds, dates, ISO3 codes, that observer rows name their body, and that each state's
    events follow a possible order (no suspension of a non-member, no second accession, ...)."""
    path = Path(path)
    table = _read(path, EVENT_COLUMNS, organization)
    for line, row in _lines(table):
        _check_choice(path, line, row, "kind", EVENT_KINDS, what="event kind")
        if row["kind"] in ORGANIZATION_KINDS:
            if row["iso3"]:
                _fail(path, line, f"'{row['kind']}' is an event of the organization; leave iso3 empty")
        else:
            _check_iso3(path, line, row, "iso3", required=True)
            _require(path, line, row, "country_en")
        if row["kind"] == "observer":
            _require(path, line, row, "body")
    table = _with_dates(path, table, "date")
    _check_duplicates(path, table, ["iso3", "date", "kind"])
    table = table.sort_values(["date", "iso3"], kind="stable")
    _check_sequences(path, table)
    return table.reset_index(names="line")


def load_sessions(path: str | Path, organization: str = "CSTO") -> pd.DataFrame:
    """Council sessions, sorted by date, with `precision` and `n_sources` added.

    Checks kind, format and status; an in-person session needs a host country; a session marked
    held cannot be dated after the day its row was checked."""
    path = Path(path)
    table = _read(path, SESSION_COLUMNS, organization)
    for line, row in _lines(table):
        _check_choice(path, line, row, "kind", SESSION_KINDS, what="session kind")
        _check_choice(path, line, row, "format", SESSION_FORMATS, what="session format")
        _check_choice(path, line, row, "status", SESSION_STATUSES, what="session status")
        _check_iso3(path, line, row, "host_iso3", required=row["format"] == "in_person")
        _check_iso3(path, line, row, "chair_iso3", required=False)
    table = _with_dates(path, table, "date")
    for line, row in _lines(table):
        if row["status"] == "held" and row["date"] > row["checked"]:
            _fail(
                path,
                line,
                f"session marked held but dated {row['date'].date()}, after it was checked ({row['checked'].date()})",
            )
    _check_duplicates(path, table, ["date", "city_en", "format"])
    return table.sort_values("date", kind="stable").reset_index(names="line")


def load_secretaries(path: str | Path, organization: str = "CSTO") -> pd.DataFrame:
    """Secretaries general with `start`/`end` timestamps (end may be empty: still in office); no
    rows for an organization without a secretariat.

    Checks roles and dates, that no term ends before it starts, and that terms do not overlap."""
    path = Path(path)
    table = _read(path, SECRETARY_COLUMNS, organization, required=False)
    for line, row in _lines(table):
        _require(path, line, row, "name_en")
        _check_choice(path, line, row, "role", SECRETARY_ROLES, what="role")
        _check_iso3(path, line, row, "iso3", required=False)
    table = _with_dates(path, table, "start")
    ends = {}
    for line, row in _lines(table):
        if row["end"]:
            ends[line] = _parse(path, line, "end", row["end"], end=True)[0]
            if ends[line] < row["start"]:
                _fail(path, line, f"end {ends[line].date()} is before start {row['start'].date()}")
    table["end"] = pd.Series(ends, dtype="datetime64[ns]").reindex(table.index)
    table = table.sort_values("start", kind="stable")
    previous = None
    for line, row in _lines(table):
        if previous is not None and (pd.isna(previous[1]["end"]) or row["start"] <= previous[1]["end"]):
            _fail(path, line, f"term starting {row['start'].date()} overlaps the term on line {previous[0]}")
        previous = (line, row)
    return table.reset_index(names="line")


def organizations(folder: str | Path | None = None) -> list[str]:
    """Organizations that have sessions in the reference files, as the files list them."""
    path = (Path(folder) if folder else paths.REFERENCE) / SESSIONS_FILE
    if not path.exists():
        return []
    return list(dict.fromkeys(pd.read_csv(path, dtype=str, usecols=["organization"])["organization"].dropna()))


def split_sources(text: str) -> list[str]:
    """Sources are separated by ' ; ' in one cell (URLs may contain bare semicolons)."""
    return [part.strip() for part in text.split(" ; ") if part.strip()]


def single_source(table: pd.DataFrame) -> pd.DataFrame:
    """Rows that rest on one source only, for the closing note on how far to trust them."""
    return table[table["n_sources"] == 1]


# --- reading and row checks -------------------------------------------------------------------


def records(table: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows as plain dicts (column -> value; dates as Timestamps). Loops over the reference
    tables read these rather than `iterrows`' Series, a Series per row being most of a load's time (P1, #10)."""
    names = list(table.columns)
    return [dict(zip(names, row, strict=True)) for row in zip(*(table[name].tolist() for name in names), strict=True)]


def _lines(table: pd.DataFrame) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each row (`records`) with its line number in the file, which _read made the index."""
    return zip((cast(int, line) for line in table.index), records(table), strict=True)


def read_csv(path: Path, columns: list[str], error: type[ValueError] = BadReference) -> pd.DataFrame:
    """A reference CSV as stripped text, only `columns` (each required), rows indexed by their line
    number in the file; a missing or unreadable file or a missing column raises `error`, one line."""
    if not path.exists():
        raise error(f"{path}: not found")
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as problem:
        raise error(f"{path}: not a readable UTF-8 CSV ({problem})") from None
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise error(f"{path}: missing column(s) {', '.join(missing)}")
    table = table[columns].apply(lambda column: column.str.strip())
    table.index = table.index + 2  # header is line 1
    return table


def _read(path: Path, columns: list[str], organization: str, required: bool = True) -> pd.DataFrame:
    """Read a CSV (`read_csv`), keep one organization (which must have rows unless `required` is
    false: BRICS has no secretariat)."""
    try:
        content = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:  # missing or unreadable: read_csv says which, and nothing is remembered
        content = ""
    table = _checked(path, tuple(columns), content)  # a read that raises is not remembered (lru_cache)
    found = sorted(set(table["organization"]))
    table = table[table["organization"] == organization]
    if table.empty and required:
        raise BadReference(f"{path}: no rows for organization '{organization}' (found: {', '.join(found) or 'none'})")
    table["n_sources"] = table["source"].map(lambda text: len(split_sources(text)))
    return table


@lru_cache(maxsize=8)
def _checked(path: Path, columns: tuple[str, ...], content: str) -> pd.DataFrame:
    """A reference file read (`read_csv`) and every row checked for an organization and a source,
    once per content of the file: each file holds every organization's rows, and the suite's kernel
    loads all 29 organizations (`overlaps`), which read and checked each file in full 29 times,
    about half of loading them (P1). Callers filter it and must not change it (`_read` does neither)."""
    table = read_csv(path, list(columns))
    for line, row in _lines(table[["organization", "source"]]):  # every organization's rows: 2 columns suffice
        _require(path, line, row, "organization")
        _require(path, line, row, "source")
    return table


def _with_dates(path: Path, table: pd.DataFrame, column: str) -> pd.DataFrame:
    """Replace the text `column` and `checked` by timestamps; add `precision` for `column`."""
    parsed = {line: _parse(path, line, column, row[column]) for line, row in _lines(table)}
    checked = {}
    for line, row in _lines(table):
        stamp, precision = _parse(path, line, "checked", row["checked"])
        if precision != "day":
            _fail(path, line, f"'checked' must be a full date (YYYY-MM-DD), got '{row['checked']}'")
        checked[line] = stamp
    out = table.copy()
    out[column] = pd.Series({line: value[0] for line, value in parsed.items()}, dtype="datetime64[ns]")
    out["precision"] = pd.Series({line: value[1] for line, value in parsed.items()}, dtype="str")
    out["checked"] = pd.Series(checked, dtype="datetime64[ns]")
    return out


def _parse(path: Path, line: int, column: str, text: str, end: bool = False) -> tuple[pd.Timestamp, str]:
    if not text:
        _fail(path, line, f"empty '{column}'")
    try:
        return parse_date(text, end=end)
    except ValueError:
        raise BadReference(
            f"{path}: line {line}: '{column}' value '{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        ) from None


def _check_sequences(path: Path, table: pd.DataFrame) -> None:
    """Walk each state's events in date order and refuse impossible steps."""
    states = table[table["kind"].isin(STATE_KINDS)]
    for iso3, kinds in states.groupby("iso3", sort=False)["kind"]:
        status, standings = "none", set()
        for line, kind in kinds.items():
            if kind in NOTICES:
                continue
            if kind in AFFILIATIONS:
                if kind in standings:
                    _fail(path, line, f"{iso3} made {kind.replace('_', ' ')} while already one")
                standings.add(kind)
            elif kind.endswith("_ended"):
                standing = kind.removesuffix("_ended")
                if standing not in standings:
                    _fail(path, line, f"{iso3} {standing.replace('_', ' ')} status ended while not one")
                standings.discard(standing)
            else:
                allowed, after = TRANSITIONS[kind]
                if status not in allowed:
                    _fail(path, line, f"{iso3} {kind.replace('_', ' ')} while {_STATE_VERBS[status]}")
                status = after
                if after == "member":
                    standings.clear()


def _check_duplicates(path: Path, table: pd.DataFrame, columns: list[str]) -> None:
    repeated = table[table.duplicated(columns, keep="first")]
    if not repeated.empty:
        line = repeated.index[0]
        first = table[(table[columns] == table.loc[line, columns]).all(axis=1)].index[0]
        _fail(path, line, f"repeats line {first} ({', '.join(columns)})")


def _check_choice(path: Path, line: int, row: dict[str, Any], column: str, choices: tuple[str, ...], what: str) -> None:
    if row[column] not in choices:
        _fail(path, line, f"unknown {what} '{row[column]}' (expected one of: {', '.join(choices)})")


def _check_iso3(path: Path, line: int, row: dict[str, Any], column: str, required: bool) -> None:
    value = row[column]
    if not value and required:
        _fail(path, line, f"empty '{column}'")
    if value and not _ISO3.match(value):
        _fail(path, line, f"'{column}' value '{value}' is not an ISO 3166 alpha-3 code")


def _require(path: Path, line: int, row: dict[str, Any], column: str) -> None:
    if not row[column]:
        _fail(path, line, f"empty '{column}'")


def _fail(path: Path, line: int, problem: str) -> NoReturn:
    raise BadReference(f"{path}: line {line}: {problem}")
