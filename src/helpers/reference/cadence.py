"""How often the Council meets: sessions per year, days between sessions, hosts, and the article's
own dates placed on the same calendar.

Gaps are measured only between sessions dated to the day: a session known only by its month or
year would invent a gap. The announced next session gets a gap of its own, flagged as announced,
and is kept out of the distribution of real gaps."""

from __future__ import annotations

import pandas as pd

from helpers.text import gazetteer

KIND_ORDER = ("regular", "extraordinary", "informal", "unknown")


def kind_label(session: pd.Series) -> str:
    """'regular', 'extraordinary (video)', ... or 'announced' for a session not yet known to be held."""
    if session["status"] == "announced":
        return "announced"
    return f"{session['kind']} (video)" if session["format"] == "video" else session["kind"]


def label_order(labels: pd.Series) -> list[str]:
    """Kinds in a stable reading order: in person before video, announced last."""
    order = [f"{kind}{suffix}" for kind in KIND_ORDER for suffix in ("", " (video)")] + ["announced"]
    return [label for label in order if label in set(labels)]


def per_year(sessions: pd.DataFrame) -> pd.DataFrame:
    """Sessions counted per calendar year and kind label: year, label, count (zeros included)."""
    table = sessions.assign(year=sessions["date"].dt.year, label=sessions.apply(kind_label, axis=1))
    counts = table.groupby(["year", "label"]).size()
    years = range(int(table["year"].min()), int(table["year"].max()) + 1)
    full = pd.MultiIndex.from_product([years, label_order(table["label"])], names=["year", "label"])
    return counts.reindex(full, fill_value=0).rename("count").reset_index()


def gaps(sessions: pd.DataFrame) -> pd.DataFrame:
    """Days between neighbouring sessions when both are dated to the day: date, previous, days, label, announced.

    A neighbour known only by month or year breaks the chain rather than inventing a gap."""
    ordered = sessions.sort_values("date")
    rows = []
    for (_, before), (_, after) in zip(ordered.iterrows(), ordered.iloc[1:].iterrows(), strict=False):
        if before["precision"] != "day" or after["precision"] != "day":
            continue
        rows.append(
            {
                "date": after["date"],
                "previous": before["date"],
                "days": int((after["date"] - before["date"]).days),
                "label": kind_label(after),
                "announced": after["status"] == "announced",
                "city_en": after["city_en"],
            }
        )
    table = pd.DataFrame(rows, columns=["date", "previous", "days", "label", "announced", "city_en"])
    return table.astype({"announced": bool})  # typed even when empty, so `~announced` stays a row mask


def hosts(sessions: pd.DataFrame, names: pd.DataFrame) -> pd.DataFrame:
    """In-person sessions held per host country: iso3, country_en, country_fa, count (most first).

    `names` maps iso3 to country_en/country_fa (the membership events carry them); a host that was
    never a member (the G7 met in Brussels and The Hague) takes the gazetteer's names for its state,
    and only a code neither knows is shown as itself."""
    held = sessions[(sessions["format"] == "in_person") & (sessions["status"] == "held")]
    counts = held.groupby("host_iso3").size().rename("count").reset_index().rename(columns={"host_iso3": "iso3"})
    lookup = names.drop_duplicates("iso3").set_index("iso3")
    states = gazetteer.states().set_index("iso3")
    for column, field in (("country_en", "name_en"), ("country_fa", "name_fa")):
        known = counts["iso3"].map(states[field])
        counts[column] = counts["iso3"].map(lookup[column]).fillna(known).fillna(counts["iso3"])
    return counts.sort_values(["count", "iso3"], ascending=[False, True]).reset_index(drop=True)


OTHER_STORIES = ("other_headline", "related", "boilerplate")
"""Page parts that belong to other stories: their dates are not the article's own."""


def article_dates(dates: pd.DataFrame | None, exclude_sections: tuple[str, ...] = OTHER_STORIES) -> pd.DataFrame:
    """The article's own date mentions with parsed start/end (end = start when missing).

    Rows from other stories on the page (`exclude_sections`) and unparseable rows are dropped."""
    columns = ["surface", "start", "end", "precision", "refers_to", "section"]
    if dates is None or dates.empty:
        return pd.DataFrame(columns=columns)
    table = dates[~dates["section"].isin(exclude_sections)][columns].copy()
    table["start"] = pd.to_datetime(table["start"], errors="coerce")
    table["end"] = pd.to_datetime(table["end"], errors="coerce").fillna(table["start"])
    return table.dropna(subset=["start"]).reset_index(drop=True)
