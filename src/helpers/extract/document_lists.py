"""Lists of documents acted on at one meeting (helpers.extract.documents): where a clause's list of
coordinated documents begins, read by the grammar of Persian lists. Items are joined by commas and
the last by «و» («الف، ب و ج امضا شد»); a count or plural may open them («سه سند: الف، ب و ج», «سه سند
شامل الف، ب و ج»), or a predicate may close them («الف، ب و ج از جمله اسنادی بود که … امضا شد»). Each
item's title is then read by helpers.extract.document_titles.title_spans. A list may also run one item a
line (line_lists) after a plural or counted document phrase and a colon or «مشتمل بر/شامل/عبارتند از»,
the verb before the list, on its last line or on the line after it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from helpers.contracts import Action
from helpers.extract import document_bounds as bounds
from helpers.extract import document_cues as cues
from helpers.extract import document_titles as titles
from helpers.extract import document_words
from helpers.extract.document_clauses import clause_start
from helpers.extract.document_sameness import title_words
from helpers.extract.mentions import Scanned, Span, cue_regex
from helpers.text.ingest import LIST_MARK

_LEAD = re.compile(r"[\s\u200c]*(?:(?:و|همچنین|نیز)[\s\u200c]+)*")
"""What may open a list item before its document word: «و», «همچنین» («…، و همچنین پروتکل …»)."""
_GOVERNED = re.compile(r"(?:^|[\s\u200c])(?:از|به|با|در|بر|برای|درباره|تا|جز|مورد|اهمیت|لزوم|ضرورت)[\s\u200c]*$")
"""A document word right after a preposition (or a noun that takes one as its complement: «با اشاره
به اهمیت طرح …») is a complement, not the first item of a list of objects."""
_CLOSED = re.compile(rf"[\s\u200c]و[\s\u200c]+(?:(?:همچنین|نیز)[\s\u200c]+)?(?P<head>{cues.HEAD_RE.pattern})")
"""A list closed by «و» before its last document word: the mark of a list of three or more items."""
_PREDICATE = re.compile(
    rf"(?:(?<=[\s\u200c]){cues.LIST_OPENER}[\s\u200c]+)?(?:(?:مهم[\s\u200c]*ترین|دیگر)[\s\u200c]+)?"
    rf"(?:{cues.BARE_HEAD.pattern})(?:[\s\u200c]+[^\s\u200c،.]+){{0,2}}?"
    r"[\s\u200c]+(?:بود|بودند|است|هستند|بوده[\s\u200c]*اند)[\s\u200c]+$"
)
"""A predicate naming the listed items' kind before a relative «که» («… از جمله اسنادی بود که»)."""


def list_start(folded: str, lo: int, hi: int | None = None) -> int:
    """Move a clause's start `lo` back over comma-separated items that open with a document word, so
    «الف، ب و ج تصویب شد» keeps «الف» (a comma otherwise ends the clause), and over a first item that a
    count or plural introduces («سه سند شامل الف، ب و ج»). The first item may follow a subject or a
    setting («در این نشست الف، ب و ج …») when «و» closes the list before the verb at `hi`, unless a
    preposition governs it. A comma inside a title's words («اعلامیه نشست الف، ب و ج») is no list of
    documents: the items after it open with none."""
    closed = hi is not None and any(
        not document_words.adjective(folded, *m.span("head")) for m in _CLOSED.finditer(folded, lo, hi)
    )
    at = lo  # the start of the earliest item read so far (a head-less item may sit between two)
    while (comma := folded.rfind("،", 0, at)) >= 0 and not folded[comma + 1 : at].strip():
        start = clause_start(folded, comma)
        item = bool(cues.HEAD_RE.match(folded, _LEAD.match(folded, at).end()))  # type: ignore[union-attr]
        item = item or (at == lo and closed and _first_item(folded, lo, hi or lo, closed) is not None)
        first = _first_item(folded, start, comma, closed)
        if first is not None and (item or at != lo):
            lo = at = first
        elif closed and at == lo and item and _plain_item(folded, start, comma):
            at = start  # «…، تصویب مقررات سازمان، …»: an item with no document word, the list goes on
        else:
            listed = listing_head(folded, start, comma) if at == lo else None
            lo = listed if listed is not None else lo
            break
    return lo


def _plain_item(folded: str, start: int, comma: int) -> bool:
    """folded[start:comma] is a short noun phrase with no verb: an item of a list in which it stands."""
    return len(folded[start:comma].split()) <= 5 and not bounds.TITLE_STOP.search(folded, start, comma)


def _first_item(folded: str, start: int, comma: int, closed: bool) -> int | None:
    """Where the item before a list comma begins: its opening document word, or its action noun and
    document word («…، تصویب مقررات سازمان، …»: an item, the list goes on), or (in a list `closed` by
    «و») its first document word not governed by a preposition."""
    lead = _LEAD.match(folded, start).end()  # type: ignore[union-attr]
    head = cues.HEAD_RE.search(folded, lead, comma)
    if head and (head.start() == lead or (start > 0 and titles.acted_item(folded, start - 1, head.start()))):
        return start
    head = head if closed else None
    return head.start() if head and not _GOVERNED.search(folded, start, head.start()) else None


def subject_list(folded: str, ke: int) -> tuple[int, int] | None:
    """The listed documents before a predicate that names their kind and a relative «که» at `ke` («الف،
    ب و ج از جمله اسنادی بود که وزیران امضا کردند»): their (start, end) in `folded`, else None."""
    predicate = _PREDICATE.search(folded, 0, ke)
    if predicate is None or predicate.start() == 0:
        return None
    hi = predicate.start()
    lo = list_start(folded, clause_start(folded, hi), hi)
    return (lo, hi) if cues.HEAD_RE.search(folded, lo, hi) else None


def count_before_colon(folded: str, index: Sequence[int], lo: int) -> list[Span]:
    """«سه توافق‌نامه: الف، ب و ج امضا شد»: the count (cues.COUNTED_RE) whose colon opens the clause at
    `lo` is a row of its own beside the items."""
    colon = re.search(r":[\s\u200c]*$", folded[:lo])
    if colon is None:
        return []
    start = clause_start(folded, colon.start())
    start += len(folded[start : colon.start()]) - len(folded[start : colon.start()].lstrip())
    counted = cues.COUNTED_RE.match(folded, start)
    if counted is None:
        return []
    return titles.title_spans(folded, index, start, colon.start())


def listing_head(folded: str, lo: int, hi: int) -> int | None:
    """Start of the document phrase before the last «شامل/از جمله» in folded[lo:hi], when a document
    word follows it, or when that phrase is counted (its items may be named by their subject alone)."""
    openers = list(re.finditer(rf"(?<!\w){cues.LIST_OPENER}[\s\u200c]+", folded[lo:hi]))
    opener = openers[-1] if openers else None
    if opener is None:
        return None
    heads = [m.start() for m in cues.HEAD_RE.finditer(folded, lo, lo + opener.start())]
    if not heads or not (cues.HEAD_RE.match(folded, lo + opener.end()) or cues.COUNTED_RE.match(folded, heads[-1])):
        return None
    return heads[-1]


_INTRO = re.compile(rf"(?:(?<=[\s\u200c]){cues.LIST_OPENER}[\s\u200c]*:?|:)[\s\u200c]*$")
"""A line that opens a list of lines ends with a colon or a list opener («… مشتمل بر», «… عبارتند از:»)."""
_FOLLOWING = re.compile(r"[\s\u200c]+(?:(?:را|به[\s\u200c]+شرح)[\s\u200c]+)?(?:زیر|ذیل)(?!\w)")
"""«the following» after the plural («اسناد زیر …», «توافقات ذیل را …», «… به شرح زیر»): it announces the
list wherever the line ends, with a colon or with the verb and a period («اسناد زیر امضا شد.»)."""
_PLURAL = cue_regex(
    rf"{cues.COUNTED}(?:{cues.HEADS})|(?:{cues.NOUNS}) ?ها(?:ی|یی)?|اسناد|توافقات|تصمیمات|مصوبات|تصامیم"
)
"""A plural or counted document phrase: what names several documents, whose items may follow one a line (a
singular one before a colon is followed by its own text: «در بیانیه پایانی آمده است:»)."""
_ITEM_MARK = re.compile(rf"[\s\u200c]*(?:{LIST_MARK})[\s\u200c]*")
_NAMED_ACTED = cue_regex(
    rf"(?P<noun>(?:{cues.NOUNS}) ?ها(?:ی)?) (?:مصوب|(?:مورد )?(?P<stem>تصویب|تایید|امضاء?) ?(?:شده)?)"
)
"""«قطعنامه‌های مصوب», «اسناد امضاشده»: documents of a kind the article says were acted on; a list of that
kind whose own verb the page lost (an excerpt cut short) takes this action."""
_BACK = re.compile(r"(?:(?:این|ان|همه|تمام|تمامی)(?:[\s\u200c]+[^\s\u200c]+){0,3}[\s\u200c]+)?")


def line_lists(own: Sequence[Scanned]) -> tuple[dict[int, list[dict]], dict[int, int]]:
    """Documents listed one a line: a line ending in a plural or counted document phrase (_PLURAL) and
    a colon or a list opener (_INTRO), then items, each on a line of its own that opens with a list
    mark (ingest.LIST_MARK) or a document word, up to the first line that is no item. Returns the items
    by the position of their sentence in `own` (spans with the list's action and the intro's key, so
    that items of one list stay apart), and the intro's uncounted plural by its sentence, which is no
    row of its own (the items are)."""
    items: dict[int, list[dict]] = {}
    intros: dict[int, int] = {}
    for i, intro in enumerate(own[:-1]):
        folded = intro.folded
        found = _intro(folded)
        if found is None or _GOVERNED.search(folded, found[1], found[0].start()):
            continue
        head, lo, end = found
        counted = bool(cues.COUNTED_RE.match(folded, head.start()))
        announced = counted or bool(_FOLLOWING.match(folded, head.end()))
        listed, verb = _item_lines(own, i + 1, announced)
        action = _verb_action(folded, head.start(), end) or verb or _after_list(own, i + 1 + len(listed))
        action = action or _named_acted(own, folded[head.start() : head.end()])
        if not listed or action is None or cues.EARLIER.search(folded, lo, end):
            continue
        key = (intro.row.section, intro.row.paragraph, intro.row.sentence)
        for k, spans in enumerate(listed, i + 1):
            items[k] = [{"span": sp, "action": action, "by": (None, None), "list": key} for sp in spans]
        if not counted:
            intros[i] = intro.origin[head.start()]
    return items, intros


def _intro(folded: str) -> tuple[re.Match[str], int, int] | None:
    """The plural or counted phrase of a line that opens a list of lines, the start of its clause and
    the end of the intro: before a closing colon or list opener (_INTRO), or, after «… زیر/ذیل»
    (_FOLLOWING), the line's end when no text follows a colon."""
    text = folded.rstrip()
    end = _INTRO.search(text)
    if end is not None:
        lo = max(folded.rfind(mark, 0, end.start()) for mark in "،؛:") + 1
        head = _last(_PLURAL.finditer(folded, lo, end.start()))
        return (head, lo, end.start()) if head else None
    for head in _PLURAL.finditer(folded):
        if _FOLLOWING.match(folded, head.end()) and ":" not in folded[head.end() :]:
            lo = max(folded.rfind(mark, 0, head.start()) for mark in "،؛:") + 1
            return head, lo, len(text.rstrip(" ."))
    return None


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = list(matches)
    return found[-1] if found else None


_BARE_WORDS = 12
"""The longest unmarked line read as an item with no document word: a name, not a sentence."""


def _item_lines(own: Sequence[Scanned], first: int, announced: bool) -> tuple[list[list[Span]], Action | None]:
    """The items on the lines from own[first] on, each a list of its title spans, and the action of a
    verb on the last one («- قطعنامه ج به تصویب رسید»). After a count or «… زیر» that announces them, a
    line with a list mark, or a short one with no verb, is an item even without a document word (it
    names one by its subject); a line with a verb of another kind («- تأکید بر … شد») is none."""
    listed: list[list[Span]] = []
    for sentence in own[first:]:
        folded, index = sentence.folded, sentence.origin
        mark = _ITEM_MARK.match(folded)
        pos = mark.end() if mark else 0
        opens = cues.HEAD_RE.match(folded, _LEAD.match(folded, pos).end())  # type: ignore[union-attr]
        verb = _verb_at(folded, pos)
        bare = announced and (mark or len(folded.split()) <= _BARE_WORDS)
        if not (opens or bare) or (cues.HAS_VERB.search(folded, pos) and verb is None):
            break
        hi = verb[0] if verb else len(folded.rstrip(" .؛،\u200c"))
        spans = titles.title_spans(folded, index, pos, hi) if opens else _plain(folded, index, pos, hi)
        if not spans:
            break
        listed.append(spans)
        if verb:
            return listed, verb[1]
    return listed, None


def _plain(folded: str, index: Sequence[int], pos: int, hi: int) -> list[Span]:
    """An item named by its subject alone, up to a clause mark."""
    stop = re.compile(r"[\s\u200c]*[،؛:.(]").search(folded, pos, hi)
    end = stop.start() if stop else hi
    return [Span(index[pos], index[end - 1] + 1)] if end > pos else []


def _verb_at(folded: str, lo: int, hi: int | None = None) -> tuple[int, Action] | None:
    """The first document verb (cues.BEFORE_VERB) in folded[lo:hi], with its action."""
    hits = [
        (m.start(), rank, action)
        for rank, (action, verb) in enumerate(cues.BEFORE_VERB.items())
        if verb.may_occur(folded)
        for m in verb.regex.finditer(folded, lo, len(folded) if hi is None else hi)
    ]
    return (min(hits)[0], min(hits)[2]) if hits else None


def _verb_action(folded: str, lo: int, hi: int) -> Action | None:
    verb = _verb_at(folded, lo, hi)
    return verb[1] if verb else None


def _after_list(own: Sequence[Scanned], after: int) -> Action | None:
    """The action of a verb the line after a list opens with, alone or after «این/همه …» pointing back
    at the items («این قطعنامه‌ها به تصویب رسید»)."""
    if after >= len(own):
        return None
    folded = own[after].folded
    verb = _verb_at(folded, 0)
    back = _BACK.match(folded)
    return verb[1] if verb and back and back.end() >= verb[0] else None


def _named_acted(own: Sequence[Scanned], head: str) -> Action | None:
    """The action of a participle the article puts after the list's document word («قطعنامه‌های مصوب»)."""
    word = _noun(head)
    for sentence in own:
        for m in _NAMED_ACTED.finditer(sentence.folded):
            if _noun(m["noun"]) == word:
                return cues.PARTICIPLE_ACTION.get(m["stem"] or "تصویب")
    return None


def _noun(phrase: str) -> list[str]:
    """The document noun of a plural or counted phrase, as a title word key («قطعنامه» of «سه قطعنامه»)."""
    noun = cues.NOUN_RE.search(phrase)
    return title_words(noun.group())[:1] if noun else []


_PLURAL_SOME = cue_regex(rf"(?:{cues.NOUNS}) ?(?:هایی|ی)")
"""An indefinite plural or indefinite document noun («اسنادی», «قطعنامه‌هایی»)."""
_AMONG_DESCRIBED = re.compile(
    rf"(?<!\w)(?:(?:در|از)[\s\u200c]+میان|از[\s\u200c]+جمله)[\s\u200c]+(?P<head>{_PLURAL_SOME.pattern})"
    r"[\s\u200c]+که(?!\w)[^،.؛:]*،"
)
"""«در میان اسنادی که … ارائه شده است، X را …»: documents named among an indefinite plural that a
relative clause describes, after its comma."""
_A_VERB = re.compile(bounds.VERBS)
_VERB_WORD = re.compile(r"(?<=\S)\s+\S+\s*$")
"""The word right before a verb, its own («اهمیت دارند», «مهم‌تر است»)."""


def among_described(sentence: Scanned, found: list[dict]) -> list[dict]:
    """The documents named after «در میان/از جمله اسنادی که …،» (_AMONG_DESCRIBED) are the rows, with
    the action of the plural's relative clause; the plural is none (like the predicate's plural of
    subject_list, the lead's session-7 decision c)."""
    folded, index = sentence.folded, sentence.origin
    m = _AMONG_DESCRIBED.search(folded) if "میان" in folded or "جمله" in folded else None
    plural = next((d for d in found if m and d["span"].start == index[m.start("head")]), None)
    if m is None or plural is None:
        return found
    verbs = [v.start() for r in (_A_VERB, cues.AMONG_END) if (v := r.search(folded, m.end()))]
    verb = min(verbs, default=len(folded.rstrip(" .")))  # «… اهمیت دارند», «… مهم‌تر است»
    own = _VERB_WORD.search(folded, m.end(), verb) if verbs else None  # and the verb's own word
    hi = own.start() if own else verb
    items = titles.title_spans(folded, index, m.end(), hi)
    if not items:
        return found
    listed = [{"span": sp, "action": plural["action"], "by": plural["by"], "item": len(items) > 1} for sp in items]
    return [d for d in found if d is not plural] + listed
