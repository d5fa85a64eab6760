"""Rows for states and titles with nobody named: a state named on its own (absent or host with nobody
of it named), a plural title and its states («رؤسای جمهور A و B … حضور داشتند»), a chair cue's plural
title («به ریاست مشترک وزرای خارجه A و B») and a title of the writer's own state («رئیس‌جمهور کشورمان»).
helpers.extract.status gives them the cues; helpers.extract.attendees lends them to the people who hold
the title."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial

from helpers.extract.clauses import after_preposition
from helpers.extract.cues import Said
from helpers.extract.meeting_nouns import MEETING
from helpers.extract.mentions import Scanned, Span, cue, find_cues, only_separators
from helpers.extract.people import Found
from helpers.text import gazetteer as gz
from helpers.text.places import find_cities

LEADERS = cue("رهبران|سران|روسای (?:کشورهای|دولتهای)")
"""Leaders of states named after them («سران ایران و ترکیه»): heads of state or government; not
in the name of a meeting («نشست سران ایران و ترکیه»)."""
MEETING_BEFORE = re.compile(f"(?<!\\w)(?:{MEETING})[\\s\\u200c]*$")
STATE_LIST = re.compile(
    r"^(?:[\s\u200c\u200f،,]|(?<!\w)(?:و|کشور|کشور\u200c?های|دولت\u200c?های|جمهوری|اسلامی|وزارت|امور|خارجه"
    r"|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|\d+)(?!\w))*$"
)
"""What may lie between a plural title and its states, and between the states of a list (a state's
long form, «جمهوری اسلامی», and its ministry: «معاونان وزارت امور خارجه ایران و ترکیه»; their count,
«رهبران چهار کشور A، B، C و D», folded digits)."""
SOME_STATES = re.compile(r"[\s\u200c]*(?:(?:این[\s\u200c])?(?:دو|سه)[\s\u200c]کشور|این[\s\u200c]کشورها)(?!\w)")
"""States counted back to, not named, after a plural title («وزیران خارجه دو کشور», «… این کشورها»):
the title's holders the article names, whichever their state (not «پنج کشور حاشیه خزر» or «کشورهای
عضو», which need not be the states the article names)."""
CITY_WORD = re.compile(r"[\s\u200c«»\"]*(?:شهر[\s\u200c«»\"]+)?")
"""Between a host cue and its city: separators, and «شهر» («به میزبانی شهر سمرقند»)."""
OURS = cue("کشورمان|کشور ما")
"""«our country», after a title: the writer's own state."""


def free_states(sentence: Scanned, found: list[Found]) -> list[gz.Mention]:
    """States named on their own: not inside a role phrase, not paired with a person in a list."""
    role_spans = [f.meta["role_span"] for f in found if "role_span" in f.meta]
    return [
        m
        for m in sentence.mentions
        if m.kind == "country"
        and not any(s.start <= m.start < s.end for s in role_spans)
        and not any(f.affiliation is m.entry and f.meta.get("in_list") for f in found)
    ]


def state_row(state: gz.Mention, said: Said) -> Found:
    """A nameless row for a state the status is said of."""
    return Found(Span(state.start, state.end), "", affiliation=state.entry, status=said.status, cue=said.kind)


def city_state_row(sentence: Scanned, end: int, said: Said) -> Found | None:
    """A nameless row for the state of a city named right after a host cue («به میزبانی سمرقند»): a
    hosting word naming a city gives the city's state as host (README, session 11), as one naming the
    state does; None where no city stands right after `end`."""
    return _city_row(
        sentence, said, lambda at, _: at >= end and CITY_WORD.fullmatch(sentence.text, end, at) is not None
    )


def host_before(sentence: Scanned, states: list[gz.Mention], start: int, said: Said) -> Found | None:
    """A nameless row for the state, or the city's state, named right before a host cue, as its subject
    («کویت میزبان این نشست بود», «سمرقند میزبان نشست … است»): the state hosts (README, session 11). Not a
    place after a preposition («X در سمرقند میزبان همتایانش بود»: X hosts)."""
    text = sentence.text

    def subject(at: int, stop: int) -> bool:
        return stop <= start and only_separators(text[stop:start], False) and not after_preposition(text, at)

    state = next((m for m in states if subject(m.start, m.end)), None)
    return state_row(state, said) if state is not None else _city_row(sentence, said, subject)


def _city_row(sentence: Scanned, said: Said, near: Callable[[int, int], bool]) -> Found | None:
    """A nameless row for the state of the first city whose span (`near`: start, end) stands where wanted."""
    for city, start, stop in find_cities(sentence.folded):
        at, to = sentence.origin[start], sentence.origin[stop - 1] + 1
        state = gz.load().countries.get(city.iso3)
        if state is not None and near(at, to):
            return Found(Span(at, to), "", affiliation=state, status=said.status, cue=said.kind)
    return None


def titled_chairs(sentence: Scanned, span: Span, given: Said) -> list[Found]:
    """«به ریاست مشترک وزرای خارجه A و B»: a plural title and its states right after a chair cue,
    nobody named, make collective rows the title's holders of those states take (helpers.extract.
    attendees)."""
    text = sentence.text
    title = next(
        (
            m
            for m in sentence.mentions
            if m.kind == "role" and m.entry.plural and m.start >= span.end and only_separators(text[span.end : m.start])
        ),
        None,
    )
    if title is None:
        return []
    single = replace(title.entry, plural=False)
    return [
        Found(Span(m.start, m.end), "", None, single, m.entry, given.status, given.kind, {"collective": True})
        for m in states_after(sentence, title.end)
    ]


def titled_groups(sentence: Scanned, found: list[Found]) -> list[tuple[Span, gz.Entry | None, list[gz.Mention]]]:
    """«رؤسای جمهور A و B», «سران A، B و C», «وزیران خارجه دو کشور»: a plural title (or «سران»,
    «رهبران») followed by states, with nobody named inside: its span, the title made singular and
    the states (none where they are counted back to, not named). helpers.extract.status gives each
    the verb said of it (`rows`)."""
    heads: list[tuple[int, int, gz.Entry | None]] = [
        (m.start, m.end, m.entry) for m in sentence.mentions if m.kind == "role" and m.entry.plural
    ]
    heads += [
        (span.start, span.end, None)
        for span in find_cues(LEADERS, sentence)
        if not MEETING_BEFORE.search(
            sentence.folded[
                max(0, bisect_left(sentence.origin, span.start) - 20) : bisect_left(sentence.origin, span.start)
            ]
        )
    ]
    groups = []
    for start, end, role in heads:
        states = states_after(sentence, end)
        some = role is not None and not states and SOME_STATES.match(sentence.folded, bisect_left(sentence.origin, end))
        last = states[-1].end if states else sentence.origin[some.end() - 1] + 1 if some else end
        if not (states or some) or any(start <= f.span.start < last for f in found):
            continue
        groups.append((Span(start, last), role and replace(role, plural=False), states))
    return groups


def rows(group: tuple[Span, gz.Entry | None, list[gz.Mention]], said: Said) -> list[Found]:
    """A group's rows, each marked `collective`, which helpers.extract.attendees.collapse passes on to
    the people of the article who hold the title: one per state, or one for the group."""
    span, single, states = group
    return [
        Found(Span(m.start, m.end), "", None, single, m.entry, said.status, said.kind, {"collective": True})
        for m in states
    ] or [Found(span, "", None, single, None, said.status, said.kind, {"collective": True})]


def states_after(sentence: Scanned, pos: int) -> list[gz.Mention]:
    """The states listed right after `pos` («A، B و C»), in order."""
    at = partial(bisect_left, sentence.origin)
    return listed_states(sentence.mentions, lambda a, b: sentence.folded[at(a) : at(b)], pos)


def listed_states(mentions: Iterable[gz.Mention], between: Callable[[int, int], str], pos: int) -> list[gz.Mention]:
    """The states among `mentions` listed right after `pos`, in order: countries with nothing `between` one and
    the next (the folded text between two of their positions) but what STATE_LIST allows."""
    states: list[gz.Mention] = []
    for m in sorted((m for m in mentions if m.start >= pos), key=lambda m: m.start):
        if m.kind != "country" or not STATE_LIST.match(between(pos, m.start)):
            break
        states.append(m)
        pos = m.end
    return states


def our_titles(sentence: Scanned, found: list[Found]) -> list[Found]:
    """«رئیس‌جمهور کشورمان … وارد کازان شد» with nobody named there: a stand-in holder of the title
    in the writer's own state, who takes the sentence's cues and lends them to the person the
    article names with that title (helpers.extract.attendees)."""
    text, held = sentence.text, [f.meta["role_span"] for f in found if "role_span" in f.meta]
    out = []
    for span in find_cues(OURS, sentence):
        role = next(
            (
                m
                for m in sentence.mentions
                if m.kind == "role"
                and not m.entry.plural
                and m.end <= span.start
                and only_separators(text[m.end : span.start], allow_comma=False)
            ),
            None,
        )
        named_next = any(f.span.start >= span.end and only_separators(text[span.end : f.span.start]) for f in found)
        if role and not named_next and not any(h.start <= role.start < h.end for h in held):
            out.append(Found(Span(role.start, span.end), "", role=role.entry, meta={"role_only": True, "ours": True}))
    return out
