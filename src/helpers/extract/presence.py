"""Presence said through why someone travelled (#11, session 6, round B): «برای / جهت / به منظور / با
هدف شرکت در X» before a verb of travel tells what the trip is for, so the verb after it, however far
(a long place name, an apposition and its commas: «به داکار، پایتخت سنگال، رسید»), says whether the
traveller has come (arrived, travelled: attended) or set out (expected). The one a trip is meant to
meet («به منظور دیدار با X») is no traveller (helpers.extract.clauses.is_object)."""

from __future__ import annotations

import re

from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue as Kind
from helpers.extract.cues import TO_PLACE, Said, did
from helpers.extract.mentions import cue

PURPOSE = "(?:برای|جهت|به منظور|با هدف|به هدف|به قصد)"
"""Words of purpose before what a trip is for («برای», Dari «جهت», «به منظور», «با هدف»)."""
TO_ATTEND = (
    f"{PURPOSE} (?:شرکت|حضور|اشتراک)(?: و [^\\s.؛،]+)? در (?:(?!عازم|راهی|رهسپار|ترک)[^.؛]){{1,120}}?"
    "(?<!\\w)(?<!خواهد[\\s\u200c])(?<!خواهند[\\s\u200c])"
)
"""«برای شرکت (و سخنرانی) در X …» up to the verb of the trip, not past a setting out («عازم»), and the
verb not a future («خواهد رسید»)."""
PRESENCE_CUES = [
    Said(
        Status.EXPECTED,
        Kind.DEPARTURE,
        cue(f"{TO_ATTEND}(?:ترک {did('کرد', 'گفت')}|{TO_PLACE} {did('رفت')})"),
    ),
    Said(
        Status.ATTENDED,
        Kind.ARRIVAL,
        cue(f"{TO_ATTEND}(?:سفر {did('کرد', 'نمود')}|{did('رسید', 'امد')}|وارد [^.؛]{{1,60}}?{did('شد', 'گردید')})"),
    ),
]
"""Verb cues (helpers.extract.report_time reads them after helpers.extract.cues.VERB_CUES): left for the
meeting, or travelled and arrived to attend it."""
TO_MEET = re.compile(
    f"{PURPOSE}[^.؛،]{{0,120}}?(?<!\\w)(?:دیدار|ملاقات|گفتگو|گفت و گو|مذاکره|رایزنی)"
    "[^.؛،]{0,60}?(?<!\\w)با[\\s\u200c«]*$".replace(" ", "[\\s\u200c]*")
)
"""«برای / به منظور دیدار … با» right before a person, folded: the one the trip is meant to meet."""
