"""Who took part in the event, in what role, for which state or organization, and with what status.

Per sentence (headline, lead, caption, dateline and body only — related links and other
headlines are other stories and are dropped):

1. People are found in the gazetteer, and also *without* it: a name written next to a role title —
   «X رئیس‌جمهور Y», «رئیس‌جمهور Y، X», «رؤسای جمهور A، X، B، Z» — is taken even when unknown
   (then `name_en` is null). A role title + state/organization attaches to the adjacent person
   (helpers.extract.people).
2. Status cues are general phrases in every tense (helpers.extract.cues): hosting, chairing,
   presence (took part, spoke, met someone on the sidelines, read a message, led the delegation,
   arrived in the venue city, was gathered with the others), pre-event wording (will attend, set
   off, «قرار است …») → expected, absence, a new office → incoming. A person named with no cue is
   `mentioned`. Who a cue is said of follows the clause (helpers.extract.clauses: subjects, not
   objects; lists; relative clauses; reported speech); a cue of an earlier occasion says nothing
   of this meeting (helpers.extract.status). Some status is said through the occasion instead:
   the meeting of X and Y held, the chair's title, the airport (helpers.extract.occasions).
3. A state named as absent (or as host) with nobody of it named gets a row with an empty name.
4. Across sentences: a sentence opening with «وی» / «او» (or the chair's title, naming nobody)
   speaks of the first person of the last sentence that named someone, or of the one a quotation
   left open speaks of (`quoted_subject`); «رئیس‌جمهور کشورمان» and a title with its state («رئیس‌جمهور
   روسیه») lend their status to the person named elsewhere with that title; «رؤسای جمهور A و B» /
   «سران A و B» share their presence or absence with the named holders (collapse); a title alone as a
   sentence's subject lends its status to a person named bare, for the first time, as the next one's
   (`title_holder`: «رئیس هیئت ایران در این مجمع گفت …» then «X گفت …»).

Collapse rule (the gold files and helpers.evaluation.evaluate use the same): **one row per person** (per
state for nameless rows); the strongest status wins (host > chair > attended > incoming > expected >
absent > mentioned), the row keeping the first sentence that carries it, and its `cue`; role and
state come from the first mention that writes them, else from the gazetteer's usual role and
affiliation. When a state is named host («به میزبانی روسیه») and its president or prime minister is
present, that person is the host. A status said of a title alone («به ریاست نخست‌وزیر هند») goes to
the person named elsewhere with that title and state. A nameless state row is dropped when a person
of that state has the same status. A person's `name_fa` and `name_written` are the fullest form the
article writes of them (surnames.as_written), never a gazetteer spelling it does not hold; the
gazetteer's person is in `name_en`.

Office terms: a gazetteer person's role and state, when the text writes none, are those they held
on the article's date (`article_day`; helpers.text.offices) — «پوتین» is prime minister in 2010,
president in 2020 — and their usual ones (people.csv) when no term covers it. A title the text
writes always wins: the table reports what the article says."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import pandas as pd

from helpers import contracts
from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import Precision, StatusCue
from helpers.extract.clauses import is_object, listed_after, subject_pronoun
from helpers.extract.collective import our_titles
from helpers.extract.meeting_place import placed_in, venue_state
from helpers.extract.mentions import Scanned, Sentence, cue_regex, sentence_rows, table, usable
from helpers.extract.people import OUR_STATES, Found, find_people, main_org
from helpers.extract.presence import TO_PRESS
from helpers.extract.report_time import report_times
from helpers.extract.status import apply_status
from helpers.extract.surnames import (
    as_written,
    compact,
    fuller_names,
    named_in_full,
    surname_mentions,
    surnames,
    titled_surnames,
)
from helpers.text import gazetteer as gz
from helpers.text import offices

STATUS_RANK = {
    s: i
    for i, s in enumerate(
        (Status.HOST, Status.CHAIR, Status.ATTENDED, Status.INCOMING, Status.EXPECTED, Status.ABSENT, Status.MENTIONED)
    )
}
"""Strongest first: a person's row keeps the strongest status the article gives them."""

ALONG = {
    Status.HOST: Status.ATTENDED,
    Status.CHAIR: Status.ATTENDED,
    Status.ATTENDED: Status.ATTENDED,
    Status.EXPECTED: Status.EXPECTED,
    Status.ABSENT: Status.ABSENT,
}
"""The status a companion takes from the one they accompany (README, session 18): being there, not the host's or
chair's part; an office taken up later is that person's alone."""

HEAD_OF_STATE = frozenset({"President", "Prime Minister", "King", "Emir", "Sultan"})
"""role_en of those who embody a state: its president or prime minister, or its monarch («امیر کویت»)."""
SHARED = contracts.CAME | {Status.ABSENT}
"""Statuses a title and its states pass on to the people who hold it: presence and absence
reported; a plan only when the title names the office («روسای جمهور A و B شرکت خواهند کرد»), not
«سران» («با حضور سران A و B برگزار خواهد شد» leaves open which of a state's leaders will come)."""


def article_day(published: dt.date | None, dates: Mapping[str, Sequence[Any]]) -> dt.date | None:
    """The day office terms are read on: the publication date, else the first full date (not a
    relative one; a range of days within a month, «۹ تا ۱۰ فروردین ۱۴۰۰», counts by its first day)
    of the year the article's dates name most (ties: the latest year; news cites the past, it does
    not report it), else none. `dates` is the dates table or its column lists."""
    if published:
        return published
    written = [
        (dt.date.fromisoformat(start[:10]), precision == Precision.DAY or _days(start, end, precision))
        for start, end, precision, relative in zip(
            dates["start"], dates["end"], dates["precision"], dates["relative"], strict=True
        )
        if isinstance(start, str) and not relative
    ]
    years = Counter(d.year for d, _ in written)
    if not years:
        return None
    year = max(years, key=lambda y: (years[y], y))
    return next((d for d, full in written if d.year == year and full), None)


def dated_days(published: dt.date | None, dates: Mapping[str, Sequence[Any]]) -> dict[int, list[tuple[str, bool]]]:
    """The dates written in each sentence (by number; a date the page gives, not the dateline's), each with
    whether its day or days take in the publication date: a report that says the meeting is held on one
    of those says it is held today, and on another day written nearer the verb, not today
    (helpers.extract.occasions.frame). None without a publication date: `article_day`'s guess is the
    meeting's own day."""
    out: dict[int, list[tuple[str, bool]]] = {}
    if published is None:
        return out
    day = published.isoformat()
    for surface, start, end, section, sentence in zip(
        dates["surface"], dates["start"], dates["end"], dates["section"], dates["sentence"], strict=True
    ):
        if isinstance(start, str) and section != "dateline":
            today = start[:10] <= day <= (end if isinstance(end, str) else start)[:10]
            out.setdefault(int(sentence), []).append((surface, today))
    return out


def _days(start: str, end: Any, precision: str) -> bool:
    """Whether a range is one of days within a month (the dates table's `start` and `end`)."""
    if precision != Precision.RANGE or not isinstance(end, str):
        return False
    return (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(start[:10])).days <= 31


def _office(
    person: gz.Entry, role: gz.Entry | None, day: dt.date | None, gaz: gz.Gazetteer
) -> tuple[gz.Entry | None, gz.Entry | None]:
    """The role and state `person` held on `day` (of the title written, when there is one); their
    usual ones (people.csv) when no term covers the day."""
    term = offices.load().term_on(person.id, day, role.id if role else None) if day else None
    held = gaz.roles.get(term.role_id) if term else None
    if term is None or held is None:
        return gaz.roles.get(person.role_id or ""), gaz.affiliation(person.affiliation)
    return held, gaz.affiliation(term.affiliation)


def _row(f: Found, row: Sentence, gaz: gz.Gazetteer, day: dt.date | None) -> dict:
    """One table row (as a dict) for a person or state found in a sentence."""
    person = f.person
    held_role, held_state = _office(person, f.role, day, gaz) if person else (None, None)
    role = f.role or held_role
    affiliation = f.affiliation or held_state
    return {
        "name_written": f.written,
        "name_fa": person.name_fa if person else (f.meta.get("full") or f.written.strip() or None),
        "_as_written": f.written.strip() if person else f.meta.get("full") or f.written.strip(),
        "name_en": person.name_en if person else None,
        "role_fa": role.name_fa if role else None,
        "role_en": role.name_en if role else None,
        "country_fa": affiliation.name_fa if affiliation else None,
        "country_en": affiliation.name_en if affiliation else None,
        "country_iso3": affiliation.id if affiliation and affiliation.kind == "country" else None,
        "status": f.status,
        "cue": f.cue,
        "section": row.section,
        "paragraph": row.paragraph,
        "sentence": row.sentence,
        "sentence_text": row.text,
        "_explicit": f.role is not None,
        "_role_only": f.meta.get("role_only", False),
        "_collective": f.meta.get("collective", False),
        "_host_state": f.meta.get("host_state", False),
        "_ours": f.meta.get("ours", False),
        "_at_it": f.meta.get("at_it", False),
        "_acted": f.meta.get("acted", False),
        "_accompanies": _leader(f.meta.get("accompanies")),
    }


def _leader(g: Found | None) -> tuple[str, str | None, str | None, bool] | None:
    """Who the one accompanied is (status._companions), as `_holder` and `collapse` find them: a name's
    key, or a title alone with its state."""
    if g is None:
        return None
    if g.meta.get("role_only"):
        return (
            "",
            g.role.name_en if g.role else None,
            g.affiliation.name_fa if g.affiliation else None,
            g.meta.get("ours", False),
        )
    return (gz.key(g.person.name_fa if g.person else (g.meta.get("full") or g.written.strip())), None, None, False)


def _holder(named: list[dict], role_en: str | None, country_fa: str | None, ours: bool) -> dict | None:
    """The one person the article names with this title and state (of the writer's own state, OUR_STATES,
    for «رئیس‌جمهور کشورمان»), or None."""
    holders = [
        p
        for p in named
        if p["role_en"] == role_en and (p["country_iso3"] in OUR_STATES if ours else p["country_fa"] == country_fa)
    ]
    return holders[0] if len({gz.key(p["name_fa"]) for p in holders}) == 1 else None


def _resolve_role_only(rows: list[dict]) -> list[dict]:
    """A status said of a title alone («به ریاست نخست‌وزیر هند») goes to the one person the article
    names with that title and state («رئیس‌جمهور کشورمان»: of the writer's own state, OUR_STATES);
    with no such person it is dropped."""
    named = [r for r in rows if not r["_role_only"] and r["name_fa"]]
    out = [r for r in rows if not r["_role_only"]]
    for r in (r for r in rows if r["_role_only"] and r["status"] != Status.MENTIONED):
        if holder := _holder(named, r["role_en"], r["country_fa"], r["_ours"]):
            out.append(
                {
                    **holder,
                    "status": r["status"],
                    "cue": r["cue"],
                    "section": r["section"],
                    "paragraph": r["paragraph"],
                    "sentence": r["sentence"],
                    "sentence_text": r["sentence_text"],
                }
            )
    return out


def collapse(rows: list[dict], venue: str | None = None, held: bool = False, untimed: bool = False) -> list[dict]:
    """One row per person (per state for nameless rows); see the module docstring for the rule.
    `venue` is the state of the meeting's city (meeting_place.venue_state); `held` when the report
    never tells the meeting still to come (`_named_at_it`); `untimed` when it tells no time at all
    (`_acted_untimed`)."""
    people: dict[str, dict] = {}
    explicit: dict[str, dict] = {}
    forms: dict[str, list[str]] = {}  # the forms the page writes of each person (surnames.as_written)
    at_it: dict[str, dict] = {}  # the first row naming each person with this meeting (`_named_at_it`)
    acted: dict[str, dict] = {}  # the first row telling each person's own act (`_acted_untimed`)
    collective = [r for r in rows if r["_collective"]]
    single = _resolve_role_only([r for r in rows if not r["_collective"]])
    fuller = fuller_names(
        {(gz.key(r["name_fa"]), r["name_written"] or r["name_fa"], r["name_en"]) for r in single if r["name_fa"]}
    )
    for r in single:
        k = gz.key(r["name_fa"] or "") or f"state:{r['country_iso3'] or r['country_fa']}:{r['status']}"
        k = fuller.get(k, k)  # «احمدی» after «ارشاد احمدی»: the person named in full
        best = people.get(k)
        if best is None or STATUS_RANK[r["status"]] < STATUS_RANK[best["status"]]:
            people[k] = dict(r)
        if r["_explicit"] and k not in explicit:
            explicit[k] = r
        forms.setdefault(k, []).extend([r["name_written"] or "", r.get("_as_written") or ""])
        if r["_at_it"]:
            at_it.setdefault(k, r)
        if r["_acted"]:
            acted.setdefault(k, r)
    for k, r in people.items():
        if k in explicit:
            for col in ("role_fa", "role_en", "country_fa", "country_en", "country_iso3"):
                r[col] = explicit[k][col]
    _share_collective(collective, [r for r in people.values() if r["name_fa"]])
    _hosts(people, {gz.key(r["name_fa"] or "") for r in rows if r["_host_state"]})
    _host_speaker(people, {gz.key(r["name_fa"] or "") for r in rows if r["cue"] == StatusCue.SPEECH})
    _at_the_venue(people, rows, venue)
    if held:
        _named_at_it(people, at_it)
    if untimed:
        _acted_untimed(people, acted)
    _accompanying(people, single, fuller)
    named = {(r["country_iso3"] or r["country_fa"], r["status"]) for k, r in people.items() if r["name_fa"]}
    text = compact(dict.fromkeys(r["sentence_text"] or "" for r in rows))  # in the page's order: a set's order
    # follows the hash seed, and a name a sentence split cuts («مایکل دی.» | «هیگینز») is held only when its halves meet
    for k, r in people.items():
        if r["name_fa"]:  # keyed by the gazetteer's spelling, reported as the page writes it
            r["name_fa"] = r["name_written"] = as_written(forms[k], r["name_en"] and r["name_fa"], text) or r["name_fa"]
    return [
        r for k, r in people.items() if r["name_fa"] or (r["country_iso3"] or r["country_fa"], r["status"]) not in named
    ]


def _accompanying(people: dict[str, dict], rows: list[dict], fuller: Mapping[str, str]) -> None:
    """A companion (status._companions) takes the status, and the cue, the article gives the one they
    accompany, where that one is given any (README, session 18): the row of accompanying is theirs, or the
    one accompanied's status is stronger than the companion's own (ALONG)."""
    named = [r for r in people.values() if r["name_fa"]]
    for r in (r for r in rows if r["_accompanies"] and r["name_fa"]):
        key, role_en, country_fa, ours = r["_accompanies"]
        leader = people.get(fuller.get(key, key)) if key else _holder(named, role_en, country_fa, ours)
        own = people.get(fuller.get(gz.key(r["name_fa"]), gz.key(r["name_fa"])))
        if leader is None or own is None or own is leader or leader["status"] == Status.MENTIONED:
            continue
        status = ALONG.get(leader["status"])
        if status and (own["_accompanies"] or STATUS_RANK[status] < STATUS_RANK[own["status"]]):
            own.update(status=status, cue=leader["cue"])


def _hosts(people: dict[str, dict], of_host_state: set[str]) -> None:
    """The president or prime minister (or monarch) of a state named as host («به میزبانی روسیه»), and
    anyone whose title names the host state («رئیس‌جمهور کشور میزبان»), is the host when present (README:
    a host-state official with no presence stated stays mentioned); so is a chair or co-chair of the
    host state, whatever their office, where nobody else of that state is its host (README, sessions 6
    and 9: host before chair, one host per host state)."""
    hosts = _host_states(people)
    present = (Status.CHAIR, Status.ATTENDED)
    for k, r in people.items():
        head = r["role_en"] in HEAD_OF_STATE and r["status"] in present and _of(r, hosts)
        if head or (k in of_host_state and r["status"] in present):
            r["status"], r["cue"] = Status.HOST, StatusCue.HOSTING
    hosted = {_of(r, hosts) for r in people.values() if r["name_fa"] and r["status"] == Status.HOST}
    for r in people.values():
        if r["status"] == Status.CHAIR and _of(r, hosts) not in hosted | {None}:
            r["status"], r["cue"] = Status.HOST, StatusCue.HOSTING


def _host_speaker(people: dict[str, dict], spoke: set[str]) -> None:
    """Where the text gives one state as host and none of its people is host yet, its one official at
    the meeting is the host (README: a hosting word for the person's state, plus presence); of several,
    the one who addresses it (a minister or speaker opening it: sessions 9 and 11, one host per host
    state, the one who opens it). Two speakers of that state leave both `attended`, and so do two host
    states (a past edition's host named beside this one's, «نخستین بار به میزبانی X»): nothing says which."""
    hosts = _host_states(people)
    if len(hosts) != 1 or any(_of(r, hosts) and r["status"] == Status.HOST for r in people.values()):
        return
    present = [r for r in people.values() if _of(r, hosts) and r["status"] == Status.ATTENDED]
    speakers = [r for r in present if gz.key(r["name_fa"]) in spoke]
    for only in (present, speakers):
        if len(only) == 1:
            only[0]["status"], only[0]["cue"] = Status.HOST, StatusCue.HOSTING
            return


def _host_states(people: dict[str, dict]) -> set[str]:
    """The states the text gives as host (their nameless `host` rows)."""
    return {
        r["country_iso3"] or r["country_fa"] for r in people.values() if not r["name_fa"] and r["status"] == Status.HOST
    }


def _of(row: dict, hosts: set[str]) -> str | None:
    """The host state a named person's row belongs to, None if none."""
    state = row["country_iso3"] or row["country_fa"]
    return state if row["name_fa"] and state in hosts else None


TO_PRESS_WORD = cue_regex(TO_PRESS)
"""Words to the press (presence.TO_PRESS), read in a folded sentence as every cue is."""


def _at_the_venue(people: dict[str, dict], rows: list[dict], venue: str | None) -> None:
    """Someone the text places in the meeting's city («X در تاشکند گفت»: the city after their name, no
    meeting named between) is at the meeting (README, session 9), unless the city is in their own
    state (a spokesman at home is not) or they are an ambassador (posted in a city, not come to it). One of
    no state (an organization's official) is placed there only by words to the press (TO_PRESS_WORD: a press
    conference in the meeting's city, session 9), having no home city to be told apart from."""
    for r in rows:
        person = people.get(gz.key(r["name_fa"] or ""))
        posted = person and person["role_en"] == "Ambassador"  # serves in a city: placing him there says no more
        if not (venue and person and person["name_fa"] and person["status"] == Status.MENTIONED) or posted:
            continue
        state, folded = person["country_iso3"], gz.fold(r["sentence_text"] or "")
        at = folded.find(gz.fold(r["name_written"] or "")) if r["name_written"] else -1
        stateless_to_press = not state and TO_PRESS_WORD.search(folded) is not None
        if (stateless_to_press or state and state != venue) and at >= 0 and venue in placed_in(folded, at + 1):
            person["status"], person["cue"] = Status.ATTENDED, StatusCue.PARTICIPATION


TOLD_AHEAD = frozenset(("future", "today"))
"""Report times (occasions.frame) that tell the meeting still to come."""


def _named_at_it(people: dict[str, dict], at_it: dict[str, dict]) -> None:
    """Someone no cue placed whom a sentence names, as no object, with this meeting («X این نشست را موفق
    خواند», «شگفتی این اجلاس X بود»: readings.named_at_it) is present, in a report that tells the meeting
    held or under way and never still to come (`held`): what the sentence tells of them was done or said
    there. Not a spokesperson, who speaks for those at it. A default by context (session 15), measured on
    the open splits among the persons every cue left `mentioned`: in reports never told ahead, 35 present
    and 34 not (heldout29+30 7/0, heldout27+28 7/3, heldout25+26 4/2), where any meeting noun instead of
    «این …» loses (72/105) and so does a subject's own verb in such a sentence (43/91). Read only where a
    sentence tells the meeting held (a report of no stated time holds the look-alikes of the status tests),
    with readings.named_at_it's exceptions, it rights 12 persons and wrongs 8. Runs after `_at_the_venue`:
    no host is made from it (`_hosts`)."""
    for k, r in at_it.items():
        person = people[k]
        if person["status"] != Status.MENTIONED or "Spokes" in (person["role_en"] or ""):
            continue
        person.update({col: r[col] for col in ("section", "paragraph", "sentence", "sentence_text")})
        person["status"], person["cue"] = Status.ATTENDED, StatusCue.PARTICIPATION


def _acted_untimed(people: dict[str, dict], acted: dict[str, dict]) -> None:
    """A minister no cue placed who is the subject of a past act of their own (readings.own_status marks it
    "acted": not a saying nor a passive) is present, in a report that tells no time at all (`untimed`: no
    sentence tells the meeting held, under way, to come or earlier; a short report of what was done): the act
    the report tells is what they did at it. A default by context, with its own cue (UNTIMED_ACT). Measured
    in session 23 on the persons every cue left `mentioned` in such reports (batches 1–40 but 34): ministers
    9 present (8 pages) and 2 not (3 more expected or absent, wrong either way); heads of state or government
    10 and 8, officials of organizations 2 and 2, everyone else 2 and 8, so ministers only (a minister named in
    a meeting's report is mostly of its delegations; a head acts on many stages); a past saying instead of an
    act, 10 and 10 for ministers."""
    for k, r in acted.items():
        person = people[k]
        role = person["role_en"] or ""
        if person["status"] != Status.MENTIONED or "Minister" not in role or role in HEAD_OF_STATE:
            continue
        person.update({col: r[col] for col in ("section", "paragraph", "sentence", "sentence_text")})
        person["status"], person["cue"] = Status.ATTENDED, StatusCue.UNTIMED_ACT


def _share_collective(collective: list[dict], named: list[dict]) -> None:
    """Presence or absence said of a title and its states together («رؤسای جمهور A و B … دیدار
    کردند», «سران A و B») goes to each named person who holds that title («سران»: a head of state
    or government) in one of those states, when it is stronger than theirs; so does a plan said of
    a title that names the office (SHARED). States counted, not named («وزیران خارجه دو کشور …»),
    give it to the title's named holders that nothing else was said of. A plan said of the title does
    not undo a holder's own stated absence («… حضور خواهند یافت» and then «X حضور نخواهد یافت»). The collective rows
    themselves are not rows of the table."""
    for c in collective:
        shared = c["status"] in SHARED or (c["status"] == Status.EXPECTED and c["role_en"] is not None)
        for r in named:
            holds = r["role_en"] == c["role_en"] if c["role_en"] else r["role_en"] in HEAD_OF_STATE
            state = c["country_iso3"] or c["country_fa"]  # none: states counted, not named («دو کشور»)
            same_state = (r["country_iso3"] or r["country_fa"]) == state or (
                state is None and r["status"] == Status.MENTIONED
            )
            planned_over_absent = c["status"] == Status.EXPECTED and r["status"] == Status.ABSENT
            if (
                holds
                and same_state
                and shared
                and STATUS_RANK[c["status"]] < STATUS_RANK[r["status"]]
                and not planned_over_absent
            ):
                r.update({k: c[k] for k in ("status", "cue", "section", "paragraph", "sentence", "sentence_text")})


def read_attendees(
    own: list[Scanned],
    gaz: gz.Gazetteer,
    day: dt.date | None = None,
    dated: Mapping[int, Sequence[tuple[str, bool]]] | None = None,
    times: Sequence[str] | None = None,
) -> tuple[list[dict], list[dict]]:
    """The attendees of an article's scanned own sentences, one dict per table row, and the states named as
    taking part (`named_as_taking_part`), read from the same rows; `day` is the
    article's date (`article_day`) office terms are read on, `dated` the dates written in each sentence
    and whether each names the day it was published (`dated_days`). `times` is the report's time at
    each sentence (`report_times` of the same sentences, year and `dated`), read here when not given:
    extraction reads it once for attendees and documents (P3)."""
    org = main_org(own, gaz)
    people = [find_people(sentence, gaz, org, day) for sentence in own]
    named_in_full(own, [f for found in people for f in found], gaz)
    names = titled_surnames(own, gaz, org, day) | surnames([f for found in people for f in found])
    rows: list[dict] = []
    subject: Found | None = None  # the first person, not an object, of the last sentence naming someone
    title: Found | None = None  # a title alone («رئیس هیئت ایران»), the subject of the last sentence naming someone
    named: list[str] = []  # the keys of the names written so far
    listed: list[Found] = []  # the subject and the people listed with them there («X و Y …»)
    if times is None:
        times = report_times(own, day.year if day else None, dated)
    for sentence, found, time in zip(own, people, times, strict=True):
        if names:
            found = sorted(found + surname_mentions(sentence, found, names), key=lambda f: f.span.start)
        found = sorted(found + our_titles(sentence, found), key=lambda f: f.span.start)
        pronoun = subject_pronoun(sentence, found, subject) if subject else None
        states = apply_status(sentence, [pronoun, *found] if pronoun else found, org, time, day.year if day else None)
        if subject and pronoun and pronoun.status != Status.MENTIONED:
            for said_of in listed if pronoun.meta.get("plural") else [subject]:
                rows.append(_row(replace(said_of, status=pronoun.status, cue=pronoun.cue), sentence.row, gaz, day))
        rows += [_row(f, sentence.row, gaz, day) for f in sorted(found + states, key=lambda f: f.span.start)]
        lead = next((f for f in found if not is_object(sentence, f, found)), None)
        if title and lead and (holder := title_holder(lead, title, named)):
            rows.append(_row(holder, sentence.row, gaz, day))
        if found:
            title = lead if lead and lead.meta.get("role_only") else None
        named += [gz.key(f.written) for f in found if f.written]
        first = quoted_subject(sentence, found) or next(
            (f for f in found if not f.meta.get("role_only") and not is_object(sentence, f, found)), None
        )
        if first is not None:
            subject, listed = first, with_listed(sentence, first, found)
    held = "now" in times and not any(time in TOLD_AHEAD for time in times)
    return (
        collapse(rows, venue_state(sentence.folded for sentence in own), held, not any(times)),
        named_as_taking_part(rows),
    )


def named_as_taking_part(rows: list[dict]) -> list[dict]:
    """The states a list names as taking part, nobody of them named («سران کشورهای A، B و C … شرکت کردند»,
    collective.titled_groups): each state a collective row puts at the meeting (CAME), once, as the page first
    says it. `collapse` drops those rows (no person, no attendee), so the reader would not learn the article
    names them (contracts.NAMED_AS_TAKING_PART)."""
    states: dict[str, dict] = {}
    for r in rows:
        state = r["country_iso3"] or r["country_fa"]
        if r["_collective"] and state and r["status"] in contracts.CAME:
            states.setdefault(state, r)
    return list(states.values())


def title_holder(lead: Found, title: Found, named: list[str]) -> Found | None:
    """«رئیس هیئت پارلمانی ایران در این مجمع گفت: …» and then «X گفت: …»: the person named bare (no title
    written, none in the gazetteer but that one) and for the first time (not in the keys `named` so far:
    «آقای X» after «X، رئیس دفتر …» is someone titled before) as the subject right after a sentence whose
    subject was a title alone is its holder, the writer naming the one they just titled: `lead` with the
    title's status, or None where the title was given none or `lead` is no such person."""
    if title.status == Status.MENTIONED or lead.meta.get("role_only") or lead.role is not None:
        return None
    if any(gz.key(lead.written) in k for k in named):
        return None
    if lead.person is not None and lead.person.role_id not in (None, title.role.id if title.role else None):
        return None
    return replace(lead, status=title.status, cue=title.cue)


def with_listed(sentence: Scanned, first: Found, found: list[Found]) -> list[Found]:
    """`first` and the people listed after them («X، Y و Z»): whom a plural pronoun in the next
    sentence speaks of."""
    out = [first]
    for f in (f for f in found if f.span.start >= first.span.end):
        if not listed_after(sentence, out[-1], f):
            break
        out.append(f)
    return out


def quoted_subject(sentence: Scanned, found: list[Found]) -> Found | None:
    """The person (or title) first named inside a quotation the sentence leaves open («X گفت: "Y
    … اعلام کرده بود.»): the next sentence goes on quoting X, so its «وی» is Y, of whom X speaks,
    not X."""
    text = sentence.text
    opens = [text.rfind('"')] if text.count('"') % 2 else []
    opens += [text.rfind("«")] if text.count("«") > text.count("»") else []
    if not opens:
        return None
    opened = max(opens)
    return next((f for f in found if f.span.start > opened and not is_object(sentence, f, found)), None)


def extract_attendees(
    sentences: pd.DataFrame, gaz: gz.Gazetteer | None = None, day: dt.date | None = None
) -> pd.DataFrame:
    """The attendees table (contracts.ATTENDEES) of one article's sentences, read on `day`."""
    gaz = gaz or gz.load()
    return table(read_attendees(usable(sentence_rows(sentences), gaz), gaz, day)[0], contracts.ATTENDEES)
