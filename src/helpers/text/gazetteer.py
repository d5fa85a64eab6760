"""Load and index the gazetteer (`data/raw/gazetteer/`) and find its entries in Persian text.

Persian press spellings of one name differ in ways that are not real differences: Arabic ي/ك vs
Persian ی/ک, hamza seats (رئیس/رییس, رؤسا/روسا), آ vs ا, diacritics, and — most often — whether a
compound is written with a ZWNJ, a space or nothing (رئیس‌جمهور / رئیس جمهور / رئیسجمهور). Matching
therefore runs on a *folded* copy of the text, and every variant becomes a pattern that allows an
optional space/ZWNJ between any two of its letters; positions are mapped back so callers get the
span as written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers import chars, paths
from helpers.dates.literals import trie_pattern

_DROPPED = chars.DIACRITICS | {chars.TATWEEL}
"""Characters the name fold deletes."""
_DECIMAL_SIGN = {"\u066b": "."}
"""«٫»: hazm's normalizer writes it for the dot between digits («04.07.2025» → «۰۴٫۰۷٫۲۰۲۵»)."""
_SEPARATORS = {chars.NBSP: " ", "\u200e": "\u200c", "\u200f": "\u200c"}
"""A no-break space is a space and the invisible direction marks (LRM, RLM) are a ZWNJ, so patterns allow
only those two between letters."""
_FOLD_NAME = chars.replacer(
    dict.fromkeys(_DROPPED, "")
    | chars.LETTER_FORMS
    | chars.PASHTO_LETTERS
    | chars.NAME_VARIANTS
    | chars.PASHTO_FORMS
    | chars.ASCII_DIGITS
    | _DECIMAL_SIGN
    | _SEPARATORS
)
_SEP = " \u200c"
_NO_SEP = str.maketrans("", "", _SEP)
SEP_RE = f"[{_SEP}]?"
"""Optional separator allowed between any two letters of a pattern: the fold has already made every
other separator a space or a ZWNJ, and a two-character class keeps the big combined pattern quick to
compile (about 0.3 s instead of 1 s; P1, where ingest compiles it in the first notebook)."""

KINDS = ("person", "country", "org", "role")
_COLUMNS = {
    "people.csv": ["person_id", "name_fa", "variant", "name_en", "affiliation", "role_id", "source", "full_name_only"],
    "countries.csv": ["iso3", "name_fa", "variant", "name_en", "source"],
    "organizations.csv": ["org_id", "name_fa", "variant", "name_en", "source"],
    "roles.csv": ["role_id", "role_fa", "variant", "role_en", "plural", "organizational", "source"],
    "documents_glossary.csv": ["term_fa", "term_en", "source"],
    "given_names.csv": ["name_fa", "source"],
}


def fold(text: str) -> str:
    """The fold for finding names: one spelling for Arabic/Persian letter and hamza variants and for
    the Pashto letters a page keeps (chars.PASHTO_FORMS: «ګل» and «گل» one key), no
    diacritics or tatweel, ASCII digits and dot. One character for one or for none, so positions map back."""
    return _FOLD_NAME(text)


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """The key two spellings of a name compare equal by: folded, with every space and ZWNJ removed
    (cached: extraction keys the same words again and again)."""
    return fold(text).translate(_NO_SEP)


_DROPPED_RE = re.compile("[" + "".join(sorted(_DROPPED)) + "]")


def folded_with_index(text: str) -> tuple[str, Sequence[int]]:
    """Fold `text` and return, for each folded character, its index in the original text.

    Folding maps every character to one character or deletes it (_DROPPED), so the index is the
    positions of the characters kept; news text rarely holds a dropped character, and then the
    index is the identity (a range, not a tuple built character by character)."""
    if _DROPPED_RE.search(text) is None:
        return fold(text), range(len(text))
    return fold(text), tuple(i for i, ch in enumerate(text) if ch not in _DROPPED)


FAMILY_NAME_FIRST = frozenset({"CHN", "KOR", "PRK"})
"""States whose people's names start with the family name (Xi Jinping is «شی» alone)."""
FAMILY_FIRST_NOTE = "East Asian family names written first"
"""The note given_names.csv's source column gives the East Asian family names (`Gazetteer.family_first`)."""
RUSSIAN_ENDINGS = (
    (re.compile(r"(?:ov|ow|off?)$"), re.compile(r"(?:اوف|وف|اف)$"), ("وف", "اف", "اوف")),
    (re.compile(r"(?:ev|yev)$"), re.compile(r"(?:یوف|یف)$"), ("یف", "یوف")),
)
"""Persian spellings of the Russian surname endings -ov (Lavrov: «لاوروف», «لاوراف», «لاوراوف») and
-ev/-yev (Nazarbayev: «نظربایف», «نظربایوف»): (English ending, Persian ending, its spellings)."""


def ending_variants(variant: str, name_en: str) -> list[str]:
    """The other Persian spellings of the Russian ending of `variant`'s last word, when the English
    name has that ending («جباراف» → «جباروف», «جباراوف»): the press writes them all, so a person
    needs only one of them listed."""
    last = name_en.split()[-1].lower() if name_en.strip() else ""
    for english, persian, spellings in RUSSIAN_ENDINGS:
        found = persian.search(variant)
        if english.search(last) and found and len(variant[: found.start()].split()[-1]) > 1:
            return [variant[: found.start()] + e for e in spellings if e != found.group()]
    return []


@dataclass(frozen=True)
class Entry:
    """One gazetteer entity (all its variants share it)."""

    kind: str  # one of KINDS
    id: str
    name_fa: str
    name_en: str | None
    affiliation: str | None = None  # person: ISO3 or org id
    role_id: str | None = None  # person: usual role
    plural: bool = False  # role: plural form (رؤسای جمهور)
    organizational: bool = False  # role: holder represents an organization


@dataclass(frozen=True)
class Mention:
    """An entry found in a text: character span in the original string and the text as written."""

    entry: Entry
    start: int
    end: int
    written: str

    @property
    def kind(self) -> str:
        return self.entry.kind


EZAFE_AFTER_HEH = r"(?:(?<=ه)(?:\u200c?ی|ء))?"
"""The ezafe written onto a final «ه» («گزارشگر ویژه‌ی …», «ویژهی» with its ZWNJ lost, the older «ویژهء»):
an entry ending in «ه» still ends there; the mention takes the ezafe in."""


class Matcher:
    """Find many variants in text at once, longest variant first, on word boundaries."""

    def __init__(self, variants: dict[str, Entry]):
        self._by_key = {key(v): e for v, e in variants.items() if key(v)}
        body = trie_pattern(self._by_key, SEP_RE) or r"(?!x)x"
        self._re = re.compile(rf"(?<!\w)(?P<name>{body}){EZAFE_AFTER_HEH}(?!\w)")

    def find(self, text: str) -> list[Mention]:
        return self.find_folded(text, *folded_with_index(text))

    def find_folded(self, text: str, folded: str, index: Sequence[int]) -> list[Mention]:
        """One pass of the combined pattern over `text` already folded (`folded_with_index`):
        extraction folds each sentence once and shares it with its cue searches."""
        found = []
        for m in self._re.finditer(folded):
            entry = self._by_key.get(key(m.group("name")))
            if entry is None or m.start() == m.end():
                continue
            start, end = index[m.start()], index[m.end() - 1] + 1
            found.append(Mention(entry, start, end, text[start:end]))
        return found


def read_table(folder: Path, name: str) -> pd.DataFrame:
    """One gazetteer CSV, refused with a one-line error naming the file when it is missing, lacks a
    column of its contract or has a row without a source."""
    path = folder / name
    if not path.exists():
        raise FileNotFoundError(f"{path}: gazetteer file missing")
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in _COLUMNS[name] if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: missing columns {missing}")
    empty = df[df["source"].str.strip() == ""]
    if len(empty):
        raise ValueError(f"{path}: row {empty.index[0] + 2} has no source")
    return df


def _plain(table: pd.DataFrame) -> pd.DataFrame:
    """A table read for building the indexes, its text columns as Python strings (object dtype): the
    build walks every row several times, and pandas walks its Arrow-backed text columns value by
    value, half of building the gazetteer without its matcher (0.28-0.32 s → 0.14-0.17 s). The
    values are the same strings."""
    return table.astype(object)


def _flag(value: str) -> bool:
    return value.strip().lower() in {"true", "1", "yes"}


def _full_name_only(people: pd.DataFrame, path: Path) -> frozenset[str]:
    """The people found by their full spellings only (people.csv's `full_name_only`): their surname or
    given name alone is a common word («وی» he of «وی فنگ‌خه», «سلام» of «نواف سلام», «زمان» time), so
    neither is indexed as a name part. Every row of a person must say the same."""
    flagged = people.groupby("person_id")["full_name_only"].agg(lambda v: {_flag(x) for x in v})
    mixed = [pid for pid, values in flagged.items() if len(values) > 1]
    if mixed:
        raise ValueError(f"{path}: the rows of '{mixed[0]}' disagree on full_name_only")
    return frozenset(pid for pid, values in flagged.items() if True in values)


class Gazetteer:
    """The loaded gazetteer: entity lookups by id and one combined matcher over all kinds."""

    def __init__(self, folder: Path):
        self.folder = folder
        people = _plain(read_table(folder, "people.csv"))
        self.full_name_only = _full_name_only(people, folder / "people.csv")
        """Person ids whose surname and given name are not indexed alone (`_full_name_only`)."""
        countries = _plain(read_table(folder, "countries.csv"))
        orgs = _plain(read_table(folder, "organizations.csv"))
        roles = _plain(read_table(folder, "roles.csv"))
        self.glossary = read_table(folder, "documents_glossary.csv")
        self.title_words = frozenset(
            key(w) for t in (roles, orgs, countries) for v in t["variant"] for w in v.split() if len(key(w)) > 2
        )
        """Words of role titles and of state and organization names: their adjectives in -ی are no names."""
        self.role_heads = frozenset(key(v.split()[0]) for v in roles["variant"] if v.split())
        """The first word of each role title («رئیس», «وزیر», «عضو»): the title's head noun."""
        given = _plain(read_table(folder, "given_names.csv"))
        listed = frozenset(key(n) for n in given["name_fa"])
        self.given_names = listed | self._first_names(people)
        """given_names.csv, and the first words of the people's spellings («سهیل» of «سهیل محمود»)."""
        self.family_first = frozenset(
            key(n) for n, s in zip(given["name_fa"], given["source"], strict=True) if FAMILY_FIRST_NOTE in s
        )
        """East Asian family names, which open a name (helpers.extract.name_family)."""
        self.countries = {r.iso3: Entry("country", r.iso3, r.name_fa, r.name_en) for r in countries.itertuples()}
        self.orgs = {r.org_id: Entry("org", r.org_id, r.name_fa, r.name_en) for r in orgs.itertuples()}
        self.people = {
            r.person_id: Entry("person", r.person_id, r.name_fa, r.name_en, r.affiliation or None, r.role_id or None)
            for r in people.itertuples()
        }
        self.spellings: dict[str, tuple[str, ...]] = {}
        """Person id -> the keys of all their spellings."""
        for r in people.itertuples():
            self.spellings[r.person_id] = (*self.spellings.get(r.person_id, ()), key(r.variant))
        self.surnames: dict[str, tuple[Entry, ...]] = {}
        """Surname (last word, or first where the family name comes first) of each person's spellings of
        two words or more -> the people."""
        for r in people.itertuples():
            self._add_surname(r.variant, self.people[r.person_id])
        self.roles: dict[str, Entry] = {}
        variants: dict[str, Entry] = {}
        for r in roles.itertuples():
            entry = Entry(
                "role", r.role_id, r.role_fa, r.role_en, plural=_flag(r.plural), organizational=_flag(r.organizational)
            )
            if not entry.plural:
                self.roles.setdefault(r.role_id, entry)
            variants[r.variant] = entry
            head, _, body = r.variant.partition(" ")
            if body:  # «عضو این کمیسیون», «رئیس این هیئت»: the body named before, pointed back to
                variants.setdefault(f"{head} این {body}", entry)
        for r in countries.itertuples():
            variants[r.variant] = self.countries[r.iso3]
        for r in orgs.itertuples():
            variants[r.variant] = self.orgs[r.org_id]
        for r in people.itertuples():
            variants[r.variant] = self.people[r.person_id]
        self._add_ending_variants(people, variants)
        self.surnames_of = self._surnames_by_person()
        """Person id -> their surname keys (`surnames` the other way round)."""
        self._matcher = Matcher(variants)

    def _surnames_by_person(self) -> dict[str, tuple[str, ...]]:
        """`surnames` turned round in one pass over it: each person's surname keys in `surnames`' order,
        every person of `people` present (none: an empty tuple). Asking of every person which
        surnames hold them compared ~3,000 people with every surname's entries, millions of
        dataclass comparisons: ~3 s of each build (P1). The entries in `surnames` are the ones in
        `people` (`_add_surname` is given them), so a person's id finds them."""
        found: dict[str, tuple[str, ...]] = dict.fromkeys(self.people, ())
        for k, persons in self.surnames.items():
            for person in persons:
                found[person.id] += (k,)
        return found

    def _first_names(self, people: pd.DataFrame) -> frozenset[str]:
        """The given names the people's spellings of two words or more open with: a word the
        gazetteer has as a name is one, though a common word («چنگیز», «سهیل», «خیرات»). Not where
        the family name comes first (FAMILY_NAME_FIRST), nor a word the person's canonical name has
        after its first (a two-word surname spelled alone: «هاشمی» of «هاشمی رفسنجانی»), nor a word
        of a title or an entity's name («سلطان», «شیخ»: `title_words`), nor a word of two letters,
        nor the given name of a person listed by the full name only («سلام» of «سلام فیاض»)."""
        names: set[str] = set()
        for r in people.itertuples():
            if r.person_id in self.full_name_only:
                continue
            first, canonical = key(r.variant.split()[0]), [key(w) for w in r.name_fa.split()]
            if len(r.variant.split()) > 1 and r.affiliation not in FAMILY_NAME_FIRST and first not in canonical[1:]:
                names.add(first)
        return frozenset(k for k in names if len(k) > 2 and k not in self.title_words)

    def _add_ending_variants(self, people: pd.DataFrame, variants: dict[str, Entry]) -> None:
        """Each person's other spellings of a Russian ending (`ending_variants`), unless the key is
        already a spelling or two people's spellings would make it."""
        made: dict[str, tuple[str, Entry]] = {}
        clash = {key(v) for v in variants}
        for r in people.itertuples():
            for other in ending_variants(r.variant, r.name_en):
                k, person = key(other), self.people[r.person_id]
                if k in made and made[k][1] != person:
                    clash.add(k)
                made.setdefault(k, (other, person))
        for k, (other, person) in made.items():
            if k not in clash:
                variants[other] = person
                self._add_surname(other, person)

    def _add_surname(self, variant: str, person: Entry) -> None:
        """Index `variant`'s last word as `person`'s surname, and its first word too where the
        family name comes first (FAMILY_NAME_FIRST: «شی» of «شی جین‌پینگ»); none for a person listed by
        the full name only."""
        parts = variant.split()
        if len(parts) < 2 or person.id in self.full_name_only:
            return
        ends = [parts[-1], parts[0]] if person.affiliation in FAMILY_NAME_FIRST else [parts[-1]]
        for k in (key(p) for p in ends):
            if person not in self.surnames.get(k, ()):
                self.surnames[k] = (*self.surnames.get(k, ()), person)

    def find(self, text: str) -> list[Mention]:
        """All non-overlapping mentions in `text`, in reading order (longest match wins)."""
        return self._matcher.find(text)

    def find_folded(self, text: str, folded: str, index: Sequence[int]) -> list[Mention]:
        """`find` for a text already folded with `folded_with_index`."""
        return self._matcher.find_folded(text, folded, index)

    def affiliation(self, code: str | None) -> Entry | None:
        """The country or organization entry for an ISO3 code or org id."""
        if not code:
            return None
        return self.countries.get(code) or self.orgs.get(code)


def states(folder: str | Path | None = None) -> pd.DataFrame:
    """One row per state of countries.csv: iso3, name_fa (canonical), name_en. For a label that needs a
    state's name only: `load` also builds the matcher over every spelling, which takes over a second."""
    table = read_table(Path(folder or paths.GAZETTEER), "countries.csv")
    return table.drop_duplicates("iso3")[["iso3", "name_fa", "name_en"]].reset_index(drop=True)


@lru_cache(maxsize=4)
def load(folder: str | Path | None = None) -> Gazetteer:
    """Load (once per process) the gazetteer from `folder` (default helpers.paths.GAZETTEER).

    Remembered twice: by the argument as given, so the many `load()` calls of extraction cost a
    dictionary look-up, and by the folder it names (`_built`), so every way of naming one folder
    shares one build. `load()` and offices' `load(paths.GAZETTEER)` were two entries of one
    cache, each with a build of its own: seconds each (mostly compiling the matcher), and the
    suite's kernel paid both, in notebooks 01 and 03 (P1)."""
    return _built(Path(folder or paths.GAZETTEER).resolve())


@lru_cache(maxsize=4)
def _built(folder: Path) -> Gazetteer:
    """The gazetteer of one folder, by its resolved path (`load`)."""
    return Gazetteer(folder)
