"""Restore the zero-width non-joiners (U+200C) that scraped Persian text lost.

Scrapers often drop the ZWNJ, leaving solid forms such as «همکاریهای» or «منطقهای». hazm's
Normalizer only joins words split by a space, so those forms stay wrong and its lemmatizer then
misreads them («منطقهای» → «منطق»). This restorer rebuilds the ZWNJ from hazm's own lexicon
(words.dat with its frequencies, the conjugated verb forms) and a few closed classes of the
grammar, never from a particular text:

1. a word the lexicon knows as written (or a proper noun it does not know at all) is left alone;
2. a solid form of a ZWNJ spelling the lexicon attests («رئیس‌جمهور», «می‌شود», «شده‌اند»);
3. a known stem plus an inflectional suffix («همکاری‌های», «منطقه‌ای», «تازه‌ترین»);
4. a known word plus a verbal compound head that the lexicon shows is productive («عنوان‌کردن»);
5. a numeral plus a measure adjective («میلیون‌دلاری»);
6. the split typo «و زیر» before a ministerial portfolio («و زیر امور خارجه» → «وزیر امور خارجه»).

Every change is returned, so a reader can audit it. Lookups are dict/set based and cached per
unique word, so restoring costs far less than hazm's own normalization."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from helpers.chars import ZWNJ
from helpers.contracts import RestorationRule
from helpers.dates.words import TEENS, TENS, UNITS
from helpers.text.verbs import stems as verb_stems

NON_JOINING = frozenset("اآأإٱدذرزژوؤةء")
"""Letters that never join the next letter: after them a ZWNJ is invisible and not needed."""

PLURAL_SUFFIXES = ("ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان")
COMPARATIVE_SUFFIXES = ("تر", "تری", "ترین")
"""-ترین on any adjective; -تر/-تری only after a final ه («تازه‌تر»), since «کارتر», «والتر», «دیمیتری»
are names far more often than comparatives."""
AFTER_HEH_SUFFIXES = ("ای", "اش", "اند", "ایم", "اید")
"""Alef-initial enclitics written apart after a final ه (indefinite/relational -ای, -اش, the copula).
-ام and -ات are left out: after ه they are more often part of a name or an Arabic plural
(«الهام», «پرهام», «توجهات») than a clitic; verb forms such as «رفته‌ام» come from the verb list."""
SOLID_SUFFIXES = ("ی", "یی", "م", "ت", "ش", "مان", "تان", "شان", "ان", "یان")
"""Suffixes written solid («رهبران», «مشترکی»); they restore only after a stem that needed a ZWNJ («گفت‌وگوی»)."""
ZWNJ_SUFFIXES = frozenset(PLURAL_SUFFIXES + COMPARATIVE_SUFFIXES + AFTER_HEH_SUFFIXES)

CARDINALS = frozenset(
    [*UNITS, *TEENS, *(tens for tens in TENS if tens != "سی")]  # 1-99 as single words, as dates read them
    + ["صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"]  # hundreds
    + ["هزار", "میلیون", "میلیارد", "تریلیون", "چند"]  # thousands and up, «a few»
)
"""Persian cardinal numerals, which form measure adjectives with a ZWNJ («سه‌روزه», «میلیون‌دلاری»).
«سی» (30) is left out: it begins too many names («سیدنی», «سیبری»)."""

MINISTRY_HEADS = (
    "امور",
    "خارجه",
    "دفاع",
    "کشور",
    "اقتصاد",
    "دارایی",
    "نفت",
    "نیرو",
    "انرژی",
    "بهداشت",
    "آموزش",
    "علوم",
    "فرهنگ",
    "ارشاد",
    "دادگستری",
    "اطلاعات",
    "ارتباطات",
    "صنعت",
    "صنایع",
    "کشاورزی",
    "جهاد",
    "تعاون",
    "رفاه",
    "ورزش",
    "میراث",
    "حمل",
    "حمل‌ونقل",
    "مسکن",
    "بازرگانی",
    "تجارت",
    "خزانه",
    "مالیه",
    "گردشگری",
)
"""First words of ministerial portfolios («وزیر امور خارجه», «وزیر دفاع», «وزیر نفت»...). Words that
also follow the preposition «زیر» in ordinary prose («زیر کار», «زیر نظر») are deliberately absent."""

MIN_PART = 3
"""Shortest ه-stem for an alef enclitic, compound first part or measure noun: two-letter pieces
(«ره», «دی», «کس») match inside too many unrelated words and names."""
MIN_HEAD_COMPOUNDS = 3
"""A compound head counts as productive once the lexicon attests it after this many words."""
FREQUENCY_OVERRIDE = 3
"""Prefer the longest stem unless a shorter one is this many times more frequent («درهای» = در+های)."""
GLUED_PREPOSITIONS = ("در", "از", "با")
"""Prepositions a page writes onto the next word with the space lost; not «به», which names open
(«بهروز», «بهنام») and which the press joins by a ZWNJ («به‌عنوان»)."""
GLUED_REST_FREQUENCY = 2000
"""How often words.dat must have seen the word after a glued preposition: a common word, not a
name's remainder («باهنر», a known word, is never reached; «ازگلی» is read as «ازگل» + «ی»)."""
GLUED_REST_TAGS = frozenset(("N", "AJ", "DET", "PRO"))
"""The word after it a noun, an adjective, a determiner or a pronoun (hazm's tags): what a preposition governs."""

DERIVED_SHARE = 20
"""An -ی word the lexicon lacks («نظامی» from «نظام») counts this many times less often than its base,
so «بیان» does not make «بیانیهای» read بیانی+های over بیانیه+ای, while «نظامیهای» stays نظامی+های."""

_LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06c0\u06cc"
_WORD_SPLIT = re.compile(f"([{_LETTERS}]+(?:{ZWNJ}[{_LETTERS}]+)*)")
"""Splits a text into gaps and words (the group keeps the words in the result)."""
_SPLIT_MINISTER = re.compile(rf"(?<![{_LETTERS}{ZWNJ}])و زیر(?= (?:{'|'.join(MINISTRY_HEADS)})(?![{_LETTERS}{ZWNJ}]))")


@dataclass(frozen=True)
class Change:
    """One restoration: the text before, after, and the rule that made it."""

    before: str
    after: str
    rule: str


class Restorer:
    """ZWNJ restorer built once from hazm's lexicon; `restore` is cheap after that."""

    def __init__(
        self,
        words: Mapping[str, tuple[int, tuple[str, ...]]],
        verb_forms: Iterable[str],
        verb_stems: Iterable[str],
    ) -> None:
        """`words`: hazm's word → (frequency, tags); `verb_forms`: every conjugated verb form hazm knows;
        `verb_stems`: hazm's «past#present» stem pairs (verbs.dat)."""
        self._lexicon = words
        self._verb_forms = frozenset(f for f in verb_forms if " " not in f and "_" not in f)
        self._word_spellings = _attested_spellings(
            self._lexicon, (w for w in self._lexicon if ZWNJ in w), self._verb_forms
        )
        self._attested = {
            **_attested_spellings(
                self._lexicon, (v for v in self._verb_forms if ZWNJ in v), self._verb_forms, verbs_win=True
            ),
            **self._word_spellings,
        }
        self._heads = _productive_heads(self._lexicon, verb_stems)
        # Per-word answers, each worked out once per process (plain dicts, so the restorer pickles
        # into the build cache as it is).
        self._memo: dict[str, tuple[str, str] | None] = {}
        self._spelled: dict[str, tuple[str, str] | None] = {}
        self._known: dict[str, bool] = {}

    def restore(self, text: str) -> tuple[str, list[Change]]:
        """Return `text` with ZWNJs (and split ministerial titles) restored, and every change made."""
        changes: list[Change] = []

        def minister(match: re.Match[str]) -> str:
            changes.append(Change("و زیر", "وزیر", RestorationRule.SPLIT_TITLE))
            return "وزیر"

        pieces = _WORD_SPLIT.split(text)  # gap, word, gap, word, ..., gap
        words = pieces[1::2]
        memo = self._memo
        for new in set(words).difference(memo):  # each word form is decided once per process
            memo[new] = self.restore_word(new)
        found = [memo[word] for word in words]
        if any(found):
            for k, restored in enumerate(found):
                if restored is not None:
                    pieces[2 * k + 1] = restored[0]
                    changes.append(Change(words[k], *restored))
            text = "".join(pieces)
        if "و زیر" in text:  # words first, so «حمل‌ونقل» is already whole when the title rule looks
            text = _SPLIT_MINISTER.sub(minister, text)
        return text, changes

    def restore_word(self, word: str) -> tuple[str, str] | None:
        """(new spelling, rule) for a solid word that lost its ZWNJ, else None."""
        if ZWNJ in word or word in self._verb_forms or (word in self._lexicon and word not in self._attested):
            return None
        found = self.spell(word) or self._unglued(word)
        if found is None or found[0] == word:
            return None
        return found

    def _unglued(self, solid: str) -> tuple[str, str] | None:
        """A preposition written onto a frequent noun, determiner or pronoun after a lost space
        («درحاشیه», «دراین», «ازافتتاح», «باحضور»): the two words, so what is read word by word (a
        preposition before a meeting's name, a demonstrative) sees them."""
        for preposition in (p for p in GLUED_PREPOSITIONS if solid.startswith(p)):
            rest = solid[len(preposition) :]
            count, tags = self._lexicon.get(rest, (0, ()))
            if len(rest) >= MIN_PART and count >= GLUED_REST_FREQUENCY and not GLUED_REST_TAGS.isdisjoint(tags):
                return f"{preposition} {rest}", RestorationRule.GLUED_PREPOSITION
        return None

    def spell(self, solid: str) -> tuple[str, str] | None:
        """How the lexicon spells a word written without ZWNJs, with the rule used, or None."""
        if solid not in self._spelled:
            self._spelled[solid] = self._spell(solid)
        return self._spelled[solid]

    def is_known(self, token: str) -> bool:
        """True when the lexicon accounts for `token` exactly as spelled (stems, suffixes, ZWNJs)."""
        if token not in self._known:
            self._known[token] = self._is_known(token)
        return self._known[token]

    def _is_known(self, token: str) -> bool:
        if token in self._verb_forms or (token in self._lexicon and token not in self._attested):
            return True
        found = self.spell(token.replace(ZWNJ, ""))
        if found is not None and found[0] == token:
            return True
        parts = token.split(ZWNJ)
        return len(parts) > 1 and all(p in self._lexicon or (i and p in ZWNJ_SUFFIXES) for i, p in enumerate(parts))

    def _spell(self, solid: str) -> tuple[str, str] | None:
        reading = self._reading(solid)
        if solid in self._attested:
            spelled = self._attested[solid]
            if reading and reading[2] == solid and reading[1] >= FREQUENCY_OVERRIDE * max(self._frequency(spelled), 1):
                return solid, "known"  # «مردهای»: مرد + های is far likelier than the attested «مرده‌ای»
            return spelled, RestorationRule.ATTESTED
        if solid in self._lexicon or solid in self._verb_forms:
            return solid, "known"
        if reading:
            return reading[2], RestorationRule.STEM_SUFFIX
        return self._rare_stem_suffixed(solid) or self._compound(solid)

    def _stem(self, stem: str) -> tuple[str, int] | None:
        """Spelling and frequency of a stem that may carry a suffix; rare dictionary entries don't count."""
        if len(stem) < 2:
            return None
        if stem in self._word_spellings:
            return self._word_spellings[stem], 1
        count = self._frequency(stem)
        if count:
            return stem, count
        if stem.endswith("ی") and (base := self._frequency(stem[:-1])):
            return stem, max(base // DERIVED_SHARE, 1)
        found = self._compound(stem)
        return (found[0], 1) if found else None

    def _frequency(self, word: str) -> int:
        entry = self._lexicon.get(word)
        return entry[0] if entry else 0

    def _reading(self, solid: str) -> tuple[int, int, str] | None:
        """Best stem + suffix reading as (stem length, stem frequency, spelling): the longest known
        stem, unless a shorter one is far more frequent."""
        readings: list[tuple[int, int, str]] = []
        for suffix in _SUFFIXES:
            if not solid.endswith(suffix):
                continue
            stem = solid[: -len(suffix)]
            found = self._stem(stem)
            if found is None or not self._takes(found[0], stem, suffix):
                continue
            spelled, count = found
            joiner = ZWNJ if suffix in ZWNJ_SUFFIXES and spelled[-1] not in NON_JOINING else ""
            readings.append((len(stem), count, spelled + joiner + suffix))
        if not readings:
            return None
        best = max(readings)
        frequent = max(readings, key=lambda r: r[1])
        return frequent if frequent[1] >= FREQUENCY_OVERRIDE * max(best[1], 1) else best

    def _rare_stem_suffixed(self, solid: str) -> tuple[str, str] | None:
        """A frequency-less dictionary stem with a suffix that needs no ZWNJ («وزرا» + «ی»): enough to
        call the word known, never enough to change it (that would turn «شانگهای» into «شانگ‌های»)."""
        for suffix in _SUFFIXES:
            stem = solid[: -len(suffix)]
            if (
                solid.endswith(suffix)
                and len(stem) > 1
                and stem in self._lexicon
                and (suffix not in ZWNJ_SUFFIXES or stem[-1] in NON_JOINING)
                and self._takes(stem, stem, suffix)
            ):
                return solid, RestorationRule.STEM_SUFFIX
        return None

    def _takes(self, spelled: str, stem: str, suffix: str) -> bool:
        """Whether a stem can carry this suffix (alef enclitics need a final ه; -تر needs an adjective)."""
        if suffix in AFTER_HEH_SUFFIXES:
            return spelled.endswith("ه") and len(spelled) >= MIN_PART
        if suffix in COMPARATIVE_SUFFIXES:
            adjective = "AJ" in self._lexicon.get(stem, (0, ()))[1]
            return adjective and (suffix == "ترین" or stem.endswith("ه"))
        return True

    def _compound(self, solid: str) -> tuple[str, str] | None:
        """A frequent word + a productive verbal head, or a numeral + a measure adjective."""
        for cut in range(2, len(solid) - 1):
            first, head = solid[:cut], solid[cut:]
            if first[-1] in NON_JOINING:
                continue
            if first in CARDINALS and _is_measure(head, self._lexicon):
                return first + ZWNJ + head, RestorationRule.NUMERAL_COMPOUND
            if head in self._heads and len(first) >= MIN_PART and self._is_content_word(first):
                return first + ZWNJ + head, RestorationRule.COMPOUND
        return None

    def _is_content_word(self, word: str) -> bool:
        """A noun or adjective the corpus behind words.dat has actually seen."""
        count, tags = self._lexicon.get(word, (0, ()))
        return count > 0 and ("N" in tags or "AJ" in tags)


_SUFFIXES = tuple(
    sorted(set(PLURAL_SUFFIXES + COMPARATIVE_SUFFIXES + AFTER_HEH_SUFFIXES + SOLID_SUFFIXES), key=len, reverse=True)
)


def _is_measure(head: str, words: Mapping[str, tuple[int, tuple[str, ...]]]) -> bool:
    """A noun turned measure adjective by -ی or -ه («دلاری», «روزه»)."""
    return len(head) > MIN_PART and head[-1] in "یه" and words.get(head[:-1], (0,))[0] > 0


def _attested_spellings(
    words: Mapping[str, tuple[int, tuple[str, ...]]],
    forms: Iterable[str],
    verbs: frozenset[str],
    verbs_win: bool = False,
) -> dict[str, str]:
    """Solid form → ZWNJ spelling, for ZWNJ forms whose solid form is neither a word nor a verb form.

    With `verbs_win`, a verb form also beats a solid twin that words.dat lists without any
    frequency («رفتهاند»): such entries are misspellings the dictionary picked up. Forms with a
    one-letter piece («ه‌ا») are dictionary noise and skipped."""
    spellings: dict[str, str] = {}
    for form in forms:
        if min(map(len, form.split(ZWNJ))) < 2:
            continue
        solid = form.replace(ZWNJ, "")
        if solid in verbs:
            continue
        if solid not in words or (verbs_win and words[solid][0] == 0):
            spellings.setdefault(solid, form)
    return spellings


def _productive_heads(words: Mapping[str, tuple[int, tuple[str, ...]]], stems: Iterable[str]) -> frozenset[str]:
    """Verb-derived second parts («شده», «کننده», «سازی», «کردن») the lexicon attests in several ZWNJ compounds."""
    past, present = set(), set()
    for pair in stems:
        p, q = verb_stems(pair)
        past.add(p)
        present.add(q)
    derived = {p + end for p in past if p for end in ("ه", "ن", "گی")}
    derived |= {"ن" + p + "ه" for p in past if p}
    derived |= {q + end for q in present if q for end in ("نده", "ندگان", "ی")}
    heads: Counter[str] = Counter()
    for form in words:
        parts = form.split(ZWNJ)
        if len(parts) == 2 and parts[0] in words:
            heads[parts[1]] += 1
    return frozenset(h for h, n in heads.items() if n >= MIN_HEAD_COMPOUNDS and h in derived)
