"""When two titles name one document: their word keys (title_words: the indefinite or ezafe ending,
a compound written apart and a plural ending aside) and the comparisons helpers.extract.documents uses to
merge an article's rows and helpers.evaluation to match gold (same_title, same_kind, one_document,
may_be_same). Where a title starts and ends is helpers.extract.document_titles."""

from __future__ import annotations

import re

from helpers.extract import document_bounds as bounds
from helpers.extract import document_cues as cues
from helpers.extract import document_words
from helpers.extract.mentions import words
from helpers.text import gazetteer as gz


def title_words(title: str) -> list[str]:
    """Word keys of a title, the indefinite or ezafe ending of a word dropped («بیانیه‌ای مشترک» =
    «بیانیه مشترکی» = «بیانیه مشترک»): where the indefinite article sits is no part of a title."""
    keys = _compounds([gz.key(w) for w in _halves(title)])
    return [re.sub(r"(?:ای|ی)$", "", k) if len(k) > 3 else k for k in keys]


def _halves(title: str) -> list[str]:
    """The title's words, each split at its ZWNJs: a compound is written with a ZWNJ or a space alike
    («محیط‌زیست» = «محیط زیست», «خلیج‌فارس» = «خلیج فارس»); _compounds joins back the halves that
    make one key however written («توافق‌نامه» = «توافقنامه»)."""
    return [half for _, _, w in words(title) for half in w.split("\u200c") if half]


def _compounds(keys: list[str]) -> list[str]:
    """A compound's second half or a plural ending joined back to the first («پیش نویس» = «پیش‌نویس», «توافق
    نامه», «تفاهم هایی», «همه جانبه», «سه گانه», «الزام آور»: bounds.STEM_ADJECTIVE; a space for the ZWNJ);
    an indefinite ending written apart (Dari «تفاهمنامه یی همکاری», «بیانیه ای») is no word of the title."""
    out: list[str] = []
    for k in keys:
        if out and k in ("یی", "ای"):
            continue
        if out and (re.match(r"(?:نامه|نویس|جانبه|گانه|ها(?:یی|ی)?$)", k) or _STEM_ADJECTIVE.fullmatch(k)):
            out[-1] += k
        else:
            out.append(k)
    return out


_STEM_ADJECTIVE = re.compile(bounds.STEM_ADJECTIVE)


def same_title(a: str, b: str) -> bool:
    """One title is the other, or the other with words added, starting with the same document word;
        «و» and plural endings aside («طرح تقویت مرز الف-ب» = «طرح تقویت مرزهای ب و الف»). A synonym
        of the document word (SYNONYMS: «برنامه تقویت مرزها» = «طرح تقویت مرزهای الف») counts as the same
        when another word is shared. A count restated with «بیش از/حدود» («ده قرارداد» = «بیش از ده قرارداد»)
        is the same count, and a draft named with its document («پیش‌نویس منشور X» = «منشور X») the same
        document (the fuller title is kept). A gradable adjective (document_words.gradable: «توافق‌نامه مهم سه‌جانبه»
    = «توافق‌نامه سه‌جانبه ترانزیتی X») judges the document and tells none apart (_named)."""
    a, b = (_COUNT_BEFORE.sub("", _DRAFT.sub("", gz.fold(t))) for t in (a, b))
    x, y = title_words(a), title_words(b)
    if not x or not y:
        return False
    p, q = _named(_stems(a), x[0]), _named(_stems(b), y[0])
    if x[0] != y[0]:
        if not any({x[0], y[0]} <= group for group in SYNONYMS):
            return False
        p, q = p - {x[0]}, q - {y[0]}
        if not p or not q:
            return False
    return p <= q or q <= p


def _named(stems: set[str], head: str) -> set[str]:
    """A title's word keys without its gradable adjectives (document_words.gradable), where a word besides its
    head names it still; a title that only a judgement names («قرارداد تازه‌ای») keeps it."""
    named = {k for k in stems if k == head or not document_words.gradable(k)}
    return named if len(named) > 1 else stems


_COUNT_BEFORE = re.compile(rf"^{cues.COUNT_BEFORE}[\s\u200c]+(?={cues.NUMBER}[\s\u200c])")
_DRAFT = re.compile(rf"^(?:{cues.DRAFT_START.pattern})[\s\u200c]+(?={cues.NOUN_RE.pattern})")
SYNONYMS = ({"طرح", "برنامه", "پلان"}, {"توافقنامه", "موافقتنامه", "قرارداد", "قرارنامه", "توافق"})
"""Document words (title_words keys) that name one kind of document: a plan, an agreement (its text or the
agreement itself: «توافق سه‌جانبه X» = «توافق‌نامه سه‌جانبه X», another word shared as for any synonym)."""
STATEMENTS = frozenset({"بیانیه", "اعلامیه"})
"""A statement and a declaration: one meeting's outcome whichever word a headline or the body uses."""


def same_kind(a: str, b: str) -> bool:
    """Two titles open with one document word, or one is a statement and the other a declaration
    (STATEMENTS: «اعلامیه پایانی …» over «بیانیه پایانی»)."""
    x, y = title_words(a)[:1], title_words(b)[:1]
    return x == y or (bool(x) and bool(y) and {x[0], y[0]} <= STATEMENTS)


FINAL_WORDS = {"پایان", "نهای", "مشترک", "ختام"}
"""The title words (title_words: «پایانی» → «پایان») of a final or joint statement's adjective."""


def one_document(a: str, b: str) -> bool:
    """Two titles of one article's rows name one document: the same title (same_title), or one final
    statement named with two chains («اعلامیه پایانی نشست وزیران گروه ۷۷», «اعلامیه پایانی وزرای خارجه
    گروه ۷۷»: the same noun and adjective, FINAL_WORDS), which a meeting issues once."""
    x, y = title_words(a), title_words(b)
    return same_title(a, b) or (len(x) > 2 and len(y) > 2 and x[:2] == y[:2] and x[1] in FINAL_WORDS)


def may_be_same(a: str, b: str) -> bool:
    """Two titles with one document word may name one document: one is the other with words added,
    one is the bare word, both are final or joint statements (FINAL_WORDS: «بیانیه پایانی», «بیانیه
    مشترکی»), or they share another word; «بیانیه الف» and «بیانیه ب» do not."""
    x, y = title_words(a), title_words(b)
    if len(x) < 2 or len(y) < 2 or {x[1], y[1]} <= FINAL_WORDS:  # a final statement is the joint one
        return True
    return same_title(a, b) or bool(set(x[1:]) & set(y[1:]))


def _stems(title: str) -> set[str]:
    """Title word keys without «و», a plural ending («ها/های», read before the key joins «نامه‌ای» into
    «نامهای») or an indefinite or ezafe one."""
    plain = [re.sub(r"(?<=\w\w)\u200c?های?$", "", w) for _, _, w in words(title) if w != "و"]
    halves = [half for w in plain for half in w.split("\u200c") if half]  # as title_words reads them
    keys = _compounds([gz.key(w) for w in halves if w not in ("ها", "های")])  # «تفاهم نامه ها»: apart
    return {re.sub(r"(?:ای|ی)$", "", k) if len(k) > 3 else k for k in keys}
