"""Lists of documents acted on at one meeting (helpers.extract.documents): where a clause's list of
coordinated documents begins, read by the grammar of Persian lists. Items are joined by commas and
the last by «و» («الف، ب و ج امضا شد»); a count or plural may open them («سه سند: الف، ب و ج», «سه سند
شامل الف، ب و ج»), or a predicate may close them («الف، ب و ج از جمله اسنادی بود که … امضا شد»). Each
item's title is then read by helpers.extract.document_titles.title_spans."""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.extract import document_cues as cues
from helpers.extract import document_titles as titles
from helpers.extract.document_clauses import clause_start
from helpers.extract.mentions import Span

_LEAD = re.compile(r"[\s\u200c]*(?:(?:و|همچنین|نیز)[\s\u200c]+)*")
"""What may open a list item before its document word: «و», «همچنین» («…، و همچنین پروتکل …»)."""
_GOVERNED = re.compile(r"(?:^|[\s\u200c])(?:از|به|با|در|بر|برای|درباره|تا|جز|مورد|اهمیت|لزوم|ضرورت)[\s\u200c]*$")
"""A document word right after a preposition (or a noun that takes one as its complement: «با اشاره
به اهمیت طرح …») is a complement, not the first item of a list of objects."""
_CLOSED = re.compile(rf"[\s\u200c]و[\s\u200c]+(?:(?:همچنین|نیز)[\s\u200c]+)?(?={cues.HEAD_RE.pattern})")
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
    closed = hi is not None and bool(_CLOSED.search(folded, lo, hi))
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
    return len(folded[start:comma].split()) <= 5 and not cues.TITLE_STOP.search(folded, start, comma)


def _first_item(folded: str, start: int, comma: int, closed: bool) -> int | None:
    """Where the item before a list comma begins: its opening document word, or (in a list `closed` by
    «و») its first document word not governed by a preposition."""
    opens = cues.HEAD_RE.match(folded, _LEAD.match(folded, start).end())  # type: ignore[union-attr]
    if opens:
        return start
    head = cues.HEAD_RE.search(folded, start, comma) if closed else None
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
