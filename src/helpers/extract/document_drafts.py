"""Drafts and texts put forward at a meeting (helpers.extract.documents reads these): «… ارائه/بررسی
شد» as the verb of a draft or of counted texts, and a draft still being written, which is not put forward."""

from __future__ import annotations

import re

from helpers.contracts import Action
from helpers.extract import document_cues as cues

DRAFTING = re.compile(r"(?<!\w)در[\s\u200c]+(?:دست|حال)[\s\u200c]+(?:بررسی|تهیه|تدوین|نگارش)")
"""«پیش‌نویس X در دست/حال بررسی/تهیه …»: a draft still being written, not yet put forward."""


def put_forward(folded: str) -> list[tuple[int, int, int, Action]]:
    """«… ارائه/بررسی شد» (cues.DRAFT_VERB) as verbs, in a sentence with a draft (cues.DRAFT_WORDS) or
    a count of documents (cues.COUNTED_RE)."""
    if not any(word in folded for word in cues.DRAFT_WORDS) and not cues.COUNTED_RE.search(folded):
        return []
    rank = len(cues.BEFORE_VERB)
    return [(m.start(), rank, m.end(), Action.PROPOSED) for m in cues.DRAFT_VERB.regex.finditer(folded)]


def draft_or_count(title: str) -> bool:
    """What is put forward or reviewed («… ارائه/بررسی شد»): a draft («پیش‌نویس X») or counted texts
    («۹ قطعنامه … بررسی می‌شود»: before the vote); a bare document reviewed may be an old one."""
    return bool(cues.DRAFT_START.match(title) or cues.COUNTED_RE.match(title))
