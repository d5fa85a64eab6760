"""Documents put forward to a meeting (helpers.extract.documents reads these): a draft or counted texts
reviewed or put forward («… ارائه/بررسی شد», put_forward), a draft still being written (DRAFTING), which is
not put forward, and a compound verb of putting forward - «ارائه/تقدیم/پیشنهاد» with its light verb - in any
tense, person or voice,
read as grammar with hazm's Lemmatizer (helpers.text.verbs) rather than as a list of conjugations:
«X را ارائه کردند», «X را ارائه می‌دهیم», «X ارائه خواهد شد», «X را تقدیم نمودند», «X را پیشنهاد خواهد
کرد». What is put forward is not yet adopted: proposed (the dev-set README: a delegation's own
statement or papers put to the meeting are proposed by it). A negated verb puts nothing forward, and
«مطرح شد» (raised) is no verb of it: claims, questions and topics are raised more than texts."""

from __future__ import annotations

import re

from helpers.contracts import Action
from helpers.extract import document_clauses as clauses
from helpers.extract import document_cues as cues
from helpers.extract import document_meetings as meetings
from helpers.extract import document_titles as titles
from helpers.extract.mentions import words
from helpers.extract.verb_classes import BECOME, LIGHT
from helpers.text import gazetteer as gz
from helpers.text.verbs import negated, stems, verb_at

RECIPIENT = re.compile(
    rf"(?<!\w)به(?:[\s\u200c]+(?:این|ان))?(?:[\s\u200c]+(?:{meetings.MEETING_CHAIN.pattern}|شورا|دبیرخانه)|{cues.SIGNERS.pattern})"
    r"(?:[\s\u200c]+[^\s\u200c،.]+){0,4}?[\s\u200c]+$"
)
"""Whom a document is put forward to, right before the verb: a meeting or body («به اجلاس سران …», «به
شورای وزیران», «به این نشست», «به دبیرخانه»), or its members («به وزیران», «به سران …»): no part of the title."""
COUNTERPART = re.compile(r"(?<!\w)به[\s\u200c]+همتا(?![\s\u200c]*یان)[^\s،.]*(?:[\s\u200c]+[^\s،.]+)?[\s\u200c]+$")
"""Put forward to one counterpart («… را به همتای روسی‌اش ارائه کرد»; not «همتایان»): a paper of a two-sided
talk beside the meeting, not one put to the meeting: no row."""
DRAFTING = re.compile(r"(?<!\w)در[\s\u200c]+(?:دست|حال)[\s\u200c]+(?:بررسی|تهیه|تدوین|نگارش)")
"""«پیش‌نویس X در دست/حال بررسی/تهیه …»: a draft still being written, not yet put forward."""
_AFTER = 40
"""How far past the noun its light verb (with a written-apart auxiliary) may reach, in characters."""


def put_forward(folded: str) -> list[tuple[int, int, int, Action]]:
    """«… ارائه/بررسی شد» (cues.DRAFT_VERB) as verbs, in a sentence with a draft (cues.DRAFT_WORDS) or a count
    of documents (cues.COUNTED_RE), and the participle «ارائه‌شده» (cues.OFFERED) after a draft (_attribute)."""
    if not any(word in folded for word in cues.DRAFT_WORDS) and not cues.COUNTED_RE.search(folded):
        return []
    rank = len(cues.BEFORE_VERB)
    found = [
        *cues.DRAFT_VERB.regex.finditer(folded),
        *(m for m in cues.OFFERED.finditer(folded) if _attribute(folded, m.start())),
    ]
    return [(m.start(), rank, m.end(), Action.PROPOSED) for m in found]


def _attribute(folded: str, participle: int) -> bool:
    """The participle at `participle` («ارائه‌شده») follows a draft of its clause that no preposition governs: the
    draft put forward; «به پیش‌نویس ارائه‌شده … رأی دادند» votes on a draft, whatever the vote's outcome."""
    drafts = list(cues.DRAFT_START.finditer(folded, clauses.clause_start(folded, participle), participle))
    return bool(drafts) and not meetings.GOVERNED.search(folded, 0, drafts[-1].start())


def draft_or_count(title: str) -> bool:
    """What is put forward or reviewed («… ارائه/بررسی شد»): a draft («پیش‌نویس X») or counted texts
    («۹ قطعنامه … بررسی می‌شود»: before the vote); a bare document reviewed may be an old one."""
    return bool(cues.DRAFT_START.match(title) or cues.COUNTED_RE.match(title))


def offered(folded: str) -> list[tuple[int, int, int, Action]]:
    """Verbs of putting forward in `folded`, as (start, rank, end, action) like the document verbs of
    helpers.extract.documents: the noun with a light verb (verb_classes.LIGHT) right after it, in any
    tense, not negated, whose document no preposition governs (_governed), and a subjunctive only where
    it is planned; the verb starts at whom it puts the document forward to (RECIPIENT). A past «پیشنهاد
    داد/کرد» is helpers.extract.document_proposals' (it also reads what follows it and who proposed)."""
    if not any(noun in folded for noun in cues.OFFER_NOUNS):
        return []
    rank = len(cues.BEFORE_VERB)
    out = []
    for m in cues.OFFER.finditer(folded):
        if cues.PROPOSE.regex.match(folded, m.start()):
            continue
        tail = folded[m.end() : m.end() + _AFTER]
        said = [(s + m.end(), e + m.end(), w) for s, e, w in words(tail)]
        verb = verb_at(said, 0, folded) if said else None
        light = gz.key(stems(verb.lemma)[0]) if verb else ""
        if verb is None or light not in LIGHT or negated(verb):
            continue
        if COUNTERPART.search(folded, max(0, m.start() - 40), m.start()):
            continue
        to = RECIPIENT.search(folded, max(0, m.start() - 80), m.start())
        at = to.start() if to else m.start()
        active = light not in BECOME
        if _governed(folded, at, active) or (verb.tense == "subjunctive" and not clauses.planned(folded, at)):
            continue  # «… خواستار شد که نقشه راهی ارائه دهد»: a wish, not a plan («قرار است … ارائه کند»)
        out.append((at, rank, said[verb.used - 1][1], Action.PROPOSED))
    return out


def _governed(folded: str, start: int, active: bool) -> bool:
    """The first document word of the verb's clause is governed by a preposition (_GOVERNOR), right after
    it or after one word (an action noun, «این»): a topic or a part of something else put forward
    («پیشنهادهایی درباره منشور …», «گزارشی از اجرای برنامه …»), or where it stands («در بیانیه …»), not
    what is put forward; so is any document of a clause whose object holds no document word: the one «را»
    marks, or for an `active` verb with none, the noun phrase right before it («… توضیحاتی ارائه کردند»),
    also where a comma leaves the documents before it in another clause («در خصوص برنامه‌ها، پاسخ ارائه کرد»)."""
    lo = clauses.clause_start(folded, start)
    marked = list(_OBJECT.finditer(folded, lo, start))
    head = cues.HEAD_RE.search(folded, lo, marked[-1].start() if marked else start)
    if head is None:  # «راهکارهای خود را ارائه کردند», «در خصوص برنامه‌ها، پاسخ ارائه کرد»: the object is no document
        return bool(marked) or active and bool(folded[lo:start].strip(" \u200c،,"))
    if (
        active
        and not marked
        and not any(_reach(folded, h.start()) >= start - 1 for h in cues.HEAD_RE.finditer(folded, lo, start))
    ):
        return True
    word = _LAST_WORD.search(folded, lo, head.start())
    return any(_GOVERNOR.search(folded, lo, at) for at in (head.start(), word.start() if word else lo))


def _reach(folded: str, pos: int) -> int:
    """Where the noun phrase of a document at `pos` ends: its title and what it is about («کاربرگی درباره …»)."""
    end = titles.title_end(folded, pos)
    about = titles.about_span(folded, end)
    return about[1] if about else end


_GOVERNOR = re.compile(
    r"(?<!\w)(?:از|به|برای|جهت|درباره|پیرامون|راجع[\s\u200c]+به|مبنی[\s\u200c]+بر"
    r"|در(?:[\s\u200c]+(?:مورد|خصوص|زمینه|باره|بخشی[\s\u200c]+از))?)[\s\u200c]+$"
)
_LAST_WORD = re.compile(r"[^\s\u200c]+[\s\u200c]+$")
_OBJECT = re.compile(r"(?<!\w)را(?!\w)")
