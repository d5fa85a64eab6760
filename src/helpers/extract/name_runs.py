"""One name found as two: the rules that find names each stop somewhere of their own (a cue's name at
its third word, a given name's run at a gazetteer surname, the run before a title at a common word),
so a long name is often found in pieces that touch: «آقای [عبد الله فتح] [السیسی] رییس‌جمهور …»,
«به سرپرستی [X نامدار] [زنگنه] وزیر …», «[آندری فوگ راس] [موسن]، صدراعظم …». Two names written
next to each other, nothing but a space or ZWNJ between (no comma, «و», quote or title), are one
name: Persian never sets two people side by side without a mark between them. Split out of
helpers.extract.people, which calls `joined_runs` on the people of a sentence.

A run is also read whole where the grammar frames it (`framed_run`): between a phrase said of a person
and the title after it («آقای X Y رئیس …», «پیام X Y دبیرکل …»), or between two separators of a list
of people («…، X Y Z، …»), every word is the name's, whatever its kind: a foreign given name hazm
knows as a word («مایکل», «شارلی»), a common surname after a rare given name («X علوی»); and the given
names written right before a gazetteer surname are its person's (`name_words_before`, moved here from
helpers.extract.names)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from helpers.extract.mentions import Span, only_separators
from helpers.extract.name_lexicon import places, plural
from helpers.extract.names import (
    ARABIC,
    COMMON,
    GIVEN,
    JOINER,
    MAX_NAME_WORDS,
    MAX_WORDS,
    RARE,
    Word,
    foreign_given,
    given_pair,
    kind,
    tokens,
)
from helpers.text import gazetteer as gz

if TYPE_CHECKING:
    from helpers.extract.people import Found

SPACES = " \u200c\u00a0"
PEOPLE_OF = gz.key("یان")
"""The plural of a place's adjective («ایرانیان», «افغانیان»): its people, no name."""
NAME_KINDS = (GIVEN, RARE, COMMON, ARABIC)
"""The kinds of word a framed run may hold (names.kind); joiners, particles and ordinals are left to
names.name_span, which reads their places in a name."""
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


def framed_run(
    text: str, start: int, end: int, taken: list[Span], gaz: gz.Gazetteer, least: int = 1, apposed: bool = False
) -> Span | None:
    """The name words between `start` and `end` (a cue and a title, or two list separators) read as
    one name: `least` to MAX_NAME_WORDS words with only spaces between, each of a name's kind
    (NAME_KINDS) and no title's word, one at least a given name, a rare or an «ال» word (two common
    words are a phrase: «همتای روسی»), unless the run is `apposed` (set off by commas as a title's
    holder: name_cues.apposed_names); none of them `taken`. A joiner that ends the run joins nothing:
    it is the surname («… بنت»)."""
    words = [w for w in tokens(text) if start <= w.start and w.end <= end]
    if not least <= len(words) <= MAX_NAME_WORDS:
        return None
    edges = [start, *(p for w in words for p in (w.start, w.end)), end]
    if any(text[a:b].strip(SPACES) for a, b in zip(edges[::2], edges[1::2], strict=True)):
        return None  # a comma, a quote or a bracket between: no one run
    kinds = [kind(w.text, gaz) for w in words]
    kinds[-1] = COMMON if kinds[-1] == JOINER and len(kinds) > 1 else kinds[-1]
    if any(k not in NAME_KINDS for k in kinds) or any(_no_name_word(gz.key(w.text), gaz) for w in words):
        return None
    span = Span(words[0].start, words[-1].end)
    named = apposed or bool(set(kinds) & {GIVEN, RARE, ARABIC})
    if not named or any(s.start < span.end and span.start < s.end for s in taken):
        return None
    return span


def _no_name_word(k: str, gaz: gz.Gazetteer) -> bool:
    """A title's word, a plural («اعضا», «دولت‌ها») or the people of a place («ایرانیان»): no name's."""
    return k in gaz.title_words or plural(k) or (k.endswith(PEOPLE_OF) and k[: -len(PEOPLE_OF)] in places())


def name_words_before(
    text: str, pos: int, gaz: gz.Gazetteer, taken: list[Span], own: tuple[str, ...] = ()
) -> list[Word]:
    """The given names and rare words (up to two) written right before `pos`, in reading order,
    outside the spans `taken`; a common word right before `pos` after a given name is the first
    part of a two-part surname («حسن آملی» before a gazetteer surname, «لاریجانی»). A word of the
    gazetteer person's own spellings begins with (`own`: «آصف» of «آصف علی زرداری») is their given name, though
    a common word; so is a foreign given name hazm knows as a noun opening a list item or a clause
    («، میکائیل X، وزیر …»: names.foreign_given), as before an unknown surname. Two given names may
    have a dash between them («ژان – مارک X»: names.given_pair)."""
    run: list[Word] = []
    kinds: list[str | None] = []
    seq = list(reversed([w for w in tokens(text) if w.end <= pos]))
    for i, word in enumerate(seq):
        if len(run) == 2 or any(s.start < word.end and word.start < s.end for s in taken):
            break
        k = gz.key(word.text)
        what = GIVEN if len(k) > 2 and any(spelling.startswith(k) for spelling in own) else kind(word.text, gaz)
        what = GIVEN if what == COMMON and i == 0 and foreign_given(seq, i, text, gaz) else what
        dashed = bool(run) and given_pair(text, word, what, run[0], kinds[0])  # «ژان – مارک X»
        if not (dashed or only_separators(text[word.end : pos], allow_comma=False)):
            break
        run.insert(0, word)
        kinds.insert(0, what)
        pos = word.start
    while run and not (set(kinds) <= {GIVEN, RARE} or kinds == [GIVEN, COMMON]):
        run.pop(0)
        kinds.pop(0)
    return run


OPEN_QUOTE = re.compile(r"[«\"“‘]([^«»\"“”‘’\n]{2,40})$")
"""A quote opened before a word and not closed («X Y» … up to the word)."""
CLOSE_QUOTE = re.compile(r"[\s\u200c]*[»\"”’]")


def quoted_before(text: str, start: int, end: int, taken: list[Span], gaz: gz.Gazetteer) -> list[Word]:
    """The words before a surname (`start`–`end`) inside the quotes that close right after it («غیرت
    X» دبیرکل …): the quotes frame the whole name (`framed_run`), a given name hazm knows as a common
    word included."""
    opened = OPEN_QUOTE.search(text, 0, start)
    if opened is None or not CLOSE_QUOTE.match(text, end):
        return []
    span = framed_run(text, opened.start(1), start, taken, gaz, apposed=True)
    return [w for w in tokens(text) if span and span.start <= w.start and w.end <= span.end]
