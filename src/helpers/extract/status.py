"""Status from what the sentence says: host, chair, attended, absent or incoming cues bound to the
people (and states) they speak of; a person named with no cue stays `mentioned`.

Host/chair cues («به میزبانی», «به ریاست») bind to the next person, incoming cues to the nearest
person before them (or the one named inside them); verb cues («حضور داشتند», «شرکت نکرد») to every
person before the verb, or after it when nobody is named before it; a first-person verb («شرکت
خواهم کرد») to its speaker even inside their quote. Presence, hosting or chairing said before
pre-event wording («برگزار می‌شود», «خواهد بود») is `expected`; a present-tense cue takes the
report's time (Times.of); a cue in the clause of an earlier occasion («سال گذشته», an earlier year)
says nothing. A state named as absent (or as host) with nobody of it named gets a row with an empty
name. The cue phrases are in helpers.extract.cues, who a verb is said of (subject, object, list,
relative clause, quote, pronoun) in helpers.extract.clauses, and what is said through the occasion
(the meeting of X and Y held, titles, the airport, the venue, the report's time) in
helpers.extract.occasions; where a sentence's words of time are and what each verb cue says of this
meeting in helpers.extract.report_time; rows for states and plural titles with nobody named in
helpers.extract.collective."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from helpers.contracts import CAME
from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue as Kind
from helpers.extract import collective
from helpers.extract.clauses import (
    APPOSED,
    CLAUSE_END,
    PLURAL,
    RELATIVE,
    REPORTING,
    after_preposition,
    agent,
    first_subject_end,
    in_closed_complement,
    is_object,
    list_of,
    listed_after,
    of_a_presence,
    only_phrase_between,
    reported,
    without_titles,
)
from helpers.extract.cues import (
    ACCOMPANY,
    ALONG_WITH,
    COMPOSED_OF,
    HOST_STATE,
    LED_DELEGATION,
    NEXT_CUES,
    PASSIVE_AGENT_CUES,
    PREV_CUES,
    Said,
)
from helpers.extract.document_cues import LATER_MEETING
from helpers.extract.honorifics import STYLE_WORDS, STYLES, trailing
from helpers.extract.meeting_nouns import MEETING
from helpers.extract.mentions import Scanned, Span, cue, find_cues, only_separators, words
from helpers.extract.occasions import (
    NOW,
    TALKS_NEAR,
    a_letter,
    airport,
    chair_titles,
    delegation_handed,
    fill,
    give,
    handed_chair,
    meeting_of,
    met_on_sidelines,
    with_envoys,
)
from helpers.extract.people import Found, affiliation_after
from helpers.extract.presence import ASKED, IN_A_MESSAGE, SIGNED_THIS, SPEECH_NOUN
from helpers.extract.presence_nouns import held_at, partners
from helpers.extract.readings import (
    at_the_press,
    by_reading,
    governed,
    marked_object,
    named_at_it,
    own_status,
    verb_in,
)
from helpers.extract.report_time import READ_BY, Hit, Times, tense, verb_hits
from helpers.extract.time_cues import APART_IN_TIME, RELATIVE_CLOSED
from helpers.extract.welcomes import welcomer
from helpers.text import gazetteer as gz

NEW_IN_OFFICE = Said(Status.INCOMING, Kind.APPOINTMENT, cue("جدید"))
"""«<role> جدید»: the person named before the title takes up the office."""
MET = re.compile(r"(?<!\w)با[\s\u200c«]*$")
"""«با» right before a person: the one met («با X دیدار کرد»)."""
CO_CHAIR = re.compile(r"مشترک")
"""A joint chair («به ریاست مشترک»): the cue binds to everyone listed after it."""
TALKS_PLANNED = frozenset((Kind.PLANNED, Kind.SIDELINES))
"""Cues that may hold the one planned talks are with («قرار است … با X دیدار کند»); not a trip's purpose
(«برای شرکت در نشست و دیدار با X وارد … شد»: X is no traveller)."""
A_MEETING = re.compile(f"(?:{MEETING})[\\s\u200c]?ا?ی[\\s\u200c]*$")
"""An indefinite meeting («جلسه‌ای», «نشستی»): one the report mentions, not the meeting it is about."""
FOR_LATER = re.compile(rf"[^.؛،:]{{0,40}}?(?<!\w)برای[\s\u200c]+{LATER_MEETING.pattern}")
"""A host named for a meeting to come, right after the hosting cue («با میزبانی قاهره برای کنفرانس آینده»,
folded; document_cues.LATER_MEETING): the next meeting's host, as «تهران میزبان نشست بعدی است» is (Times.later)."""


def apply_status(
    sentence: Scanned, found: list[Found], main_org: gz.Entry | None, frame: str = "", year: int | None = None
) -> list[Found]:
    """Set each mention's status from the cues in its sentence, read in the report's time `frame`
    (helpers.extract.occasions.frame) and the article's `year`; return nameless state rows too."""
    free_states = collective.free_states(sentence, found)
    titles = any(m.kind == "role" and m.entry.plural for m in sentence.mentions)
    if not (found or free_states or titles or "میزبان" in sentence.folded):  # nobody for a cue, no host city
        return []
    times, hits = verb_hits(sentence, frame, year)
    hits = [
        hit
        for hit in hits
        if not _said_elsewhere(sentence, found, hit)
        and not (frame == "future" and at_the_press(sentence, hit.pos, hit.end))
        and (hit.said is not SPEECH_NOUN or frame in NOW)
        and not (hit.said is ASKED and IN_A_MESSAGE.search(sentence.folded, 0, bisect_left(sentence.origin, hit.pos)))
    ]
    objects: dict[Span, bool] = {}  # clauses.is_object of each span, worked out once
    lead = first_subject_end(sentence, found, objects)
    for f in found:
        if said := _verb_cue_of(f, sentence, found, hits, lead, objects):
            give(f, said)
    states = _next_cues(sentence, found, free_states, times)
    subjects = [f for f in found if not is_object(sentence, f, found, objects)]  # «به نیابت از X» is not it
    for said in PREV_CUES:
        for span in find_cues(said.phrase, sentence):
            if given := times.of(said, span.start, tense(sentence, span)):
                inside = [
                    f
                    for f in found
                    if span.start < f.span.start
                    and f.span.end <= span.end
                    and not (given.status == Status.INCOMING and f.meta.get("role_only"))
                ]  # «X به سمت دبیرکل سازمان انتخاب شد»: the title inside is the office X takes up
                if inside:  # a plural verb is said of everyone named inside («ریاست را X و Y بر عهده داشتند»)
                    for f in inside if PLURAL.search(sentence.text, span.start, span.end) else inside[:1]:
                        give(f, given)
                elif (
                    given.status == Status.HOST
                    and not times.later  # «تهران میزبان نشست بعدی است»: the next meeting's host
                    and (host := collective.host_before(sentence, free_states, span.start, given))
                ):
                    states.append(host)  # «کویت میزبان این نشست بود»: the state named as its subject hosts
                elif given.status != Status.INCOMING and any(
                    m.end <= span.start and APPOSED.fullmatch(sentence.text, m.end, span.start) for m in free_states
                ):
                    continue  # «X از مصر، میزبان این نشست، …»: the state's title, not X's (clauses.APPOSED); no
                    # state takes up an office («X، رئیس مرکز … ازبکستان به سمت دبیرکل … انتخاب شد»)
                elif (last := _nearest_before(subjects, span.start, given)) and PLURAL.search(
                    sentence.text, span.start, span.end
                ):
                    _listed_before(sentence, found, last, given)
    chair_titles(sentence, found, times.of)
    handed_chair(sentence, found, times.of)
    delegation_handed(sentence, found, times.of)
    meeting_of(sentence, found, times.of, objects, times.frame == "now" and not times.later)
    met_on_sidelines(sentence, found, times.of)
    airport(sentence, found, times.of, objects)
    _new_in_office(sentence, found, main_org)
    welcomer(sentence, found, objects, times.of)
    _passive_agents(sentence, found)
    _readers(sentence, found, times)
    _of_host_state(sentence, found)
    _addressed(sentence, found)
    held_at(sentence, found, times)
    by_reading(sentence, found, times, objects)  # last: for whoever no cue placed
    named_at_it(sentence, found, objects, times)  # and who else is named with this meeting (attendees.collapse)
    partners(sentence, found)  # and who did either with them
    _companions(sentence, found)
    states += _collective(sentence, found, hits, lead, objects, times)
    absent = [(hit.pos, hit.given) for hit in hits if hit.given and hit.given.status == Status.ABSENT]
    for state in free_states:
        if any(pos > state.end for pos, _ in absent) and not after_preposition(sentence.text, state.start):
            states.append(collective.state_row(state, absent[0][1]))
    return states


def _said_elsewhere(sentence: Scanned, found: list[Found], hit: Hit) -> bool:
    """A cue that names no presence of anyone at the meeting: a letter signed (occasions.a_letter),
    talks with ambassadors off the sidelines (occasions.with_envoys), or a speech cue whose «در این
    نشست» is the place of someone's presence or absence named before it (clauses.of_a_presence) or of
    what an «اینکه» clause closed before the verb of saying tells (clauses.in_closed_complement)."""
    if hit.said.kind == Kind.SIGNING:
        return a_letter(sentence, hit.pos)
    if hit.talks and hit.said.kind == Kind.SIDELINES:
        return with_envoys(sentence, hit.pos)
    return hit.said.kind == Kind.SPEECH and (
        of_a_presence(sentence, found, hit.pos) or in_closed_complement(sentence, hit.pos, hit.end)
    )


def _one_met(sentence: Scanned, f: Found, found: list[Found], hit: Hit) -> bool:
    """Whether `f` is one the talks of `hit` are with («با X دیدار خواهد کرد», or listed after X: «با X و
    Y دیدار و گفت‌وگو خواهد کرد»; «با» stands before the list's first item, the talks after its last)."""
    items = list_of(sentence, f, found)
    if not (hit.talks or TALKS_NEAR.search(sentence.text, hit.pos, items[-1].span.end + 40)):
        return False  # «قرار است Y … با X دیدار کند»: a plan's cue before Y, its talks around X
    lo = max(0, items[0].span.start - 60)
    return MET.search(without_titles(sentence.text, lo, items[0].span.start, sentence.mentions)) is not None


def _met_elsewhere(sentence: Scanned, f: Found, found: list[Found], hit: Hit) -> bool:
    """Whether `f` is one planned talks are with (`_one_met`) and the sentence sets them apart from the
    meeting's days, in the clause before their verb (APART_IN_TIME: «هفته آینده با X دیدار خواهد کرد»,
    «پس از پایان اجلاس با X گفت‌وگو می‌کند», a phone call): the plan is then the subject's alone. Otherwise
    talks planned with X, on the meeting's sidelines or on the trip to its city, state X's planned presence
    as well as the subject's (README, session 11)."""
    if not _one_met(sentence, f, found, hit):
        return False
    end = max(hit.end, list_of(sentence, f, found)[-1].span.end)
    return any(
        span.start < end and not CLAUSE_END.search(sentence.text, span.end, end)
        for span in find_cues(APART_IN_TIME, sentence)
    )


def _verb_cue_of(
    f: Found, sentence: Scanned, found: list[Found], hits: list[Hit], lead: int, objects: dict[Span, bool]
) -> Said | None:
    """The verb cue said of `f`: the first after it in its own clause (`_main_clause`; none if that one
    is of another occasion), else the last before it that can be said of someone after it: a forward
    cue, one with no subject before it (`lead`, clauses.first_subject_end: «به نقل از X، در آغاز نشست Y
    گفت» is Y's), or planned talks that hold `f` as the one met."""
    passive = is_object(sentence, f, found, objects) or marked_object(sentence, f)
    after = [
        hit
        for hit in hits
        if hit.pos >= f.span.end
        and not hit.said.forward
        and not passive
        and (hit.first or not reported(sentence, f, hit.pos, hit.plural, found))
        and not _in_closed_relative(sentence, f, hit.pos)
        and not _another_clause(sentence, f, found, hit.pos, objects)
    ]
    before = [
        hit
        for hit in hits
        if hit.pos < f.span.start
        and (
            (hit.said.forward or not (passive or lead <= hit.pos or _own_subject(found, hit, f)))
            and _reaches(sentence, hit, f)
            or (hit.said.kind in TALKS_PLANNED and hit.end > f.span.end and _one_met(sentence, f, found, hit))
        )
    ]  # a plan's talks that hold `f` («Y قرار است با X دیدار کند») are X's as well as Y's (`_met_elsewhere`)
    hit = _main_clause(sentence, f, found, after) if after else before[-1] if before else None
    if hit and hit.given and hit.given.status == Status.EXPECTED and _met_elsewhere(sentence, f, found, hit):
        return None  # «قرار است (Y) هفته آینده با X دیدار کند»: a plan to meet X after the meeting is Y's alone
    return hit.given if hit else None


def _main_clause(sentence: Scanned, f: Found, found: list[Found], after: list[Hit]) -> Hit:
    """The first of the cues after `f` said by its own clause: past a relative clause opened on `f`'s
    phrase and closed by a cue of its own («X و Y که دیروز کابل را به مقصد دوحه ترک کرده بودند، به قطر
    رسیدند»: the trip is background, the arrival the news); the first cue where no other follows, or
    where the relative clause put `f` at the meeting and the main one does not (a presence told is not
    undone by a plan told after it: «X که دیروز وارد باکو شد، فردا سخنرانی خواهد کرد»)."""
    first, text = after[0], sentence.text
    opens = RELATIVE.search(text, f.span.end, first.pos)
    if opens is None or verb_in(text, f.span.end, opens.start()) is not None:
        return first  # no relative clause on `f`'s phrase
    if (closed := RELATIVE_CLOSED.match(text, opens.end())) and closed.end() <= first.pos:
        return first  # the relative clause closed before the cue («X به علت برنامه‌هایی که … شده، حضور نخواهد یافت»)
    main = next((hit for hit in after[1:] if hit.pos >= first.end), first)
    if any(first.end <= g.span.start < main.pos for g in found):
        return first  # the later cue is someone else's («… حضور نخواهد یافت و Y … حضور خواهد یافت»)
    came = [hit.given is not None and hit.given.status in CAME for hit in (first, main)]
    return first if came == [True, False] else main


def _in_closed_relative(sentence: Scanned, f: Found, pos: int) -> bool:
    """Whether `f` stands inside a relative clause of a noun before them that closes with its own verb
    before the cue at `pos` («ایران و روسیه که از حامیان دولت X به شمار می‌روند، در این اجلاس شرکت
    کردند»): the cue is the head's, not `f`'s. A «که» after a verb opens what was said («گفت که X …»)."""
    text = sentence.text
    opens = [m for m in RELATIVE.finditer(text, 0, f.span.start)]
    if not opens or "،" in text[opens[-1].end() : f.span.start]:
        return False
    start = opens[-1].start()
    if verb_in(text, max(0, start - 25), start) is not None or verb_in(text, opens[-1].end(), f.span.start):
        return False  # «گفت که X …» (a complement, not a relative clause), or `f` after the clause's verb
    return verb_in(text, f.span.end, pos) is not None


def _another_clause(sentence: Scanned, f: Found, found: list[Found], pos: int, objects: dict[Span, bool]) -> bool:
    """Whether the cue at `pos` is in a clause `f` is not the subject of: `f` is governed by a preposition
    and a verb of saying stands between («X پس از دیدار با Y گفت که کشورش … میزبانی می‌کند»: the words are
    X's), or a clause closes after `f` (CLAUSE_END) and someone named right after it (titles aside), no
    object, opens the next one as its subject («با توجه به اینکه Y کار خود را آغاز نکرده است، X قصد دارد …
    دیدار کند»)."""
    text = sentence.text
    lo, hi = bisect_left(sentence.origin, f.span.end), bisect_left(sentence.origin, pos)
    if governed(sentence, f) and REPORTING.search(sentence.folded, lo, hi):
        return True
    ends = [m.end() for m in CLAUSE_END.finditer(text, f.span.end, pos)]
    return any(
        any(end <= g.span.start and only_phrase_between(text, end, g.span.start, sentence.mentions) for end in ends)
        and not (is_object(sentence, g, found, objects) or marked_object(sentence, g))
        for g in found
        if f.span.end <= g.span.start < pos
    )


def _reaches(sentence: Scanned, hit: Hit, f: Found) -> bool:
    """Whether a cue before `f` can be said of them: it runs on past them («در آغاز نشست X گفت»), or no clause
    closes (CLAUSE_END) between its end and them. A noun cue names its holder in its own phrase («بدون حضور
    ایران …»); once a finished verb has closed that clause, who is named after it belongs to the next one
    («… بدون حضور ایران … نقش داشته است، موجب انتقادات از X شد»)."""
    return hit.end > f.span.start or CLAUSE_END.search(sentence.text, hit.end, f.span.start) is None


def _own_subject(found: list[Found], hit: Hit, f: Found) -> bool:
    """Whether the speech cue before `f` ended on a speaker of its own, named inside it («در ابتدای
    نشست Y … گفت و … به احترام X …»): what follows the speech is not said by it. (A plan's cue
    holds its subject too, «قرار است Y … با X دیدار کند», and the ones met there are its business.)"""
    if hit.said.kind != Kind.SPEECH or hit.end > f.span.start:
        return False
    return any(hit.pos < g.span.start and g.span.end <= hit.end for g in found)


def _next_cues(sentence: Scanned, found: list[Found], free_states: list[gz.Mention], times: Times) -> list[Found]:
    """Host/chair cues give their status to the person right after them (only role and state words
    between); a host cue followed by a state, or a city, alone makes a nameless host row for the state."""
    text, mentions = sentence.text, sentence.mentions
    states: list[Found] = []
    led = find_cues(LED_DELEGATION, sentence)
    for said in NEXT_CUES:
        for span in find_cues(said.phrase, sentence):
            given = times.of(said, span.start)
            if given is None or any(d.start <= span.start and span.end <= d.end for d in led):
                continue  # another occasion, or «هیئتی به ریاست X»: X leads a delegation (a verb cue)
            if given.status == Status.HOST and FOR_LATER.match(sentence.folded, bisect_left(sentence.origin, span.end)):
                continue  # the next meeting's host
            if given.status == Status.CHAIR and A_MEETING.search(text[max(0, span.start - 15) : span.start]):
                continue  # «جلسه‌ای به ریاست X»: some other meeting X chaired
            target = next(
                (
                    f
                    for f in found
                    if f.span.start >= span.end and only_phrase_between(text, span.end, f.span.start, mentions)
                ),
                None,
            )
            if target:
                for g in _co_chairs(sentence, found, target, span):
                    if not (g.status == Status.HOST and given.status == Status.CHAIR):  # host before chair (README)
                        give(g, given)
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
                states.append(collective.state_row(state, given))
            elif given.status == Status.HOST and (city := collective.city_state_row(sentence, span.end, given)):
                states.append(city)
            elif given.status == Status.CHAIR:
                states += collective.titled_chairs(sentence, span, given)
    return states


def _co_chairs(sentence: Scanned, found: list[Found], target: Found, span: Span) -> list[Found]:
    """The person a host/chair cue binds to, and after a joint chair («به ریاست مشترک X، … و Y، …»)
    the people listed with them."""
    people = [target]
    if CO_CHAIR.search(sentence.text, span.start, span.end):
        for g in (g for g in found if g.span.start > target.span.start):
            if not listed_after(sentence, people[-1], g):
                break
            people.append(g)
    return people


def _new_in_office(sentence: Scanned, found: list[Found], main_org: gz.Entry | None) -> None:
    """«<role> جدید»: the person named before the title is incoming, in that role, when it is an
    office of an organization («دبیرکل جدید سازمان»); a state's new office holder («نخست‌وزیر جدید
    بریتانیا») takes up nothing of the organization."""
    for role in (m for m in sentence.mentions if m.kind == "role"):
        if re.match(r"[\s\u200c]*جدید(?!\w)", sentence.folded_from(role.end)):
            of = affiliation_after(sentence, role, main_org)[0]
            if not (role.entry.organizational or (of is not None and of.kind == "org")):
                continue
            target = _nearest_before(found, role.start, NEW_IN_OFFICE)
            if target and target.role is None:
                target.role = role.entry
                target.affiliation = of


def _listed_before(sentence: Scanned, found: list[Found], last: Found, said: Said) -> None:
    """«X و Y (به طور مشترک) ریاست نشست را بر عهده داشتند»: a plural verb of a cue said of the
    nearest person before it is said of the people listed with them too."""
    for g in reversed([g for g in found if g.span.end <= last.span.start]):
        if not listed_after(sentence, g, last):
            return
        give(g, said)
        last = g


def _nearest_before(found: list[Found], pos: int, said: Said) -> Found | None:
    before = [f for f in found if f.span.end <= pos]
    if not before:
        return None
    target = before[-1]
    give(target, said)
    return target


def _collective(
    sentence: Scanned, found: list[Found], hits: list[Hit], lead: int, objects: dict[Span, bool], times: Times
) -> list[Found]:
    """«رؤسای جمهور A و B در نشست حضور داشتند»: a plural title and its states, nobody named
    (collective.titled_groups), share the verb said of it with the holders of that title; where no cue
    is, the group's own clause is read as a person's (readings.own_status: «سران A و B در این نشست بر
    … تأکید کردند»), a group being people listed as one subject (they agreed together)."""
    out = []
    for group in collective.titled_groups(sentence, found):
        head = Found(group[0], "")
        said = _verb_cue_of(head, sentence, found, hits, lead, objects)
        if said is None and (read := own_status(sentence, head, found, times, objects, group=True)):
            said = Said(*read, cue(""))
        if said:
            out += collective.rows(group, said)
    return out


def _readers(sentence: Scanned, found: list[Found], times: Times) -> None:
    """«پیام X … که Y آن را قرائت کرد»: Y, named in the message's relative clause, read it out there;
    «X این بیانیه را با Y و Z به امضا رساند»: whoever X signed this document with signed it there too."""
    for said in (READ_BY, SIGNED_THIS):
        for span in find_cues(said.phrase, sentence):
            inside = [f for f in found if span.start < f.span.start and f.span.end <= span.end]
            if inside and (given := times.of(said, span.start, tense(sentence, span) if said is SIGNED_THIS else "")):
                for reader in inside if said is SIGNED_THIS else inside[:1]:
                    give(reader, given)


def _passive_agents(sentence: Scanned, found: list[Found]) -> None:
    """«پیام X … توسط Y قرائت شد», «سخنرانی … از سوی Y ایراد شد»: Y, the passive's agent, was there, and so
    was everyone listed with Y as its agents («اجلاس توسط Y و Z افتتاح شد»: clauses.list_of)."""
    for said in PASSIVE_AGENT_CUES:
        for span in find_cues(said.phrase, sentence):
            inside = [f for f in found if span.start <= f.span.start and f.span.end <= span.end]
            if doer := agent(sentence, inside):
                for g in list_of(sentence, doer, inside):
                    give(g, said)


ADDRESSED = Said(Status.ATTENDED, Kind.SPEECH, cue(gz.fold(STYLES)))
"""Addressed by a speech given at the meeting: in the hall (Annotation rules, decided in session 8)."""


def _addressed(sentence: Scanned, found: list[Found]) -> None:
    """A vocative: a line that is only the people a speech addresses, opened by a style of address and
    set off by a comma or «!» («جلالتمآب X، معاون نخست‌وزیر و وزیر امور خارجه نیپال،»), with their titles,
    honorifics and «و» between and no verb: whoever the speech addresses is in the hall."""
    text = sentence.text.rstrip()
    if not found or not text.endswith(("،", "!")):
        return
    opening = [w for _, _, w in words(text[: found[0].span.start])]
    if trailing(opening) < len(opening) or not any(gz.key(w) in STYLE_WORDS for w in opening):
        return
    rest = list(without_titles(text, 0, len(text), sentence.mentions))
    for f in found:
        rest[f.span.start : f.span.end] = [" "] * (f.span.end - f.span.start)
    said = [w for _, _, w in words("".join(rest[found[0].span.start :])) if w != "و"]
    if trailing(said) == len(said):
        for f in found:
            fill(f, ADDRESSED)


def _of_host_state(sentence: Scanned, found: list[Found]) -> None:
    """Mark whoever holds a title of the host state («X، رئیس‌جمهور کشور میزبان»): present, they are
    the host (helpers.extract.attendees.collapse)."""
    text, mentions = sentence.text, sentence.mentions
    for span in find_cues(HOST_STATE, sentence):
        for f in found:
            if only_phrase_between(text, f.span.end, span.start, mentions) or only_phrase_between(
                text, span.end, f.span.start, mentions
            ):
                f.meta["host_state"] = True


def _companions(sentence: Scanned, found: list[Found]) -> None:
    """Mark who goes along with whom (`meta["accompanies"]`): those named before the verb of accompanying
    in its clause, the one marked by «را» aside, who is the one accompanied («X و Y رئیس‌جمهور را در این
    سفر همراهی می‌کنند»), and the list right after «به همراه» with the one named just before it, in the same
    clause («X به همراه Y و Z …»), and a delegation's members listed after its head, up to the next verb
    («هیئتی متشکل از X، Y و Z», COMPOSED_OF). A companion shares the status of the one accompanied (attendees.collapse,
    README session 18)."""
    text = sentence.text
    for span in find_cues(ACCOMPANY, sentence):
        clause = [f for f in found if f.span.end <= span.start and not CLAUSE_END.search(text, f.span.end, span.start)]
        led = [g for g in clause if marked_object(sentence, g)]
        for f in clause if led else []:
            if f is not led[-1] and not marked_object(sentence, f):
                f.meta["accompanies"] = led[-1]
    for span in find_cues(ALONG_WITH, sentence):
        lead = next((f for f in reversed(found) if f.span.end <= span.start), None)
        first = next((f for f in found if f.span.start >= span.end), None)
        if lead is None or first is None or words(without_titles(text, span.end, first.span.start, sentence.mentions)):
            continue
        said = [w for _, _, w in words(without_titles(text, lead.span.end, span.start, sentence.mentions))]
        if len(said) - said.count("و") > 2 or verb_in(text, lead.span.end, span.start):
            continue  # a title the gazetteer lacks may lie between («وزیر راه و شهرسازی»), no clause
        items = [first]
        for f in (f for f in found if f.span.start >= first.span.end):
            if not listed_after(sentence, items[-1], f):
                break
            items.append(f)
        for f in items:
            f.meta["accompanies"] = lead
    for span in find_cues(COMPOSED_OF, sentence):
        members = [f for f in found if f.span.start >= span.end and not f.meta.get("role_only")]
        for g, f in pairwise(members):
            if verb_in(text, g.span.end, f.span.start):
                break
            f.meta["accompanies"] = members[0]
