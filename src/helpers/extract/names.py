"""How far a name the gazetteer does not know runs, and which words may belong to it.

Every word is read as one of: a **given name** (in given_names.csv or opening a spelling in
people.csv: helpers.text.gazetteer; or of a given-name shape
such as «عبد…», «…الله», «…الدین»), a **rare** word (hazm's corpus seldom has it: most foreign
surnames), a **common** word that is not a function word (Persian surnames are often common words
or adjectives: «جلالی», «عزیزی», «صالحی»), a joiner of Arabic names («بن», «آل»), or none of these.
A common word is a surname only last in a name that starts with a given name («ابراهیم عزیزی»),
or alone right after an honorific («حجت‌الاسلام روحانی»); a common middle name may stand between a
given name and the surname («محمد کبیر X»). Never part of a name: stopwords, the words in
NOT_NAMES, the names of states in Persian and Dari (Unicode CLDR, through babel), the past
participles and infinitives of hazm's verbs («رسانده»), ordinals, and adjectives of the words of
gazetteer titles («پارلمانی»); a city is no name alone (`places`). Pieces of Russian and Central
Asian surnames written apart («کامل اف», «ابراهیم پور») are joined to the word before them (and by
a ZWNJ in the name reported, `joined_pieces`); «ال» words, «سید» and regnal numbers («عبدالله دوم»)
have rules of their own (see `kind`).

Besides the runs next to a role title (`name_span`, called by helpers.extract.people), a name is
looked for in an apposition after a title's complement and one word after a title
(helpers.extract.title_names), after
honorifics, in quotes and next to phrases said of people (helpers.extract.name_cues), and in
lists (helpers.extract.name_lists)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from helpers.extract.honorifics import HONORIFIC_WORDS, unglued_honorifics
from helpers.extract.mentions import Span, only_separators, words
from helpers.extract.name_bounds import (
    LINEAGE,
    SECOND_PARTICLES,
    after_lineage,
    compound_given,
    dashed,
    ends_a_name,
    lineage_given,
    lineage_next,
    participle,
)
from helpers.extract.name_glued import run_on_title, unglued
from helpers.extract.name_lexicon import (
    PREPOSED,
    comparative,
    ezafe_plural,
    function_words,
    inflected,
    lexicon,
    places,
    plural,
    rare,
    run_together,
    verb_read,
)
from helpers.extract.name_sources import names_a_source
from helpers.text import gazetteer as gz
from helpers.text.language import ARABIC_SCRIPT

ZWNJ = "\u200c"
MAX_NAME_WORDS = 3  # not counting the joiners of Arabic names
NAME_JOINERS = frozenset(gz.key(w) for w in ("بن", "بنت", "ابن", "ولد", "آل", "ال", "ابو"))
"""Words inside Arabic names («بن» son of, «ولد» son of in Mauritanian names, «آل» house of): part of
a name between two name words."""
PARTICLES = frozenset(gz.key(w) for w in ("دی", "د", "دو", "دا", "دوس", "دل", "فون", "فان", "وان", "ون"))
"""The particles of European names («de», «di», «du», «da», «dos», «del», «von», «van»), a closed
grammatical class, not a list of names: inside a name only between two name words that are no common
words («X دی Y», «X فون Y»); elsewhere the Jalali month («۱۲ دی»), the number («دو کشور») or a word.
"""
FILIAL = frozenset(gz.key(w) for w in ("بن", "بنت", "ابن", "ولد"))
"""The joiners «son/daughter of», between two given names."""
HOUSE = gz.key("آل")
"""The joiner «house of» («آل خلیفه», «آل ثانی»): the word after it, the family's name, ends the name."""
GIVEN_SHAPE = re.compile(r"^(?:عبد|ابو)\w{3,}|\w{2,}(?:الله|الدین|الدوله)$|^\w{2,}(?:احمد|محمد)$")
"""Arabic given names by their shape («عبدالقهار», «ذبیح‌الله», «نورالدین»), and the compound given
names of Afghanistan and Pakistan ending in «احمد»/«محمد» («نصیراحمد», «گل‌محمد», its ZWNJ lost),
on the name key."""
SURNAME_PIECES = frozenset(
    gz.key(w)
    for w in ("اف", "یف", "ایف", "اوف", "یوف", "ویچ", "اویچ", "اوا", "یوا", "ایوا", "زاده", "پور", "اوغلو", "زی")
)
"""Endings of Russian, Central Asian, Persian, Turkish («اوغلو») and Pashto («زی»: «احمدزی») surnames
that lose their ZWNJ and stand apart."""
AFTER_Y_PIECES = frozenset(gz.key(w) for w in ("فر", "نیا", "نژاد"))
"""Second parts of Persian surnames that lose their ZWNJ after a surname in «ی» («معصومی فر»,
«احمدی نژاد», «روحانی نیا»); after other words they are words of their own («تبعیض نژاد»)."""
SURNAME_ENDINGS = tuple(gz.key(w) for w in ("ی", "یان", "زاده", "پور"))
"""Endings of Persian surnames written onto the word (`surname_shaped`)."""
_LIGHT_VERB = re.compile(
    r"[\s\u200c]+(?:ن?می[\s\u200c]*)?(?:ن)?(?:شد|شو|کرد|کن|داد|ده|نمود|نما|گردید|گرد|گرفت|گیر|یافت|یاب|رسید|رس)"
    r"(?:ه|ند|ید|یم|م|ی|د)?(?!\w)"
)
"""A light verb after a word makes it a compound verb's noun («برگزار شد», «بسر می‌رسد»)."""
_COME_VERB = re.compile(r"[\s\u200c]*(?:ن?می[\s\u200c]*)?(?:آمد|آورد|آور|آی|آ)(?:ه|ند|ید|یم|م|ی|ن|یی)?(?!\w)")
"""«آمدن» and «آوردن» after a word, written apart or not, make it a compound verb's noun, whatever the
word («گردهم آمدند», «گردهم می‌آیند», «فراهم آورد»): no name runs into them."""
_IS_TO = re.compile(r"[\s\u200c]+ن?(?:است|بود)(?:ند|ه)?(?!\w)")
"""«قرار است/بود» (is, was to): «قرار» before the copula is the modal phrase's noun, as before a light verb
(«X Y قرار است … شرکت کند»)."""
_MODAL_NOUN = gz.key("قرار")
PLACE_ENDINGS = tuple(gz.key(w) for w in ("آباد", "شهر"))
"""A word ending so is a place («علی‌آباد», «حسن آباد», «شاهین‌شهر»), never a name word; a surname
made of it ends in «ی» («فیروزآبادی»)."""
LAND_ENDING = gz.key("ستان")
"""A rare word ending so is a land or province the lists lack («باشقیرستان»), never a name word."""
ORDINALS = frozenset(gz.key(w) for w in ("دوم", "سوم", "چهارم", "پنجم", "ششم"))
"""Regnal numbers after a king's or emir's given name («عبدالله دوم»): the name's last word."""
GIVEN, RARE, COMMON, JOINER, ARABIC, ORDINAL = "given", "rare", "common", "joiner", "arabic", "ordinal"
PARTICLE = "particle"
NAMED = (GIVEN, RARE, ARABIC)
"""The kinds of word a particle stands between («X دی Y»)."""
"""Word kinds (`kind`); ARABIC is a rare word with the article «ال» («الاحمد»), which Arabic names
chain without limit («صباح الاحمد الجابر الصباح»)."""
MAX_WORDS = 7  # all words of a name, joiners and «ال» words included: «X بن Y بن Z آل W»


class Word(NamedTuple):
    start: int
    end: int
    text: str


@lru_cache(maxsize=65536)  # words recur across sentences and articles; make bench's P3 needs it
def kind(word: str, gaz: gz.Gazetteer) -> str | None:
    """The word's kind (GIVEN, RARE, ARABIC, COMMON, JOINER, PARTICLE, ORDINAL), or None for a word that is
    never part of a name (a function word, a word in another script - a Latin acronym, a run of
    Vietnamese: a person in a Persian text is written in Persian letters -, a number, a country, a
    verb form, an honorific, a rare word of a gazetteer title or entity name)."""
    k = gz.key(word)
    if k in NAME_JOINERS:
        return JOINER
    if k in PARTICLES:
        return PARTICLE
    if word.startswith(tuple(p + ZWNJ for p in PREPOSED)):  # «به‌عهده»: a preposition written onto its noun
        return None
    if k in ORDINALS:
        return ORDINAL
    if len(k) < 2 or not ARABIC_SCRIPT.search(k) or any(ch.isdigit() or ch == "_" for ch in k) or k in lexicon()[0]:
        return None  # «_» joins the words of a hashtag or a placeholder, never of a name
    if k in HONORIFIC_WORDS or k.endswith(PLACE_ENDINGS) or ezafe_plural(k) or function_words(word):
        return None
    if (
        k in gaz.given_names
        or (GIVEN_SHAPE.search(k) and k not in places())
        or lineage_given(k, gaz.given_names)
        or _two_given(k, gaz)
    ):
        return GIVEN
    if ends_a_name(k):  # «روز», «صبح», «بیست»: a word of time or a number (name_bounds)
        return None
    if k in lexicon().verb_forms or verb_read(word):  # «بودم», «می‌خواست», «بفرستند»: a verb, though a rare word
        return None
    if not rare(word, gaz.title_words):
        return COMMON
    if participle(word):  # «گردیده»: a past participle, though a rare word
        return None
    if run_together(k) or inflected(word) or comparative(word):  # «قراراست», «سخنرانیاش», «سنجیده‌تر»
        return None
    if k.endswith(LAND_ENDING):  # «باشقیرستان», «داغستان»: a land; «گلستان» is a common word, above
        return None
    if k in gaz.title_words or (k.startswith("و") and k[1:] in gaz.title_words) or run_on_title(k):
        return None  # «کرملین» of «سخنگوی کرملین», a body the gazetteer names; «ورئیس»: «و» before a title
    return ARABIC if k.startswith("ال") and len(k) > 4 else RARE


@lru_cache(maxsize=64)
def tokens(text: str) -> tuple[Word, ...]:
    """Word tokens, a surname piece written apart joined to the word before it («کامل اف», «کریمی فر»).
    (Cached: every title and honorific of a sentence reads its tokens again.)"""
    out: list[Word] = []
    for start, end, word in unglued_honorifics(unglued(words(text))):
        k = gz.key(word)
        piece = k in SURNAME_PIECES or (k in AFTER_Y_PIECES and bool(out) and out[-1].text.endswith("ی"))
        if out and piece and only_separators(text[out[-1].end : start], allow_comma=False):
            out[-1] = Word(out[-1].start, end, text[out[-1].start : end])
        else:
            out.append(Word(start, end, word))
    return tuple(out)


def joined_pieces(name: str) -> str:
    """`name` with its surname pieces written apart joined back by a ZWNJ («صفر اسحاق اف» →
    «صفر اسحاق‌اف»), as Persian orthography writes them."""
    for word in (w.text for w in tokens(name) if " " in w.text):
        name = name.replace(word, word.replace(" ", ZWNJ))
    return name


def filial_kinds(words: list[str], kinds: list[str]) -> list[str]:
    """The kinds `valid_kinds` reads, joiners and a mark of descent before a given name left out: a
    common word on either side of «بن», «بنت» or «ابن» (son or daughter of) is a given name («سلطان بن
    سعد», «فیصل بن فرحان»)."""
    out = list(kinds)
    for i, w in enumerate(words):
        if gz.key(w) in FILIAL:
            for j in (i - 1, i + 1):
                if 0 <= j < len(out) and out[j] == COMMON:
                    out[j] = GIVEN
    if len(words) > 2 and gz.key(words[0]) in LINEAGE and out[1] == GIVEN:
        out = out[1:]  # «سید X Y Z»: read as «X Y Z» (name_bounds' LINEAGE)
    return [k for k in out if k not in (JOINER, PARTICLE)]


def valid_kinds(kinds: list[str], loose: bool, apposed: bool = False) -> bool:
    """Kinds in reading order (joiners left out) make a name: a common word only last, after a name
    that starts with a given name (two of them after one given name: a two-part surname), or alone
    after an honorific (`loose`), or first before «ال» words; a regnal number only after a given
    name; else one rare word, or two given names. A rare word before a common one is a foreign given
    name and its surname only set off by a comma before a title (`apposed`: «X Y، مشاور …»): hazm
    knows «رایس», «دیو», «دوال» as words, and without the comma the common word is the title's head
    noun («نکات سخنرانی رئیس‌جمهور»); so set off, a given name alone is one known by it («X، معاون …»)."""
    if kinds[-1] == ORDINAL:
        return len(kinds) > 1 and kinds[-2] == GIVEN and valid_kinds(kinds[:-1], True)
    if ORDINAL in kinds:
        return False
    if kinds[0] == COMMON and len(kinds) > 1 and set(kinds[1:]) == {ARABIC}:
        return True
    if COMMON in kinds[:-1]:  # a two-part surname, or a common middle name («محمد کبیر X»)
        return len(kinds) == 3 and kinds[:2] == [GIVEN, COMMON] and kinds[2] in (COMMON, RARE)
    if kinds[-1] == COMMON:
        return (
            (len(kinds) == 1 and loose)
            or (len(kinds) > 1 and kinds[0] == GIVEN)
            or (apposed and kinds == [RARE, COMMON])
        )
    return RARE in kinds or ARABIC in kinds or kinds.count(GIVEN) > 1 or ((loose or apposed) and GIVEN in kinds)


def _stops(what: str | None, chosen: list[str], direction: int) -> bool:
    """Whether a word of kind `what` ends a name grown so far to `chosen` (kinds, nearest first)."""
    if what is None or (what in (JOINER, PARTICLE) and not chosen):
        return True
    if PARTICLE in (what, chosen[-1] if chosen else None):  # «X دی Y»: only between two name words
        return (what not in NAMED and what != PARTICLE) or (chosen[-1] not in NAMED and chosen[-1] != PARTICLE)
    if chosen and chosen[-1] == JOINER and direction > 0:  # «… آل ثانی»: a joiner's name word follows it
        return what not in (GIVEN, RARE, COMMON, ARABIC)
    if what == ORDINAL:  # the last word of a name, after a given name
        return bool(chosen) if direction < 0 else not chosen or chosen[-1] != GIVEN
    if direction > 0 and COMMON in chosen and what not in (ARABIC, JOINER):
        return not (what == RARE and chosen == [GIVEN, COMMON])  # after a common word only «ال» words go on
    if what == COMMON and chosen:
        return direction < 0 and not set(chosen) <= {ARABIC, JOINER, ORDINAL}
    return False


def name_span(
    text: str,
    edge: int,
    direction: int,
    taken: list[Span],
    gaz: gz.Gazetteer,
    loose: bool = False,
    titled: bool = False,
) -> Span | None:
    """Name words running from `edge` away from a role title or honorific (−1 left, +1 right), up
    to three besides joiners and «ال» words (a chain joined by «بن»/«آل» up to MAX_WORDS, a common
    word beside a joiner included: «خالد بن سیف آل ثانی»), stopping at punctuation, words that are
    never names and known entities. Left of a role title (`titled`), a comma between the name and the
    title sets the name off (`valid_kinds`' apposed), and so does a Dari «؛» (`_semicolon_as_comma`)."""
    toks = tokens(text)
    seq = [t for t in reversed(toks) if t.end <= edge] if direction < 0 else [t for t in toks if t.start >= edge]
    chosen: list[tuple[Word, str]] = []
    tails: set[Word] = set()  # second words of compound given names: not counted
    weak: set[Word] = set()  # a compound headed by a common word, no name by itself
    cursor = edge
    counted = 0
    for i, word in enumerate(seq):
        between = text[word.end : cursor] if direction < 0 else text[cursor : word.start]
        what = kind(word.text, gaz)
        if direction < 0 and chosen and (len(chosen) > 1 or chosen[-1][1] == GIVEN) and gz.key(word.text) in places():
            what = None  # «در کابل X Y»: a place before a given name or two name words is no part of the name
        double = direction < 0 and what == COMMON and len(chosen) == 1 and _given_next(seq, i, text, gaz)
        # «محمد محمدی گلپایگانی»: a two-part surname's second word, of a surname's shape
        double = double or (direction > 0 and after_lineage(chosen) == [GIVEN, COMMON] and surname_shaped(word.text))
        # «سیف آل ثانی», «سعد بن …»: a common word before a joiner of an Arabic name is a name word
        double = double or (direction < 0 and what == COMMON and bool(chosen) and chosen[-1][1] == JOINER)
        # «X Y Z وزیر …»: a two-part surname's second common word, the name's run closed by a title
        double = double or (
            direction > 0 and after_lineage(chosen) == [GIVEN, COMMON] and _title_next(seq, i, text, gaz)
        )
        double = double and what is not None  # «X Y اعضای …»: a word never a name's ends it, whatever its shape
        if what in (JOINER, None) and _surname_of_a_word(seq, i, chosen, direction, text, gaz):
            what = RARE  # «ریچارد بنت», «دیوید کامرون وزیر …»: a joiner or a state as a surname
        if what is None and chosen and gz.key(word.text) in SECOND_PARTICLES and _particle_beside(seq, i, chosen, gaz):
            what = PARTICLE  # «فون در X», «دی لا X»: the article after a particle (name_bounds)
        lone_rare = [k for _, k in chosen] == [RARE]
        if direction < 0 and what == COMMON and lone_rare and foreign_given(seq, i, text, gaz, unknown=True):
            what = GIVEN  # «، مایکل X سفیر …»: a foreign given name hazm knows as a noun, opening the clause
        pair = (word, what, *chosen[-1]) if direction < 0 and chosen else (*chosen[-1], word, what) if chosen else ()
        # «ژان مارک X Y»: a given name before the given name that opens a full name is one with it
        compound = bool(pair) and (_compound(text, *pair) or (counted == MAX_NAME_WORDS and given_pair(text, *pair)))
        if pair and compound:  # «غلام محمد», «شجاع الدین», «ژان-مارک»: one given name written apart
            what, chosen[-1] = GIVEN, (chosen[-1][0], GIVEN)
            tails.add(pair[2])
            weak |= {pair[0], pair[2]} if pair[1] == COMMON else set()  # «حزب الله»: a name only with more
        if (
            not (compound or only_separators(_semicolon_as_comma(between, direction), allow_comma=not chosen))
            or (_stops(what, after_lineage(chosen), direction) and not double)
            or any(s.start < word.end and word.start < s.end for s in taken)
        ):
            break
        assert what is not None
        chosen.append((word, what))
        cursor = word.start if direction < 0 else word.end
        counted = sum(
            k in (GIVEN, RARE, COMMON) and gz.key(w.text) not in LINEAGE and w not in tails for w, k in chosen
        )
        counted -= MAX_WORDS * any(k == JOINER for _, k in chosen)  # an Arabic chain runs to MAX_WORDS
        full = counted == MAX_NAME_WORDS and direction > 0  # going left, a «سید» may still come
        if full or len(chosen) == MAX_WORDS or (direction > 0 and what == ORDINAL):
            break
        given_next = i + 1 < len(seq) and given_pair(text, seq[i + 1], kind(seq[i + 1].text, gaz), *chosen[-1])
        if counted == MAX_NAME_WORDS and not lineage_next(seq, i, text) and not given_next:
            break
        if direction > 0 and len(chosen) > 1 and gz.key(chosen[-2][0].text) == HOUSE:
            break  # «… آل خلیفه»: the house's name is the name's last word
        filial = i + 1 < len(seq) and gz.key(seq[i + 1].text) in FILIAL  # «سلطان بن سعد …»: the name goes on
        if direction < 0 and what == COMMON and len(chosen) > 1 and not double and not filial:
            break
    if direction > 0:  # «برگزار شد», «امضا کرد», «گردهم آمدند»: a compound verb's noun, not a surname
        chosen = chosen[: next((i for i, c in enumerate(chosen) if _compound_verb(text, c, i, len(chosen))), None)]
    while chosen:  # the longest run from the edge that makes a name
        while chosen and chosen[-1][1] in (JOINER, PARTICLE):
            chosen.pop()
        ordered = sorted(chosen, key=lambda c: c[0].start)
        span = Span(ordered[0][0].start, ordered[-1][0].end) if ordered else None
        kinds = filial_kinds([w.text for w, _ in ordered], [k for _, k in ordered])
        if (
            span
            and not {w for w, _ in ordered} <= weak
            and valid_kinds(kinds, loose, titled and _set_off(text[span.end : edge]))
        ):
            return span if _may_name(text, span, len(ordered), ordered[0][1]) else None

        chosen.pop()
    return None


BOUNDARY = re.compile(r"[،,:؛«»\"(]")
"""What opens a clause or a list item before a name besides «و»: a comma, a colon, a quote, a bracket."""


def foreign_given(seq: list[Word], i: int, text: str, gaz: gz.Gazetteer, unknown: bool = False) -> bool:
    """Whether `seq[i]` (going left, before one rare word) is a foreign given name hazm knows as a
    noun only («مایکل», «تئودور»; name_lexicon's `nouns`), no title word, opening a list item or a
    quote («و» or BOUNDARY before it): «و X Y رئیس‌جمهور …», «، X Y سفیر …», «"X Y" رئیس …». Before
    a surname no list knows (`unknown`: a rare word, the name run by `name_span`), any common word so
    placed is one («و X Y وزیر …» with X an adjective: «فکری», «تام»), but not at the sentence start,
    where a headline's noun stands («سفر X وزیر …»); before a gazetteer person's surname a word that
    is no noun only is a word governing the name («سفر X», «شهید X»)."""
    k = gz.key(seq[i].text)
    noun = k in lexicon().nouns
    if not (noun or unknown) or k in gaz.title_words or plural(k):
        return False
    if i + 1 == len(seq):  # the sentence start: only in quotes («هشدار X وزیر …» is a headline's noun)
        return bool(BOUNDARY.search(text, 0, seq[i].start))
    prev = seq[i + 1]
    return gz.key(prev.text) == gz.key("و") or bool(BOUNDARY.search(text, prev.end, seq[i].start))


def _surname_of_a_word(
    seq: list[Word], i: int, chosen: list[tuple[Word, str]], direction: int, text: str, gaz: gz.Gazetteer
) -> bool:
    """Whether `seq[i]`, a joiner of Arabic names («بن», «بنت») or a place («کامرون»), is a Western
    surname (Bennett, Cameron): right after a given name and last in the name (no name word written
    right after it). A place only going left from the title that closes the name («X کامرون، نخست
    وزیر …»): elsewhere a place after a given name is where someone went or comes from."""
    k = gz.key(seq[i].text)
    if k not in FILIAL and not (direction < 0 and k in places()):
        return False
    if direction > 0:
        given_before = bool(chosen) and chosen[-1][1] == GIVEN
        after = seq[i + 1] if i + 1 < len(seq) else None
    else:
        given_before = not chosen and i + 1 < len(seq) and only_separators(text[seq[i + 1].end : seq[i].start])
        given_before = given_before and kind(seq[i + 1].text, gaz) == GIVEN
        after = None  # going left, the word after it is the title or the run's edge
    name_after = after is not None and only_separators(text[seq[i].end : after.start], allow_comma=False)
    return given_before and not (name_after and after is not None and kind(after.text, gaz) is not None)


def _particle_beside(seq: list[Word], i: int, chosen: list[tuple[Word, str]], gaz: gz.Gazetteer) -> bool:
    """Whether `seq[i]` stands between a particle and the name chosen (right after one, or left before one)."""
    return chosen[-1][1] == PARTICLE or (i + 1 < len(seq) and kind(seq[i + 1].text, gaz) == PARTICLE)


def _title_next(seq: list[Word], i: int, text: str, gaz: gz.Gazetteer) -> bool:
    """Whether the word after `seq[i]` (going right), itself no title's word, is a word of a gazetteer
    title written right next to it or set off by a comma, an apposition: the title closes the name («X Y
    Z وزیر نفت», «X Y Z، رئیس …», not «X Y رئیس پلیس»)."""
    return (
        gz.key(seq[i].text) not in gaz.title_words
        and i + 1 < len(seq)
        and only_separators(text[seq[i].end : seq[i + 1].start])
        and gz.key(seq[i + 1].text) in gaz.title_words
    )


def _compound(text: str, head: Word, head_kind: str | None, tail: Word, tail_kind: str | None) -> bool:
    """Whether `head` and `tail`, written next to each other, are one given name written apart
    (helpers.extract.name_bounds.compound_given), or two given names joined by a dash («ژان – مارک»)."""
    if dashed(text[head.end : tail.start]):
        return head_kind == GIVEN and tail_kind == GIVEN
    return (
        head_kind in (GIVEN, RARE, COMMON)
        and tail_kind in (GIVEN, RARE, COMMON, ARABIC)
        and only_separators(text[head.end : tail.start], allow_comma=False)
        and compound_given(gz.key(head.text), head_kind == COMMON, gz.key(tail.text), tail_kind == GIVEN)
    )


def given_pair(text: str, head: Word, head_kind: str | None, tail: Word, tail_kind: str | None) -> bool:
    """Whether two given names stand next to each other, a dash between them or not («ژان مارک»)."""
    between = text[head.end : tail.start]
    return head_kind == tail_kind == GIVEN and (dashed(between) or only_separators(between, allow_comma=False))


def surname_shaped(word: str) -> bool:
    """Whether a common word has a Persian surname's ending («…ی» of a place or forebear: «لاریجانی»,
    «گلپایگانی»; «…زاده», «…پور», «…یان») and is no adjective of a state («ایرانی», «چینی»)."""
    k = gz.key(word)
    if len(k) < 5 or not k.endswith(SURNAME_ENDINGS):
        return False
    return not any(k.endswith(x) and k[: -len(x)] in places() for x in ("ی", "یی", "ئی"))


def _set_off(between: str) -> bool:
    """Whether the text between a name and the title after it sets the name off: a comma, or a Dari
    «؛» read as one (`_semicolon_as_comma`)."""
    return any(c in "،," for c in _semicolon_as_comma(between, -1))


def _semicolon_as_comma(between: str, direction: int) -> str:
    """Dari pages set a title after a name off by «؛» as by a comma («X Y؛ معین وزارت …»): between a
    name and its title (going left) it is read as one; a comma may follow the name, not split it."""
    return between.replace("؛", "،") if direction < 0 else between


def _compound_verb(text: str, chosen: tuple[Word, str], i: int, count: int) -> bool:
    """Whether the `i`th of `count` words of a name is the noun of a compound verb written after it:
    the last word, when common or alone («بسر می‌رسد»: «به سر» run together), before a light verb
    («قرار» before the copula too: `_IS_TO`);
    the first before «آمدن»/«آوردن» («گردهم آیی», its ZWNJ lost; a surname before «آمد» keeps its
    given name)."""
    word, what = chosen
    light = (
        i == count - 1
        and (what == COMMON or count == 1)
        and (_LIGHT_VERB.match(text, word.end) or (gz.key(word.text) == _MODAL_NOUN and _IS_TO.match(text, word.end)))
    )
    return bool(light or (i == 0 and _COME_VERB.match(text, word.end)))


def _may_name(text: str, span: Span, count: int, first: str) -> bool:
    """Whether the words of `span` may be a name: not a place («اسلام آباد»), not a plural noun alone
    («اعضا», «دولت‌ها»), not the news source named after «به گزارش» («به گزارش X، وزیر …»)."""
    k = gz.key(text[span.start : span.end])
    if k in places() or (count == 1 and plural(k)):
        return False
    return not names_a_source(text, span, first == GIVEN)  # «به گزارش X، وزیر …»: an outlet (name_sources)


def _given_next(seq: list[Word], i: int, text: str, gaz: gz.Gazetteer) -> bool:
    """Whether the word after `seq[i]` (going left) is a given name written right next to it: two
    common words between a given name and a title are a two-part surname («محسن حاجی میرزایی»)."""
    return (
        i + 1 < len(seq)
        and only_separators(text[seq[i + 1].end : seq[i].start], allow_comma=False)
        and kind(seq[i + 1].text, gaz) == GIVEN
    )


def _two_given(k: str, gaz: gz.Gazetteer) -> bool:
    """Whether the key is two given names written as one («محمدحسن», «علیرضا», «امیرحسین»), each of
    three letters or more: the two-letter East Asian family names («ری», «ما») end common words
    («سرگیری»)."""
    given = gaz.given_names
    return any(k[:i] in given and k[i:] in given for i in range(3, len(k) - 2))
