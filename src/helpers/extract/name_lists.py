"""Names in lists: «A، B و C» next to a plural title or a known person, where each item may be a
surname alone. A list item is a gazetteer person, a name of two words or more, or one word that is
a surname: a known one (`accept`, the caller's gazetteer test) or one of a Russian, Central Asian,
Caucasian or Turkish shape («…وف», «…یف», «… اف», «…اوا», «…نکو», «…ویچ», «…یان», «…اوغلو») that
is no common Persian word. Lists whose items each carry a title («آقایان A رئیس‌جمهور، B وزیر نیرو»)
are read by `titled_items`. helpers.extract.people turns the spans into people."""

from __future__ import annotations

import re
from collections.abc import Callable

from helpers.extract.mentions import Span, only_separators
from helpers.extract.name_lexicon import ezafe_plural, places, rare
from helpers.extract.name_runs import framed_run
from helpers.extract.names import GIVEN, RARE, Word, kind, name_span, tokens, valid_kinds
from helpers.text import gazetteer as gz

Accept = Callable[[str], bool]
"""Whether one word, alone, is a surname the gazetteer knows (in the caller's context)."""

SURNAME_SHAPE = re.compile(r"(?:[اوی]ف|وف|اوا|یوا|نکو|ویچ|یان|اوغلو)$")
"""Surname endings of the former Soviet states, Armenia and Turkey, on a name key (the ZWNJ and
space of a piece written apart, «اسحاق اف», are gone from the key)."""
LEADS = re.compile(r"(?<!\w)(?:آقایان|خانم[\s\u200c]?ها|رهبران|سران|از[\s\u200c]+جمله)(?!\w)")
"""Collective words a list of surnames may follow («رهبران X، Y و Z», «آقایان X و Y», «… از جمله X و Y»)."""
_ANY_LIST = re.compile(r"از[\s\u200c]+جمله")
"""«از جمله» (among them) leads lists of anything: two rare words after it are a name only when the
first is a given name or the last has a surname's shape («از جمله پیگری تصامیم …» is no person)."""
_SEP = re.compile(r"[\s\u200c]*(?:[،,][\s\u200c]*(?:و[\s\u200c]+)?|و[\s\u200c]+)")
"""Between two list items: a comma, «و», or both."""
_SEP_BACK = re.compile(r"(?:[،,]|(?<!\w)و)[\s\u200c«\"]*$")
"""Before a list item, going back: a comma or «و», and the opening quote of a quoted name."""
_ITEM_BOUNDS = re.compile(r"[،,؛]|(?<!\w)(?:و|آقایان|خانم[\s\u200c]?ها)(?!\w)")
"""Where the items of a list of names with titles start (`titled_items`): after a comma, «و», or the
honorific plural that opens the list."""
_HONORIFIC_PLURAL = re.compile(r"(?:آقایان|خانم[\s\u200c]?ها)$")


def surname_shape(word: str, gaz: gz.Gazetteer) -> bool:
    """A rare word with a surname ending of the former Soviet states, Armenia or Turkey
    («جباروف», «توقایف», «کامل اف», «میرزویان»); common words, a place's people and Persian
    plurals in «یان» («ایرانیان», «دانشجویان») are not."""
    k = gz.key(word)
    shape = SURNAME_SHAPE.search(k) if len(k) > 4 else None
    if shape is None or kind(word, gaz) != RARE or k in places():  # «کیروف», a city
        return False
    stem = k[:-3]  # «ایرانیان», «دانشجویان»: the people of a place, a Persian plural
    return not (shape.group() == "یان" and (stem in places() or not rare(stem)))


def joined(gap: str) -> bool:
    """Only separators, commas and «و» between two list items."""
    return only_separators(re.sub(r"(?<!\w)و(?!\w)", " ", gz.fold(gap)))


def state_run(text: str, pos: int, mentions: list[gz.Mention]) -> list[gz.Mention]:
    """States listed one after another («A، B و C») from `pos`."""
    run: list[gz.Mention] = []
    for m in (m for m in mentions if m.start >= pos):
        if m.kind != "country" or not joined(text[pos : m.start]):
            break
        run.append(m)
        pos = m.end
    return run


def states_then_names(
    text: str, pos: int, mentions: list[gz.Mention], taken: list[Span], gaz: gz.Gazetteer
) -> list[tuple[Span, gz.Mention]]:
    """«A، X، B، Y و C، Z» after a plural title: each state followed by its person."""
    pairs: list[tuple[Span, gz.Mention]] = []
    for state in (m for m in mentions if m.kind == "country" and m.start >= pos):
        if not joined(text[pos : state.start]):
            break
        person = next(
            (
                m
                for m in mentions
                if m.kind == "person" and m.start > state.end and only_separators(text[state.end : m.start])
            ),
            None,
        )
        span = Span(person.start, person.end) if person else name_span(text, state.end, +1, taken, gaz)
        if span is None:
            break
        pairs.append((span, state))
        pos = span.end
    return pairs


def _item(
    text: str,
    edge: int,
    direction: int,
    mentions: list[gz.Mention],
    taken: list[Span],
    gaz: gz.Gazetteer,
    accept: Accept,
    known: list[Span],
    loose: bool = True,
) -> Span | None:
    """The list item that ends (−1) or starts (+1) at `edge`: a gazetteer person or a name already
    found (`known`), a name of two words or more that `name_span` allows, or one word that
    `accept`s or has a surname's shape."""
    for item in [Span(m.start, m.end) for m in mentions if m.kind == "person"] + known:
        gap = (item.end, edge) if direction < 0 else (edge, item.start)
        if gap[0] <= gap[1] and only_separators(text[gap[0] : gap[1]]):
            return item
    word = _next_word(text, edge, direction)
    if word is None or kind(word.text, gaz) is None:  # no name starts there: spare `name_span`
        return None
    blocked = taken + [Span(m.start, m.end) for m in mentions if m.kind != "person"]
    span = name_span(text, edge, direction, blocked, gaz)
    whole = _whole_item(text, edge, direction, blocked, gaz) if loose else None
    if whole and (span is None or (whole.start <= span.start and span.end <= whole.end)):
        span = whole  # «…، X Y Z، …»: the item runs from one separator to the next (name_runs.framed_run)
    named = text[span.start : span.end].split() if span else []
    if span and len(named) > 1 and (loose or kind(named[0], gaz) == GIVEN or surname_shape(named[-1], gaz)):
        return span  # one rare word: «به گزارش روزپلاس، X»; after «از جمله» a name must look like one
    if any(s.start < word.end and word.start < s.end for s in blocked):
        return None
    return Span(word.start, word.end) if accept(word.text) or surname_shape(word.text, gaz) else None


ITEM_END = re.compile(r"[،,؛:.]|(?<!\w)و(?!\w)|$")
"""Where a list item ends going right: a comma, «؛», a colon, a stop, «و» or the end."""


def _whole_item(text: str, edge: int, direction: int, blocked: list[Span], gaz: gz.Gazetteer) -> Span | None:
    """The list item between `edge` and the next separator (ITEM_END or a title's word, going right;
    «،»/«و» going left) when its two or three words make one run of name words
    (helpers.extract.name_runs.framed_run)."""
    if direction > 0:  # the last item ends before the members' plural title («اعضای») or a title as well
        stop = ITEM_END.search(text, edge)
        end = stop.start() if stop else len(text)
        other = next((w for w in tokens(text) if edge <= w.start < end and _closes_list(gz.key(w.text), gaz)), None)
        return framed_run(text, edge, other.start if other else end, blocked, gaz, least=2)
    head = text[:edge].rstrip(" \u200c،,")
    back = list(re.finditer(r"[،,؛:.]|(?<!\w)و(?!\w)", head))
    if len(head) < len(text[:edge].rstrip(" \u200c")) and not (back and back[-1].group() == "و"):
        return None  # a comma sets the title off only after a list's last item, «و» before it: «X و Z W، نمایندگان …»
    return framed_run(text, back[-1].end() if back else 0, len(head), blocked, gaz, least=2)


def _closes_list(k: str, gaz: gz.Gazetteer) -> bool:
    """Whether a word closes a list of people: a plural title in ezafe («اعضای», «وزرای») or a title's word."""
    return ezafe_plural(k) or k in gaz.title_words


def _next_word(text: str, edge: int, direction: int) -> Word | None:
    """The word right before (−1) or after (+1) `edge`, only separators between."""
    if direction < 0:
        word = next((w for w in reversed(tokens(text)) if w.end <= edge), None)
        return word if word and only_separators(text[word.end : edge]) else None
    word = next((w for w in tokens(text) if w.start >= edge), None)
    return word if word and only_separators(text[edge : word.start]) else None


def names_before(
    text: str,
    pos: int,
    mentions: list[gz.Mention],
    taken: list[Span],
    gaz: gz.Gazetteer,
    accept: Accept,
    known: list[Span],
) -> list[Span]:
    """List items joined by «و» or commas that end right before `pos` (a plural title), in
    reading order (names already found, `known`, among them)."""
    names: list[Span] = []
    edge = pos
    while span := _item(text, edge, -1, mentions, taken + names, gaz, accept, known):
        names.insert(0, span)
        conj = _SEP_BACK.search(text, max(0, span.start - 9), span.start)
        if not conj or not only_separators(text[conj.end() : span.start]):
            break
        edge = conj.start()
    return names


def listed_with(
    text: str, anchors: list[Span], mentions: list[gz.Mention], taken: list[Span], gaz: gz.Gazetteer, accept: Accept
) -> list[Span]:
    """Items of a list that holds a person already found (`anchors`) or follows a collective word
    («رهبران», «آقایان»): «پوتین، توقایف و جباروف», «آقایان X، Y و Z». Only items that are not
    `taken` are returned; the walk stops at the first word that is no list item."""
    starts = [Span(m.start(), m.end()) for m in LEADS.finditer(text)]
    items: list[Span] = []
    for anchor in sorted(anchors + starts, key=lambda s: s.start):
        lead = anchor in starts
        for direction in (+1,) if lead else (+1, -1):
            edge, first = (anchor.end if direction > 0 else anchor.start), lead
            while True:
                if not first:
                    sep = _SEP.match(text, edge) if direction > 0 else _SEP_BACK.search(text, max(0, edge - 9), edge)
                    if sep is None:
                        break
                    edge = sep.end() if direction > 0 else sep.start()
                loose = not (lead and _ANY_LIST.match(text, anchor.start))
                item = _item(text, edge, direction, mentions, taken + items + anchors, gaz, accept, anchors, loose)
                if item is None:
                    break
                items.append(item)
                edge, first = (item.end if direction > 0 else item.start), False
    old = taken + anchors
    new = {s for s in items if not any(o.start < s.end and s.start < o.end for o in old)}
    return sorted(new, key=lambda s: s.start)


def titled_items(text: str, mentions: list[gz.Mention], anchors: list[Span], gaz: gz.Gazetteer) -> list[Span]:
    """Names in a list whose items are each a name and its title: «آقایان A رئیس‌جمهور، B رئیس دفتر
    رئیس‌جمهور، C وزیر نیرو و D E دستیار ارشد رئیس‌جمهور». Each item runs from a comma, «و» or the
    opening «آقایان»/«خانم‌ها» to the first word of its title; its one to three words (none a word
    that is never a name) are a name. After the honorific plural a surname alone or two common words
    are a name; in a list with a person already found (`anchors`, gazetteer people) only words that
    make a name by `valid_kinds` are."""
    bounds = list(_ITEM_BOUNDS.finditer(text))
    roles = [m for m in mentions if m.kind == "role" and not m.entry.plural]
    known = anchors + [Span(m.start, m.end) for m in mentions if m.kind == "person"]
    out: list[Span] = []
    run: list[Span] = []
    honored, anchored = False, False
    for i, bound in enumerate(bounds):
        end = bounds[i + 1].start() if i + 1 < len(bounds) else len(text)
        item = _titled_item(text, bound.end(), end, roles, gaz)
        if item is None:
            out += _named_run(run, honored, anchored, known, text, gaz)
            run, anchored = [], False
            continue
        if not run:  # the list opens here: with «آقایان» every item is a person
            honored = bool(_HONORIFIC_PLURAL.search(bound.group()))
        anchored = anchored or any(k.start <= item.start and item.end <= k.end for k in known)
        run.append(item)
    return out + _named_run(run, honored, anchored, known, text, gaz)


def _titled_item(text: str, start: int, end: int, roles: list[gz.Mention], gaz: gz.Gazetteer) -> Span | None:
    """The name part of the list item between `start` and `end`: the words before its title, when a
    singular title follows them in the item and they are one to three words of a name's kinds."""
    role = next((r for r in roles if start <= r.start < end), None)
    if role is None:
        return None
    words = [w for w in tokens(text) if start <= w.start and w.end <= role.start]
    cut = next(
        (i for i, w in enumerate(words) if gz.key(w.text) in gaz.title_words and kind(w.text, gaz) != GIVEN), None
    )
    words = words[:cut] if cut is not None else words
    if not words or len(words) > 3 or not only_separators(text[start : words[0].start]):
        return None
    if any(kind(w.text, gaz) is None for w in words):
        return None
    return Span(words[0].start, words[-1].end)


def _named_run(
    run: list[Span], honored: bool, anchored: bool, known: list[Span], text: str, gaz: gz.Gazetteer
) -> list[Span]:
    """The items of one list that are names: all of them after the honorific plural, else, next to a
    known person, those whose words make a name; items already known are left out."""
    if len(run) < 2 and not honored:
        return []
    new = [s for s in run if not any(k.start < s.end and s.start < k.end for k in known)]
    if honored:
        return [
            s
            for s in new
            if len(text[s.start : s.end].split()) < 3 or kind(text[s.start : s.end].split()[0], gaz) == GIVEN
        ]
    if not anchored:
        return []
    return [
        s for s in new if valid_kinds([k for w in text[s.start : s.end].split() if (k := kind(w, gaz))], loose=False)
    ]
