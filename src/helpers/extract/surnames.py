"""Surnames across an article: a person named in full once is often named by surname alone later
(«نورالدینوف گفت»), and a gazetteer person who held, on the article's date, a title the article
writes anywhere is their surname alone, though a common word («وزیر خارجه ایران» … «ظریف»)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from helpers.extract.honorifics import HONORIFIC_WORDS
from helpers.extract.mentions import Scanned, Span
from helpers.extract.name_cues import CLAUSE_OPENS, honorific_spans
from helpers.extract.name_lexicon import RARE_WORD, lexicon
from helpers.extract.names import COMMON, FILIAL, GIVEN, RARE, Word, joined_pieces, kind, name_span, tokens
from helpers.extract.people import OUR_STATES, Found, affiliation_after
from helpers.extract.title_names import named_place
from helpers.text import gazetteer as gz
from helpers.text import offices

OURS = re.compile(r"[\s\u200c]*کشور[\s\u200c]*(?:مان|ما)(?!\w)")
"""«رئیس‌جمهور کشورمان»: the title of the writer's own state (one of OUR_STATES)."""
SEPARATORS = re.compile(r"[\s\u200c]+")
"""Removed from a sentence to test it for surname keys (not `gz.key`, whose cache is for words)."""


def surnames(found: list[Found]) -> dict[str, Found]:
    """Surname key -> the first mention that names the person in full (two words or more), unknown
    or in the gazetteer: later sentences often name them by surname alone («نورالدینوف گفت»), a
    foreign surname the full name writes in two words by the two run together, and a name of three
    words or more by a rare word inside it (the first part of a two-part surname) as well."""
    out: dict[str, Found] = {}
    for f in found:
        full = f.person.name_fa if f.person else f.meta.get("full", f.written)  # «سینرلی‌اوغلو» joined
        parts = full.split()
        if len(parts) > 1 and len(gz.key(parts[-1])) > 2:
            out.setdefault(gz.key(parts[-1]), f)
        if len(parts) > 2 and kind(parts[-1], gz.load()) == RARE:  # «X Y راس موسن» … «راسموسن»: one surname
            out.setdefault(gz.key(parts[-2] + parts[-1]), f)
        for part in parts[1:-1]:  # «X کاظم‌پور اردبیلی» … «کاظم‌پور»: the first part of a two-part surname
            if len(gz.key(part)) > 3 and kind(part, gz.load()) == RARE:
                out.setdefault(gz.key(part), f)
    return out


def named_in_full(own: list[Scanned], found: list[Found], gaz: gz.Gazetteer) -> None:
    """An unknown surname found alone («آقای X») that the article writes elsewhere after the person's
    given name, where no rule took the name (a title the gazetteer lacks: «Y X، مسئول …»): the full
    name is the person's (`meta["full"]`, which `surnames` then lends to the surname's other mentions);
    a surname some rule found in a full name already is left to `surname_mentions`.
    The words before it make a name by `names.name_span`, or are one name word that opens a clause,
    the pair set off by a comma after it (`_apposed_pair`: a given name hazm knows as a word), but not
    the article's first word: a stored excerpt may open on the tail of a cut word («…لری X، …»), as
    it may end on a cut one (`Scanned.cut`). The words before it never reach into an honorific, the
    tail of one written apart included («حجت‌الاسلام والمسلمین X»: «والمسلمین» is a rare word)."""
    alone: dict[str, list[Found]] = {}
    for f in found:
        if f.person is None and f.written and "full" not in f.meta and len(tokens(f.written)) == 1:
            alone.setdefault(gz.key(f.written), []).append(f)
    for k in surnames(found):  # a full name found by the sentence's rules: `surname_mentions`' work
        alone.pop(k, None)
    for i, sentence in enumerate(own if alone else ()):
        text, toks = sentence.text, tokens(sentence.text)
        for j, word in enumerate(toks[1:], start=1):
            bearers = alone.get(gz.key(word.text))
            if not bearers:
                continue
            span = name_span(text, word.end, -1, honorific_spans(sentence), gaz)  # no name runs over one
            if span and span.start < word.start and span.end == word.end:
                full = text[span.start : span.end]
            elif (i, j) != (0, 1) and _apposed_pair(text, toks[j - 1], word, gaz):
                full = text[toks[j - 1].start : word.end]
            else:
                continue
            for f in alone.pop(gz.key(word.text)):
                f.meta["full"] = joined_pieces(full)


def _apposed_pair(text: str, before: Word, word: Word, gaz: gz.Gazetteer) -> bool:
    """Whether `before` and `word` stand as a name of two words set off as a clause's subject: a name
    word (no title's) opening the clause right before `word`, a comma right after it («، Y X، …»)."""
    return (
        kind(before.text, gaz) in (GIVEN, COMMON, RARE)
        and gz.key(before.text) not in gaz.title_words
        and text[before.end : word.start].isspace()
        and bool(CLAUSE_OPENS.search(text, 0, before.start))
        and text[word.end :].lstrip().startswith(("،", ","))
    )


def titled_surnames(
    own: list[Scanned], gaz: gz.Gazetteer, org: gz.Entry | None, day: dt.date | None
) -> dict[str, Found]:
    """Surname key -> a gazetteer person who held, on `day`, a title the article writes anywhere
    («وزیر خارجه ایران» in the headline, «ظریف» in the body): their surname alone is them, though a
    common word. A title written with no state is read as one of OUR_STATES' («کشورمان» says so),
    and then, «کشورمان» apart, only a surname that opens a sentence counts (`meta["lead_only"]`:
    «روحانی در فرودگاه …», «عارف افزود»), since a common word elsewhere is more likely the word. A
    surname two such people share is left out. With no date, the people whose usual title
    (people.csv) it is stand in for the holders, and only a surname that opens a sentence counts."""
    out: dict[str, Found] = {}
    shared: set[str] = set()
    for role_id, states, stated in _titles(own, org):
        for person in _holders(role_id, states, gaz, day):
            for k in gaz.surnames_of.get(person.id, ()):
                if k in out and out[k].person != person:
                    shared.add(k)
                elif k not in out or (stated and day and out[k].meta["lead_only"]):
                    out[k] = Found(Span(0, 0), person.name_fa, person, meta={"lead_only": not (stated and day)})
    return {k: f for k, f in out.items() if k not in shared}


def _holders(role_id: str, states: tuple[str, ...], gaz: gz.Gazetteer, day: dt.date | None) -> list[gz.Entry]:
    """Who held the title of one of `states` on `day` (offices.csv), or, with no day, whose usual
    title in people.csv it is."""
    if day is None:
        return [p for p in gaz.people.values() if p.role_id == role_id and p.affiliation in states]
    return [gaz.people[p] for code in states for p in offices.load().holders(role_id, code, day)]


def _titles(own: list[Scanned], org: gz.Entry | None) -> set[tuple[str, tuple[str, ...], bool]]:
    """The singular titles an article writes: (role id, the states it may be of, whether the text
    says which: a state written after it or «کشورمان»)."""
    titles = set()
    for sentence in own:
        for role in (m for m in sentence.mentions if m.kind == "role" and not m.entry.plural):
            state = affiliation_after(sentence, role, org)[0]
            ours = OURS.match(sentence.folded_from(role.end)) is not None
            titles.add((role.entry.id, (state.id,) if state else tuple(sorted(OUR_STATES)), bool(state) or ours))
    return titles


def _compound(word: str, following: Sequence[tuple[int, int, str]]) -> bool:
    """Whether `word` and the word after it are one common word written apart («غنی سازی»)."""
    return bool(following) and lexicon()[1].get(gz.key(word + following[0][2]), 0) >= RARE_WORD


def surname_mentions(sentence: Scanned, found: list[Found], names: dict[str, Found]) -> list[Found]:
    """Surname-only mentions of people named in full elsewhere, outside the spans already taken;
    an unknown surname already found alone («آقای جلالی», «دکتر نورالدینوف»), or one the gazetteer
    gave to a namesake by the surname alone, becomes the person the article names in full; so does a
    gazetteer spelling of one word when the article's full name by it is unknown (a spelling the
    gazetteer lacks: «X Y راس موسن» … «راسموسن»)."""
    for f in found:
        respelled = _respelling(f, names) if f.person is None else None
        if respelled is not None:
            f.person, f.meta["full"] = respelled.person, respelled.meta.get("full", respelled.written).strip()
    compact = SEPARATORS.sub("", sentence.folded)  # a surname key: folded, no ZWNJ or space («سینرلی اوغلو»)
    if not any(k in compact for k in names):  # a cheap first test (a pattern per article cost more to compile)
        return []
    for f in found:
        alone = len(tokens(f.written)) == 1
        first = names.get(gz.key(f.written)) if alone else None
        # a gazetteer surname alone is the unknown person the article names in full by it («X Y راسموسن»)
        spelled = f.person is None or f.meta.get("by_surname") or (first is not None and first.person is None)
        if first is not None and first is not f and spelled:
            f.person, f.meta["full"] = first.person, first.meta.get("full", first.written).strip()
    taken = [Span(m.start, m.end) for m in sentence.mentions] + [f.span for f in found]
    new = []
    tokens_ = tokens(sentence.text)  # a surname piece written apart is part of its word («سینرلی اوغلو»)
    for i, (start, end, word) in enumerate(tokens_):
        first = names.get(gz.key(word))
        if first and ((first.meta.get("lead_only") and i > 0) or _compound(word, tokens_[i + 1 : i + 2])):
            continue  # a title's lone surname only opens a sentence, and is no piece of a common word
        if (
            first
            and not any(s.start < end and start < s.end for s in taken)
            and not named_place(sentence.text, Span(start, end))
        ):
            new.append(
                Found(
                    Span(start, end),
                    word,
                    person=first.person,
                    meta={"full": first.meta.get("full", first.written).strip()},
                )
            )
    return new


def as_written(forms: Sequence[str], canonical: str | None, compact: str) -> str:
    """The name a person's row reports: the fullest of the forms the article writes of them (most
    words, then holding most of the others: «سیدX Y» over «X Y», but not with an honorific glued on,
    «ملاX Y»; two respellings, the first), pieces
    written apart joined (`joined_pieces`). The gazetteer's spelling (`canonical`) counts when the
    article holds it (`compact`: its text folded, no space or ZWNJ), a lost space apart
    («…جمهورX Y Z»); a spelling it does not hold never does («X آشتیانی» written is not «X Y
    آشتیانی»; README: `name_fa` is the fullest form the text gives), and a surname written alone
    stays alone."""
    held = [canonical] if canonical and SEPARATORS.sub("", gz.fold(canonical)) in compact else []
    named = [*held, *(f.strip() for f in forms if f.strip())]
    keys = {gz.key(f) for f in named}
    return joined_pieces(max(named, key=lambda f: (len(f.split()), _holds(f, keys, f in held)), default=""))


def _holds(name: str, keys: set[str], own: bool) -> int:
    """How many of the keys the name's key holds; none when an honorific is glued onto its first
    word, unless it is the person's `own` spelling («امیرخان»)."""
    first = gz.key(name.split()[0])
    if not own and _glued_honorific(first):
        return 0
    return sum(k in gz.key(name) for k in keys)


def _glued_honorific(first: str) -> bool:
    """Whether the key `first` opens with an honorific (HONORIFIC_WORDS) followed by more than two
    letters. Each prefix short enough is looked up in the set, a handful of look-ups, instead of
    asking each of the ~790 honorifics whether the word starts with it: as_written asks it of every
    form of every person found (P3)."""
    return any(first[:i] in HONORIFIC_WORDS for i in range(len(first) - 2))


def compact(texts: Iterable[str]) -> str:
    """Texts folded and run together with no space or ZWNJ, for `as_written`'s look-up."""
    return SEPARATORS.sub("", gz.fold(" ".join(texts)))


LONG_VOWELS = "یوا"
"""Letters a Persian spelling of a foreign name may write or leave out («سینرلی»/«سینیرلی»,
«پتروف»/«پتراوف»)."""


PROTHETIC = "ا"
"""The vowel letter Persian writes before a foreign word's opening consonant cluster («اسمیت»)."""


def _respelling(f: Found, names: dict[str, Found]) -> Found | None:
    """The person named in full elsewhere whom `f`, an unknown name of two words or more, respells:
    the same given name, and a rare surname (helpers.extract.names.kind) one long vowel letter
    longer or shorter («فریدون سینرلی‌اوغلو» … «فریدون سینیرلی اوغلو»; a gazetteer person by their
    gazetteer name, though written by surname alone; any one letter, a typing slip, when the gazetteer
    vouches for the other spelling: «مایک پمپیو» … «مایک پمیو») or with a long vowel letter
    swapped with its neighbour, a typing slip («حسن روحانی» … «حسن روحاین»). Persian surnames of
    common words that differ so are other people («کریمی», «کرمی»)."""
    parts = f.meta.get("full", f.written).split()
    if len(parts) < 2 or kind(parts[-1], gz.load()) != RARE:
        return None
    first, last = gz.key(parts[0]), gz.key(parts[-1])
    for k, other in names.items():  # in the article's order: only a spelling written before
        if k == last:
            break
        theirs = (other.person.name_fa if other.person else other.meta.get("full", other.written)).split()
        slip = _slip(k, last) or (other.person is not None and _one_letter_apart(k, last))
        if gz.key(theirs[0]) == first and slip:
            return other
    return None


def _slip(a: str, b: str) -> bool:
    """Whether two keys are one spelling with a slip: a long vowel letter written or left out, or
    swapped with its neighbour."""
    return _one_vowel_apart(a, b) or _vowel_swapped(a, b)


def _one_vowel_apart(a: str, b: str) -> bool:
    """Whether two keys differ by one long vowel letter written in one and not the other; first only
    as the «ا» Persian puts before a foreign name's opening cluster of consonants, written or left out
    («استولتنبرگ»/«ستولتنبرگ»)."""
    long, dropped = _dropped_letters(a, b)
    return any(long[i] == PROTHETIC if i == 0 else long[i] in LONG_VOWELS for i in dropped)


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two keys of four letters or more differ by one letter written in one and not the other."""
    return bool(_dropped_letters(a, b)[1])


def _dropped_letters(a: str, b: str) -> tuple[str, list[int]]:
    """The longer of two keys and each place where leaving out its letter gives the shorter (none unless
    they differ by one letter and the shorter has four or more)."""
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1 or len(short) < 4:
        return long, []
    return long, [i for i in range(len(long)) if long[:i] + long[i + 1 :] == short]


def _vowel_swapped(a: str, b: str) -> bool:
    """Whether two keys differ only by two neighbouring letters swapped, one a long vowel letter."""
    if len(a) != len(b) or len(a) < 4:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) != 2 or diff[1] != diff[0] + 1:
        return False
    i = diff[0]
    return a[i] == b[i + 1] and a[i + 1] == b[i] and bool({a[i], a[i + 1]} & set(LONG_VOWELS))


def fuller_names(names: Iterable[tuple[str, str, str | None]]) -> dict[str, str]:
    """Name key -> the key of the one fuller name of the article whose words it runs inside, for
    the names (`names`: the row's key, the name as written and its gazetteer person's English name,
    if any) a page writes in part after writing them in full: the surname alone («احمدی» of «ارشاد
    احمدی», though the gazetteer has someone else of that surname), a two-word surname («طیب نیا»
    of «علی طیب نیا»), the given name of an Arab or Burmese name («صباح» of «صباح الاحمد الصباح»), an
    East Asian name without a syllable or an initial («جی شنکر» of «اس جی شنکر»), a two-word surname with
    a slip in one word («اشتان مایر» of «فرانک والتر اشتاین مایر»: `_runs_inside`). Not a name after a
    joiner («سلمان» of «محمد بن سلمان» is the father), not a part two fuller names hold, not two
    gazetteer people."""
    read: dict[str, tuple[list[list[str]], str | None]] = {}
    for k, written, en in sorted(names, key=lambda n: (n[0], n[1], n[2] or "")):  # every form a key is written in
        read.setdefault(k, ([], en))[0].append([gz.key(w) for w in written.split()])
    out: dict[str, str] = {}
    for k, (forms, en) in read.items():
        part = max(forms, key=len)  # the fullest form of the name: a shorter one may run inside a namesake's
        holders = [
            full
            for full, (wholes, whole_en) in read.items()
            if full != k
            and not (en and whole_en)
            and any(len(whole) > len(part) and _runs_inside(part, whole) for whole in wholes)
        ]
        if len(holders) == 1:
            out[k] = holders[0]
    return out


def _runs_inside(part: list[str], whole: list[str]) -> bool:
    """Whether the words `part` stand together in `whole`, not right after a joiner of Arabic names; a
    part of two words or more may hold a word with a slip (`_slip`) beside one written alike
    («اشتان مایر» of «فرانک والتر اشتاین مایر»)."""
    return any(
        _same_words(part, whole[i : i + len(part)]) and (i == 0 or whole[i - 1] not in FILIAL)
        for i in range(len(whole) - len(part) + 1)
    )


def _same_words(part: list[str], run: list[str]) -> bool:
    """Whether `run` is `part`, or, `part` being two words or more, the same but for slips in some
    words (`_slip`) while one at least is written alike."""
    if part == run:
        return True
    alike = [a == b for a, b in zip(part, run, strict=True)]
    return (
        len(part) > 1 and any(alike) and all(same or _slip(a, b) for a, b, same in zip(part, run, alike, strict=True))
    )
