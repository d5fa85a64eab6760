"""Whether a document word after «و» starts another document, read off hazm's lexicon
(helpers.extract.document_titles, document_lists and documents ask it before cutting a title there).

A document noun with «ی» is either the noun with its indefinite ending («… و راهبردی برای توسعه»,
and a strategy) or, when the lexicon lists the whole word as an adjective of its own (tag AJ:
«راهبردی» strategic, «قراردادی» contractual), that adjective. After «و», grammar tells them apart:
the adjective is coordinated with another adjective («سند مهم و راهبردی همکاری»), while a new noun
phrase follows a noun («سند همکاری و قراردادی برای …»), a function word (one the lexicon tags a
preposition, postposition, conjunction, pronoun, determiner or number: «در», «را», «که», «این»), a
verb, a clause mark or a digit. (Without «و», «اعضا قراردادی را امضا کردند» is a subject and an
indefinite object: nothing is decided there.) The same lexicon tells an adjective pair that closes a
title with the indefinite «ی» («قطعنامه خوب و جامعی»), a description, from a name (described_end)."""

from __future__ import annotations

import re
from functools import lru_cache

from helpers import cache
from helpers.extract import document_bounds as bounds
from helpers.extract import document_cues as cues
from helpers.extract import document_meetings as meetings
from helpers.text import gazetteer as gz

_BEFORE = re.compile(r"(?<![\w\u200c])(?P<word>[^\W\d_][\w\u200c]*)[\s\u200c]+و[\s\u200c]+$")
"""The word before «و» and a position: what the word at the position is coordinated with."""
FUNCTION_TAGS = frozenset({"P", "POSTP", "CONJ", "PRO", "DET", "NUM"})
_VERB = re.compile(bounds.VERBS)


@lru_cache(maxsize=1)
@cache.on_disk("hazm", "helpers.text.gazetteer")
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Keys of hazm's words tagged as adjectives (AJ), of its function words (FUNCTION_TAGS), of
    its gradable adjectives, those also used as adverbs (AJ and ADV: «خوب», «جامع», «مهم»; not the
    relational «نهایی», «راهبردی», «مشترک», nor «صلح»), and of all its words."""
    from hazm import words_list

    adjectives, function, gradable, every = set(), set(), set(), set()
    for w, _, tags in words_list():
        every.add(gz.key(w))
        if "AJ" in tags:
            adjectives.add(gz.key(w))
        if FUNCTION_TAGS.intersection(tags):
            function.add(gz.key(w))
        if {"AJ", "ADV"} <= set(tags):
            gradable.add(gz.key(w))
    return frozenset(adjectives), frozenset(function), frozenset(gradable), frozenset(every)


def gradable(key: str) -> bool:
    """The lexicon lists the word (a gazetteer key) as an adjective also used as an adverb («مهم», «خوب»,
    «جامع»): the writer's judgement of a thing, not a word of its name; not one that counts the parties or
    parts («سه‌جانبه», «چندجانبه», «دوگانه»), which names its kind."""
    return key in _lexicon()[2] and not _PARTIES.search(key)


_PARTIES = re.compile(r"(?:جانبه|گانه)$")


def adjective(folded: str, pos: int, end: int) -> bool:
    """The document word folded[pos:end] after «و» is an adjective coordinated with another («سند مهم و
    راهبردی همکاری»): the lexicon lists both words as adjectives, and the one before «و» is no function
    word or verb (like joins like: «سند همکاری و قراردادی …» is a second document)."""
    if not folded.endswith("ی", 0, end):
        return False
    adjectives, function, _, _ = _lexicon()
    if gz.key(folded[pos:end]) not in adjectives:
        return False
    before = _BEFORE.search(folded, 0, pos)
    if before is None:
        return False
    word = gz.key(before["word"])
    return word in adjectives and word not in function and not _VERB.fullmatch(before["word"])


_PAIR_END = re.compile(
    r"(?<![\w\u200c])(?P<first>[^\W\d_][\w\u200c]*)[\s\u200c]+و[\s\u200c]+(?P<last>[^\W\d_][\w\u200c]*?)\u200c?(?:ای|یی|ی)[\s\u200c]*$"
)


def described_end(folded: str, pos: int, end: int) -> int:
    """Where a title in folded[pos:end] ends before a pair of gradable adjectives that closes it with the
    indefinite «ی» («قطعنامه خوب و جامعی», «بیانیه مهم و مفصلی»): the writer's judgement of the document,
    not its name (the dev-set README's session-8 rule). Both words, the last without its «ی», are
    gradable adjectives in the lexicon and the last with it is no adjective of its own; a relational
    adjective («سند مهم و راهبردی همکاری», «منشور صلح و امنیتی») names the document: `end`."""
    pair = _PAIR_END.search(folded, pos, end)
    if pair is None or pair.start() <= pos:
        return end
    adjectives, _, gradable, _ = _lexicon()
    whole = gz.key(folded[pair.start("last") : end].strip(" \u200c"))
    if whole in adjectives or not {gz.key(pair["first"]), gz.key(pair["last"])} <= gradable:
        return end
    return pair.start()


_WORD = re.compile(r"\S+")
_INDEFINITE = re.compile(r"(?:ای|یی|ی)$")


def predicate_start(folded: str, pos: int, end: int) -> int:
    """Where the predicate starts in folded[pos:end], a title opened by «این/آن» («این قطعنامه خلاصه‌ای از
    موضع اعراب است»): a demonstrative's noun phrase is definite, so a word after its head with the
    indefinite ending (a lexicon word plus «‌ای/ی» that the lexicon does not list whole: «خلاصه‌ای»,
    «گامی», «سندی») is no part of its chain but what the sentence says of it; `end` when none is."""
    *_, every = _lexicon()
    found = list(_WORD.finditer(folded, pos, end))
    for m in found[1:]:
        word = gz.key(m.group())
        bare = _INDEFINITE.sub("", word)
        if bare != word and word not in every and bare in every:
            return m.start()
    return end


def names_no_one(folded: str, pos: int, end: int) -> bool:
    """folded[pos:end], after signers («سران/وزیران …»), names no body or state: its words are their office
    and a count (cues.OFFICE_AND_COUNT: «خارجه», «کشورهای عضو», «سه کشور مذکور») and relational adjectives (a
    lexicon word and «ی»: «کشورهای ساحلی», «کشورهای اسلامی»); a body (meetings.MEETING_CHAIN: «شورای همکاری»)
    or another noun («گروه هفت», «ایران و روسیه», «ناتو») names them."""
    *_, every = _lexicon()
    rest = cues.OFFICE_AND_COUNT.sub(" ", folded[pos:end])
    keys = [gz.key(m.group()) for m in _WORD.finditer(rest)]
    return not meetings.MEETING_CHAIN.search(rest) and all(k.endswith("ی") and k[:-1] in every for k in keys)
