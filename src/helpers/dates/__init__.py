"""Dates in Persian and Dari text: the parser (`find_dates`) and the calendars it counts in.

It sits below the text steps and the extractors, which both read dates (ingest for the dateline,
extract for the dates table), and imports neither; a weekday's clause is read with the shared verb
reader (helpers.text.verbs)."""

from helpers.dates.mention import DateMention
from helpers.dates.parser import DUSHANBE_CITY, dominant_calendar, find_dates

__all__ = ["DUSHANBE_CITY", "DateMention", "dominant_calendar", "find_dates"]
