"""Documents and decisions the event adopted, signed, approved or proposed.

A document is a noun phrase headed by a document word (سند/اسناد، بیانیه، اعلامیه، راهبرد/استراتژی،
طرح، برنامه، توافق‌نامه، مفهوم، قطعنامه، تصمیم …, or a decision to create something: ایجاد/تشکیل …)
governed by an action verb:

- passive or object form before the verb — «X تصویب شد», «X به امضا رسید», «X به امضای Y رسید»,
  «X را امضا کردند», «X تأیید شد», «با X موافقت کردند», and relative «X که … تصویب شد» →
  adopted / signed / approved;
- after «پیشنهاد داد/کرد (که)» — «پیشنهاد داد که برنامه‌ای … آغاز شود» → proposed.

The phrase runs from its head word to the verb, inside the verb's clause (clauses end at commas,
colons and earlier verbs followed by «و»). Coordinated documents («استراتژی … و طرح …») become
separate rows. The proposer is the person named before «پیشنهاد» in the sentence, or a role
phrase («رئیس‌جمهور روسیه») resolved against the article's attendees, or the state named there.
English titles are built from data/raw/gazetteer/documents_glossary.csv and left null unless every
word is covered."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from helpers import contracts
from helpers.contracts import Action
from helpers.extract.attendees import attendee_rows
from helpers.extract.mentions import Scanned, Span, cue, cue_regex, sentence_rows, table, usable, words
from helpers.text import gazetteer as gz

HEADS = (
    "سند|اسناد|بیانیه|اعلامیه|راهبرد|استراتژی|طرح|برنامه|توافق نامه|توافق|موافقت نامه|تفاهم نامه|قطعنامه"
    "|تصمیم|تصمیمات|معاهده|منشور|پروتکل|کنوانسیون|مفهوم|سیاست نامه|ابتکار|ایجاد|تشکیل|راه اندازی"
)
HEAD = rf"(?:(?:مجموعه ای|بسته ای|تعدادی|شماری) از |\d+ )?(?:{HEADS})(?: ?(?:ها|های|ای|ی))?"
HEAD_RE = cue_regex(HEAD)
BEFORE_VERB = {
    Action.ADOPTED: cue("(?:به )?تصویب (?:شد|شدند|رسید|رسیدند|گردید|کرد|کردند)|اتخاذ (?:شد|کرد|کردند)|پذیرفته شد"),
    Action.SIGNED: cue("(?:به )?امضا (?:رسید|رسیدند|شد|شدند|کرد|کردند)|به امضای[^.؛:]{1,160}?رسید(?:ند)?"),
    Action.APPROVED: cue("تایید (?:شد|شدند|کرد|کردند)|مورد تایید قرار گرفت|موافقت (?:شد|کرد|کردند)"),
}
PROPOSE = cue("پیشنهاد (?:داد|دادند|کرد|کردند|کرده است|داده است)")
CLAUSE_BREAK = re.compile(r"[،؛:]|(?<!\w)(?:شد|شدند|کرد|کردند|رسید|گرفت|داد|است|بود|که)(?!\w)(?: و(?!\w))?")
TRAIL = re.compile(r"(?:[\s\u200c،]+(?:را|نیز|هم|از سوی \S+|توسط \S+|با))+$")
SUBJUNCTIVE_END = re.compile(r"[\s\u200c]+\S+[\s\u200c]+(?:شود|شوند|گردد|کند|کنند|بشود)$")
PROPOSED_BY = "به پیشنهاد"
SUFFIXES = ("های", "ها", "ای", "ی")  # plural and indefinite endings a glossary term may carry


def _clause_start(folded: str, end: int) -> int:
    """Where the clause ending at `end` begins (after the last comma, colon or earlier verb);
    a comma inside «…» belongs to a quoted title and breaks nothing."""
    start = 0
    for m in CLAUSE_BREAK.finditer(folded, 0, end):
        quoted = folded.count("«", 0, m.start()) > folded.count("»", 0, m.start())
        if m.end() < end and not quoted:
            start = m.end()
    return start


def _list_start(folded: str, lo: int) -> int:
    """Move a clause's start back over comma-separated items that open with a document word, so
    «الف، ب و ج تصویب شد» keeps «الف» (a comma otherwise ends the clause)."""
    head = HEAD_RE
    while (comma := folded.rfind("،", 0, lo)) >= 0 and not folded[comma + 1 : lo].strip():
        start = _clause_start(folded, comma)
        segment = folded[start:comma]
        if not head.match(folded, start + len(segment) - len(segment.lstrip())):
            break
        lo = start
    return lo


def _titles(text: str, folded: str, index: Sequence[int], lo: int, hi: int) -> list[Span]:
    """Document phrases in folded[lo:hi]: from each coordinated head word (after «و» or a comma)
    to the next (or to hi)."""
    heads = [m for m in HEAD_RE.finditer(folded, lo, hi)]
    if not heads:
        return []
    starts = [heads[0].start()] + [
        m.start() for m in heads[1:] if re.search(r"(?:(?:^|\s)و|،)\s*$", folded[heads[0].start() : m.start()])
    ]
    spans = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else hi
        piece = folded[s:e]
        piece = re.sub(r"[\s\u200c]+و[\s\u200c]*$", "", piece) if i + 1 < len(starts) else piece
        piece = TRAIL.sub("", piece.rstrip(" \u200c،."))
        if piece.count("»") > piece.count("«"):  # the head word opened inside a quote: «اعلامیه آستانه»
            piece = piece.rstrip("»")
        if piece:
            spans.append(Span(index[s], index[s + len(piece) - 1] + 1))
    return spans


class Glossary(NamedTuple):
    """Glossary term key → English, and every beginning of a key (with or without a plural or
    indefinite ending): a phrase whose key is no such beginning cannot grow into a term."""

    terms: dict[str, str]
    beginnings: frozenset[str]


@lru_cache(maxsize=4)
def _glossary(gaz: gz.Gazetteer) -> Glossary:
    """The glossary of a loaded gazetteer, built once."""
    terms = {gz.key("".join(w for _, _, w in words(r.term_fa))): r.term_en for r in gaz.glossary.itertuples()}
    keys = [k + x for k in terms for x in ("", *SUFFIXES)]
    return Glossary(terms, frozenset(k[:n] for k in keys for n in range(len(k) + 1)))


def _english(title: str, glossary: Glossary) -> str | None:
    """Render a title word by word (longest glossary phrase first); None if a word is not covered."""
    terms = glossary.terms
    toks = [w for _, _, w in words(title)]
    out, i = [], 0
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
                out.append(hit)
                i = j
                break
        else:
            if not toks[i].isdigit() and not gz.key(toks[i]).isdigit():
                return None
            out.append(gz.key(toks[i]))
            i += 1
    return " ".join(out)


def _proposer(sentence: Scanned, lo: int, hi: int, attendees: list[dict]) -> tuple[str | None, str | None]:
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


def _sentence_documents(sentence: Scanned, attendees: list[dict]) -> list[dict]:
    """The documents a sentence reports, as spans of its text with their action and proposer."""
    found = _acted_on(sentence, attendees) + _proposals(sentence, attendees)
    return sorted(found, key=lambda d: d["span"].start)


def _acted_on(sentence: Scanned, attendees: list[dict]) -> list[dict]:
    """Documents before an adopting, signing or approving verb, with «به پیشنهاد X» as proposer."""
    text, folded, index = sentence.text, sentence.folded, sentence.origin
    found: list[dict] = []
    for action, verb in BEFORE_VERB.items():
        if not verb.may_occur(folded):
            continue
        for m in verb.regex.finditer(folded):
            lo = _list_start(folded, _clause_start(folded, m.start()))
            by = re.search(rf"{PROPOSED_BY}[\s\u200c]+", folded[lo : m.start()])
            hi = lo + by.start() if by else m.start()
            proposer = _proposer(sentence, index[lo + by.end()], index[m.start()], attendees) if by else (None, None)
            spans = _titles(text, folded, index, lo, hi)
            relative = list(re.finditer(r"(?<!\w)که(?!\w)", folded[: m.start()]))
            if not spans and relative:  # «بیانیه‌ای که … تصویب شد»: the document precedes «که»
                ke = relative[-1].start()
                spans = _titles(text, folded, index, _clause_start(folded, ke), ke)
            found += [{"span": span, "action": action, "by": proposer} for span in spans]
    return found


def _proposals(sentence: Scanned, attendees: list[dict]) -> list[dict]:
    """What follows «پیشنهاد داد (که)» up to a subjunctive verb, or «X را پیشنهاد کرد»."""
    text, folded, index = sentence.text, sentence.folded, sentence.origin
    found: list[dict] = []
    for m in PROPOSE.regex.finditer(folded) if PROPOSE.may_occur(folded) else ():
        lead = re.match(r"[\s\u200c]*(?:که[\s\u200c]+)?", folded[m.end() :])
        lo = m.end() + (lead.end() if lead else 0)
        hi = len(folded.rstrip(" .\u200c"))
        stop = re.search(r"[.؛:]", folded[lo:hi])
        hi = lo + stop.start() if stop else hi
        tail = SUBJUNCTIVE_END.search(folded[lo:hi])
        hi = lo + tail.start() if tail else hi
        spans = _titles(text, folded, index, lo, hi)
        if not spans and re.search(r"[\s\u200c]را[\s\u200c]*$", folded[: m.start()]):  # «X را پیشنهاد کرد»
            spans = _titles(text, folded, index, _clause_start(folded, m.start()), m.start())
        by = _proposer(sentence, 0, index[m.start()], attendees)
        found += [{"span": s, "action": Action.PROPOSED, "by": by} for s in spans]
    return found


def document_rows(own: list[Scanned], attendees: list[dict], gaz: gz.Gazetteer) -> list[dict]:
    """The documents of an article's scanned own sentences (one dict per table row): one row per
    document and action, first mention kept. `attendees` are the attendee rows, for proposers."""
    glossary = _glossary(gaz)
    rows, seen = [], set()
    for sentence in own:
        row = sentence.row
        for d in _sentence_documents(sentence, attendees):
            title = row.text[d["span"].start : d["span"].end].strip()
            k = (gz.key(title), d["action"])
            if k in seen:
                continue
            seen.add(k)
            rows.append(
                {
                    "title_fa": title,
                    "title_en": _english(title, glossary),
                    "action": d["action"],
                    "proposed_by_fa": d["by"][0],
                    "proposed_by_en": d["by"][1],
                    "section": row.section,
                    "paragraph": row.paragraph,
                    "sentence": row.sentence,
                    "sentence_text": row.text,
                }
            )
    return rows


def extract_documents(
    sentences: pd.DataFrame, attendees: pd.DataFrame | None = None, gaz: gz.Gazetteer | None = None
) -> pd.DataFrame:
    """The documents table (contracts.DOCUMENTS); proposers are resolved against `attendees`
    (extracted from the same sentences when not given)."""
    gaz = gaz or gz.load()
    own = usable(sentence_rows(sentences), gaz)
    if attendees is None:
        holders = attendee_rows(own, gaz)
    else:  # rows as dicts, zipped from column lists (to_dict walks rows in pandas, slower)
        columns = ["role_fa", "country_fa", "name_fa", "name_en"]
        holders = [
            dict(zip(columns, values, strict=True))
            for values in zip(*(attendees[c].tolist() for c in columns), strict=True)
        ]
    return table(document_rows(own, holders, gaz), contracts.DOCUMENTS)
