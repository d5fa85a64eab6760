"""Status said through the occasion rather than through a verb of the person: the meeting *of* X
and Y held («اجلاس سه‌جانبه X، Y و Z برگزار شد», «دیدار X با Y به عمل آمد»), the chair's title
next to a name («X، رئیس اجلاس»), and the airport, where the one seen off sets out and the one
welcomed has arrived, while whoever sees them off or welcomes them stays where they are (a welcome
at the venue is hosting: helpers.extract.welcomes); and the report's time (`frame`): whether the
meeting is still to come or under way, which present-tense cues of later sentences take.

The meeting, title and airport rules only fill in people the sentence's verb cues left `mentioned`;
each takes the time of its sentence through `When` (helpers.extract.report_time.Times.of: none for an
earlier occasion, expected before pre-event wording)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue as Kind
from helpers.extract.clauses import CLAUSE_END, is_object, listed_after, only_phrase_between, without_titles
from helpers.extract.cues import (
    AIRPORT_WORD,
    CHAIR_TITLE,
    HANDED,
    MEETING_WORD,
    ON_SIDELINES,
    ORDINAL,
    TALKS,
    THIS_MEETING,
    Said,
    did,
)
from helpers.extract.meeting_nouns import MEETING, SITTING
from helpers.extract.meeting_place import PRESS
from helpers.extract.mentions import Scanned, Span, cue, find_cues
from helpers.extract.people import Found
from helpers.extract.presence import DELEGATION_HANDED, LEADS
from helpers.extract.time_cues import (
    BEGUN,
    ENDED,
    HELD,
    HELD_NOW,
    PAST,
    PLANS,
    PREPARATORY,
    SPAN_TO_NOW,
    TO_COME,
    TODAY,
    UNDER_WAY,
)
from helpers.extract.verb_classes import BECOME
from helpers.text import gazetteer as gz

When = Callable[[Said, int], Said | None]
"""What a cue at a position says of this meeting (helpers.extract.report_time.Times.of)."""

OF_WORDS = f"(?:{MEETING}|{TALKS})(?:ی| های?)?".replace(" ", "[\\s\\u200c]?")
NOT_OF = "(?:که|با|به|از|در|برای|توسط|تلفنی|تماس)"
"""Words after which the people named are not the meeting's own («نشستی که با حضور X», «به دعوت
X»), and a call («گفتگوی تلفنی X و Y»), which is no meeting."""
REMOTE = r"(?:از[\s\u200c]+راه[\s\u200c]+دور|به[\s\u200c]+(?:صورت|شکل)[\s\u200c]+[^\s\u200c.؛،:]+)"
"""How a meeting is held, after its word («رایزنی از راه دور X و Y», «نشست به صورت مجازی X و Y»): the
meeting's own words, though they begin with a preposition."""
OF_MEETING = re.compile(
    rf"(?<!\w){OF_WORDS}(?![\s\u200c]+{PRESS.replace(' ', '[ \u200c]*')})"
    rf"(?:[\s\u200c]+(?:{REMOTE}|(?!{NOT_OF}(?!\w))[^\s\u200c.؛،:]+)){{0,3}}?[\s\u200c«\"،]*$"
)
"""A meeting word, and at most three words of its own (an ordinal, «سه‌جانبه», «سران»), right before
the first person of the meeting («دومین اجلاس سه جانبه X»), not a preposition or «که» (the meeting
is not theirs: «نشستی که با حضور X»); not a press meeting. Folded, titles blanked."""
OF_TITLED = re.compile(
    rf"(?<!\w){OF_WORDS}[\s\u200c]+@[\s\u200c]*(?:(?!{NOT_OF}(?!\w))[^\s\u200c.؛،:@]+[\s\u200c]+){{0,6}}"
    r"و[\s\u200c«\"]*$"
)
"""A meeting of a plural title's holders (marked «@») and the person after «و» («نشست وزرای خارجه کشورهای
عضو آسه‌آن و X»): X meets them there. Folded, titles blanked."""
WITH = re.compile(r"^[\s\u200c«\"،]*(?:(?:و|با)[\s\u200c«\"]*)?(?:[^\s\u200c.؛،:]+[\s\u200c«\"]*)?$")
"""What may lie between two people of one meeting, their titles blanked: «با» («دیدار X با Y»), «و»,
or nothing but one word the gazetteer lacks in a title («X رئیس‌جمهوری اسلامی ایران Y»)."""
OBJECT_RA = re.compile(r"^[^.؛،]{0,40}?(?<!\w)را(?!\w)")
"""«را» after a person (and their title): they are the object of the verb that follows."""
APPOSED = re.compile(r"^[\s\u200c«»\"،,]*(?:(?:و|به[\s\u200c]*عنوان)[\s\u200c«»\"،,]*)?$")
"""Between a person and a second title of theirs: their first title (blanked) and «و» or «به عنوان»
(«X رئیس‌جمهور ایران و رئیس دوره‌ای اجلاس», «X به عنوان رئیس اجلاس»)."""
GUEST = re.compile(r"(?<!\w)از[\s\u200c«]*$")
"""«از» right before a person: the one an active welcome («از X استقبال کرد») is given to."""
PASSIVE_AUXILIARY = re.compile(rf"(?<!\w)(?:{'|'.join(BECOME)})")
"""The passive's auxiliary («شد», «گردید») in a seen-off cue: «X بدرقه شد» is said of X, the one seen off."""
HOST_TITLE = cue("به عنوان (?:کشور )?میزبان")
"""«X به عنوان میزبان …»: acting as the host, of the person it stands next to."""
AIRPORT = cue(AIRPORT_WORD)
SEEN_OFF = cue(f"(?:بدرقه|مشایعت) {did('کرد', 'نمود', *BECOME)}")
"""Seen off («X را بدرقه کرد», «X بدرقه شد»): X sets off for the meeting."""
WELCOMED_AT_AIRPORT = cue(f"(?:استقبال|پیشواز) {did('کرد', 'نمود')}")
"""An active welcome («از X استقبال کرد»): at the airport, X has arrived."""
SIDELINES_WITH = re.compile(
    rf"^[\s\u200c]*(?:(?:این|{ORDINAL})[\s\u200c]+)?(?:{MEETING})(?!\w)،?[^.؛،]{{0,40}}?(?<!\w)با[\s\u200c«]*$".replace(
        " ", "[\\s\u200c]+"
    )
)
"""From «در حاشیه» to a person: the meeting, a comma that sets the place off («در حاشیه این نشست، با X»), a few
words, and «با» right before them."""
TALKS_NEAR = re.compile(f"(?:{TALKS})".replace(" ", "[\\s\u200c]?"))
MET_THERE = Said(Status.ATTENDED, Kind.SIDELINES, ON_SIDELINES)
HELD_SAID = Said(Status.ATTENDED, Kind.PARTICIPATION, HELD)
TITLES = (Said(Status.CHAIR, Kind.CHAIRING, CHAIR_TITLE), Said(Status.HOST, Kind.HOSTING, HOST_TITLE))
CHAIR_HANDED = cue(
    f"ریاست (?:این |ان |همین |{ORDINAL} )?(?:{SITTING})(?! (?:قبلی|پیشین|سابق)(?!\\w))[^.؛]{{0,200}}?(?:{HANDED})"
)
CHAIR_SAID = Said(Status.CHAIR, Kind.CHAIRING, CHAIR_HANDED)
TO = re.compile(r"(?<!\w)به[\s\u200c«]*$")
"""«به» right before a person: the one something is handed to."""
RECEIVED = re.compile(r"تحویل[\s\u200c]*گرفت")
"""Received («تحویل گرفت»): the chair goes to the subject before the cue, not to the one inside it."""
SET_OFF = Said(Status.EXPECTED, Kind.DEPARTURE, SEEN_OFF)
ARRIVED = Said(Status.ATTENDED, Kind.ARRIVAL, WELCOMED_AT_AIRPORT)


LETTER = re.compile(
    r"(?<![\w\u200c])(?<!تفاهم )(?<!موافقت )(?<!توافق )(?<!اساس )(?<!ایین )(?<!شیوه )(?:نامه|مکتوب)"
    r"(?:[\s\u200c]?(?:ای|ها|های))?(?!\w)"
)
"""A letter («نامه», «نامه‌ای», Dari «مکتوب»), folded; not the second half of a document noun
(«تفاهم‌نامه», «موافقت نامه», «اساسنامه»)."""


def a_letter(sentence: Scanned, pos: int) -> bool:
    """Whether the signing cue at `pos` signs a letter named before it in its clause («این نامه به
    امضای X و Y رسید»): a letter is sent from wherever its signers are, so signing it puts nobody at
    the meeting."""
    folded, at = sentence.folded, bisect_left(sentence.origin, pos)
    return any(
        at - m.end() <= 80 and not CLAUSE_END.search(folded, m.end(), at)
        for m in LETTER.finditer(folded, max(0, at - 120), at)
    )


WITH_WHOM = re.compile(r"(?<!\w)با[\s\u200c]+(?P<envoy>(?:سفرا|سفرای|سفیران|سفیر|کاردار)(?!\w))?")
"""«با» and who the talks are with: ambassadors or a chargé d'affaires («با سفرای کشورهای … دیدار کرد»)
or anyone else, folded."""


def with_envoys(sentence: Scanned, pos: int) -> bool:
    """Whether the talks cue at `pos` is with ambassadors and the sentence does not place the talks on
    the meeting's sidelines: an ambassador is posted where the talks are held, at home or abroad, so
    meeting one («با سفیران مقیم پایتخت دیدار کرد») puts nobody at the meeting."""
    at = bisect_left(sentence.origin, pos)
    first = WITH_WHOM.search(sentence.folded, max(0, at - 100), at)  # the first one met: «با X و سپس با سفیر …»
    return first is not None and first.group("envoy") is not None and not find_cues(ON_SIDELINES, sentence)


def give(f: Found, said: Said) -> None:
    f.status, f.cue = said.status, said.kind


def fill(f: Found, said: Said | None) -> None:
    """Give `said` to `f` unless a verb cue of the sentence already gave them a status."""
    if said is not None and f.status == Status.MENTIONED:
        give(f, said)


def met_on_sidelines(sentence: Scanned, found: list[Found], when: When) -> None:
    """«در حاشیه این اجلاس با X دیدار کرد», «در دیداری که در حاشیه اجلاس با X داشت»: X, the one met
    on the meeting's sidelines, was there too (the talks are said in the sentence: «دیدار», «گفتگو»)."""
    text, mentions = sentence.text, sentence.mentions
    for span in find_cues(ON_SIDELINES, sentence):
        if not TALKS_NEAR.search(sentence.folded, max(0, bisect_left(sentence.origin, span.start) - 40)):
            continue
        for f in (f for f in found if f.span.start >= span.end):
            if SIDELINES_WITH.match(gz.fold(without_titles(text, span.end, f.span.start, mentions))):
                fill(f, when(MET_THERE, span.start))


def meeting_of(
    sentence: Scanned, found: list[Found], when: When, objects: dict[Span, bool], under_way: bool = False
) -> None:
    """«دومین اجلاس سه‌جانبه X، Y و Z … برگزار شد», «دیدار X با Y … صورت گرفت», «دیدار X و Y در
    حاشیه اجلاس»: the people named right after a meeting word, and those listed with them, were at
    the meeting that was held, or on whose sidelines they met (or are expected at one that will be).
    Talks still to come (`_of_talks`) in a report of the meeting `under_way` are later in it: presence
    (README, session 6)."""
    for span in find_cues(HELD, sentence) + find_cues(ON_SIDELINES, sentence):
        said = when(HELD_SAID, span.start)
        if under_way and said and said.status == Status.EXPECTED and _of_talks(sentence, span):
            said = HELD_SAID
        before = [f for f in found if f.span.end <= span.start and not is_object(sentence, f, found, objects)]
        members = _members(sentence, before)
        for f in members:
            fill(f, said)


def _members(sentence: Scanned, before: list[Found]) -> list[Found]:
    """The people of the meeting: the first of `before` whose name follows a meeting word, and the
    people listed with them."""
    text, mentions = sentence.text, sentence.mentions
    for i, f in enumerate(before):
        lo = max([f.span.start - 60, 0] + [g.span.end for g in before[:i]])
        if not OF_MEETING.search(gz.fold(without_titles(text, lo, f.span.start, mentions))) and not (
            OF_TITLED.search(_titles_marked(sentence, lo, f.span.start))
        ):
            continue
        members = [f]
        for g in before[i + 1 :]:
            between = without_titles(text, members[-1].span.end, g.span.start, mentions)
            if not (listed_after(sentence, members[-1], g) or WITH.match(gz.fold(between))):
                break
            members.append(g)
        return members
    return []


def _titles_marked(sentence: Scanned, lo: int, hi: int) -> str:
    """text[lo:hi] folded, its titles blanked and each plural title marked «@» (OF_TITLED)."""
    chars = list(without_titles(sentence.text, lo, hi, sentence.mentions))
    for m in sentence.mentions:
        if m.kind == "role" and m.entry.plural and lo <= m.start and m.end <= hi:
            chars[m.start - lo] = "@"
    return gz.fold("".join(chars))


def chair_titles(sentence: Scanned, found: list[Found], when: When) -> None:
    """The chair's title («رئیس اجلاس», «رئیس دهمین اجلاس سران») makes its holder the chair, and
    «به عنوان میزبان» the host: the person it stands next to («X، رئیس این نشست», «رئیس اجلاس، X»,
    «X به عنوان میزبان»), or the stand-in for the title opening a sentence that names nobody
    (helpers.extract.clauses.subject_pronoun)."""
    text, mentions = sentence.text, sentence.mentions
    for title, span in ((t, sp) for t in TITLES for sp in find_cues(t.phrase, sentence)):
        said = when(title, span.start)
        holder = next(
            (
                f
                for f in found
                if f.span.start <= span.start < f.span.end
                or APPOSED.match(without_titles(text, f.span.end, span.start, mentions))
                or only_phrase_between(text, span.end, f.span.start, mentions)
            ),
            None,
        )
        if holder is not None and said is not None:
            give(holder, said)


def handed_chair(sentence: Scanned, found: list[Found], when: When) -> None:
    """The chair of this meeting handed over («ریاست اجلاس را به X سپرد», «ریاست نهمین اجلاس … به X
    تحویل داده شد», «X ریاست نشست را تحویل گرفت»): X, the one it is handed to, chairs it; the one
    handing it over was there (the HANDOVER verb cue). The rotating chair («ریاست دوره‌ای این اجلاس»),
    often handed on at the close, is the organization's for a year: presence only (cues.HANDOVER)."""
    for span in find_cues(CHAIR_HANDED, sentence):
        if RECEIVED.search(gz.fold(sentence.text[span.start : span.end])):
            before = [f for f in found if f.span.end <= span.start]
            to = before[-1:] if before else []
        else:
            to = _handed_to(sentence, span, found)
        if to and (said := when(CHAIR_SAID, span.start)):
            give(to[0], said)


def _handed_to(sentence: Scanned, span: Span, found: list[Found]) -> list[Found]:
    """The people inside a cue of handing something over named right after «به» (TO), titles aside:
    those it is handed to, in reading order («… را به X، وزیر مشاور، سپرد»)."""
    text, mentions = sentence.text, sentence.mentions
    inside = [f for f in found if span.start < f.span.start and f.span.end <= span.end]
    return [f for f in inside if TO.search(gz.fold(without_titles(text, span.start, f.span.start, mentions)))]


def delegation_handed(sentence: Scanned, found: list[Found], when: When) -> None:
    """The one a delegation's lead is handed to («… را به X، وزیر مشاور، سپرد»; presence.DELEGATION_HANDED)
    leads it at the meeting (attended; expected when handed in the future, `when`); the one handing it
    over stays as their own cues say (often absent: «حاضر نشد و ریاست هیئت را به X سپرد»)."""
    for span in find_cues(DELEGATION_HANDED, sentence):
        to = _handed_to(sentence, span, found)
        if to and (said := when(LEADS, span.start)):
            give(to[0], said)


def airport(sentence: Scanned, found: list[Found], when: When, objects: dict[Span, bool]) -> None:
    """Seen off («X را بدرقه کرد», «X بدرقه شد»): X sets off (expected); welcomed at the airport
    («از X استقبال کرد»): X has arrived. Whoever sees off or welcomes is given nothing (being at an
    airport says nothing of coming or going: only landing there is an arrival cue)."""
    text = sentence.text
    for span in find_cues(SEEN_OFF, sentence):
        passive = PASSIVE_AUXILIARY.search(gz.fold(text[span.start : span.end]))
        for f in (f for f in found if f.span.end <= span.start):
            end = min([g.span.start for g in found if g.span.start >= f.span.end] + [span.start])
            seen_off = (
                not is_object(sentence, f, found, objects)
                if passive
                else OBJECT_RA.match(without_titles(text, f.span.end, end, sentence.mentions)) is not None
            )
            if seen_off:
                fill(f, when(SET_OFF, span.start))
    if not find_cues(AIRPORT, sentence):
        return
    for span in find_cues(WELCOMED_AT_AIRPORT, sentence):
        for f in (f for f in found if f.span.end <= span.start):
            if GUEST.search(text, 0, f.span.start):
                fill(f, when(ARRIVED, span.start))


NOW = frozenset(("now", "today"))
"""The report's times of a meeting held today: begun or under way ("now"), or held today with nothing
of it told begun yet ("today": «امروز برگزار می‌شود»), where what someone will do is still a plan."""


def frame(
    sentence: Scanned,
    before: str = "",
    dated_today: Sequence[int] = (),
    other_days: Sequence[int] = (),
    year: int | None = None,
) -> str:
    """The time of the report as this sentence sets it: "now" when it says the meeting is held, has
    begun or is under way («آغاز شد», «در حال برگزاری است»), "today" when it is held today («امروز
    برگزار می‌شود»: a present of this day, not yet told begun), "future" when it
    is still to come («فردا برگزار می‌شود», «قرار است … برگزار شود»; not talks to come: `_of_talks`),
    "earlier" when it tells of an earlier one («نشست قبلی … برگزار شده بود»; a counted span up to now,
    «در سه سال گذشته», is none), "" when it says neither, says both («نشست وزیران دیروز
    برگزار شد و اجلاس سران فردا آغاز می‌شود»: two meetings), or speaks of a preparatory meeting («نشست
    کارشناسان امروز آغاز شد»). After a "now" `before`, a present «برگزار می‌شود»
    keeps it. A date written for the day the report was published (`dated_today`: where each one ends,
    helpers.extract.attendees.dated_days) is «امروز» («از روز دوشنبه سوم آذر برگزار می‌شود» in a report of
    that Monday); the day nearest before the verb in its clause is the meeting's, so another day written
    after that one (`other_days`: where each date not naming the publication day ends) makes it no longer
    today («روز سه‌شنبه ۱۰ تیر اعلام کرد نشست روز چهارشنبه برگزار می‌شود» in a report of that Tuesday: the
    meeting is still to come). Once the report has said the meeting is to come (`before` "future"), a
    meeting told held, not begun (BEGUN), with no «امروز» nor «این نشست», is another, earlier one told as
    background; once it has said the meeting is under way ("now"), one told to come with neither is a later
    one: neither sets a time. A meeting told held in a clause that writes a year before the article's `year`
    («نخستین نشست سران در سال ۱۳۸۱ در عشق‌آباد برگزار شده بود») is an earlier one, as a year dates a cue in its
    clause (`older_years`), unless the sentence names today («امروز», the publication day written). A
    present-tense cue in a later sentence takes this time, and after an earlier meeting «در این نشست» is still
    that one (helpers.extract.report_time.Times)."""
    under_way, to_come = find_cues(UNDER_WAY, sentence), find_cues(TO_COME, sentence)
    if not (under_way or to_come) or not find_cues(MEETING_WORD, sentence):
        return ""  # the held/begun words first: most sentences have none, and they are the cheap test
    to_come = [span for span in to_come if not _of_talks(sentence, span)]
    if not (under_way or to_come):
        return ""
    if find_cues(PREPARATORY, sentence):
        return ""
    spans = find_cues(SPAN_TO_NOW, sentence)
    if any(not any(s.start <= p.start < s.end for s in spans) for p in find_cues(PAST, sentence)):
        return "earlier"  # not a counted span up to now («در سه سال گذشته بررسی خواهد شد»)
    text, today = sentence.text, [*(span.end for span in find_cues(TODAY, sentence)), *dated_today]
    if not today and any(
        p < s.start and not CLAUSE_END.search(text, p, s.start) for s in under_way for p in older_years(sentence, year)
    ):
        return "earlier"
    plan = bool(find_cues(PLANS, sentence))
    if before in NOW and not plan and not under_way and len(find_cues(HELD_NOW, sentence)) == len(to_come):
        return before  # «… آغاز شد.» then «در این نشست که … برگزار می‌شود»: the same day (HELD_NOW)
    this = bool(today or find_cues(THIS_MEETING, sentence))
    if before == "future" and _held_before(sentence, to_come, this):
        return ""  # «فردا برگزار می‌شود» then «نشست قبلی در ۲۰۲۱ در مسکو برگزار شد»: an earlier one, told as background
    if before == "now" and not (under_way or this):
        return ""  # «… آغاز شد» then «نشست بعدی سال آینده در تهران برگزار خواهد شد»: a later one
    times = {"now" for _ in under_way} | {
        "today"
        if not plan
        and any(
            end <= span.start
            and not CLAUSE_END.search(text, end, span.start)
            and not any(end < other <= span.start for other in other_days)
            for end in today
        )
        else "future"
        for span in to_come
    }
    if times == NOW:
        return "now"  # begun, and held today: under way
    return times.pop() if len(times) == 1 else ""


A_PLACE = re.compile(r"(?<!\w)در(?:[\s\u200c]+[^\s\u200c.؛،]+){0,2}[\s\u200c]+$")
"""«در» and up to two words before a meeting word («در حاشیه این اجلاس»), folded: the meeting as a place."""


def _of_talks(sentence: Scanned, span: Span) -> bool:
    """Whether the held verb at `span` is said of talks, not of the meeting: the nearest noun before it of
    either kind is one of talks («دیدار X و Y که قرار است روز یکشنبه صورت گیرد»). Talks still to come in
    a report of the meeting under way do not put the meeting itself still to come."""
    folded, at = sentence.folded, bisect_left(sentence.origin, span.start)
    talks = [m.start() for m in TALKS_NEAR.finditer(folded, 0, at)]
    meeting = [
        s.start
        for s in find_cues(MEETING_WORD, sentence)
        if s.start < span.start and not A_PLACE.search(folded, 0, bisect_left(sentence.origin, s.start))
    ]  # «در حاشیه این اجلاس»: where the talks are, not what is held
    return bool(talks) and sentence.origin[talks[-1]] > max(meeting, default=-1)


YEAR = re.compile(r"(?<!\d)(1[34]\d\d|19\d\d|20\d\d)(?!\d)")
"""A written year, folded (ASCII digits): Gregorian from 1900, Jalali (or Hijri) 1300-1499."""


def older_years(sentence: Scanned, year: int | None) -> list[int]:
    """Where the sentence writes a year before the article's `year` («در اجلاس سال ۲۰۱۹», «سال
    ۱۳۹۸»): a Gregorian year before it, a Jalali one whose end (year + 622) is before it; a Hijri
    year reads as a late Jalali one, so never as earlier. The cue in its clause is of an earlier
    occasion (helpers.extract.report_time.Times.earlier)."""
    if year is None:
        return []
    return [
        sentence.origin[m.start()]
        for m in YEAR.finditer(sentence.folded)
        if (int(m.group()) if int(m.group()) >= 1900 else int(m.group()) + 622) < year
    ]


def bygone(sentence: Scanned, time: str) -> bool:
    """Whether the sentence speaks of an earlier meeting: told while the report speaks of one (`time`
    "earlier"), it refers back to «این نشست» and names no time of today («نشست قبلی … برگزار شده بود. در
    این نشست X حضور داشت»); told while this meeting is still to come (`time` "future"), it tells a meeting
    held or ended, as `frame` reads one held, another one told as background («جلسه‌ای که روز گذشته با حضور X
    برگزار شد», «X پس از پایان نشست Y گفت»): who took part in it took part in that one."""
    if time == "future":
        to_come = [span for span in find_cues(TO_COME, sentence) if not _of_talks(sentence, span)]
        this = bool(find_cues(TODAY, sentence) or find_cues(THIS_MEETING, sentence))
        held = find_cues(UNDER_WAY, sentence) or find_cues(ENDED, sentence)
        return bool(held) and _held_before(sentence, to_come, this)
    return time == "earlier" and bool(find_cues(THIS_MEETING, sentence)) and not find_cues(TODAY, sentence)


def _held_before(sentence: Scanned, to_come: list[Span], this: bool) -> bool:
    """Whether a sentence telling a meeting held (`frame`'s UNDER_WAY), in a report that has this one still to
    come, tells another one: nothing in it is to come (`to_come`, talks aside), it names neither today nor this
    meeting (`this`), nor tells one begun (BEGUN), nor a preparatory one (PREPARATORY)."""
    if to_come or this or find_cues(BEGUN, sentence) or find_cues(PREPARATORY, sentence):
        return False
    return bool(find_cues(MEETING_WORD, sentence))
