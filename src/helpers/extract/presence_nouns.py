"""Presence said as a noun phrase (#11, session 9): a noun of presence or of a speech held by a named
person and placed at the meeting («حضور X در این اجلاس», «سخنرانی X در نشست سران», Dari «بیانیه X در …
کنفرانس») tells that X was there, or is to be, with no verb of X's own; the clause's verb after the
phrase, or the report's time, tells which."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue as Kind
from helpers.extract.clauses import listed_after, only_phrase_between, same_list, without_titles
from helpers.extract.cues import Said
from helpers.extract.document_cues import ABOUT
from helpers.extract.mentions import Scanned, find_cues, words
from helpers.extract.names import HONORIFIC_WORDS
from helpers.extract.people import Found
from helpers.extract.readings import PLACE, verb_in
from helpers.text import gazetteer as gz

if TYPE_CHECKING:  # report_time reads the status modules' cues
    from helpers.extract.report_time import Times


HELD_NOUN = re.compile(
    f"(?<!\\w)(?P<not>(?:عدم|بدون|احتمال|امکان|{ABOUT}|درباره|اشاره به)[\\s\u200c]+)?"
    '(?:حضور|شرکت|اشتراک|سخنرانی|سخنان|بیانات|بیانیه)[\\s\u200c«»"،]*$'
)
"""A noun of presence or of a speech right before its holder («حضور X», «سخنرانی X», Dari «بیانیه X»),
folded, titles blanked; «عدم/بدون/احتمال/امکان» before it say the presence is not, or not yet, told, and
what is talked about («درباره / در مورد / با اشاره به حضور X …», document_cues.ABOUT) is not told either."""
STOP = re.compile(r"[.؛:!؟?]")
CLAUSE_CUT = re.compile(r"[.؛:!؟?،]")
TITLE_WORDS = 6
"""At most this many words of a title the gazetteer lacks between the holder and the place."""


HELD = Said(Status.ATTENDED, Kind.PARTICIPATION, PLACE)
"""A presence held at the meeting, as the report's time (Times.of) reads it."""
TENSE_OF = {"future": "future", "subjunctive": "future", "present": "stative", "": "stative"}
"""The tense Times.of reads a presence noun's clause verb in: a plan, a state, or done (the past)."""


def held_at(sentence: Scanned, found: list[Found], times: Times) -> None:
    """A presence or speech said as a noun phrase of its holder, placed at the meeting («حضور X در این
    اجلاس», «سخنرانی X و Y در نشست سران», «بیانیه X در سی و نهمین کنفرانس»): X was there, or is to be.
    Its time is the report's (a presence told before the meeting is a plan, whatever verb tells of it:
    «از شرکت X در اجلاس خبر داد»), else that of the clause's verb after the phrase: a past one tells
    presence, a future or subjunctive one, or a plan word after it («… که قرار است … برگزار شود»), a
    plan; a present or no verb (a headline) with no time told tells nothing. A negated verb, or an
    earlier occasion, tells nothing either."""
    places = [span for span in find_cues(PLACE, sentence) if not times.earlier(span.start)]
    if not places:
        return
    for f in (f for f in found if f.status == Status.MENTIONED and not f.meta.get("pronoun")):
        place = next((p for p in places if _phrase_to(sentence, found, f, p.start)), None)
        if place is None or not _held_by(sentence, found, _head(sentence, found, f)):
            continue
        cut = CLAUSE_CUT.search(sentence.text, place.end)
        verb = verb_in(sentence.text, place.end, cut.start() if cut else len(sentence.text))
        if verb is not None and verb.negated:
            continue
        tense = TENSE_OF.get(verb.tense if verb else "", "")
        given = times.of(HELD, place.start, tense)
        if given is None or (given.status == Status.ATTENDED and tense == "stative" and not times.frame):
            continue
        if times.frame == "future":
            given = given._replace(status=Status.EXPECTED)
        f.status, f.cue = given.status, (Kind.PLANNED if given.status == Status.EXPECTED else Kind.PARTICIPATION)


def _phrase_to(sentence: Scanned, found: list[Found], f: Found, pos: int) -> bool:
    """Whether the place at `pos` goes on `f`'s phrase: only their titles (or a few words of a title the
    gazetteer lacks, with no verb or sentence end) and the people listed after them lie between."""
    if pos < f.span.end:
        return False
    after = [g for g in found if f.span.end <= g.span.start < pos and not g.meta.get("role_only")]
    last = after[-1] if after and same_list(sentence, f, after[-1], found) else None
    if after and last is None:
        return False
    lo = last.span.end if last else f.span.end
    if only_phrase_between(sentence.text, lo, pos, sentence.mentions):
        return True
    between = without_titles(sentence.text, lo, pos, sentence.mentions)
    if len(words(between)) > TITLE_WORDS or STOP.search(between):
        return False
    verb = verb_in(between, 0, len(between))
    return verb is None or verb.tense == "subjunctive"  # a title's ordinal («معاون دوم») reads as «دویدن»


def _head(sentence: Scanned, found: list[Found], f: Found) -> Found:
    """The first person of the list `f` is an item of («حضور X، Y و Z در …»: X)."""
    before = [g for g in found if g.span.end <= f.span.start]
    head = f
    for g in reversed(before):
        if not listed_after(sentence, g, head):
            break
        head = g
    return head


def _held_by(sentence: Scanned, found: list[Found], f: Found) -> bool:
    """Whether a presence or speech noun stands right before `f` (their titles and honorifics aside)."""
    lo = max([0, f.span.start - 40] + [g.span.end for g in found if g.span.end <= f.span.start])
    before = gz.fold(without_titles(sentence.text, lo, f.span.start, sentence.mentions))
    said = [w for _, _, w in words(before)]
    while said and gz.key(said[-1]) in HONORIFIC_WORDS:
        said.pop()
    held = HELD_NOUN.search(" ".join(said))
    return held is not None and not held.group("not")
