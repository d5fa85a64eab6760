"""Status from what the sentence says: host, chair, attended, absent or incoming cues bound to the
people (and states) they speak of; a person named with no cue stays `mentioned`.

Host/chair cues («به میزبانی», «به ریاست») bind to the next person, incoming cues to the nearest
person before them; verb cues («حضور داشتند», «شرکت نکرد») to every person before the verb, or
after it. A state named as absent (or as host) with nobody of it named gets a row with an empty name."""

from __future__ import annotations

import re

from helpers.contracts import AttendeeStatus as Status
from helpers.extract.mentions import Scanned, Span, cue, find_cues, only_separators, words
from helpers.extract.people import Found, affiliation_after
from helpers.text import gazetteer as gz

NEXT_CUES = {Status.HOST: cue("(?:به|با) میزبانی"), Status.CHAIR: cue("(?:به|با|تحت) ریاست")}
PREV_CUES = {
    Status.HOST: cue("میزبان (?:این )?(?:نشست|اجلاس|جلسه|همایش|ان ها|انان|سران|رهبران|مهمانان)"),
    Status.CHAIR: cue("ریاست (?:این )?(?:نشست|اجلاس|جلسه)? ?را (?:بر )?عهده (?:داشت|داشتند|گرفت)"),
    Status.INCOMING: cue("جانشین|منصوب (?:شد|شده|خواهد شد|گردید)|عهده دار (?:این )?سمت خواهد"),
}
VERB_CUES = {
    Status.ABSENT: cue(
        "(?:شرکت|حضور|اشتراک) (?:ن|نمی )(?:کرد|کردند|داشت|داشتند|یافت|یافتند|ورزید|ورزیدند|کند|کنند)"
        "|غایب|غیبت|حاضر نشد|حاضر نشدند|حاضر نبود|حاضر نبودند"
    ),
    Status.ATTENDED: cue(
        "حضور (?:داشت|داشتند|یافت|یافتند|پیدا کرد|پیدا کردند)|شرکت (?:کرد|کردند|کرده|داشت|داشتند|جست|جستند)"
        "|اشتراک (?:کرد|کردند|ورزید|ورزیدند|داشت|داشتند)|با (?:حضور|شرکت|اشتراک)|حاضر بود|حاضر بودند|گرد هم امدند"
    ),
}
"""Status cues (folded spelling; see helpers.extract.mentions.Cue)."""
PREPOSITIONS = {"با", "از", "به", "در", "برای", "علیه", "میان", "بین", "تا", "درباره", "نزد"}


def apply_status(sentence: Scanned, found: list[Found], main_org: gz.Entry | None) -> list[Found]:
    """Set each mention's status from the cues in its sentence; return nameless state rows too."""
    free_states = _free_states(sentence, found)
    if not found and not free_states:  # no person and no state for a cue to act on: skip the cue scans
        return []
    verb_hits = sorted(
        (span.start, status) for status, phrase in VERB_CUES.items() for span in find_cues(phrase, sentence)
    )
    for f in found:
        after = [status for pos, status in verb_hits if pos >= f.span.end]
        before = [status for pos, status in verb_hits if pos < f.span.start]
        if after or before:
            f.status = after[0] if after else before[-1]
    states = _next_cues(sentence, found, free_states)
    for status, phrase in PREV_CUES.items():
        for span in find_cues(phrase, sentence):
            _nearest_before(found, span.start, status)
    _new_in_office(sentence, found, main_org)
    absent_at = [pos for pos, status in verb_hits if status == Status.ABSENT]
    for state in free_states:
        if any(pos > state.end for pos in absent_at) and not _after_preposition(sentence.text, state.start):
            states.append(_state_row(state, Status.ABSENT))
    return states


def _free_states(sentence: Scanned, found: list[Found]) -> list[gz.Mention]:
    """States named on their own: not inside a role phrase, not paired with a person in a list."""
    role_spans = [f.meta["role_span"] for f in found if "role_span" in f.meta]
    return [
        m
        for m in sentence.mentions
        if m.kind == "country"
        and not any(s.start <= m.start < s.end for s in role_spans)
        and not any(f.affiliation is m.entry and f.meta.get("in_list") for f in found)
    ]


def _state_row(state: gz.Mention, status: Status) -> Found:
    """A nameless row for a state the status is said of."""
    return Found(Span(state.start, state.end), "", affiliation=state.entry, status=status)


def _next_cues(sentence: Scanned, found: list[Found], free_states: list[gz.Mention]) -> list[Found]:
    """Host/chair cues give their status to the person right after them (only role and state words
    between); a host cue followed by a state alone makes a nameless host row for it."""
    text, mentions = sentence.text, sentence.mentions
    states: list[Found] = []
    for status, phrase in NEXT_CUES.items():
        for span in find_cues(phrase, sentence):
            target = next(
                (
                    f
                    for f in found
                    if f.span.start >= span.end and _only_phrase_between(text, span.end, f.span.start, mentions)
                ),
                None,
            )
            if target:
                target.status = status
                continue
            state = next(
                (
                    m
                    for m in free_states
                    if m.start >= span.end and only_separators(text[span.end : m.start], allow_comma=False)
                ),
                None,
            )
            if state and status == Status.HOST:
                states.append(_state_row(state, Status.HOST))
    return states


def _new_in_office(sentence: Scanned, found: list[Found], main_org: gz.Entry | None) -> None:
    """«<role> جدید»: the person named before the title is incoming, in that role."""
    for role in (m for m in sentence.mentions if m.kind == "role"):
        if re.match(r"[\s\u200c]*جدید(?!\w)", sentence.folded_from(role.end)):
            target = _nearest_before(found, role.start, Status.INCOMING)
            if target and target.role is None:
                target.role = role.entry
                target.affiliation = affiliation_after(sentence, role, main_org)[0]


def _nearest_before(found: list[Found], pos: int, status: Status) -> Found | None:
    before = [f for f in found if f.span.end <= pos]
    if not before:
        return None
    target = before[-1]
    target.status = status
    return target


def _only_phrase_between(text: str, lo: int, hi: int, mentions: list[gz.Mention]) -> bool:
    """Only separators, commas and role/state words lie between a cue and the person it governs."""
    if hi < lo:
        return False
    chars = list(text[lo:hi])
    for m in mentions:
        if m.kind in ("role", "country", "org") and lo <= m.start and m.end <= hi:
            chars[m.start - lo : m.end - lo] = [" "] * (m.end - m.start)
    return only_separators("".join(chars))


def _after_preposition(text: str, pos: int) -> bool:
    prev = words(text[:pos])
    return bool(prev) and gz.key(prev[-1][2]) in PREPOSITIONS and only_separators(text[prev[-1][1] : pos], False)
