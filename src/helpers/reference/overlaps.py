"""Which state sits in which club, and which meetings cluster: every organization with reference
data read side by side.

On one day, each state's standing in each organization (member, suspended, frozen, observer,
partner, ...); over time, every organization's sessions on one axis, so a CIS summit followed by a
CSTO session the next day shows as the cluster it is."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import reference
from helpers.contracts import VALUES_ATTR
from helpers.reference import cadence, membership
from helpers.reference_values import Standing

STANDING_COLUMNS = ["iso3", "country_en", "country_fa", "organization", "status"]
SESSION_COLUMNS = ["organization", "date", "precision", "city_en", "city_fa", "label", "status"]


def standings_on(day: pd.Timestamp, folder: str | Path | None = None) -> pd.DataFrame:
    """Each state's standing in each organization on `day`: one row per state and organization
    (iso3, country names, organization, status). States with no standing anywhere are left out."""
    rows = []
    for organization in reference.organizations(folder):
        spans = membership.periods(reference.load(folder, organization).events)
        running = (spans["start"] <= day) & ((day < spans["end"]) | (spans["open"] & (day <= spans["end"])))
        rows.append(spans.loc[running, STANDING_COLUMNS[:3] + ["status"]].assign(organization=organization))
    if not rows:
        return pd.DataFrame(columns=STANDING_COLUMNS)
    table = pd.concat(rows, ignore_index=True)[STANDING_COLUMNS]
    return table.sort_values(["iso3", "organization"], kind="stable").reset_index(drop=True)


def matrix(standings: pd.DataFrame) -> pd.DataFrame:
    """States × organizations: the standing in each cell, empty where the state has none; states with
    the most memberships first. Its columns, named for organizations, declare that they hold standings."""
    if standings.empty:
        return pd.DataFrame()
    table = standings.pivot_table(index="iso3", columns="organization", values="status", aggfunc="first")
    members = (table == Standing.MEMBER).sum(axis=1)
    grid = table.loc[members.sort_values(ascending=False, kind="stable").index].fillna("")
    grid.attrs[VALUES_ATTR] = dict.fromkeys(map(str, grid.columns), Standing)
    return grid


def all_sessions(folder: str | Path | None = None) -> pd.DataFrame:
    """Every organization's sessions on one table: organization, date, precision, city, kind label
    ('regular', 'informal (video)', 'announced', ...), status."""
    tables = []
    for organization in reference.organizations(folder):
        sessions = reference.load(folder, organization).sessions
        tables.append(sessions.assign(label=sessions.apply(cadence.kind_label, axis=1)))
    if not tables:
        return pd.DataFrame(columns=SESSION_COLUMNS)
    return pd.concat(tables, ignore_index=True)[SESSION_COLUMNS].sort_values("date", kind="stable")


def clusters(sessions: pd.DataFrame, within_days: int = 3) -> pd.DataFrame:
    """Sessions of different organizations held within `within_days` of each other (both dated to
    the day): date, organizations (joined with ' + '), cities."""
    dated = sessions[sessions["precision"] == "day"].sort_values("date")
    rows: list[dict] = []
    group: list[pd.Series] = []
    for _, session in dated.iterrows():
        if group and (session["date"] - group[-1]["date"]).days > within_days:
            rows.extend(_cluster_row(group))
            group = []
        group.append(session)
    rows.extend(_cluster_row(group))
    return pd.DataFrame(rows, columns=["date", "organizations", "cities"])


def _cluster_row(group: list[pd.Series]) -> list[dict]:
    organizations = sorted({session["organization"] for session in group})
    if len(organizations) < 2:
        return []
    cities = sorted({session["city_en"] for session in group if session["city_en"]})
    return [{"date": group[0]["date"], "organizations": " + ".join(organizations), "cities": ", ".join(cities)}]
