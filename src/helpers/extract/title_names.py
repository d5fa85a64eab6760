"""Names written beside a role title but not in the run right next to it: set off by commas after
the title's complement («سفیر روسیه در تهران، X، …»), after «در امور <state>», or one word after the
title (a body the gazetteer lacks: «سخنگوی وزارت خارجه طالبان X Y»); and what names a place, an
outlet or a building, no person («در X», «روزنامه X», «فرودگاه بین‌المللی X»); and where a title and
its complement end (TITLE_END, complement_end: the titles before «و» another person). Split out of
helpers.extract.names, whose `name_span` reads how far each name runs; helpers.extract.people calls
these."""

from __future__ import annotations

import re

from helpers.dates.relative import NAME_ADJECTIVES, NAME_NOUNS, OUTLET_NOUNS
from helpers.dates.words import NAMED_AFTER_A_DATE
from helpers.extract.honorifics import HONORIFICS
from helpers.extract.meeting_nouns import MEETING
from helpers.extract.meeting_place import IN_CITY
from helpers.extract.mentions import Span, only_separators
from helpers.extract.name_lexicon import VERB_PREFIXES, lexicon, places
from helpers.extract.names import (
    ARABIC,
    COMMON,
    GIVEN,
    JOINER,
    ORDINAL,
    RARE,
    SURNAME_ENDINGS,
    kind,
    name_span,
    tokens,
)
from helpers.text import gazetteer as gz
from helpers.text.zwnj import ZWNJ

TITLE_TAIL = frozenset(gz.key(w) for w in ("در", "نزد", "امور", "برای", "و"))
"""Function words a title's complement may hold («در امور افغانستان», «امنیت ملی و سیاست خارجی»)."""
MAX_TAIL = 5  # words of a title's complement before an apposition
MAX_COMPLEMENT = 12  # words of a title's complement before a foreign name (`foreign_after`)
TITLE_END = re.compile(r"[،,.:؛«»()]|(?<!\w)(?:که|در|نزد|به|با|از|برای|و)(?!\w)")
"""Where a role title ends at the latest when no state follows it directly."""
OUTLET = re.compile(rf"(?<!\w)(?:{NAME_NOUNS})(?:[\s\u200c]+(?:{NAME_ADJECTIVES}))?[\s\u200c«\"]*$")
"""The noun of an outlet or a party, and the kind of outlet («روزنامه», «شبکه تلویزیونی»;
helpers.dates.relative, which reads «رادیو فردا» as no day): the words after it are its name."""
OUTLET_TAILS = frozenset(gz.key(w) for w in ("نیوز", "تایمز", "پرس", "آنلاین", "تی‌وی"))
"""English words that end outlets' names written in Persian letters («X نیوز», «X تایمز», «X پرس», «X
آنلاین», «X تی‌وی»): a name that ends in one is an outlet's, no person's."""
REPORTS_AFTER = re.compile(
    r"[»\"”’\s\u200c]*(?:[^\W\d_]+[\s\u200c]+)?"
    r"(?:گزارش[\s\u200c]+(?:داد|داده|کرد|کرده)|در[\s\u200c]+گزارشی[\s\u200c]+(?:نوشت|نوشته))(?!\w)"
)
"""An outlet's verb after its name, a state's word between at most («X پاکستان در گزارشی نوشت», «X گزارش
کرده که …»): who «reports» so is an outlet, or its reporter, no attendee either way."""
PACTS = frozenset(gz.key(w) for w in ("پیمان", "میثاق"))
"""Nouns of a pact that are given names as well («پیمان», «میثاق»): before a place's or a body's name
(«پیمان پاریس», «پیمان ناتو», «پیمان نخجوان») they name the pact; a person of that given name has a
Persian surname after it («پیمان X‌ی», «… ‌زاده», «… ‌پور»)."""
SETTLEMENTS = "شهر|شهرستان|منطقه|روستا|استان|ولایت|ایالت|جزیره|ناحیه"
"""Nouns of a settlement or a territory («شهر», «منطقه», Dari «ولایت»): the name after them is the place's."""
NAMED_PLACE = re.compile(
    rf"(?<!\w)(?:{OUTLET_NOUNS}|{NAMED_AFTER_A_DATE}|{SETTLEMENTS}|مرکز)(?:\u200c?ی)?"
    rf"(?:[\s\u200c]+(?:(?:{MEETING})(?:\u200c?های?)?|{NAME_ADJECTIVES}|[\w\u200c]*\wی)){{0,2}}[\s\u200c«\"]*"
    rf"(?:(?:{HONORIFICS})[\s\u200c]+)?$"
)
"""An outlet's, a building's or a settlement's noun («روزنامه», «پایگاه», «هتل», «فرودگاه», «میدان», «مرکز»;
helpers.dates.words' nouns a name follows; SETTLEMENTS), its ezafe written on or not («منطقه‌ی»), with up
to two words of its kind after it, a relational
adjective («روزنامه هندی», «پایگاه هوایی», «میدان هوایی بین‌المللی») or a meeting noun («مرکز
همایش‌های …»): the name after it is the outlet's or the building's, though a person's («فرودگاه
بین‌المللی X Y», «مرکز همایش‌های بین‌المللی ملک X», a title of courtesy or a king's before the name). A
party («حزب اسلامی X») is not here: its leader's name follows its title."""
OBJECT_AFTER = re.compile(r"[\s\u200c»\"]*را(?!\w)")
"""The object mark after a name: the name is the verb's object, no building's name before it."""


def apposition(text: str, edge: int, taken: list[Span], gaz: gz.Gazetteer) -> Span | None:
    """A name set off by commas after a title's complement («سفیر روسیه در تهران، X، …», «رئیس
    کمیسیون امنیت ملی مجلس، X، …»; the closing comma makes it an apposition), or a name of a given
    name and more right after «در امور <state>» («نماینده ویژه روسیه در امور افغانستان X Y»)."""
    tail = [w for w in tokens(text) if w.start >= edge][: MAX_TAIL + 1]
    for i, word in enumerate(tail):
        gap = text[(tail[i - 1].end if i else edge) : word.start]
        if i and not only_separators(gap, allow_comma=False):  # the comma after the complement
            span = name_span(text, tail[i - 1].end, +1, taken, gaz)
            return span if span and re.match(r"[\s\u200c]*[،,]", text[span.end :]) else None
        if i == 3 and [gz.key(w.text) for w in tail[:2]] == ["در", "امور"]:
            span = name_span(text, tail[2].end, +1, taken, gaz)
            return span if span and kind(text[span.start : span.end].split()[0], gaz) == GIVEN else None
        if not only_separators(gap, allow_comma=False) or not _in_complement(word.text, gaz):
            return None
    return None


def _in_complement(word: str, gaz: gz.Gazetteer) -> bool:
    """Whether `word` may stand in a title's complement: a function word of one (TITLE_TAIL), a word
    of a gazetteer title or a place, or any word that may be a name's; not a verb, a word of time,
    a number or another function word (names.kind None)."""
    k = gz.key(word)
    return k in TITLE_TAIL or k in gaz.title_words or k in places() or kind(word, gaz) not in (None, JOINER, ORDINAL)


AND = gz.key("و")


def in_portfolio(text: str, start: int, people: list[Span], gaz: gz.Gazetteer) -> bool:
    """Whether the word at `start` follows «و» that closes a title's complement of nouns («وزیر زراعت،
    آبیاری و X», «وزیر مخابرات و X»): X is the portfolio's last noun, no name. Walking back from the «و»
    over up to MAX_TAIL common or rare words (commas between them) to a title's head noun; a given
    name, a function word or a person found (`people`) on the way is a list of people instead."""
    before = [w for w in tokens(text) if w.end <= start][::-1][: MAX_TAIL + 2]
    if not before or gz.key(before[0].text) != AND or not only_separators(text[before[0].end : start], False):
        return False
    cursor = before[0].start
    for word in before[1:]:
        named = any(s.start < word.end and word.start < s.end for s in people)
        if named or not only_separators(text[word.end : cursor]):
            return False
        if gz.key(word.text) in gaz.role_heads:
            return cursor != before[0].start  # the head and at least one noun of its complement
        if kind(word.text, gaz) not in (COMMON, RARE):
            return False
        cursor = word.start
    return False


def foreign_after(text: str, edge: int, taken: list[Span], gaz: gz.Gazetteer) -> Span | None:
    """A foreign name after a title's complement with no comma between («رئیس هیئت ملل متحد در
    افغانستان X Y گفت»): the first run of two or three words hazm does not know (names.RARE), after
    at least one word of the complement (`_in_complement`, up to MAX_COMPLEMENT words; a rare word of
    it alone, «مسیون», is passed over); a comma, a
    verb, a word of time or a number before it ends the search (a title followed by a date, a number
    or a clause is no name's)."""
    tail = [w for w in tokens(text) if w.start >= edge][: MAX_COMPLEMENT + 1]
    for i, word in enumerate(tail):
        gap = text[(tail[i - 1].end if i else edge) : word.start]
        if not only_separators(gap, allow_comma=False) or not _in_complement(word.text, gaz):
            return None
        if i and kind(word.text, gaz) == RARE and not any(s.start < word.end and word.start < s.end for s in taken):
            span = name_span(text, word.start, +1, taken, gaz)
            words = text[span.start : span.end].split() if span else []
            if len(words) > 1 and all(kind(w, gaz) == RARE for w in words):
                return span
    return None


def after_a_word(text: str, edge: int, taken: list[Span], gaz: gz.Gazetteer) -> Span | None:
    """A name of two words or more one word after a title, the word being the title's
    group or body that the gazetteer lacks («سخنگوی وزارت خارجه طالبان عبدالقهار بلخی»)."""
    word = next((w for w in tokens(text) if w.start >= edge), None)
    if word is None or not only_separators(text[edge : word.start], allow_comma=False):
        return None
    if kind(word.text, gaz) not in (RARE, COMMON) or any(s.start < word.end and word.start < s.end for s in taken):
        return None
    span = name_span(text, word.end, +1, taken, gaz)
    words = text[span.start : span.end].split() if span else []
    kinds = [kind(w, gaz) for w in words]
    return span if len(words) > 1 and (kinds[0] in (GIVEN, RARE) or set(kinds[1:]) == {ARABIC}) else None


def complement_end(text: str, end: int) -> int:
    """Where the complement of a title that ends at `end` («رئیس دفتر مقام …», «وزیر خارجه حکومت
    پیشین») ends before «و»: up to MAX_TAIL words, none a verb («گفت», «می‌کند»), with nothing that
    ends a title (TITLE_END: a comma, a preposition, «که») before the «و»; else `end`."""
    stop = TITLE_END.search(text, end)
    if stop is None or stop.group() != "و":
        return end
    words = [w for w in tokens(text) if end <= w.start < stop.start()]
    verbs = lexicon().verb_forms
    if not 0 < len(words) <= MAX_TAIL or any(
        gz.key(w.text) in verbs or w.text.startswith(WRITTEN_VERB_PREFIXES) for w in words
    ):
        return end
    return words[-1].end


WRITTEN_VERB_PREFIXES = tuple(f"{p}{ZWNJ}" for p in VERB_PREFIXES)
"""name_lexicon's verb prefixes as written with their ZWNJ («می‌کند»): a verb in a title's complement."""


def named_place(text: str, span: Span, role: Span | None = None) -> bool:
    """Whether the name at `span` (with its title `role` when written right before it: «… بین‌المللی
    ملک X») names the outlet or building whose noun stands before it (NAMED_PLACE); not a name
    written onto the word before it after a lost space («رادیو اروپای آزادX»: a word of its own). A title set
    off by a comma is the holder's, not the building's («پایگاه اطلاع‌رسانی رئیس‌جمهور، X Y»: X Y holds it)."""
    if (span.start and text[span.start - 1].isalpha()) or OBJECT_AFTER.match(
        text, max(span.end, role.end if role else 0)
    ):
        return False  # «X در میدان هوایی Y را بدرقه کرد»: Y is the object, the place unnamed
    start = (
        role.start
        if role and role.end <= span.start and only_separators(text[role.end : span.start], allow_comma=False)
        else span.start
    )
    return bool(NAMED_PLACE.search(text, max(0, start - 80), start))


def place_or_outlet(text: str, span: Span) -> bool:
    """Whether the name at `span` names a place or a body, no person: it follows «در» or «در شهر»
    (meeting_place.IN_CITY; in X: no gold name of the dev set does; «در مجمععمومی، نایب‌رئیس مجلس …»),
    or names an outlet or a party, after or starting with the outlet's noun («روزنامه الوطن الجدید», «شبکه
    العالم»), before an outlet's verb (REPORTS_AFTER), or ending in an outlet's English word (OUTLET_TAILS:
    «X نیوز»), or names a pact (PACTS, no Persian surname after the noun)."""
    if IN_CITY.search(text, 0, span.start) or OUTLET.search(text, 0, span.start) or REPORTS_AFTER.match(text, span.end):
        return True
    named = text[span.start : span.end].split()
    if len(named) > 1 and gz.key(named[0]) in PACTS and not gz.key(named[1]).endswith(SURNAME_ENDINGS):
        return True  # «پیمان پاریس»: a pact
    return bool(named) and (bool(OUTLET.fullmatch(named[0])) or gz.key(named[-1]) in OUTLET_TAILS)
