"""What is no document of this meeting (helpers.extract.documents): generic or press-statement
phrases, another body's documents, a signing denied or refused, one dated before the meeting, and a
bare «این X» that names one already named."""

from __future__ import annotations

import re
from bisect import bisect_left

from helpers.extract import document_clauses as clauses
from helpers.extract import document_cues as cues
from helpers.extract import document_meetings as meetings
from helpers.extract import document_outside as outside
from helpers.extract import document_titles as titles
from helpers.extract.mentions import Scanned, Span
from helpers.text import gazetteer as gz


def unnamed(sentence: Scanned, span: Span, home: frozenset[str] = frozenset()) -> bool:
    """No document of the meeting: a generic phrase (cues.GENERIC), an indefinite document (titles.indefinite) in
    a question (_QUESTION), a numbered resolution (outside.NUMBERED) outside a report of the Security
    Council's or General Assembly's meeting, a document of another body (outside.OTHER_BODY, the
    clause's subject, or outside.BODY_DOCUMENT, named in the title's chain) than those whose meeting
    the article reports (`home`, outside.home_bodies) or an indefinite, not joint «بیانیه‌ای» that a
    ministry or office issues (outside.PRESS; outside.ISSUER its clause's subject, or outside.BY_ISSUER
    its agent; outside.ISSUED_BY, named or not, by a participle): its press statement, as is one a single
    person gives (outside.one_speaker); a bilateral document (_BILATERAL, or _TWO_SIDES or two states,
    outside.two_states, its clause's agent); a document cited as a basis (outside.cited), a press statement
    put out with no tie to a meeting or announcing it (outside.press_release), the unnamed documents of a later
    meeting (cues.LATER_MEETING), one its own adjective places before this meeting (_EARLIER_OWN), a kind named
    by likeness («چنین طرحی», _SUCH_BEFORE) and a draft (_A_DRAFT) of no document noun."""
    title = gz.fold(sentence.text[span.start : span.end])
    pos = bisect_left(sentence.origin, span.start)
    if _holds_text(sentence, span) or outside.cited(sentence, span) or outside.press_release(sentence, span):
        return True
    if cues.LATER_MEETING.search(title) and not cues.DRAFT_START.match(title):
        return True  # «اسناد نهایی اجلاس آتی»: the next meeting's, unnamed
    if _EARLIER_OWN.search(title):
        return True  # «اسناد نیمه‌تمام گذشته», «قطعنامه‌های پیشین»: of before this meeting
    if _SUCH_BEFORE.search(sentence.folded, 0, bisect_left(sentence.origin, span.start)):
        return True  # «ایران با چنین طرحی موافقت کرده است»: a kind of document, not one
    draft = _A_DRAFT.match(title)
    if draft and not cues.HEAD_RE.match(title, draft.end()):
        return True  # «پیش‌نویس دستور کار …», a bare «پیش‌نویس»: a draft of no document
    if cues.BARE_HEAD.fullmatch(title) and _OBJECT_BEFORE.search(
        sentence.folded, 0, bisect_left(sentence.origin, span.start)
    ):
        return True  # «… را طرح و …», «… را طرح کردند»: the verb's own noun after its object
    if cues.GENERIC.fullmatch(title):
        return True
    if _QUESTION.search(sentence.folded) and titles.indefinite(sentence.folded, pos):
        return True  # «آیا سندی در این باره تصویب خواهد شد؟»: asked about, none acted on
    if outside.NUMBERED.fullmatch(title):  # «قطعنامه ۲۲۳۱»: the Council's or the Assembly's
        return not home & outside.RESOLVING
    lo = clauses.clause_start(sentence.folded, pos)
    two = bool(_BILATERAL.search(title) or _TWO_SIDES.search(sentence.folded, lo, pos))  # «طرفین … امضا کنند»
    two = two or outside.two_states(sentence, span, lo)  # «روسای جمهور الف و ب … امضا کردند»
    if two and not (
        meetings.POINTED.search(sentence.folded, lo, pos) or meetings.THIS_BODY.search(sentence.folded, lo, pos)
    ):
        return True
    body = outside.OTHER_BODY.match(sentence.folded, lo, pos) or outside.BODY_DOCUMENT.match(title)
    if body and outside.body_key(body["body"]) not in home:  # `home`: the bodies whose meeting it is
        return True
    press = outside.PRESS.match(title) and not cues.FINAL.regex.match(title)  # «بیانیه‌ای درباره …», not «… مشترک»
    issuer = outside.ISSUER.match(sentence.folded, lo, pos)
    issuer = issuer or outside.BY_ISSUER.match(sentence.folded, bisect_left(sentence.origin, span.end))
    if outside.ISSUED_BY.match(sentence.folded, pos):
        return True  # «بیانیه منتشره از وزارت امور خارجه …»: the ministry's
    return bool(press) and bool(issuer) or outside.one_speaker(sentence, span, clauses.verb_floor(sentence.folded, pos))


_QUESTION = re.compile(r"(?<!\w)ایا(?!\w)|؟")
"""A question («آیا …؟»): an indefinite document in it is asked about, not one the meeting acted on."""
_EARLIER_OWN = re.compile(r"(?<!\w)(?<!هفته )(?<!ماه )(?<!سال )(?<!روز )(?<!دهه )(?:قبلی|پیشین|گذشته|سابق)(?!\w)")
"""The document's own adjective of an earlier time in its title («اسناد نیمه‌تمام گذشته», «قطعنامه‌های قبلی»,
«توافق‌نامه سابق»): a document of before this meeting, only referred to, as one «سال گذشته» dates in its clause
(cues.EARLIER); after a time word («طرح هفته گذشته») the time dates the act, not the document."""
_SUCH_BEFORE = re.compile(r"(?<!\w)(?:چنین|چنان|این[\s\u200c]*گونه|همچو)[\s\u200c]*$")
"""«چنین/چنان/این‌گونه» right before a document word: such a document, a kind named by likeness, not one of this
meeting; «این X» points at one named before, «چنین X» at none."""
_OBJECT_BEFORE = re.compile(r"(?<!\w)را[\s\u200c]+$")
"""The object mark right before a bare document word: an object and its «را» stand before the verb,
so the word is the nominal part of a compound verb («بحث‌ها را طرح و …», «موضوع را طرح کردند»)."""
_TWO_SIDES = re.compile(r"(?<!\w)طرفین(?!\w)")
"""«طرفین», the two sides, as the subject of a document's clause («طرفین تفاهم‌نامه‌هایی … امضا کردند»): a
bilateral document, as _BILATERAL in its title («وزیران دو کشور …» may be two members at the meeting)."""
_BILATERAL = re.compile(r"(?<!\w)(?:(?:میان|بین)[\s\u200c]+دو[\s\u200c]+(?:کشور|دولت)|دو[\s\u200c]*جانبه)(?!\w)")
"""A document between two states («اسناد همکاری میان دو کشور», «توافق‌نامه دوجانبه») is of a visit on
the meeting's side, not of the multilateral meeting; one «میان دو طرف» may be the organization's with a
state (a trade agreement) and stays, and so does one the clause places in this meeting («در این نشست …»:
document_meetings.POINTED; the meeting may itself be of two states)."""


def _holds_text(sentence: Scanned, span: Span) -> bool:
    """«الف که در سند دوم آمده است تصویب شد»: the document is where something else stands
    (cues.RELATIVE_IN_BEFORE … cues.STANDS)."""
    pos, end = bisect_left(sentence.origin, span.start), bisect_left(sentence.origin, span.end)
    folded = sentence.folded
    after = end + len(folded[end:]) - len(folded[end:].lstrip())
    return bool(cues.RELATIVE_IN_BEFORE.search(folded, 0, pos)) and bool(cues.STANDS.match(folded, after))


def undone(folded: str, noun: int, end: int, year: int | None) -> bool:
    """The action noun at `noun` is denied («بدون/عدم امضای X»), only called needed or important
    (cues.NEEDED_BEFORE: «بر لزوم تدوین X تأکید کرد»), refused («از امضای X خودداری کرد»),
    argued for or against (outside.ADVOCATE in its clause: «از حامیان امضای X بود») or dated before the
    meeting in its clause («پس از تصویب X در اجلاس Y در سپتامبر ۱۹۹۹، …», «۱۱ سال پس از امضای X»: outside.SINCE;
    words of an earlier time, cues.EARLIER, as for a verb's document: «پیرو … سال گذشته و تصویب X»; before it
    opened, cues.BEFORE_OPENING): background."""
    refused = cues.FROM_BEFORE.search(folded, 0, noun) and cues.REFUSED.match(folded, end)
    lo = clauses.clause_start(folded, noun)
    clause = clauses.clause_of(folded, noun, end)
    opened = cues.BEFORE_OPENING.search(clause)  # «امضای X پیش از آغاز نشست»
    background = outside.ADVOCATE.search(folded, lo, noun) or dated_before(clause, year) or opened
    background = background or cues.EARLIER.search(clause)  # «پیرو … سال گذشته و تصویب X»
    since = outside.SINCE.search(folded, lo, noun)  # «۱۱ سال پس از امضای X»
    needed = cues.NEEDED_BEFORE.search(folded, 0, noun)  # «بر لزوم تدوین X», «اهمیت امضای X»: a topic
    return bool(cues.UNDONE_BEFORE.search(folded, 0, noun) or refused or background or since or needed)


def article_years(text: str) -> list[int]:
    """The years (outside.YEAR) in folded text, Gregorian (a Jalali year read as its later Gregorian one)."""
    return [int(y) + 622 if y < "1500" else int(y) for y in outside.YEAR.findall(text)]


def dated_before(clause: str, year: int | None) -> bool:
    """Every year that dates the clause (outside.DATED) lies before the year preceding the article's: a
    document of an earlier meeting. A year in a title («چشم‌انداز ۲۰۲۵»), a date reaching the
    article's time or last year (a December summit reported in January) is not."""
    years = article_years(" ".join(outside.DATED.findall(clause)))
    return year is not None and bool(years) and max(years) < year - 1


def refers_back(sentence: Scanned, span: Span) -> bool:
    """«این توافق به امضا رسید», «این دو بیانیه تصویب شد»: a bare document word, or a bare count, after
    «این/آن» names documents already named; not after a preposition («پیش از آن/طی آن پنج سند …»)."""
    title = gz.fold(sentence.text[span.start : span.end])
    before = gz.fold(sentence.text[max(0, span.start - 12) : span.start])
    if cues.COUNTED_RE.fullmatch(title):
        return bool(cues.THIS_BEFORE.search(before)) and not _GOVERNED_THIS.search(before)
    return bool(cues.BARE_HEAD.fullmatch(title)) and bool(cues.THIS_BEFORE.search(before))


def acted_again(sentence: Scanned, span: Span) -> bool:
    """«این قطعنامه … به تأیید رسید»: a bare document word after «این/آن» (refers_back), itself the verb's
    subject or object, is the document named before acted on once more (documents._acted_again), where the
    action may be a new one; not a count («این دو سند»), nor one a preposition governs («در این بیانیه … توافق
    شد»: where the text stands, not what is acted on)."""
    title = gz.fold(sentence.text[span.start : span.end])
    before = gz.fold(sentence.text[max(0, span.start - 12) : span.start])
    return refers_back(sentence, span) and not cues.COUNTED_RE.fullmatch(title) and not _GOVERNED_THIS.search(before)


_GOVERNED_THIS = re.compile(rf"{meetings.GOVERNING}[\s\u200c]+(?:این|ان)[\s\u200c]*$")


_A_DRAFT = re.compile(rf"(?:{cues.DRAFT_START.pattern})(?:\s+|$)")
"""A draft, singular («پیش‌نویس/مسوده»), is a draft of something: a document only when a document noun (or a
count of one) follows it («پیش‌نویس قطعنامه …»); of an agenda or a meeting's work («پیش‌نویس دستور کار …»), or
alone, it names none. Plural drafts («مسوده‌های …») are texts of their own."""


_FAILED = re.compile(
    r"(?<!\w)(?:ناکام|شکست[\s\u200c]+(?:خورد|انجامید)|با[\s\u200c]+شکست|غیر[\s\u200c]*ممکن|ناممکن|به[\s\u200c]+نتیجه[\s\u200c]+نرسید)"
)
"""A predicate of failure («… ناکام ماند», «… غیرممکن شد», «با شکست روبرو شد», «به نتیجه نرسید»)."""


def failed(sentence: Scanned, span: Span) -> bool:
    """The document's own clause ends in failure (_FAILED with no finite verb between: «دستیابی به سند
    نهایی … غیرممکن شد», «کنفرانس در تصویب سند نهایی ناکام ماند»): the meeting did not reach it, no row."""
    folded = sentence.folded
    pos = bisect_left(sentence.origin, span.start)  # a title read over its verb («سند نهایی ناکام ماند»)
    fail = (
        _FAILED.search(folded, pos)
        if "ناکام" in folded or "شکست" in folded or "ممکن" in folded or "نتیجه" in folded
        else None
    )
    return fail is not None and not cues.HAS_VERB.search(folded, pos, fail.start())
