"""Days written in the calendars the date tests use, so an expected answer reads as the text does."""

from __future__ import annotations

import datetime as dt

import jdatetime
from hijridate import Hijri

D = dt.date


def J(y: int, m: int, d: int) -> dt.date:
    """A Jalali (solar hijri) day as a Gregorian date."""
    return jdatetime.date(y, m, d).togregorian()


def H(y: int, m: int, d: int) -> dt.date:
    """A Hijri (lunar, Umm al-Qura) day as a Gregorian date."""
    g = Hijri(y, m, d).to_gregorian()
    return D(g.year, g.month, g.day)
