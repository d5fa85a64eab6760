"""People in a sentence, with the role and state written next to them.

People are found in the gazetteer, and also *without* it (then `name_en` is null): a name written
next to a role title — «X رئیس‌جمهور Y», «رئیس‌جمهور Y، X», «رؤسای جمهور A، X، B، Z», «سفیر Y در Z،
X،», «سخنگوی وزارت خارجه طالبان X» — after an honorific («دکتر X»), in quotes, next to a phrase
said of people («به ریاست X», «X به نمایندگی از»), opening a sentence (helpers.extract.name_cues),
or in a list with a person or after a collective word («پوتین، توقایف و نعمتوف», «رهبران X و Y»;
helpers.extract.name_lists). Which words a name may hold, and how far it runs, is
helpers.extract.names. A role title + state/organization attaches to the adjacent person; a lone
surname that is a common word is a gazetteer person only next to a title that person held
(`known_surname`; across the article, helpers.extract.surnames), and a gazetteer surname after
someone else's given names is another person.

With the article's date (`day`), which gazetteer person a surname stands for is
helpers.extract.office_holders (who held the written title then)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue as Kind
from helpers.extract import name_cues
from helpers.extract.honorifics import without_honorifics
from helpers.extract.mentions import Scanned, Span, only_separators
from helpers.extract.name_bounds import ends_a_name
from helpers.extract.name_cues import (
    LATIN_BEFORE,
    QUOTED,
    apposed_names,
    cued_names,
    honorific_spans,
    only_courtesy,
    quoted_names,
)
from helpers.extract.name_family import family_run
from helpers.extract.name_lists import listed_with, names_before, state_run, states_then_names, titled_items
from helpers.extract.name_openings import opening_names
from helpers.extract.name_runs import joined_runs, name_words_before, quoted_before
from helpers.extract.name_sources import byline
from helpers.extract.names import (
    ARABIC,
    COMMON,
    FILIAL,
    GIVEN,
    RARE,
    SURNAME_PIECES,
    Word,
    joined_pieces,
    kind,
    name_span,
    tokens,
)
from helpers.extract.office_holders import held, known_surname, lone_surname
from helpers.extract.title_names import (
    TITLE_END,
    after_a_word,
    apposition,
    complement_end,
    foreign_after,
    in_portfolio,
    named_place,
    place_or_outlet,
)
from helpers.text import gazetteer as gz

OUR_STATES = frozenset({"IRN", "AFG", "TJK"})
"""The states whose press writes Persian, Dari or Tajik: «کشورمان» (our country) is one of them, and
a title written with no state («رئیس‌جمهور») is most often theirs."""


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


def main_org(own: list[Scanned], gaz: gz.Gazetteer) -> gz.Entry | None:
    """The organization the article is about: the one named most often in its own sections (`own`)."""
    counts = Counter(m.entry.id for s in own for m in s.mentions if m.kind == "org")
    return gaz.orgs[counts.most_common(1)[0][0]] if counts else None


def affiliation_after(sentence: Scanned, role: gz.Mention, main_org: gz.Entry | None) -> tuple[gz.Entry | None, int]:
    """The state/organization written right after a role title («رئیس‌جمهور روسیه», «دبیرکل
    جدید سازمان»), and where the role phrase ends. A bare «سازمان» is the article's organization."""
    lead = re.match(
        r"[\s\u200c]*(?:(?:جدید|سابق|پیشین|اسبق|وقت|کنونی|فعلی)[\s\u200c]*)?(?:این[\s\u200c]+)?",
        sentence.folded_from(role.end),
    )
    offset = role.end + (lead.end() if lead else 0)
    for m in sentence.mentions:
        if m.start == offset and m.kind in ("country", "org"):
            return m.entry, m.end
    if role.entry.organizational and main_org and re.match(r"سازمان(?!\w)", sentence.folded_from(offset)):
        return main_org, offset + len("سازمان")
    return _country_in_title(sentence, role.end)


def _country_in_title(sentence: Scanned, pos: int) -> tuple[gz.Entry | None, int]:
    """The nearest country named further on in the title («نماینده ویژه رئیس‌جمهور قزاقستان»,
    «رئیس کمیسیون امنیت مجلس قزاقستان»), before any comma, «که» or preposition ends the title, and
    before a word of time or a number («رئیس‌جمهور X صبح امروز وارد قرقیزستان شد»: name_bounds)."""
    stop = TITLE_END.search(sentence.folded_from(pos))
    limit = pos + (stop.start() if stop else len(sentence.text))
    limit = next(
        (w.start for w in tokens(sentence.text) if pos <= w.start < limit and ends_a_name(gz.key(w.text))), limit
    )
    for m in sentence.mentions:
        if m.kind == "country" and pos <= m.start < min(limit, pos + 50):
            people = [p for p in sentence.mentions if p.kind == "person" and pos <= p.start < m.start]
            return (None, pos) if people else (m.entry, m.end)
    return None, pos


def _adjacent(text: str, found: list[Found], lo: int, hi: int, before: bool) -> Found | None:
    """An unattached person ending at `lo` (before) or starting at `hi` (after), a comma, an
    honorific («امیر کویت شیخ …») or the quote marks of a quoted name («X Y» رئیس …) allowed between."""
    for f in found:
        if f.role is not None:
            continue
        gap = (f.span.end, lo) if before else (hi, f.span.start)
        if gap[0] <= gap[1] and only_courtesy(text[gap[0] : gap[1]].replace("»", "").replace("«", "")):
            return f
    return None


def find_people(
    sentence: Scanned, gaz: gz.Gazetteer, main_org: gz.Entry | None, day: dt.date | None = None
) -> list[Found]:
    """Person mentions in one sentence with the role and state written next to them; `day` (the
    article's date) picks among people of one surname (`known_surname`)."""
    named = [
        m
        for m in sentence.mentions
        if not _given_name_not_title(sentence, m, gaz)
        and not (m.kind == "country" and _state_as_surname(sentence, m, gaz))
    ]
    if len(named) < len(sentence.mentions):
        sentence = sentence._replace(mentions=named)
    text, mentions = sentence.text, sentence.mentions
    taken = [Span(m.start, m.end) for m in mentions] + honorific_spans(sentence)
    found = [_bearer(text, m, gaz, taken) for m in mentions if m.kind == "person"]
    taken += [f.span for f in found]  # with the first names written before a gazetteer surname
    found += _glued(text, taken, gaz, day)
    taken += [f.span for f in found]
    titles = [Span(m.start, affiliation_after(sentence, m, main_org)[1]) for m in mentions if m.kind == "role"]
    cued = (
        cued_names(sentence, taken, gaz) + quoted_names(text, taken, gaz, titles) + opening_names(sentence, taken, gaz)
    )
    for i, span in enumerate(cued):  # a cue's three words inside a quoted name of four: the quote ends it
        if span in cued[:i] or any(o != span and o.start <= span.start and span.end <= o.end for o in cued):
            continue
        found.append(Found(span, text[span.start : span.end]))
        taken.append(span)
    for span in apposed_names(sentence, taken, gaz):  # what no cue found: a clause's «X Y، title …»
        found.append(Found(span, text[span.start : span.end]))
        taken.append(span)
    for span in titled_items(text, mentions, [f.span for f in found], gaz):
        if not any(s.start < span.end and span.start < s.end for s in taken):
            found.append(Found(span, text[span.start : span.end]))
            taken.append(span)
    for role in (m for m in mentions if m.kind == "role"):
        if role.entry.plural:
            found += _role_list(text, role, mentions, found, taken, gaz, day)
            continue
        affiliation, phrase_end = affiliation_after(sentence, role, main_org)
        person = _adjacent(text, found, role.start, phrase_end, before=True)
        if person is None:
            after = _adjacent(text, found, role.start, phrase_end, before=False)
            person = (
                _written_before(text, role, phrase_end, after, found, taken, gaz)
                or after
                or _named_next_to(text, role, phrase_end, affiliation is not None, found, taken, gaz, day)
            )
        if person is None:
            continue
        person.role, person.affiliation = role.entry, affiliation
        person.meta["role_span"] = Span(role.start, phrase_end)
    unknown_led = name_cues.given_before_unknown(sentence, taken, gaz)  # «فریدون سینرلی‌اوغلو» with no cue
    found += [Found(span, text[span.start : span.end]) for span in unknown_led]
    taken += [f.span for f in found]
    found += _coordinated(text, found, mentions, taken, gaz) + _quoted_surnames(text, taken, gaz, day)
    found += _listed(text, found, mentions, taken, gaz, day)
    found = [f for f in found if f.person or not f.written or not _no_person(sentence, f.span, gaz)]
    found = [  # «توسط X Y», «X Y» alone: the author
        f for f in found if not (f.written and byline(text, f.span, without_honorifics(text[: f.span.end])))
    ]
    found = [  # as written: a surname glued onto the word before it (`_glued`) starts inside that word
        f
        for f in found
        if not (f.written and named_place(text, Span(f.span.end - len(f.written), f.span.end), f.meta.get("role_span")))
    ]
    found = joined_runs(text, found, gaz)  # «X Y» + «Z» found by two rules, written as one name
    for f in found:
        bare = without_honorifics(f.written)  # not an honorific's word the person's name opens with («سردار …»)
        if not (f.person and gz.key(f.person.name_fa).startswith(gz.key(f.written[: len(f.written) - len(bare)]))):
            f.written = bare
        if f.person is None and f.written and " " in f.written.strip():
            f.meta.setdefault("full", joined_pieces(f.written.strip()))
        if f.person is None and f.written:
            f.person = known_surname(f.written, f.role, gaz, day=day)
            f.meta["by_surname"] = f.person is not None
        elif f.person and f.role and not held(f.person, f.role, day) and len(f.written.split()) == 1:
            f.person = known_surname(f.written, f.role, gaz, f.affiliation, day) or f.person  # a namesake
    return sorted(found, key=lambda f: f.span.start)


_AND_NEXT = re.compile(r"[\s\u200c]*(?:[،,][\s\u200c]*)?و[\s\u200c]+")


def _no_person(sentence: Scanned, span: Span, gaz: gz.Gazetteer) -> bool:
    """An unknown name that names a place or an outlet (title_names.place_or_outlet), or that runs to
    the end of a sentence the excerpt cut (`Scanned.cut`) on a word neither a given name nor a
    common word: the word is cut («… رجب طیب ار»), so where the name ends is unknown."""
    if place_or_outlet(sentence.text, span):
        return True
    last = sentence.text[span.start : span.end].split()[-1:]
    at_end = sentence.cut and span.end >= len(sentence.text.rstrip())
    return at_end and bool(last) and kind(last[0], gaz) not in (GIVEN, COMMON)


def _given_name_not_title(sentence: Scanned, mention: gz.Mention, gaz: gz.Gazetteer) -> bool:
    """«امیر سعید X»: a title that is also a given name («امیر»), with no state after it and a given
    name right after it, is the first word of a name; so is any title before «بن» («سلطان بن سعد»)."""
    if mention.kind != "role":
        return False
    following = next((w for w in tokens(sentence.text) if w.start >= mention.end), None)
    if following is None or not only_separators(sentence.text[mention.end : following.start], allow_comma=False):
        return False
    if gz.key(following.text) in FILIAL:
        return True
    return (
        gz.key(mention.written) in gaz.given_names
        and kind(following.text, gaz) == GIVEN
        and affiliation_after(sentence, mention, None)[0] is None
    )


def _state_as_surname(sentence: Scanned, mention: gz.Mention, gaz: gz.Gazetteer) -> bool:
    """«X کامرون، نخست‌وزیر …»: a country mention right after a given name and right before a title (a
    comma between) is the surname of a Western name (Cameron), not the state (names.name_span reads it)."""
    text = sentence.text
    before = [w for w in tokens(text) if w.end <= mention.start][-1:]
    title = next((m for m in sentence.mentions if m.kind == "role" and m.start >= mention.end), None)
    if not before or title is None or kind(before[0].text, gaz) != GIVEN:
        return False
    return only_separators(text[before[0].end : mention.start], allow_comma=False) and only_separators(
        text[mention.end : title.start]
    )


def _coordinated(
    text: str, found: list[Found], mentions: list[gz.Mention], taken: list[Span], gaz: gz.Gazetteer
) -> list[Found]:
    """«X رئیس دفتر رئیس‌جمهور و Y Z»: a name of two words or more led by a given name, joined by «و»
    to a person (and the titles, states and title complement written after them: complement_end)
    is another person, with no title of their own written (a name the excerpt cuts off has none)."""
    new = []
    for f in (f for f in found if f.written):
        end = max(f.span.end, f.meta["role_span"].end if "role_span" in f.meta else 0)
        for m in (m for m in mentions if m.start >= end and m.kind != "person"):
            if not only_separators(text[end : m.start], allow_comma=False):
                break
            end = m.end
        joined = _AND_NEXT.match(text, complement_end(text, end) if "role_span" in f.meta else end)
        span = name_span(text, joined.end(), +1, taken, gaz) if joined else None
        named = text[span.start : span.end].split() if span else []
        if span and len(named) > 1 and kind(named[0], gaz) == GIVEN:
            new.append(Found(span, text[span.start : span.end]))
            taken.append(span)
    return new


def _quoted_surnames(text: str, taken: list[Span], gaz: gz.Gazetteer, day: dt.date | None) -> list[Found]:
    """«روحانی» in quotes, as headlines set names: a lone quoted word that is a gazetteer surname,
    though a common word, is that person when the surname (and `day`) singles one out."""
    new = []
    for m in QUOTED.finditer(text):
        group = m.lastindex or 0
        span = Span(m.start(group), m.end(group))
        word = m.group(group).strip()
        if " " in word or any(s.start < span.end and span.start < s.end for s in taken):
            continue
        if person := known_surname(word, None, gaz, day=day):
            new.append(Found(span, word, person=person))
            taken.append(span)
    return new


def _glued(text: str, taken: list[Span], gaz: gz.Gazetteer, day: dt.date | None) -> list[Found]:
    """A known surname written onto the word before it after a lost space («آزاداردوغان گفت»,
    «رسمیتوقایف»): a rare word that is a common word of four letters or more with a gazetteer
    surname of five letters or more after it, rare or a spelling of the person alone, is the person
    that surname (and `day`) singles out. Not after a given name («محمدکریموف») or a shorter word
    («بیکمرادوف»): a surname of its own; nor after a function word («میجیانگ», a place), nor a
    piece of a surname («داوداوغلو»)."""
    new = []
    for start, end, word in tokens(text):
        if kind(word, gaz) != RARE:  # first: a cached look-up that turns down most words (P3)
            continue
        k = gz.key(word)
        cuts = [c for c in range(4, len(k) - 4) if k[c:] in gaz.surnames]
        if not cuts or any(s.start < end and start < s.end for s in taken):
            continue
        for head, tail in ((k[:c], k[c:]) for c in cuts):
            person = known_surname(tail, None, gaz, day=day)
            alone = person and (kind(tail, gaz) == RARE or tail in gaz.spellings[person.id])  # «اردوغان» alone
            if alone and kind(head, gaz) == COMMON and tail not in SURNAME_PIECES:
                new.append(Found(Span(start, end), word[len(word) - len(tail) :], person=person))  # as written
                break
    return new


def _bearer(text: str, mention: gz.Mention, gaz: gz.Gazetteer, taken: list[Span]) -> Found:
    """The person a gazetteer surname stands for, with the first names written before it
    («ولادمیر پوتین», a spelling the gazetteer lacks); after given names that are not the
    gazetteer person's, someone else of that surname («محمد مهدی آخوندزاده»), unknown."""
    found = Found(Span(mention.start, mention.end), mention.written, person=mention.entry)
    chain = _son_of(text, mention, gaz, taken)
    if chain:  # «X بن <person>»: the person named is the father, the name someone else's
        return Found(chain, text[chain.start : chain.end])
    own_words = {gz.key(w) for w in mention.entry.name_fa.split()}
    for start, end, word in (w for w in tokens(text) if w.start >= mention.end):  # «ملک سلمان» + «بن عبدالعزیز»
        if gz.key(word) not in own_words or not only_separators(text[found.span.end : start], allow_comma=False):
            break
        found = Found(Span(mention.start, end), text[mention.start : end], person=mention.entry)
    written = tokens(mention.written)
    surname = gz.key(mention.written) in gaz.surnames_of.get(mention.entry.id, ())  # «محمد یاراف» of «محمدیاروف»
    if len(written) > 1 and gz.key(written[0].text) not in FILIAL and not surname:  # «کامل اف» is one word
        return found  # a spelling opened by «بن» («بن سلمان») is a patronymic: a given name may precede it
    own = gaz.spellings.get(mention.entry.id, ())
    before = name_words_before(text, mention.start, gaz, taken, tuple(own))
    before = before or quoted_before(text, mention.start, mention.end, taken, gaz)
    if not before:
        return found
    not_own = [w for w in before if not any(gz.key(w.text) in k for k in own)]
    if not_own == before and _other_than_given(before, mention, own, gaz):
        return found  # «با تهدیدات‌تازه ترامپ»: words that respell none of the person's given names
    # a given name not theirs, or a foreign given name hazm reads as a noun («میکائیل X»): someone else
    foreign = len(before) == 1 and before == not_own and kind(before[0].text, gaz) == COMMON
    other = foreign or any(kind(w.text, gaz) == GIVEN for w in not_own)
    span = Span(before[0].start, mention.end)
    return Found(span, text[span.start : span.end], person=None if other else mention.entry)


def _son_of(text: str, mention: gz.Mention, gaz: gz.Gazetteer, taken: list[Span]) -> Span | None:
    """The Arabic chain a gazetteer person's name closes when «بن»/«بنت» stands right before it
    («X بن Y بن <person>»): the person is a forebear, the name a son's or daughter's (read by
    `name_span`, which runs a chain to its first name); None when no «son of» precedes the name."""
    before = [w for w in tokens(text[: mention.start]) if w.end <= mention.start][-1:]
    if not before or gz.key(before[0].text) not in FILIAL or not only_separators(text[before[0].end : mention.start]):
        return None
    span = name_span(text, mention.end, -1, [s for s in taken if s != Span(mention.start, mention.end)], gaz)
    return span if span and span.start < before[0].start else None


RESPELLING = 0.5
"""How alike (difflib's ratio) a word before a gazetteer surname and a given name the gazetteer writes
for the person must be to be its respelling: «ولادمیر», «بارک», «جوزب», «سادیر» (0.67) are; a noun
and its adjective run together or a misspelt noun before the surname («تهدیدات‌تازه ترامپ») are not."""


def _other_than_given(before: list[Word], mention: gz.Mention, own: Sequence[str], gaz: gz.Gazetteer) -> bool:
    """Whether the words `before` a gazetteer surname, none of them a given name, respell none of the
    given names the person's own spellings write before that surname (a transliteration varies a
    letter or two: «بارک», «باراک»); with no such spelling (a surname found by its ending's variant)
    nothing tells."""
    if any(kind(w.text, gaz) == GIVEN for w in before):
        return False
    surname = gz.key(mention.written)
    given = [k[: -len(surname)] for k in own if k.endswith(surname) and len(k) > len(surname)]
    written = gz.key("".join(w.text for w in before))
    return bool(given) and all(SequenceMatcher(None, written, g).ratio() < RESPELLING for g in given)


def _named_next_to(
    text: str,
    role: gz.Mention,
    phrase_end: int,
    stated: bool,
    found: list[Found],
    taken: list[Span],
    gaz: gz.Gazetteer,
    day: dt.date | None,
) -> Found | None:
    """A new person for an unknown name before or after a role title (added to `found`); with no
    name but a state written (`stated`), a nameless holder: «به ریاست نخست‌وزیر هند» is kept to
    lend its status to the named holder later."""
    after = family_run(text, phrase_end, +1, taken, gaz) or name_span(text, phrase_end, +1, taken, gaz)
    lone = after and not stated and text[after.start : after.end].split()
    if lone and len(lone) == 1 and (role.entry.organizational or kind(lone[0], gaz) in (RARE, ARABIC)):
        after = None  # «دبیرکل اوپک», «معاون کنفدراسیون …»: one unknown word after a title is its complement
    span = (
        family_run(text, role.start, -1, taken, gaz)
        or name_span(text, role.start, -1, taken, gaz, titled=True)
        or _before_latin(text, role.start, taken, gaz)
        or after
        or apposition(text, phrase_end, taken, gaz)
        or after_a_word(text, phrase_end, taken, gaz)
        or foreign_after(text, phrase_end, taken, gaz)
        or lone_surname(text, role, phrase_end, taken, gaz, day)
        or name_cues.patronymic_before(text, role.start, taken, gaz)
    )
    if span and in_portfolio(text, span.start, [f.span for f in found if f.written], gaz):
        span = None  # «وزیر زراعت، آبیاری و X، نماینده …»: the last noun of another title's complement
    if span is None and not stated:
        return None
    person = Found(
        span or Span(role.start, phrase_end), text[span.start : span.end] if span else "", meta={"role_only": not span}
    )
    found.append(person)
    if span:
        taken.append(span)
    return person


def _written_before(
    text: str,
    role: gz.Mention,
    phrase_end: int,
    after: Found | None,
    found: list[Found],
    taken: list[Span],
    gaz: gz.Gazetteer,
) -> Found | None:
    """A new person for an unknown name written right before the title, no comma between, when the
    person found after the title (`after`) is set off from it by a comma («X Y معاون وزیر خارجه تاجیکستان،
    دکتر Z …»): in a list of «name title» items the name before its title holds it; Z is the next item's."""
    if after is None or only_separators(text[phrase_end : after.span.start], allow_comma=False):
        return None
    span = name_span(text, role.start, -1, taken, gaz, titled=True)
    if span is None or not only_separators(text[span.end : role.start], allow_comma=False):
        return None
    person = Found(span, text[span.start : span.end])
    found.append(person)
    taken.append(span)
    return person


def _before_latin(text: str, edge: int, taken: list[Span], gaz: gz.Gazetteer) -> Span | None:
    """The name before a title, past the name's Latin spelling written after it."""
    head = text[max(0, edge - 60) : edge].rstrip()
    if not head or not (head[-1].isascii() and (head[-1].isalpha() or head[-1] == ")")):
        return None
    latin = LATIN_BEFORE.search(text, max(0, edge - 60), edge)
    return name_span(text, latin.start(), -1, taken, gaz) if latin else None


def _role_list(
    text: str,
    role: gz.Mention,
    mentions: list[gz.Mention],
    found: list[Found],
    taken: list[Span],
    gaz: gz.Gazetteer,
    day: dt.date | None,
) -> list[Found]:
    """A plural title with its states: «رؤسای جمهور A، X، B، Y و …» (state, name, state, name …),
    or names first: «X و Y، رؤسای جمهور A و B» (names paired with states in order; when fewer names
    than states are read, «X رئیس‌جمهور و Y روسای جمهور A و B», with the last states), or names with
    no state after the title («X، Y و Z وزرای خارجه کشورهای عضو»): each name holds the title, its
    state unknown. A lone common word is a name there when a gazetteer person of that surname held
    the title (`known_surname`). Returns the people it creates; people already found get the role
    and state set in place."""
    single = replace(role.entry, plural=False)
    pairs: list[tuple[Span, gz.Mention | None]] = list(states_then_names(text, role.end, mentions, taken, gaz))
    if not pairs:
        held_it = lambda w: bool(known_surname(w, single, gaz, day=day))  # noqa: E731
        before = names_before(text, role.start, mentions, taken, gaz, held_it, [f.span for f in found if f.written])
        states = state_run(text, role.end, mentions)
        tail = states[max(0, len(states) - len(before)) :]  # fewer names read: the last states are theirs
        pairs = list(zip(before, tail, strict=False)) if states else [(span, None) for span in before]
    new: list[Found] = []
    for span, state in pairs:
        person = next((f for f in found if f.span == span), None)
        if person is None:
            entry = next((m.entry for m in mentions if m.kind == "person" and Span(m.start, m.end) == span), None)
            person = Found(span, text[span.start : span.end], person=entry)
            new.append(person)
            taken.append(span)
        person.role, person.affiliation = single, state.entry if state else None
        person.meta["in_list"] = True
    return new


def _listed(
    text: str, found: list[Found], mentions: list[gz.Mention], taken: list[Span], gaz: gz.Gazetteer, day: dt.date | None
) -> list[Found]:
    """Surnames listed with a person found or after a collective word («پوتین، توقایف و جباروف»,
    «رهبران X و Y»; helpers.extract.name_lists): each is a person, a gazetteer one when the surname
    and `day` single one out."""
    anchors = [f.span for f in found if f.written]
    spans = listed_with(text, anchors, mentions, taken, gaz, lambda w: bool(known_surname(w, None, gaz, day=day)))
    taken += spans
    return [Found(span, text[span.start : span.end]) for span in spans]
