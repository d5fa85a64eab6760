"""Where the clause of a document's verb begins and ends (helpers.extract.documents): clauses end at
commas, colons and earlier verbs; an agent or witness phrase and a subject set off by commas move
those bounds (a list of documents, helpers.extract.document_lists); documents named among those just
reported (among, named_among)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.contracts import Action
from helpers.extract import document_bounds as bounds
from helpers.extract import document_cues as cues
from helpers.extract import document_meetings as meetings
from helpers.extract import document_outside as outside
from helpers.extract import document_titles as titles
from helpers.extract.document_sameness import title_words
from helpers.extract.mentions import Scanned, Span
from helpers.text import gazetteer as gz


def clause_start(folded: str, end: int) -> int:
    """Where the clause ending at `end` begins (after the last comma, colon or earlier verb);
    a comma inside «…» belongs to a quoted title and breaks nothing (a verb in a quotation does)."""
    start = 0
    for m in cues.CLAUSE_BREAK.finditer(folded, 0, end):
        quoted = m.group() == "،" and folded.count("«", 0, m.start()) > folded.count("»", 0, m.start())
        if m.end() < end and not quoted:
            start = m.end()
    return start


def clause_of(folded: str, start: int, end: int) -> str:
    """The clause of the phrase at folded `start` … `end`: from clause_start to the next clause break
    after it (cues.CLAUSE_BREAK), where a time that dates it stands («… مورخ ۱ نوامبر ۲۰۱۷»)."""
    stop = cues.CLAUSE_BREAK.search(folded, end)
    return folded[clause_start(folded, start) : stop.end() if stop else None]


def verb_floor(folded: str, end: int) -> int:
    """Where the stretch before the verb at `end` begins when commas are ignored (after an earlier verb)."""
    return max((m.end() for m in cues.VERB_BREAK.finditer(folded, 0, end) if m.end() < end), default=0)


_PLAN = re.compile(r"(?<!\w)(?:قرار[\s\u200c]+(?:است|بود)|انتظار[\s\u200c]+می[\s\u200c]*رود)(?:[\s\u200c]+که)?(?!\w)")


def planned(folded: str, start: int) -> bool:
    """The document verb at `start` is the first after «قرار است (که)» or «انتظار می‌رود» («قرار است X از
    سوی ده کشور به امضا رسیده و …»): a plan, so even a participle's action is still to come."""
    plans = list(_PLAN.finditer(folded, 0, start))
    return bool(plans) and verb_floor(folded, start) <= plans[-1].end()


def adjunct_start(folded: str, end: int) -> int:
    """Where an agent or witness phrase (cues.ADJUNCT) between the document and the verb at `end`
    begins, else `end`; one before the document («در حضور خبرنگاران بیانیه‌ای را امضا کردند») is
    part of the setting, and the document follows it."""
    for m in cues.ADJUNCT.finditer(folded, verb_floor(folded, end), end):
        if not cues.HEAD_RE.search(folded, m.end(), end):
            return m.start()
    return end


def shared_subject(folded: str, lo: int, stop: int) -> tuple[int, int]:
    """The clause (start, end) of the verb at `stop` when nothing stands before it but an earlier verb
    and «و» («طرح الف با استقبال روبرو شد و به تصویب رسید»): the two verbs share the subject, which
    opens the earlier clause and ends before that verb and its noun («روبرو شد»); else (lo, stop)."""
    joined = re.search(rf"(?:^|[\s\u200c])(\S+)[\s\u200c]+{cues.FINITE}[\s\u200c]+و[\s\u200c]*$", folded[:stop])
    if joined is None or folded[lo:stop].strip() not in ("", "و"):
        return lo, stop
    return clause_start(folded, joined.start(1)), joined.start(1)


def set_off(folded: str, lo: int, stop: int) -> tuple[int, int]:
    """The clause (start, end) of a subject that commas set off from its verb («… بیانیه مشهد، فردا
    نهایی می‌شود», «بیانیه مشترک، پس از دو روز گفت‌وگو، امضا شد»), up to three commas back, when the
    verb's own clause, folded[lo:stop], holds no document word; the title ends at its comma, unless the verb's
    clause goes on with the nouns the title's name lists (_named_list: «منشور صلح، امنیت و ثبات …»). The commas
    of a list the verb's clause closes with «و» («… برای بهبود بهداشت، آموزش، آب و امنیت غذایی امضا شد») join
    its items (_LIST_ITEM: one to three words, no verb), one phrase however long: only the other commas count."""
    at, end, left = lo, stop, 3
    closed = bool(_AND.search(folded, lo, stop))
    while left:
        comma = folded.rfind("،", 0, at)
        if comma < 0 or folded[comma + 1 : at].strip():
            break
        item = at != lo and _LIST_ITEM.fullmatch(folded, at, end) and not cues.HAS_VERB.search(folded, at, end)
        left -= 0 if closed and item else 1
        at, end = clause_start(folded, comma), comma
        if cues.HEAD_RE.search(folded, at, end):
            return (at, stop) if _named_list(folded, comma, stop) else (at, end)
    return lo, stop


_WORD = r"[^\s\u200c،:؛.]+(?:\u200c[^\s\u200c،:؛.]+)*"
_ITEM = rf"{_WORD}(?:[\s\u200c]+{_WORD}){{0,2}}"
_LIST_ITEM = re.compile(rf"[\s\u200c]*{_ITEM}[\s\u200c]*")
"""One to three words between two commas: an item of a list (set_off)."""
_AND = re.compile(r"(?<!\w)و(?!\w)")
"""«و», which closes a list («الف، ب و ج»)."""
_NAMED_LIST = re.compile(
    rf"،[\s\u200c]*(?P<items>{_ITEM}(?:[\s\u200c]*،[\s\u200c]*{_ITEM})*)[\s\u200c]+و[\s\u200c]+{_WORD}"
)
"""Items of one to three words, each after a comma, then «و»: the nouns or states a document's name lists
(«معاهده دوستی، حسن همجواری و همکاری …», «منشور صلح، امنیت و ثبات …», «بیانیه مشترک الف، ب، ج و د …»)."""
_NOT_NAMED = re.compile(r"(?<!\w)(?:بدون|بی|طی|ضمن|هنگام|حین)(?!\w)")


def _named_list(folded: str, comma: int, stop: int) -> bool:
    """The clause after a subject's `comma` goes on with the nouns its name lists, closed by «و» (_NAMED_LIST),
    with no verb, preposition, setting or document word among them, and no clause of its own after an object
    mark: the comma is inside the title, not after it («بیانیه مشترک، پس از دو روز گفت‌وگو و بحث …» sets a
    time off; «قطعنامه، الف و ب را به گفتگو فراخواند و …» is a clause of the resolution)."""
    m = _NAMED_LIST.match(folded, comma, stop)
    if m is None or cues.HEAD_RE.search(folded, comma, stop):
        return False
    stops = (bounds.TITLE_STOP, bounds.SETTING, _NOT_NAMED)
    words = folded[m.start("items") : m.end()].replace("،", " ")  # the commas between items stop no title
    if any(r.search(words) for r in stops):
        return False
    marked = _OBJECT.search(folded, m.end(), stop)  # «… را امضا کردند»; not «… را به گفتگو فرا خواند و»
    return marked is None or not folded[marked.end() : stop].strip()


_OBJECT = re.compile(r"(?<!\w)را(?!\w)")


def among(sentence: Scanned, action: Action) -> list[dict]:
    """«در میان/از جمله این اسناد، الف و ب …», «… می‌توان به الف و ب اشاره کرد»: documents named among
    those just reported (cues.AMONG) take the action of the last row."""
    folded = sentence.folded
    m = cues.AMONG.search(folded) if cues.AMONG_WORDS.search(folded) else None
    if m is None:
        return []
    lo = cues.AMONG_LEAD.match(folded, m.end())
    start = lo.end() if lo else m.end()
    end = cues.AMONG_END.search(folded, start)
    spans = titles.title_spans(folded, sentence.origin, start, end.start() if end else len(folded.rstrip(" .")))
    return [{"span": sp, "action": action, "by": (None, None)} for sp in spans]


def named_among(sentence: Scanned, found: list[dict]) -> list[dict]:
    """The documents named after «که از آن جمله (می‌توان به) …» (cues.AMONG_THEM), with the action of
    the last row found before it in the sentence."""
    folded = sentence.folded
    m = cues.AMONG_THEM.search(folded) if found and cues.AMONG_WORDS.search(folded) else None
    before = [d for d in found if m and d["span"].end <= sentence.origin[m.start()]]
    if m is None or not before:
        return []
    lead = cues.AMONG_LEAD.match(folded, m.end())
    start = lead.end() if lead else m.end()
    end = cues.AMONG_END.search(folded, start)
    spans = titles.title_spans(folded, sentence.origin, start, end.start() if end else len(folded.rstrip(" .")))
    action = max(before, key=lambda d: d["span"].start)["action"]
    return [{"span": sp, "action": action, "by": (None, None)} for sp in spans]


def cited(sentence: Scanned) -> list[dict]:
    """A statement the sentence cites as the source of what it reports (meetings.CITED: «در بخش دیگری از
    این بیانیه، …»), unless a ministry, office or outside body is the clause's subject (its press
    statement): issued. documents.document_rows keeps it only where no sentence before names one."""
    folded = sentence.folded
    m = meetings.CITED.search(folded) if "بیانیه" in folded or "اعلامیه" in folded else None
    if m is None:
        return []
    lo = clause_start(folded, m.start())
    if outside.ISSUER.match(folded, lo, m.start()) or outside.OTHER_BODY.match(folded, lo, m.start()):
        return []
    span = Span(sentence.origin[m.start("noun")], sentence.origin[m.end("noun") - 1] + 1)
    return [{"span": span, "action": Action.ISSUED, "by": (None, None)}]


_PART = r"(?:(?:این|همین)[\s\u200c]+)?(?:بخشی|قسمتی|فرازی|بخش|قسمت|فراز)(?:[\s\u200c]+(?:دیگری|دیگر|پایانی|اول|نخست))?"
SOURCE = re.compile(
    rf"(?<!\w)در[\s\u200c]+(?:{_PART}[\s\u200c]+از[\s\u200c]+)?"
    rf"(?P<noun>{cues.SPEAKING})(?![\w\u200c]|[\s\u200c]*(?:ها|ای|یی)(?!\w))"
)
"""A statement or resolution the sentence quotes from («در بیانیه X …», «در بخش دیگری از قطعنامه X …»); not
one pointed at («در این بیانیه»: CITED), an indefinite one (cues.NOUN_FIRST) or one owned («بیانیه‌اش»)."""
STATED = re.compile(
    rf"(?:{cues.STANDS.pattern}|(?<!\w)(?:تاکید|تصریح|اشاره|اعلام|خاطرنشان|عنوان|گفته)[\s\u200c]*ن?(?:شده|گردیده))"
    r"(?![\s\u200c]*بود)"
)
"""What a quoted text says, as a stative or impersonal passive («… آمده است», «… تأکید/گفته شده است») or does
not say («در اعلامیه نشست گفته نشده است که …»: the text is there, silent on a point), not a pluperfect («آمده
بود»: an older text)."""
_SENTENCE_STOP = re.compile(r"[.؛:!؟]")


def sourced(sentence: Scanned, rows: list[dict], named: bool) -> list[dict]:
    """A statement or resolution named as the source of what the sentence reports (SOURCE, its clause
    closed by STATED: «در بیانیه منتشرشده در پایان نشست آمده است», «در اعلامیه رهبران X تأکید شده است»):
    the meeting's text, issued; not where the clause's subject or the title's chain is a ministry, office or
    outside body (outside.ISSUER, OTHER_BODY; documents.py's filters read the rest), nor
    one an earlier-dating word of its clause places before the meeting (cues.EARLIER, EARLIER_MEETING). Only
    while no statement or resolution is a row yet (`rows`, the article's so far): a later name of one
    reported is read by `renamed`, and «بیانیه»/«اعلامیه» name one text alike; a bare noun, only where no
    sentence before (`named`) names a statement it may point back to («وزارت خارجه در اعلامیه‌ای …» then «در
    اعلامیه آمده است»)."""
    folded = sentence.folded
    spoken = any(meetings.SPOKEN.match(gz.fold(r["title_fa"])) for r in rows)
    out = []
    for m in SOURCE.finditer(folded) if not spoken and any(w in folded for w in cues.SPEAKING_WORDS) else ():
        end = titles.title_end(folded, m.start("noun"))
        stop = _SENTENCE_STOP.search(folded, end)
        if not STATED.search(folded, end, stop.start() if stop else len(folded)):
            continue
        lo = clause_start(folded, m.start())
        if outside.ISSUER.match(folded, lo, m.start()) or outside.OTHER_BODY.match(folded, lo, m.start()):
            continue
        if outside.ISSUER.match(folded, m.end("noun"), end):
            continue  # «در بیانیه وزارت خارجه آمده است»: a ministry's or office's
        if cues.EARLIER.search(folded, lo, end) or cues.EARLIER_MEETING.match(folded, m.end("noun")):
            continue
        if named and end == m.end("noun"):
            continue
        span = Span(sentence.origin[m.start("noun")], sentence.origin[end - 1] + 1)
        out.append({"span": span, "action": Action.ISSUED, "by": (None, None), "nominal": True})
    return out


_HEADLINE_NAME = re.compile(r"[\s\u200c«]*(?P<noun>بیانیه|اعلامیه)(?![\w\u200c])")


def _headline_name(sentence: Scanned) -> str | None:
    """A headline or sub-heading (a line with no verb) that opens on a statement named by its chain («بیانیه الف، ب
    و ج درباره …»: by its authors): the statement the report tells issued, up to what it is about (cues.ABOUT_RE)."""
    folded = sentence.folded
    m = _HEADLINE_NAME.match(folded)
    if m is None or cues.HAS_VERB.search(folded) or folded.startswith(("های", "ها"), m.end()):
        return None
    about = cues.ABOUT_RE.search(folded, m.end())
    end = len(folded[: about.start() if about else None].rstrip(" \u200c.:،"))
    name = sentence.text[sentence.origin[m.start("noun")] : sentence.origin[end - 1] + 1]
    return name if len(title_words(name)) > 1 else None


_CITED_NAME = re.compile(
    rf"(?:(?<!\w)(?:در|طبق|بنابر)|(?P<about>{cues.ABOUT_RE.pattern}))[\s\u200c]+"
    r"(?P<noun>بیانیه|اعلامیه)(?:[\s\u200c]+\d{1,3}(?!\d))?"
)
"""A statement a preposition governs, quoted or cited («در/طبق بیانیه …») or talked about («درباره/در خصوص
بیانیه …»), with its meeting's number if any («بیانیه ۱۴۹ …»): where its name may follow."""
_SAYS = re.compile(rf"{cues.STANDS.pattern}|(?<!\w)(?:تصریح|تاکید)[\s\u200c]+(?:شده|کرده)")


def renamed(own: Sequence[Scanned], rows: list[dict], home: frozenset[str] = frozenset()) -> list[tuple[dict, str]]:
    """A statement reported bare or indefinite («در بیانیه‌ای تأکید کردند», «اعلامیه‌ای که تصویب شد») and
    named in another sentence, quoted there (_CITED_NAME, _SAYS: «در بیانیه سازمان X آمده است») or talked
    about («درباره بیانیه ۱۴۹ وزیران خارجه X گفت»), is one statement, named: (row, name) pairs. The name is
    the chain naming its meeting, organization or signers (titles.chain_end), not a body outside the
    meeting (outside.BODY_DOCUMENT) unless the article reports that body's meeting (`home`). A name never
    makes a row of its own."""
    bare = [r for r in rows if len(title_words(r["title_fa"])) == 1]
    for sentence in own if bare else ():
        folded, index = sentence.folded, sentence.origin
        headline = _headline_name(sentence)
        if headline and not any(title_words(r["title_fa"]) == title_words(headline) for r in rows):  # not a row's own
            same = [r for r in bare if title_words(r["title_fa"]) == title_words(headline)[:1]]
            return [(r, headline) for r in same[:1]]
        for m in _CITED_NAME.finditer(folded) if "بیانیه" in folded or "اعلامیه" in folded else ():
            end = titles.chain_end(folded, m.end()) or m.end()
            elsewhere = outside.BODY_DOCUMENT.match(folded, m.start("noun"), end)  # «بیانیه پارلمان اروپا»
            cited = m["about"] or _SAYS.search(folded, end, end + 40)  # a basis («طبق بیانیه X،») may be older
            if end > m.end() and cited and not (elsewhere and outside.body_key(elsewhere["body"]) not in home):
                name = sentence.text[index[m.start("noun")] : index[end - 1] + 1]
                row = sentence.row
                same = [
                    r
                    for r in bare
                    if title_words(r["title_fa"]) == title_words(name)[:1]
                    and (r["section"], r["paragraph"], r["sentence"]) != (row.section, row.paragraph, row.sentence)
                ]
                return [(r, name) for r in same[:1]]
    return []
