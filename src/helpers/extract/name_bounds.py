"""Where a name the gazetteer does not know ends and where it starts, read by grammar, not by lists
of names (helpers.extract.names grows the name word by word and asks these).

The END: a word of time — a unit of time («روز», «هفته», «سال»), a day counted from today
(«امروز», «فردا»), a weekday, a part of the day («صبح», «شامگاه») — or a number word («بیست»), all
helpers.dates' words, is never a word of a name; nor is a past participle hazm's Lemmatizer reads as a
verb's («گردیده»). A name runs up to such a word and stops there («X Y روز پنجشنبه …», «X Y صبح امروز
…»), and such a word alone is no name. A word that is also a known given name («بهمن», «جمعه») stays
one (names.kind asks for given names first).

The START: a compound given name written apart is one given name: a head before «الدین», «الدوله» or
«الله» (the Arabic construct binds whatever noun heads it: «شجاع الدین», «نصر الله»), a servant's or
father's head («عبد», «غلام», «ابو») before a given name («غلام محمد»), and a name word that is no
common Persian word before «احمد»/«محمد» (the Afghan compounds: «نصیر احمد», «ضیاء محمد»; «سفر محمد …»
is a trip, not a name). Its head takes the kind of a given name, and the pair counts as one word
against the three a name may have («حافظ نصیر احمد X» is a name of four written words). A mark of
descent («سید», «سیده», «میر») before a given name opens the name and is not counted either: «سید X Y
Z» is a name wherever «X Y Z» is (a given name and a two-part surname of common words). Two given names
joined by a dash are one given name too (`dashed`): French and German compounds are written so
(«ژان-مارک», «ژان – مارک», «فرانک-والتر»), as the gazetteer's own spellings write them."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from helpers.dates import words as date_words
from helpers.dates.relative import DEICTIC_DAYS, DEICTIC_YEARS, UNIT_DAYS, UNIT_MONTHS
from helpers.extract.mentions import only_separators
from helpers.text import gazetteer as gz
from helpers.text.verbs import reads_as_verb

PARTS_OF_DAY = ("صبح", "ظهر", "عصر", "شب", "بامداد", "شامگاه", "صبحگاه", "عصرگاه", "نیمه‌شب", "سحر")
"""The parts of a day a report places an act in («صبح امروز», «شامگاه سه‌شنبه»; helpers.dates reads
them inside its date patterns, none of them a list to import)."""
AL_TAILS = frozenset(gz.key(w) for w in ("الدین", "الدوله", "الله"))
"""Second parts of Arabic compound given names, bound to the noun before them by the article «ال»."""
NAME_TAILS = frozenset(gz.key(w) for w in ("احمد", "محمد"))
"""Second parts of Afghan and Pakistani compound given names («نصیراحمد», «گل محمد»)."""
SECOND_PARTICLES = frozenset(gz.key(w) for w in ("در", "لا"))
"""The article after a European particle («von der», «van der», «de la»): the preposition «در» (in)
and «لا» read as a particle of a name only right after a particle (going right) or right before one
(going left), between it and the name."""
LINEAGE = frozenset(gz.key(w) for w in ("سید", "سیده", "میر"))
"""Marks of descent before a given name («سید محمدعلی حسینی»): part of the name, not counted in it."""
DASHES = "-\u2010\u2011\u2013\u2014"
"""Hyphen, non-breaking hyphen, en and em dash: a page joins the parts of a compound given name with any."""
HEADS = frozenset(gz.key(w) for w in ("عبد", "غلام", "ابو"))
"""First parts of compound given names («servant of», «servant», «father of») before a given name."""


@lru_cache(maxsize=1)
def time_keys() -> frozenset[str]:
    """Keys of the words of time (the module docstring)."""
    time = [*UNIT_DAYS, *UNIT_MONTHS, *DEICTIC_DAYS, *DEICTIC_YEARS, *date_words.WEEKDAY_WORDS, *PARTS_OF_DAY]
    return frozenset(gz.key(w) for w in time)


@lru_cache(maxsize=1)
def time_and_number_keys() -> frozenset[str]:
    """Keys of the words of time and the number words that end a name (the module docstring)."""
    return time_keys() | {gz.key(w) for w in date_words.CARDINALS if " " not in w}


def ends_a_name(k: str) -> bool:
    """Whether the word of key `k` is a word of time or a number word: no word of a name."""
    return k in time_and_number_keys()


@lru_cache(maxsize=4096)
def participle(word: str) -> bool:
    """Whether a rare word is a past participle: «ه» after a stem hazm's Lemmatizer reads as a
    verb's («گردیده», its stem «گردید» a form of «گشتن»). The surname piece «زاده» is no verb here
    (names.SURNAME_PIECES joins it to the word before)."""
    return len(word) > 3 and word.endswith("ه") and reads_as_verb(word[:-1])


def compound_given(head: str, head_is_common: bool, tail: str, tail_is_given: bool) -> bool:
    """Whether two name words written apart, `head` then `tail` (keys), are one compound given name
    (the module docstring): `head_is_common` says hazm knows the head as a common word."""
    if tail in AL_TAILS:
        return True
    if head in HEADS:
        return tail_is_given
    return tail in NAME_TAILS and not head_is_common


def dashed(between: str) -> bool:
    """Whether the text between two words is one dash, spaces around it or not («ژان-مارک», «ژان – مارک»)."""
    bare = between.strip(" \u200c\u00a0")
    return len(bare) == 1 and bare in DASHES


def lineage_given(k: str, given_names: frozenset[str]) -> bool:
    """Whether the key is a mark of descent written onto a given name («سیدمحمد», «سیدهفاطمه»)."""
    return any(k.startswith(m) and k[len(m) :] in given_names for m in LINEAGE)


class Worded(Protocol):
    """A word token of a sentence (helpers.extract.names.Word)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


def lineage_next(seq: Sequence[Worded], i: int, text: str) -> bool:
    """Whether the word before `seq[i]` (going left) is a mark of descent written right next to it."""
    return (
        i + 1 < len(seq) and gz.key(seq[i + 1].text) in LINEAGE and only_separators(text[seq[i + 1].end : seq[i].start])
    )


def after_lineage(chosen: Sequence[tuple[Worded, str]]) -> list[str]:
    """The kinds of a name's words chosen going right, nearest first, a mark of descent that opens
    the name left out: «سید X Y Z» grows as «X Y Z» does."""
    kinds = [k for _, k in chosen]
    return kinds[1:] if len(kinds) > 1 and gz.key(chosen[0][0].text) in LINEAGE else kinds
