"""The report's time as a sentence's verb cues take it: where its pre-event wording, plans, earlier
occasions and reported words are (`Times`), and each verb cue found in it with what it says of this
meeting (`verb_hits`): none for another occasion, expected before pre-event wording, and a present
tense read in the report's time (helpers.extract.occasions.frame). helpers.extract.status binds the
hits to people."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from helpers.contracts import CAME
from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue as Kind
from helpers.extract.clauses import CLAUSE_END, PLURAL, RELATIVE, REPORTING
from helpers.extract.cues import (
    ATTEND_NOUNS,
    FIRST_PERSON,
    ONGOING,
    PLAN,
    PRESENT_AFTER,
    STATIVE,
    TALKS,
    THIS_MEETING,
    TOOK_PART_IN,
    VERB_CUES,
    Said,
)
from helpers.extract.document_cues import LATER_MEETING
from helpers.extract.meeting_nouns import MEETING
from helpers.extract.mentions import Scanned, Span, cue, cue_regex, find_cues
from helpers.extract.occasions import NOW, bygone, frame, older_years
from helpers.extract.presence import PRESENCE_CUES, TRAVELLED
from helpers.extract.readings import verb_in
from helpers.extract.time_cues import (
    AHEAD,
    ASIDE,
    EARLIER_ON,
    EVE,
    FUTURE,
    HELD_NOW,
    LATER_ON,
    NOT_DONE,
    PAST,
    PLANS,
    RELATIVE_BEFORE,
    RELATIVE_CLOSED,
    TODAY,
    TOLD_DONE,
)
from helpers.extract.verb_classes import BECOME
from helpers.text.verbs import LEMMA_MARK

WHETHER = cue("ایا")
"""«آیا» («آیا X در این نشست شرکت خواهد کرد یا نه»): a presence asked about, in its clause, is no plan nor
presence stated."""
TALKS_AT = re.compile(f"(?:{TALKS})".replace(" ", "[\\s\\u200c]?"))
HA = re.compile(r"[\s\u200c]*ها(?!\w)")
"""A plural «ها» after «این نشست»: these meetings, earlier ones too."""
TAKING_PART = frozenset(("presence", "chairing", "hosting"))
"""Verb classes (helpers.extract.verb_classes) whose present tells what is going on at the meeting."""
BECOMING = tuple(stem + LEMMA_MARK for stem in BECOME)
"""Lemmas of «شدن» («حاضر می‌شود», «وارد می‌گردد»): its present tells a change still to come, not what
is going on."""
WILL = re.compile(r"(?<!\w)خواه(?:د|ند|م|یم)(?!\w)")
"""The future's auxiliary in a cue («سخنرانی خواهد کرد»), folded: said while the meeting runs, what
someone will do later in it is presence there (README, session 6; readings.STATUS_OF)."""
PLANNED_ACT = cue_regex(PLAN)
"""A cue that opens on a plan word («قرار است X در حاشیه نشست با Y دیدار کند»): its act is to come, as a
future's is (`tense`)."""
READ_OUT = re.compile(rf"(?:قرائت|قرایت|خوانده)[\s\u200c]+(?:{'|'.join(BECOME)})")
"""A message read out («پیام X که در نشست قرائت شد، …»): a speech cue spanning it is not X's speech."""
OF_THE_MEETING = re.compile(rf"(?:با|به|تحت)[\s\u200c]+(?:{ATTEND_NOUNS}|میزبانی|ریاست)$")
"""A plan that ends on «با حضور», «به میزبانی» («قرار است … با حضور X برگزار شود»): the meeting's plan,
said of those named after it by their own forward cue, not of the subject before it."""
NOT_IN = re.compile(r"[\s\u200c]+در(?!\w)")
"""«با حضور در نشست»: the subject's own presence (with «در» the meeting follows, not a person)."""
QUOTED = re.compile(r"«[^«»]*»")
"""A quotation in guillemets: a future inside it is the quoted words' own, no plan of a cue outside it."""
READ_BY = Said(
    Status.ATTENDED, Kind.MESSAGE, cue("که [^.؛]{0,80}?(?<!\\w)(?:ان|این) ?را (?:[^.؛]{0,40}? )?(?:قرایت|خواند)")
)
"""Who read a message out, in its relative clause («پیام X که Y آن را قرائت کرد»): the reader was there,
and the message cue spanning it is not said of the sender before it (helpers.extract.status)."""


ARRIVED_BY_TRIP = TRAVELLED._replace(status=Status.ATTENDED, kind=Kind.ARRIVAL)
"""A trip told done that places the traveller in the meeting's city (`_trip_there`): arrived."""
GOES_ON = re.compile(r"[\s\u200c]*(?:،|,|و(?!\w))")
"""The sentence going on after a verb: a comma or «و» («… سفر کرده است، گفت», «… سفر کرده و …»)."""


class Hit(NamedTuple):
    """A verb cue where it occurs, what it says of this meeting (Times.of), whether its verb is
    plural («کردند», «خواهند کرد»), and whether it is the speaker's own first person («خواهم کرد»)."""

    pos: int
    said: Said
    given: Said | None
    plural: bool
    first: bool = False
    talks: bool = False  # a verb of meeting someone («دیدار کرد», «ملاقات خواهد کرد»)
    end: int = 0  # where the cue ends


class Times(NamedTuple):
    """Where a sentence's words of time are: pre-event wording, another occasion, and its verb cues
    (a cue's clause runs from the cue before it)."""

    text: str
    future: list[int]
    plans: list[tuple[int, int]]  # a plan word, and where its relative clause closes (_plans)
    past: list[int]
    cues: list[int]
    frame: str = ""  # the report's time: "now", "today", "future" or "" (helpers.extract.occasions.frame)
    years: tuple[int, ...] = ()  # where a year before the article's is written (occasions.older_years)
    bygone: bool = False  # the sentence speaks of an earlier meeting the text told of (occasions.bygone)
    reports: tuple[int, ...] = ()  # where reported words begin («گفت:», «تاکید کرد که»): their future is theirs
    asides: tuple[tuple[int, int], ...] = ()  # a future word in a closed relative clause, and its «که» (_asides)
    later: bool = False  # the sentence names a time or a meeting after this one («سال آینده», «نشست بعدی»)
    eves: tuple[int, ...] = ()  # where each «در آستانه این نشست» (the meeting's eve, EVE) ends
    asked: tuple[int, ...] = ()  # where each «آیا» (WHETHER) ends
    quotes: tuple[tuple[int, int], ...] = ()  # where each «…» quotation opens and closes (QUOTED)

    def of(self, said: Said, pos: int, tense: str = "") -> Said | None:
        """The cue at `pos` as said of this meeting: none in the clause of an earlier occasion;
        presence, hosting or chairing said before pre-event wording (in the same clause: not after a
        finished verb and «و», CLAUSE_END, nor in the words it reports: «گفت: … تلاش خواهیم کرد»), or
        after a plan word in its clause (not one inside a quotation the cue is outside of: «X در سخنرانی
        افتتاحیه با تأکید بر اینکه «… خواهد بود» گفت»), is expected («… به
        ریاست X برگزار می‌شود», «میزبان … خواهد بود», «قرار است … با حضور X برگزار شود»). A present
        `tense` takes the report's time: a "stative" cue («میزبان این اجلاس است», «حضور دارد») is
        expected before the meeting, an "ongoing" one («در نشست شرکت می‌کند») is presence once the
        meeting is held today, and a "future" plan («در این نشست سخنرانی خواهد کرد») once it is told
        begun ("now", not "today": readings.STATUS_OF reads a person's own verb the same way), unless
        the sentence names a later time or meeting (`later`: «سال آینده در نشست بعدی»); a
        presence cue whose own verb is future («در این اجلاس خواستار … خواهد شد») is expected until
        then, whichever verb it is (STATUS_OF's future row). Presence told in the clause of the meeting's
        eve («در آستانه این نشست X و Y دیدار کردند»: `on_eve`) is expected until the meeting is under way;
        an arrival in its city then is presence already (README)."""
        if self.earlier(pos):
            return None
        start = max((p for p in self.cues if p < pos), default=0)
        planned = any(
            p >= pos
            and not CLAUSE_END.search(self.text, pos, p)
            and not any(pos <= r < p for r in self.reports)
            and not any(a < p < b and not a < pos < b for a, b in self.quotes)
            and not any(q == p and pos < k for q, k in self.asides)
            for p in self.future
        ) or any(start <= p < pos < end for p, end in self.plans)
        if said.status in CAME and (
            planned
            or (tense == "stative" and self.frame == "future")
            or (tense == "future" and self.frame != "now")
            or (self.frame != "now" and said.kind != Kind.ARRIVAL and self.on_eve(pos))
        ):
            return said._replace(status=Status.EXPECTED)
        if said.kind == Kind.PLANNED and (
            tense == "future"
            and self.frame == "now"
            and not self.later
            or tense == "ongoing"
            and self.frame in NOW
            and not planned
        ):
            return said._replace(status=Status.ATTENDED, kind=Kind.PARTICIPATION)
        return said

    def asked_about(self, pos: int) -> bool:
        """Whether the cue at `pos` is in the clause of a question («آیا X در این نشست شرکت خواهد کرد یا
        نه»): it states neither presence nor a plan."""
        return any(p <= pos and not CLAUSE_END.search(self.text, p, pos) for p in self.asked)

    def on_eve(self, pos: int) -> bool:
        """Whether the cue at `pos` is in the clause of the meeting's eve (EVE), told before it."""
        return any(p <= pos and not CLAUSE_END.search(self.text, p, pos) for p in self.eves)

    def earlier(self, pos: int) -> str:
        """Whether the cue at `pos` is in the clause of an earlier occasion: "main", or "relative"
        when the marker opens a relative clause that holds the cue too («X، که در اجلاس سال گذشته
        حضور داشت، …»); "" when there is no marker, or it sits in a relative clause closed before
        the cue («X که سال گذشته به این سمت رسید، در نشست حضور داشت»), or it dates the saying of
        the words that hold the cue («پیش از این گفته بود که X … شرکت خواهد کرد»)."""
        if self.bygone:
            return "main"
        start = max((p for p in self.cues if p < pos), default=0)
        for p in (p for p in self.past if start <= p < pos and not any(p < r < pos for r in self.reports)):
            relative = RELATIVE.search(self.text[start:p]) is not None
            if not (relative and "،" in self.text[p:pos]):
                return "relative" if relative else "main"
        # an earlier year («در اجلاس سال ۲۰۱۹», «سال ۱۳۹۸») dates the cue only within its own clause
        return "main" if any(start <= p < pos and not CLAUSE_END.search(self.text, p, pos) for p in self.years) else ""


DONE = frozenset({Kind.GATHERING, Kind.PARTICIPATION, Kind.SPEECH, Kind.SIDELINES, Kind.SIGNING})
"""Kinds of presence that, told as done of this meeting, show it under way (`report_times`)."""


def report_times(
    own: list[Scanned], year: int | None, dated: Mapping[int, Sequence[tuple[str, bool]]] | None = None
) -> list[str]:
    """The report's time at each sentence, as the last sentence that told it set it (occasions.frame).
    A "future" that only a bare present set («این اجلاس در آستانه برگزار می‌شود»: no «خواهد», plan
    word or time to come, AHEAD) is the present of a report written during the meeting when a
    sentence not read ahead tells presence there as done («در نخستین روز این اجلاس وزیران … گرد هم
    آمدند»), after it or before it (a headline's news, «X در این اجلاس سخنرانی کرد», and then the
    present): "now" throughout, so a stative «در این اجلاس حضور دارند» is presence, not a plan. So is
    a meeting held "today" once a sentence read in it tells presence there as done or as a present
    state («وزیران در این نشست هستند»): it has begun, and what someone will do in it is presence
    (README, session 6). `dated` gives, by sentence number, the dates written there and whether each names
    the day the report was published (helpers.extract.attendees.dated_days): that day is «امروز», unless
    another day is written nearer the meeting's verb (occasions.frame). A report that tells the meeting
    held or under way and never still to come, nor an earlier one, is written while or after it runs: "now"
    for every sentence, those before the one that tells it too (a headline's «X در نشست سخنرانی می‌کند»). A
    year before the article's dates a meeting told held as an earlier one (occasions.frame) only where the
    page gives its publication date (`dated`): without one the article's year is read off the page's own
    dates, and an older year may be one of them in another calendar."""
    times, time, ahead = [], "", False
    for sentence in own:
        written = (dated or {}).get(sentence.row.sentence, ())
        today, other = (_ends(sentence.text, [d for d, on in written if on is is_today]) for is_today in (True, False))
        set_now = frame(sentence, time, today, other, year if dated else None)
        ahead = ahead or (set_now == "future" and bool(find_cues(AHEAD, sentence)))
        time = set_now or time
        times.append(time)
    if "now" in times and not any(time in ("future", "today", "earlier") for time in times):
        times = ["now"] * len(times)
    if any(
        _told_as_done(sentence, hit) or _told_as_present(sentence, hit)
        for sentence, time in zip(own, times, strict=True)
        if time == "today"
        for hit in verb_hits(sentence, time, year)[1]
    ):
        times = ["now" if time == "today" else time for time in times]
    if ahead or not any(
        _told_as_done(sentence, hit)
        for sentence, time in zip(own, times, strict=True)
        if time in ("", "future")
        for hit in verb_hits(sentence, time, year)[1]
    ):
        return times
    return ["now" if time == "future" else time for time in times]


def _ends(text: str, written: Sequence[str]) -> list[int]:
    """Where each of the `written` dates ends in the sentence's text."""
    return [at + len(date) for date in written if (at := text.find(date)) >= 0]


def _presence_here(hit: Hit) -> bool:
    """Whether the hit is read as presence at this meeting, of a kind that shows it under way (DONE)."""
    return bool(hit.given and hit.given.status == Status.ATTENDED and hit.said.kind in DONE and not hit.said.forward)


def _told_as_present(sentence: Scanned, hit: Hit) -> bool:
    """Whether the hit tells presence at this meeting as a present state («در این نشست هستند», «حضور
    دارند»: `tense` "stative"), not a plan."""
    return _presence_here(hit) and tense(sentence, Span(hit.pos, hit.end)) == "stative"


def _told_as_done(sentence: Scanned, hit: Hit) -> bool:
    """Whether the hit tells presence at this meeting (DONE) in a past verb (TOLD_DONE), not a plan."""
    if not _presence_here(hit):
        return False
    lo, hi = bisect_left(sentence.origin, hit.pos), bisect_left(sentence.origin, hit.end)
    said = sentence.folded[lo:hi]
    return TOLD_DONE.search(said) is not None and NOT_DONE.search(said) is None


def verb_hits(sentence: Scanned, frame: str, year: int | None) -> tuple[Times, list[Hit]]:
    """Where each verb cue occurs, in reading order, as said of this meeting (Times.of; None for a
    cue of another occasion, which still closes the clause before it; a relative clause about
    another occasion is an aside, left out)."""
    hits = sorted(
        (
            (span.start, i, span.end, said, bool(PLURAL.search(sentence.text, span.start, span.end)))
            for i, said in enumerate(VERB_CUES + PRESENCE_CUES)
            for span in find_cues(said.phrase, sentence)
        ),
        key=lambda hit: hit[:2],
    )
    # under way, a present «برگزار می‌شود» is not pre-event, but for the sentence's own «امروز … برگزار می‌شود»
    now = {s.start for s in find_cues(HELD_NOW, sentence)} if frame in NOW and not find_cues(TODAY, sentence) else set()
    future = [span.start for span in find_cues(FUTURE, sentence) if span.start not in now]
    times = Times(
        sentence.text,
        future,
        _plans(sentence),
        _past(sentence),
        [pos for pos, _, _, _, _ in hits],
        frame,
        tuple(older_years(sentence, year)),
        bygone(sentence, frame),
        tuple(sentence.origin[m.start()] for m in REPORTING.finditer(sentence.folded)),
        _asides(sentence.text, future),
        bool(find_cues(LATER_ON, sentence) or LATER_MEETING.search(sentence.folded)),
        tuple(span.end for span in find_cues(EVE, sentence)),
        tuple(span.end for span in find_cues(WHETHER, sentence)),
        tuple(m.span() for m in QUOTED.finditer(sentence.text)),
    )
    read_by = find_cues(READ_BY.phrase, sentence)
    cues = [h[0] for h in hits]
    hits = [
        (
            pos,
            i,
            end,
            ARRIVED_BY_TRIP if said is TRAVELLED and _trip_there(sentence, pos, end, cues, times) else said,
            plural,
        )
        for pos, i, end, said, plural in hits
    ]
    return times, [
        Hit(
            pos,
            said,
            None if times.asked_about(pos) else times.of(said, pos, _tense_of(sentence, said, Span(pos, end))),
            plural,
            _first(sentence, Span(pos, end)),
            _talks(sentence, Span(pos, end)),
            end,
        )
        for pos, _, end, said, plural in hits
        if times.earlier(pos) != "relative"
        and not (said.kind == Kind.SPEECH and READ_OUT.search(sentence.text, pos, end))
        and not (said.kind == Kind.MESSAGE and any(pos < r.start < end for r in read_by))
        and not (said.kind == Kind.PLANNED and _of_the_meeting(sentence, Span(pos, end)))
        and not (said.kind == Kind.DEPARTURE and _set_off_aside(sentence, pos, [h[0] for h in hits], times.reports))
    ]


def _tense_of(sentence: Scanned, said: Said, span: Span) -> str:
    """The cue's `tense`; taking part told as a noun, with no verb of its own (TOOK_PART_IN), is a state."""
    return "stative" if said is TOOK_PART_IN else tense(sentence, span)


def _trip_there(sentence: Scanned, pos: int, end: int, cues: list[int], times: Times) -> bool:
    """Whether a trip told done (presence.TRAVELLED, its verb ending at `end`) places the traveller in the
    meeting's city: told once the meeting is under way ("now"), or as the background of what the traveller
    did there, the sentence going on after its verb with no pre-event wording but in what they are quoted
    saying («X که برای شرکت در نشست به ژنو سفر کرده است، گفت», «X برای حضور در نشست به اسلام‌آباد سفر کرده
    و با همتایانش دیدار داشته است»).
    A trip that ends the sentence is its news («X برای شرکت در نشست به وین سفر کرد»): set off. One in an
    aside with the main clause's own cue after it (`_set_off_aside`) leaves the telling to that cue."""
    told = [p for p in cues if not any(end <= r <= p for r in times.reports)]  # not in the traveller's quote
    if _set_off_aside(sentence, pos, told, times.reports):
        return False
    ahead = [*times.future, *(p for p, _ in times.plans)]
    return times.frame == "now" or (
        GOES_ON.match(sentence.text, end) is not None
        and not any(p >= end and not any(end <= r <= p for r in times.reports) for p in ahead)
    )


def _set_off_aside(sentence: Scanned, pos: int, cues: list[int], reports: tuple[int, ...]) -> bool:
    """Whether the set-off at `pos` is in a relative clause of the subject, closed by a comma after
    its verb, with another cue after it («X که برای شرکت در نشست عازم جده شده، با Y دیدار کرد»): it
    tells how X came; what X does, the main clause's cue, is said of X. Not «که» after a verb of
    saying (`reports`: «اعلام کرد که X عازم باکو شد، و …»)."""
    text = sentence.text
    aside = ASIDE.search(text, 0, pos)
    if aside is None or any(aside.start() - 12 <= r <= aside.start() for r in reports):
        return False
    closed = RELATIVE_CLOSED.match(text, pos)
    return closed is not None and any(c >= closed.end() for c in cues)


def _asides(text: str, future: list[int]) -> tuple[tuple[int, int], ...]:
    """Each pre-event word in a relative clause closed by a comma after its verb, with the «که» that opens
    it («در مراسم افتتاحیه این کنگره که … برگزار می‌شود، گفت»): it tells the time of what the clause
    describes, and plans no cue that starts before the clause (Times.of); one inside it, it does."""
    out = []
    for p in future:
        opened = RELATIVE_BEFORE.search(text, 0, p)
        if opened and RELATIVE_CLOSED.match(text, p):
            out.append((p, opened.start()))
    return tuple(out)


def _plans(sentence: Scanned) -> list[tuple[int, int]]:
    """Where each plan word or time to come is (PLANS), with where its clause closes: one in a relative
    clause («کنفرانسی که قرار است … برگزار شود، با حضور X …») is that clause's, closed by the comma
    after its verb (RELATIVE_CLOSED); the main clause's cues after it are not planned by it. Other
    plans run to the sentence's end."""
    text, out = sentence.text, []
    for span in find_cues(PLANS, sentence):
        closed = RELATIVE_CLOSED.match(text, span.end) if RELATIVE_BEFORE.search(text, 0, span.start) else None
        out.append((span.start, closed.end() if closed else len(text) + 1))
    return out


ON_THE_SIDELINES_OF = cue(f"در حاشیه (?:{MEETING})(?!\\w)")
"""On the sidelines of a meeting named bare («در حاشیه نشست سران گروه ۲۰»): what was done earlier there was
done at this one, as «در این نشست» says (EARLIER_ON)."""


def _past(sentence: Scanned) -> list[int]:
    """Where the sentence marks another, earlier occasion (PAST), but for an adverb of earlier time
    with a singular «این نشست» after it in its clause: earlier in this meeting (EARLIER_ON)."""
    text = sentence.text
    this = [s.start for s in find_cues(THIS_MEETING, sentence) if not HA.match(text, s.end)]
    this += [s.start for s in find_cues(ON_THE_SIDELINES_OF, sentence)]
    within = {
        s.start
        for s in find_cues(EARLIER_ON, sentence)
        if any(s.end <= t and not CLAUSE_END.search(text, s.end, t) for t in this)
    }
    return [span.start for span in find_cues(PAST, sentence) if span.start not in within]


def _of_the_meeting(sentence: Scanned, span: Span) -> bool:
    """Whether a plan's cue ends on the meeting's own «با حضور / به میزبانی» (OF_THE_MEETING)."""
    lo, hi = bisect_left(sentence.origin, span.start), bisect_left(sentence.origin, span.end)
    return OF_THE_MEETING.search(sentence.folded, lo, hi) is not None and not NOT_IN.match(sentence.folded, hi)


def _talks(sentence: Scanned, span: Span) -> bool:
    """Whether the cue is a verb of meeting someone («دیدار کرد», «گفتگو خواهد کرد»)."""
    return TALKS_AT.match(sentence.folded, bisect_left(sentence.origin, span.start)) is not None


def _first(sentence: Scanned, span: Span) -> bool:
    """Whether the cue's verb is in the first person: a speaker's own, even inside their quote."""
    lo, hi = bisect_left(sentence.origin, span.start), bisect_left(sentence.origin, span.end)
    return FIRST_PERSON.search(sentence.folded[lo:hi]) is not None


COPULA_CLOSES = re.compile(r"(?P<rest>[^.؛،:!؟?]{1,80}?)[\s\u200c](?:است|هستند)(?=[\s\u200c]*(?:[.؛،!؟?]|$))")
"""The rest of a nominal cue's clause, closed by a present copula («X میزبان اجلاس سران … به تاریخ ۴ جولای
است»), folded."""


def _copula_closes(sentence: Scanned, hi: int) -> bool:
    """Whether the clause of a cue ending at folded `hi` closes with a present copula and no verb of its own
    between: the cue is stated in the present, as with the copula right after it (PRESENT_AFTER)."""
    m = COPULA_CLOSES.match(sentence.folded, hi)
    if m is None:
        return False
    return verb_in(sentence.text, sentence.origin[hi], sentence.origin[m.end("rest") - 1] + 1) is None


def tense(sentence: Scanned, span: Span) -> str:
    """ "stative" for a cue in the present that states a condition (a copula after it: «میزبان این
    اجلاس است», or closing its clause: `_copula_closes`; «حضور دارد», «در این نشست هستند»), "future"
    for one whose own (last) verb helpers.extract.readings reads as future («خواهد کرد», «خواهد شد») or
    that opens on a plan word («قرار است … دیدار کند»: once the meeting is under way, an act later in it),
    "ongoing" for a present indicative of taking part, its verb read the same way («شرکت می‌کند», «حضور
    پیدا می‌کنند», «همراهی می‌کنند», «ریاست می‌کند»), or of handing over the chair or opening the meeting
    (ONGOING), else ""."""
    lo, hi = bisect_left(sentence.origin, span.start), bisect_left(sentence.origin, span.end)
    said = sentence.folded[lo:hi]
    if PRESENT_AFTER.match(sentence.folded, hi) or STATIVE.search(said) or _copula_closes(sentence, hi):
        return "stative"
    verb = verb_in(sentence.text, span.start, span.end)
    if WILL.search(said) and (verb is None or verb.tense == "future") or PLANNED_ACT.match(said):
        return "future"  # the cue's own verb, not a «خواهد» in words it spans («… خواهد داد، گفت»)
    taking_part = (
        verb is not None
        and verb.tense == "present"
        and verb.kind in TAKING_PART
        and not verb.lemma.startswith(BECOMING)  # «حاضر می‌شود»: will be there, a change still to come
    )
    return "ongoing" if taking_part or ONGOING.match(said) else ""
