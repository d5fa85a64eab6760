"""Documents and decisions the event adopted, signed, approved or proposed.

A document is a noun phrase headed by a document word (سند/اسناد، بیانیه، اعلامیه، راهبرد/استراتژی،
طرح، برنامه، توافق‌نامه، مفهوم، قطعنامه، تصمیم …, or a decision to create something, ایجاد/تشکیل …,
that a verb acts on; after an action noun, «پیشنهاد تشکیل X را مطرح کرد», a creation is a topic
raised) governed by an action verb:

- passive or object form before the verb — «X تصویب شد», «X به امضا رسید», «X به امضای Y رسید»,
  «X را امضا کردند», «X تأیید شد», «با X موافقت کردند», and relative «X که … تصویب شد» →
  adopted / signed / approved;
- after an action noun — «با امضای X», «با صدور X», «پیشنهاد X» — or named as the meeting's final
  or joint statement with no verb → its action, or issued;
- still to come — «X منتشر می‌شود», «X را امضا کنند», «X برای امضا آماده شده است», a draft
  («پیش‌نویس X») «بررسی شد», anything put forward («X را ارائه/تقدیم کردند», «X مطرح خواهد شد», any
  tense: helpers.extract.document_offers) — and after «پیشنهاد داد/کرد (که)» → proposed; a text put forward in
  its relative clause or by a participle («X که … ارائه شده بود، تصویب شد») and then acted on takes the later
  action (_offered_then).

Not rows: a vague «اسناد مهم دیگری», documents someone argued for («از حامیان امضای …»), documents a
clause dates before this meeting («سال گذشته», «در نشست قبلی», a year before the article's, an
anniversary «سالگرد امضای …») or that a verb tells done while the report has the meeting still to come
(document_outside.in_report_time), documents two states sign between them (document_outside.two_states),
numbered resolutions of other bodies, unnamed decisions, schedules, a bare «این X» naming one already
named (unless a verb gives it a new action: _acted_again), and a verbless headline's document that the body
reports with another action.

Documents listed after a participle («از جمله طرح‌های مورد تصویب …، الف و ب بود») take its action;
a final statement named with no action is the one another row reports (one document, one row).
The phrase (helpers.extract.document_titles) runs from its head word to the verb, inside the verb's
clause (clauses end at commas, colons and earlier verbs followed by «و»), short of an agent or
witness phrase («از سوی …»، «در حضور …») and of where and when («در پایان نشست»، «روز …»).
Coordinated documents («استراتژی … و طرح …») and the items a count lists («سه سند شامل الف، ب و ج»)
become separate rows; coordinated verbs on one mention («مورد توافق قرار گرفت و به تصویب رسید») give
one row with the last action.
The word lists are in helpers.extract.document_cues, the clause bounds in
helpers.extract.document_clauses, what is no document of this meeting in
helpers.extract.document_filters (and document_outside), drafts and texts put forward in
helpers.extract.document_offers, proposals and their proposer (the person named before «پیشنهاد», a
role phrase resolved against the article's attendees, or a state) in helpers.extract.document_proposals.
English titles are built from data/raw/gazetteer/documents_glossary.csv and left null unless every
word is covered."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence

import pandas as pd

from helpers import contracts
from helpers.contracts import Action
from helpers.extract import document_clauses as clauses
from helpers.extract import document_cues as cues
from helpers.extract import document_filters as filters
from helpers.extract import document_lists as lists
from helpers.extract import document_meetings as meetings
from helpers.extract import document_offers as offers
from helpers.extract import document_outside as outside
from helpers.extract import document_proposals as proposals
from helpers.extract import document_sameness as sameness
from helpers.extract import document_titles as titles
from helpers.extract import document_words
from helpers.extract.attendees import read_attendees
from helpers.extract.glossary import english, glossary
from helpers.extract.mentions import Scanned, Span, sentence_rows, table, usable
from helpers.extract.report_time import report_times
from helpers.text import gazetteer as gz
from helpers.text.verbs import first_verb, negated


def _sentence_documents(sentence: Scanned, attendees: list[dict], year: int | None, home: frozenset[str]) -> list[dict]:
    """The documents a sentence reports, as spans of its text with their action and proposer."""
    folded = sentence.folded
    talks = cues.DISCUSSED_CUE.may_occur(folded) and cues.DISCUSSED_CUE.regex.search(folded)
    if not (cues.ANY_CUE.search(folded) or talks) or cues.EARLIER_OPENING.match(folded):
        return []
    found = lists.among_described(sentence, _acted_on(sentence, attendees, year))  # «در میان اسنادی که …، X»
    found += proposals.proposals(sentence, attendees) + _listed(sentence)
    found += clauses.named_among(sentence, found)
    verbed = {d["span"].start for d in found}  # «با پیشنهاد ایجاد X موافقت کردند»: the verb's action
    found += [d for d in _noun_first(sentence, year) if d["span"].start not in verbed]
    found += _final_statements(sentence, [d["span"] for d in found], year)
    named = [
        d
        for d in found
        if not d.get("undone")
        and not filters.unnamed(sentence, d["span"], home)
        and not filters.failed(sentence, d["span"])
    ]
    return sorted(named, key=lambda d: d["span"].start)


def _noun_first(sentence: Scanned, year: int | None) -> list[dict]:
    """Documents after an action noun: «با امضای توافق‌نامه …», «با صدور بیانیه …», «برای امضای
    سند …» (proposed). «امضای این توافق» alone refers back to a document already named: no row."""
    folded, index = sentence.folded, sentence.origin
    found: list[dict] = []
    taken: list[tuple[int, int]] = []
    for action, phrase in cues.NOUN_FIRST:
        for m in phrase.regex.finditer(folded) if phrase.may_occur(folded) else ():
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            lead = cues.LEAD.match(folded, m.end())  # «با صدور «X»», «تصویب کلیات X»
            pos = lead.end() if lead else m.end()
            head = cues.HEAD_RE.match(folded, pos)
            if head is None or cues.CREATION_RE.match(folded, pos):
                continue  # «پیشنهاد تشکیل شبکه مشترک را مطرح کرد», «گفتگو درباره ایجاد …»: a body, a topic
            name = cues.NAME_AFTER.match(folded, head.end())  # «با صدور بیانیه‌ای تحت عنوان «اعلامیه X»»
            pos = name.end() if name and cues.HEAD_RE.match(folded, name.end()) else pos
            ready = cues.READY.search(folded, 0, m.start())  # «خواستار امضای X شدند»: the verb's own word
            end = titles.title_end(folded, pos, verb_noun=not ready)
            tense = cues.DOC_FUTURE.search(folded, end)
            future = (tense and tense["future"]) or cues.STILL_TO_COME.search(folded, 0, m.start()) or ready
            acted = Action.PROPOSED if future else action  # «… با امضای منشور … پایان می‌یابد»: still to come
            nominal = not cues.HAS_VERB.search(folded)
            undone = filters.undone(folded, m.start(), end, year)
            # «امضای این توافق‌نامه», «این امضای …»: one named before; «سالگرد امضای سند نهایی X»: an
            # anniversary. No row, but the mention is taken: no final statement is read inside it
            undone = undone or bool((lead and lead.group(1)) or cues.THIS_BEFORE.search(folded, 0, m.start()))
            undone = undone or bool(cues.ABOUT_BEFORE.search(folded, 0, m.start()))  # «درباره تصویب X»: a topic
            undone = undone or outside.in_object(folded, pos, end, len(folded))  # «فهرست … برای تصویب X را …»
            undone = undone or _not_told(folded, m.start(), pos, end)  # «تصویب یک قطعنامه نیازمند … است»
            found += [
                {"span": Span(index[a], index[b - 1] + 1), "action": acted, "by": (None, None), "nominal": nominal}
                | ({"undone": True} if undone or _generic(folded, a, b) else {})
                for pair in _coordinated(folded, pos, end)
                for a, b in titles.listed_items(folded, *pair)
            ]
    return found


def _not_told(folded: str, noun: int, pos: int, end: int) -> bool:
    """An indefinite document after the action noun at `noun` (titles.indefinite at `pos`: «با تصویب قطعنامه‌ای»,
    «صدور یک بیانیه», «تصویب سندی») that is hoped for (cues.HOPED before the noun: «امیدواریم … ما را به انعقاد یک
    توافق تجاری رهنمون کند») or whose clause, after the title's `end`, ends in the copula with no verb («تصویب یک
    قطعنامه نیازمند نه رأی است», «به‌دنبال تصویب قطعنامه‌ای … است»: what an act needs or someone seeks) or goes on
    to a negated verb names no document acted on; with no verb at all (a headline) it is the one the act names."""
    if not titles.indefinite(folded, pos):
        return False
    if cues.HOPED.search(folded, 0, noun):
        return True
    stop = cues.VERB_BREAK.search(folded, end)
    verb = first_verb(folded, end, stop.end() if stop else len(folded))
    if verb is None:
        return bool(stop and cues.COPULA.fullmatch(stop.group()))
    return negated(verb)


def _generic(folded: str, a: int, b: int) -> bool:
    """A bare document noun after an action noun («به تبادل نظر و تصویب قطعنامه می‌پردازند», «در صورت تصویب
    قطعنامه»), with no ending, chain or complement of what it is about, names no document: it is generic, or
    the one a fuller mention names; after the indefinite article («با صدور یک قطعنامه و یک بیانیه …», cues.ONE_BEFORE)
    it names one document, as «قطعنامه‌ای» does."""
    bare = cues.NOUN_RE.fullmatch(folded, a, b) and not cues.ONE_BEFORE.search(folded, 0, a)
    return bool(bare) and titles.about_span(folded, b) is None


def _coordinated(folded: str, pos: int, end: int) -> list[tuple[int, int]]:
    """folded[pos:end] cut where «و» is followed by another document word («با تصویب اعلامیه تهران و
    برنامه اقدام …»: two documents), not after a bare count («۸ سند و موافقت‌نامه همکاری»: one count)."""
    joins = list(cues.AND_ONE.finditer(folded[pos:end]))
    cuts = [
        (pos + j.start(), pos + j.end())
        for j in joins
        if (head := cues.HEAD_RE.match(folded, pos + j.end()))
        and not titles.one_count(folded, pos, pos + j.start())
        and not document_words.adjective(folded, head.start(), head.end())  # «سند مهم و راهبردی»
    ]
    starts, ends = [pos] + [b for _, b in cuts], [a for a, _ in cuts] + [end]
    return [(a, b) for a, b in zip(starts, ends, strict=True) if b > a]


def _final_statements(sentence: Scanned, spans: list[Span], year: int | None) -> list[dict]:
    """«بیانیه پایانی», «بیانیه مشترک» … named with no action in the sentence: issued (proposed in a
    pre-event sentence, or as a topic of talks: cues.TALKED_AFTER); a draft of one («پیش‌نویس بیانیه پایانی
    …»), proposed; not one of an earlier meeting («بیانیه پایانی آن نشست», «… نشست قبلی») or one its clause
    dates before `year` («بیانیه مشترک مورخ ۱ نوامبر ۲۰۱۷», filters.dated_before, as for an action noun's
    document); one its clause ties to a later meeting («با تمرکز بر اجلاس آتی سران و مباحث آن از جمله اعلامیه
    مشترک پایانی»: cues.LATER_MEETING) is that meeting's, still to be issued: proposed.
    The verb of its clause is read off hazm's Lemmatizer (verbs.first_verb): negated (verbs.negated, any tense
    and light verb: «منتشر نشد», «صادر نمی‌شود», «نخواهد داشت») there is no such statement, unless a
    preposition governs it, the complement of another predicate («از بیانیه پایانی حمایت نخواهد کرد»); in the
    future it is still to come, and so where the present of «شدن» follows it («در بیانیه پایانی گنجانده
    می‌شود»: cues.ACTED_ON_NEXT); in any other present («… تأیید می‌کند», «… از طالبان می‌خواهند») it is
    what the statement says. A subjunctive is planned only where cues.STILL_TO_COME says so (hazm's tense
    reads «دارد» as one)."""
    folded, index = sentence.folded, sentence.origin
    out: list[dict] = []
    for m in cues.FINAL.regex.finditer(folded) if cues.FINAL.may_occur(folded) else ():
        draft = cues.DRAFT_BEFORE.search(folded, 0, m.start())  # «پیش‌نویس بیانیه پایانی …»: put forward
        if draft and offers.DRAFTING.search(folded, m.end()):
            continue  # «… در دست بررسی کارشناسان است»: still being written, not put forward
        start, end = draft.start() if draft else m.start(), titles.chain_end(folded, m.end()) or m.end()
        span = Span(index[start], index[end - 1] + 1)
        earlier = bool(cues.EARLIER_MEETING.match(folded, m.end()) or cues.EARLIER.search(folded))
        earlier = earlier or bool(cues.CONTAINER.search(folded, 0, m.start()))
        earlier = earlier or bool(cues.NAMED_NEXT.match(folded, m.end()))  # the kind of a document named next
        earlier = earlier or filters.dated_before(clauses.clause_of(folded, m.start(), m.end()), year)
        stop = cues.CLAUSE_BREAK.search(folded, end)
        stop_at = stop.end() if stop else len(folded)
        verb = first_verb(folded, end, stop_at)  # the statement's clause's verb, off hazm's Lemmatizer
        denied = verb is not None and negated(verb) and not meetings.GOVERNED.search(folded, 0, start)
        if denied or cues.DENIED_BEFORE.search(folded, 0, m.start()):
            continue  # «بیانیه پایانی هنوز منتشر نشده است», «… نخواهد داشت», «عدم طرح/بدون دستیابی به بیانیه نهایی»
        if not earlier and not any(s.start < span.end and span.start < s.end for s in spans):
            cut = verb is None and cues.NEXT_VERB.search(folded, end, stop_at)  # «… منتشر خواهد ش»: cut off by the page
            future = (verb and verb.tense == "future") or (cut and cut["future"])
            future = future or cues.ACTED_ON_NEXT.match(folded, end)  # «… گنجانده می‌شود»
            future = future or cues.STILL_TO_COME.search(folded, 0, m.start())
            future = future or cues.LATER_MEETING.search(clauses.clause_of(folded, start, end))  # «اجلاس آتی»
            future = future and not cues.ACCORDING.search(folded, 0, m.start())
            talked = cues.TALKED_AFTER.match(folded, end) and cues.ABOUT_RE.search(
                folded, clauses.clause_start(folded, start), start
            )  # «در خصوص الف و بیانیه پایانی بحث کردند»
            action = Action.PROPOSED if future or draft or talked else Action.ISSUED
            out.append({"span": span, "action": action, "by": (None, None), "nominal": True})
            taken = [*spans, *(d["span"] for d in out)]
            out += [
                {"span": sp, "action": action, "by": (None, None), "nominal": True}
                for sp in _listed_with(folded, index, start, end)
                if not any(s.start < sp.end and sp.start < s.end for s in taken)
            ]
    return out


def _listed_with(folded: str, index: Sequence[int], start: int, end: int) -> list[Span]:
    """The documents listed with a final statement at folded[start:end], joined to it by «و» or a comma
    («بررسی دستور کار، قطعنامه‌ها و بیانیه پایانی اجلاس …», «از جمله اعلامیه مشترک پایانی، … و مصوبه شورای
    …»): items of one list, which the statement's action reaches too (titles.title_spans reads the items). Not
    where a preposition governs the statement («در بیانیه پایانی … بر الف، ب و ایجاد ج تأکید شد», «درباره
    …»): the words around it are what it says or what is said of it; nor a creation, which is a decision only
    where a verb acts on it."""
    if meetings.GOVERNED.search(folded, 0, start) or cues.ABOUT_BEFORE.search(folded, 0, start):
        return []
    stop = cues.VERB_BREAK.search(folded, end)
    spans = titles.title_spans(
        folded, index, clauses.clause_start(folded, start), stop.start() if stop else len(folded)
    )
    return [sp for sp in spans if not cues.CREATION_RE.match(folded, bisect_left(index, sp.start))]


def _acted_on(sentence: Scanned, attendees: list[dict], year: int | None) -> list[dict]:
    """Documents before an adopting, signing or approving verb, with «به پیشنهاد X» as proposer.
    Verbs are read in order: a mention several verbs reach keeps the first one's action, except
    coordinated verbs («X مورد توافق قرار گرفت و به تصویب رسید»), where the last one's counts."""
    folded, index = sentence.folded, sentence.origin
    verbs = sorted(
        [
            (m.start(), rank, m.end(), action)
            for rank, (action, verb) in enumerate(cues.BEFORE_VERB.items())
            if verb.may_occur(folded)
            for m in verb.regex.finditer(folded)
        ]
        + _elided(folded)
        + offers.put_forward(folded)
        + offers.offered(folded)
    )
    found: list[dict] = []
    last: tuple[int, list[dict]] = (-1, [])  # where the previous verb ended, and its rows
    for start, _, end, action in verbs:
        stop = clauses.adjunct_start(folded, start)
        lo = lists.list_start(folded, clauses.clause_start(folded, stop), stop)
        if _coordinated_verb(folded, last[0], lo, stop, start):
            for d in last[1]:
                d["action"] = action
            last = (end, last[1])
            continue
        if not cues.HEAD_RE.search(folded, lo, start):
            lo, stop = clauses.shared_subject(folded, lo, stop)
        if not cues.HEAD_RE.search(folded, lo, start):
            lo, stop = clauses.set_off(folded, lo, stop)
        floor = min(lo, clauses.verb_floor(folded, start))
        before = cues.EARLIER.search(folded, floor, start) or cues.BEFORE_OPENING.search(folded, floor, start)
        if before or filters.dated_before(folded[floor:start], year):
            last = (end, [])  # «… سال گذشته امضا شد», «… در ۱۹۹۱ امضا شد»
            continue
        action = Action.PROPOSED if clauses.planned(folded, start) else action  # «قرار است X امضا …»
        if action is not Action.PROPOSED and cues.EARLIER_START.match(folded):
            last = (end, [])  # «پیش از این … برگزار شد و X به تصویب رسید»
            continue
        by = re.search(rf"{cues.PROPOSED_BY}[\s\u200c]+", folded[lo:stop])
        hi = lo + by.start() if by else stop
        proposer = proposals.proposer(sentence, index[lo + by.end()], index[stop], attendees) if by else (None, None)
        if folded.startswith("برای", start) and re.search(r"شده[\s\u200c]*$", folded[lo:hi]):
            hi = end  # «اسناد آماده‌شده برای امضا»: the participle's complement belongs to the title
        spans = titles.title_spans(folded, index, lo, hi)
        if cues.DRAFT_VERB_START.match(folded, start) or cues.OFFERED.match(folded, start):  # a draft put forward
            spans = [sp for sp in spans if offers.draft_or_count(gz.fold(sentence.text[sp.start : sp.end]))]
        if folded.startswith(cues.TAKEN, start):  # a decision is taken
            spans = [sp for sp in spans if cues.DECISION_START.match(gz.fold(sentence.text[sp.start : sp.end]))]
        spans = lists.count_before_colon(folded, index, lo) + (spans or _relative(folded, index, start))
        spans += _after_colon(folded, index, end)
        seen = {d["span"].start: d for d in found}  # a mention an earlier verb reached keeps its row
        for span in spans:  # … unless that verb was the relative clause's that offered it (_offered_then)
            if span.start in seen and _offered_then(seen[span.start], bisect_left(index, span.start), start, action):
                seen[span.start]["action"] = action
        rows = [
            {"span": span, "action": action, "by": proposer, "item": len(spans) > 1, "at": start}  # one of a list
            | ({"back": True} if filters.acted_again(sentence, span) else {})  # «این قطعنامه …»: _acted_again
            for span in spans
            if not (filters.refers_back(sentence, span) and not filters.acted_again(sentence, span))
            and span.start not in seen
            and not outside.medium(sentence, span, start)  # «در بیانیه پایانی … پیشنهاد شد»
            and not outside.in_object(folded, bisect_left(index, span.start), bisect_left(index, span.end), start)
        ]
        found += rows
        last = (end, rows)
    return found


def _offered_then(row: dict, pos: int, start: int, action: Action) -> bool:
    """«قطعنامه‌ای که از سوی الف ارائه شده بود، با ۴۳ رأی تصویب شد», «پیش‌نویس ارائه‌شده از سوی الف را تصویب
    کردند»: the verb that first reached the document at `pos`, after it (in its relative clause, or a participle),
    put it forward or drafted it (proposed), and the verb at `start` acts on it: the text offered is the text acted
    on, one row with the later verb's action."""
    offered = row["action"] is Action.PROPOSED and action is not Action.PROPOSED
    return offered and pos < row.get("at", -1) < start


def _coordinated_verb(folded: str, last: int, lo: int, stop: int, start: int) -> bool:
    """The verb at `start` is joined by «و» to the one ending at `last`, with no document word of its own
    before it («X به رأی گذاشته شد و با اکثریت آرا تصویب گردید»: how it was adopted, not what): one mention,
    whose action is the last verb's."""
    joined = re.match(r"[\s\u200c]+و[\s\u200c]+", folded[last:start])
    return bool(joined) and not cues.HEAD_RE.search(folded, lo, stop) and not _GAP_BREAK.search(folded, last, start)


_GAP_BREAK = re.compile(r"[،؛:]|(?<!\w)که(?!\w)")


def _relative(folded: str, index: Sequence[int], start: int) -> list[Span]:
    """«بیانیه‌ای که … تصویب شد»: the document of a relative clause's verb precedes «که»; documents
    listed before a predicate naming their kind («الف و ب از جمله اسنادی بود که …») are its items."""
    relative = list(re.finditer(r"(?<!\w)که(?!\w)", folded[:start]))
    if not relative:
        return []
    ke = relative[-1].start()
    listed = lists.subject_list(folded, ke)  # «الف، ب و ج از جمله اسنادی بود که … امضا کردند»
    return titles.title_spans(folded, index, *(listed or (clauses.clause_start(folded, ke), ke)))


def _after_colon(folded: str, index: Sequence[int], end: int) -> list[Span]:
    """«اسناد زیر امضا شد: الف، ب و ج»: documents listed after a colon right after the verb."""
    listed = re.match(r"[\s\u200c]*:[\s\u200c]*", folded[end:])
    if not listed or not cues.HEAD_RE.match(folded, after := end + listed.end()):
        return []
    stop_at = re.compile(r"[.؛]").search(folded, after)
    return titles.title_spans(folded, index, after, stop_at.start() if stop_at else len(folded.rstrip()))


def _listed(sentence: Scanned) -> list[dict]:
    """«از جمله طرح‌های مورد تصویب …، الف و همچنین ب بود»: the documents listed after the comma that
    follows a participle list opener (cues.PARTICIPLE_LIST), with its action."""
    folded = sentence.folded
    m = cues.PARTICIPLE_LIST.search(folded) if "جمله" in folded or "شامل" in folded else None
    comma = folded.find("،", m.end()) if m else -1
    if m is None or comma < 0:
        return []
    copula = cues.COPULA_END.search(folded)
    end = copula.start() if copula else len(folded.rstrip(" ."))
    spans = titles.title_spans(folded, sentence.origin, comma + 1, end)
    return [{"span": sp, "action": cues.PARTICIPLE_ACTION[m["stem"]], "by": (None, None)} for sp in spans]


def _elided(folded: str) -> list[tuple[int, int, int, Action]]:
    """Action words whose light verb the next verb carries («… صادر و بر … تأکید کردند»), as verbs;
    right before another action verb («امضا و منتشر شد») they take its action (the last one counts)."""
    out = []
    for m in cues.ELIDED_RE.finditer(folded) if " و" in folded else ():
        pos = m.end() + len(folded[m.end() :]) - len(folded[m.end() :].lstrip())
        joined = next((a for a, verb in cues.BEFORE_VERB.items() if verb.regex.match(folded, pos)), None)
        carrier = cues.NEXT_VERB.search(folded, m.end())
        future = carrier is not None and carrier["future"]
        action = joined or (Action.PROPOSED if future else Action(str(m.lastgroup)))
        out.append((m.start(), len(cues.BEFORE_VERB), m.end(), action))
    return out


def document_rows(
    own: list[Scanned],
    attendees: list[dict],
    gaz: gz.Gazetteer,
    day: dt.date | None = None,
    dated: Mapping[int, Sequence[tuple[str, bool]]] | None = None,
    times: Sequence[str] | None = None,
) -> list[dict]:
    """The documents of an article's scanned own sentences (one dict per table row): one row per
    document and action, first mention kept. `attendees` are the attendee rows, for proposers;
    a signing dated before the year of `day` (else of the latest year the article names; news cites
    the past) is of an earlier meeting, and so is one told done while the report's time (read with
    `dated`, helpers.extract.attendees.dated_days) has the meeting still to come (outside.in_report_time).
    `times` is that report's time at each sentence (`report_times`), read here when not given."""
    terms = glossary(gaz)
    year = day.year if day else max((y for s in own for y in filters.article_years(s.folded)), default=None)
    rows: list[dict] = []
    named = False  # a statement named in a sentence before («… این بیانیه» refers to it)
    last: dict[str, dict | None] = {}  # each document word's last mention's row (_remember)
    lined, intros = lists.line_lists(own)  # documents listed one a line, and the plural that opens them
    home = outside.home_bodies(own)  # the bodies whose meeting the article reports
    if times is None:
        times = report_times(own, day.year if day else None, dated)
    times = outside.meeting_times(own, times)
    for k, sentence in enumerate(own):
        row = sentence.row
        found = [d for d in _sentence_documents(sentence, attendees, year, home) if d["span"].start != intros.get(k)]
        back = [d for d in found if d.get("back")]
        found = [d for d in found if not d.get("back")]
        found = found or ([] if named else clauses.cited(sentence))  # «در بخش دیگری از این بیانیه …»
        quoted = [] if found else clauses.sourced(sentence, rows, named)  # «در بیانیه X آمده است»
        found = found or [d for d in quoted if not filters.unnamed(sentence, d["span"], home)]
        found = outside.in_report_time(found + lined.get(k, []), sentence, (times[k - 1] if k else "", times[k]))
        named = named or bool(meetings.STATEMENT.search(sentence.folded))
        in_time = outside.in_report_time(back, sentence, (times[k - 1] if k else "", times[k]))
        made: list[dict] = []  # the rows this sentence's mentions make or merge into
        for d in (found or (clauses.among(sentence, rows[-1]["action"]) if rows else [])) + _acted_again(
            in_time, rows, last, row.text
        ):
            title = d.get("name") or titles.counted(row.text[d["span"].start : d["span"].end].strip())
            subject, about = titles.subject(sentence, d["span"])
            item = d.get("list") or ((row.section, row.paragraph, row.sentence) if d.get("item") else None)
            same = next(
                (
                    r
                    for r in rows
                    if r["action"] == d["action"]
                    and not (item and r["item"] == item)  # two items of one list: two documents
                    and sameness.one_document(r["title_fa"], title)
                    and not titles.other_subject(r["about"], about)
                ),
                None,
            )
            if same is not None:  # named again, or shorter: «توافق‌نامه» after «توافق‌نامه‌ای درباره …»
                same["nominal"] = same["nominal"] and d.get("nominal", False)  # a verb reports it now
                same["about"] |= about
                same["subject_fa"] = same["subject_fa"] or subject
                if len(sameness.title_words(title)) > len(sameness.title_words(same["title_fa"])):
                    same["title_fa"], same["title_en"], same["count"] = (
                        title,
                        english(title, terms),
                        titles.count(title),
                    )
                made.append(same)
                continue
            rows.append(
                {
                    "title_fa": title,
                    "title_en": english(title, terms),
                    "subject_fa": subject,
                    "action": d["action"],
                    "count": titles.count(title),
                    "proposed_by_fa": d["by"][0],
                    "proposed_by_en": d["by"][1],
                    "section": row.section,
                    "paragraph": row.paragraph,
                    "sentence": row.sentence,
                    "sentence_text": row.text,
                    "nominal": d.get("nominal", False),
                    "about": about,
                    "item": item,
                    "again": d.get("again", False),
                }
            )
            made.append(rows[-1])
        _remember(last, sentence.folded, made)
    for r, name in clauses.renamed(own, rows, home):  # «در بیانیه‌ای …» named in another sentence
        r["title_fa"], r["title_en"] = name, english(name, terms)
    rows = [r for r in rows if not _text_to_come(r, rows) and not _creation_to_come(r)]
    rows = [r for r in rows if not any(c["count"] and titles.recounts(r["title_fa"], c["title_fa"]) for c in rows)]
    kept = []
    for r in rows:
        by = _reporter(r, rows)
        if by is None:
            kept.append(r)
        elif sameness.same_title(by["title_fa"], r["title_fa"]) and (
            titles.names_meeting(r["title_fa"]) or (not r["nominal"] and len(sameness.title_words(by["title_fa"])) == 1)
        ):  # named in full with its meeting, or by a headline with a verb where the body has a bare «پروتکلی»
            by["title_fa"], by["title_en"] = r["title_fa"], r["title_en"]
    return kept


def _acted_again(back: list[dict], rows: list[dict], last: dict[str, dict | None], text: str) -> list[dict]:
    """«این قطعنامه … به تأیید رسید» after «تصویب قطعنامه X»: a bare document word after «این» (filters.acted_again)
    names the document of that word's last mention (`last`, _remember); a verb that gives it another action is a
    row of its own (one row per document and action), named as that mention's row; one with an action a row of that
    word already has adds nothing, and where the last mention made no row (another body's resolution, an earlier
    meeting's) neither does «این X»."""
    out = []
    for d in back:
        word = text[d["span"].start : d["span"].end]
        before = last.get(next(iter(sameness.title_words(word)), ""))
        kin = [r for r in rows if sameness.same_kind(r["title_fa"], word)]
        if before is not None and all(r["action"] != d["action"] for r in kin):
            out.append(d | {"name": before["title_fa"], "again": True})
    return out


def _remember(last: dict[str, dict | None], folded: str, made: list[dict]) -> None:
    """Set, for each document word a sentence with an action word (cues.ACTION_WORDS) mentions on its own (not «این/آن
    X», which points back), the row that mention made or merged into (`made`), or None where it made none (a
    document acted on elsewhere): what a later «این X» refers to. A mention with no action word («در متن قطعنامه
    آمده است») leaves the last one standing."""
    for m in cues.NOUN_RE.finditer(folded) if cues.ACTION_WORDS.search(folded) else ():
        key = sameness.title_words(m.group())[:1]
        if key and not cues.THIS_BEFORE.search(folded, 0, m.start()):
            last[key[0]] = next((r for r in made if sameness.title_words(r["title_fa"])[:1] == key), None)


def _text_to_come(row: dict, rows: list[dict]) -> bool:
    """A bare document word still to come («متن کامل بیانیه بعداً منتشر می‌شود») after a document of
    that word was acted on (outside a headline: «امضای تفاهم‌نامه …» over the body gives no tense):
    its full text, no new document."""
    words = sameness.title_words(row["title_fa"])
    if row["action"] != Action.PROPOSED or len(words) != 1 or row["count"]:
        return False
    return any(
        r["action"] != Action.PROPOSED
        and not (r["nominal"] and r["section"] == contracts.Section.HEADLINE)
        and sameness.title_words(r["title_fa"])[:1] == words
        for r in rows
    )


def _creation_to_come(row: dict) -> bool:
    """A creation only proposed or still to be decided («ایجاد X را پیشنهاد کرد», «قرار است تشکیل X
    تصویب شود»): a topic, not a row (the dev-set README's session-6 rule: a creation is a document only
    where the meeting decides it); a document noun proposing it stays («طرح ایجاد X پیشنهاد شد»)."""
    return row["action"] == Action.PROPOSED and bool(cues.CREATION_RE.match(gz.fold(row["title_fa"])))


def _reporter(row: dict, rows: list[dict]) -> dict | None:
    """Another row with the same document word (sameness.same_kind: a statement for a declaration too) that
    reports this one: a row with a verb of its own, for a verbless headline («امضای تفاهم‌نامه …» over a
    report that it will be signed) or a final
    statement named with no action («بیانیه پایانی» over «بیانیه مشترکی صادر کردند»), unless the two
    names differ («بیانیه الف» over «بیانیه ب تصویب شد», sameness.may_be_same); a body row with the same
    action, for a headline (which words the body's document shorter). What a document is about, though
    no part of its title, tells the two apart or together too («موافقت‌نامه موقت در خصوص ایجاد منطقه
    آزاد» reports «امضای موافقت‌نامه ایجاد منطقه آزاد»)."""
    words = sameness.title_words(row["title_fa"])
    same = [r for r in rows if r is not row and not r["again"] and sameness.same_kind(r["title_fa"], row["title_fa"])]
    same = [r for r in same if sameness.may_be_same(r["title_fa"], row["title_fa"]) or set(words[1:]) & r["about"]]
    if row["nominal"]:
        return next((r for r in same if not r["nominal"]), None)
    headline = contracts.Section.HEADLINE
    if row["section"] != headline:
        return None
    # a body row named with no verb is the one this headline's verb reports (above), not its reporter:
    # each dropping the other would lose the document («بیانیه نشست X منتشر شد» over «در بیانیه پایانی …»)
    return next(
        (r for r in same if r["section"] != headline and r["action"] == row["action"] and not r["nominal"]), None
    )


def extract_documents(
    sentences: pd.DataFrame, attendees: pd.DataFrame | None = None, gaz: gz.Gazetteer | None = None
) -> pd.DataFrame:
    """The documents table (contracts.DOCUMENTS); proposers are resolved against `attendees`
    (extracted from the same sentences when not given)."""
    gaz = gaz or gz.load()
    own = usable(sentence_rows(sentences), gaz)
    if attendees is None:
        holders = read_attendees(own, gaz)[0]
    else:  # rows as dicts, zipped from column lists (to_dict walks rows in pandas, slower)
        columns = ["role_fa", "country_fa", "name_fa", "name_en"]
        holders = [
            dict(zip(columns, values, strict=True))
            for values in zip(*(attendees[c].tolist() for c in columns), strict=True)
        ]
    return table(document_rows(own, holders, gaz), contracts.DOCUMENTS)
