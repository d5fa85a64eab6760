"""The dates table (contracts.DATES): every date the parser (helpers.dates) finds in an article's
sentences, counted in the article's dominant calendar, with where it was read."""

from __future__ import annotations

import datetime as dt
import warnings

import pandas as pd

from helpers import contracts
from helpers.contracts import Calendar, Section
from helpers.dates import DUSHANBE_CITY, DateMention, dominant_calendar, find_dates
from helpers.dates.calendars import canonical, fold_for_dates
from helpers.dates.dateline import read_dateline, witness
from helpers.extract.mentions import Sentence, sentence_rows


def date_rows(rows: list[Sentence], published: dt.date | None) -> pd.DataFrame:
    """The dates table (contracts.DATES) for an article's sentence rows (helpers.extract.mentions)."""
    return _table(date_tuples(rows, published))


def date_tuples(rows: list[Sentence], published: dt.date | None) -> list[tuple]:
    """The dates table's rows, as tuples in contracts.DATES order (corpus mode stacks them, P3)."""
    texts = [row.text for row in rows]
    found = [find_dates(t, published) for t in texts]
    dateline = _dateline_calendar(rows, found, published)
    calendar = dateline or _dominant(found, published)
    if dateline or calendar != Calendar.GREGORIAN:  # count relative phrases again, in the article's calendar
        with warnings.catch_warnings():  # dual forms already warned on the first pass
            warnings.simplefilter("ignore")
            found = [
                find_dates(t, published, calendar, bool(dateline))
                if any(not m.named_calendar for m in mentions)
                else mentions
                for t, mentions in zip(texts, found, strict=True)
            ]
    # One sense per article: where «دوشنبه» is the city once, a bare «دوشنبه» is the city throughout.
    city = any("دوشنبه" in folded and DUSHANBE_CITY.search(folded) for folded in map(fold_for_dates, texts))
    out = [
        (
            m.surface,
            m.start.isoformat() if m.start else None,
            m.end.isoformat() if m.end else None,
            m.calendar,
            m.precision,
            m.relative,
            m.refers_to,
            row.section,
            row.paragraph,
            row.sentence,
            row.text,
        )
        for row, mentions in zip(rows, found, strict=True)
        for m in mentions
        if not (city and canonical(m.surface) == "دوشنبه")
    ]
    return out


def _dateline_calendar(
    rows: list[Sentence], found: list[list[DateMention]], published: dt.date | None
) -> Calendar | None:
    """The solar or Gregorian calendar of the dateline that gives the publication day, if one does:
    relative phrases count in it («امسال» under «date 2025-08-22» is 2025, not 1404). A line with that day
    is ranked as ingest ranks datelines (helpers.dates.dateline.witness: «تاریخ انتشار» over a bare date
    line over «last modified …», an update in the site's Gregorian clock); a first paragraph that opens
    with the day (a dateline run into the text) ranks below every dateline line."""
    best: tuple[int, Calendar] | None = None
    for row, mentions in zip(rows, found, strict=True):
        day = next((m for m in mentions if _gives(m, published)), None)
        if day is None:
            continue
        rank = -2
        if row.section == Section.DATELINE:
            line = read_dateline(row.text)
            rank = witness(line.shape) if line else -1
        if best is None or rank > best[0]:
            best = (rank, day.calendar)
    return best[1] if best else None


def _dominant(found: list[list[DateMention]], published: dt.date | None) -> Calendar:
    """The calendar most of the page's dates name (helpers.dates.dominant_calendar). A page with no date naming a
    solar or Gregorian calendar and no publication date has nothing relative to count, and a year it writes with
    two digits («از سال ۹۰», «دهه ۶۰») is solar: Persian writes Gregorian years whole or marked «میلادی»."""
    mentions = [m for ms in found for m in ms]
    named = any(m.named_calendar and m.calendar != Calendar.HIJRI for m in mentions)
    return dominant_calendar(mentions) if named or published else Calendar.JALALI


def _gives(mention: DateMention, published: dt.date | None) -> bool:
    """A written day that is the publication day, in a solar or Gregorian calendar."""
    return (
        bool(published) and mention.start == published and not mention.relative and mention.calendar != Calendar.HIJRI
    )


def _table(rows: list[tuple]) -> pd.DataFrame:
    """The dates table from rows in contracts.DATES order. Columns are built with their types given
    (contracts.frame; pandas' per-value type inference costs more than the date search). An empty table,
    or one with a column that is missing throughout, is left to pandas, which makes such a column
    `object`: that keeps the table's types what they always were."""
    columns = dict(zip(contracts.DATES, map(list, zip(*rows, strict=True)), strict=False))  # no rows: no columns
    if rows and all(any(v is not None for v in values) for values in columns.values()):
        return contracts.frame(columns, contracts.DATES)
    return pd.DataFrame(rows, columns=contracts.header(contracts.DATES))


def extract_dates(sentences: pd.DataFrame, published: dt.date | None) -> pd.DataFrame:
    """The dates table (contracts.DATES) for an article's sentences (contracts.SENTENCES)."""
    return date_rows(sentence_rows(sentences), published)
