"""A finite Persian verb read as grammar, off hazm's Lemmatizer (its table of every conjugated form):
where one starts among a clause's words, read with its prefix or auxiliary when written apart, its
lemma and its tense or mood. The status reader (helpers.extract.readings) reads a person's own verb
with it, the date rules the verb a weekday's clause goes on in (helpers.dates.relative)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import hazm

AUX = frozenset(("خواهم", "خواهی", "خواهد", "خواهیم", "خواهید", "خواهند"))
AFTER_PARTICIPLE = {"است": "past", "اند": "past", "بود": "pluperfect", "بودند": "pluperfect"}
BOUNDARY = frozenset(("و", "که", "تا", "است", "اند", "بود", "بودند"))
"""Words a verb may stand before: the next clause («و», «که», «تا» of purpose: «تقاضا نمود تا …») or
its own auxiliary."""
SEP = "\u200c"
LEMMA_MARK = "#"
"""hazm writes a verb's lemma, and each entry of its verb list, as «past#present» («رسید#رس»; the copula
«#است»); no other word's lemma holds it."""
PUNCT = re.compile(r"[،,()«»\"]")
"""Punctuation after a verb: its clause ends there («گفته، …»)."""
PAST = frozenset(("past", "pluperfect"))
MISSING_PAST = {"گردید": "گردید#گرد"}
"""Past stems hazm's table lacks as verbs of their own: «گردیدن» (the formal passive's auxiliary, «برگزار
گردید») is there only as «گشتن»'s present «(شما) گردید», and its plural and participle not at all."""
_MISSING = re.compile(rf"ن?(?P<past>{'|'.join(MISSING_PAST)})(?:ند|ه)?")

Word = tuple[int, int, str]
"""A word with its character span (helpers.extract.mentions.words)."""


class Verb(NamedTuple):
    """A finite verb: its written form (prefix or auxiliary joined on), lemma («گفت#گو»), tense or mood
    ("past", "pluperfect", "present", "subjunctive", "future") and how many words it took."""

    form: str
    lemma: str
    tense: str
    used: int


def _lemmatizer() -> hazm.Lemmatizer:
    """The shared Lemmatizer, imported when first asked for: tokenize reads number words off
    helpers.dates, whose weekday rule reads verbs here, so a module-level import would be a cycle."""
    from helpers.text.tokenize import tools

    return tools().lemmatizer


@cache
def _prenominal() -> re.Pattern[str]:
    """Adjectives that stand before their noun: an ordinal in «-مین» («ششمین», «بیست و دومین» ends in one,
    «۴۸مین», «نخستین», «آخرین») and a superlative in «-ترین» («مهم‌ترین», «بزرگترین»). Number words are read
    off helpers.dates.words when first asked for (helpers.dates reads verbs here: no import cycle)."""
    from helpers.dates.words import ORDINALS, TENS

    ordinals = [w for w in (*ORDINALS, *(t + "م" for t in TENS), "صدم", "هزارم") if " " not in w]
    return re.compile(f"(?:\\d+م|{'|'.join(ordinals)})ین|نخستین|آخرین|واپسین|\\w{{2,}}{SEP}?ترین")


def _after_adjective(said: list[Word], i: int) -> bool:
    """Whether word `i` follows an ordinal or a superlative (`_prenominal`), or a number and an ordinal ending
    written apart from it («۴۸ مین», «۴۸ امین»)."""
    before = said[i - 1][2] if i else ""
    apart = before in ("مین", "امین") and i > 1 and said[i - 2][2].isdigit()
    return apart or _prenominal().fullmatch(before) is not None


def reads_as_verb(word: str) -> bool:
    """Whether hazm's Lemmatizer takes `word` to a verb's two stems («می‌رود», «گفتند»), not to a noun's
    or an adjective's lemma."""
    return LEMMA_MARK in _lemmatizer().lemmatize(word)


def stems(lemma: str) -> tuple[str, str]:
    """The past and present stems of a verb's `lemma` or verb-list entry («رسید#رس» → «رسید», «رس»)."""
    past, _, present = lemma.partition(LEMMA_MARK)
    return past, present


@cache
def _past_stems() -> frozenset[str]:
    """The past stem of every verb in hazm's table. The table maps each of ~500,000 conjugated forms to
    one of ~700 lemmas: the lemmas are made distinct first, so each is split once (0.14 s → 0.01 s,
    paid by each process that reads a negated verb: the kernel's notebook 03, every corpus worker)."""
    return frozenset(stems(lemma)[0] for lemma in set(_lemmatizer().verbs.values()))


def negated(verb: Verb) -> bool:
    """«منتشر نشد», «نخواهد داشت», «صادر نمی‌شود», «ارائه نکردند»: the verb's first word opens with a negative
    «ن» that is no part of either stem («نمودند», «نویسد» are not negated), and «ن» with the past stem is no
    verb of its own: hazm reads «نشست» (sat; the meeting) as a negated «شستن» too."""
    first = verb.form.split(" ")[0]
    past, present = stems(verb.lemma)
    own = "ن" + past in _past_stems() and first.startswith("ن" + past)
    return first.startswith("ن") and not any(stem and first.startswith(stem) for stem in (past, present)) and not own


def verb_at(said: list[Word], i: int, text: str) -> Verb | None:
    """The verb that starts at word `i`, read with its auxiliary or prefix when one is written apart
    (lost ZWNJ: «می کند»; the future «خواهد کرد»; a participle «کرده است»); None for no verb, the
    copula, a noun spelled like a verb («نشست», «داد») that does not close its clause, or a word after
    an ordinal or a superlative, which only a noun follows («در ششمین نشست»: never «نشستن», nor a
    negated «شستن»; the titles a reader skips after it may make it look like the clause's end)."""
    if _after_adjective(said, i):
        return None
    read = _read(said, i)
    if read is None:
        return None
    form, lemma, used, aux = read
    after = aux or (said[i + used][2] if i + used < len(said) else "")
    ends = bool(aux) or not after or after in BOUNDARY
    ends = ends or PUNCT.search(text, said[i + used - 1][1], said[i + used][0]) is not None
    if form in _lemmatizer().words and not ends:
        return None  # a noun spelled like a verb, not at its clause's end
    return Verb(form, lemma, tense(form, lemma, after), used)


def _read(said: list[Word], i: int) -> tuple[str, str, int, str] | None:
    """(form, lemma, words used, an auxiliary glued on) of a verb form starting at word `i`, else None."""
    verbs = _lemmatizer().verbs
    word, nxt = said[i][2], said[i + 1][2] if i + 1 < len(said) else ""
    form, used = word, 1
    if word in ("می", "نمی") and nxt:
        form, used = f"{word}{SEP}{nxt}", 2
    elif word.lstrip("ن") in AUX and nxt in verbs:
        form, used = f"{word} {nxt}", 2
    form, aux = _unglued(form, verbs)
    missing = _MISSING.fullmatch(form.split(" ")[-1])  # «گردید», «خواهد گردید»
    lemma = MISSING_PAST[missing["past"]] if missing else verbs.get(form) or verbs.get(form.replace(SEP, ""))
    if not lemma or lemma.startswith(LEMMA_MARK) or used == 1 and form.lstrip("ن") in AUX:
        return None  # no verb, the copula, or «خواهد» with no verb after it («می‌خواهند», want, is a verb)
    return form, lemma, used, aux


_GLUED_PREFIX = re.compile(r"^(ن?می)(?!‌)")
_GLUED_AUX = re.compile(r"^(?P<participle>.+ه)(?P<aux>است|اند)$")


def _unglued(form: str, verbs: dict[str, str]) -> tuple[str, str]:
    """A form whose ZWNJ was lost, as hazm's table spells it, and the auxiliary glued on it, if any:
    «میشود» is «می‌شود», «کردهاند» is «کرده» with «اند» after it."""
    if form in verbs:
        return form, ""
    prefixed = _GLUED_PREFIX.sub(f"\\1{SEP}", form)
    if prefixed in verbs:
        return prefixed, ""
    glued = _GLUED_AUX.match(form)
    return (glued["participle"], glued["aux"]) if glued and glued["participle"] in verbs else (form, "")


def tense(form: str, lemma: str, after: str) -> str:
    """The tense or mood of a verb `form` of `lemma`, with the word `after` it (a participle's
    auxiliary)."""
    past, present = stems(lemma)
    bare = form.split(" ")[-1]
    if form.split(" ")[0].lstrip("ن") in AUX:
        return "future"
    if bare.endswith("ه") and after in AFTER_PARTICIPLE:
        return AFTER_PARTICIPLE[after]
    plain = re.sub(f"^(?:ن)?(?:می{SEP}?)", "", bare)
    if plain != bare.lstrip("ن") and present and plain.startswith(present) and not plain.startswith(past):
        return "present"
    if past and (plain.startswith(past) or plain.lstrip("ن").startswith(past)):
        return "past"
    return "subjunctive"


_WORD = re.compile(r"[\w\u200c]+")
_CLAUSE_GOES_ON = re.compile(r"[،,؛:.]")
THIRD_PERSON = frozenset(("", "د", "ند", "ه"))
"""What follows a stem in a report's own verbs: «رسید», «می‌رسد», «رسیدند», «رسیده»; not «بردی» (you
took) or «رسیدم», which a name or a quote spells."""


NOUN_OPENERS = frozenset(("این", "آن", "همین", "همان", "هر", "به", "از", "در", "با", "برای", "بر"))
"""A demonstrative or a preposition: the word right after it opens a noun phrase, so a form that is a word as well
as a verb is the word there («این روند»: this process, not «they go»; «در نشست»: at the meeting)."""


def first_verb(text: str, lo: int, hi: int) -> Verb | None:
    """The first finite verb of the third person in text[lo:hi] that the clause goes on in. A bare form
    hazm's lexicon also has as a word («وارد», «کرده», «نشست») counts only where its clause ends: before
    «و», «که», «تا», an auxiliary or a comma, or at the end; and never right after a demonstrative or a
    preposition (NOUN_OPENERS)."""
    said = [(m.start(), m.end(), m[0]) for m in _WORD.finditer(text, lo, hi)]
    for i in range(len(said)):
        read = _read(said, i)
        if read is None or _person(*read[:2]) not in THIRD_PERSON:
            continue
        form, lemma, used, aux = read
        after = aux or (said[i + used][2] if i + used < len(said) else "")
        gap = text[said[i + used - 1][1] : said[i + used][0] if i + used < len(said) else hi]
        ends = bool(aux) or not after or after in BOUNDARY or after == "تا" or _CLAUSE_GOES_ON.search(gap) is not None
        word_too = " " not in form and SEP not in form and form in _lemmatizer().words
        if word_too and form not in BOUNDARY and i > 0 and said[i - 1][2] in NOUN_OPENERS:
            continue
        if ends or not word_too:
            return Verb(form, lemma, tense(form, lemma, after), used)
    return None


def _person(form: str, lemma: str) -> str:
    """The ending after the stem (past or present) of the last word of `form`, as written or with its
    prefix («می», «ب», «ن») taken off; a vowel's glide «ی» is no ending («می‌گوید», «بیاید»)."""
    past, present = stems(lemma)
    last = form.split(" ")[-1]
    for plain in (last, re.sub(f"^(?:ن?می{SEP}?|ب|ن)", "", last)):
        for stem in (past, present):
            if stem and plain.startswith(stem):
                ending = plain[len(stem) :]
                return ending[1:] if stem[-1] in "اآو" and ending.startswith("ی") else ending
    return "?"
