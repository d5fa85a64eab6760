"""No one-word spelling of a person may be found in two common words.

The matcher allows a space between any two letters of a spelling (helpers.text.gazetteer.SEP_RE), which it
needs: the press writes «احمدی‌نژاد» as «احمدی نژاد» and «احمدینژاد». So a one-word spelling that is a
function word glued to a common word is found where those two words stand side by side: «بابیش» (Babiš) in
«با بیش از» (with more than), «رابین» (Rabin) in «را بین». hazm's word list tells the two parts: a
preposition, postposition or conjunction that is nothing else (no noun or pronoun reading), and a word the
project counts as common (name_lexicon.RARE_WORD) or a place. A spelling this test names is removed from
people.csv (the full name stays, and a title before the bare surname still finds the person through the
surname index), not filtered at match time."""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest
from hazm import stopwords_list, words_list

from helpers import paths
from helpers.extract.name_lexicon import RARE_WORD, lexicon, places
from helpers.text import gazetteer as gz

SEPARATORS = " \u200c"
FUNCTION_TAGS = {"P", "POSTP", "CONJ"}
CONTENT_TAGS = {"N", "PRO"}


@cache
def glue_words() -> frozenset[str]:
    """hazm's stopwords it tags only as function words (prepositions, postpositions, conjunctions, and no
    noun or pronoun reading): «با», «از», «را», «تا», «اما», «و», «بی». «بین», «بر», «نه», «او» have a noun
    or pronoun reading and, glued into a name, are no sign of two words."""
    stop = {gz.key(w) for w in stopwords_list()}
    tagged = {gz.key(w) for w, _, tags in words_list() if FUNCTION_TAGS & set(tags) and not CONTENT_TAGS & set(tags)}
    return frozenset(tagged & stop)


def common(k: str) -> bool:
    """A word of two letters or more the project counts as common, or a place («کنیا» of «کنیا تا»)."""
    return len(k) > 1 and (lexicon().counts.get(k, 0) >= RARE_WORD or k in places())


def splits(spelling: str) -> list[tuple[str, str]]:
    """The two words, a function word and a common word in either order, that `spelling` (one word) reads
    as when a space is put inside it; not where the spelling itself has a space or ZWNJ («خطیب‌زاده»)."""
    folded = gz.fold(spelling)
    cuts = {i - n for n, i in enumerate(j for j, ch in enumerate(folded) if ch in SEPARATORS)}
    k, glue = gz.key(spelling), glue_words()
    return [
        (k[:i], k[i:])
        for i in range(1, len(k))
        if i not in cuts and ((k[:i] in glue and common(k[i:])) or (common(k[:i]) and k[i:] in glue))
    ]


@pytest.mark.parametrize(
    ("spelling", "words"),
    [
        ("بابیش", ("با", "بیش")),
        ("رابین", ("را", "بین")),
        ("کنیاتا", ("کنیا", "تا")),
        ("ماهاما", ("ماه", "اما")),
        ("بایرو", ("بایر", "و")),
    ],
)
def test_a_function_word_glued_to_a_common_word_is_found(spelling: str, words: tuple[str, str]) -> None:
    assert (gz.key(words[0]), gz.key(words[1])) in splits(spelling)


@pytest.mark.parametrize("spelling", ["پوتین", "لاوروف", "خطیب‌زاده", "زنگنه", "اردوغان", "توکایف", "بازوم"])
def test_names_that_hold_no_function_word_glued_to_a_word_pass(spelling: str) -> None:
    # «زنگنه»: «نه» has a noun reading (nine); «بازوم»: «زوم» is no common word in hazm's counts
    assert splits(spelling) == []


def test_no_one_word_spelling_reads_as_two_common_words() -> None:
    """Every one-word spelling of people.csv, with the other spellings of its Russian ending the gazetteer
    adds (`gazetteer.ending_variants`)."""
    people = pd.read_csv(paths.GAZETTEER / "people.csv", dtype=str, keep_default_na=False)
    spellings = {
        s: r.person_id for r in people.itertuples() for s in (r.variant, *gz.ending_variants(r.variant, r.name_en))
    }
    found = {f"{p}: {s}": splits(s) for s, p in spellings.items() if len(s.split()) == 1 and splits(s)}
    assert found == {}
