"""Names that open a sentence or its clause with no title or honorific before them: led by a given
name («X Y در سخنانی گفت», «به گزارش ایرنا، X Y ضمن …», a headline's «X Y: …»), or a common or rare
word opening a name a title closes in a clause of saying. Split out of helpers.extract.name_cues,
whose cues and clause bounds it reads; helpers.extract.people calls `opening_names`."""

from __future__ import annotations

import re

from helpers.extract.mentions import WORD, Scanned, Span, only_separators
from helpers.extract.name_bounds import time_keys
from helpers.extract.name_cues import CLAUSE_START, OPENING_END, SAID
from helpers.extract.name_lexicon import RARE_WORD, lexicon, places
from helpers.extract.name_runs import framed_run
from helpers.extract.names import COMMON, GIVEN, RARE, kind, name_span, tokens
from helpers.text import gazetteer as gz

_REPORTED = re.compile(
    r"[^.؛!؟?]*?(?:گفت|افزود|اظهار|تصریح|خاطرنشان|تاکید|تأکید|سخنرانی|خواستار|اعلام|حضور|شرکت|وارد|دیدار|تشکر)"
)
"""A clause that reports what someone said or that they were there: a name that ends in a common
word («X جلالی») opens a sentence as a person only in such a clause («حسن همجواری …» does not)."""
_SAYING = re.compile(rf"[^.؛!؟?:]*?(?<!\w)(?:{SAID.replace(' ', gz.SEP_RE)})")
"""A verb of saying further on in the clause (SAID, any ending: «گفته است», «افزودند»)."""


def opening_names(sentence: Scanned, taken: list[Span], gaz: gz.Gazetteer) -> list[Span]:
    """A name of two or three words led by a given name that opens a sentence («X Y در سخنانی گفت»,
    «به گزارش ایرنا، X Y ضمن …», a headline's «X Y: …»), followed by punctuation or a
    word that goes on with the clause (OPENING_END); one that ends in a common word only before a
    colon or in a clause of saying or presence (`_REPORTED`). Not a common word written apart («علی
    رغم»), nor a place («اسلام آباد»). A common or rare word may open a name a title closes in a
    clause of saying (`_framed_opening`)."""
    text = sentence.text
    start = CLAUSE_START.match(text)
    first = WORD.match(text, start.end()) if start else None
    if first is not None and kind(first.group(), gaz) in (COMMON, RARE):
        return _framed_opening(sentence, first.start(), taken, gaz)
    if first is None or kind(first.group(), gaz) != GIVEN:  # before `name_span`, which tokenizes the sentence
        return []
    span = name_span(text, start.end(), +1, taken, gaz) if start else None
    named = text[span.start : span.end].split() if span else []
    if not span or not 1 < len(named) < 4 or kind(named[0], gaz) != GIVEN:
        return []
    joined = gz.key("".join(named[:2]))
    if lexicon()[1].get(joined, 0) >= RARE_WORD or joined in places():
        return []
    if not OPENING_END.match(text, span.end) and not _time_next(text, span.end):
        return []
    said = text.startswith(":", span.end) or _REPORTED.match(text, span.end)
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
    to a verb of saying (`_SAYING`): a common word opening it is a given name («ماریو», the Pashto
    «گران»), a short word too (a syllable of an East Asian name, an initial: «آنگ», «جی»). A noun
    opening a headline («سفر X وزیر …», «هشدار X وزیر …») says nothing, so stays outside."""
    text = sentence.text
    role = next((m for m in sentence.mentions if m.kind == "role" and m.start > pos), None)
    if role is None:
        return []
    end = len(text[: role.start].rstrip(" \u200c،,"))
    span = framed_run(text, pos, end, taken, gaz, 2) if end > pos else None
    return [span] if span and _SAYING.match(sentence.folded_from(role.end)) else []
