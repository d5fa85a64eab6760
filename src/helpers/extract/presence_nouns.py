"""Presence said as a noun phrase (#11, session 9): a noun of presence or of a speech held by a named
person and placed at the meeting («حضور X در این اجلاس», «سخنرانی X در نشست سران», Dari «بیانیه X در …
کنفرانس») tells that X was there, or is to be, with no verb of X's own; the clause's verb after the
phrase, or the report's time, tells which. So does a comitative: who is named as the partner of the
subject's act («در کنفرانس خبری مشترک با X», «به همراه X», «همراه با X»), or the one met in talks told as a
noun («در دیدار با X»: session 11), shares the subject's presence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue as Kind
from helpers.extract.clauses import listed_after, only_phrase_between, same_list, without_titles
from helpers.extract.cues import ATTEND_NOUNS, BILATERAL, READ_OUT, TALKS, Said
from helpers.extract.document_cues import ABOUT
from helpers.extract.honorifics import trailing
from helpers.extract.meeting_place import DURING
from helpers.extract.mentions import Scanned, find_cues, words
from helpers.extract.people import Found
from helpers.extract.readings import PLACE, verb_in
from helpers.text import gazetteer as gz

if TYPE_CHECKING:  # report_time reads the status modules' cues
    from helpers.extract.report_time import Times


HELD_NOUN = re.compile(
    f"(?<!\\w)(?P<not>(?:عدم|بدون|احتمال|امکان|{READ_OUT}|{ABOUT}|درباره|اشاره به)[\\s\u200c]+)?"
    f'(?:{ATTEND_NOUNS}|سخنرانی|سخنان|بیانات|بیانیه)[\\s\u200c«»"،]*$'
)
"""A noun of presence or of a speech right before its holder («حضور X», «سخنرانی X», Dari «بیانیه X»),
folded, titles blanked; «عدم/بدون/احتمال/امکان» before it say the presence is not, or not yet, told, and
what is talked about («درباره / در مورد / با اشاره به حضور X …», document_cues.ABOUT) is not told either, nor is
a speech read out by another («با قرائت سخنان X»: the reader's presence)."""
STOP = re.compile(r"[.؛:!؟?]")
PHRASE_END = re.compile(r"[.؛:!؟?،,](?!.*[.؛:!؟?،,])", re.S)
"""The last comma or clause end in a span: a phrase starts after it."""
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
    held = HELD_NOUN.search(" ".join(_words_before(sentence, found, f)))
    return held is not None and not held.group("not")


def _words_before(sentence: Scanned, found: list[Found], f: Found, since: int = 0) -> list[str]:
    """The folded words before `f` (after anyone of `found` named before, and from `since` on), titles and
    honorifics aside."""
    lo = max([since, f.span.start - 40] + [g.span.end for g in found if g.span.end <= f.span.start])
    said = [w for _, _, w in words(gz.fold(without_titles(sentence.text, lo, f.span.start, sentence.mentions)))]
    return said[: len(said) - trailing(said)]


TALKS_WITH = f"(?:{DURING}|با) (?:{TALKS}|نشست)(?:ی| های?)?(?: {BILATERAL})? با"
"""The noun of talks with someone as the frame of an act («در دیدار با», «ضمن گفتگو با», «با ملاقات با», «در
نشست دوجانبه با»), folded: not talks after or before something («پس از نشست با X … گفتوگو خواهد کرد»), nor the
purpose of a trip («به منظور / برای دیدار با X», presence.TO_MEET)."""
WITH_PARTNER = re.compile(
    f"(?<!\\w)(?:مشترک با|به ?همراه|همراه با|(?P<talks>{TALKS_WITH}))".replace(" ", "[\\s\u200c]*") + '[\\s\u200c«»"]*$'
)
"""A comitative right before a person («در کنفرانس خبری مشترک با X», «به همراه X», «همراه با X»), or the
noun of talks with them («در دیدار با X», «با ملاقات با X», «در نشست دوجانبه با X»), folded, titles blanked:
X does what the subject does, with them; talks held on a phone or a video link («گفتگوی تلفنی با X») bring
no one together."""
SHARED = {
    Status.HOST: Status.ATTENDED,
    Status.CHAIR: Status.ATTENDED,
    Status.ATTENDED: Status.ATTENDED,
    Status.EXPECTED: Status.EXPECTED,
}
"""The status a partner shares with the subject: presence (hosting or chairing stays the subject's), or a plan."""


def partners(sentence: Scanned, found: list[Found]) -> None:
    """Whoever a comitative names with the subject of an act at the meeting («X … در کنفرانس خبری مشترک
    با Y … تأکید کرد», «X به همراه Y و Z این طرح را امضا کردند») was there with them, or is to be: Y (and
    the people listed with Y) share the presence or plan the sentence gives the nearest person named
    before the comitative. Where no cue placed the subject but the sentence names them with this meeting
    (meta "at_it", readings.named_at_it), the partner of a joint act is so named too («X در نشست خبری مشترک
    با Y گفت: … این نشست …»), not one the subject only had talks with («X در دیدار با Y …»)."""
    for f in (f for f in found if f.status == Status.MENTIONED and not f.meta.get("pronoun")):
        head = _head(sentence, found, f)
        partner = _partner_word(sentence, head)
        subject = next((g for g in reversed(found) if g.span.end <= head.span.start), None)
        if partner is None or subject is None:
            continue
        if subject.status in SHARED:
            f.status = SHARED[subject.status]
            f.cue = Kind.PLANNED if f.status == Status.EXPECTED else Kind.PARTICIPATION
        elif subject.meta.get("at_it") and not partner.group("talks"):
            f.meta["at_it"] = True


def _partner_word(sentence: Scanned, f: Found) -> re.Match[str] | None:
    """The comitative (WITH_PARTNER) right before `f`, their titles and honorifics aside, in the same phrase:
    no comma or clause end between («ضمن شرکت در نشست، با X دیدار کند»: the meeting is one phrase, the talks
    with X another); None if there is none."""
    cut = PHRASE_END.search(sentence.text, max(0, f.span.start - 40), f.span.start)
    return WITH_PARTNER.search(" ".join(_words_before(sentence, [], f, cut.end() if cut else 0)))
