"""The plain words a regular expression cannot match without, read off the pattern itself, and one
scan that tells which of many words a text holds.

Rules that start with a lookbehind make Python's regex engine try them at every position of a
sentence; a plain word search costs far less. So a rule is not run over a sentence that lacks the
words every match of it contains (`required_words`): derived from the pattern at import time, that
skip can never drift from the rule. The date rules (helpers.dates.rules) and the extractors' cue
phrases (helpers.extract.mentions.Cue) use it; this module sits in the lowest text layer because the
date parser, which ingest needs, is there.

`required_words` reads the subset of regex syntax the project writes: literals, escapes, classes,
groups (lookarounds and back-references require nothing), alternation and quantifiers. Anything it
does not understand is taken as requiring nothing, so the skip stays safe, only less useful."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

Need = frozenset[str]
"""Words one of which every match contains."""

_ESCAPED_CLASSES = set("wWsSdDbBAZ")
_MAX_CLASS = 64  # a class of more characters (\w, a negated class) requires nothing useful


@dataclass
class _Info:
    """What a piece of pattern needs: `exact` when it matches exactly one string (a literal run),
    `choices` when it matches one of a few known strings, else the `needs` all its matches meet."""

    exact: str | None = None
    choices: frozenset[str] | None = None
    needs: list[Need] = field(default_factory=list)

    def as_needs(self) -> list[Need]:
        if self.exact is not None:
            return [frozenset({self.exact})] if self.exact else []
        if self.choices is not None:
            return [] if "" in self.choices else [self.choices]
        return self.needs


def _best(needs: list[Need]) -> Need | None:
    """The most selective need: longest shortest word, then fewest words."""
    return max(needs, key=lambda n: (min(map(len, n)), -len(n)), default=None)


def _simplify(need: Iterable[str]) -> Need:
    """Drop words that contain another word of the need: finding the shorter one is enough."""
    words = sorted(set(need), key=len)
    kept: list[str] = []
    for w in words:
        if not any(k in w for k in kept):
            kept.append(w)
    return frozenset(kept)


def _concat(parts: list[_Info]) -> _Info:
    """A sequence: literal runs join into longer words; every other piece adds its needs."""
    needs: list[Need] = []
    run = ""
    whole: str | None = ""
    for part in parts:
        if part.exact is not None:
            run += part.exact
            continue
        whole = None
        if run:
            needs.append(frozenset({run}))
        run = ""
        needs += part.as_needs()
    if whole is not None:
        return _Info(exact=run)
    if run:
        needs.append(frozenset({run}))
    return _Info(needs=needs)


def _alternate(branches: list[_Info]) -> _Info:
    """An alternation: known strings if every branch is one; else one of each branch's best needs."""
    known = [{b.exact} if b.exact is not None else b.choices for b in branches]
    if all(k is not None for k in known):
        return _Info(choices=frozenset(s for k in known if k is not None for s in k))
    picked = [_best(b.as_needs()) for b in branches]
    if any(p is None for p in picked):
        return _Info()
    return _Info(needs=[_simplify(w for p in picked if p is not None for w in p)])


class _Reader:
    """A recursive-descent reader of a regex pattern string."""

    def __init__(self, pattern: str) -> None:
        self.s = pattern
        self.i = 0

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def alternation(self) -> _Info:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else _alternate(branches)

    def sequence(self) -> _Info:
        parts = []
        while self.peek() not in ("", "|", ")"):
            parts.append(self.quantified(self.atom()))
        return _concat(parts)

    def atom(self) -> _Info:
        ch = self.peek()
        self.i += 1
        if ch == "(":
            return self.group()
        if ch == "[":
            return self.char_class()
        if ch == "\\":
            return self.escape()
        if ch in ".^$":
            return _Info() if ch == "." else _Info(exact="")
        return _Info(exact=ch)

    def group(self) -> _Info:
        requires = True
        if self.s.startswith("?P<", self.i):
            self.i = self.s.index(">", self.i) + 1
        elif self.s.startswith("?P=", self.i):  # a back-reference: its text is not known here
            self.i = self.s.index(")", self.i) + 1
            return _Info()
        elif self.peek() == "?":
            kind = self.s[self.i : self.i + 3]
            requires = kind.startswith("?:")
            self.i += 2 if kind[:2] in ("?:", "?=", "?!") else 3
        inner = self.alternation()
        self.i += 1  # ")"
        return inner if requires else _Info(exact="")

    def escape(self) -> _Info:
        ch = self.peek()
        self.i += 1
        if ch in _ESCAPED_CLASSES:
            return _Info(exact="") if ch in "bBAZ" else _Info()
        if ch in "ux" or ch == "U":
            size = {"x": 2, "u": 4, "U": 8}[ch]
            code = self.s[self.i : self.i + size]
            self.i += size
            return _Info(exact=chr(int(code, 16)))
        return _Info(exact={"n": "\n", "t": "\t"}.get(ch, ch))

    def class_char(self) -> str | None:
        """One character of a class, or None for an escaped class such as \\w."""
        ch = self.peek()
        self.i += 1
        if ch != "\\":
            return ch
        info = self.escape()
        return info.exact or None

    def char_class(self) -> _Info:
        negated = self.peek() == "^"
        self.i += negated
        members: set[str] = set()
        known = not negated
        first = True
        while first or self.peek() != "]":
            first = False
            low = self.class_char()
            if self.peek() == "-" and self.s[self.i + 1 : self.i + 2] not in ("]", ""):
                self.i += 1
                high = self.class_char()
                if low is None or high is None or ord(high) - ord(low) > _MAX_CLASS:
                    known = False
                else:
                    members |= {chr(c) for c in range(ord(low), ord(high) + 1)}
            elif low is None:
                known = False
            else:
                members.add(low)
        self.i += 1  # "]"
        return _Info(choices=frozenset(members)) if known and len(members) <= _MAX_CLASS else _Info()

    def quantified(self, info: _Info) -> _Info:
        ch = self.peek()
        if ch and ch in "?*+":
            self.i += 1
            low = {"?": 0, "*": 0, "+": 1}[ch]
        elif ch == "{" and (m := re.compile(r"\{(\d*)(,?)(\d*)\}").match(self.s, self.i)):
            self.i = m.end()
            low = int(m[1] or 0)
            if low and not m[2] and info.exact is not None:  # «x{3}» is the literal «xxx»
                info = _Info(exact=info.exact * low)
        else:
            return info
        if self.peek() and self.peek() in "?+":  # lazy or possessive: what it needs is the same
            self.i += 1
        if low == 0:  # optional: it requires nothing, and it breaks a literal run
            return _Info(choices=frozenset({"", info.exact})) if info.exact else _Info()
        return info if info.exact is not None else _Info(needs=info.as_needs())


@lru_cache(maxsize=1024)
def required_words(pattern: str) -> tuple[Need, ...]:
    """Needs every match of `pattern` meets: each a set of plain words one of which the matched text
    contains. Empty when nothing can be said (the pattern may match without any fixed word).
    Remembered per pattern: reading one costs milliseconds, and the date rules ask for each of
    theirs three times while helpers.dates.rules is imported (its needs, its marks, the scan's needs)."""
    reader = _Reader(pattern)
    info = reader.alternation()
    if reader.i != len(pattern):
        return ()
    return tuple(dict.fromkeys(_simplify(n) for n in info.as_needs() if n))


def best_words(pattern: str) -> Need | None:
    """The single most selective need of `pattern` (None when it has none)."""
    return _best(list(required_words(pattern)))


def trie_pattern(keys: Iterable[str], sep: str = "") -> str:
    """One regex for many keys with their shared prefixes merged: a letter trie written as nested
    groups, with `sep` (a pattern, e.g. an optional space/ZWNJ) allowed between any two letters.

    Python's re tries the alternatives of a plain «a|b|c» one after another at every position of the
    text; merged, it rejects most positions after a single letter. At each node the longer keys are
    tried before the key that ends there, so the longest variant wins as in a longest-first list.

    A group is written only where one is needed (the whole pattern, two letters or more at a node,
    an optional continuation): a node with one way on is plain concatenation. re compiles
    «(?:x)» and «x» to the same code, so the pattern matches as before, but it is half as long
    (the gazetteer's ~287,000 characters → ~135,000), and re parses it in Python: about a fifth
    less time to compile the gazetteer's matcher, paid by every process that finds names (P1, P3)."""
    trie: dict[str, dict] = {}
    for k in keys:
        node = trie
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}  # a key ends here
    children = _children(trie, sep)
    return f"(?:{'|'.join(children)})" if children else ""


def _children(node: dict[str, dict], sep: str) -> list[str]:
    """The patterns of a trie node's children, each letter followed by what may follow it."""
    return [re.escape(ch) + _after(child, sep) for ch, child in node.items() if ch]


def _after(node: dict[str, dict], sep: str) -> str:
    """What may follow a letter: a separator and a longer key's next letter, or the end of a key
    (then the longer continuation is optional, and tried first)."""
    children = _children(node, sep)
    if not children:
        return ""
    more = children[0] if len(children) == 1 else f"(?:{'|'.join(children)})"
    return f"(?:{sep}{more})?" if "" in node else sep + more


def worth_scanning(need: Need) -> bool:
    """Whether looking for a need pays: each of its words is a digit or two characters or more.
    Punctuation and one-letter words («و») occur in nearly every sentence: a need holding one is
    met almost always, and finding it costs more than the rules it would skip."""
    return all(len(w) > 1 or w.isdecimal() for w in need)


def of_marks(need: Need) -> bool:
    """Whether a need is punctuation marks alone («-», «/», «–» of «آذر-دی»): `worth_scanning` leaves it
    out, but a plain `in` per mark tells it at once, and most sentences hold none of them."""
    return all(len(w) == 1 and not w.isalnum() for w in need)


_RUN = re.compile(r"\w+")
"""A run of word characters: need words are such runs, so each lies inside one run of a text's."""


class WordScan:
    """Which of several needs a text meets, found in one scan of it.

    At every position where a need word starts, the trie finds the longest word there; the shorter
    words it starts with are found with it (precomputed), and words starting later are found by the
    scan moving on one character. When every need word is a run of word characters (`_RUN`), each lies
    inside one run of the text: the text's distinct runs are scanned one by one and what each meets is
    remembered, since words recur from sentence to sentence and article to article (P3)."""

    def __init__(self, needs: Iterable[Need]) -> None:
        self.needs = list(dict.fromkeys(needs))
        words = {w for need in self.needs for w in need}
        self._search = re.compile(trie_pattern(words)) if words else None
        self._met = {
            w: frozenset(i for i, need in enumerate(self.needs) if any(w.startswith(x) for x in need)) for w in words
        }
        self._by_run = all(_RUN.fullmatch(w) for w in words)
        self._run_met = lru_cache(maxsize=65536)(self._scan)

    def met(self, text: str) -> frozenset[int]:
        """Indexes (into `needs`) of the needs `text` meets."""
        if not self._by_run:
            return self._scan(text)
        met: set[int] = set()
        for run in set(_RUN.findall(text)):
            met |= self._run_met(run)
        return frozenset(met)

    def _scan(self, text: str) -> frozenset[int]:
        met: set[int] = set()
        pos = 0
        while self._search is not None and (m := self._search.search(text, pos)) is not None:
            met |= self._met[m.group()]
            pos = m.start() + 1
        return frozenset(met)
