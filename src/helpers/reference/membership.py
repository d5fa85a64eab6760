"""Turn validated membership events into periods, counts and the article's attendance.

An event list says when something changed; plots need how long each state stayed in each
status. Periods still open are closed at the day the rows were last checked, so the picture does
not silently extend to "today" beyond what the sources were read for."""

from __future__ import annotations

from typing import Any

import pandas as pd

from helpers.contracts import CAME, AttendeeStatus, Precision
from helpers.reference import (
    AFFILIATIONS,
    MEMBERSHIP_STATUSES,
    MILESTONES,
    ORGANIZATION_KINDS,
    STATE_KINDS,
    TRANSITIONS,
    records,
    split_sources,
)
from helpers.reference_values import ArticleSays, Milestone

_AFTER = {kind: (None if after == "former" else after) for kind, (_, after) in TRANSITIONS.items()}
"""The status each membership event leads to (None: no longer a member)."""


_ARTICLE_SAYS = {
    **dict.fromkeys(CAME, ArticleSays.ATTENDED),
    AttendeeStatus.ABSENT: ArticleSays.ABSENT,
    AttendeeStatus.EXPECTED: ArticleSays.EXPECTED,
    AttendeeStatus.INCOMING: ArticleSays.MENTIONED,
    AttendeeStatus.MENTIONED: ArticleSays.MENTIONED,
}
"""What a person's status says of their state on the article's day (every attendee status has one)."""
_ARTICLE_RANK = {
    ArticleSays.ATTENDED: 0,
    ArticleSays.ABSENT: 1,
    ArticleSays.NAMED_AS_TAKING_PART: 2,
    ArticleSays.EXPECTED: 3,
    ArticleSays.MENTIONED: 4,
}
"""The stronger word on a state said both ways: a person of it present or absent tells more than the list
naming it, the list more than a person of it still to come, and that more than one only mentioned."""


def periods(events: pd.DataFrame, until: pd.Timestamp | None = None) -> pd.DataFrame:
    """One row per stretch of time a state spent in one standing (member, suspended, frozen, or an
    affiliation such as observer or dialogue partner).

    Columns: iso3, country_en, country_fa, status, start, end, open (still running at `until`),
    body, start_source, end_source, note, and how far start and end are known (`start_precision`,
    `end_precision`: the events' precision; an open period ends on `until`, a day).
    `until` defaults to the latest 'checked' date."""
    until = until if until is not None else events["checked"].max()
    rows: list[dict] = []
    by_state: dict[str, list[dict[str, Any]]] = {}  # states in order of their first event, as groupby(sort=False)
    for event in records(events[events["kind"].isin(STATE_KINDS)]):
        by_state.setdefault(event["iso3"], []).append(event)
    for group in by_state.values():
        current: dict | None = None
        standings: dict[str, dict] = {}
        for event in group:
            kind = event["kind"]
            if kind in AFFILIATIONS:
                standings[kind] = _start(event, kind)
            elif kind.endswith("_ended") and kind.removesuffix("_ended") in standings:
                rows.append(_close(standings.pop(kind.removesuffix("_ended")), event))
            elif kind in _AFTER:
                if current is not None:
                    rows.append(_close(current, event))
                current = _start(event, after) if (after := _AFTER[kind]) else None
                if _AFTER[kind] == "member":
                    rows.extend(_close(standing, event) for standing in standings.values())
                    standings.clear()
        for still in (current, *standings.values()):
            if still is not None:
                rows.append({**still, "end": until, "end_precision": Precision.DAY, "open": True, "end_source": ""})
    return pd.DataFrame(rows, columns=PERIOD_COLUMNS)


PERIOD_COLUMNS = [
    "iso3", "country_en", "country_fa", "status", "start", "end", "open", "body", "start_source", "end_source", "note",
    "start_precision", "end_precision",
]  # fmt: skip


def milestones(events: pd.DataFrame) -> pd.DataFrame:
    """Events of the organization itself (treaty signed, charter in force, ...) with short labels."""
    rows = events[events["kind"].isin(ORGANIZATION_KINDS)].copy()
    for label in Milestone._fields:
        rows[label] = rows["kind"].map(lambda kind, label=label: getattr(MILESTONES[kind], label))
    return rows[["date", "kind", *Milestone._fields, "body", "source", "note"]].reset_index(drop=True)


def status_on(spans: pd.DataFrame, day: pd.Timestamp) -> pd.DataFrame:
    """Each state's membership status on `day` (affiliations such as observer left out): iso3, names, status."""
    membership = spans[spans["status"].isin(MEMBERSHIP_STATUSES)]
    running = (day < membership["end"]) | (membership["open"] & (day <= membership["end"]))
    current = membership[(membership["start"] <= day) & running]
    return current[["iso3", "country_en", "country_fa", "status"]].reset_index(drop=True)


def member_counts(spans: pd.DataFrame) -> pd.DataFrame:
    """How many states were members, suspended or frozen after each change: date, status, count.

    A step function: each row holds from its date until the next date."""
    membership = spans[spans["status"].isin(MEMBERSHIP_STATUSES)]
    if membership.empty:
        return pd.DataFrame(columns=["date", "status", "count"])
    changes = sorted(set(membership["start"]) | set(membership.loc[~membership["open"], "end"]))
    rows = []
    for day in changes:
        active = status_on(spans, day)
        for status in MEMBERSHIP_STATUSES:
            rows.append({"date": day, "status": status, "count": int((active["status"] == status).sum())})
    last = membership["end"].max()
    for status in MEMBERSHIP_STATUSES:
        final = [row["count"] for row in rows if row["status"] == status][-1]
        rows.append({"date": last, "status": status, "count": final})
    return pd.DataFrame(rows, columns=["date", "status", "count"])


def attendance(
    spans: pd.DataFrame, day: pd.Timestamp, attendees: pd.DataFrame | None, named: pd.DataFrame | None = None
) -> pd.DataFrame:
    """States that were members (or suspended/frozen) on `day`, with what the article says of them.

    `article` is attended (host, chair, attended), absent, 'named as taking part' (only in a list of those
    taking part, `named`: the named_as_taking_part table), expected, mentioned (incoming, mentioned) or 'not in
    attendees table' (no person of it and no stated absence); it is 'no attendees table' when the
    extraction has not run."""
    table = status_on(spans, day).rename(columns={"status": "membership"})
    if attendees is None:
        table["article"] = ArticleSays.NO_ATTENDEES_TABLE
        return table
    states = attendees[attendees["country_iso3"].fillna("").str.len() == 3]
    said = states.assign(article=states["status"].map(_ARTICLE_SAYS)).dropna(subset=["article"])
    if named is not None:
        listed = named[named["country_iso3"].fillna("").str.len() == 3]
        said = pd.concat([said, listed.assign(article=ArticleSays.NAMED_AS_TAKING_PART)])
    best = said.assign(rank=said["article"].map(_ARTICLE_RANK)).sort_values("rank").drop_duplicates("country_iso3")
    table["article"] = table["iso3"].map(best.set_index("country_iso3")["article"]).fillna(ArticleSays.NOT_IN_TABLE)
    return table


def _start(event: dict[str, Any], status: str) -> dict:
    return {
        "iso3": event["iso3"],
        "country_en": event["country_en"],
        "country_fa": event["country_fa"],
        "status": status,
        "start": event["date"],
        "start_precision": event["precision"],
        "body": event["body"],
        "start_source": split_sources(event["source"])[0],
        "note": event["note"],
    }


def _close(period: dict, event: dict[str, Any]) -> dict:
    return {
        **period,
        "end": event["date"],
        "end_precision": event["precision"],
        "open": False,
        "end_source": split_sources(event["source"])[0],
    }
