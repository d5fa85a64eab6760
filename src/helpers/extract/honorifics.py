"""Honorifics and ranks written before a name: titles of courtesy («آقای», «دکتر», «حجت‌الاسلام»)
and military and police ranks, Iranian and Dari; a name is reported without them (the dev-set
annotation rule). Split out of helpers.extract.names, whose `kind` reads them as no name's words."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from helpers.extract.mentions import words
from helpers.extract.name_lexicon import rare
from helpers.text import gazetteer as gz

RANKS = (
    "ستر جنرال|دگر جنرال|تورن جنرال|برید جنرال|جنرال|ژنرال|فیلد مارشال|مارشال|سرلشکر|سرلشگر|سپهبد|سرتیپ دوم|"
    "سرتیپ|دریاسالار|دریادار|سردار|سرهنگ دوم|سرهنگ|ارتشبد|دریابان|تیمسار|سرگرد|دگروال|جگرن|جگتورن|پاسدار|امیر"
)
"""Military and police ranks, Iranian and Dari («ستر جنرال», «دگروال», «جگرن»), in the spellings the
press uses («سرلشکر» and «سرلشگر»): before a name they are honorifics, dropped from it (README,
decided in session 7); «سرلشکر پاسدار», «امیر سرتیپ» stack."""
MAAB = "جلالتمآب|فخامتمآب|عزتمآب|سیادتمآب|مآب"
"""The Dari styles of address in «…مآب» (Excellency: «جلالت‌مآب», «فخامت‌مآب», «عزت‌مآب»), and «مآب»
alone: the style's second part where its ZWNJ became a space («جلالت مآب X»), never a name."""
STYLES = f"{MAAB}|عالیجناب"
"""The styles of address («جلالت‌مآب», «فخامت‌مآب», «عالیجناب»): a speech opens with them («جلالتمآب X، …،»)."""
PILGRIM = "الحاج|الحاجی|الهاجی|الحاجه|الحاجة|الهاجه|الحاجیه"
"""The pilgrim's title with the Arabic article, in Afghan use («الحاج») and in West-African names
(Hausa «Alhaji», «Alhaja»: «الحاجی», «الهاجی», «الحاجه»): an honorific like «حجت‌الاسلام». «حاج» and
«حاجی» without the article are left out: they open Persian surnames («حاجی میرزایی», «حاج بابایی»)."""
HONORIFICS = gz.fold(
    "حجت الاسلام و المسلمین|حجت الاسلام|آیت الله العظمی|آیت الله|آقایان|آقای|خانم ها|خانم|دکتر|داکتر|دوکتور|مهندس|"
    "پروفسور|شیخ|مولوی|مولانا|ملا|جناب|ملک|شاهزاده|پرنسس|پرنس|پرزیدنت|عالیجناب|محترم|"
    + MAAB
    + "|"
    + PILGRIM
    + "|"
    + RANKS
)
"""Titles of courtesy and ranks before a name («پرزیدنت بوش», the English «President» as a title of
address); they are not part of it (the dev-set annotation rule)."""
COMMON_RANKS = frozenset(gz.key(w) for w in ("سردار", "سرهنگ", "ارتشبد", "دریابان", "پاسدار", "امیر", "مارشال"))
"""Ranks that also stand as common nouns («یک سردار سپاه», «امیر کویت», the emir): a name after one
has two words or more; «امیر» is a given name only where no rank reading fits (`without_honorifics`
keeps it when nothing that is a name follows)."""
RANK_WORDS = frozenset(gz.key(r) for r in RANKS.split("|"))
STYLE_WORDS = frozenset(gz.key(h) for h in gz.fold(STYLES).split("|"))
HONORIFIC_WORDS = frozenset(gz.key(h) for h in HONORIFICS.split("|")) | {a + b for a in RANK_WORDS for b in RANK_WORDS}
"""Honorifics written as one word («دکتر», «آیتالله» with its ZWNJ lost), and two ranks that stack
written as one («امیرسرتیپ», «سرلشکرپاسدار», the space lost): never a word of a name."""

GIVEN_OPENERS = frozenset(gz.key(w) for w in ("امیر", "ملک", "شیخ", "ملا", "سردار"))
"""Honorifics that also open a compound given name written as one word («امیرعباس», «ملک‌حسین»,
«شیخ‌علی»): run onto a given name they are the name's own first part, never a title glued to it."""


def glued_honorific(word: str) -> int | None:
    """Where the name starts in a word an honorific was written onto, its space lost («دکترمحمود»,
    «مهندسعلی»), or None: an honorific, then a given name of the gazetteer, the whole a rare word and
    no given name itself; an honorific that opens given names (GIVEN_OPENERS) is left whole."""
    gaz = gz.load()
    if gz.key(word) in gaz.given_names or not rare(word):
        return None
    for cut in range(2, len(word) - 1):
        head = gz.key(word[:cut])
        if head in HONORIFIC_WORDS and head not in GIVEN_OPENERS and gz.key(word[cut:]) in gaz.given_names:
            return cut
    return None


def unglued_honorifics(found: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """The words `found`, an honorific written onto the given name after it cut off as a word of its
    own (`glued_honorific`: «دکترمحمود X» is «دکتر» and the name «محمود X»)."""
    for start, end, word in found:
        cut = glued_honorific(word)
        if cut is None:
            yield start, end, word
        else:
            yield start, start + cut, word[:cut]
            yield start + cut, end, word[cut:]


def without_honorifics(written: str) -> str:
    """`written` without the honorifics it opens with («آیت‌الله خامنه‌ای», a gazetteer spelling, is
    written «خامنه‌ای»; «حجت‌الاسلام و المسلمین دکتر X» is X), as the name is reported."""
    toks, i = words(written), 0
    while i < len(toks) - 1:
        n = next((n for n in (4, 3, 2, 1) if gz.key("".join(t[2] for t in toks[i : i + n])) in HONORIFIC_WORDS), 0)
        if not n or i + n >= len(toks):
            break
        i += n
    return written[toks[i][0] :] if i else written


def trailing(written: list[str]) -> int:
    """How many of the last of `written` words are honorifics before a name: one word («دکتر») or several
    written apart («حجت‌الاسلام و المسلمین», «آیت الله العظمی», «جناب آقای»), so that what stands before
    them («در دیدار با», «توسط») is read as standing right before the name."""
    n = 0
    while step := next((k for k in (4, 3, 2, 1) if _honorific_at(written, n, k)), 0):
        n += step
    return n


def _honorific_at(written: list[str], n: int, k: int) -> bool:
    """Whether the `k` words before the last `n` of `written` make one honorific, written as one word."""
    end = len(written) - n
    return k <= end and gz.key("".join(written[end - k : end])) in HONORIFIC_WORDS
