"""English titles of documents, word by word from data/raw/gazetteer/documents_glossary.csv; a
title with a word the glossary does not cover gets no English title."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from helpers.dates.words import number_value
from helpers.extract.document_cues import COUNTED_RE
from helpers.extract.mentions import words
from helpers.text import gazetteer as gz

SUFFIXES = ("های", "ها", "ای", "یی", "ی")  # plural and indefinite endings a glossary term may carry


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


def _counted_word(title: str) -> int | None:
    """Index of the counted document word in the title's words («۱۲ سند …», «بیش از ۲۰ سند», «چندین
    سند»: the noun the count makes plural in English), else None."""
    folded = gz.fold(title)
    m = COUNTED_RE.match(folded)
    return len(words(folded[: m.end()])) - 1 if m else None


def english(title: str, glossary: Glossary) -> str | None:
    """Render a title word by word (longest glossary phrase first); None if a word is not covered."""
    terms = glossary.terms
    toks = [w for _, _, w in words(title)]
    counted = _counted_word(title)
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
                plural = i == counted and not hit.endswith("s")
                out.append(hit + "s" if plural else hit)  # «۱۲ سند» → "12 documents"
                i = j
                break
        else:
            number = number_value(toks[i])  # digits in any script, or a number word («سه» → 3)
            if number is None:
                return None
            out.append(str(number))
            i += 1
    return " ".join(out)
