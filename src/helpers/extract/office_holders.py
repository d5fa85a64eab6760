"""Which gazetteer person a surname written alone stands for: the one who held the title written
next to it on the article's date, by the terms of helpers.text.offices (a surname several gazetteer
people share), else the one in office then; with no term covering the day, people.csv's usual role
decides. Split out of helpers.extract.people, which finds the people of a sentence with it."""

from __future__ import annotations

import datetime as dt

from helpers.extract.mentions import Span, only_separators
from helpers.extract.names import tokens
from helpers.text import gazetteer as gz
from helpers.text import offices


def lone_surname(
    text: str, role: gz.Mention, phrase_end: int, taken: list[Span], gaz: gz.Gazetteer, day: dt.date | None
) -> Span | None:
    """The word next to a title that is the surname of a gazetteer person with that title («رئیس‌جمهور غنی»)."""
    near = [w for w in tokens(text) if w.end <= role.start and only_separators(text[w.end : role.start])]
    near += [w for w in tokens(text) if w.start >= phrase_end and only_separators(text[phrase_end : w.start])]
    for start, end, word in near:
        if not any(s.start < end and start < s.end for s in taken) and known_surname(word, role.entry, gaz, day=day):
            return Span(start, end)
    return None


def known_surname(
    written: str,
    role: gz.Entry | None,
    gaz: gz.Gazetteer,
    state: gz.Entry | None = None,
    day: dt.date | None = None,
) -> gz.Entry | None:
    """The gazetteer person a lone surname stands for («رئیس‌جمهور غنی», «حجت‌الاسلام روحانی»):
    the only person with that surname who held the title written (of that state, when given) on
    `day` (`held`), else the only one of them in office on `day`. Surnames that are common words
    are not spellings in people.csv, so only a title or honorific finds them; a surname two people
    share goes to the one the title fits («نخست‌وزیر قرقیزستان ژاپاروف» is Akylbek in 2022, Sadyr
    in October 2020; «رئیس‌جمهور ترکمنستان بردی‌محمدوف» is Gurbanguly until March 2022). A shorter
    form of a full name («محمدرضا آشتیانی» of «محمدرضا قرائی آشتیانی») is read by its surname, the
    words before it all words of the person's full name."""
    *given, last = [gz.key(w.text) for w in tokens(written)] or [gz.key(written)]
    people = tuple(p for p in gaz.surnames.get(last, ()) if set(given) <= {gz.key(w) for w in p.name_fa.split()})
    if role is not None:
        people = tuple(p for p in people if held(p, role, day, state))
    if len(people) > 1 and day is not None:
        people = tuple(p for p in people if offices.load().in_office(p.id, day)) or people
    return people[0] if len(people) == 1 else None


def held(person: gz.Entry, role: gz.Entry, day: dt.date | None, state: gz.Entry | None = None) -> bool:
    """Whether `person` held `role` (of `state`, when given) on `day`: by the terms of offices.csv
    when one covers the day, else by their usual role and state in people.csv."""
    terms = offices.load().in_office(person.id, day) if day else ()
    if terms:
        return any(t.role_id == role.id and (state is None or t.affiliation == state.id) for t in terms)
    return person.role_id == role.id and (state is None or person.affiliation == state.id)
