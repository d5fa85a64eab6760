"""How a document names its meeting or is pointed at (helpers.extract.document_titles and
document_clauses read these): the ezafe chain naming the meeting a final statement belongs to, which
is part of its title (the dev-set README's session-6 rule), a meeting only pointed at, which is not,
and a statement cited with «این» where none was named before. Patterns are folded
(helpers.text.gazetteer.fold); in a `cue` a space also matches a ZWNJ or nothing."""

from __future__ import annotations

import re

from helpers.dates.words import CARDINALS, TENS, number_alternation
from helpers.extract import document_cues as cues
from helpers.extract.meeting_nouns import MEETING
from helpers.extract.mentions import cue_regex

ORDINAL = rf"(?:(?:{number_alternation(CARDINALS)})|(?:(?:{number_alternation(TENS)}) و )?سو)(?: ?ا)?مین|اولین|نخستین"
"""An ordinal before a meeting («دومین», «سی‌امین», «بیست و سومین», «چهل و دومین»): a number word and
«مین» (three is «سومین»), not any word that ends so («همین», «تأمین»)."""
MEETING_CHAIN = cue_regex(rf"(?:(?:{ORDINAL}|\d+ ?(?:ا)?مین) )?(?:{MEETING}|سازمان|شورای|اتحادیه|جنبش)")
"""The start of an ezafe chain naming the meeting or organization a final statement belongs to
(«بیانیه پایانی بیست و یکمین اجلاس شورای وزیران …», «… سازمان همکاری …»): part of its title."""
POSSESSOR = (
    r"(?:ان|این|او|ایشان|انها|انان|خود)"
    r"(?=[\s\u200c]*(?:$|[،.؛:»]|(?:را|تا|که|در|به|از|با|بر|برای|نیز|هم|توسط)(?!\w)))"
)
POINTED = cue_regex(
    rf"(?:این|ان|همین) (?:{MEETING})|(?:{MEETING}|سازمان|شورا) (?:خود|{cues.BACK_REFERENCE})|{POSSESSOR}"
)
"""A meeting pointed at, not named («این اجلاس», «نشست خود», «نشست یادشده»), or by a pronoun that
closes the noun phrase (POSSESSOR: «آن/خود» before a preposition, «را», «تا» or a clause mark, not
before a noun): a title ends before it («اعلامیه این اجلاس» → «اعلامیه», «بیانیه پایانی نشست خود» →
«بیانیه پایانی», «بیانیه نهایی آن تا پایان روز …» → «بیانیه نهایی»)."""
GOVERNING = r"(?<!\w)(?:از|به|با|در|بر|تا|طی|ضمن|برای)"
"""Prepositions before «این/آن …»: a phrase they govern points at a body or a document already named
(«سند الحاق X به این سازمان», «پیش از آن»), no part of a title's chain."""
GOVERNED = re.compile(rf"{GOVERNING}[\s\u200c]+$")
THIS_BODY = cue_regex("(?:این|ان|همین) (?:سازمان|شورا|گروه|اتحادیه)")
"""A body pointed at («این سازمان», «این گروه»), unlike a meeting, names whose the document is: the title's
ezafe chain takes it and closes after it (bounds.DEMONSTRATIVE: «قطعنامه این سازمان», «بیانیه پایانی نشست
این گروه»; the dev-set gold keeps it, as it ends before «این نشست»)."""
OWNED = re.compile(
    rf"[\s\u200c]+و[\s\u200c]+(?!{cues.HEAD_RE.pattern})[^\s\u200c]+(?:[\s\u200c]*(?:ها|های))?[\s\u200c]*$"
)
"""«… و ضمیمه/پیوست‌های» before a possessive pronoun: a part of the document its pronoun points back to,
no part of its title («سند همکاری و ضمیمه آن» → «سند همکاری»)."""
CHAIN_BREAK = re.compile(r"[\s\u200c]و[\s\u200c]|[\s\u200c]*$")
MAX_CHAIN_WORDS = 10
CITED = re.compile(
    r"(?<!\w)(?:در|از)(?:[\s\u200c]+[^\s\u200c.،]+){0,3}?[\s\u200c]+(?:این|ان)[\s\u200c]+(?P<noun>بیانیه|اعلامیه)(?![\s\u200c]*ها|\w)"
)
STATEMENT = re.compile(r"(?<!\w)(?:بیانیه|اعلامیه)")
"""A statement cited as where the report's words come from («در بخش دیگری از این بیانیه …», «در این
اعلامیه آمده است»): when no sentence before names one (STATEMENT), the meeting's statement, issued."""
SPOKEN = re.compile(rf"(?:پیش[\s\u200c]*نویس[\s\u200c]+)?(?:{cues.SPEAKING})")
"""A title that opens with a text the meeting speaks through (cues.SPEAKING: a statement, declaration or
resolution, or a draft of one)."""
