"""Whether a document word after «و» starts another document, read off hazm's lexicon
(helpers.extract.document_titles, document_lists and documents ask it before cutting a title there).

A document noun with «ی» is either the noun with its indefinite ending («… و راهبردی برای توسعه»,
and a strategy) or, when the lexicon lists the whole word as an adjective of its own (tag AJ:
«راهبردی» strategic, «قراردادی» contractual), that adjective. After «و», grammar tells them apart:
the adjective is coordinated with another adjective («سند مهم و راهبردی همکاری»), while a new noun
phrase follows a noun («سند همکاری و قراردادی برای …»), a function word (one the lexicon tags a
preposition, postposition, conjunction, pronoun, determiner or number: «در», «را», «که», «این»), a
verb, a clause mark or a digit. (Without «و», «اعضا قراردادی را امضا کردند» is a subject and an
indefinite object: nothing is decided there.)"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers import cache
from helpers.extract import document_cues as cues
from helpers.text import gazetteer as gz

_BEFORE = re.compile(r"(?<![\w\u200c])(?P<word>[^\W\d_][\w\u200c]*)[\s\u200c]+و[\s\u200c]+$")
"""The word before «و» and a position: what the word at the position is coordinated with."""
FUNCTION_TAGS = frozenset({"P", "POSTP", "CONJ", "PRO", "DET", "NUM"})
_VERB = re.compile(cues.VERBS)


@lru_cache(maxsize=1)
@cache.on_disk("hazm", "helpers.text.gazetteer")
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of hazm's words tagged as adjectives (AJ), and of its function words (FUNCTION_TAGS)."""
    from hazm import words_list

    adjectives, function = set(), set()
    for w, _, tags in words_list():
        if "AJ" in tags:
            adjectives.add(gz.key(w))
        if FUNCTION_TAGS.intersection(tags):
            function.add(gz.key(w))
    return frozenset(adjectives), frozenset(function)


def adjective(folded: str, pos: int, end: int) -> bool:
    """The document word folded[pos:end] after «و» is an adjective coordinated with another («سند مهم و
    راهبردی همکاری»): the lexicon lists both words as adjectives, and the one before «و» is no function
    word or verb (like joins like: «سند همکاری و قراردادی …» is a second document)."""
    if not folded.endswith("ی", 0, end):
        return False
    adjectives, function = _lexicon()
    if gz.key(folded[pos:end]) not in adjectives:
        return False
    before = _BEFORE.search(folded, 0, pos)
    if before is None:
        return False
    word = gz.key(before["word"])
    return word in adjectives and word not in function and not _VERB.fullmatch(before["word"])
