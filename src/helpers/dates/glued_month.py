"""The month «می» (May) that the sentence normalizer glued to the word after it.

hazm's Normalizer reads every «می» followed by a space as the prefix of a continuous verb and joins it
to the next word with a ZWNJ: «۷ می برگزار شد» becomes «۷ می‌برگزار شد», «هفتم ماه می، …» becomes
«هفتم ماه می‌، …», «۲۰ می ۲۰۲۳» becomes «۲۰ می‌۲۰۲۳». After a day or «ماه» the «می» is the month when
what it was joined to is no verb: punctuation, a number, or a word hazm's Lemmatizer gives no verb lemma
(«می‌برگزار», «می‌در»; not «به ۲۰ می‌رسد», «این ماه می‌آید», which are verbs). The dates are read with a
space for that ZWNJ, which keeps the text's length, so offsets still cut surfaces from the sentence."""

from __future__ import annotations

import re

from helpers.dates.patterns import DAY_WORD, SP
from helpers.text.verbs import reads_as_verb

_GLUED_MAY = re.compile(rf"(?<![\w\u200c])(?:{DAY_WORD}|ماه){SP}(?P<may>می)\u200c(?P<next>\S*)")
"""A day or «ماه», then «می» joined by a ZWNJ to what follows it."""
_WORD = re.compile(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*")
"""The word «می» was joined to, with its own ZWNJs («گفت‌وگو»)."""


def unglue_may(folded: str) -> str:
    """`folded` with a space for the ZWNJ that joins the month «می» to a word that is no verb."""
    if "می\u200c" not in folded:
        return folded
    return _GLUED_MAY.sub(_unglued, folded)


def _unglued(match: re.Match[str]) -> str:
    following = _WORD.match(match["next"])
    if following and reads_as_verb(f"می\u200c{following[0]}"):
        return match[0]
    text, cut = match[0], match.end("may") - match.start()
    return f"{text[:cut]} {text[cut + 1 :]}"
