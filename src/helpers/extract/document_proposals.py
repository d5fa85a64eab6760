"""Documents put forward by someone at the meeting (helpers.extract.documents): what follows «پیشنهاد
داد/کرد (که)» or stands before it as its object, and who proposed it - the person named before
«پیشنهاد» in the sentence, or a role phrase («رئیس‌جمهور روسیه») resolved against the article's
attendees, or the state named there."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

import pandas as pd

from helpers.contracts import Action
from helpers.extract import document_clauses as clauses
from helpers.extract import document_cues as cues
from helpers.extract import document_titles as titles
from helpers.extract.mentions import Scanned, Span


def proposer(sentence: Scanned, lo: int, hi: int, attendees: list[dict]) -> tuple[str | None, str | None]:
    """Who proposed, named in the sentence's text[lo:hi]: a person, else a role phrase matched to
    the attendees (rows as dicts), else a state or organization."""
    mentions = [m for m in sentence.mentions if lo <= m.start and m.end <= hi]
    people = [m for m in mentions if m.kind == "person"]
    if people:
        return people[0].entry.name_fa, people[0].entry.name_en
    for i, m in enumerate(mentions):
        if m.kind == "role" and i + 1 < len(mentions) and mentions[i + 1].kind in ("country", "org"):
            hit = next(
                (
                    a
                    for a in attendees
                    if a["role_fa"] == m.entry.name_fa
                    and a["country_fa"] == mentions[i + 1].entry.name_fa
                    and pd.notna(a["name_fa"])
                ),
                None,
            )
            if hit:
                return hit["name_fa"], hit["name_en"]
    states = [m for m in mentions if m.kind in ("country", "org")]
    if states:
        return states[0].entry.name_fa, states[0].entry.name_en
    return None, None


def proposals(sentence: Scanned, attendees: list[dict]) -> list[dict]:
    """What follows «پیشنهاد داد (که)» up to a subjunctive verb, or its object before it."""
    folded, index = sentence.folded, sentence.origin
    found: list[dict] = []
    for m in cues.PROPOSE.regex.finditer(folded) if cues.PROPOSE.may_occur(folded) else ():
        lead = re.match(r"[\s\u200c]*(?:که[\s\u200c]+)?", folded[m.end() :])
        lo = m.end() + (lead.end() if lead else 0)
        hi = len(folded.rstrip(" .\u200c"))
        stop = re.search(r"[.؛:]", folded[lo:hi])
        hi = lo + stop.start() if stop else hi
        tail = cues.SUBJUNCTIVE_END.search(folded[lo:hi])
        hi = lo + tail.start() if tail else hi
        spans = titles.title_spans(folded, index, lo, hi) or _proposed_object(folded, index, m.start())
        by = proposer(sentence, 0, index[m.start()], attendees)
        found += [{"span": s, "action": Action.PROPOSED, "by": by} for s in spans]
    return found


def _proposed_object(folded: str, index: Sequence[int], pos: int) -> list[Span]:
    """The object before «پیشنهاد کرد» at `pos`: «X را پیشنهاد کرد», or an indefinite one, which takes
    no «را» («طرحی برای … پیشنهاد داد»)."""
    spans = titles.title_spans(folded, index, clauses.clause_start(folded, pos), pos)
    if re.search(r"[\s\u200c]را[\s\u200c]*$", folded[:pos]):
        return spans
    return [sp for sp in spans[:1] if cues.INDEFINITE_HEAD.match(folded, bisect_left(index, sp.start))]
