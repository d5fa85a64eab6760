"""What places a document outside this meeting (helpers.extract.document_filters): another body that
adopts or issues it, a ministry's or office's press statement or one announcing the meeting, a time
before the meeting that dates it, someone arguing for or against it, or a preposition of basis that
cites it as the ground of something else. Patterns are folded, as in helpers.extract.document_cues."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from helpers.contracts import Action, Section
from helpers.dates.words import AFGHAN_MONTHS, GREGORIAN_MONTHS, JALALI_MONTHS
from helpers.extract.cues import THIS_MEETING
from helpers.extract.document_cues import (
    BASIS,
    CLAUSE_BREAK,
    DRAFT_START,
    ENDING,
    FINAL,
    HEADS,
    LATER_MEETING,
    LEAD,
    NUMBER,
    OFFER,
    PARTS,
    STEMS,
)
from helpers.extract.document_meetings import THIS_BODY
from helpers.extract.meeting_nouns import MEETING
from helpers.extract.meeting_place import PARTICIPANTS
from helpers.extract.mentions import Scanned, Span, cue_regex
from helpers.text import gazetteer as gz
from helpers.text.gazetteer import fold

ADVOCATE = cue_regex("حامی|حامیان|طرفدار|طرفداران|مدافع|مدافعان|هوادار|هواداران|مخالف|مخالفان|منتقد|منتقدان")
"""A backer or opponent («او از حامیان … امضای پیمان X بود») in an action noun's clause: the document is
what someone argued for or against, not what the meeting did."""
PRESS = cue_regex("(?:بیانیه|اطلاعیه|اعلامیه) ?(?:ای|یی)")
SUBJECT = r"\s*(?:\S+\s+){0,2}?"
"""Up to two words (a time: «روز سه‌شنبه») before a clause's subject."""
ISSUER = re.compile(
    SUBJECT
    + cue_regex(
        "وزارت|وزارتخانه|سخنگو|سخنگوی|دفتر|سفارت|کنسولگری|کاخ|حزب|اداره|ستاد|ارتش|طالبان|نمایند(?:ه )?گی"
    ).pattern
)
"""An indefinite «بیانیه‌ای» (PRESS; not a joint or final one) that a ministry, spokesman, office,
embassy, mission (Dari «نمایندهگی») or party (ISSUER, the clause's subject) issues is its press statement
(«وزارت خارجه با صدور بیانیه‌ای، سفر … را اعلام کرد»), not an outcome of the meeting; the leaders' or the
host state's stays."""
BY_ISSUER = re.compile(r"[\s\u200c]*که[\s\u200c]+(?:از[\s\u200c]+(?:سوی|طرف)|توسط)" + ISSUER.pattern)
"""The same issuer as the agent of the statement's own relative clause («بیانیه‌ای که از سوی کاخ سفید صادر
شد»): its press statement too."""
ISSUED_BY = re.compile(
    r"(?:بیانیه|اطلاعیه|اعلامیه)[^\s\u200c]*[\s\u200c]+(?:منتشره|صادره|(?:منتشر|صادر)[\s\u200c]*شده)[\s\u200c]+"
    r"(?:از(?:[\s\u200c]+(?:سوی|طرف))?|توسط)" + ISSUER.pattern
)
"""A statement its participle ties to such an issuer («بیانیه منتشره از وزارت امور خارجه …», «اطلاعیه صادره از
سوی دفتر …»): that issuer's press statement, named or not."""
_REPORTED = re.compile(r"[\s\u200c]*به[\s\u200c]+گزارش[^،:؛]{0,60}[،:؛]")
"""A report's source before its sentence («به گزارش …،»): no subject."""
_BEFORE_SUBJECT = re.compile(
    r"[\s\u200c]*(?:(?:[^\s\u200c،]+[\s\u200c]+){0,2}|(?:[^\s\u200c،]+[\s\u200c]+){0,3}[^\s\u200c،]+[\s\u200c]*،[\s\u200c]*)"
)
"""What may stand before a subject's title: up to two words of time («روز دوشنبه»), or a name set off by a
comma before the title in apposition («X، دبیرکل …»)."""
OUTSIDE = "شورای امنیت(?! (?:جمعی|ملی))|شورای حکام|پارلمان|مجلس شورای|کنگره|اتحادیه اروپا|کمیسیون اروپا|ناتو"
BODY_RE = cue_regex(f"(?:(?:شورای امنیت|مجمع عمومی|دبیر ?کل) )?(?:سازمان ملل|ملل متحد)|{OUTSIDE}")
OTHER_BODY = re.compile(SUBJECT + f"(?P<body>{BODY_RE.pattern})")
"""A body outside the meeting (BODY_RE: the UN and its Security Council, General Assembly or
Secretary-General; OUTSIDE: the IAEA Board of Governors, a parliament, the EU, NATO) as the subject of
the clause: what it adopts or issues is its own («شورای امنیت سازمان ملل قطعنامه‌ای … صادر کرد»),
unless the article is about that body's meeting (home_bodies)."""
BODY_DOCUMENT = cue_regex(
    rf"(?:{HEADS}){ENDING}(?: (?!(?:میان|بین|مابین|با|و|برای)(?!\w))[^\s\u200c]+){{0,2}}? (?P<body>{OUTSIDE})"
)
"""A document whose ezafe chain names a body outside the meeting (OUTSIDE: «سند شورای امنیت», «قطعنامه
جدید پارلمان اروپا»): that body's, not this meeting's, whoever asks for it; not the UN General
Assembly's, which may be the meeting itself, nor a document between the meeting and such a body
(«تفاهم‌نامه همکاری میان سازمان و ناتو»), nor one of the body whose meeting the article reports
(home_bodies: «بیانیه پایانی نشست ناتو» in a report of a NATO summit)."""
NUMBERED = cue_regex(r"قطع نامه ?(?:ی )?(?:شماره )?\d+(?! ?(?:{PARTS}))(?!\d).*".replace("{PARTS}", PARTS))
"""A numbered resolution («قطعنامه ۲۲۳۱ شورای امنیت», «قطعنامه‌ی ۲۷۲۷»; not «قطعنامه ۱۳ بندی», PARTS): the
Security Council's or the General Assembly's (RESOLVING), a row only in a report of their meeting."""
NUMBERED_NAME = re.compile(
    r"قطع[\s\u200c]*نامه[\s\u200c]*(?:ی[\s\u200c]+)?(?:شماره[\s\u200c]+)?\d+(?!\d)"
    rf"(?![\s\u200c]*(?:{PARTS}))(?:[\s\u200c]*\([\s\u200c]*\d{{4}}[\s\u200c]*\))?"
)
"""A numbered resolution's name is its number, with the year in brackets after it («قطعنامه ۲۷۲۷ (۲۰۲۴)»):
the title ends there (helpers.extract.document_titles)."""
_UN_TAIL = re.compile(r"[\s\u200c]*(?:سازمان[\s\u200c]*ملل(?:[\s\u200c]*متحد)?|ملل[\s\u200c]*متحد)$")
_MEMBERS = (
    r"(?:[\s\u200c]+(?:سران|رهبران|وزیران|وزرای|روسای|رییسان|نمایندگان|اعضای)"
    r"(?:[\s\u200c]+(?:امور|خارجه|دفاع|کشورهای|کشور[\s\u200c]*های|دولت[\s\u200c]*های|عضو))*)?"
)
"""Those who meet, between a meeting noun and its body («نشست سران ناتو», «اجلاس وزیران امور خارجه کشورهای عضو
سازمان …»): the meeting is still that body's."""
HOME_AT = re.compile(
    rf"(?:^|[؛:][\s\u200c]*|(?<!\w)(?:{MEETING})(?:[\s\u200c]*(?:ی|ای))?{_MEMBERS}[\s\u200c]+"
    rf"|(?<!\w)(?:از[\s\u200c]+سوی|توسط)[\s\u200c]+)(?P<body>{BODY_RE.pattern})"
)
"""Where a sentence names the body that meets or acts: opening it (or after an attribution's «؛/:»),
after a meeting noun and those who meet (_MEMBERS), as agent."""
_AND_BODY = re.compile(rf"[\s\u200c]+و[\s\u200c]+(?P<body>{BODY_RE.pattern})")
RESOLVING = frozenset({"شورایامنیت", "مجمععمومی"})
"""Keys (body_key) of the bodies that number their resolutions."""


YEAR = re.compile(r"(?<!\d)(?:1[34]\d\d|19\d\d|20\d\d)(?!\d)")
"""A year (Jalali 13xx/14xx, Gregorian 19xx/20xx)."""
MONTH = "|".join(sorted({fold(w) for w in [*GREGORIAN_MONTHS, *JALALI_MONTHS, *AFGHAN_MONTHS]}, key=len, reverse=True))
DATED = re.compile(
    rf"(?:(?<!\w)(?:سال|در|{MEETING}|{MONTH})|(?<!\d)\d{{1,2}}[\s\u200c]+[^\s\u200c\d]+)[\s\u200c]+({YEAR.pattern})"
)
"""A year that dates something («در سال ۲۰۱۷», «در ۲۰۱۷», «۲۱ دسامبر ۱۹۹۱», «در سپتامبر ۱۹۹۹», a month
(MONTH: Gregorian, Jalali, Afghan) before it, «اجلاس ۲۰۲۲»), not one inside a title
(«چشم‌انداز ۲۰۲۵»): in a document's clause, before the article's year, it places the document at an
earlier meeting («بیانیه تأسیس … در ۲۱ دسامبر ۱۹۹۱ امضا شد»)."""
CITED = re.compile(rf"{BASIS}{LEAD.pattern}$")
"""A preposition of basis right before a document («بر اساس/طبق/به موجب/در چارچوب/در اجرای X», «بر
اساس مفاد X»): the document is cited as the ground of what the clause reports, which it is not the
object of («طبق کنوانسیون الف، نشست ب برگزار شد»)."""
SINCE = re.compile(
    cue_regex(rf"(?:{NUMBER}|یک|چند|چندین) (?:سال|ماه|دهه|هفته|روز) (?:پس|بعد) از").pattern + r"[\s\u200c]*$"
)
"""A span of time after an action noun («۱۱ سال پس از امضای X», «چند ماه بعد از تصویب X»): the clause
counts from a signing before the meeting."""
ANNOUNCES = cue_regex(
    rf"(?:{MEETING})(?: ?(?:ی|ای)(?!\w))?(?! (?:بعدی|اینده|اتی|بعد|دیگر)(?!\w))"
    rf" (?:(?!{MEETING})[^.؛]){{0,120}}?برگزار (?:می|خواهد|خواهند)"
)
_ONE = r"(?:[\s\u200c]+یک)?"
"""«یک» before the document noun: «در یک بیانیه» is «در بیانیه‌ای»."""
MEDIUM = re.compile(rf"(?<!\w)(?:در|طی|ضمن){_ONE}[\s\u200c]*$")
ISSUING = re.compile(rf"(?<!\w)(?:با|طی)[\s\u200c]+(?:انتشار|صدور){_ONE}[\s\u200c]*$")
DESCRIBES = cue_regex(
    rf"(?:[^.؛\s]+ ){{0,2}}?(?:اعلام|گفت|گفته|افزود)(?: (?:کرد|کردند|کرده|است|که))* (?:این|همین) (?:{MEETING})(?!\w)"
)
"""A press statement put out (ISSUING: «با انتشار/صدور بیانیه‌ای», or MEDIUM) whose words, right after
their speech verb, speak of this meeting as their subject («… اعلام کرد این نشست نخستین … است»): a
statement about the meeting from outside it, not one the meeting issued."""
TIED = cue_regex(
    rf"(?:{MEETING}|{PARTICIPANTS}|وزیران|وزرای|سران|رهبران|روسای|رییسان|اعضا|اعضای|ریی?س (?:دوره ای|چرخشی))(?!\w)"
)
"""What ties a statement put out (MEDIUM, ISSUING) to a meeting, anywhere in its sentence: a meeting noun, those
taking part or signers in the plural (the leaders, ministers or members who speak through it), or the rotating
chair who speaks for them."""
_NO_SUBJECT = cue_regex(
    r"(?:(?:(?:روز|صبح|عصر|شب|شامگاه|بامداد) [^\s،]+|امروز|دیروز|امشب|همچنین|سپس|همزمان|نیز),? )?", end=""
)
"""Nothing but a time or a connective («روز سه‌شنبه», «همچنین») before «در بیانیه‌ای»: the speaker is left
unsaid, the one of the sentence before (in a report of a meeting, the meeting or those at it)."""
RELATIVE = re.compile(r"(?<!\w)که(?!\w)")
"""A press statement as the medium of what is said («سازمان در/طی بیانیه‌ای اعلام کرد که نشستی … برگزار
می‌کند/خواهد شد», MEDIUM before it) whose words say a meeting will be held, not the next one (ANNOUNCES):
issued before the meeting, to announce it, not at it; a statement issued at a meeting that names
the next one («با صدور بیانیه‌ای … نشست بعدی در مسکو برگزار می‌شود») stays."""


def cited(sentence: Scanned, span: Span) -> bool:
    """The document at `span` is cited (CITED), not acted on; not a final or joint statement, which is
    the meeting's own outcome wherever it is cited («بر اساس بیانیه پایانی، …»)."""
    pos = bisect_left(sentence.origin, span.start)
    folded = sentence.folded
    return bool(CITED.search(folded, max(0, pos - 40), pos)) and not FINAL.regex.match(folded, pos)


def one_speaker(sentence: Scanned, span: Span, floor: int) -> bool:
    """An indefinite «بیانیه‌ای» (PRESS) whose clause's subject (after the verb before it, at `floor`,
    folded, else at the sentence's start; after a source, _REPORTED, and _BEFORE_SUBJECT) is one person,
    named or by a singular title («مشاور رئیس‌جمهور در بیانیه‌ای …», «X، دبیرکل …، با انتشار
    بیانیه‌ای …»): that person's press statement, not the meeting's. Leaders in the plural
    («سران/وزیران … در بیانیه‌ای»), a state, an organization or the meeting stay."""
    pos = bisect_left(sentence.origin, span.start)
    if not PRESS.fullmatch(sentence.folded, pos, bisect_left(sentence.origin, span.end)):
        return False
    for start in (floor, 0):
        start = reported.end() if (reported := _REPORTED.match(sentence.folded, start, pos)) else start
        after = (m for m in sentence.mentions if sentence.origin[start] <= m.start < span.start)
        first = min(after, key=lambda m: m.start, default=None)
        if first and _BEFORE_SUBJECT.fullmatch(sentence.folded, start, bisect_left(sentence.origin, first.start)):
            return first.kind == "person" or (first.kind == "role" and not first.entry.plural)
    return False


def two_states(sentence: Scanned, span: Span, lo: int) -> bool:
    """Two states, and no other, named in the clause before the document (from folded `lo`) and joined
    by «و», with their leaders' or ministers' title before them or none: its agent («روسای جمهور روسیه و
    تاجیکستان … ۱۵ سند امضا کردند», «ایران و ترکمنستان تفاهم‌نامه‌ای امضا کردند»), a bilateral document, as
    one «طرفین» sign; not two states a preposition governs («با ایران و روسیه», «میان الف و ب»), nor a
    statement they speak through (MEDIUM: «ایران و روسیه در بیانیه‌ای … تأکید کردند», members at the
    meeting), a draft or any document they put forward to the meeting (the dev-set README: a delegation's papers
    put to it are proposed by it; cues.OFFER before the clause's verb: «فرانسه و آلمان طرحی را … ارائه کرده‌اند»)
    or a document whose title names an organization («یادداشت تفاهم سازمان …»: the two sign it with that body)."""
    a, b, pos = sentence.origin[lo], span.start, bisect_left(sentence.origin, span.start)
    spoken = MEDIUM.search(sentence.folded, max(0, pos - 12), pos)  # «الف و ب در بیانیه‌ای تأکید کردند»
    verb = CLAUSE_BREAK.search(sentence.folded, pos)
    if (
        spoken
        or DRAFT_START.match(sentence.folded, pos)
        or OFFER.search(sentence.folded, pos, verb.end() if verb else len(sentence.folded))
        or any(m.kind == "org" and b <= m.start < span.end for m in sentence.mentions)
    ):
        return False
    states = [m for m in sentence.mentions if a <= m.start < b and m.kind == "country"]
    if len(states) != 2 or not _AND.fullmatch(sentence.text, states[0].end, states[1].start):
        return False
    lead = states[0].start
    title = [
        m for m in sentence.mentions if m.kind == "role" and m.end <= lead and not sentence.text[m.end : lead].strip()
    ]
    lead = title[0].start if title else lead
    listed = any(m.kind == "country" and _LISTED.fullmatch(sentence.text, m.end, lead) for m in sentence.mentions)
    return not listed and not _GOVERNED_STATE.search(gz.fold(sentence.text[max(0, lead - 20) : lead]))


_AND = re.compile(r"[\s\u200c]+و[\s\u200c]+")
_LISTED = re.compile(r"[\s\u200c]*[،,و][\s\u200c]*")
"""A state right before the two, set off by a comma or «و»: they end a longer list («وزرای خارجه الف، ب و ج»;
the clause starts after the comma)."""
_GOVERNED_STATE = re.compile(r"(?<!\w)(?:با|به|از|میان|بین|مابین|و|در|برای|علیه)[\s\u200c]*$")
"""A preposition before the two states: they are not the clause's agent."""


def press_release(sentence: Scanned, span: Span) -> bool:
    """An indefinite «بیانیه‌ای» (PRESS) in which (MEDIUM) or by putting out which (ISSUING) something is
    said, whose words announce the meeting (ANNOUNCES after it) or speak of it (DESCRIBES), or whose speaker
    is not the meeting's (_spoken_for_meeting) and no relative clause of its own tells what was done with it
    («در اعلامیه‌ای که … تصویب شد»): a press statement, not the meeting's outcome."""
    pos, end = bisect_left(sentence.origin, span.start), bisect_left(sentence.origin, span.end)
    folded = sentence.folded
    put = MEDIUM.search(folded, max(0, pos - 12), pos) or ISSUING.search(folded, max(0, pos - 20), pos)
    if not (put and PRESS.fullmatch(folded, pos, end)):
        return False
    after = end + len(folded[end:]) - len(folded[end:].lstrip())
    if ANNOUNCES.search(folded, end) or DESCRIBES.match(folded, after):
        return True
    return not RELATIVE.match(folded, after) and not _spoken_for_meeting(sentence, span, put.start())


def _spoken_for_meeting(sentence: Scanned, span: Span, put: int) -> bool:
    """Who speaks through a statement put out (folded `put`: «در/طی/با صدور …») may be the meeting: the
    sentence names a meeting, those at it or its chair (TIED), or points at the body («این گروه در بیانیه‌ای
    …»: THIS_BODY); the speaker is left unsaid (_NO_SUBJECT after a source, _REPORTED); or several states or
    people speak jointly («ایران و روسیه در بیانیه‌ای …»). A body, group or agency named alone («گروه X در
    بیانیه‌ای …», «سازمان X ایران با صدور بیانیه‌ای …») speaks for itself: its press statement."""
    folded = sentence.folded
    if TIED.search(folded) or THIS_BODY.search(folded, 0, put):
        return True
    start = reported.end() if (reported := _REPORTED.match(folded, 0, put)) else 0
    if _NO_SUBJECT.fullmatch(folded, start + len(folded[start:put]) - len(folded[start:put].lstrip()), put):
        return True
    joint = [m for m in sentence.mentions if m.kind in ("country", "person") and m.end <= span.start]
    return any(_LISTED.fullmatch(sentence.text, a.end, b.start) for a, b in zip(joint, joint[1:], strict=False))


def body_key(name: str) -> str:
    """One key per body however the text names it: «شورای امنیت سازمان ملل متحد» and «شورای امنیت» →
    the Security Council's; «سازمان ملل» and «ملل متحد» alone → the UN's."""
    return gz.key(_UN_TAIL.sub("", name.strip()) or "ملل")


def home_bodies(own: Sequence[Scanned]) -> frozenset[str]:
    """The bodies (BODY_RE, as body_key) whose meeting the article reports (a Security Council session,
    a NATO summit): those the headline or the first other sentence names where it opens the sentence
    (its subject: «شورای امنیت … قطعنامه‌ای را تصویب کرد», «اتحادیه اروپا و ناتو …», «به گزارش …؛ مجمع
    عمومی …»), after a meeting noun («نشست شورای امنیت») or as agent («از سوی/توسط مجمع عمومی»;
    HOME_AT). Their documents and their acts as subject are the meeting's, not another body's; a body
    the text only cites or asks («… به عنوان سند شورای امنیت منتشر شود») is none."""
    lead = [s.folded for s in own if s.row.section == Section.HEADLINE]
    # the first sentence of the text, not a photo's caption above it («عکس: آرشیف»)
    lead += [s.folded for s in own if s.row.section not in (Section.HEADLINE, Section.CAPTION)][:1]
    found = [(text, m) for text in lead for m in HOME_AT.finditer(text)]
    named = [m["body"] for _, m in found]
    named += [joined["body"] for text, m in found if (joined := _AND_BODY.match(text, m.end()))]
    return frozenset(body_key(name) for name in named) - {body_key("دبیرکل")}  # an office, not a meeting


def medium(sentence: Scanned, span: Span, verb: int) -> bool:
    """A document after «در/طی/ضمن» (MEDIUM) is where what the verb at `verb` (folded) reports stands
    («در بیانیه پایانی … پیشنهاد شد»), not what it acts on, unless a relative «که» between makes the
    verb its own («در قطعنامه‌ای که تصویب شد، …»)."""
    pos, end = bisect_left(sentence.origin, span.start), bisect_left(sentence.origin, span.end)
    folded = sentence.folded
    return bool(MEDIUM.search(folded, max(0, pos - 12), pos)) and not RELATIVE.search(folded, end, verb)


EMBEDDING = cue_regex(f"(?:از|برای)(?: (?:{'|'.join(STEMS.values())}|صدور|انتشار)(?: ?ی)?)?", r"[\s\u200c]*$")
"""«از» or «برای», with an action noun or none («برای تصویب», «از»), right before a document: a complement of the
noun before it («دستور خروج از X»), not a phrase of its own; not a topic's «درباره/در مورد», which an adjunct of
talks opens as well («با بحث در مورد X زمینه را فراهم کنند»)."""
OBJECT_MARK = re.compile(r"(?<!\w)را(?!\w)")
_OBJECT_GAP = re.compile(r"[.؛:،]|(?<!\w)که(?!\w)")


def in_object(folded: str, pos: int, end: int, verb: int) -> bool:
    """A document (or the action noun before it) at folded[pos:end] that a preposition governs (EMBEDDING), with
    «را» between it and the verb at `verb`, in its clause, lies inside the verb's object, the complement of
    another noun («فهرست کشورهای رأی‌دهنده برای تصویب X را منتشر کرد», «دستور خروج از X را صادر کرد»): the
    verb acts on that noun, not on the document, and the action noun names a topic, not an act."""
    if not EMBEDDING.search(folded, max(0, pos - 20), pos):
        return False
    mark = OBJECT_MARK.search(folded, end, verb)
    return mark is not None and not _OBJECT_GAP.search(folded, end, mark.start())


def meeting_times(own: Sequence[Scanned], times: Sequence[str]) -> list[str]:
    """The report's time at each sentence (helpers.extract.report_time.report_times: the last sentence
    that told it sets it), where a sentence naming the next meeting (LATER_MEETING: «در بیانیه پایانی
    اعلام شد که نشست بعدی … برگزار خواهد شد») sets none: the future it tells is that meeting's."""
    out, now, last = [], "", ""
    for sentence, time in zip(own, times, strict=True):
        if time != last and not LATER_MEETING.search(sentence.folded):
            now = time
        last = time
        out.append(now)
    return out


TO_COME = frozenset(("future", "today"))
"""Report times (helpers.extract.report_time.report_times) of a sentence read before the meeting is told
begun: still to come, or held today with nothing of it done yet."""


def in_report_time(found: list[dict], sentence: Scanned, times: tuple[str, str]) -> list[dict]:
    """The documents of a sentence read while the meeting is still to come (`times`, the report's time
    before the sentence and at it, both in TO_COME: a time the sentence sets itself, «… پیشنهاد شد که
    کمیته‌ای تشکیل شود», may be another gathering's; one it ends, «… امروز برگزار شد», is this one's): one named
    with no finite verb (`nominal`: «بررسی و تصویب X» on an agenda, a bare «بیانیه پایانی») is what the
    meeting is to adopt: proposed; one a finite verb tells done («شورا … قطعنامه‌ای را تصویب کرد», «در
    بیانیه‌ای اعلام کرد») belongs to an earlier occasion, no row of this meeting, unless the sentence points
    at this meeting («در پایان این نشست بیانیه‌ای صادر شد»: it tells of it)."""
    if not TO_COME.issuperset(times):
        return found
    here = THIS_MEETING.may_occur(sentence.folded) and bool(THIS_MEETING.regex.search(sentence.folded))
    return [
        d | {"action": Action.PROPOSED} if d.get("nominal") else d
        for d in found
        if here or d["action"] is Action.PROPOSED or d.get("nominal")
    ]
