"""A role title written onto the name before it, its space lost («X Yمدیر سازمان …», «X Yعضو
مجلس …», «X Yوزیرخارجه …»): pages typed without care, or converted from old encodings, drop the
space between a name and the title after it. Read as one rare word, the glued word is taken for the
name's last word and the title is lost. The title's head noun is the first word of a role title of
the gazetteer (roles.csv: «رئیس», «وزیر», «عضو», «مدیر», «سفیر»); the word it is written onto must
be long enough to be a word (three letters) and no function word (`glued_title`), and follow a name
word (`glued_cuts`). The title is found
as a role mention as well (`glued_roles`), which the gazetteer's matcher, bound to word starts, misses."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from helpers.extract.name_lexicon import PREPOSED, RARE_WORD, lexicon, rare
from helpers.text import gazetteer as gz

MIN_PREFIX = 3
"""Letters of the word a title is written onto: «سرمنشی», «بیسرپرست» are words of their own."""


@lru_cache(maxsize=1)
def role_heads() -> frozenset[str]:
    """Keys of the head nouns of the gazetteer's role titles (the first word of each title), of three
    letters or more and no given name («امیر», «سلطان» open names as well as titles)."""
    gaz = gz.load()
    return frozenset(h for h in gaz.role_heads if len(h) >= MIN_PREFIX and h not in gaz.given_names)


def run_on_title(k: str) -> bool:
    """Whether a key is a role title's head with a common word run on after it («وزیرخارجه»,
    «عضومجلس»): a title whose space was lost, never a name word."""
    counts = lexicon().counts
    return any(k.startswith(h) and counts.get(k[len(h) :], 0) >= RARE_WORD for h in role_heads())


@lru_cache(maxsize=65536)  # every word of every scanned sentence is asked (`glued_roles`)
def glued_title(word: str) -> int | None:
    """Where, in a rare word, a role title's head noun starts that was written onto the word before it
    (the title's head alone or followed by a common word run on: «وزیرخارجه»), or None. A word that
    itself opens with a head («رییسجمهور», «نخستوزیر») is a title run together, not a glued one."""
    k = gz.key(word)
    heads = role_heads()
    if not rare(word) or k.startswith(tuple(heads)):
        return None
    lex = lexicon()
    for cut in range(1, len(word)):
        before, after = gz.key(word[:cut]), gz.key(word[cut:])
        if len(before) < MIN_PREFIX or before in lex.stop or before in PREPOSED:
            continue
        for head in heads:
            rest = after[len(head) :]
            if after.startswith(head) and (not rest or lex.counts.get(rest, 0) >= RARE_WORD):
                return cut
    return None


def glued_cuts(found: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int, str, int | None]]:
    """The words `found` (spans and text) each with where a title glued onto it starts (`glued_title`),
    only after a word of a name's kind, a given name or a rare word: a surname follows a name word
    («X Yمدیر …»), while after a function word or a common noun a rare word is most often a common
    one misspelt («را دستاوزیر قرار داد», «دستاویز»), no name a title follows. A head alone at the
    word's end needs its complement after it, a common word or a word of a gazetteer title or entity
    («… مدیر سازمان», «… عضو مشرانو جرگه»): before a rare word it ends a compound given name
    («نورسلطان نظربایف»)."""
    gaz = gz.load()
    found = list(found)
    for i, (start, end, word) in enumerate(found):
        before = found[i - 1][2] if i else None
        named = before is not None and (rare(before) or gz.key(before) in gaz.given_names)
        cut = glued_title(word) if named else None
        after = found[i + 1][2] if i + 1 < len(found) else None
        if cut is not None and gz.key(word[cut:]) in role_heads():
            cut = cut if after is not None and (not rare(after) or gz.key(after) in gaz.title_words) else None
        yield start, end, word, cut


def unglued(found: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """The words `found`, a role title written onto the word before it cut off as a word of its own."""
    for start, end, word, cut in glued_cuts(found):
        if cut is None:
            yield start, end, word
        else:
            yield start, start + cut, word[:cut]
            yield start + cut, end, word[cut:]


def glued_roles(text: str, found: Iterable[tuple[int, int, str]], gaz: gz.Gazetteer) -> list[gz.Mention]:
    """The role titles written onto the word before them among the words `found` of `text` (their
    spans), as mentions of the gazetteer's roles that start where the title's head does."""
    out = []
    for start, _, _, cut in glued_cuts(found):
        if cut is None:
            continue
        pos = start + cut
        role = next((m for m in gaz.find(text[pos:]) if m.start == 0 and m.kind == "role"), None)
        if role is not None:
            out.append(gz.Mention(role.entry, pos, pos + role.end, role.written))
    return out
