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

import pandas as pd

from helpers import contracts
from helpers.contracts import Action
from helpers.dates.words import CARDINALS, number_alternation, number_value
from helpers.extract.attendees import attendee_rows
from helpers.extract.glossary import english, glossary
from helpers.extract.mentions import Scanned, Span, cue, cue_regex, sentence_rows, table, usable, words
from helpers.text import gazetteer as gz

HEADS = (
    "سند|اسناد|بیانیه|اعلامیه|راهبرد|استراتژی|طرح|برنامه|توافق نامه|توافق|موافقت نامه|تفاهم نامه|قطعنامه"
    "|تصمیم|تصمیمات|معاهده|منشور|پروتکل|کنوانسیون|مفهوم|سیاست نامه|ابتکار|ایجاد|تشکیل|راه اندازی"
    "|یادداشت تفاهم|یادداشت|نقشه راه|قرارداد|میثاق"
)
NUMBER = rf"(?:\d+|{number_alternation(CARDINALS)})"
HEAD = (
    rf"(?:(?:مجموعه ای|بسته ای|تعدادی|شماری) از |(?:حدود |بیش از |نزدیک به )?{NUMBER} )?"
    rf"(?:{HEADS})(?: ?(?:ها|های|ای|ی))?"
)
HEAD_RE = cue_regex(HEAD)
BARE_HEAD = cue_regex(rf"(?:{HEADS})(?: ?(?:ها|های|ای|ی))?")
BEFORE_VERB = {
    Action.ADOPTED: cue(
        "(?:به )?تصویب (?:شد|شدند|رسید|رسیدند|گردید|کرد|کردند)|اتخاذ (?:شد|کرد|کردند)|پذیرفته شد"
        "|مورد تصویب قرار (?:گرفت|گرفتند)|به تصویب [^.؛:]{1,80}?رسید(?:ند)?"
    ),
    Action.SIGNED: cue(
        "(?:به )?امضا (?:رسید|رسیدند|شد|شدند|کرد|کردند|کرده اند|کرده بودند|کرده است)|به امضای[^.؛:]{1,160}?رسید(?:ند)?"
    ),
    Action.APPROVED: cue("تایید (?:شد|شدند|کرد|کردند)|مورد تایید قرار گرفت|موافقت (?:شد|کرد|کردند)"),
    Action.ISSUED: cue("(?:صادر|منتشر) (?:شد|شدند|کرد|کردند|گردید|کرده اند|کرده است)"),
    Action.PROPOSED: cue(
        "نهایی (?:کند|کنند|شود|شوند|خواهد شد)|(?:به )?(?:امضا|تصویب) خواهد رسید|(?:امضا|تصویب) (?:خواهد شد|شود|شوند)"
        "|(?:امضا|تصویب) (?:خواهند کرد|می شود|می شوند)"
    ),
}
"""Verbs after the document («X به امضا رسید», «X صادر شد»; «X امضا خواهد شد» is still proposed)."""
NOUN_FIRST = [
    (Action.PROPOSED, cue("(?:برای|جهت|به منظور) (?:امضای|تصویب)")),
    (Action.SIGNED, cue("امضای")),
    (Action.ISSUED, cue("(?:صدور|انتشار)")),
    (Action.ADOPTED, cue("تصویب")),
]
"""Action nouns before the document («با امضای X», «با صدور X»); «برای امضای X» is proposed."""
FINAL = cue("(?:بیانیه|اعلامیه|اسناد|سند)(?: ?(?:ها|های|ای|ی))? (?:پایانی|مشترک|نهایی|ختامی)")
"""A final or joint statement named with no action is the meeting's outcome: issued."""
EARLIER_MEETING = re.compile(
    r"[\s\u200c]+(?:(?:ان|اخرین)[\s\u200c]+(?:نشست|اجلاس)"
    r"|(?:نشست|اجلاس)[\s\u200c]+(?:قبلی|گذشته|پیشین|سال گذشته))(?!\w)"
)
"""Words after a final statement that place it at an earlier meeting."""
VERBS = r"(?<!\w)(?:می|شد|شده|شود|رسید|کرد|کردند|کند|داد|دادند|یافت|گرفت)(?!\w)"
"""A verb (or its prefix) ends a title, and the word before it is the verb's own noun («پایان می‌یابد»)."""
TITLE_STOP = re.compile(rf"[،؛:.!?«»()]|(?<!\w)(?:که|را|به|در|از|با|توسط|تا|پس|پیش)(?!\w)|(?P<verb>{VERBS})")
DOC_FUTURE = cue("(?:خواهد|خواهند) [^\\s.]+|می (?:یابد|رسد|شود|شوند)|قرار است")
"""Pre-event wording after an action noun: the document is still to be signed or adopted."""
MAX_TITLE_WORDS = 7
PROPOSE = cue("پیشنهاد (?:داد|دادند|کرد|کردند|کرده است|داده است)")
CLAUSE_BREAK = re.compile(r"[،؛:]|(?<!\w)(?:شد|شدند|شود|شوند|کرد|کردند|رسید|گرفت|داد|است|بود|که)(?!\w)(?: و(?!\w))?")
TRAIL = re.compile(r"(?:[\s\u200c،]+(?:را|نیز|هم|از سوی \S+|توسط \S+|با))+$")
SUBJUNCTIVE_END = re.compile(r"[\s\u200c]+\S+[\s\u200c]+(?:شود|شوند|گردد|کند|کنند|بشود)$")
PROPOSED_BY = "به پیشنهاد"


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


def _titles(text: str, folded: str, index: Sequence[int], lo: int, hi: int, cut: bool = False) -> list[Span]:
    """Document phrases in folded[lo:hi]: from each coordinated head word (after «و» or a comma)
    to the next (or to hi); with `cut`, also no further than `_title_end` («بیانیه پایانی این اجلاس
    در ۳۱ صفحه … منتشر شد»: what follows the title says where and how, not what)."""
    heads = [m for m in HEAD_RE.finditer(folded, lo, hi)]
    if not heads:
        return []
    starts = [heads[0].start()] + [
        m.start() for m in heads[1:] if re.search(r"(?:(?:^|\s)و|،)\s*$", folded[heads[0].start() : m.start()])
    ]
    spans = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else hi
        e = min(e, _title_end(folded, s)) if cut else e
        piece = folded[s:e]
        piece = re.sub(r"[\s\u200c]+و[\s\u200c]*$", "", piece) if i + 1 < len(starts) else piece
        piece = TRAIL.sub("", piece.rstrip(" \u200c،."))
        if piece.count("»") > piece.count("«"):  # the head word opened inside a quote: «اعلامیه آستانه»
            piece = piece.rstrip("»")
        if piece:
            spans.append(Span(index[s], index[s + len(piece) - 1] + 1))
    return spans


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
    found = _acted_on(sentence, attendees) + _proposals(sentence, attendees) + _noun_first(sentence)
    found += _final_statements(sentence, [d["span"] for d in found])
    return sorted(found, key=lambda d: d["span"].start)


def _noun_first(sentence: Scanned) -> list[dict]:
    """Documents after an action noun: «با امضای توافق‌نامه …», «با صدور بیانیه …», «برای امضای
    سند …» (proposed). «امضای این توافق» alone refers back to a document already named: no row."""
    folded, index = sentence.folded, sentence.origin
    found: list[dict] = []
    taken: list[tuple[int, int]] = []
    for action, phrase in NOUN_FIRST:
        for m in phrase.regex.finditer(folded) if phrase.may_occur(folded) else ():
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            lead = re.compile(r"[\s\u200c]*(?:(این|ان)[\s\u200c]+)?").match(folded, m.end())
            pos = lead.end() if lead else m.end()
            head = HEAD_RE.match(folded, pos)
            if head is None:
                continue
            end = _title_end(folded, pos)
            if lead and lead.group(1):  # «امضای این توافق‌نامه»: a document named before
                continue
            if action != Action.PROPOSED and DOC_FUTURE.regex.search(folded, end):
                action = Action.PROPOSED  # «اجلاس با امضای منشور … پایان می‌یابد»: still to be signed
            found.append({"span": Span(index[pos], index[end - 1] + 1), "action": action, "by": (None, None)})
    return found


def _title_end(folded: str, pos: int) -> int:
    """Where a title starting at `pos` ends: at a clause mark, a preposition, «که»/«را» or a verb, and
    after at most MAX_TITLE_WORDS words."""
    stop = TITLE_STOP.search(folded, pos + 1)
    end = stop.start() if stop else len(folded)
    spans = [m.end() for m in re.finditer(r"[^\s\u200c]+", folded[pos:end])][:MAX_TITLE_WORDS]
    if stop and stop["verb"] and len(spans) > 1 and len(spans) < MAX_TITLE_WORDS:
        spans.pop()
    return pos + spans[-1] if spans else end


def _final_statements(sentence: Scanned, spans: list[Span]) -> list[dict]:
    """«بیانیه پایانی», «بیانیه مشترک» … named with no action in the sentence: issued; not one of an
    earlier meeting («بیانیه پایانی آن نشست», «… نشست قبلی»)."""
    folded, index = sentence.folded, sentence.origin
    out = []
    for m in FINAL.regex.finditer(folded) if FINAL.may_occur(folded) else ():
        span = Span(index[m.start()], index[m.end() - 1] + 1)
        earlier = EARLIER_MEETING.match(folded, m.end())
        if not earlier and not any(s.start < span.end and span.start < s.end for s in spans):
            out.append({"span": span, "action": Action.ISSUED, "by": (None, None)})
    return out


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
            spans = _titles(text, folded, index, lo, hi, cut=action in (Action.ISSUED, Action.PROPOSED))
            relative = list(re.finditer(r"(?<!\w)که(?!\w)", folded[: m.start()]))
            if not spans and relative:  # «بیانیه‌ای که … تصویب شد»: the document precedes «که»
                ke = relative[-1].start()
                spans = _titles(text, folded, index, _clause_start(folded, ke), ke)
            seen = {d["span"] for d in found}  # one mention, several verbs: the first action found
            spans = [span for span in spans if not _refers_back(sentence, span) and span not in seen]
            found += [{"span": span, "action": action, "by": proposer} for span in spans]
    return found


def _refers_back(sentence: Scanned, span: Span) -> bool:
    """«این توافق به امضا رسید»: a bare document word after «این/آن» names a document already named."""
    title = gz.fold(sentence.text[span.start : span.end])
    before = gz.fold(sentence.text[max(0, span.start - 8) : span.start])
    return bool(BARE_HEAD.fullmatch(title)) and bool(re.search(r"(?<!\w)(?:این|ان)[\s\u200c]*$", before))


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
    terms = glossary(gaz)
    rows: list[dict] = []
    for sentence in own:
        row = sentence.row
        for d in _sentence_documents(sentence, attendees):
            title = row.text[d["span"].start : d["span"].end].strip()
            same = next((r for r in rows if r["action"] == d["action"] and _same_title(r["title_fa"], title)), None)
            if same is not None:  # named again, or shorter: «توافق‌نامه» after «توافق‌نامه‌ای درباره …»
                if len(_title_words(title)) > len(_title_words(same["title_fa"])):
                    same["title_fa"], same["title_en"], same["count"] = title, english(title, terms), _count(title)
                continue
            rows.append(
                {
                    "title_fa": title,
                    "title_en": english(title, terms),
                    "action": d["action"],
                    "count": _count(title),
                    "proposed_by_fa": d["by"][0],
                    "proposed_by_en": d["by"][1],
                    "section": row.section,
                    "paragraph": row.paragraph,
                    "sentence": row.sentence,
                    "sentence_text": row.text,
                }
            )
    return rows


def _title_words(title: str) -> list[str]:
    """Word keys of a title, the indefinite or ezafe ending of a word dropped («بیانیه‌ای» = «بیانیه»)."""
    keys = [gz.key(w) for _, _, w in words(title)]
    return [re.sub(r"(?:ای|ی)$", "", k) if len(k) > 4 else k for k in keys]


def _same_title(a: str, b: str) -> bool:
    """One title is the other, or the other with words added, starting with the same document word."""
    x, y = _title_words(a), _title_words(b)
    return bool(x) and bool(y) and x[0] == y[0] and (set(x) <= set(y) or set(y) <= set(x))


def _count(title: str) -> int | None:
    """The number of documents a counted title names («۱۲ سند همکاری», «حدود بیست سند»), else None."""
    m = re.match(rf"(?:(?:حدود|بیش از|نزدیک به)[\s\u200c]+)?({NUMBER})[\s\u200c]", gz.fold(title))
    return number_value(m.group(1)) if m else None


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
