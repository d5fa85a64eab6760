"""Hosting through a welcome (#11): whoever welcomes the guests at the venue, or the guests as a class
anywhere but the airport, is the host and the guests welcomed there are present; split from
helpers.extract.occasions (which keeps the airport, where a welcome says nobody hosts)."""

from __future__ import annotations

import re
from bisect import bisect_left

from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue as Kind
from helpers.extract.clauses import agent, is_object, listed_after, only_phrase_between
from helpers.extract.collective import MEETING_BEFORE
from helpers.extract.cues import DELEGATION, GUESTS, Said
from helpers.extract.meeting_nouns import MEETING
from helpers.extract.mentions import Scanned, Span, cue, find_cues
from helpers.extract.occasions import AIRPORT, GUEST, When, fill, give
from helpers.extract.people import Found
from helpers.extract.verb_forms import did

WELCOMED = cue(f"مورد استقبال [^.؛]{{0,60}}?قرار {did('گرفت')}|(?:استقبال|پذیرایی) {did('کرد', 'نمود')}")
"""Welcoming: whoever welcomes the others at the venue is the host («از سوی X مورد استقبال قرار
گرفتند», «X در محل اجلاس از سران استقبال کرد», or receives them: «پذیرایی کرد»), and the
welcomed are there; at the airport they are not hosts."""
VENUE = cue(
    f"محل (?:برگزاری )?(?:این )?(?:{MEETING})|محل برگزاری|کاخ|مرکز (?:همایش(?: ?های?)?|کنفرانس)"
    "|(?:در|به) (?:مرکز|سالن|تالار|هتل|ساختمان)"
)
"""The venue: a building the guests are welcomed in («در بدو حضور در مرکز …», «در هتل …»), not the airport."""
ALL_GUESTS = cue(f"(?:روسای|سران|رهبران) {DELEGATION}|{GUESTS}")
"""The meeting's guests as a class («سران», «مهمانان», «روسای هیئت‌ها»): whoever welcomes them all hosts the
meeting wherever the welcome is (but at the airport), as at the venue."""
A_THING = re.compile(
    r"(?<!\w)از[\s\u200c]+(?:این[\s\u200c]+)?(?:پیشنهاد|طرح|ابتکار|تصمیم|اقدام|برگزاری|ایده|سخنان|حضور|عضویت|توافق)(?!\w)"
)
"""«از پیشنهاد / تصمیم / برگزاری …» before an active welcome, folded: a thing welcomed, not guests."""
WELCOMED_BY = cue("با استقبال(?: گرم| رسمی)?")
"""«با استقبال X وارد محل اجلاس شد»: X, named right after, welcomes the arriving guest."""


def _welcomed_there(sentence: Scanned) -> bool:
    """Whether a welcome in the sentence is the host's: at the venue, or of the guests as a class
    (ALL_GUESTS, not the summit's own name «نشست سران»), and not at the airport."""
    guests = [s for s in find_cues(ALL_GUESTS, sentence) if not MEETING_BEFORE.search(sentence.text, 0, s.start)]
    return bool(find_cues(VENUE, sentence) or guests) and not find_cues(AIRPORT, sentence)


def welcomer(sentence: Scanned, found: list[Found], objects: dict[Span, bool], when: When) -> None:
    """Who welcomes the others at the venue, or welcomes the guests as a class («از سران / روسای هیئت‌ها
    استقبال کرد»; `_welcomed_there`), hosts them, in the sentence's time (`when`: a welcome still to come is
    expected): the person right after «با استقبال», the one named inside a passive welcome («مورد استقبال X
    قرار گرفت») or after «از سوی / توسط» before it, or the first person not an object before an active one."""
    spans, by = find_cues(WELCOMED, sentence), find_cues(WELCOMED_BY, sentence)
    if not (spans or by) or not _welcomed_there(sentence):
        return
    for span in by:
        after = [f for f in found if only_phrase_between(sentence.text, span.end, f.span.start, sentence.mentions)]
        if after and (said := when(Said(Status.HOST, Kind.HOSTING, WELCOMED), span.start)):
            give(after[0], said)
    for span in spans:
        host = when(Said(Status.HOST, Kind.HOSTING, WELCOMED), span.start)
        if host is None or A_THING.search(sentence.folded, 0, bisect_left(sentence.origin, span.start)):
            continue  # another occasion, or «X از پیشنهاد … استقبال کرد»: an idea welcomed, wherever
        before = [f for f in found if f.span.end <= span.start]
        inside = next((f for f in found if span.start <= f.span.start and f.span.end <= span.end), None)
        welcomer = (
            inside
            or agent(sentence, before)
            or next((f for f in before if not is_object(sentence, f, found, objects)), None)
        )
        if welcomer:
            give(welcomer, host)
            last = welcomer  # «X و همسرش Y از … استقبال کردند»: who welcome with the host are there too
            for g in (g for g in before if g.span.start >= welcomer.span.end):
                if not listed_after(sentence, last, g) or GUEST.search(sentence.text, 0, g.span.start):
                    break
                fill(g, Said(Status.ATTENDED, Kind.PARTICIPATION, WELCOMED))
                last = g
            guests: list[Found] = []  # «X از Y (و همسرش Z) … استقبال کرد»: Y and Z, welcomed at the venue, are there
            for g in (g for g in before if g.span.start >= welcomer.span.end):
                if GUEST.search(sentence.text, 0, g.span.start) or (guests and listed_after(sentence, guests[-1], g)):
                    give(g, Said(Status.ATTENDED, Kind.ARRIVAL, WELCOMED))
                    guests.append(g)
