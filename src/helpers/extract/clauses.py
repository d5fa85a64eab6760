"""Who a sentence's verb is said of: subjects and objects, items of one list, relative clauses,
reported speech, and a pronoun or title standing for the last sentence's subject (subject_pronoun).
helpers.extract.status binds its cues with these; they read the sentence's own text and gazetteer
mentions, nothing else."""

from __future__ import annotations

import re
from bisect import bisect_left

from helpers.extract.cues import ATTEND_NOUNS, CHAIR_TITLE, SAYING
from helpers.extract.honorifics import trailing
from helpers.extract.mentions import WORD, Scanned, Span, find_cues, only_separators, words
from helpers.extract.people import Found
from helpers.extract.presence import TO_MEET
from helpers.extract.verb_forms import did
from helpers.text import gazetteer as gz

RELATIVE = re.compile(r"(?<!\w)که(?!\w)")
"""A relative clause: a word of another time inside it («X که سال گذشته …») is not the main clause's."""

CLAUSE_END = re.compile(
    r"(?<!\w)(?:یافت|داشت|کرد|شد|بود|گرفت|رسید|نمود)(?:ند|ه(?![\s\u200c]+و(?!\w)))?(?:[\s\u200c]+(?:است|اند))?[\s\u200c]*(?:و|،)(?!\w)"
    r"|(?<!\w)(?:است|هستند|هست)[\s\u200c]*(?:و|،)(?!\w)"
)
"""A finished verb closing its clause before «و» or a comma («حضور یافت و قرار است …», «… هستند و …»):
future wording after it is said of what follows, not of the presence before it. A bare participle before
«و» is not finished: it takes the tense of the verb that ends the sentence («در نشستی شرکت کرده و سخنرانی
خواهد کرد»: will take part)."""

PREPOSITIONS = {"با", "از", "به", "در", "برای", "علیه", "میان", "بین", "تا", "درباره", "نزد"}

SAYS = f"(?:{SAYING}|{did('تایید کرد', 'نوشت', 'خبر داد')})".replace(" ", gz.SEP_RE)
"""A verb of saying, simple or perfect («گفت», «گفته بود», «اعلام کرده است», «بیان داشت»; cues.SAYING),
folded; not the noun «گفت‌وگو» (talks)."""
SAYS_RE = re.compile(rf"(?<!\w){SAYS}(?!\w)")
COLON = r"(?:(?<!\d)[:：]|[:：](?!\d))"
"""A colon that opens quoted words, not one between the digits of a clock time («ساعت ۱۰:۰۰»)."""
COLON_RE = re.compile(COLON)
REPORTING = re.compile(
    rf"{COLON}|(?<!\w){SAYS}(?!\w)|(?<!\w)(?:کرد|شد|داد|داشت|ساخت|نمود|است|نوشت)ه?[\s\u200c]+که(?!\w)"
)
"""Words after which the sentence reports what someone said (of themselves or of others): a colon
(COLON), a verb of saying, or «که» after a verb («تأکید کرد که …»); «که» after a noun opens a relative
clause («در حاشیه نشستی که در ریاض برگزار شد، با X دیدار کرد»)."""


PLURAL = re.compile(r"(?<!\w)(?:ن?خواهند|اند|هستند|\w*(?:تند|دند|رند|بند|زند|نند|هاند))(?!\w)")
"""A plural verb («کردند», «دارند», «خواهند», «نخواهند», «کرده‌اند»); the singular «کند», «خواند» are
not."""

BY = re.compile(r"(?:سوی|طرف|توسط)[\s\u200c«]*$")
"""The agent of a passive verb is named after these («از سوی X»)."""

OBJECT_MARKERS = {
    gz.key(w)
    for w in ("دعوت", "بدرقه", "توسط", "سوی", "تماس", "استقبال", "پیام", "پیشنهاد", "نمایندگی", "نیابت", "جانب", "دفتر")
}
"""Words that make the person after them an object of someone else's action (invited by, seen off
by, welcomed by, a message of, on behalf of: «به نمایندگی/نیابت از X», the office of): the verbs of
the sentence are not said of them. («با همتای خود X دیدار کرد» is not one: who meets someone there,
meets them there.)"""
HEADS = {
    gz.key(w)
    for w in (
        *("مواضع", "موضع", "دیدگاه", "نظرات", "قرائت"),  # positions held, words read out by another
        *("فرزند", "پسر", "دختر", "همسر", "برادر", "خواهر", "پدر", "مادر"),  # kin
        *("سالگرد", "تولد", "درگذشت", "یادبود", "بزرگداشت"),  # an anniversary
    )
}
"""Head nouns whose possessor after them («مواضع X», «قرائت بیانیه X», «فرزند X», «سالگرد تولد X») only
belongs to the head's phrase: what the clause's verb tells is the head's or the subject's, not X's. Not a
speech noun («سخنان/اظهارات X که … سخنران … بود»: X spoke), nor a government («دولت X اعلام کرد»: X's own)."""
KE = gz.key("که")
OFFICE_HEAD = gz.key("رئیس")
"""«رئیس دفتر X»: the head of an office, a title; who is named after it holds it, no object."""
CALL = re.compile(r"(?<!\w)(?:تماس|تلفنی|(?:گفتگوی|گفت[\s\u200c]*و[\s\u200c]*گوی|مکالمه) ویدئویی)(?!\w)[^.؛]{0,40}$")
"""A call («در تماس تلفنی با همتای چینی خود X»): the person called is not where the caller is; a
video meeting («در نشست ویدئویی سران، X گفت») is no call."""

LEAD = re.compile(r"[\s\u200c:«]*(?:که[\s\u200c]+)?")
"""What may open the reported words: a colon, a quote mark, «که»."""
OTHERS = re.compile(r"(?:نماینده|نمایندگان|هی[یا]ت|هییت|وفد|مقامات|مسیولان|طالبان|گروه)(?!\w)")
"""Subjects of reported words that are not the speaker («X گفت نماینده … حضور نخواهد داشت»), folded."""
QUOTED_FROM = re.compile(
    r"(?:نقل[\s\u200c]+از|(?<!\w)به[\s\u200c]*(?:گفته|نوشته)|(?<!\w)از[\s\u200c]+قول)[\s\u200c«،]*$"
)
"""«به نقل از X», «به گفته X», «از قول X»: X is the source quoted, not the subject."""


NAME_GOES_ON = re.compile(r"[\s\u200c«»\"]*(?:(?:بن|ابن|بنت|آل)[\s\u200c]+)?")
"""Between two finds that are one phrase: nothing but spaces, or a particle of an Arabic name («X بن
Y»): the second is the first's name or title going on (a title found apart, «… پادشاه عربستان»)."""
OF_PRESENCE = re.compile(
    rf"(?<!\w)(?:{ATTEND_NOUNS}|غیبت|غیاب)"
    r"(?:[\s\u200c«»\"]+(?!(?:که|را|و)(?!\w))(?![^\s\u200c]*(?:کرد|شد|داشت|بود|یافت|نمود|گفت))[^\s\u200c.؛،:]+){0,6}"
    r"[\s\u200c«»\"،]*$"
)
"""A presence or absence noun and its holder right before a phrase («حضور [نماینده روسیه] در این نشست»,
«غیبت [X] در …», «حضور دکتر [X] در …», a group «حضور هیئت‌هایی از مجالس کشورهای اسلامی در …»), folded,
the holder's name and titles blanked: up to six words of the holder, none a verb or a clause's joint."""
THAT = r"(?<!از )(?<!\w)این[\s\u200c]?که(?!\w)"
"""«اینکه» opening what is said or referred to («با بیان اینکه», «با اشاره به اینکه»), folded; not the time
of «پس از اینکه», «قبل از اینکه»."""
THAT_RE = re.compile(THAT)
COMPLEMENT = re.compile(rf"{THAT}[^،.؛:]*$")
"""An open «اینکه» clause before a phrase («با بیان اینکه در … اجلاس …»), folded: what is said, not where."""


def of_a_presence(sentence: Scanned, found: list[Found], pos: int) -> bool:
    """Whether the «در …» at `pos` is the place of a presence or absence noun whose holder is named
    right before it («X درباره حضور هیئت Y در اجلاس توضیحی نداد», «از شرکت X در نشست استقبال کرد»,
    «با اشاره به غیبت X در نشست گفت»): a noun phrase about someone's presence, not where the sentence's
    subject spoke."""
    lo = max(0, pos - 60)
    chars = list(without_titles(sentence.text, lo, pos, sentence.mentions))
    for f in (f for f in found if lo <= f.span.start and f.span.end <= pos):
        chars[f.span.start - lo : f.span.end - lo] = [" "] * (f.span.end - f.span.start)
    return OF_PRESENCE.search(gz.fold("".join(chars))) is not None


def in_closed_complement(sentence: Scanned, pos: int, end: int) -> bool:
    """Whether the «در …» at `pos` stands in an «اینکه» clause that closes with its own verb before
    `end` («X با بیان اینکه در این اجلاس ۵۰۰ مهمان شرکت کردند، اظهار داشت …»): the place of what
    the clause tells, not of the speech whose verb comes after it."""
    at = bisect_left(sentence.origin, pos)
    closed = CLAUSE_END.search(sentence.text, pos, end) is not None
    return closed and COMPLEMENT.search(sentence.folded, max(0, at - 40), at) is not None


def is_object(sentence: Scanned, f: Found, found: list[Found], memo: dict[Span, bool] | None = None) -> bool:
    """Whether one of the three words before `f` (after anyone named before) makes them an object
    (OBJECT_MARKERS): «به دعوت X», «پیام تبریک محترم X», «به نقل از X», unless it governs a state named before
    `f` («به نمایندگی از ازبکستان X»: `_state_governed`); a call «در تماس تلفنی با
    همتای خود X»; or `f` is listed after such an object («با بدرقه X معاون اول و Y …»).

    The answer depends only on `f`'s span, so `memo` (one per sentence and `found`) keeps it for
    the other questions asked of the sentence (P3: extract 3.5 -> 3.0 ms per article)."""
    if memo is None:
        memo = {}
    if f.span not in memo:
        memo[f.span] = _is_object(sentence, f, found, memo)
    return memo[f.span]


def _is_object(sentence: Scanned, f: Found, found: list[Found], memo: dict[Span, bool]) -> bool:
    text, pos = sentence.text, f.span.start
    before = [g for g in found if g.span.end <= pos]
    lo = max([pos - 50] + [g.span.end for g in before])  # the marker is said after anyone before `f`
    start = max(0, lo - 20)
    said = [(start + e, gz.key(w)) for _, e, w in words(text[start:pos])]
    keys = [w for _, w in said]
    if KE in keys:  # «این دفتر افزوده که X …»: a marker before «که» is of the clause before it, not X's
        said = said[len(keys) - keys[::-1].index(KE) :]
        keys = [w for _, w in said]
    if any(
        (w in OBJECT_MARKERS or w in HEADS)
        and keys[i - 1 : i] != [OFFICE_HEAD]
        and not _state_governed(sentence, end, pos)
        for i, (end, w) in enumerate(said)
        if i >= len(said) - 3
    ):
        return True
    if _quoted_from(sentence, f) or CALL.search(text[max(0, lo) : pos]):
        return True
    if TO_MEET.search(gz.fold(text[max(0, lo - 100) : pos])):
        return True  # «به منظور دیدار با X»: the one a trip is meant to meet (helpers.extract.presence)
    if before and NAME_GOES_ON.fullmatch(text, before[-1].span.end, pos):
        return is_object(sentence, before[-1], found, memo)  # the object's name or title goes on
    return (
        bool(before)
        and _same_object_list(sentence, before[-1], f, found)
        and is_object(sentence, before[-1], found, memo)
    )


def _state_governed(sentence: Scanned, lo: int, hi: int) -> bool:
    """Whether the object marker ending at `lo` governs a state or organization named before `hi` with no
    title between («از جانب افغانستان X», «به نمایندگی از ازبکستان، X»): the state is the marker's object,
    and the person after it the subject; a title makes the state its complement («پیام رئیس‌جمهور روسیه X»)."""
    inside = [m for m in sentence.mentions if lo <= m.start and m.end <= hi]
    return any(m.kind in ("country", "org") for m in inside) and not any(m.kind == "role" for m in inside)


def _quoted_from(sentence: Scanned, f: Found) -> bool:
    """Whether `f` is the source quoted (QUOTED_FROM), their title phrase and honorifics between
    («به گفته آقای X», «به نقل از سخنگوی وزارت خارجه، X»)."""
    own = f.meta.get("role_span")
    pos = own.start if own and own.end <= f.span.start else f.span.start
    lo = max(0, pos - 80)
    said = without_titles(sentence.text, lo, pos, sentence.mentions)
    toks = words(said)
    n = trailing([w for _, _, w in toks])
    end = toks[-n][0] if n else len(said)
    return QUOTED_FROM.search(said[max(0, end - 20) : end]) is not None


def _same_object_list(sentence: Scanned, g: Found, f: Found, found: list[Found]) -> bool:
    """Whether `f` continues a list after `g` («با بدرقه X و Y», «X، Y و Z»); a comma alone ends a
    phrase («به دعوت X، Y در اجلاس شرکت کرد») unless a «و» item follows `f`."""
    if not listed_after(sentence, g, f):
        return False
    if "و" in [w for _, _, w in words(sentence.text[g.span.end : f.span.start])]:
        return True
    after = [h for h in found if h.span.start >= f.span.end]
    return bool(after) and _same_object_list(sentence, f, after[0], found)


def listed_after(sentence: Scanned, g: Found, f: Found) -> bool:
    """Whether `f` is the next item of a list after `g`: only «و» or a comma, titles and at most
    three other words (a title the gazetteer lacks, an honorific) lie between them."""
    between = without_titles(sentence.text, g.span.end, f.span.start, sentence.mentions)
    said = [w for _, _, w in words(between)]
    joined = "و" in said or "،" in between
    return joined and len(said) - said.count("و") <= 3 and not REPORTING.search(between)


def reported(sentence: Scanned, f: Found, pos: int, plural: bool, found: list[Found]) -> bool:
    """Whether the cue is said, in reported words, of someone else: another person named between `f`
    and the cue, after a reporting verb or colon («X تایید کرد: Y … شرکت خواهد کرد») or with a
    relative clause of their own that holds the cue; anything after a colon (the cues are
    third-person verbs, so a quote's are not the speaker's: «X گفت: افغانستان نیز حضور دارد»); a
    plural verb after `f`'s reporting verb or «اینکه» when `f` is named alone («X گفت هیئتی … سفر خواهند
    کرد», «X با بیان اینکه ۵۰۰ مهمان … شرکت کردند، …»);
    a title named with nobody after the reporting verb («X گفته بود که رئیس‌جمهور … شرکت می‌کند»)."""
    said = sentence.folded[bisect_left(sentence.origin, f.span.end) : bisect_left(sentence.origin, pos)]
    if COLON_RE.search(said) or (
        plural and (REPORTING.search(said) or THAT_RE.search(said)) and not has_partner(sentence, f, found, pos)
    ):
        return True
    if _title_after_saying(sentence, f, pos, found):
        return True
    for g in found:
        if g.meta.get("role_only") and only_phrase_between(sentence.text, f.span.end, g.span.start, sentence.mentions):
            continue  # a title inside `f`'s own («X معاون [نماینده ملی ایران] که …»): no other subject
        if g is not f and f.span.end <= g.span.start < pos:
            between = sentence.folded[
                bisect_left(sentence.origin, f.span.end) : bisect_left(sentence.origin, g.span.start)
            ]
            if REPORTING.search(between):
                return True
            if in_relative_clause(sentence, g, pos) and not same_list(sentence, f, g, found):
                return True
    return False


def has_partner(sentence: Scanned, f: Found, found: list[Found], pos: int) -> bool:
    """Whether someone is listed with `f` («X و Y …») before `pos`: a plural verb can be theirs."""
    after = [g for g in found if f.span.end <= g.span.start < pos]
    before = [g for g in found if g.span.end <= f.span.start]
    return bool(after and listed_after(sentence, f, after[0])) or bool(before and listed_after(sentence, before[-1], f))


def same_list(sentence: Scanned, f: Found, g: Found, found: list[Found]) -> bool:
    """Whether `f` … `g` are items of one list («X، Y و Z»)."""
    chain = [h for h in found if f.span.start <= h.span.start <= g.span.start]
    return all(listed_after(sentence, a, b) for a, b in zip(chain, chain[1:], strict=False))


def list_of(sentence: Scanned, f: Found, found: list[Found]) -> list[Found]:
    """The items of the list `f` belongs to, in order («با X، Y و Z»: a preposition before X governs Y and
    Z), or `f` alone. Items here are joined by «و» or a comma and their titles only, no other word (a verb
    between, «با X دیدار کرد و Y …», starts a clause of Y's)."""
    items = [f]
    for g in reversed([g for g in found if g.span.end <= f.span.start]):
        if not _joined(sentence, g, items[0]):
            break
        items.insert(0, g)
    for g in (g for g in found if g.span.start >= f.span.end):
        if not _joined(sentence, items[-1], g):
            break
        items.append(g)
    return items


def _joined(sentence: Scanned, g: Found, f: Found) -> bool:
    between = without_titles(sentence.text, g.span.end, f.span.start, sentence.mentions)
    return listed_after(sentence, g, f) and all(w == "و" for _, _, w in words(between))


def in_relative_clause(sentence: Scanned, g: Found, pos: int) -> bool:
    """Whether `pos` lies in a relative clause of `g`'s: «که» right after their name and title, not yet
    closed by a comma («X با Y، دبیرکل …، که … وارد تهران شد، دیدار کرد»: the arrival is Y's)."""
    clause = RELATIVE.search(sentence.text, g.span.end, pos)
    if clause is None or "،" in sentence.text[clause.end() : pos]:
        return False
    return len(words(without_titles(sentence.text, g.span.end, clause.start(), sentence.mentions))) <= 3


def first_subject_end(sentence: Scanned, found: list[Found], memo: dict[Span, bool]) -> int:
    """Where the first person not an object ends (or past the sentence when there is none): a verb
    cue after it is said of them, not of a person after the cue («X در نوبت خود از Y … تشکر کرد»)."""
    return min((g.span.end for g in found if not is_object(sentence, g, found, memo)), default=len(sentence.text) + 1)


def only_phrase_between(text: str, lo: int, hi: int, mentions: list[gz.Mention]) -> bool:
    """Only separators, commas, role/state words and honorifics («دکتر», «جناب», «آقای») lie between a
    cue and the person it governs («به ریاست دکتر X», «در ضیافت شام جناب آقای X»)."""
    if hi < lo:
        return False
    between = without_titles(text, lo, hi, mentions)
    said = [w for _, _, w in words(between)]
    if trailing(said) < len(said):
        return False
    return only_separators(WORD.sub("", between))


def without_titles(text: str, lo: int, hi: int, mentions: list[gz.Mention]) -> str:
    """text[lo:hi] with the role, state and organization words in it blanked out."""
    chars = list(text[lo:hi])
    for m in mentions:
        if m.kind in ("role", "country", "org") and lo <= m.start and m.end <= hi:
            chars[m.start - lo : m.end - lo] = [" "] * (m.end - m.start)
    return "".join(chars)


def after_preposition(text: str, pos: int) -> bool:
    prev = words(text[:pos])
    return bool(prev) and gz.key(prev[-1][2]) in PREPOSITIONS and only_separators(text[prev[-1][1] : pos], False)


APPOSED = re.compile(r"[\s\u200c]*[،,]?[\s\u200c]*")
"""What may stand between a state and a title in apposition to it («از مصر، میزبان این نشست»): a comma
at most. Such a title is the state's, not that of the person named before the state."""


def agent(sentence: Scanned, found: list[Found]) -> Found | None:
    """The last of `found` named as a passive verb's agent («از سوی X», «توسط X», an honorific between:
    «توسط محترم X», «از سوی جناب X»)."""
    by = [f for f in found if BY.search(_before_honorifics(sentence.text, f.span.start))]
    return by[-1] if by else None


def _before_honorifics(text: str, pos: int) -> str:
    """text before `pos` up to the honorifics right before it (helpers.extract.honorifics)."""
    said = words(text[max(0, pos - 40) : pos])
    said = said[: len(said) - trailing([w for _, _, w in said])]
    return text[max(0, pos - 40) : max(0, pos - 40) + said[-1][1]] if said else ""


def _title_after_saying(sentence: Scanned, f: Found, pos: int, found: list[Found]) -> bool:
    """Whether a title held by nobody named («رئیس‌جمهور») is the subject of what `f` is reported
    to have said: it follows `f`'s verb of saying and comes before the cue at `pos`, and is not
    `f`'s own title (a spokesman writing of «the spokesman» in the third person means himself; the
    plural of it is a group he speaks of: «وزیر خارجه X گفت وزرای خارجه … دیدار خواهند کرد»); or
    what they said opens with a group, an envoy (OTHERS) or a state as its subject."""
    lo = bisect_left(sentence.origin, f.span.end)
    verb = SAYS_RE.search(sentence.folded, lo, bisect_left(sentence.origin, pos))
    if verb is None:
        return False
    lead = LEAD.match(sentence.folded, verb.end())
    end = lead.end() if lead else verb.end()
    if OTHERS.match(sentence.folded, end):
        return True
    if end < len(sentence.origin) and any(
        m.kind == "country" and m.start == sentence.origin[end] for m in sentence.mentions
    ):
        return True  # «X گفت افغانستان … شرکت نمی‌کند»: the state is the subject
    start = sentence.origin[verb.end() - 1] + 1
    held = [g.meta["role_span"] for g in found if "role_span" in g.meta]
    own = {f.role.id if f.role else None, f.person.role_id if f.person else None}
    return any(
        m.kind == "role"
        and start <= m.start < pos
        and (m.entry.plural or m.entry.id not in own)
        and not any(h.start <= m.start < h.end for h in held)
        for m in sentence.mentions
    )


OPENING = r"^[\s«\"']*(?:(?:همچنین|سپس|در ادامه|در پایان|اما|ولی)[\s،,]*)?"
"""What may come before a sentence's subject: quote marks, «همچنین», «سپس», «اما» …"""
OPENS = re.compile(OPENING + "$")
PRONOUN = re.compile(
    OPENING + r"(?P<pronoun>وی|او|ایشان|نامبرده|موصوف"
    r"|(?P<plural>انان|انها|ان[\s\u200c]ها|طرفین|هر[\s\u200c]دو|(?:این[\s\u200c])?دو[\s\u200c]"
    r"(?:رهبر|طرف|مقام|وزیر|ریی?س[\s\u200c]?جمهور|نخست[\s\u200c]?وزیر)))(?!\w)"
)
"""A sentence opening with «وی», «او», «ایشان» or «نامبرده» (Dari «موصوف») as its subject: it speaks of
the person the sentence before was about (helpers.extract.attendees takes that sentence's first person);
a plural one («آنان», «طرفین», «دو رهبر», «این دو وزیر») of them and the people listed with them."""


def subject_pronoun(sentence: Scanned, found: list[Found], subject: Found) -> Found | None:
    """A stand-in for the pronoun that opens the sentence as its subject («وی در این نشست سخنرانی
    کرد»), or, in a sentence that names nobody, for a title that opens it: the chair's («رئیس اجلاس
    … گفت») or the one `subject`, the last sentence's subject, holds («معاون اول رئیس‌جمهور همچنین
    … گفت» after «عارف …»); to be given the status the sentence's cues say of it; None without one."""
    m = PRONOUN.match(sentence.folded)
    if m is not None:
        span = Span(sentence.origin[m.start("pronoun")], sentence.origin[m.end("pronoun") - 1] + 1)
        return Found(span, "", meta={"pronoun": True, "plural": m.group("plural") is not None})
    if found:
        return None
    held = {subject.role.id if subject.role else None, subject.person.role_id if subject.person else None}
    titles = [
        Span(m.start, m.end)
        for m in sentence.mentions
        if m.kind == "role" and m.entry.id in held and not m.entry.plural  # «رؤسای جمهور …» is collective
    ]
    for title in find_cues(CHAIR_TITLE, sentence) + titles:
        if OPENS.match(sentence.folded[: bisect_left(sentence.origin, title.start)]):
            return Found(title, "", meta={"pronoun": True})
    return None
