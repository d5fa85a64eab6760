"""A person's own clause read as grammar, not as cue strings: the verb that closes the clause the
person is the subject of, its lemma (hazm's Lemmatizer, which knows every conjugated form), its
tense or mood (past, present, future «خواهد», subjunctive, pluperfect, negated) and its class
(saying, presence, meeting, chairing, hosting, signing, or any other act) read off the lemma and,
for a light verb («کرد», «داشت», «نمود»), the noun before it. helpers.extract.verb_status maps a
reading and the report's time to a status through one table."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue as Kind
from helpers.extract.clauses import (
    BY,
    CLAUSE_END,
    PREPOSITIONS,
    in_closed_complement,
    is_object,
    list_of,
    of_a_presence,
    same_list,
    without_titles,
)
from helpers.extract.cues import ATTEND_NOUNS, THIS_MEETING
from helpers.extract.document_cues import ABOUT, ABOUT_RE, NOUNS
from helpers.extract.meeting_place import AT_IT, DURING, NEXT_WORDS, ORDINAL, PRESS_MEETING
from helpers.extract.mentions import Scanned, Span, cue, cue_regex, find_cues, words
from helpers.extract.people import Found
from helpers.extract.time_cues import HELD_NOW
from helpers.extract.verb_classes import BECOME, CLASSES, LIGHT
from helpers.text import gazetteer as gz
from helpers.text.tokenize import tools
from helpers.text.verbs import AUX, stems, verb_at

if TYPE_CHECKING:  # report_time reads a cue's verb with this module (verb_in)
    from helpers.extract.report_time import Times

CLASS_OF = {gz.key(word): name for name, said in CLASSES.items() for word in said}
STOP = re.compile(r"[.؛:!؟?]")
"""Where a clause ends for its subject: the sentence's end, a colon before quoted words."""


DEMONSTRATIVES = frozenset(("این", "ان", "همین", "همان"))
"""Demonstratives, folded: after «در», the noun of a place follows («در این نشست»), never a verb."""


RA = re.compile(r"[\s\u200c«»\"]*را(?!\w)")
"""«را» right after a person: the object of the verb that follows."""


class Reading(NamedTuple):
    """The verb of a person's clause: its lemma («گفت#گو»), class, tense and where it starts."""

    lemma: str
    kind: str  # a key of CLASSES, "passive" or "act"
    tense: str  # "past", "pluperfect", "present", "subjunctive", "future"
    negated: bool
    pos: int


def read_clause(sentence: Scanned, f: Found, found: list[Found]) -> Reading | None:
    """The first finite verb after `f` in their clause (past their titles, and past a relative
    clause of theirs closed by a comma); None when `f` follows a preposition («با X», «به ابتکار
    X» is not: see `governed`) or another subject is named before the verb (it is theirs, unless
    `f` is listed with them: «X و Y … دیدار کردند»)."""
    text = sentence.text
    if governed(sentence, f) or governed(sentence, list_of(sentence, f, found)[0]):
        return None  # «با X و Y دیدار خواهد کرد»: a preposition before a list governs each item
    stop = STOP.search(text, f.span.end)
    end = stop.start() if stop else len(text)
    skip = [(m.start, m.end) for m in sentence.mentions if m.kind in ("role", "country", "org")]
    skip += [(g.span.start, g.span.end) for g in found if g is not f]
    said = [
        (s + f.span.end, e + f.span.end, w)
        for s, e, w in words(text[f.span.end : end])
        if not any(a <= s + f.span.end < b for a, b in skip)
    ]
    i = 0
    while i < len(said):
        start, _, word = said[i]
        if word in ("که", "اینکه"):  # a relative or complement clause, to its comma or else past its own verb
            # the comma after the clause's own finished verb, not one inside it («اینکه در اجلاس عمومی، ۵۰۰
            # مهمان شرکت کردند، …»: CLAUSE_END)
            closed = next((m for m in CLAUSE_END.finditer(text, start, end) if m.group().endswith("،")), None)
            comma = closed.end() - 1 if closed else text.find("،", start, end)
            if comma >= 0:
                i = next((j for j, (s, _, _) in enumerate(said) if s > comma), len(said))
            else:
                i = next((j + 1 for j in range(i + 1, len(said)) if _verb_at(said, j, text)), len(said))
            continue
        if reading := _verb_at(said, i, text):
            others = [g for g in found if f.span.end <= g.span.start < reading.pos and not governed(sentence, g)]
            return None if others and not same_list(sentence, f, others[-1], found) else reading
        i += 1
    return None


def verb_in(text: str, lo: int, hi: int) -> Reading | None:
    """The last verb written in text[lo:hi] (a cue's own verb: «در نشست شرکت می‌کنند»)."""
    said = [(s + lo, e + lo, w) for s, e, w in words(text[lo:hi])]
    last, i = None, 0
    while i < len(said):
        if reading := _verb_at(said, i, text):
            last = reading
            i += 1 if said[i][2] in ("می", "نمی") or said[i][2].lstrip("ن") in AUX else 0
        i += 1
    return last


def marked_object(sentence: Scanned, f: Found) -> bool:
    """Whether «را» follows `f` and their own title («X را همراهی می‌کنند»): the verb's object, not its
    subject (another title before «را» is the object: «X رئیس‌جمهور Y را همراهی می‌کند»)."""
    own = f.meta.get("role_span")
    return RA.match(sentence.text, max(f.span.end, own.end if own else 0)) is not None


def governed(sentence: Scanned, f: Found) -> bool:
    """Whether a preposition stands right before `f` (their titles aside): «با X», «از X»."""
    lo = max(0, f.span.start - 60)
    said = words(without_titles(sentence.text, lo, f.span.start, sentence.mentions))
    return bool(said) and gz.key(said[-1][2]) in PREPOSITIONS


def _verb_at(said: list[tuple[int, int, str]], i: int, text: str) -> Reading | None:
    """The verb that starts at word `i` (helpers.text.verbs), with its class read off its lemma and, for
    a light verb, the noun before it. A word after a preposition, or «در» and a demonstrative, is a noun
    («در این نشست،» is no «نشستن»; «پیش از این گفته بود» is a verb), but a future's auxiliary is none: it
    opens the verb of a phrasal one whose noun is a preposition's («در میان خواهد گذاشت», «در آن خواهد بود»),
    which would else be read from its bare past stem."""
    if (
        i
        and said[i][2].lstrip("ن") not in AUX
        and (
            gz.key(said[i - 1][2]) in PREPOSITIONS
            or (i > 1 and gz.key(said[i - 1][2]) in DEMONSTRATIVES and gz.key(said[i - 2][2]) == "در")
        )
    ):
        return None
    verb = verb_at(said, i, text)
    if verb is None:
        return None
    noun = gz.key(said[i - 1][2]) if i else ""
    if noun == "پیدا" and i > 1:
        noun = gz.key(said[i - 2][2])  # «حضور پیدا کرد»: the noun before «پیدا کردن»
    stem = gz.key(stems(verb.lemma)[0])
    kind = CLASS_OF[noun] if stem in LIGHT and noun in CLASS_OF else CLASS_OF.get(stem, "act")
    if kind in ("act", "signing") and stem in BECOME and i:
        kind = "passive"  # «برگزار خواهد شد», «انجام شد», «امضا شد»: what is done, not what the person does
    return Reading(verb.lemma, kind, verb.tense, _negated(verb.form), said[i][0])


def _negated(form: str) -> bool:
    return form.startswith("ن") and tools().lemmatizer.verbs.get(form[1:]) is not None


KINDS_OF = {
    "saying": Kind.SPEECH,
    "presence": Kind.PARTICIPATION,
    "meeting": Kind.SIDELINES,
    "chairing": Kind.CHAIRING,
    "hosting": Kind.HOSTING,
    "signing": Kind.SIGNING,
}
"""The row's `cue` for a presence read off a verb of each class."""
STATUS_OF: dict[tuple[str, str, str], Status] = {
    **{
        (kind, "future", time): Status.EXPECTED
        for kind in (*CLASSES, "act")
        if kind != "handing"
        for time in ("future", "")
    },
    **{(kind, "future", "now"): Status.ATTENDED for kind in CLASSES if kind != "handing"},
}
"""(verb class, tense, report time) -> status, for a person no cue placed (measured on the gold of
every open split, persons counted once per reading, subjects only; README, session 7):

- a future verb of any class in a report before the meeting or of no stated time is `expected`
  (all persons: 24/26 of other acts, 13/13 of meetings, 17/19 of presence; of those no cue placed,
  5 of 7);
- a future verb of a known class once the meeting is under way is `attended` (README, session 6:
  who will speak or meet later in the same meeting; all persons 7/8); an unknown act is left (8 of
  17 attended);
- every other cell is left `mentioned`: a saying in the past in a report of the meeting under way
  is presence for 37 of 54 persons in all, but only for 8 of the 21 no cue placed (the rest spoke
  elsewhere: a press conference, an interview, home), and a past meeting verb no cue placed was
  never at this meeting (0 of 3); a present verb before the meeting is a plan for most persons in
  all (33 of 38) but for 1 of the 4 no cue placed.

No prior from the meeting either (measured in session 7, round 2, counts of gold only): of the
persons no cue placed whose office matches the meeting's level (a head of state or government at a
summit, a foreign minister at a ministerial, a secretary general at any) in a report written during
or after it, 13 of 38 were present (8/23 during, 5/15 after); with their state a member or observer
of the organization on the day by helpers.reference (10 of the set's 69 organizations have its
data), 1 of 6; with a past saying as their own verb, 7 of 15. The same prior holds for 37 of 42 of
all such persons of member states, but the cues place those already: the ones left are mostly the
named in passing, quoted from elsewhere or at home.

Measured again in session 17 (batches 1–32, 403 persons every cue left `mentioned`; in reports the
manifest calls during or after the meeting 124 of 238 present): no signal of the page separates them
(state a member 25/45, named in the headline 16/29, a saying of their own 53/114, a past saying in the
report's time 19/66). A default for heads of state or government and ministers named as a subject, never
quoted, in no sentence of a message or a former office, with nobody else of their state placed, gained 25
statuses on batches 1–32 in reports never told ahead (9 where told held) and lost 4 (1) of 104 on the
unseen batch 33: not kept. The open gold is split on bare quotes, most of what is left."""


PLACE = cue(f"{AT_IT}(?!{NEXT_WORDS} (?:بعدی|اینده|اتی)(?!\\w))", end="")
"""The meeting as the place of an act (cues.AT_IT), not the next one («در نشست بعدی / آینده»)."""
AT_IT_OF: dict[tuple[str, str], Status] = {
    **{(tense, time): Status.ATTENDED for tense in ("past", "pluperfect") for time in ("now", "today", "future", "")},
    ("present", "now"): Status.ATTENDED,
    **{(tense, "now"): Status.ATTENDED for tense in ("subjunctive", "future")},
    **{
        (tense, time): Status.EXPECTED
        for tense in ("present", "subjunctive", "future")
        for time in ("today", "future", "")
    },
}
"""(tense, report time) -> status of a person whose own act the clause places at the meeting
(`placed`), whatever the act's class: done there is presence (thanked, stressed, took the floor,
stood beside the others); a future or the subjunctive of a plan («انتظار می‌رود در این نشست X
گزارشی ارائه دهد», «X در این اجلاس خواستار … خواهد شد») is expected until the meeting is told under
way, then presence (STATUS_OF's future row)."""
PRESENCE_NOUN = re.compile(rf"(?<!\w){ATTEND_NOUNS}(?:[\s\u200c]+[^\s\u200c.؛،]+){{0,3}}[\s\u200c]*$")
"""A noun of presence and up to three words of its phrase, right before a place, folded."""
RELATIVE_OPENS = re.compile(r"(?<!\w)(?:که|اینکه)(?!\w)")
"""«که» opening a relative or complement clause, folded."""
AGREED_APART = re.compile(r"(?<!\w)(?:تلفنی|تلفن|تماس|برگزاری)(?!\w)")
"""An agreement made apart from the meeting: by phone, or on holding one («بر برگزاری نشست توافق کردند»), folded."""
CLAUSE_STOP = re.compile(r"[.؛:!؟?،]")
"""Where a passive's clause ends after its agent."""
ORGANIZED = re.compile(r"(?<!\w)(?:برگزار|دعوت)(?!\w)")
"""A meeting organized, or someone invited, by the agent («… از سوی X برگزار / دعوت شد»), folded."""
HABITUAL = re.compile(r"(?<!\w)(?:معمولا|همواره|همیشه|اغلب|غالبا|هر سال|هر ساله|هرساله|همچنان)(?!\w)")
"""An adverb of habit or of going on («معمولاً», «همواره», «هر سال», «همچنان»), folded: what someone does
at such meetings as a rule, or still does, is no act begun at this one, in any tense («X همواره در این
نشست‌ها … می‌کند»); nor is a verb of going on in the present (GOING_ON: «به کار خود ادامه می‌دهد»; «به سخنرانی
خود ادامه داد» was done there)."""
GOING_ON = re.compile(r"(?<!\w)ادامه(?!\w)")
"""The noun of «ادامه دادن» as a verb's own, read at the verb (where a reading puts a light verb or its
noun), folded; «در ادامه این نشست», far from the verb, is a part of the meeting, no going on."""
THIS_DOCUMENT = cue(f"(?:این|همین) (?:{NOUNS})")
"""A document of this meeting («این قطعنامه», «این بیانیه»)."""
UNPLACED = frozenset(("handing",))
"""A class whose subject does nothing at the meeting: handing something over. (A person who is the
subject of «… شد» there is elected, present or asks for something there: «خواستار … شد».)"""
NO_OWN_ACT = frozenset(("saying", "passive", *UNPLACED))
"""Classes of a past verb that tell no act of the subject's own done somewhere (`own_status` marks the
rest "acted"): a saying, said anywhere (a bare quote, README session 7); a passive, what was done, whose
subject may be only whose it was («اظهارات X منتشر شد»); handing something over."""


def placed(sentence: Scanned, f: Found, reading: Reading, found: list[Found]) -> Span | None:
    """Where `f`'s clause places their act at the meeting (PLACE): between them and their verb
    («X در این نشست بر … تأکید کرد», «X در این نشست خواستار … شد»), not inside what it is about
    («X درباره … در این نشست گفت») nor what they do there as a rule (HABITUAL); or fronted right before
    them, only titles, a comma and no verb or other person between («در مراسم افتتاحیه X … پرداخت», «در
    این اجلاس، X …»), and not a passive, whose subject is what was done there («در این نشست طرح X بررسی
    شد»); None if it does not."""
    text, origin = sentence.text, sentence.origin
    if reading.tense == "present" and any(h.start <= reading.pos < h.end for h in find_cues(HELD_NOW, sentence)):
        return None  # «… در چارچوب این اجلاس نمایشگاهی برگزار می‌گردد»: an event held there, no one's act
    for span in find_cues(PLACE, sentence):
        if (
            _of_a_noun(sentence, span.start)
            or of_a_presence(sentence, found, span.start)
            or in_closed_complement(sentence, span.start, reading.pos)
        ):
            continue  # «درباره حضور X در این نشست», «با بیان اینکه در این نشست … شرکت کردند،»: what is talked about
        if f.span.end <= span.start < reading.pos:
            lo, hi = bisect_left(origin, f.span.end), bisect_left(origin, span.start)
            verb = bisect_left(origin, reading.pos)
            going_on = reading.tense == "present" and GOING_ON.search(sentence.folded, max(lo, verb - 7), verb + 5)
            habit = HABITUAL.search(sentence.folded, lo, verb) or going_on
            if not (
                habit or ABOUT_RE.search(sentence.folded, lo, hi) or _of_a_passive(sentence, span, reading, lo, hi)
            ):
                return span
        elif span.end <= f.span.start and reading.kind != "passive":
            listed = [g for g in found if span.end <= g.span.start < f.span.start]
            if any(not same_list(sentence, g, f, found) for g in listed):
                continue
            between = _without(without_titles(text, span.end, f.span.start, sentence.mentions), span.end, listed)
            if len(words(between)) <= 6 and not STOP.search(between) and verb_in(between, 0, len(between)) is None:
                return span
    return None


AT_THE_PRESS = cue(f"{DURING} (?:یک |{ORDINAL} )?{PRESS_MEETING}")
"""A press conference as the occasion of an act («در نشست خبری …», «طی کنفرانس مطبوعاتی مشترک با X», «در
ششمین نشست خبری هفتگی خود»)."""


def at_the_press(sentence: Scanned, start: int, end: int) -> bool:
    """Whether an act whose place or cue runs from `start` to `end` is told at a press conference (AT_THE_PRESS)
    opened before `end`, in the same clause. A press conference counts as the venue only in the meeting's city
    on its days (Annotation rules, session 9): where the report still has the meeting to come, it was given
    before it, and what was said there, even at the meeting's own («در نشست خبری اجلاس …»), places nobody
    at the meeting (helpers.extract.status, `by_reading`)."""
    return any(
        span.start < end and not CLAUSE_END.search(sentence.text, span.end, start)
        for span in find_cues(AT_THE_PRESS, sentence)
    )


def placed_before_cut(sentence: Scanned, f: Found, times: Times) -> bool:
    """Whether the excerpt cut `f`'s sentence (mentions.Scanned.cut) after the meeting was named as the place
    of their clause and before its verb («X نیز در این نشست حا…», «در جلسه افتتاحیه کنفرانس … که X، Y، …»):
    the verb is lost, what is left places them there. Not the meeting as a topic, nor an earlier one or
    an earlier time named in the clause («در نشست سال گذشته», «در سال ۲۰۱۰»: Times.earlier, Times.years)."""
    if not sentence.cut:
        return False
    text = sentence.text
    for span in find_cues(PLACE, sentence):
        at = bisect_left(sentence.origin, span.start)
        if _of_a_noun(sentence, span.start) or ABOUT_RE.search(sentence.folded, max(0, at - 60), at):
            continue  # «درباره حضور X در این نشست …»: what is talked about, no place
        first = min(f.span.start, span.start)
        if any(p >= first for p in (*times.past, *times.years)) or times.earlier(span.start):
            continue
        lo = min(f.span.end, span.end)
        if not STOP.search(text, lo) and verb_in(text, lo, len(text)) is None:
            return True
    return False


def passive_agent(sentence: Scanned, f: Found, times: Times, found: Sequence[Found] = ()) -> bool:
    """Whether `f` is the agent («توسط / از سوی / از طرف X») of a past passive in their clause whose
    subject is this meeting's («این قطعنامه … از سوی X به خوانش گرفته شد», «… در این نشست توسط X
    ارائه شد»): X did it there. Agents may be a list («توسط X، Y و Z امضا شد»): the marker stands before
    its first item, the clause runs on after its last. Not who organized or invited («برگزار / دعوت
    شد»: ORGANIZED)."""
    people = list(found)
    before = [g for g in people if g.span.start < f.span.start and same_list(sentence, g, f, people)]
    after = [g for g in people if g.span.start > f.span.start and same_list(sentence, f, g, people)]
    first, last = (before or [f])[0], (after or [f])[-1]
    if not BY.search(sentence.text, max(0, first.span.start - 12), first.span.start):
        return False
    stop = CLAUSE_STOP.search(sentence.text, last.span.end)
    end = stop.start() if stop else len(sentence.text)
    verb = verb_in(sentence.text, last.span.end, end)
    if verb is None or verb.kind != "passive" or verb.tense != "past" or times.earlier(verb.pos):
        return False
    lo, hi = bisect_left(sentence.origin, last.span.end), bisect_left(sentence.origin, verb.pos)
    if ORGANIZED.search(sentence.folded, lo, hi):
        return False
    return bool(find_cues(PLACE, sentence) or find_cues(THIS_MEETING, sentence) or find_cues(THIS_DOCUMENT, sentence))


def agreed_together(
    sentence: Scanned, f: Found, reading: Reading, found: list[Found], frame: str, group: bool = False
) -> bool:
    """Whether `f` and the people listed with them as one subject (or `f`, a `group` of office holders:
    «سران A و B») agreed in the past («X، Y و Z درباره … به توافق رسیدند»): they were at one table, this
    meeting's, unless the report is still before it (they agreed to hold it), or the agreement was by phone
    or on holding a meeting (AGREED_APART)."""
    return (
        reading.kind == "agreeing"
        and reading.tense == "past"
        and frame != "future"
        and (group or any(g is not f and same_list(sentence, f, g, found) for g in found))
        and not AGREED_APART.search(sentence.folded)
    )


def _of_a_passive(sentence: Scanned, span: Span, reading: Reading, lo: int, hi: int) -> bool:
    """Whether the place is in a relative clause (opened by «که» in folded[lo:hi]) whose own verb is a
    passive: where the head noun was acted on («X در پیام خود که در نشست قرائت شد، گفت»), not where
    `f` acted («وی در دیداری که در حاشیه این اجلاس … داشت، …» is)."""
    if not RELATIVE_OPENS.search(sentence.folded, lo, hi):
        return False
    inner = verb_in(sentence.text, span.end, reading.pos)
    return inner is not None and inner.kind == "passive"


def _without(between: str, lo: int, listed: list[Found]) -> str:
    """`between` (the text from `lo`) with the names of `listed` blanked out: the people listed before
    someone, in one list with them, are no words between a fronted place and them («در این نشست X …، Y … و
    Z …»: a long list is as placed as a short one)."""
    chars = list(between)
    for g in listed:
        chars[g.span.start - lo : g.span.end - lo] = [" "] * (g.span.end - g.span.start)
    return "".join(chars)


def _of_a_noun(sentence: Scanned, pos: int) -> bool:
    """Whether the place at `pos` is that of a presence noun a few words before it («درباره اشتراک
    هیئت این گروه در نشست», «عدم حضور کشورش در اجلاس»): a noun phrase about a presence, not where
    the person acted."""
    at = bisect_left(sentence.origin, pos)
    return PRESENCE_NOUN.search(sentence.folded, max(0, at - 50), at) is not None


AUDIENCE = cue(
    "جلالتمابان|عالیجنابان|خانم ?ها و اقایان|حضار (?:گرامی|محترم|عزیز)|(?:مهمانان|میهمانان) (?:گرامی|عزیز|محترم)"
    "|همکاران (?:گرامی|عزیز|محترم)"
)
"""The audience addressed as a plural («جلالتمآبان», «خانم‌ها و آقایان», «حضار گرامی»): said only to a hall."""
COURTESY = cue(
    '^[«"]?(?:(?:جناب|عالیجناب|جلالتماب)(?!\\w)[^.؛!؟?]*?(?<!\\w)محترم|(?:برادر|خواهر|همکار|دوست) (?:محترم|گرامی|عزیز))'
)
"""A line opening with a courtesy before a name and a title of respect («جناب آقای X، وزیر محترم …»), or
with the name's own address of kinship or fellowship («برادر محترم X، وزیر امور خارجه …؛», «همکار گرامی X»)."""


def addressed(sentence: Scanned, found: list[Found]) -> list[Found]:
    """The people a speech's opening addresses by name were in the hall it was given in: a line with no
    verb that names them with the audience («خانم X رئیس کنفرانس، آقای Y، جلالتمآبان، خانم‌ها و آقایان»)
    or opens with a courtesy and a title of respect («جناب آقای X، وزیر محترم امور خارجه …،»)."""
    if not found or not (find_cues(AUDIENCE, sentence) or find_cues(COURTESY, sentence)):
        return []
    if verb_in(sentence.text, 0, len(sentence.text)) is not None:
        return []  # «… جناب آقای X گفت»: a sentence about them, not an address
    return [f for f in found if f.status == Status.MENTIONED and not f.meta.get("pronoun")]


def by_reading(sentence: Scanned, found: list[Found], times: Times, objects: dict[Span, bool]) -> None:
    """Give each person no cue placed (still `mentioned`, the subject of their clause) the status
    `own_status` reads off their own clause."""
    for f in addressed(sentence, found):
        f.status, f.cue = Status.ATTENDED, Kind.PARTICIPATION
    for f in (f for f in found if f.status == Status.MENTIONED and not f.meta.get("role_only")):
        if said := own_status(sentence, f, found, times, objects):
            f.status, f.cue = said


def own_status(
    sentence: Scanned, f: Found, found: list[Found], times: Times, objects: dict[Span, bool], group: bool = False
) -> tuple[Status, Kind] | None:
    """The status (and cue) STATUS_OF reads off the own verb of `f` (a person, or a `group` of office
    holders: helpers.extract.status gives it to the holders) in the sentence's report time, or AT_IT_OF
    where their clause places the act at the meeting (the only reading a pronoun subject takes: «وی در
    این نشست …»); None where the verb is negated, asked about («آیا …») or in the clause of another,
    earlier occasion (Times.earlier), or places nothing; one that places nothing but is a past act of
    their own (not NO_OWN_ACT), not told at a press conference (`at_the_press`: done for the press, not at
    the meeting), marks `f` "acted", for the report to decide (attendees.collapse)."""
    if passive_agent(sentence, f, times, found):
        return Status.ATTENDED, Kind.PARTICIPATION
    if is_object(sentence, f, found, objects) or marked_object(sentence, f):
        return None
    reading = read_clause(sentence, f, found)
    if reading is None and times.frame in ("now", "") and placed_before_cut(sentence, f, times):
        return Status.ATTENDED, Kind.PARTICIPATION
    if reading is None or reading.negated or times.earlier(reading.pos) or times.asked_about(reading.pos):
        return None
    status = (
        None if f.meta.keys() & {"pronoun", "role_only"} else STATUS_OF.get((reading.kind, reading.tense, times.frame))
    )
    other = Kind.PARTICIPATION
    if status is None and agreed_together(sentence, f, reading, found, times.frame, group):
        status = Status.ATTENDED
    if status is None and reading.kind not in UNPLACED and (place := placed(sentence, f, reading, found)):
        earlier = (p for p in (place.start, *times.cues, reading.pos) if place.start <= p <= reading.pos)
        told_before = times.frame == "future" and at_the_press(sentence, place.start, reading.pos)
        status = (
            None
            if told_before or any(times.earlier(p) for p in earlier)
            else AT_IT_OF.get((reading.tense, times.frame))
        )
        other = Kind.SPEECH  # stressed, called for, proposed, thanked there: most acts told at a meeting are said
    if (
        status is None
        and not group
        and reading.tense in ("past", "pluperfect")
        and reading.kind not in NO_OWN_ACT
        and not at_the_press(sentence, f.span.end, reading.pos)
    ):
        f.meta["acted"] = True  # helpers.extract.attendees.collapse decides, on the report (`_acted_untimed`)
    if status is None:
        return None
    return status, Kind.PLANNED if status == Status.EXPECTED else KINDS_OF.get(reading.kind, other)


BEFORE_IT = re.compile(r"(?<!\w)(?:پیش|قبل) از(?:[\s\u200c]+(?:اغاز|برگزاری|شروع|گشایش|افتتاح))?[\s\u200c]*$")
"""«پیش / قبل از (آغاز / برگزاری)» right before the meeting's name, folded: a time before it, not at it."""
TOPIC = cue_regex(f"(?:{ABOUT}|(?:با|ضمن) اشاره به|با بیان)", r"(?!\w)[^.؛،:]{0,60}$")
"""What the clause talks about, up to the meeting's name after it («درباره این نشست», «با اشاره به حضور
هیئت‌ها در این کنفرانس»; document_cues.ABOUT), folded: the meeting as a topic, not a place."""
A_MESSAGE = re.compile(r"(?<!\w)پیام(?:ی|ش)?(?!\w)")
"""A message («پیام», «در پیامی به»), folded: who sends one to the meeting writes from afar."""


def named_at_it(sentence: Scanned, found: list[Found], objects: dict[Span, bool], times: Times) -> None:
    """Mark (meta "at_it") each person no cue placed who is no object (nor after a preposition, nor a
    pronoun, nor in the clause of an earlier occasion or with a verb of one) in a sentence that names
    this meeting (cues.THIS_MEETING: «این نشست», «همین اجلاس») as more than what is talked about, a time
    before it or the place of someone's presence (`_told_at`), outside an earlier occasion's clause
    (Times.earlier), with nothing told to come in it («قرار است در این نشست …», «… بررسی خواهد کرد»: what
    is yet to be done there places no one) and no message sent (A_MESSAGE): what they did or said there,
    in a report that tells the meeting held (helpers.extract.attendees.collapse decides, on the report)."""
    if (
        times.future
        or times.plans
        or A_MESSAGE.search(sentence.folded)
        or not any(
            _told_at(sentence, found, span) and not times.earlier(span.start)
            for span in find_cues(THIS_MEETING, sentence)
        )
    ):
        return
    for f in found:
        if (
            f.status == Status.MENTIONED
            and not f.meta.keys() & {"pronoun", "role_only"}
            and not times.earlier(f.span.start)  # «در اجلاس سال گذشته X شرکت کرد و … در این نشست …»
            and not (is_object(sentence, f, found, objects) or marked_object(sentence, f) or governed(sentence, f))
            and not _dated_before(sentence, f, found, times)
        ):
            f.meta["at_it"] = True


def _told_at(sentence: Scanned, found: list[Found], span: Span) -> bool:
    """Whether this meeting's name at `span` is more than what is talked about (TOPIC), a time before it
    («پیش از آغاز این نشست»: BEFORE_IT) or the place of a presence noun or of someone's presence («با
    اشاره به حضور هیئت‌ها در این کنفرانس»: `_of_a_noun`, clauses.of_a_presence)."""
    at = bisect_left(sentence.origin, span.start)
    lo = max(0, at - 90)
    return not (
        TOPIC.search(sentence.folded, lo, at)
        or BEFORE_IT.search(sentence.folded, lo, at)
        or _of_a_noun(sentence, span.start)
        or of_a_presence(sentence, found, span.start)
    )


def _dated_before(sentence: Scanned, f: Found, found: list[Found], times: Times) -> bool:
    """Whether a word of an earlier time stands between `f` and their clause's verb («X پیش از این در سفر
    به مسکو سخنرانی کرد»: Times.past, an earlier year): their act was of another occasion."""
    reading = read_clause(sentence, f, found)
    return reading is not None and any(f.span.end <= p < reading.pos for p in (*times.past, *times.years))
