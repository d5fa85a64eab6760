"""The corpus seen as a whole: the summary tables notebook 06 draws (who came to which meeting,
documents per meeting, every dated mention, the words that dominate), built from the datasets."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from helpers.contracts import CAME
from helpers.corpus.datasets import batches, read_dataset


def meetings(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article read as a meeting report: its date and a short label for axes."""
    out = articles[["article_id", "published", "headline", "outlet"]].copy()
    out["published"] = pd.to_datetime(out["published"], errors="coerce")
    short = out["headline"].fillna(out["article_id"]).str.slice(0, 40)
    out["meeting"] = (
        out["published"].dt.strftime("%Y-%m-%d").fillna("?") + " · " + short + " · " + out["article_id"].str[-6:]
    )
    return out.sort_values(["published", "article_id"], ignore_index=True)


def attendance(attendees: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Long table of who came and who stayed away: participant, meeting, published, status, presence.

    A participant is the person (English name when known, else Persian) with their country, or the
    state alone when the report names no one; `presence` is came / stayed away / mentioned."""
    person = attendees["name_en"].fillna(attendees["name_fa"])
    country = attendees["country_en"].fillna(attendees["country_fa"])
    label = person.where(person.isna(), person + " (" + country.fillna("") + ")")
    out = attendees.assign(participant=label.fillna(country)).dropna(subset=["participant"])
    out = out.merge(meetings(articles)[["article_id", "meeting", "published"]], on="article_id")
    out["presence"] = out["status"].map(
        lambda s: "came" if s in CAME else "stayed away" if s == "absent" else "mentioned"
    )
    return out[["participant", "meeting", "published", "status", "presence", "article_id"]]


def attendance_matrix(long: pd.DataFrame, max_people: int = 40, max_meetings: int = 60) -> pd.DataFrame:
    """Participant × meeting, 1 = came, -1 = stayed away, 0 = mentioned, empty = not in the report.

    Keeps the participants seen most often and the latest meetings, so the view stays legible."""
    rank = {"came": 1, "mentioned": 0, "stayed away": -1}
    scored = long.assign(score=long["presence"].map(rank))
    matrix = scored.pivot_table(index="participant", columns="meeting", values="score", aggfunc="max")
    people = scored["participant"].value_counts().index[:max_people]
    order = scored.drop_duplicates("meeting").sort_values("published")["meeting"].tolist()[-max_meetings:]
    return matrix.reindex(index=[p for p in people if p in matrix.index], columns=order)


def documents_per_meeting(documents: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Documents adopted, signed or proposed per meeting, with the meeting's date."""
    counts = documents.groupby("article_id").size().rename("documents")
    out = meetings(articles).merge(counts, left_on="article_id", right_index=True, how="left")
    out["documents"] = out["documents"].fillna(0).astype(int)
    return out[["meeting", "published", "documents", "article_id"]]


def timeline(dates: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every date mention with a start date, joined to the meeting whose report holds it."""
    out = dates.merge(meetings(articles)[["article_id", "meeting", "published"]], on="article_id")
    out["start"] = pd.to_datetime(out["start"], errors="coerce")
    out["end"] = pd.to_datetime(out["end"], errors="coerce")
    return out.dropna(subset=["start"])[
        [
            "start",
            "end",
            "surface",
            "calendar",
            "precision",
            "refers_to",
            "section",
            "meeting",
            "published",
            "article_id",
        ]
    ]


def lemma_counts(out: str | Path, top: int = 30, by_outlet: bool = False) -> pd.DataFrame:
    """Most frequent content lemmas (no stopwords, punctuation or numbers), over the corpus or per outlet.

    The tokens dataset is streamed in batches, so this works on corpora larger than memory."""
    outlets = read_dataset(out, "articles", ["article_id", "outlet"]).set_index("article_id")["outlet"].fillna("—")
    columns = ["article_id", "lemma", "is_stopword", "is_punctuation", "is_number"]
    counts: Counter = Counter()
    for batch in batches(out, "tokens", columns):
        df = batch.to_pandas()
        keep = df[
            ~(df["is_stopword"].fillna(False) | df["is_punctuation"].fillna(False) | df["is_number"].fillna(False))
        ]
        keys = [keep["article_id"].map(outlets), keep["lemma"]] if by_outlet else [keep["lemma"]]
        counts.update(keep.groupby(keys).size().to_dict())
    index = ["outlet", "lemma"] if by_outlet else ["lemma"]
    table = pd.Series(counts, name="count", dtype="int64").rename_axis(index).reset_index()
    table = table.sort_values(["count", *index], ascending=[False, *[True] * len(index)])
    return (table.groupby("outlet").head(top) if by_outlet else table.head(top)).reset_index(drop=True)
