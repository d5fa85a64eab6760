"""Status from what the sentence says: host, chair, attended, absent or incoming cues bound to the
people (and states) they speak of; a person named with no cue stays `mentioned`.

Host/chair cues («به میزبانی», «به ریاست») bind to the next person, incoming cues to the nearest
person before them; verb cues («حضور داشتند», «شرکت نکرد») to every person before the verb, or
after it when nobody is named before it. Presence, hosting or chairing said before pre-event wording
(«برگزار می‌شود», «خواهد بود») is `expected`. A state named as absent (or as host) with nobody of
it named gets a row with an empty name."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from helpers.contracts import CAME
from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue as Kind
from helpers.extract.mentions import Cue, Scanned, Span, cue, find_cues, only_separators, words
from helpers.extract.people import Found, affiliation_after
from helpers.text import gazetteer as gz

MEETING = "نشست|نشستهای|اجلاس|اجلاسیه|جلسه|همایش|کنفرانس|گردهمایی|مجمع"
"""Words for the meeting itself, as cues name it («در این نشست», «میزبان اجلاس»)."""


class Said(NamedTuple):
    """A status cue: the status it gives, the kind of statement it is (the row's `cue`), its phrase."""

    status: Status
    kind: Kind
    phrase: Cue
    forward: bool = False  # said only of the people after it («با حضور X»), never of those before


NEXT_CUES = [
    Said(Status.HOST, Kind.HOSTING, cue("(?:به|با) میزبانی")),
    Said(Status.CHAIR, Kind.CHAIRING, cue("(?:به|با|تحت) ریاست")),
]
"""Cues that bind to the next person («به میزبانی X»)."""
PREV_CUES = [
    Said(
        Status.HOST,
        Kind.HOSTING,
        cue(f"میزبان (?:این )?(?:{MEETING}|ان ها|انان|سران|رهبران|مهمانان)|میزبانی (?:کرد|کردند)"),
    ),
    Said(Status.CHAIR, Kind.CHAIRING, cue(f"ریاست (?:این )?(?:{MEETING})? ?را (?:بر )?عهده (?:داشت|داشتند|گرفت)")),
    Said(Status.INCOMING, Kind.APPOINTMENT, cue("جانشین|منصوب (?:شد|شده|خواهد شد|گردید)|عهده دار (?:این )?سمت خواهد")),
]
"""Cues that bind to the nearest person before them («X میزبان نشست بود»)."""
FUTURE_VERB = "(?:خواهد|خواهند) (?:کرد|داشت|یافت|ورزید|رفت|بود)"
PRESENCE = "(?:شرکت|حضور|اشتراک|سخنرانی|دیدار|ملاقات|گفتگو|گفت و گو|رایزنی|ریاست|میزبانی|سفر)"
"""Nouns of being at a meeting: a plan («قرار است») is a planned presence only with one of them."""
VERB_CUES = [
    Said(
        Status.ABSENT,
        Kind.ABSENCE,
        cue(
            "(?:شرکت|حضور|اشتراک) (?:ن|نمی |نخواهد |نخواهند )"
            "(?:کرد|کردند|داشت|داشتند|یافت|یافتند|ورزید|ورزیدند|کند|کنند)"
            "|غایب|غیبت|حاضر نشد|حاضر نشدند|حاضر نبود|حاضر نبودند|دعوت نشد|دعوت نشده|تحریم کرد|تحریم کردند"
            "|نمی ?توان(?:د|ند|ست|ستند) [^.؛]{0,60}?(?:شرکت|حضور)|(?:خودداری|امتناع) [^.؛]{0,40}?از (?:حضور|شرکت)"
            "|از (?:حضور|شرکت) [^.؛]{0,40}?(?:خودداری|امتناع) (?:کرد|کردند|ورزید|ورزیدند|کرده)"
            "|از (?:حضور|شرکت) [^.؛]{0,40}?انصراف (?:داد|دادند)"
        ),
    ),
    Said(
        Status.EXPECTED,
        Kind.PLANNED,
        cue(
            f"(?:{PRESENCE}|دیدارهایی|ملاقاتهایی)(?:[\\s\\u200c]\\S+){{0,2}} {FUTURE_VERB}"
            f"|ریاست [^.؛]{{0,40}}?را (?:بر )?عهده {FUTURE_VERB}|قرار (?:بر این )?است (?:که )?[^.؛:]{{0,80}}?{PRESENCE}"
            "|(?:شرکت|حضور|اشتراک) (?:می کند|می کنند|می یابد|می یابند|پیدا می کند|پیدا می کنند|می ورزد|می ورزند)"
            "|حضور (?:خود )?را [^.؛]{0,30}?(?:تایید|اعلام) (?:کرد|کرده)"
            "|همراه (?:می شوند|می شود|خواهند شد|خواهد شد|خواهند بود|خواهد بود)"
        ),
    ),
    Said(
        Status.EXPECTED,
        Kind.DEPARTURE,
        cue("عازم|راهی [^.؛]{0,40}?(?:شد|شدند|می شود|می شوند)|به مقصد|سفر (?:می کند|می کنند|خواهد کرد|خواهند کرد)"),
    ),
    Said(
        Status.ATTENDED,
        Kind.ARRIVAL,
        cue("وارد [^.؛]{1,40}?(?:شد|شدند)|در فرودگاه|مورد استقبال [^.؛]{0,30}?قرار (?:گرفت|گرفتند)"),
    ),
    Said(Status.ATTENDED, Kind.PARTICIPATION, cue("با (?:حضور|شرکت|اشتراک)|در حضور"), forward=True),
    Said(Status.ATTENDED, Kind.SPEECH, cue("با سخنرانی"), forward=True),
    Said(Status.ATTENDED, Kind.SIGNING, cue("به امضای"), forward=True),
    Said(
        Status.ATTENDED,
        Kind.SPEECH,
        cue(
            "سخنرانی (?:کرد|کردند|نمود|نمودند|کرده است)|در سخنرانی|سخنان(?:ی)? [^.؛]{0,40}?(?:ایراد|بیان) (?:کرد|نمود)"
            f"|(?:{MEETING})[^.؛]{{0,40}}?را (?:افتتاح|اغاز) (?:کرد|کردند|نمود)"
            f"|در نوبت خود|سخنران(?:ان)?(?!\\w) (?:[^.؛]{{0,30}} )?(?:{MEETING})"
            f"|در (?:اغاز |افتتاحیه |اختتامیه |جریان |پایان )?(?:این |نخستین )?(?:{MEETING})[^.؛]{{0,120}}?"
            "(?:گفت|گفته|اظهار (?:داشت|کرد)|تاکید (?:کرد|کرده)|خاطرنشان (?:کرد|ساخت)|افزود|اعلام (?:کرد|کرده))"
        ),
    ),
    Said(
        Status.ATTENDED,
        Kind.SIDELINES,
        cue(
            "(?:دیدار|ملاقات|رایزنی) (?:کرد|کردند|کرده اند|کرده است|داشت|داشتند|نمود|نمودند)"
            "|در حاشیه [^.؛]{0,80}?(?:گفتگو|گفت و گو) (?:کرد|کردند)"
        ),
    ),
    Said(
        Status.ATTENDED,
        Kind.PARTICIPATION,
        cue(f"در (?:این |همین )?(?:{MEETING})[^.؛]{{0,120}}?(?:واگذار|تحویل|اعطا) (?:کرد|کردند|نمود|شد|داد|دادند)"),
    ),
    Said(Status.ATTENDED, Kind.MESSAGE, cue("پیام [^.؛]{0,80}?را (?:[^.؛]{0,40}? )?(?:قرایت|خواند)|قرایت پیام")),
    Said(
        Status.ATTENDED,
        Kind.GATHERING,  # gathered, or brought together by the meeting («… را گرد هم آورد»)
        cue("(?:گرد|دور) هم (?:امدند|امده اند|اورد|اوردند|اورده است|جمع (?:شدند|شده اند|کرد))"),
    ),
    Said(
        Status.ATTENDED,
        Kind.PARTICIPATION,
        cue(
            "حضور (?:داشت|داشتند|یافت|یافتند|پیدا کرد|پیدا کردند|دارد|دارند)"
            "|شرکت (?:کرد|کردند|کرده|داشت|داشتند|دارد|دارند|جست|جستند)"
            "|اشتراک (?:کرد|کردند|ورزید|ورزیدند|داشت|داشتند)|حاضر بود|حاضر بودند"
        ),
    ),
]
"""Cues said of every person before the verb (the first after a person wins), or else of the person
after the nearest one before them. Folded spelling; see helpers.extract.mentions.Cue."""
FUTURE = cue(f"{FUTURE_VERB}|قرار است|(?:برگزار|اغاز|افتتاح|تشکیل) (?:می شود|خواهد شد)")
"""Pre-event wording: presence said in the same sentence before it is expected, not attended."""
PAST = cue(f"(?:سال|ماه)(?: های?)? (?:گذشته|پیش|قبل|اخیر)|(?:{MEETING})(?: ها)? (?:قبلی|پیشین|سابق)")
"""Another, earlier occasion («در اجلاس سال گذشته», «اسفند سال پیش»): cues in its clause are not
said of this meeting."""
RELATIVE = re.compile(r"(?<!\w)که(?!\w)")
NEW_IN_OFFICE = Said(Status.INCOMING, Kind.APPOINTMENT, cue("جدید"))
"""«<role> جدید»: the person named before the title takes up the office."""
PREPOSITIONS = {"با", "از", "به", "در", "برای", "علیه", "میان", "بین", "تا", "درباره", "نزد"}
REPORTING = re.compile(r"[:：]|(?<!\w)(?:گفت|اعلام کرد|اعلام کرده|تایید کرد|نوشت|افزود|خبر داد|که)(?!\w)")
"""Words after which the sentence reports what someone said (of themselves or of others)."""
OBJECT_MARKERS = {gz.key(w) for w in ("دعوت", "بدرقه", "توسط", "سوی", "تماس", "استقبال", "همتای", "پیام", "پیشنهاد")}
"""Words that make the person after them an object of someone else's action (invited by, seen off
by, welcomed by, a message of): the verbs of the sentence are not said of them."""


def apply_status(sentence: Scanned, found: list[Found], main_org: gz.Entry | None) -> list[Found]:
    """Set each mention's status from the cues in its sentence; return nameless state rows too."""
    free_states = _free_states(sentence, found)
    if not found and not free_states:  # no person and no state for a cue to act on: skip the cue scans
        return []
    times, hits = _verb_hits(sentence)
    for f in found:
        if said := _verb_cue_of(f, sentence, found, hits):
            _give(f, said)
    states = _next_cues(sentence, found, free_states, times)
    for said in PREV_CUES:
        for span in find_cues(said.phrase, sentence):
            if given := times.of(said, span.start):
                _nearest_before(found, span.start, given)
    _new_in_office(sentence, found, main_org)
    absent = [(pos, given) for pos, _, given in hits if given and given.status == Status.ABSENT]
    for state in free_states:
        if any(pos > state.end for pos, _ in absent) and not _after_preposition(sentence.text, state.start):
            states.append(_state_row(state, absent[0][1]))
    return states


Hit = tuple[int, Said, "Said | None"]
"""A verb cue's position, the cue, and what it says of this meeting (Times.of)."""


class Times(NamedTuple):
    """Where a sentence's words of time are: pre-event wording, another occasion, and its verb cues
    (a cue's clause runs from the cue before it)."""

    text: str
    future: list[int]
    past: list[int]
    cues: list[int]

    def of(self, said: Said, pos: int) -> Said | None:
        """The cue at `pos` as said of this meeting: none in the clause of an earlier occasion
        (unless that is a relative clause, «X که سال گذشته …»); presence, hosting or chairing said
        before pre-event wording is expected («… به ریاست X برگزار می‌شود», «میزبان … خواهد بود»)."""
        start = max((p for p in self.cues if p < pos), default=0)
        if any(start <= p < pos and not RELATIVE.search(self.text[start:p]) for p in self.past):
            return None
        if said.status in CAME and any(p >= pos for p in self.future):
            return said._replace(status=Status.EXPECTED)
        return said


def _verb_hits(sentence: Scanned) -> tuple[Times, list[Hit]]:
    """Where each verb cue occurs, in reading order, as said of this meeting (Times.of; None for a
    cue of another occasion, which still closes the clause before it)."""
    hits = sorted(
        ((span.start, i, said) for i, said in enumerate(VERB_CUES) for span in find_cues(said.phrase, sentence)),
        key=lambda hit: hit[:2],
    )
    times = Times(
        sentence.text,
        [span.start for span in find_cues(FUTURE, sentence)],
        [span.start for span in find_cues(PAST, sentence)],
        [pos for pos, _, _ in hits],
    )
    return times, [(pos, said, times.of(said, pos)) for pos, _, said in hits]


def _verb_cue_of(f: Found, sentence: Scanned, found: list[Found], hits: list[Hit]) -> Said | None:
    """The verb cue said of `f`: the first after it (none if that one is of another occasion), else
    the last before it that can be said of someone after it."""
    passive = _object(sentence.text, f.span.start)
    after = [
        given
        for pos, said, given in hits
        if pos >= f.span.end and not said.forward and not passive and not _reported(sentence, f, pos, found)
    ]
    if after:
        return after[0]
    before = [
        given
        for pos, said, given in hits
        if pos < f.span.start and (said.forward or not (passive or _has_subject(found, pos)))
    ]
    return before[-1] if before else None


def _object(text: str, pos: int) -> bool:
    """Whether one of the three words before `pos` makes the person there an object (OBJECT_MARKERS):
    «به دعوت X», «در تماس تلفنی با X», «پیام تبریک محترم X»."""
    return any(gz.key(w) in OBJECT_MARKERS for _, _, w in words(text[max(0, pos - 50) : pos])[-3:])


def _reported(sentence: Scanned, f: Found, pos: int, found: list[Found]) -> bool:
    """Whether the cue at `pos` is said, in reported words, of someone else: another person named
    between `f` and the cue, after a reporting verb or colon («X تایید کرد: Y … شرکت خواهد کرد»)."""
    for g in found:
        if g is not f and f.span.end <= g.span.start < pos:
            between = sentence.folded[
                bisect_left(sentence.origin, f.span.end) : bisect_left(sentence.origin, g.span.start)
            ]
            if REPORTING.search(between):
                return True
    return False


def _has_subject(found: list[Found], pos: int) -> bool:
    """Whether someone is named before the cue at `pos`: a verb cue is then said of them, not of a
    person after it («X در نوبت خود از Y … تشکر کرد»)."""
    return any(g.span.end <= pos for g in found)


def _give(f: Found, said: Said) -> None:
    f.status, f.cue = said.status, said.kind


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


def _state_row(state: gz.Mention, said: Said) -> Found:
    """A nameless row for a state the status is said of."""
    return Found(Span(state.start, state.end), "", affiliation=state.entry, status=said.status, cue=said.kind)


def _next_cues(sentence: Scanned, found: list[Found], free_states: list[gz.Mention], times: Times) -> list[Found]:
    """Host/chair cues give their status to the person right after them (only role and state words
    between); a host cue followed by a state alone makes a nameless host row for it."""
    text, mentions = sentence.text, sentence.mentions
    states: list[Found] = []
    for said in NEXT_CUES:
        for span in find_cues(said.phrase, sentence):
            given = times.of(said, span.start)
            if given is None:
                continue
            target = next(
                (
                    f
                    for f in found
                    if f.span.start >= span.end and _only_phrase_between(text, span.end, f.span.start, mentions)
                ),
                None,
            )
            if target:
                _give(target, given)
                continue
            state = next(
                (
                    m
                    for m in free_states
                    if m.start >= span.end and only_separators(text[span.end : m.start], allow_comma=False)
                ),
                None,
            )
            if state and given.status == Status.HOST:
                states.append(_state_row(state, given))
    return states


def _new_in_office(sentence: Scanned, found: list[Found], main_org: gz.Entry | None) -> None:
    """«<role> جدید»: the person named before the title is incoming, in that role."""
    for role in (m for m in sentence.mentions if m.kind == "role"):
        if re.match(r"[\s\u200c]*جدید(?!\w)", sentence.folded_from(role.end)):
            target = _nearest_before(found, role.start, NEW_IN_OFFICE)
            if target and target.role is None:
                target.role = role.entry
                target.affiliation = affiliation_after(sentence, role, main_org)[0]


def _nearest_before(found: list[Found], pos: int, said: Said) -> Found | None:
    before = [f for f in found if f.span.end <= pos]
    if not before:
        return None
    target = before[-1]
    _give(target, said)
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
