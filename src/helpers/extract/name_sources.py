"""The news source a report is credited to («به گزارش X،», «بنابر گزارش X»; «به گزارش X به نقل از Y،»): a
name there is an outlet's, no person's. One copy for helpers.extract.names (a name's run) and
helpers.extract.name_cues (a name in quotes). And the report's author, writer or own correspondent (`byline`:
«توسط X Y», the outlet's credit and its writer opening the text, a name line alone): no attendee."""

from __future__ import annotations

import re

from helpers.extract.mentions import Span
from helpers.text import gazetteer as gz
from helpers.text.places import city_state, place_names

SOURCE_BEFORE = re.compile(r"(?<!\w)(?:به|بنابر)[\s\u200c]+گزارش[\s\u200c]+$")
"""The words before a news source («به گزارش X،», «بنابر گزارش X»): the name after them is an outlet's
(«به نقل از» may quote a person, so it is no such mark)."""
QUOTED_SOURCE_BEFORE = re.compile(
    r"(?<!\w)(?:به|بنابر)[\s\u200c]+گزارش[\s\u200c][^،,.:؛«»\"]{0,40}?[\s\u200c]به[\s\u200c]+نقل[\s\u200c]+از[\s\u200c]+$"
)
"""The source an outlet quotes inside the opening phrase («به گزارش ایرنا به نقل از X،»): an outlet,
unless a given name opens it (a person quoted: «به نقل از دانیار X، …»)."""
SOURCE_NOUN = re.compile(r"گزارش[\s\u200c]")
"""«گزارش» opening a span after «به»/«بنابر» (SOURCE_BEFORE): the source's noun, read as a name word."""


def credited_at(text: str, start: int) -> bool:
    """Whether the words right before `start` credit the report to a source (SOURCE_BEFORE): what
    opens at `start` is the outlet («به گزارش «X Y»، …»)."""
    return SOURCE_BEFORE.search(text, max(0, start - 20), start) is not None


def names_a_source(text: str, span: Span, given_first: bool) -> bool:
    """Whether the words of `span` are the report's source, no person: the report's noun run together
    with its source («به گزارش العربیه»), an outlet quoted inside the opening phrase unless a given name
    opens it («به گزارش ایرنا به نقل از القدس العربی، …»), or a source credited right before it."""
    if SOURCE_NOUN.match(text, span.start) and SOURCE_BEFORE.search(text, max(0, span.start - 10), span.start + 6):
        return True  # «به گزارش العربیه»: the report's noun and its source, no name
    if not given_first and QUOTED_SOURCE_BEFORE.search(text, max(0, span.start - 80), span.start):
        return True  # «به گزارش ایرنا به نقل از القدس العربی، …»: the outlet quoted
    return credited_at(text, span.start)


BYLINE_BEFORE = re.compile(r"^[\s\u200c]*توسط[\s\u200c]+$")
"""«توسط» opening its line before a name: the author's byline a page's template writes («توسط X Y»), not
the agent of a passive, which follows the noun it acts on («افتتاح نشست توسط X Y»)."""
BYLINE_AFTER = re.compile(r"[\s\u200c]*(?:$|[-–—|])")
"""What follows a byline's name: the line's end, or a dash before the dateline or the lead («X Y -امروز …»)."""


OWN_REPORTER = re.compile(r"[\s\u200c]*[،,]?[\s\u200c]*خبرنگار[\s\u200c]+(?:اعزامی|ویژه|ما)(?!\w)")
"""The outlet's own correspondent named beside the name («X Y، خبرنگار اعزامی بی‌بی‌سی», «X Y خبرنگار ما
در …»): the report's source, as its author is; another outlet's reporter quoted («X Y خبرنگار نشریه
…») is not meant."""


CREDIT_BEFORE = re.compile(
    r"^[\s\u200c]*(?P<credit>[^\W\d_][\w\u200c]*(?:[\s\u200c]+[\w\u200c]+){0,2})[\s\u200c]*[؛;\-–—][\s\u200c]*$"
)
"""A sentence opening with a credit of one to three words set off by «؛» or a dash, the outlet's
(«عصر نمونه؛ X Y - …», «باشگاه نمونه- X Y- …»): a name right after it, closed by a dash or slash, is its
writer's, before the text begins. Not a place (`_credit`): «کابل - X Y - وزیر … گفت» is a dateline's city
and the name the subject set off by dashes with its title."""
CREDIT_AFTER = re.compile(r"[\s\u200c]*[-–—/]")
NOTHING_AFTER = re.compile(r"[\s\u200c/|\-–—]*$")
"""Nothing but a slash, a bar or a dash to the sentence's end («X Y», «X Y /»); a colon after a name opens
what the person says («X Y:»), a person's."""


def byline(text: str, span: Span, opening: str) -> bool:
    """Whether the name at `span` is the report's author or reporter, not a person the report is about: «توسط»
    alone before it at the start of its sentence (BYLINE_BEFORE), nothing but the end or a dash after it
    (BYLINE_AFTER); its own correspondent (OWN_REPORTER); the writer after an outlet's credit opening the
    sentence (CREDIT_BEFORE); or the name alone making up its sentence, no title, verb or other word with it
    (a name line above a page's text or under it): `opening` is the sentence up to the name's end with the
    honorifics opening it left out (honorifics.without_honorifics), no longer than the name when it is alone."""
    if OWN_REPORTER.match(text, span.end):
        return True
    if len(opening) <= span.end - span.start and NOTHING_AFTER.match(text, span.end):
        return True
    if _credit(text[: span.start]) and CREDIT_AFTER.match(text, span.end):
        return True
    return bool(BYLINE_BEFORE.search(text, 0, span.start) and BYLINE_AFTER.match(text, span.end))


def _credit(before: str) -> bool:
    """Whether `before` is an outlet's credit opening the sentence (CREDIT_BEFORE), not a state or city."""
    m = CREDIT_BEFORE.match(before)
    return m is not None and gz.key(m["credit"]) not in place_names() and city_state(m["credit"]) is None
