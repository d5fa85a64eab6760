"""Where a document's title starts and ends (helpers.extract.documents finds the documents; when two
titles name one document is helpers.extract.document_sameness). Titles run between head words
(helpers.extract.document_cues.HEAD_RE) and stop at a clause mark, a preposition, a verb, a setting
phrase, a demonstrative phrase or the title-length cap; a counted title is the counted noun phrase."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from helpers.dates.words import number_value
from helpers.extract import document_bounds as bounds
from helpers.extract import document_cues as cues
from helpers.extract import document_meetings as meetings
from helpers.extract import document_outside as outside
from helpers.extract import document_words
from helpers.extract.collective import listed_states
from helpers.extract.document_sameness import title_words
from helpers.extract.mentions import Scanned, Span, words
from helpers.text import gazetteer as gz


def title_spans(folded: str, index: Sequence[int], lo: int, hi: int) -> list[Span]:
    """Document phrases in folded[lo:hi]: from each coordinated head word (after «و» or a comma)
    to the next (or to hi), and no further than a bounds.SETTING phrase («بیانیه پایانی این
    اجلاس در ۳۱ صفحه … منتشر شد»: what follows the title says where and when, not what) or what
    cannot continue a noun phrase (bounds.NO_NOUN_PHRASE)."""
    heads, complement = [], None
    for m in cues.HEAD_RE.finditer(folded, lo, hi):
        joined = complement is not None and not folded[complement : m.start()].strip(" \u200c")
        if joined or _complement(folded, lo, m.start()):
            complement = m.end()  # «تدوین پیش‌نویس اساسنامه»: the draft's own document word goes with it
        elif not document_words.adjective(folded, m.start(), m.end()):
            heads.append(m)
    # «در این بیانیه همچنین طرح X تصویب شد»: a document a preposition of medium governs is where the clause
    # stands; the next document word is what the verb acts on
    heads = [
        m
        for i, m in enumerate(heads)
        if i + 1 == len(heads)
        or not _SPOKEN_IN.search(folded, lo, m.start())
        or cues.INDEFINITE_HEAD.fullmatch(folded, m.start(), m.end())
    ]
    # «در خصوص طرح X بیانیه‌ای صادر کردند»: a document word a preposition of topic governs is what the next one
    # is about, unless the next is joined to it in a list («بر سر طرح الف و برنامه ب توافق کردند») or goes on
    # its chain («درباره پیش‌نویس بیانیه پایانی …»)
    heads = [
        m
        for i, m in enumerate(heads)
        if i + 1 == len(heads)
        or not cues.ABOUT_BEFORE.search(folded, lo, m.start())
        or not folded[m.end() : heads[i + 1].start()].strip(" \u200c")
        or _JOINED.search(folded, m.end(), heads[i + 1].start())
    ]
    named = [i for i, m in enumerate(heads) if cues.NAMED.search(folded, lo, m.start())]
    heads = heads[named[-1] :] if named else heads  # «بیانیه پایانی تحت عنوان بیانیه مشهد»: the name
    if not heads:
        return []
    starts = [heads[0].start()] + [
        m.start()
        for i, m in enumerate(heads[1:])
        if (
            re.search(rf"(?:(?:^|\s){cues.JOINER}|،)\s*(?:یک\s+)?$", folded[heads[0].start() : m.start()])
            or acted_item(folded, heads[0].start(), m.start())
        )
        and not one_count(folded, heads[i].start(), m.start())
        and not ((pair := cues.PLURAL_PAIR.match(folded, heads[i].start())) and pair.end() > m.start())
    ]
    spans = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else hi
        item = _ACTED_ITEM.search(folded, s, e) if e < hi else None  # «…، تصویب مقررات»: ends at its comma
        e = item.start() if item and acted_item(folded, s, e) else e
        if e < hi and cues.LISTS.search(folded, s, e) and not cues.COUNTED_RE.match(folded, s):
            continue  # «اسناد مهمی از جمله الف و ب»: the documents are the items it lists
        kind = cues.KIND.match(folded, s)
        s = kind.end() if kind and cues.NOUN_RE.match(folded, kind.end()) else s  # «سند موافقت‌نامه …»
        e = _noun_phrase_end(folded, s, e)
        final = cues.FINAL.regex.match(folded, s)
        e = final.end() if final and _unnamed_signers(folded, final.end(), e) else e  # «بیانیه مشترک سران …»
        e = (final and chain_end(folded, final.end(), e)) or e
        opened = folded[:s].rstrip(" \u200c").endswith("«")
        if opened and (bare := cues.BARE_HEAD.match(folded, s)) and folded.startswith("»", bare.end()):
            s = folded.rindex("«", 0, s)  # the quote marks the document word alone: «اعلامیه» نهایی …
        elif opened and (close := folded.find("»", s, e)) > 0:
            e = close  # a quoted title ends at its closing quote: «اعلامیه دهلی» معروف است
        piece = folded[s:e]
        piece = (
            re.sub(rf"[\s\u200c]+{cues.JOINER}(?:[\s\u200c]+یک)?[\s\u200c]*$", "", piece)
            if i + 1 < len(starts)
            else piece
        )
        piece = piece.rstrip(" \u200c،.")
        piece = _JOINED_VERB.sub("", piece) if e == hi else piece  # «منشور سازمان اصلاح و تصویب شد»
        piece = bounds.TRAIL.sub("", piece)
        if piece.count("»") > piece.count("«"):  # the head word opened inside a quote: «اعلامیه آستانه»
            piece = piece.rstrip("»")
        if piece:
            spans.append(Span(index[s], index[s + len(piece) - 1] + 1))
            spans += _named_items(folded, index, s, s + len(piece))
    return spans


def _noun_phrase_end(folded: str, s: int, e: int) -> int:
    """Where the noun phrase of a title at `s` before a verb ends, up to `e`: where its chain breaks
    (bounds.phrase_end), before where a meeting in it is held, an adjective pair judging it, a meeting
    pointed at (meetings.POINTED; a part it owns, «منشور و ضمیمه آن», goes too), after a demonstrative's
    noun (bounds.DEMONSTRATIVE: «قطعنامه این سازمان»; before it after a preposition, meetings.GOVERNED: «…
    به این سازمان»), and before a predicate when «این/آن» opens it
    (document_words.predicate_start: «این قطعنامه خلاصه‌ای از … است»)."""
    e = bounds.phrase_end(folded, s, e)
    meeting = bounds.MEETING_PLACE.search(folded, s + 1, e)
    e = document_words.described_end(folded, s, indefinite_end(folded, s, meeting.end() if meeting else e))
    e = min(e, numbered.end()) if (numbered := outside.NUMBERED_NAME.match(folded, s)) else e
    pointed = meetings.POINTED.search(folded, s + 1, e)
    owned = pointed and meetings.OWNED.search(folded, s, pointed.start())  # «منشور و ضمیمه آن»
    closed = bounds.DEMONSTRATIVE.search(folded, s + 1, e)
    closed_at = (
        (closed.start() if meetings.GOVERNED.search(folded, s, closed.start()) else closed.end()) if closed else e
    )
    e = owned.start() if owned else pointed.start() if pointed else closed_at
    return document_words.predicate_start(folded, s, e) if _THIS.search(folded, 0, s) else e


_JOINED = re.compile(rf"(?:(?:^|[\s\u200c]){cues.JOINER}|،)[\s\u200c]*(?:یک[\s\u200c]+)?$")
"""A list's joint right before the next document word: «و», «و همچنین», a list opener or a comma."""
_SPOKEN_IN = re.compile(r"(?<!\w)(?:در|طی|ضمن)[\s\u200c]+(?:(?:این|ان|همین)[\s\u200c]+)?$")
"""A preposition of medium before a document word, with «این/آن» between or none («در این بیانیه …»)."""
_THIS = re.compile(r"(?<!\w)(?:این|ان|همین)[\s\u200c]+$")


def _unnamed_signers(folded: str, pos: int, end: int) -> bool:
    """Signers right after a final statement at `pos` whose chain up to `end` names no body or state
    (cues.SIGNERS, document_words.names_no_one: «بیانیه مشترک سران کشورهای عضو»): no part of its title. Signers
    the chain names («… وزیران امور خارجه گروه هفت», «… وزرای خارجه سازمان …») are in it, as the issuer."""
    signers = cues.SIGNERS.match(folded, pos, end)
    return signers is not None and document_words.names_no_one(folded, signers.end(), end)


def acted_item(folded: str, lo: int, pos: int) -> bool:
    """The document word at `pos` opens a list item after a comma and an action noun of its own
    (cues.NOUN_FIRST: «…، تصویب مقررات سازمان، …»): an item whose action the list's verb gives."""
    item = _ACTED_ITEM.search(folded, lo, pos)
    return item is not None and any(c.regex.fullmatch(item["noun"]) for _, c in cues.NOUN_FIRST)


_ACTED_ITEM = re.compile(r"،[\s\u200c]*(?:و[\s\u200c]+)?(?P<noun>[^\s\u200c،]+)[\s\u200c]+$")
_AND = re.compile(r"[\s\u200c]+و[\s\u200c]+")
_JOINED_VERB = re.compile(r"[\s\u200c]+[^\s\u200c]+[\s\u200c]+و$")
"""A title running into its verb ends with «W و» when W is a verb's noun joined to it («… اصلاح و
تصویب شد», «… بررسی و امضا شد»): W is no part of the title."""


def listed_items(folded: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The documents a title ending at `end` lists after «از جمله/شامل» (cues.OPENER_RE), as folded
    (start, end) pairs, each up to its own end (title_end) and joined by a comma or «و»; with the title
    itself first when it is counted («سه سند شامل الف و ب»: the count is a row too)."""
    opener = cues.OPENER_RE.match(folded, end)
    items = [(pos, end)] if cues.COUNTED_RE.match(folded, pos) else []
    at = opener.end() if opener else -1
    while at >= 0 and cues.HEAD_RE.match(folded, at):
        stop = title_end(folded, at)
        joins = [j for j in _AND.finditer(folded, at, stop) if cues.HEAD_RE.match(folded, j.end())]
        stop = joins[0].start() if joins else stop  # «الف و پروتکل ب»: the next item
        items.append((at, stop))
        joined = re.compile(r"[\s\u200c]*(?:،|و(?!\w))[\s\u200c]*").match(folded, stop)
        at = joined.end() if joined and cues.HEAD_RE.match(folded, joined.end()) else -1
    return items if opener and len(items) > (1 if items[:1] == [(pos, end)] else 0) else [(pos, end)]


def _named_items(folded: str, index: Sequence[int], pos: int, end: int) -> list[Span]:
    """«چندین سند از جمله الف و ب امضا شد»: a counted phrase (cues.COUNTED_RE) whose list names its
    documents by their subject, with no document word, gives a row per item as well: items split at
    commas and at the last «و» (Persian joins only the last item with «و»), an aside in brackets
    dropped. A list of fields («از جمله در زمینه …») names no documents."""
    counted = cues.COUNTED_RE.match(folded, pos)
    opener = cues.OPENER_RE.match(folded, counted.end()) if counted else None
    if opener is None or cues.HEAD_RE.match(folded, opener.end()) or cues.NOT_ITEM.match(folded, opener.end()):
        return []
    cuts = [m.span() for m in re.finditer(r"[\s\u200c]*،[\s\u200c]*", folded[:end])][-8:]
    joins = list(re.finditer(r"[\s\u200c]+و[\s\u200c]+", folded[:end]))
    cuts = sorted([c for c in cuts if c[0] > opener.end()] + [j.span() for j in joins[-1:] if j.start() > opener.end()])
    starts, ends = [opener.end()] + [b for _, b in cuts], [a for a, _ in cuts] + [end]
    spans = []
    for a, b in zip(starts, ends, strict=True):
        b = a + len(re.sub(r"[\s\u200c]*\([^()]*\)?[\s\u200c]*$", "", folded[a:b]))
        if b > a:
            spans.append(Span(index[a], index[b - 1] + 1))
    return spans


def one_count(folded: str, pos: int, end: int) -> bool:
    """folded[pos:end] is a count with a bare document word and «و» («۱۴ سند و»): the count takes in the
    next document word too («۱۴ سند و یادداشت تفاهم همکاری»: one row of 14), unless that has a count
    of its own («سه سند و دو بیانیه»)."""
    counted = cues.COUNTED_RE.match(folded, pos)
    joined = re.compile(r"[\s\u200c]+و[\s\u200c]+").match(folded, counted.end()) if counted else None
    return joined is not None and joined.end() >= end and not cues.COUNTED_RE.match(folded, joined.end())


def _complement(folded: str, lo: int, pos: int) -> bool:
    """The document word at `pos` completes another noun: a report or an implementation of it
    (cues.CONTAINER), or a creation that is a topic («در خصوص ایجاد …», cues.TOPIC_BEFORE; a document
    noun there may be what is agreed: «درباره متن بیانیه به توافق رسیدند»), or the treaty whose parties
    are members of a body (cues.MEMBER_OF, cues.TREATY), or a part of it (cues.PART_OF: «بر ماده دو توافق‌نامه X
    توافق کردند»)."""
    topic = cues.CREATION_RE.match(folded, pos) and cues.TOPIC_BEFORE.search(folded, lo, pos)
    parties = cues.MEMBER_OF.search(folded, lo, pos) and cues.TREATY.match(folded, pos)  # «کشورهای عضو کنوانسیون X»
    return bool(cues.CONTAINER.search(folded, lo, pos) or topic or parties or cues.PART_OF.search(folded, lo, pos))


def title_end(folded: str, pos: int, verb_noun: bool = True) -> int:
    """Where a title starting at `pos` ends: at a clause mark, a preposition, «که»/«را» or a verb, after
    a demonstrative phrase (bounds.DEMONSTRATIVE), and after at most bounds.MAX_TITLE_WORDS words. With
    `verb_noun`, the word before the verb is the verb's own («… پایان یافت») and no part of the title;
    not when that word stands before the action noun («خواستار امضای X شدند»)."""
    bare = cues.BARE_HEAD.match(folded, pos)
    joined = cues.AND_ONE.match(folded, bare.end()) if bare else None
    if bare and joined and not cues.HEAD_RE.match(folded, joined.end()):
        return bare.end()  # «امضای اسناد و کنفرانس خبری»: «و» joins another thing, not a modifier
    final = cues.FINAL.regex.match(folded, pos)
    if final and (chained := chain_end(folded, final.end())):
        return chained  # «با صدور بیانیه پایانی بیست و یکمین اجلاس شورای وزیران …»
    stop = bounds.TITLE_STOP.search(folded, pos + 1)
    end = stop.start() if stop else len(folded)
    pointed = meetings.POINTED.search(folded, pos + 1, end)
    closed = bounds.DEMONSTRATIVE.search(folded, pos + 1, end)
    end = pointed.start() if pointed else closed.end() if closed else end
    end = indefinite_end(folded, pos, end)
    found = [m.end() for m in re.finditer(r"\S+", folded[pos:end])]  # «راه‌آهن»: one word
    spans = found[: _last_item(folded, pos, end) + bounds.MAX_TITLE_WORDS]
    if verb_noun and stop and stop["verb"] and len(spans) > 1 and len(found) <= bounds.MAX_TITLE_WORDS:
        spans.pop()
    end = document_words.described_end(folded, pos, pos + spans[-1]) if spans else end
    end = pos + len(bounds.TRAIL.sub("", folded[pos:end]))  # «با صدور بیانیه این اعلام کرد»: «این» with no noun
    return min(end, numbered.end()) if (numbered := outside.NUMBERED_NAME.match(folded, pos)) else end


def _last_item(folded: str, pos: int, end: int) -> int:
    """How many words of folded[pos:end] stand before its last coordinated document («… و چندین سند مهم
    و راهبردی همکاری»): the title-length cap counts each document's words, not the list's."""
    joins = [
        j
        for j in _AND.finditer(folded, pos, end)
        if (head := cues.HEAD_RE.match(folded, j.end())) and not document_words.adjective(folded, *head.span())
    ]
    return len(folded[pos : joins[-1].end()].split()) if joins else 0


def chain_end(folded: str, pos: int, hi: int | None = None) -> int | None:
    """Where the title of a final statement ending at `pos` ends when an ezafe chain naming its meeting
    or organization follows (meetings.MEETING_CHAIN: «… بیست و یکمین اجلاس شورای وزیران اکو», in the
    title by the dev-set README's rule), or signers the chain names (_unnamed_signers: «… وزرای خارجه گروه
    هفت»): before a clause mark, preposition, setting, «و» or verb (and
    the verb's own word), within meetings.MAX_CHAIN_WORDS words. `pos` when the chain only points at the
    meeting («… نشست خود», «… این اجلاس»: meetings.POINTED); None when no chain follows."""
    hi = len(folded) if hi is None else hi
    gap = re.compile(r"[\s\u200c]+").match(folded, pos, hi)
    chain = meetings.MEETING_CHAIN.match(folded, gap.end(), hi) if gap else None
    signers = None if chain else cues.SIGNERS.match(folded, pos, hi)  # «… وزیران خارجه گروه هفت»
    chain = chain or signers
    if gap is None or chain is None:
        return _states_end(folded, pos, hi)
    if meetings.POINTED.match(folded, gap.end(), hi):
        return pos
    limits = (bounds.TITLE_STOP, bounds.SETTING, meetings.CHAIN_BREAK, meetings.POINTED)
    stops = [m for r in limits if (m := r.search(folded, chain.end(), hi))]
    stop = min(stops, key=lambda m: m.start())
    closed = bounds.DEMONSTRATIVE.search(folded, chain.end(), stop.start())  # «… نشست این سازمان»
    last = closed.end() if closed else stop.start()
    ends = [gap.end() + m.end() for m in re.finditer(r"\S+", folded[gap.end() : last])]
    if not closed and stop.re is bounds.TITLE_STOP and stop["verb"] and len(ends) > 1:
        ends.pop()  # «… اجلاس سران صادر شد»: «صادر» is the verb's
    ends = ends[: meetings.MAX_CHAIN_WORDS]
    if signers and (not ends or document_words.names_no_one(folded, signers.end(), ends[-1])):
        return None  # «بیانیه مشترک سران کشورهای عضو»: signers that name no one
    return max(ends[-1], chain.end()) if ends else pos


def _states_end(folded: str, pos: int, hi: int) -> int | None:
    """Where the states a final statement at `pos` lists as its issuers end («بیانیه مشترک سه کشور الف، ب و ج»,
    «… الف و ب»: countries.csv names joined as collective.listed_states reads a list, a count of them before or
    none, and no comma setting them off): part of its name, as a chain naming its meeting is; None when
    no state follows."""
    text = folded[pos:hi]
    states = listed_states(gz.load().find_folded(text, text, range(len(text))), lambda a, b: text[a:b], 0)
    return None if not states or "،" in text[: states[0].start] else pos + states[-1].end


def about_span(folded: str, end: int) -> tuple[int, int] | None:
    """Where what a document whose title ends at `end` is about lies in `folded` («… در خصوص ایجاد
    منطقه آزاد»: cues.ABOUT, after «را» too; the preposition left out), up to where a title would
    stop; None when the title has no such complement. No part of its title (the dev-set README's
    session-6 rule), but the documents table keeps it (`subject_fa`) and it tells which document a
    shorter mention names."""
    about = _ABOUT_AFTER.match(folded, end)
    if about is None:
        return None
    stop = bounds.TITLE_STOP.search(folded, about.end() + 1)
    ends = [
        about.end() + m.end()
        for m in re.finditer(r"[^\s\u200c،.]+", folded[about.end() : stop.start() if stop else None])
    ]
    if stop and stop["verb"] and len(ends) > 1:
        ends.pop()  # «… منطقه آزاد امضا شد»: «امضا» is the verb's
    return (about.end(), ends[-1]) if ends else None


def about_words(folded: str, end: int) -> set[str]:
    """The words (title_words) of what a document whose title ends at `end` is about (about_span)."""
    span = about_span(folded, end)
    return set(title_words(folded[span[0] : span[1]])) if span else set()


_ABOUT_AFTER = re.compile(rf"[\s\u200c]*(?:را[\s\u200c]+)?{cues.ABOUT_RE.pattern}[\s\u200c]*")


def subject(sentence: Scanned, span: Span) -> tuple[str | None, set[str]]:
    """What the document at `span` is about as the text writes it (about_span; None, an empty
    cell, when the title has no such complement), and its words (title_words)."""
    folded, index = sentence.folded, sentence.origin
    about = about_span(folded, bisect_left(index, span.end))
    if about is None:
        return None, set()
    return sentence.text[index[about[0]] : index[about[1] - 1] + 1], about_words(folded, bisect_left(index, span.end))


def other_subject(known: set[str], about: set[str]) -> bool:
    """Two mentions with one title are two documents when each says what it is about and the two
    subjects share no word («بیانیه‌ای درباره غزه» and «بیانیه‌ای درباره سودان»); one subject told
    twice in other words keeps a word («… بر سر ورود ایران …», «… درباره تعهدات ایران …»)."""
    return bool(known) and bool(about) and not known & about


def names_meeting(title: str) -> bool:
    """The title is a final statement named with its meeting («بیانیه مشترک دومین اجلاس سران …»): its
    fullest name, which a row reporting the same statement shorter («بیانیه مشترکی») takes."""
    folded = gz.fold(title)
    final = cues.FINAL.regex.match(folded)
    return final is not None and (chain_end(folded, final.end()) or 0) > final.end()


_EZAFE = re.compile(r"ه[\s\u200c]?ی$")
"""«بیانیه‌ی پایانی»: after «ه» a written «‌ی» is the ezafe, not the indefinite «‌ای»."""


def indefinite(folded: str, pos: int) -> bool:
    """The document word at `pos` is indefinite: it ends in the indefinite «‌ای/ی» (cues.INDEFINITE_HEAD:
    «بیانیه‌ای», «سندی», «اسنادی»; not an ezafe, _EZAFE) or follows the article «یک» (cues.ONE_BEFORE)."""
    head = cues.INDEFINITE_HEAD.match(folded, pos)
    return bool(head and not _EZAFE.search(head.group())) or bool(cues.ONE_BEFORE.search(folded, 0, pos))


def indefinite_end(folded: str, pos: int, end: int) -> int:
    """Where a title opening with an indefinite document noun (cues.INDEFINITE_HEAD: «بیانیه‌ای»)
    ends, up to `end`: right after it, unless an adjective, a number or a complement follows
    (bounds.INDEFINITE_GOES_ON)."""
    head = cues.INDEFINITE_HEAD.match(folded, pos)
    if head is None or _EZAFE.search(head.group()):  # «بیانیه‌ی پایانی»: an ezafe, written
        return end
    gap = re.compile(r"[\s\u200c]+").match(folded, head.end())
    if gap is None or gap.end() >= end or bounds.INDEFINITE_GOES_ON.match(folded, gap.end()):
        return end
    return head.end()


def counted(title: str) -> str:
    """A counted title («۱۲ سند همکاری», «چندین سند همکاری», «پیش‌نویس ۱۰ سند») cut to the counted noun
    phrase (bounds.COUNT_END); any other title as it is."""
    folded = gz.fold(title)
    m = cues.COUNTED_RE.match(folded)
    if m is None:
        return title
    skip = len(words(folded[: m.end()]))  # the same words in the title (folding may change lengths)
    after = words(title)[skip - 1][1]
    end = bounds.COUNT_END.search(title, after)
    return title[: end.start()] if end else title


def count(title: str) -> int | None:
    """The number of documents a counted title names («۱۲ سند همکاری», «حدود بیست سند», «پیش‌نویس ۱۰
    سند»), else None (also for number words with no number: «چندین سند», «ده‌ها سند»)."""
    m = re.match(
        rf"(?:پیش[\s\u200c]*نویس[\s\u200c]+)?(?:{cues.COUNT_BEFORE}[\s\u200c]+)?({cues.NUMBER})[\s\u200c](?!ها)",
        gz.fold(title),
    )
    return number_value(m.group(1)) if m else None


def recounts(plural: str, counted_title: str) -> bool:
    """An uncounted plural of a counted title's noun («قطعنامه‌های سازمان …» after «سه قطعنامه») names the
    documents the count counted, not new ones."""
    folded = gz.fold(counted_title)
    m = cues.COUNTED_RE.match(folded)
    first = words(plural)[:1]
    if m is None or not first or cues.COUNTED_RE.match(gz.fold(plural)):
        return False
    noun = re.match(r"(.+?)[\s\u200c]*(?:ها|های)$", first[0][2])
    return noun is not None and gz.key(noun.group(1)) == gz.key(folded[: m.end()].split()[-1])
