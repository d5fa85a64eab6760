"""One name found as two: the rules that find names each stop somewhere of their own (a cue's name at
its third word, a given name's run at a gazetteer surname, the run before a title at a common word),
so a long name is often found in pieces that touch: «آقای [عبد الله فتح] [السیسی] رییس‌جمهور …»,
«به سرپرستی [X نامدار] [زنگنه] وزیر …», «[آندری فوگ راس] [موسن]، صدراعظم …». Two names written
next to each other, nothing but a space or ZWNJ between (no comma, «و», quote or title), are one
name: Persian never sets two people side by side without a mark between them. Split out of
helpers.extract.people, which calls `joined_runs` on the people of a sentence."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from helpers.extract.mentions import Span
from helpers.extract.names import GIVEN, MAX_WORDS, kind, tokens
from helpers.text import gazetteer as gz

if TYPE_CHECKING:
    from helpers.extract.people import Found

SPACES = " \u200c\u00a0"
"""What may stand between two pieces of one name: a space or a ZWNJ, nothing else."""


def joined_runs(text: str, found: list[Found], gaz: gz.Gazetteer) -> list[Found]:
    """`found` with every two names that touch (SPACES only between them) joined into one, up to
    MAX_WORDS words; two different gazetteer people stay apart. The joined name is the gazetteer
    person of either piece unless the other piece holds a given name that is not theirs (then
    another person of that surname, unknown: as people._bearer reads given names before a surname)."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: f.span.start):
        prev = out[-1] if out else None
        if prev is None or not _touch(text, prev, f) or (prev.person and f.person and prev.person != f.person):
            out.append(f)
            continue
        span = Span(prev.span.start, f.span.end)
        written = text[span.start : span.end]
        if len(tokens(written)) > MAX_WORDS:
            out.append(f)
            continue
        person = prev.person or f.person
        if person is not None and _other_given(written, person, gaz):
            person = None
        holder = f if f.role is not None else prev
        meta = {**prev.meta, **f.meta, **{k: v for k, v in holder.meta.items() if k == "role_span"}}
        out[-1] = replace(holder, span=span, written=written, person=person, meta=meta)
    return out


def _touch(text: str, left: Found, right: Found) -> bool:
    """Whether two names with words written both end and start next to each other."""
    if not left.written or not right.written or left.span.end >= right.span.start:
        return False
    return text[left.span.end : right.span.start].strip(SPACES) == ""


def _other_given(written: str, person: gz.Entry, gaz: gz.Gazetteer) -> bool:
    """Whether `written` holds a given name no spelling of `person` holds («محمد مهدی X» is not X)."""
    own = gaz.spellings.get(person.id, ())
    return any(kind(w.text, gaz) == GIVEN and not any(gz.key(w.text) in k for k in own) for w in tokens(written))
