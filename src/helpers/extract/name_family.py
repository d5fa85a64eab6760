"""East Asian names written family name first («وانگ ون بین», «ری یونگ هو», «لو جی وی»): a family name
of the gazetteer's East Asian list (given_names.csv, read as `Gazetteer.family_first`) followed by one
or two syllables, next to a title. The syllables are often Persian function words or pronouns in their
Persian spelling («وی», «بین», «ما»), which `names.kind` reads as no name's words, so the run that
grows a name from a title stops at them; this reading takes them as syllables where a family name
opens the run. helpers.extract.people tries it before `names.name_span` on either side of a title."""

from __future__ import annotations

from helpers.extract.mentions import Span, only_separators
from helpers.extract.name_lexicon import lexicon
from helpers.extract.names import COMMON, GIVEN, PARTICLE, RARE, Word, kind, tokens
from helpers.text import gazetteer as gz

FUNCTION = frozenset(
    gz.key(w)
    for w in ("و", "در", "به", "از", "با", "را", "که", "این", "آن", "تا", "بر", "هم", "نیز", "یا", "اما", "پس", "چه")
)
"""Prepositions, conjunctions and demonstratives: never a syllable of a name, however short."""
SHORT = 4
"""The letters of a syllable that is a common word or a stopword («جی», «مین», «وی», «بین»)."""


def family_run(text: str, edge: int, direction: int, taken: list[Span], gaz: gz.Gazetteer) -> Span | None:
    """The East Asian name of up to three words written right before (−1) or after (+1) `edge`, a comma
    allowed at the edge: the longest run of syllables opened by a family name; a family name alone
    only before the title and of three letters or more («ژانگ معاون …»)."""
    toks = tokens(text)
    seq = (
        [t for t in reversed(toks) if t.end <= edge][:3] if direction < 0 else [t for t in toks if t.start >= edge][:3]
    )
    run: list[Word] = []
    cursor = edge
    for word in seq:
        gap = text[word.end : cursor] if direction < 0 else text[cursor : word.start]
        if not only_separators(gap, allow_comma=not run) or any(
            s.start < word.end and word.start < s.end for s in taken
        ):
            break
        if not (gz.key(word.text) in gaz.family_first or _syllable(word.text, gaz)):
            break
        run.append(word)
        cursor = word.start if direction < 0 else word.end
    ordered = sorted(run, key=lambda w: w.start)
    for n in range(len(ordered), 0, -1):
        words = ordered[-n:] if direction < 0 else ordered[:n]
        first = gz.key(words[0].text)
        if first in gaz.family_first and (n > 1 or (direction < 0 and len(first) > 2)):
            return Span(words[0].start, words[-1].end)
    return None


def _syllable(word: str, gaz: gz.Gazetteer) -> bool:
    """A syllable of an East Asian given name: a word of a name's kind that is no title's word (a common
    one short), or a short stopword that is no preposition, conjunction or demonstrative («وی», «بین»)."""
    k = gz.key(word)
    what = kind(word, gaz)
    if what is None:
        return len(k) <= SHORT and k in lexicon().stop and k not in FUNCTION
    named = what in (RARE, GIVEN, PARTICLE) or (what == COMMON and len(k) <= SHORT)
    return named and k not in gaz.title_words
