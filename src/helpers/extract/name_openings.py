"""Names that open a sentence or its clause with no title or honorific before them: led by a given
name («X Y در سخنانی گفت», «به گزارش ایرنا، X Y ضمن …», a headline's «X Y: …»), or a common or rare
word opening a name a title closes in a clause of saying. Split out of helpers.extract.name_cues,
whose cues and clause bounds it reads; helpers.extract.people calls `opening_names`."""

from __future__ import annotations

import re

from helpers.extract.cues import ATTEND_NOUNS
from helpers.extract.mentions import WORD, Scanned, Span, only_separators
from helpers.extract.name_bounds import time_keys
from helpers.extract.name_cues import CLAUSE_START, NISBA, OPENING_END, SAID, unknown, verb_form
from helpers.extract.name_lexicon import RARE_WORD, lexicon, places, plural
from helpers.extract.name_runs import framed_run
from helpers.extract.names import COMMON, GIVEN, RARE, kind, name_span, tokens
from helpers.text import gazetteer as gz

_REPORTED = re.compile(
    rf"[^.؛!؟?]*?(?:گفت|افزود|اظهار|تصریح|خاطرنشان|تاکید|تأکید|سخنرانی|خواستار|اعلام|{ATTEND_NOUNS}|وارد|دیدار|تشکر)"
)
"""A clause that reports what someone said or that they were there: a name that ends in a common
word («X جلالی») opens a sentence as a person only in such a clause («حسن همجواری …» does not)."""
_PRESENT = re.compile(rf"[^.؛!؟?]*?{ATTEND_NOUNS}")
"""A clause that says someone was there («… در مراسم شرکت کرد», «… حضور یافت»)."""
_SAID = rf"(?:{SAID.replace(' ', gz.SEP_RE)})(?![\s\u200c]*(?:و[\s\u200c]*)?گو)"
"""A verb of SAID, not the noun of talks «گفتگو», «گفت و گو» that begins with «گفت»."""
_SAYING = re.compile(rf"[^.؛!؟?:]*?(?<!\w){_SAID}")
"""A verb of saying further on in the clause (SAID, any ending: «گفته است», «افزودند»)."""


def opening_names(sentence: Scanned, taken: list[Span], gaz: gz.Gazetteer) -> list[Span]:
    """A name that opens a sentence («X Y در سخنانی گفت», «به گزارش ایرنا، X Y ضمن …», a headline's
    «X Y: …»): led by a given name (`_given_opening`); or a common or rare word opening a name a
    title closes in a clause of saying (`_framed_opening`); or the subject of a verb of saying that
    ends in a surname (`_surname_subject`)."""
    text = sentence.text
    start = CLAUSE_START.match(text)
    first = WORD.match(text, start.end()) if start else None
    what = kind(first.group(), gaz) if first else None  # before `name_span`, which tokenizes the sentence
    if first is None or what not in (COMMON, RARE, GIVEN):
        return []
    if what == GIVEN:
        return _given_opening(sentence, first.start(), taken, gaz)
    return _framed_opening(sentence, first.start(), taken, gaz) or _surname_subject(sentence, first, taken, gaz)


def _given_opening(sentence: Scanned, pos: int, taken: list[Span], gaz: gz.Gazetteer) -> list[Span]:
    """A name of two or three words led by a given name, at `pos`, followed by punctuation or a word
    that goes on with the clause (OPENING_END); one that ends in a common word only before a colon
    or in a clause of saying or presence (`_REPORTED`, `_SAYING`). Not a common word written apart
    («علی رغم»), nor a place («اسلام آباد»)."""
    text = sentence.text
    span = name_span(text, pos, +1, taken, gaz)
    named = text[span.start : span.end].split() if span else []
    if not span or not 1 < len(named) < 4 or kind(named[0], gaz) != GIVEN:
        return []
    joined = gz.key("".join(named[:2]))
    if lexicon()[1].get(joined, 0) >= RARE_WORD or joined in places():
        return []
    if not OPENING_END.match(text, span.end) and not _time_next(text, span.end):
        return []
    said = (
        text.startswith(":", span.end)
        or _REPORTED.match(text, span.end)
        or _SAYING.match(sentence.folded_from(span.end))
    )
    return [span] if said or kind(named[-1], gaz) != COMMON else []


def _time_next(text: str, pos: int) -> bool:
    """Whether a word of time follows `pos` («X Y سه‌شنبه در …», «X Y شامگاه …»): the clause goes on
    with a time adverbial (helpers.extract.name_bounds, where such a word ends the name)."""
    word = next((w for w in tokens(text) if w.start >= pos), None)
    return bool(
        word and only_separators(text[pos : word.start], allow_comma=False) and gz.key(word.text) in time_keys()
    )


def _framed_opening(sentence: Scanned, pos: int, taken: list[Span], gaz: gz.Gazetteer) -> list[Span]:
    """«ماریو X نخست‌وزیر ایتالیا گفت», «X Y Z، سخنگوی وزارت خارجه … گفت»: the words that open the
    clause at `pos` up to a title (a comma allowed between) are one name, two or three words of a
    name's kind with a rare or given one among them (name_runs.framed_run), when the clause goes on
    to a verb of saying or of being there (`_SAYING`, `_PRESENT`: «X Y معاون … شرکت کرد»): a common
    word opening it is a given name («ماریو», the Pashto
    «گران»), a short word too (a syllable of an East Asian name, an initial: «آنگ», «جی»). A noun
    opening a headline («سفر X وزیر …», «هشدار X وزیر …») says nothing, so stays outside."""
    text = sentence.text
    role = next((m for m in sentence.mentions if m.kind == "role" and m.start > pos), None)
    if role is None:
        return []
    end = len(text[: role.start].rstrip(" \u200c،,"))
    span = framed_run(text, pos, end, taken, gaz, 2) if end > pos else None
    said = _PRESENT.match(text, role.end) or _SAYING.match(sentence.folded_from(role.end))
    return [span] if span and said else []


def _surname_subject(sentence: Scanned, first: re.Match[str], taken: list[Span], gaz: gz.Gazetteer) -> list[Span]:
    """The subject that opens a clause of saying (the clause opens the sentence, `CLAUSE_START`, so
    no noun phrase inside one): two words of a name's kind, no title's, a place's or a plural's, the
    last a surname hazm's lexicon seldom or never has (`lacking_surname`) and no verb, before a verb
    of saying further on (`_SAYING`; the clause goes on with OPENING_END or a word of time): «X Y‌ی
    همچنین هشدار داد». A lone word is left out: before «افزود: …» it is most often a person named in
    full before, under a second spelling or a part of the name («X Y Z … ؛ Y افزود: …»)."""
    text = sentence.text
    toks = [w for w in tokens(text) if w.start >= first.start()][:2]
    if len(toks) < 2 or not only_separators(text[toks[0].end : toks[1].start], allow_comma=False):
        return []
    if any(kind(w.text, gaz) not in (COMMON, RARE) or _no_name_word(w.text, gaz) for w in toks):
        return []
    span = Span(toks[0].start, toks[1].end)
    if (
        not lacking_surname(toks[1].text, gaz)
        or verb_form(toks[1].text)
        or any(s.start < span.end and span.start < s.end for s in taken)
    ):
        return []
    if (OPENING_END.match(text, span.end) or _time_next(text, span.end)) and _SAYING.match(
        sentence.folded_from(span.end)
    ):
        return [span]
    return []


def _no_name_word(word: str, gaz: gz.Gazetteer) -> bool:
    """A title's word, a place or a plural: no name, however it stands."""
    k = gz.key(word)
    return k in gaz.title_words or k in places() or plural(k)


def lacking_surname(word: str, gaz: gz.Gazetteer) -> bool:
    """Whether hazm's lexicon has `word` seldom or never though it reads as a surname after another
    name word: a common word with the «ی» of relation (NISBA: «X‌ی» of «X»; not of a place or a
    title's word: «تهرانی», «پارلمانی» are adjectives), or a word the lexicon lacks altogether
    (name_cues.unknown: a foreign surname)."""
    k = gz.key(word)
    if lexicon().counts.get(k, 0) >= RARE_WORD:
        return False
    stems = [k[: -len(e)] for e in NISBA if k.endswith(e) and len(k) - len(e) > 2]
    related = any(lexicon().counts.get(s, 0) >= RARE_WORD for s in stems) and not any(
        s in places() or s in gaz.title_words for s in stems
    )
    return (related and kind(word, gaz) == COMMON) or unknown(word, gaz)
