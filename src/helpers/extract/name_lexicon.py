"""Which words are never part of a name, and which are rare: hazm's stopwords and word counts, the
verb forms of hazm's verbs and of the two its list lacks, «گردیدن» and the present copula (participles,
infinitives, past forms: «بودم», «خواند», «گردید», «هستم»), hazm's plural
nouns (never a name alone: «اعضا»), Unicode CLDR's names of states and cities, and NOT_NAMES.
Which rare words are Persian all the same: words run together (`run_together`) and words whose
ZWNJ before an ending was lost (`inflected`, by hazm's Lemmatizer). Kept apart from
helpers.extract.names, which reads names with them."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from helpers import cache, paths
from helpers.dates import words as dates_words
from helpers.text import gazetteer as gz
from helpers.text.tokenize import tools
from helpers.text.verbs import MISSING_PAST, reads_as_verb, stems
from helpers.text.zwnj import AFTER_HEH_SUFFIXES, PLURAL_SUFFIXES, ZWNJ

NOT_NAMES = frozenset(
    [
        "میزبانی",
        "ریاست",
        "حضور",
        "شرکت",
        "اشتراک",
        "نشست",
        "اجلاس",
        "جلسه",
        "دیدار",
        "سخنان",
        "سخنانی",
        "اعلام",
        "تاکید",
        "کشور",
        "کشورهای",
        "عضو",
        "مقام",
        "مقامات",
        "سران",
        "رهبران",
        "هیات",
        "هیئت",
        "خواهد",
        "امروز",
        "دیروز",
        "جدید",
        "سابق",
        "فعلی",
        "وقت",
        "آقای",
        "خانم",
        "اظهار",
        "داشت",
        "کرد",
        "گفت",
        "افزود",
        "همراه",
        "نماینده",
        "نمایندگان",
        "سازمان",
        "شورای",
        "کمیته",
        "دولت",
        "دیگر",
        "جمله",
        "میان",
        "نام",
        "سوی",
        "کشورمان",
        "کشورم",
        "کشورش",
        "کشورشان",
        "کشورمون",
        "وی",
        "او",
        "ایشان",
        "آنان",
        "آنها",
        "ما",
        "پیشتر",
        "همچنین",
        "سپس",
        "اکنون",
        "اخیرا",
        "نیز",
        "هم",
        "قبلا",
        "بعدا",
        "نزد",
        "همسر",
        "همسرش",
        "همسرشان",
        "همسران",
        "همراهانش",
        "طرفین",
        "جانبین",
        "بسم",
        "بسم‌الله",
        "ان‌شاءالله",
        "انشاالله",
        "ماشاءالله",
        "الحمدلله",
        "سبحان‌الله",
        "برعلاوه",
        "حکومات",
    ]
)
"""Common words that may sit next to a role title or a name but are never part of a name (the two
sides of talks, «طرفین»/«جانبین», which the word counts rate rare; a spouse
named after «X و همسرش» is a name of their own), and religious formulas of a name's shape
(«بسم‌الله», «ان‌شاءالله»), and Dari words of formal prose the counts rate rare: the preposition «برعلاوه» (besides)
and the Arabic plural «حکومات» (governments, as in «سران دول و حکومات»)."""
RARE_WORD = 5000  # hazm corpus count below which a word can be part of an unknown name
STEM_ENDINGS = ("های", "ها", "ان", "ای", "یی", "ئی", "ی")
"""Plural, indefinite, ezafe and adjective endings: «اجرایی» is as common as «اجرا»."""
ADJECTIVE_ENDINGS = ("یی", "ئی", "ی")


PAST_ENDINGS = ("", "م", "یم", "ید", "ند")
"""Person endings of the simple past («خواند», «بودم», «گفتند»): a past form is a verb, no name word."""
COPULA = ("هست", "نیست")
"""The present copula and its negative, which hazm's verb list lacks (its past stem is empty): with a
person ending («هستم», «نیستید») never a name word («… در کنار X هستم»)."""
AFFIXES = ("گان", "گانی", "ترین", "پذیر")
"""Suffixes that lose their ZWNJ and stand apart («نماینده گان», «بزرگ ترین», «تجدید پذیر» of «-able»): never
a word of a name."""


TANWIN = "\u064b"
"""The tanwin «ً» of Arabic adverbs («رسماً», «شخصاً», «مجدداً»): a word hazm tags ADV alone and spells with it
is an adverb, never a name's word, whether a text keeps the tanwin or loses it («رسما»)."""


NO_CITY_ZONES = ("Etc",)
"""Time zone areas whose exemplar «city» names no city («شهر نامشخص»). A city CLDR writes with its
state after a comma («ناکس، ایندیانا») is left out as well."""


class Lexicon(NamedTuple):
    """What `lexicon` builds; `verb_forms` yield to given names («رستم»), `plurals` are only no
    name alone («اعضا»; «سادات» is a name's first word); `nouns` are the words hazm tags as nouns
    only (no adjective, adverb or number reading), as a foreign given name it knows («مایکل»)."""

    stop: frozenset[str]
    counts: dict[str, int]
    places: frozenset[str]
    verb_forms: frozenset[str]
    plurals: frozenset[str]
    nouns: frozenset[str]


@lru_cache(maxsize=1)
@cache.on_disk("hazm", "babel", "helpers.text.gazetteer", "helpers.dates.words", "helpers.text.verbs")
def lexicon() -> Lexicon:
    """Keys that are never a name word (hazm's stopwords, NOT_NAMES, AFFIXES, its tanwin adverbs, ordinals, state names,
    participles and infinitives; of hazm's verbs and of those its list lacks, helpers.text.verbs'
    MISSING_PAST: «گردید»), hazm's word counts by key (a word with «ئ» under its «أ» spelling
    as well: «هیأت»), place names (Unicode CLDR's Persian and Dari names of states and of the cities
    that name a time zone, through babel: «آستراخان», «سمرقند», «پنوم‌پن», «آدیس آبابا», keyed
    whole), the past forms of hazm's verbs and hazm's plural nouns. (Keying 190,000 words takes a
    second: kept in the user cache.)"""
    from babel import Locale
    from hazm import stopwords_list, verbs_list, words_list

    counts: dict[str, int] = {}
    plurals: set[str] = set()
    nouns: set[str] = set()
    adverbs: set[str] = set()
    for w, c, tags in words_list():
        keys = {gz.key(w), gz.key(w.replace("ئ", "أ"))}  # «هیئت» is also written «هیأت»
        for k in keys:
            counts[k] = max(c, counts.get(k, 0))
        if "PL" in tags:
            plurals.add(k)
        if tuple(tags) == ("N",):
            nouns |= keys
        if tuple(tags) == ("ADV",) and w.endswith(TANWIN):
            adverbs |= keys
    past = [p for p, _ in map(stems, [*verbs_list(), *MISSING_PAST.values()]) if p]
    verbs = {gz.key(p + end) for p in past for end in ("ه", "ن")}
    forms = {gz.key(p + end) for p in past for end in PAST_ENDINGS}
    forms |= {gz.key(c + end) for c in COPULA for end in ("م", "ی", "یم", "ید", "ند")}
    locales = [Locale.parse(loc) for loc in ("fa", "fa_AF")]
    states = {gz.key(n) for loc in locales for n in loc.territories.values()}
    cities = {
        gz.key(z["city"])
        for loc in locales
        for zone, z in loc.time_zones.items()
        if z.get("city") and zone.partition("/")[0] not in NO_CITY_ZONES and "،" not in z["city"]
    }
    stop = {gz.key(w) for w in stopwords_list()} | {gz.key(w) for w in (*NOT_NAMES, *AFFIXES)} | adverbs
    ordinals = [*dates_words.ORDINALS, *(t + "م" for t in dates_words.TENS)]
    stop |= {gz.key(w + end) for w in ordinals for end in ("", "ین")} | {gz.key(w) for w in ("نخستین", "آخرین")}
    where = frozenset(states | cities)
    nouns -= stop | verbs | states
    return Lexicon(
        frozenset(stop | verbs | states), counts, where, frozenset(forms - verbs), frozenset(plurals), frozenset(nouns)
    )


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Keys of place names: the states and cities of `lexicon` and the cities the reference tables
    name as meeting venues (data/raw/reference/sessions.csv: «کازان», «اوفا», «تیانجین», which name
    no time zone). A place is no name («استاندار آستراخان», «اسلام آباد»); in a name of several words
    it may be a piece of it (a Chinese name's «گوا»)."""
    table = pd.read_csv(paths.REFERENCE / "sessions.csv", usecols=["city_fa"], dtype=str, keep_default_na=False)
    return lexicon()[2] | {gz.key(c) for c in table["city_fa"] if c.strip() and " " not in c.strip()}


@lru_cache(maxsize=65536)
def rare(word: str, known: frozenset[str] = frozenset()) -> bool:
    """Not a common Persian word, even without a plural/indefinite/ezafe/adjective ending, and
    not the adjective in -ی of a word of a title or entity name in the gazetteer (`known`:
    «پارلمانی» is a title's complement, not a name). Cached, as the word kinds are (`names.kind`):
    name_glued.glued_cuts asks it of nearly every word of every sentence it reads, and it reads most
    sentences several times (~330 calls per generated article; P3)."""
    counts = lexicon()[1]
    k = gz.key(word)
    if counts.get(k, 0) >= RARE_WORD:
        return False
    stems = [(k[: -len(x)], x) for x in STEM_ENDINGS if k.endswith(x) and len(k) > len(x) + 1]
    return not any(counts.get(s, 0) >= RARE_WORD or (x in ADJECTIVE_ENDINGS and s in known) for s, x in stems)


def ezafe_plural(k: str) -> bool:
    """Whether a name key is a broken plural of hazm's list in «ا» with the ezafe «ی» that joins it to
    what follows («اعضای», «وزرای», «رؤسای», «سفرای»): a plural noun heading a phrase, never a name's
    word («X Y اعضای مجلس»: the members' title after a list of names)."""
    return k.endswith("ای") and k[:-1] in lexicon().plurals


GAN = "گان"
"""The plural ending of animate nouns in «ه», written onto the stem («نماینده» → «نمایندگان»)."""


def plural(k: str) -> bool:
    """Whether a name key is a plural noun: one of hazm's («اعضا»), in ezafe too («اعضای»), a common
    word with a plural suffix, its ZWNJ kept or lost («دولت‌ها», «دولتها», «هیئت‌های»), or the plural in
    «گان» of a common word in «ه» («پناهندگان», «رزمندگان», «بازماندگان»: «ه» becomes «گ»)."""
    counts = lexicon().counts
    return (
        k in lexicon().plurals
        or ezafe_plural(k)
        or any(
            k.endswith(x) and len(k) - len(x) > 2 and counts.get(k[: -len(x)], 0) >= RARE_WORD for x in PLURAL_SUFFIXES
        )
        or (k.endswith(GAN) and len(k) > len(GAN) + 2 and counts.get(k[: -len(GAN)] + "ه", 0) >= RARE_WORD)
    )


PREPOSED = ("به", "در", "با", "از")
"""Prepositions written onto their noun, by a ZWNJ («به‌عهده», «به‌دنبال») or with the ZWNJ or space
lost («بهمنظور», «درمورد», «بامسائل», «ازاعضای»), or «به» in the older spelling as «ب» («بطور», «بعنوان»):
no name begins so (`run_together`)."""
IDEA_SUFFIXES = ("گرایی", "گرایانه", "گرا")
"""Suffixes of -isms written after a ZWNJ («چندجانبه‌گرایی», «واقع‌گرا»): solid after a lost ZWNJ,
onto a word of hazm's list, still no name."""
RELATIONAL_VI = "وی"
"""The relational suffix Dari writes onto a noun in «ه» in place of its «ه» («منطقه» → «منطقوی», «اجرائیه» →
«اجرائیوی»): an adjective, no name («موسوی», «رضوی» have no such noun before it)."""
SUPERLATIVE = "ترین"
"""The superlative suffix, written onto a word of hazm's list after a ZWNJ, kept or lost
(«عالی‌رتبه‌ترین», «ارشدترین»): an adjective, no name; «کاترین» has no such word before it."""
COMPARATIVE = "تر"
"""The comparative suffix after a ZWNJ (the normaliser joins «X تر» so) onto a word of hazm's list
(«سنجیده‌تر», «گسترده‌تر»): an adjective, no name (`comparative`)."""


@lru_cache(maxsize=4096)
def inflected(word: str) -> bool:
    """Whether hazm's Lemmatizer reads a rare word as a Persian word of four letters or more with an
    ending written after a ZWNJ, the ZWNJ lost: a plural («دیدارهایش»), or an enclitic or the ezafe
    «ی» after a final «ه» («اعتمادنامهی», «برنامهاش»; «اش» after «ی» too: «سخنرانیاش»), or a plural
    pronoun enclitic written solid («مذاکراتشان»). The endings are helpers.text.zwnj's. A Persian
    word so, no foreign name; endings written solid («ین», «ان»: «رینگین», «اربکان») or an
    enclitic's letters after another letter («سرکبای») are no sign."""
    lemma = tools().lemmatizer.lemmatize(word)
    ending = word[len(lemma) :].lstrip(ZWNJ) if word.startswith(lemma) and lemma != word else ""
    after_heh = ending in (*AFTER_HEH_SUFFIXES, "ی") and (lemma.endswith("ه") or f"{lemma[-1:]}{ending}" == "یاش")
    suffixed = ending in PLURAL_SUFFIXES or ending in PLURAL_ENCLITICS or after_heh
    return suffixed and len(gz.key(lemma)) > 3 and lemma in tools().lemmatizer.words


PLURAL_ENCLITICS = ("مان", "تان", "شان")
"""The plural pronoun enclitics, written solid («مذاکراتشان»; among helpers.text.zwnj's solid
endings); the one-letter ones («ش», «م») and «یان» end foreign names too, so are no sign."""


RUN_ON_VERBS = tuple(gz.key(v) for v in ("است", "بود", "دارد", "داشت", "شد", "گرفت", "کرد", "نمود", "گردید"))
"""The copula and the light verbs of compound verbs in the third person («قرار دارد», «برگزار شد»): written
onto the common word before them after a lost space they make a rare key («قراردارد»), no name."""


def run_together(k: str) -> bool:
    """Whether a rare key is common Persian run together: a common word with the copula or a light
    verb (RUN_ON_VERBS) written onto it after a lost space («قراراست», «قراردارد»), a preposition
    written onto a common word or a plural noun (PREPOSED: «بهمنظور», «بطور», «ازاعضاء»; onto a
    function word of any length: «درعین»), the conjunction «و» written onto a common word after a
    lost space («ومنطقه», «وتوسعه»), a word of hazm's list with the suffix of an -ism (IDEA_SUFFIXES:
    «چندجانبهگرایی») or of the superlative (SUPERLATIVE: «بلندپایهترین»), a Dari adjective in «وی»
    of a noun in «ه» (RELATIONAL_VI: «منطقوی»), or a compound of «خود» (self-: «خودگردان»,
    «خودمختار»), which the word counts miss but which is no name."""
    counts, stop = lexicon().counts, lexicon().stop
    if any(k.endswith(v) and len(k) - len(v) > 2 and counts.get(k[: -len(v)], 0) >= RARE_WORD for v in RUN_ON_VERBS):
        return True
    rests = [k[len(p) :] for p in PREPOSED if k.startswith(p) and len(k) - len(p) > 3]
    if any(counts.get(rest, 0) >= RARE_WORD or plural(rest) for rest in rests):
        return True  # a plural too: «ازاعضاء», its spelling one the counts hold few of
    if any(k.startswith(p) and len(k) - len(p) > 1 and k[len(p) :] in stop for p in PREPOSED):
        return True  # «درعین (حال)», «درمیان», «بهجز»: a preposition onto a function word, however short
    if k.startswith(("ب", "و")) and len(k) > 3 and counts.get(k[1:], 0) >= RARE_WORD:
        return True  # «بطور»: «به» in the older spelling; «ومنطقه»: «و» written onto the next word
    if any(k.endswith(s) and len(k) - len(s) > 2 and k[: -len(s)] in counts for s in (*IDEA_SUFFIXES, SUPERLATIVE)):
        return True
    if k.endswith(RELATIONAL_VI) and counts.get(k[: -len(RELATIONAL_VI)] + "ه", 0) >= RARE_WORD:
        return True
    return k.startswith("خود") and len(k) > 5


def comparative(word: str) -> bool:
    """Whether a word is an adjective in the comparative: COMPARATIVE after a ZWNJ onto a word of
    hazm's list. Only with the ZWNJ: written solid, «تر» ends foreign names («کارتر», «پیتر»)."""
    stem, zwnj, suffix = word.rpartition(ZWNJ)
    return bool(zwnj) and suffix == COMPARATIVE and gz.key(stem) in lexicon().counts


def function_words(word: str) -> bool:
    """Whether a word is function words joined by a ZWNJ, each a stopword («نه‌تنها» not only, the
    normaliser's join of «نه تنها»; «این‌که»): a compound adverb or conjunction, rare as one word but
    no name. Number words alone are left out: «سی» (thirty) is a syllable of names too («سی‌سی»)."""
    parts = [gz.key(p) for p in word.split(ZWNJ)]
    numbers = all(p in dates_words.CARDINALS for p in parts)
    return len(parts) > 1 and not numbers and all(p in lexicon().stop for p in parts)


VERB_PREFIXES = ("نمی", "می")
"""The continuous prefix and its negative, written with a ZWNJ («می‌خواست») or with it lost («میخواست»)."""
MOOD_PREFIXES = ("ب", "ن")
"""The subjunctive and negative prefixes, written onto the verb («بخواهد», «نخواست»)."""


@lru_cache(maxsize=8192)
def verb_read(word: str) -> bool:
    """Whether hazm's Lemmatizer takes a word in a third person (its stem or ending in «د»/«ت») to a
    verb's stems when it carries a verb's prefix, the continuous «می»/«نمی» (its ZWNJ kept or lost:
    «می‌خواست», «میگفتند», «نمی‌رود») or «ب»/«ن» (MOOD_PREFIXES: «بفرستند», «نخواست»), or any third
    person plural in «ند». Such a word is no name's. Other persons are left out: a surname in «ی»
    reads as a second person («میدری», which the normaliser writes «می‌دری»), and «میلاد», «میرزا»,
    «نبیل», «ریموند» read as no verb. Bare stems and past forms are `lexicon`'s."""
    if not word.endswith(("د", "ت")):
        return False
    for p in VERB_PREFIXES:
        if word.startswith(p) and len(word) > len(p) + 1:
            return reads_as_verb(p + ZWNJ + word[len(p) :].lstrip(ZWNJ))
    return (word.endswith("ند") or word.startswith(MOOD_PREFIXES)) and reads_as_verb(word)
