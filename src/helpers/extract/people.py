"""People in a sentence, with the role and state written next to them.

People are found in the gazetteer, and also *without* it: a name written next to a role title —
«X رئیس‌جمهور Y», «رئیس‌جمهور Y، X», «رؤسای جمهور A، X، B، Z» — is taken even when unknown (then
`name_en` is null). A role title + state/organization attaches to the adjacent person."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from helpers import cache
from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue as Kind
from helpers.extract.mentions import Scanned, Span, only_separators, words
from helpers.text import gazetteer as gz

NOT_NAMES = frozenset(
    [
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
        "کشورمان",
        "کشورم",
        "کشورش",
        "کشورشان",
        "کشورمون",
        "وی",
        "او",
        "ایشان",
        "آنان",
        "آنها",
        "ما",
        "پیشتر",
        "همچنین",
        "سپس",
        "اکنون",
        "اخیرا",
        "نیز",
        "هم",
        "قبلا",
        "بعدا",
    ]
)
"""Common words that may sit next to a role title but are never part of a name."""
MAX_NAME_WORDS = 3  # not counting the joiners of Arabic names
NAME_JOINERS = frozenset(gz.key(w) for w in ("بن", "بنت", "ابن", "آل", "ال", "ابو"))
"""Words inside Arabic names («بن» son of, «آل» house of): part of a name between two name words."""
RARE_WORD = 5000  # hazm corpus count below which a word can be part of an unknown name


TITLE_END = re.compile(r"[،,.:؛«»()]|(?<!\w)(?:که|در|به|با|از|برای|و)(?!\w)")
"""Where a role title ends at the latest when no state follows it directly."""


@dataclass
class Found:
    """One person (or nameless state) mention in one sentence."""

    span: Span
    written: str
    person: gz.Entry | None = None  # gazetteer entry, None for names found next to a role
    role: gz.Entry | None = None
    affiliation: gz.Entry | None = None
    status: Status = Status.MENTIONED
    cue: Kind | None = None  # what was said that gave the status (contracts.StatusCue)
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
    """A word that can belong to an unknown name: rare, or a listed given name (محمد، الهام …);
    never a Latin-letter word (an acronym such as an organization's) or a digit."""
    k = gz.key(word)
    stop = _lexicon()[0]
    latin = k.isascii()
    return bool(k) and not latin and k not in stop and not any(ch.isdigit() for ch in k) and (k in given or _rare(word))


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
        joins = chosen and gz.key(word) in NAME_JOINERS  # «تمیم بن حمد آل ثانی»
        if not (joins or _name_word(word, given)) or any(s.start < end and start < s.end for s in taken):
            break
        chosen.append((start, end, word))
        cursor = start if direction < 0 else end
        if sum(gz.key(w) not in NAME_JOINERS for _, _, w in chosen) == MAX_NAME_WORDS:
            break
    while chosen and gz.key(chosen[-1][2]) in NAME_JOINERS:
        chosen.pop()
    if not chosen:
        return None
    words_only = [w for _, _, w in chosen]
    all_given = len(words_only) > 1 and all(gz.key(w) in given for w in words_only)
    if not (any(_rare(w) for w in words_only) or all_given):  # «انور ابراهیم»: two given names
        return None
    return Span(min(c[0] for c in chosen), max(c[1] for c in chosen))


def main_org(own: list[Scanned], gaz: gz.Gazetteer) -> gz.Entry | None:
    """The organization the article is about: the one named most often in its own sections (`own`)."""
    counts = Counter(m.entry.id for s in own for m in s.mentions if m.kind == "org")
    return gaz.orgs[counts.most_common(1)[0][0]] if counts else None


def affiliation_after(sentence: Scanned, role: gz.Mention, main_org: gz.Entry | None) -> tuple[gz.Entry | None, int]:
    """The state/organization written right after a role title («رئیس‌جمهور روسیه», «دبیرکل
    جدید سازمان»), and where the role phrase ends. A bare «سازمان» is the article's organization."""
    lead = re.match(r"[\s\u200c]*(?:جدید[\s\u200c]*)?(?:این[\s\u200c]+)?", sentence.folded_from(role.end))
    offset = role.end + (lead.end() if lead else 0)
    for m in sentence.mentions:
        if m.start == offset and m.kind in ("country", "org"):
            return m.entry, m.end
    if role.entry.organizational and main_org and re.match(r"سازمان(?!\w)", sentence.folded_from(offset)):
        return main_org, offset + len("سازمان")
    return _country_in_title(sentence, role.end)


def _country_in_title(sentence: Scanned, pos: int) -> tuple[gz.Entry | None, int]:
    """The nearest country named further on in the title («نماینده ویژه رئیس‌جمهور قزاقستان»,
    «رئیس کمیسیون امنیت مجلس قزاقستان»), before any comma, «که» or preposition ends the title."""
    stop = TITLE_END.search(sentence.folded_from(pos))
    limit = pos + (stop.start() if stop else len(sentence.text))
    for m in sentence.mentions:
        if m.kind == "country" and pos <= m.start < min(limit, pos + 50):
            people = [p for p in sentence.mentions if p.kind == "person" and pos <= p.start < m.start]
            return (None, pos) if people else (m.entry, m.end)
    return None, pos


def _adjacent(text: str, found: list[Found], lo: int, hi: int, before: bool) -> Found | None:
    """An unattached person ending at `lo` (before) or starting at `hi` (after), a comma allowed."""
    for f in found:
        if f.role is not None:
            continue
        gap = (f.span.end, lo) if before else (hi, f.span.start)
        if gap[0] <= gap[1] and only_separators(text[gap[0] : gap[1]]):
            return f
    return None


def find_people(sentence: Scanned, gaz: gz.Gazetteer, main_org: gz.Entry | None) -> list[Found]:
    """Person mentions in one sentence with the role and state written next to them."""
    text, mentions = sentence.text, sentence.mentions
    found = [Found(Span(m.start, m.end), m.written, person=m.entry) for m in mentions if m.kind == "person"]
    taken = [Span(m.start, m.end) for m in mentions]
    for role in (m for m in mentions if m.kind == "role"):
        if role.entry.plural:
            found += _role_list(text, role, mentions, found, taken, gaz.given_names)
            continue
        affiliation, phrase_end = affiliation_after(sentence, role, main_org)
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


def surnames(found: list[Found]) -> dict[str, Found]:
    """Surname key -> the first mention that names the person in full (two words or more), unknown
    or in the gazetteer: later sentences often name them by surname alone («نورالدینوف گفت»)."""
    out: dict[str, Found] = {}
    for f in found:
        full = f.person.name_fa if f.person else f.written
        parts = full.split()
        if len(parts) > 1 and len(gz.key(parts[-1])) > 2:
            out.setdefault(gz.key(parts[-1]), f)
    return out


def surname_mentions(sentence: Scanned, found: list[Found], names: dict[str, Found]) -> list[Found]:
    """Surname-only mentions of people named in full elsewhere, outside the spans already taken."""
    compact = sentence.folded.replace("\u200c", "")  # a surname key is a folded word without ZWNJ
    if not any(surname in compact for surname in names):  # a cheap first test
        return []
    taken = [Span(m.start, m.end) for m in sentence.mentions] + [f.span for f in found]
    new = []
    for start, end, word in words(sentence.text):
        first = names.get(gz.key(word))
        if first and not any(s.start < end and start < s.end for s in taken):
            new.append(Found(Span(start, end), word, person=first.person, meta={"full": first.written.strip()}))
    return new
