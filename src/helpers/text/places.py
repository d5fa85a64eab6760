"""Cities and the state each is in: the capitals (data/raw/gazetteer/cities.csv) and the venues of the
reference sessions (data/raw/reference/sessions.csv, city_fa and host_iso3), read together once, so a
text that says where a meeting is («در تاشکند», «شهر کازان») gives the state it is in.

A city whose name is also a word (cities.csv `word`: «دوشنبه» is Dushanbe and Monday, «آستانه» Astana
and a threshold, «در آستانه» on the eve of) is read as the city only where a place is named: after «شهر»
or «پایتخت», or after «در/به/از» when nothing follows the name in ezafe (a mark, the end of the
sentence, «برگزار» or «، پایتخت» comes next: «در آستانه برگزار شد», not «در آستانه برگزاری» or «از
دوشنبه آینده»). Any other city is read wherever it is written. Datelines are read by the dates
module (helpers.dates.relative), not here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from helpers import paths
from helpers.text import gazetteer as gz

CITY_NOUN = "(?:شهر|پایتخت)"
"""The nouns a city's name follows when named as one («شهر کازان», «پایتخت X»), folded; helpers.extract.meeting_place
reads them too."""
PLACE_BEFORE = f"(?:(?<!\\w){CITY_NOUN} )"
"""A place named as one: the city follows «شهر» or «پایتخت»."""
PLACE_AFTER_PREPOSITION = "(?:(?<!\\w)(?:در|به|از) )"
NOTHING_IN_EZAFE = '(?=\\s*(?:[،,.؛:()«»"!؟?]|$|برگزار(?!ی)|پایتخت))'
"""After a city that is also a word: no word in ezafe with it (a mark, the end, «برگزار», «پایتخت»)."""


@dataclass(frozen=True)
class City:
    """A city: its state (ISO3), its canonical Persian name, whether it is the state's capital and
    whether its name is also a common word (read as the city only where a place is named)."""

    iso3: str
    name_fa: str
    capital: bool
    word: bool


@lru_cache(maxsize=1)
def cities() -> dict[str, City]:
    """Every city by the key of each spelling (gazetteer.key): cities.csv, then the sessions' venues it
    lacks (a venue city is not repeated in cities.csv)."""
    table = pd.read_csv(paths.GAZETTEER / "cities.csv", dtype=str, keep_default_na=False)
    out = {
        gz.key(r.variant): City(r.iso3, r.name_fa, r.capital == "true", r.word == "true")
        for r in table.itertuples(index=False)
    }
    venues = pd.read_csv(paths.REFERENCE / "sessions.csv", usecols=["city_fa", "host_iso3"], dtype=str)
    for name, iso3 in venues.dropna().drop_duplicates().itertuples(index=False):
        out.setdefault(gz.key(name), City(iso3, name.strip(), False, False))
    return out


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The key (gazetteer.key) of every spelling of a state (countries.csv) and of a city that is no
    common word (cities(): «دوشنبه» is Monday too): the names a year may follow as the place it is of
    («افغانستان ۲۰۱۳», «بنگله دیش ۲۰۱۰»; helpers.dates.years)."""
    table = pd.read_csv(paths.GAZETTEER / "countries.csv", usecols=["variant"], dtype=str, keep_default_na=False)
    states = {gz.key(variant) for variant in table["variant"]}
    return frozenset(states | {k for k, city in cities().items() if not city.word})


def _spelled(key: str) -> str:
    """A city's key as a pattern that takes a space, a ZWNJ or nothing between any two letters."""
    return "[ \\u200c]?".join(map(re.escape, key))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """One pattern for every city on folded text: a word city after a place cue with nothing in ezafe
    after it, any other city as a whole word."""
    by_kind: dict[bool, list[str]] = {True: [], False: []}
    for k, city in sorted(cities().items(), key=lambda kv: -len(kv[0])):
        by_kind[city.word].append(_spelled(k))
    words, others = "|".join(by_kind[True]), "|".join(by_kind[False])
    return re.compile(
        f"(?:{PLACE_BEFORE}|{PLACE_AFTER_PREPOSITION})(?P<word>{words})(?!\\w){NOTHING_IN_EZAFE}"
        f"|{PLACE_BEFORE}(?P<named>{words})(?!\\w)"
        f"|(?<!\\w)(?P<city>{others})(?!\\w)"
    )


def city_state(name: str) -> str | None:
    """The state (ISO3) of a city as written (any spelling, folded), None for no known city."""
    city = cities().get(gz.key(name))
    return city.iso3 if city else None


def find_cities(folded: str) -> list[tuple[City, int, int]]:
    """The cities a folded text names (gazetteer.fold), with where each is written."""
    out = []
    for m in _pattern().finditer(folded):
        group = next(g for g in ("word", "named", "city") if m[g] is not None)
        out.append((cities()[gz.key(m[group])], m.start(group), m.end(group)))
    return out
