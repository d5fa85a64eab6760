"""Who took part in the event, in what role, for which state or organization, and with what status.

Per sentence (headline, lead, caption, dateline and body only — related links and other
headlines are other stories and are dropped):

1. People are found in the gazetteer, and also *without* it: a name written next to a role title —
   «X رئیس‌جمهور Y», «رئیس‌جمهور Y، X», «رؤسای جمهور A، X، B، Z» — is taken even when unknown
   (then `name_en` is null). A role title + state/organization attaches to the adjacent person.
2. Status cues are general phrases: «به میزبانی» / «میزبان نشست» → host; «به ریاست» / «ریاست … را
   بر عهده داشت» → chair; «حضور داشتند», «شرکت کردند», «با حضور», Dari «اشتراک ورزیدند» →
   attended; the negated forms, «غایب», «غیبت» → absent; «<role> جدید», «جانشین», «منصوب» →
   incoming. A person named with no cue is `mentioned`. Host/chair cues bind to the next person,
   incoming cues to the nearest person before them; verb cues to every person before the verb.
3. A state named as absent (or as host) with nobody of it named gets a row with an empty name.

Collapse rule (the gold files and helpers.evaluation.evaluate use the same): **one row per person** (per
state for nameless rows); the strongest status wins (host > chair > attended > incoming > absent >
mentioned), the row keeping the first sentence that carries it; role and state come from the first
mention that writes them, else from the gazetteer's usual role and affiliation. When a state is
named host («به میزبانی روسیه») and its president or prime minister is present, that person is
the host. A status said of a title alone («به ریاست نخست‌وزیر هند») goes to the person named
elsewhere with that title and state. A nameless state row is dropped when a person of that state
has the same status."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

import pandas as pd

from helpers import cache, contracts
from helpers.contracts import AttendeeStatus as Status
from helpers.extract.mentions import Scanned, Span, cue, find_cues, only_separators, sentence_rows, table, usable, words
from helpers.text import gazetteer as gz

STATUS_RANK = {
    s: i
    for i, s in enumerate(
        (Status.HOST, Status.CHAIR, Status.ATTENDED, Status.INCOMING, Status.ABSENT, Status.MENTIONED)
    )
}
"""Strongest first: a person's row keeps the strongest status the article gives them."""

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
NOT_NAMES = {
    "میزبانی",
    "ریاست",
    "حضور",
    "شرکت",
    "اشتراک",
    "نشست",
    "اجلاس",
    "جلسه",
    "دیدار",
    "سخنان",
    "سخنانی",
    "اعلام",
    "تاکید",
    "کشور",
    "کشورهای",
    "عضو",
    "مقام",
    "مقامات",
    "سران",
    "رهبران",
    "هیات",
    "هیئت",
    "خواهد",
    "امروز",
    "دیروز",
    "جدید",
    "سابق",
    "فعلی",
    "وقت",
    "آقای",
    "خانم",
    "اظهار",
    "داشت",
    "کرد",
    "گفت",
    "افزود",
    "همراه",
    "نماینده",
    "نمایندگان",
    "سازمان",
    "شورای",
    "کمیته",
    "دولت",
    "دیگر",
    "جمله",
    "میان",
    "نام",
    "سوی",
}
HEAD_OF_STATE = {"President", "Prime Minister"}  # role_en of those who embody a host state
MAX_NAME_WORDS = 3
RARE_WORD = 5000  # hazm corpus count below which a word can be part of an unknown name


@dataclass
class Found:
    """One person (or nameless state) mention in one sentence."""

    span: Span
    written: str
    person: gz.Entry | None = None  # gazetteer entry, None for names found next to a role
    role: gz.Entry | None = None
    affiliation: gz.Entry | None = None
    status: Status = Status.MENTIONED
    meta: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
@cache.on_disk("hazm", "helpers.text.gazetteer")
def _lexicon() -> tuple[frozenset[str], dict[str, int]]:
    """hazm's stopwords and word counts by gazetteer key: common words are not unknown names.
    (Keying 190,000 words takes a second, so the result is kept in the user cache.)"""
    from hazm import stopwords_list, words_list

    counts: dict[str, int] = {}
    for w, c, _ in words_list():
        k = gz.key(w)
        counts[k] = max(c, counts.get(k, 0))
    return frozenset(gz.key(w) for w in stopwords_list()) | frozenset(gz.key(w) for w in NOT_NAMES), counts


def _rare(word: str) -> bool:
    """Not a common Persian word, even without a plural/indefinite/ezafe ending."""
    counts = _lexicon()[1]
    k = gz.key(word)
    stems = [k] + [k[: -len(x)] for x in ("های", "ها", "ان", "ای", "ی") if k.endswith(x) and len(k) > len(x) + 1]
    return all(counts.get(stem, 0) < RARE_WORD for stem in stems)


def _name_word(word: str, given: frozenset[str]) -> bool:
    """A word that can belong to an unknown name: rare, or a listed given name (محمد، الهام …)."""
    k = gz.key(word)
    stop = _lexicon()[0]
    return bool(k) and k not in stop and not any(ch.isdigit() for ch in k) and (k in given or _rare(word))


def _name_span(
    text: str, edge: int, direction: int, taken: list[Span], given: frozenset[str] = frozenset()
) -> Span | None:
    """Up to three name words running from `edge` away from a role title (−1 left, +1 right),
    stopping at punctuation, common words and known entities; one word must be rare (a surname)
    unless the name is two or more given names."""
    toks = words(text)
    seq = [t for t in reversed(toks) if t[1] <= edge] if direction < 0 else [t for t in toks if t[0] >= edge]
    chosen: list[tuple[int, int, str]] = []
    cursor = edge
    for start, end, word in seq:
        between = text[end:cursor] if direction < 0 else text[cursor:start]
        if not only_separators(between, allow_comma=not chosen):  # a comma may follow the name, not split it
            break
        if not _name_word(word, given) or any(s.start < end and start < s.end for s in taken):
            break
        chosen.append((start, end, word))
        cursor = start if direction < 0 else end
        if len(chosen) == MAX_NAME_WORDS:
            break
    words_only = [w for _, _, w in chosen]
    all_given = len(words_only) > 1 and all(gz.key(w) in given for w in words_only)
    if not (any(_rare(w) for w in words_only) or all_given):  # «انور ابراهیم»: two given names
        return None
    return Span(min(c[0] for c in chosen), max(c[1] for c in chosen))


def _main_org(own: list[Scanned], gaz: gz.Gazetteer) -> gz.Entry | None:
    """The organization the article is about: the one named most often in its own sections (`own`)."""
    counts = Counter(m.entry.id for s in own for m in s.mentions if m.kind == "org")
    return gaz.orgs[counts.most_common(1)[0][0]] if counts else None


def _affiliation_after(sentence: Scanned, role: gz.Mention, main_org: gz.Entry | None) -> tuple[gz.Entry | None, int]:
    """The state/organization written right after a role title («رئیس‌جمهور روسیه», «دبیرکل
    جدید سازمان»), and where the role phrase ends. A bare «سازمان» is the article's organization."""
    lead = re.match(r"[\s\u200c]*(?:جدید[\s\u200c]*)?(?:این[\s\u200c]+)?", sentence.folded_from(role.end))
    offset = role.end + (lead.end() if lead else 0)
    for m in sentence.mentions:
        if m.start == offset and m.kind in ("country", "org"):
            return m.entry, m.end
    if role.entry.organizational and main_org and re.match(r"سازمان(?!\w)", sentence.folded_from(offset)):
        return main_org, offset + len("سازمان")
    return None, role.end


def _adjacent(text: str, found: list[Found], lo: int, hi: int, before: bool) -> Found | None:
    """An unattached person ending at `lo` (before) or starting at `hi` (after), a comma allowed."""
    for f in found:
        if f.role is not None:
            continue
        gap = (f.span.end, lo) if before else (hi, f.span.start)
        if gap[0] <= gap[1] and only_separators(text[gap[0] : gap[1]]):
            return f
    return None


def _people(sentence: Scanned, gaz: gz.Gazetteer, main_org: gz.Entry | None) -> list[Found]:
    """Person mentions in one sentence with the role and state written next to them."""
    text, mentions = sentence.text, sentence.mentions
    found = [Found(Span(m.start, m.end), m.written, person=m.entry) for m in mentions if m.kind == "person"]
    taken = [Span(m.start, m.end) for m in mentions]
    for role in (m for m in mentions if m.kind == "role"):
        if role.entry.plural:
            found += _role_list(text, role, mentions, found, taken, gaz.given_names)
            continue
        affiliation, phrase_end = _affiliation_after(sentence, role, main_org)
        person = _adjacent(text, found, role.start, phrase_end, before=True) or _adjacent(
            text, found, role.start, phrase_end, before=False
        )
        if person is None:
            span = _name_span(text, role.start, -1, taken, gaz.given_names) or _name_span(
                text, phrase_end, +1, taken, gaz.given_names
            )
            if span is None and affiliation is None:
                continue
            # no name: «به ریاست نخست‌وزیر هند» — kept to lend its status to the named holder later
            person = Found(
                span or Span(role.start, phrase_end),
                text[span.start : span.end] if span else "",
                meta={"role_only": span is None},
            )
            found.append(person)
            if span:
                taken.append(span)
        person.role, person.affiliation = role.entry, affiliation
        person.meta["role_span"] = Span(role.start, phrase_end)
    return sorted(found, key=lambda f: f.span.start)


def _role_list(
    text: str,
    role: gz.Mention,
    mentions: list[gz.Mention],
    found: list[Found],
    taken: list[Span],
    given: frozenset[str],
) -> list[Found]:
    """A plural title with its states: «رؤسای جمهور A، X، B، Y و …» (state, name, state, name …),
    or names first: «X و Y، رؤسای جمهور A و B» (names paired with states in order).
    Returns the people it creates; people already found get the role and state set in place."""
    pairs = _states_then_names(text, role.end, mentions, taken, given) or list(
        zip(_names_before(text, role.start, mentions, given), _state_run(text, role.end, mentions), strict=False)
    )
    new: list[Found] = []
    for span, state in pairs:
        person = next((f for f in found if f.span == span), None)
        if person is None:
            entry = next((m.entry for m in mentions if m.kind == "person" and Span(m.start, m.end) == span), None)
            person = Found(span, text[span.start : span.end], person=entry)
            new.append(person)
            taken.append(span)
        person.role, person.affiliation = replace(role.entry, plural=False), state.entry
        person.meta["in_list"] = True
    return new


def _joined(gap: str) -> bool:
    """Only separators, commas and «و» between two list items."""
    return only_separators(re.sub(r"(?<!\w)و(?!\w)", " ", gz.fold(gap)))


def _state_run(text: str, pos: int, mentions: list[gz.Mention]) -> list[gz.Mention]:
    """States listed one after another («A، B و C») from `pos`."""
    run: list[gz.Mention] = []
    for m in (m for m in mentions if m.start >= pos):
        if m.kind != "country" or not _joined(text[pos : m.start]):
            break
        run.append(m)
        pos = m.end
    return run


def _states_then_names(
    text: str, pos: int, mentions: list[gz.Mention], taken: list[Span], given: frozenset[str]
) -> list[tuple[Span, gz.Mention]]:
    """«A، X، B، Y و C، Z» after a plural title: each state followed by its person."""
    pairs: list[tuple[Span, gz.Mention]] = []
    for state in (m for m in mentions if m.kind == "country" and m.start >= pos):
        if not _joined(text[pos : state.start]):
            break
        person = next(
            (
                m
                for m in mentions
                if m.kind == "person" and m.start > state.end and only_separators(text[state.end : m.start])
            ),
            None,
        )
        span = Span(person.start, person.end) if person else _name_span(text, state.end, +1, taken, given)
        if span is None:
            break
        pairs.append((span, state))
        pos = span.end
    return pairs


def _names_before(text: str, pos: int, mentions: list[gz.Mention], given: frozenset[str]) -> list[Span]:
    """Names joined by «و» or commas that end right before `pos`, in reading order."""
    blocked = [Span(m.start, m.end) for m in mentions if m.kind != "person"]
    names: list[Span] = []
    edge = pos
    while True:
        person = next(
            (m for m in mentions if m.kind == "person" and m.end <= edge and only_separators(text[m.end : edge])), None
        )
        span = Span(person.start, person.end) if person else _name_span(text, edge, -1, blocked, given)
        if span is None:
            break
        names.insert(0, span)
        conj = re.search(r"[\s\u200c]*(?:،|,|(?<!\w)و(?!\w))[\s\u200c]*$", text[: span.start])
        if not conj:
            break
        edge = conj.start()
    return names


def _apply_status(sentence: Scanned, found: list[Found], main_org: gz.Entry | None) -> list[Found]:
    """Set each mention's status from the cues in its sentence; return nameless state rows too."""
    text, mentions = sentence.text, sentence.mentions
    states: list[Found] = []
    role_spans = [f.meta["role_span"] for f in found if "role_span" in f.meta]
    free_states = [
        m
        for m in mentions
        if m.kind == "country"
        and not any(s.start <= m.start < s.end for s in role_spans)
        and not any(f.affiliation is m.entry and f.meta.get("in_list") for f in found)
    ]
    if not found and not free_states:  # no person and no state for a cue to act on: skip the cue scans
        return states
    verb_hits = sorted(
        (span.start, status) for status, phrase in VERB_CUES.items() for span in find_cues(phrase, sentence)
    )
    for f in found:
        after = [status for pos, status in verb_hits if pos >= f.span.end]
        before = [status for pos, status in verb_hits if pos < f.span.start]
        if after or before:
            f.status = after[0] if after else before[-1]
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
            else:
                state = next(
                    (
                        m
                        for m in free_states
                        if m.start >= span.end and only_separators(text[span.end : m.start], allow_comma=False)
                    ),
                    None,
                )
                if state and status == Status.HOST:
                    states.append(Found(Span(state.start, state.end), "", affiliation=state.entry, status=Status.HOST))
    for status, phrase in PREV_CUES.items():
        for span in find_cues(phrase, sentence):
            _nearest_before(found, span.start, status)
    for role in (m for m in mentions if m.kind == "role"):
        if re.match(r"[\s\u200c]*جدید(?!\w)", sentence.folded_from(role.end)):
            target = _nearest_before(found, role.start, Status.INCOMING)
            if target and target.role is None:
                target.role = role.entry
                target.affiliation = _affiliation_after(sentence, role, main_org)[0]
    absent_at = [pos for pos, status in verb_hits if status == Status.ABSENT]
    for state in free_states:
        if any(pos > state.end for pos in absent_at) and not _after_preposition(text, state.start):
            states.append(Found(Span(state.start, state.end), "", affiliation=state.entry, status=Status.ABSENT))
    return states


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


def _row(f: Found, row, gaz: gz.Gazetteer) -> dict:
    person = f.person
    role = f.role or (gaz.roles.get(person.role_id) if person and person.role_id else None)
    affiliation = f.affiliation or (gaz.affiliation(person.affiliation) if person else None)
    return {
        "name_written": f.written,
        "name_fa": person.name_fa if person else (f.written.strip() or None),
        "name_en": person.name_en if person else None,
        "role_fa": role.name_fa if role else None,
        "role_en": role.name_en if role else None,
        "country_fa": affiliation.name_fa if affiliation else None,
        "country_en": affiliation.name_en if affiliation else None,
        "country_iso3": affiliation.id if affiliation and affiliation.kind == "country" else None,
        "status": f.status,
        "section": row.section,
        "paragraph": row.paragraph,
        "sentence": row.sentence,
        "sentence_text": row.text,
        "_explicit": f.role is not None,
        "_role_only": f.meta.get("role_only", False),
    }


def _resolve_role_only(rows: list[dict]) -> list[dict]:
    """A status said of a title alone («به ریاست نخست‌وزیر هند») goes to the person the article
    names with that title and state; with no such person it is dropped."""
    named = [r for r in rows if not r["_role_only"] and r["name_fa"]]
    out = [r for r in rows if not r["_role_only"]]
    for r in (r for r in rows if r["_role_only"] and r["status"] != Status.MENTIONED):
        holder = next((p for p in named if p["role_en"] == r["role_en"] and p["country_fa"] == r["country_fa"]), None)
        if holder:
            out.append(
                {
                    **holder,
                    "status": r["status"],
                    "section": r["section"],
                    "paragraph": r["paragraph"],
                    "sentence": r["sentence"],
                    "sentence_text": r["sentence_text"],
                }
            )
    return out


def collapse(rows: list[dict]) -> list[dict]:
    """One row per person (per state for nameless rows); see the module docstring for the rule."""
    people: dict[str, dict] = {}
    explicit: dict[str, dict] = {}
    for r in _resolve_role_only(rows):
        k = gz.key(r["name_fa"] or "") or f"state:{r['country_iso3'] or r['country_fa']}:{r['status']}"
        best = people.get(k)
        if best is None or STATUS_RANK[r["status"]] < STATUS_RANK[best["status"]]:
            people[k] = dict(r)
        if r["_explicit"] and k not in explicit:
            explicit[k] = r
    for k, r in people.items():
        if k in explicit:
            for col in ("role_fa", "role_en", "country_fa", "country_en", "country_iso3"):
                r[col] = explicit[k][col]
    hosts = {
        r["country_iso3"] or r["country_fa"] for r in people.values() if not r["name_fa"] and r["status"] == Status.HOST
    }
    for r in people.values():
        if (
            r["name_fa"]
            and r["role_en"] in HEAD_OF_STATE
            and r["status"] in (Status.CHAIR, Status.ATTENDED, Status.MENTIONED)
            and (r["country_iso3"] or r["country_fa"]) in hosts
        ):
            r["status"] = Status.HOST
    named = {(r["country_iso3"] or r["country_fa"], r["status"]) for k, r in people.items() if r["name_fa"]}
    return [
        r for k, r in people.items() if r["name_fa"] or (r["country_iso3"] or r["country_fa"], r["status"]) not in named
    ]


def attendee_rows(own: list[Scanned], gaz: gz.Gazetteer) -> list[dict]:
    """The attendees of an article's scanned own sentences, one dict per table row."""
    main_org = _main_org(own, gaz)
    rows: list[dict] = []
    for sentence in own:
        found = _people(sentence, gaz, main_org)
        states = _apply_status(sentence, found, main_org)
        rows += [_row(f, sentence.row, gaz) for f in sorted(found + states, key=lambda f: f.span.start)]
    return collapse(rows)


def extract_attendees(sentences: pd.DataFrame, gaz: gz.Gazetteer | None = None) -> pd.DataFrame:
    """The attendees table (contracts.ATTENDEES) of one article's sentences."""
    gaz = gaz or gz.load()
    return table(attendee_rows(usable(sentence_rows(sentences), gaz), gaz), contracts.ATTENDEES)
