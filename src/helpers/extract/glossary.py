"""English titles of documents, word by word from data/raw/gazetteer/documents_glossary.csv; a
title with a word the glossary does not cover gets no English title."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from helpers.dates.words import number_value
from helpers.extract.document_cues import QUANTITY_RE as QUANTITY
from helpers.extract.mentions import words
from helpers.text import gazetteer as gz

SUFFIXES = ("های", "ها", "ای", "ی")  # plural and indefinite endings a glossary term may carry


class Glossary(NamedTuple):
    """Glossary term key → English, and every beginning of a key (with or without a plural or
    indefinite ending): a phrase whose key is no such beginning cannot grow into a term."""

    terms: dict[str, str]
    beginnings: frozenset[str]


@lru_cache(maxsize=4)
def glossary(gaz: gz.Gazetteer) -> Glossary:
    """The glossary of a loaded gazetteer, built once."""
    terms = {gz.key("".join(w for _, _, w in words(r.term_fa))): r.term_en for r in gaz.glossary.itertuples()}
    keys = [k + x for k in terms for x in ("", *SUFFIXES)]
    return Glossary(terms, frozenset(k[:n] for k in keys for n in range(len(k) + 1)))


def _quantity(word: str) -> bool:
    """A number word with no number before a counted noun («چندین», «ده‌ها»): the noun is plural in English."""
    return bool(QUANTITY.fullmatch(gz.fold(word)))


def english(title: str, glossary: Glossary) -> str | None:
    """Render a title word by word (longest glossary phrase first); None if a word is not covered."""
    terms = glossary.terms
    toks = [w for _, _, w in words(title)]
    out: list[str] = []
    i = 0
    while i < len(toks):
        # Keys of joined words are the joined keys: stop lengthening the phrase once its key
        # begins no term, then try the phrases from the longest down.
        end, k = i, ""
        while end < len(toks) and (k := k + gz.key(toks[end])) in glossary.beginnings:
            end += 1
        for j in range(end, i, -1):
            k = gz.key("".join(toks[i:j]))
            hit = terms.get(k) or next(
                (terms[k[: -len(x)]] for x in SUFFIXES if k.endswith(x) and k[: -len(x)] in terms), None
            )
            if hit:
                counted = bool(out) and (out[-1].isdigit() and int(out[-1]) > 1 or _quantity(toks[i - 1]))
                out.append(hit + "s" if counted and not hit.endswith("s") else hit)  # «۱۲ سند», «چندین سند»
                i = j
                break
        else:
            number = number_value(toks[i])  # digits in any script, or a number word («سه» → 3)
            if number is None:
                return None
            out.append(str(number))
            i += 1
    return " ".join(out)
