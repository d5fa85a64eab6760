"""Where names the gazetteer does not know are looked for besides next to a role title: after an
honorific («دکتر X», the honorific left out), next to phrases said of people («به ریاست X Y»,
«X Y به نمایندگی از», «X Y گفت», the agent of a passive «توسط X Y»), in quotes, and, with no cue,
a given name before a word hazm's lexicon lacks (`given_before_unknown`). How far each name runs
is helpers.extract.names; names that open a sentence are helpers.extract.name_openings."""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.honorifics import COMMON_RANKS, HONORIFICS
from helpers.extract.mentions import Scanned, Span, cue, cue_regex, find_cues, only_separators
from helpers.extract.name_bounds import time_keys
from helpers.extract.name_lexicon import inflected, lexicon, places
from helpers.extract.name_lists import surname_shape
from helpers.extract.name_runs import framed_run
from helpers.extract.name_sources import credited_at
from helpers.extract.names import (
    ARABIC,
    COMMON,
    GIVEN,
    MAX_NAME_WORDS,
    RARE,
    ZWNJ,
    Word,
    filial_kinds,
    kind,
    name_span,
    surname_shaped,
    tokens,
    valid_kinds,
)
from helpers.extract.verb_classes import SAYING
from helpers.text import gazetteer as gz
from helpers.text.verbs import reads_as_verb

LEADS = gz.fold(
    "به ریاست|به سرپرستی|به رهبری|تحت ریاست|تحت رهبری|تحت سرپرستی|به دعوت|با حضور|همسرش|همسر وی|همسر او|"
    "به گفته|پیام|سخنان|سفر|دیدار با|ملاقات با|گفت و گو با|توسط|از سوی|از طرف"
)
"""Phrases said of a person that the person's name follows («هیئتی به ریاست X Y», Dari «تحت ریاست X Y»,
«X و همسرش، Y Z», «به گفته X Y», «سفر X Y», «دیدار با X Y»), and the agent of a passive («توسط X Y», «از سوی X Y»,
«از طرف X Y»: there a body or state is as likely, so a name of two words or more is needed, as for
every phrase here)."""
QUOTING = gz.fold("به نقل از|از قول|به قول")
"""Phrases that name whom the words are quoted from («به نقل از X Y», «از قول X Y»): a person, or as often an
outlet («به نقل از القدس العربی»), so a given name must lead the name, as for a verb of saying after it."""
CHAIRED = re.compile(gz.fold("به ریاست|تحت ریاست|به سرپرستی|تحت سرپرستی"))
"""The LEADS that say who chairs or heads («به ریاست X Y معاون …»): a title follows the name so often that
two common words between them are a name when the last has a Persian surname's shape («…ی», «…زاده»)."""
OPENING_END = re.compile(
    r"[\s\u200c]*(?:[:،,.؛]|$|(?:در|با|ضمن|که|و|نیز|هم|همچنین|به|از|طی|روز|امروز|دیروز|پس|پیش|برای|بر)(?!\w))"
)
"""What may follow a name that opens a sentence or clause: punctuation, or a word that starts the
rest of the clause («X Y در سخنانی …», «X Y: …», «X Y ضمن …»)."""
CLAUSE_START = re.compile(
    r"^(?:[^،,.:؛]*(?:به گزارش|بنا ?بر ?(?:این ?)?گزارش|به نقل از)[^،,.:؛]*[،,؛](?:[\s\u200c]*[،,])?"
    r"|گروه [^،,.:؛]*:)?[\s\u200c«\"]*"
)
"""Where a sentence's own clause starts: its beginning, or after an opening «به گزارش …،» («بنابر
گزارش …،», «بنابراین گزارش،»; Dari pages end it with «؛», a comma after it at times) or a desk's «گروه
سیاسی:»."""
EXPERT = gz.fold("[\\w\u200c]*شناس")
"""An expert in what they study («شرق‌شناس», «جامعه شناس»), a word that ends Persian surnames as well
(«حق‌شناس», «خداشناس»): set off by a comma before a title, it is the surname (`_surname_set_off`)."""
FOLLOWS = (
    gz.fold("به نمایندگی|")
    + EXPERT
    + gz.fold("|تحلیلگر|پژوهشگر|استاد دانشگاه|با اشاره به|در گفت و گو با|رئیس|مدیر|سرپرست|عضو")
)
"""Phrases said of a person that come after the person's name («X Y به نمایندگی از ایران», «X Y
کارشناس سیاست خارجی», an expert in what they study: «شرق‌شناس», «جامعه شناس», «X Y با اشاره به …»,
«X Y در گفت‌وگو با …», the head, acting head or member of a body the gazetteer has no title for: «X Y
رئیس دبیرخانه …», «X Y مدیر بانک …», «X Y، سرپرست فدراسیون …», «X Y عضو فراکسیون …»)."""
SAID = gz.fold("|".join(SAYING))
"""Verbs of saying (helpers.extract.verb_classes.SAYING, the one list the status cues read too): the
name of two words or more before them counts only if a given name leads it;
one word only if it has a surname's shape (helpers.extract.name_lists.surname_shape)."""
_AFTER_PREPOSITION = re.compile(r"(?<!\w)(?:با|بر|از|به|در|برای|تا|بی)[\s\u200c]+$")
"""A preposition right before a phrase: what follows it is no verb's subject."""
_AND = re.compile(r"[\s\u200c]*(?:[،,]|و(?!\w))[\s\u200c]*")
HONORIFIC = cue(HONORIFICS)
_CUES = cue_regex(
    "|".join(f"(?P<{n}>{p})" for n, p in (("h", HONORIFICS), ("l", LEADS), ("q", QUOTING), ("f", FOLLOWS), ("s", SAID)))
)
"""All cues of `cued_names` in one pattern, one pass over a sentence (group: which kind)."""
_CUE_WAY = {"h": (+1, True), "l": (+1, False), "q": (+1, None), "f": (-1, False), "s": (-1, None)}
"""Per cue kind: where the name is (+1 after, −1 before) and how loose it may be (None: a given
name must lead it)."""

LATIN_BEFORE = re.compile(r"[\s\u200c]*\(?(?:[A-Za-z][A-Za-z.'\-]*[\s\u200c]*){1,4}\)?[\s\u200c]*$")
"""A name's Latin spelling written between it and its title («X Y (Aaa Bbb) سخنگوی …»)."""
LATIN_NAME = re.compile(r"[\s\u200c]*([A-Z][a-z]+(?:[\s\u200c]+[A-Z][a-z'\-]+){1,3})(?![A-Za-z])")
"""A name written in Latin letters after an honorific, two to four capitalised words («آقای John Smith»):
the honorific marks a person in any script (no acronym: «CSTO»)."""
QUOTED = re.compile(r"«([^«»\n]{2,60})»|\"([^\"\n]{2,60})\"|'([^'\n]{2,60})'|“([^”\n]{2,60})”|‘([^’\n]{2,60})’")
"""A quoted phrase: the press often quotes a name in full, a Chinese one of common words included; in
guillemets, straight quotes or typographic double or single ones («‘X Y’ وزیر …»). The quoted text is
the match's one group that took part (`lastindex`)."""


def only_courtesy(gap: str) -> bool:
    """Only separators, commas and honorifics in `gap`."""
    return only_separators(HONORIFIC.regex.sub("", gz.fold(gap)))


def cued_names(sentence: Scanned, taken: list[Span], gaz: gz.Gazetteer) -> list[Span]:
    """Names after an honorific («دکتر», «حجت‌الاسلام», «جلالتمآب»: the honorific left out, a lone
    common word allowed; in Latin letters too: LATIN_NAME), and names of two words or more that a
    phrase said of people leads («به ریاست X Y») or follows («X Y به نمایندگی از …»)."""
    text, spans = sentence.text, list[Span]()
    for m in _CUES.finditer(sentence.folded):
        direction, loose = _CUE_WAY[str(m.lastgroup)]
        if m.lastgroup == "f" and _surname_set_off(sentence.folded, m):
            continue
        if m.lastgroup == "h" and gz.key(m.group()) in COMMON_RANKS:
            loose = False  # «یک سردار سپاه»: no lone word after a rank that is also a common noun
        edge = sentence.origin[m.end() - 1] + 1 if direction > 0 else sentence.origin[m.start()]
        if m.lastgroup == "h" and text.startswith(ZWNJ, edge):
            continue  # «شیخ‌الاسلام»: a surname, see `honorific_spans`
        latin = LATIN_NAME.match(text, edge) if m.lastgroup == "h" else None
        if latin and not any(s.start < latin.end() and latin.start(1) < s.end for s in taken + spans):
            spans.append(Span(latin.start(1), latin.end()))  # «آقای John Smith رئیس …»
            continue
        addressed = m.lastgroup == "h" and bool(loose)  # «آقای X Y وزیر …»: common words too
        addressed = addressed or (m.lastgroup == "l" and CHAIRED.fullmatch(m.group()) is not None)
        if direction > 0 and (
            framed := _before_title(sentence, edge, taken + spans, gaz, 1 if loose else 2, addressed)
        ):
            spans.append(framed)  # «آقای X Y رئیس …», «پیام X Y دبیرکل …»: the words between are the name
            continue
        titled = m.lastgroup == "f" and gz.key(m.group()) in gaz.title_words  # «X Y، مدیر …»: set off as a title
        while span := name_span(text, edge, direction, taken + spans, gaz, loose=bool(loose), titled=titled):
            named = text[span.start : span.end].split()
            shaped = loose is None and surname_shape(text[span.start : span.end], gaz)  # «جباروف گفت»
            if not shaped and (not (loose or len(named) > 1) or (loose is None and kind(named[0], gaz) != GIVEN)):
                break
            if len(named) == 1 and gz.key(named[0]) in gaz.title_words:
                break  # «وزیر محترم امور خارجه»: a courtesy inside a title, before the title's own word
            if direction < 0 and loose is None and _AFTER_PREPOSITION.search(text, 0, span.start):
                break  # «بر حسن همجواری تاکید کرد»: the subject of a verb follows no preposition
            spans.append(span)
            more = _AND.match(text, span.end)  # «با حضور X Y و Z W»
            if direction < 0 or loose or more is None:
                break
            edge = more.end()
    return spans


_EXPERT = re.compile(EXPERT)
_SET_OFF = re.compile(r"[\s\u200c]*[،,؛]")


def _surname_set_off(folded: str, cue: re.Match[str]) -> bool:
    """Whether an expert's word (EXPERT) is set off by a comma after it («X Y حق‌شناس، سخنگوی …»): the
    name's surname, with its title after the comma; an expert's word goes on to what they study."""
    return bool(_EXPERT.fullmatch(cue.group()) and _SET_OFF.match(folded, cue.end()))


def _before_title(
    sentence: Scanned, edge: int, taken: list[Span], gaz: gz.Gazetteer, least: int, addressed: bool = False
) -> Span | None:
    """The name framed by a cue ending at `edge` and the title after it (a role the gazetteer names,
    or a word of one: «رییس بورد …»), within a name's length: helpers.extract.name_runs.framed_run.
    After an honorific (`addressed`: «آقای», «خانم», «دکتر») the words are a name even if all are
    common words («آقای X Y وزیر …», «آقای X Y، وزیر …» with X and Y words of the lexicon), as
    between commas."""
    after = [w for w in tokens(sentence.text) if w.start >= edge][: MAX_NAME_WORDS + 1]
    title = next((w for w in after if gz.key(w.text) in gaz.title_words and kind(w.text, gaz) != GIVEN), None)
    role = next((m for m in sentence.mentions if m.start >= edge), None)
    end = min(title.start if title else len(sentence.text), role.start if role else len(sentence.text))
    if end == len(sentence.text) or (role and role.start == end and role.kind != "role"):
        return None
    if addressed:  # «آقای X Y، وزیر …»: the title set off by a comma frames the name all the same
        end = len(sentence.text[:end].rstrip(" \u200c،,"))
    last = [w for w in after if w.end <= end][-1:]
    if addressed and least > 1 and not (last and surname_shaped(last[0].text)):
        addressed = False  # «به ریاست X Y وزیر …»: common words are a name only if the last is a surname
    return framed_run(sentence.text, edge, end, taken, gaz, least, apposed=addressed)


_APPOSITION = re.compile(r"[\s\u200c]*[،,][\s\u200c]*$")
"""The comma that sets a title off from the name before it («X Y، سخنگوی …»)."""
_LED = re.compile(rf"(?:{LEADS})(?!\w)")
_CLAUSE_OPENS = re.compile(r"(?:^|[،,:؛.«\"])[\s\u200c]*$")
"""What opens a clause or a list item before a name: the sentence start, a comma, a colon, a quote."""


def apposed_names(sentence: Scanned, taken: list[Span], gaz: gz.Gazetteer) -> list[Span]:
    """«X Y، سخنگوی وزارت خارجه، گفت», «…، X Y، گزارشگر ویژه …»: two or three words that open a clause
    and stand before a role title set off by a comma are the title holder's name, whatever their
    kind: apposition, which Persian marks with the comma, while a noun in an ezafe chain takes the
    title with no comma between («سفر رسمی وزیر …»). A preposition before the words makes them a
    phrase of its own («با همتای روسی، وزیر …»), so the words must open the clause, which goes on to
    a verb (a caption's «X Y، رئیس‌جمهور در …» has none)."""
    text, out = sentence.text, list[Span]()
    lead = lead_match.end() if (lead_match := CLAUSE_START.match(text)) else 0  # «به گزارش X، …»: no name
    for role in (m for m in sentence.mentions if m.kind == "role"):
        comma = _APPOSITION.search(text, 0, role.start)
        if comma is None or not _verb_after(text, role.end):
            continue  # a clause with no verb («گزارش تصویری، رئیس‌جمهور در …»): a caption
        words = [w for w in tokens(text) if lead <= w.start and w.end <= comma.start()][-MAX_NAME_WORDS:]
        for first in range(len(words) - 1):  # the longest run that opens a clause
            if _CLAUSE_OPENS.search(text, 0, words[first].start):
                if _LED.match(gz.fold(text[words[first].start : comma.start()])) or not _apposed_kinds(
                    [kind(w.text, gaz) for w in words[first:]]
                ):
                    break  # «پیام X، دبیرکل …»: a phrase said of a person, whose name is the word after it
                span = framed_run(text, words[first].start, comma.start(), taken + out, gaz, 2, apposed=True)
                if span:
                    out.append(span)
                break
    return out + _apposed_after(sentence, taken + out, gaz)


_PHRASE_COMMA = re.compile(r"[^،,.:؛«»]{0,60}?[،,][\s\u200c]*")
"""A title's phrase closed by a comma («کاردار سفارت سوریه در بخارست، …»)."""


def _apposed_after(sentence: Scanned, taken: list[Span], gaz: gz.Gazetteer) -> list[Span]:
    """«کاردار سفارت X در Y، خالد Z و …»: a title's phrase closed by a comma, then a name led by a given
    name and closed as a clause's subject is (punctuation, «و», OPENING_END): the holder, set off as
    in `apposed_names` but after the title. The phrase holds no verb (then the comma closes a clause)."""
    text, out = sentence.text, list[Span]()
    for role in (m for m in sentence.mentions if m.kind == "role" and not m.entry.plural):
        comma = _PHRASE_COMMA.match(text, role.end)
        if comma is None or any(verb_form(w.text) for w in tokens(text[role.end : comma.end()])):
            continue
        words = [w for w in tokens(text) if w.start >= comma.end()][:MAX_NAME_WORDS]
        for last in range(len(words), 1, -1):  # the longest run that a clause's boundary closes
            run = words[:last]
            if not OPENING_END.match(text, run[-1].end) or kind(run[0].text, gaz) != GIVEN:
                continue
            span = framed_run(text, run[0].start, run[-1].end, taken + out, gaz, 2)
            if span:
                out.append(span)
                break
    return out


def _apposed_kinds(kinds: list[str | None]) -> bool:
    """Kinds an apposed run may have: a given name first, or two words neither of them rare (a
    common word before a rare one is as often a noun before a name, «سخنرانی X»: other cues read it)."""
    return kinds[0] == GIVEN or (len(kinds) == 2 and not {RARE, ARABIC} & set(kinds))


def _verb_after(text: str, pos: int) -> bool:
    """Whether the sentence goes on after `pos` to a verb: a past form of hazm's verbs («رفت»), or
    a word hazm's Lemmatizer takes to a verb's stems («می‌گوید», «دارند»)."""
    return any(verb_form(w.text) for w in tokens(text) if w.start >= pos)


@lru_cache(maxsize=16384)
def verb_form(word: str) -> bool:
    """A past form of hazm's verbs or a word its Lemmatizer takes to a verb's stems («می‌گوید», «دارید»)."""
    return gz.key(word) in lexicon().verb_forms or reads_as_verb(word)


def framed_word(word: str) -> bool:
    """Whether a word the lexicon reads as no name's is one all the same where quotes and a title
    frame the name: a past form of a verb («نهاد», also a noun) or a word of time («جمعه», also a
    given name) is a word of the name, as a foreign name's syllables often are. A function word, a
    state or a number stays none (`kind` rules those out for other reasons)."""
    k = gz.key(word)
    return (k in lexicon().verb_forms or k in time_keys()) and k not in lexicon().stop


def honorific_spans(sentence: Scanned) -> list[Span]:
    """Where honorifics stand: no name runs over one («با حضور حجت‌الاسلام والمسلمین دکتر X»); one
    joined by a ZWNJ to the word after it is the start of a compound surname («شیخ‌الاسلام»)."""
    return [s for s in find_cues(HONORIFIC, sentence) if not sentence.text.startswith(ZWNJ, s.end)]


def quoted_names(text: str, taken: list[Span], gaz: gz.Gazetteer, titles: list[Span]) -> list[Span]:
    """Quoted names of two to four words: next to a title (`titles`) any words that may be in a
    name («وو بانگ گوا» رئیس پارلمان); alone, only words that make a name by `valid_kinds`, or a
    word of a name's kind before such a name with a given name in it, the quotes its bounds («شیء جین
    پینگ»: a syllable hazm knows as a noun), unless a title's or a body's word («گروه X Y»). A
    place (helpers.extract.name_lexicon.places: «پنوم پن», CLDR's city) is quoted so too, no name,
    and so is the outlet a report is credited to («به گزارش «X Y»، …»: name_sources.credited_at)."""
    spans = []
    for m in QUOTED.finditer(text):
        group = m.lastindex or 0
        start = m.start(group)
        inner = [Word(start + w.start, start + w.end, w.text) for w in tokens(m.group(group))]
        titled = any(  # «"X Y" (Xxx Yyy) وزیر …»: the name's Latin spelling may stand between
            (m.end() <= t.start and (only_separators(gap := text[m.end() : t.start]) or LATIN_BEFORE.fullmatch(gap)))
            or (t.end <= m.start() and only_separators(text[t.end : m.start()]))
            for t in titles
        )
        kinds = [kind(w.text, gaz) for w in inner]
        if titled and None in kinds and {GIVEN, RARE, ARABIC} & set(kinds):  # «نهاد X» دبیرکل …
            kinds = [k or (COMMON if framed_word(w.text) else None) for w, k in zip(inner, kinds, strict=True)]
        if not 2 <= len(inner) <= 4 or None in kinds or any(s.start < m.end() and m.start() < s.end for s in taken):
            continue
        if gz.key(m.group(group)) in places():  # «پنوم پن», a city quoted like a name
            continue
        if credited_at(text, m.start()):  # «به گزارش «X Y»، …»: the outlet
            continue
        words = [w.text for w in inner]
        if (
            titled
            or valid_kinds(filial_kinds(words, [k for k in kinds if k]), loose=False)
            or (
                len(inner) > 2
                and gz.key(words[0]) not in gaz.title_words
                and GIVEN in kinds[1:]
                and valid_kinds(filial_kinds(words[1:], [k for k in kinds[1:] if k]), loose=False)
            )
        ):
            spans.append(Span(inner[0].start, inner[-1].end))
    return spans


def given_before_unknown(sentence: Scanned, taken: list[Span], gaz: gz.Gazetteer) -> list[Span]:
    """A given name written right before a word the lexicon lacks altogether (`unknown`) is a name
    wherever it stands, with no title or cue beside it («فریدون سینرلی‌اوغلو، هماهنگ‌کننده …»,
    «از دیدار ویکتور چرنومیردین»): the name runs from the given name as far as `name_span` allows."""
    text, spans = sentence.text, list[Span]()
    toks = tokens(text)
    for first, second in zip(toks, toks[1:], strict=False):
        if kind(first.text, gaz) != GIVEN:  # first: a cached look-up that turns down most words (P3)
            continue
        if any(s.start < second.end and first.start < s.end for s in taken + spans):
            continue
        if not only_separators(text[first.end : second.start], allow_comma=False) or not unknown(second.text, gaz):
            continue
        right = name_span(text, first.start, +1, taken + spans, gaz)
        left = name_span(text, second.end, -1, taken + spans, gaz)  # given names before it: «شاه حسین X»
        if right and right.start == first.start and right.end >= second.end:
            spans.append(Span(min(right.start, left.start if left else right.start), right.end))
    return spans


def unknown(word: str, gaz: gz.Gazetteer) -> bool:
    """Whether hazm's lexicon lacks `word` altogether: not in its word list (not even as a word of
    no count), no Persian word with an ending (`inflected`), and no place: a foreign name's word."""
    k = gz.key(word)
    return k not in lexicon().counts and k not in places() and kind(word, gaz) == RARE and not inflected(word)


CLAUSE_OPENS = re.compile(r"(?:^|[،,؛:.]|(?<!\w)و)[\s\u200c]*$")
"""What a clause opens after: the sentence start, a comma, «؛» or «و»."""
NISBA = tuple(gz.key(e) for e in ("یی", "ئی", "ی"))
"""The «ی» of relation a Persian surname makes of a given name («رضا» → «رضایی», «سلیم» → «سلیمی»)."""


def patronymic_before(text: str, edge: int, taken: list[Span], gaz: gz.Gazetteer) -> Span | None:
    """A Persian surname alone right before a title (at `edge`), opening a clause: a common word
    that is a given name with the «ی» of relation (NISBA: «و X‌ی استاندار …», «، X‌ی عضو گروه …»).
    A noun in «ی» («سخنرانی», «همکاری») is none, nor a word inside a title's phrase («معاون
    سیاسی وزیر»: no clause opens before it)."""
    word = next((w for w in reversed(tokens(text)) if w.end <= edge), None)
    if word is None or not only_separators(text[word.end : edge], allow_comma=False):
        return None
    if not patronymic(word.text, gaz):
        return None
    if any(s.start < word.end and word.start < s.end for s in taken) or not CLAUSE_OPENS.search(text, 0, word.start):
        return None
    return Span(word.start, word.end)


def patronymic(word: str, gaz: gz.Gazetteer) -> bool:
    """Whether `word` is a common word that is a given name with the «ی» of relation (NISBA: «رضایی»,
    «یوسفی»), a Persian surname; a noun with the indefinite «ی» («دیپلماتی») is none."""
    k = gz.key(word)
    stems = [k[: -len(e)] for e in NISBA if k.endswith(e) and len(k) - len(e) > 2]
    return kind(word, gaz) == COMMON and any(s in gaz.given_names for s in stems)
