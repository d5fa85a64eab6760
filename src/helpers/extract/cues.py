"""The status cues: what a report says that puts a person at the meeting, away from it, or on the
way to it. Phrases are in folded spelling (helpers.extract.mentions.Cue: a space matches a space, a
ZWNJ or nothing, as scraped text often lost its ZWNJ). Verbs are written once with `did`, `does` and
`will` (helpers.extract.verb_forms), which spell out the simple, plural and perfect past, the present and
the future, so a cue holds in every tense the rule means it for; helpers.extract.status binds them to people."""

from __future__ import annotations

import re
from typing import NamedTuple

from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue as Kind
from helpers.extract import verb_classes
from helpers.extract.meeting_nouns import ASSEMBLY, MEETING, SITTING
from helpers.extract.meeting_place import (
    AT_IT,
    AT_THE_MEETING,
    DURING,
    IN_IT,
    NOT_EARLIER,
    NOT_ELSEWHERE,
    NOT_LATER,
    ORDINAL,
    PARTICIPANTS,
    SPACED_WORD,
)
from helpers.extract.mentions import Cue, cue
from helpers.extract.verb_forms import did, does, will

DELEGATION = "(?:هییت|هیات|وفد)(?:ی| های?)?"
"""A delegation («هیئت», «هیأت», Arabic «وفد»), folded: who leads one is not chairing the meeting."""
LEADING = "(?:ریاست|رهبری|سرپرستی)"
"""Leading a delegation («به ریاست», «رهبری», «سرپرستی»), folded: one copy for the cues that name it."""
BORNE = f"(?:بر |به )?(?:عهده|دوش) (?:{did('داشت')}|دار(?:د|ند))"
"""Borne by the one named before it («… را X بر عهده داشت», «… به دوش دارد»), folded: a leading or a
representing taken on."""


BECAME = did(*verb_classes.BECOME)
"""The passive or becoming in the past («برگزار شد», «افتتاح گردیده است», «وارد شدند»)."""
BECOMES = does(*verb_classes.BECOME_NOW)
"""The passive or becoming in the present («راهی می‌شود», «اعزام می‌گردند»)."""


FIRST_PERSON = re.compile(r"(?<!\w)(?:خواهم|خواهیم)(?!\w)|[دت](?:یم|م)$|(?<!\w)می[\s\u200c]?\w+?(?:یم|م)$")
"""A cue whose verb is in the first person («شرکت خواهم کرد», «دیدار کردیم», «شرکت می‌کنم»), folded: the
speaker says it of themselves, even in their quoted words."""


TO_PLACE = "به[\\s\\u200c]+(?!(?:شمار|کار|نظر|دست)(?!\\w))[^.؛]{1,40}?"
"""Where someone goes («به آستانه»), not an idiom with «رفتن» («به شمار می‌رود», «به کار رفت»)."""
REACH = (
    "به (?!(?:تصویب|امضا|پایان|اتمام|توافق|نتیجه|ثبت|قتل|حداقل|اوج|سر|مرحله|هدف|ریاست|قدرت|اجرا|دست|نظر"
    "|عمل|حساب|شمار|وجود|میان|چشم|صدا|یاد|کار|پیش|دنیا|میدان|صحنه|زبان|ذهن|خاطر"
    "|عضویت|سازمان|بحث|جزییات|بازار|فاز|دوره|حوزه|جنگ)(?!\\w))"
    "[^\\s.؛،]+(?: [^\\s.؛،]+)? "
)
"""«به» and a place of one or two words before «رسید» (reached: «به مسکو رسید»), not an idiom of
«رسیدن» («به تصویب رسید», «به پایان رسید», «به ریاست رسید»)."""
ATTEND = ("داشت", "یافت", "جست", "ورزید", "کرد", "نمود")
"""Past stems that make «حضور / شرکت / اشتراک» a verb of taking part."""
ATTEND_NOW = ("کن", "یاب", "ورز", "نمای", "دار")
"""Their present stems («می‌کند», «می‌یابد», «می‌ورزد», «دارد»)."""
ATTEND_NOUNS = "(?:حضور|شرکت|اشتراک)"
"""The nouns of taking part («حضور», «شرکت», Dari «اشتراک»), folded: ATTEND's light verbs make them verbs
(«حضور یافت», «شرکت کرد»); one copy for every cue that names them."""
FUTURE_VERB = will("کرد", "داشت", "یافت", "ورزید", "جست", "نمود", "پرداخت", "رفت", "بود", "داد")
TALK_NOUNS = "دیدار|ملاقات|گفتگو|گفت و گو|صحبت|مذاکره|رایزنی|تبادل نظر"
"""Nouns of talks between people («دیدار», «گفت‌وگو», «رایزنی», «تبادل نظر»), singular: one copy for PRESENCE
(being at talks is being at the meeting) and TALKS (which adds the plurals)."""
PRESENCE = f"(?:شرکت|حضور|اشتراک|سخنرانی|{TALK_NOUNS}|ریاست|میزبانی|سفر|قرایت|نمایندگی)"
"""Nouns of being at a meeting: a plan («قرار است») is a planned presence only with one of them."""
NEGATED = " (?:پیدا )?ن(?!ما|مو)"
NOT_THERE = f"{PRESENCE}{NEGATED}"
"""A presence noun with a negated verb («حضور نخواهد یافت», «شرکت نمی‌کند»; not «شرکت نماید»): a plan
word before it is no planned presence, nor for a presence noun after it."""
PLAN = (
    "قرار (?:بر این )?(?:است|شده|شده است)|انتظار می رود|پیش بینی می شود|احتمال (?:دارد|می رود)"
    "|برنامه ریزی شده|(?:تصمیم|قصد|برنامه) دار(?:د|ند)|در نظر دار(?:د|ند)"
)
"""Words of a plan («قرار است», «انتظار می‌رود», «پیش‌بینی می‌شود»): pre-event wording."""
MEETING_WORD = cue(f"{MEETING}|دور(?: \\w+)? (?:مذاکرات|گفتگو های?|گفت و گو های?|رایزنی های?)")
"""A meeting named: a meeting noun, or a round of talks («دور جدید مذاکرات», «دور دوم گفت‌وگوها»), which
is held like one: «دور … مذاکرات … آغاز شد» sets the report's time (helpers.extract.occasions.frame)."""
THIS_MEETING = cue(f"(?:این|ان|همین) (?:{MEETING})")
"""«این نشست», «آن اجلاس»: the meeting the text last spoke of."""
BILATERAL = "(?:دوجانبه|دو جانبه|جداگانه|خصوصی)"
"""Talks between the parties alone («دیدار دوجانبه», «به طور جداگانه», «ملاقات خصوصی»): not an interview."""
TALKS = f"{TALK_NOUNS}|مذاکرات|رایزنیهای"
"""Words for talks between people, held like a meeting («دیدار X و Y در حاشیه نشست انجام شد»)."""
PRESENT_VERB = "(?:هستند|بودند|حاضرند)"
"""Being there, in the present or the past («در این نشست هستند», «حاضر بودند»)."""
REACH_WORD = f"(?!که ){SPACED_WORD}"
"""A word between «در این نشست» and its PRESENT_VERB, not «که» (meeting_place.SPACED_WORD: with optional
separators between them every word could split anywhere, and re tried every split before failing)."""
PRESENT_AFTER = re.compile(r"[\s\u200c]*(?:است|هستند|هست|می[\s\u200c]?باش(?:د|ند))(?!\w)")
"""A present copula right after a nominal cue («X از سخنرانان اجلاس است», «X میزبان این اجلاس است»)."""
STATIVE = re.compile(r"(?<!\w)(?:دارد|دارند|هستند|حاضرند)$|(?<!ه[\s\u200c])(?<!\w)است$")
"""A cue ending in a stative present («حضور دارد», «در این نشست هستند»), not a perfect («وارد شده است»)."""
ONGOING = re.compile(
    r"^ریاست[\s\u200c].*(?:(?:واگذار|تحویل|تقدیم)[\s\u200c]+می[\s\u200c]?\w+|می[\s\u200c]?سپار\w*)$"
    r"|^.*(?<!\w)(?:افتتاح|اغاز)[\s\u200c]+می[\s\u200c]?\w+$"
)
"""A present indicative of handing over the chair («ریاست … را به X واگذار می‌کند», HANDING_OVER) or of
opening the meeting («… را افتتاح می‌کند», helpers.extract.presence): a plan before the meeting, what is
going on once it is under way (a present of taking part is read off the verb: report_time.tense)."""


SAID = "(?<!\\w)(?:گفت(?! ?و ?گو)|گفته)"
"""«گفت» (said), not the noun «گفت‌وگو» (talks) that begins with it, nor «نگفت» or «شگفت»."""
SAYING = f"{SAID}|{did(*(verb for verb in verb_classes.SAYING if verb != 'گفت'))}"
"""Verbs of saying («گفت», «افزود», «اظهار داشت», «تصریح نمود», «ادعا کرد»), folded: a speech said at the
meeting (the speech cue), or the words someone else is reported to say (helpers.extract.clauses)."""


SPEECH_NOUNS = "(?:سخنرانی|سخنان|نطق)"
"""Nouns of a speech given («سخنرانی», «سخنان», «نطق»)."""
READ_OUT = "قرایت"
"""«قرائت» (folded): words read out by another («با قرائت سخنان/بیانیه X»): the reader's presence, not X's
(the speech cue below, presence_nouns.HELD_NOUN)."""
CALLED = "(?<!\\w)را [^.؛]{1,60}? خواند(?:ند)?(?!\\w)|(?<!\\w)از [^.؛]{1,60}?(?<!\\w)خواست(?:ند)?(?!\\w)"
"""Called something so, or asked someone («… را مهم خواند», «از رهبران … خواست»): words said, where the
meeting is their place (the speech cue's «در این نشست …»); not in verb_classes.SAYING, whose other readers
(reported speech, names) would take «خواند» of a text read out too."""


class Said(NamedTuple):
    """A status cue: the status it gives, the kind of statement it is (the row's `cue`), its phrase."""

    status: Status
    kind: Kind
    phrase: Cue
    forward: bool = False  # said only of the people after it («با حضور X»), never of those before


NEXT_CUES = [
    Said(Status.HOST, Kind.HOSTING, cue("(?:به|با) میزبانی")),
    # hosting (and chairing) borne by the one named right after («ریاست و میزبانی این دور از نشست بر عهده X بود»)
    Said(
        Status.HOST,
        Kind.HOSTING,
        cue("(?:ریاست و )?میزبانی(?: و ریاست)?(?: [^.؛،]{0,60}?)? (?:با|(?:بر|به|در|ب) ?(?:عهده|دوش))"),
    ),
    # the dinner X gives for the meeting's guests («در ضیافت شام X حضور یافتند»)
    Said(Status.HOST, Kind.HOSTING, cue("ضیافت(?: (?:شام|ناهار|نهار|عصرانه|رسمی|شامگاهی)){0,2}")),
    Said(Status.CHAIR, Kind.CHAIRING, cue("(?:به|با|تحت) ریاست(?: دوره ای| چرخشی| مشترک)?")),
    # a speech of the one named after it, given at the meeting («متن سخنرانی X در اجلاس سران», «سخنان X در این نشست»),
    # not one read out by another («با قرائت سخنان X در این نشست»: X's words, the reader's presence)
    Said(
        Status.ATTENDED,
        Kind.SPEECH,
        cue(f"(?<!{READ_OUT}[\\s\u200c]){SPEECH_NOUNS}(?=[^.؛:]{{1,80}}?{AT_IT})"),
    ),
    # the text of the speech of the one named after it, given in the report («متن سخنرانی X», Dari «متن بیانیه X»):
    # what they said at the meeting, with no place named
    Said(Status.ATTENDED, Kind.SPEECH, cue(f"متن (?:کامل )?(?:{SPEECH_NOUNS}|بیانیه)")),
    # a speech that addresses the chair by name («رئیس محترم، X …»)
    Said(Status.CHAIR, Kind.CHAIRING, cue(f'^[«"]?(?:جناب )?(?:اقای )?ریی?س محترم(?: (?:{MEETING}))?')),
    Said(
        Status.CHAIR,
        Kind.CHAIRING,
        cue(f"ریاست (?:این |ان |{ORDINAL} )?(?:{MEETING})(?:[^.؛،]{{0,40}}?)? (?:با|(?:بر|به|در) ?(?:عهده|دوش))"),
    ),
]
"""Cues that bind to the next person («به میزبانی X»)."""
LED_DELEGATION = cue(f"{DELEGATION}(?: [^.؛،]{{0,40}}?)? (?:به|با|تحت) {LEADING}")
"""«هیئتی به ریاست X»: X leads a delegation; the chair cue inside it is not said, and what the
delegation does (the verb after X: arrived, took part, set off) is said of X."""
GUESTS = "سران|رهبران|مهمانان|میهمانان|شرکت کنندگان"
"""The meeting's guests as a class («سران», «مهمانان»): who welcomes them or gives a dinner for them hosts."""
WELCOMING = "خوش ?امد(?:ید)? ?گویی|خیر ?مقدم(?: ?گویی)?"
"""The noun of welcoming («خوشامدگویی», «خیرمقدم‌گویی», Dari «خوش آمدید گویی»), folded."""
TOOK_PART_IN = Said(
    Status.ATTENDED, Kind.PARTICIPATION, cue(f"(?:با|ضمن) {ATTEND_NOUNS}(?: و {SPEECH_NOUNS})? {IN_IT}{NOT_EARLIER}")
)
"""The subject taking part in the meeting, told as a noun («X با حضور در این اجلاس، …», «با حضور و سخنرانی در
افتتاحیه …»; the forward «با حضور X» is of who is named after it): with no verb of its own, it takes the
report's time, a plan before the meeting (helpers.extract.report_time.verb_hits reads it as a state)."""
PREV_CUES = [
    Said(
        Status.HOST,
        Kind.HOSTING,
        cue(
            f"میزبان (?:این |{ORDINAL} )?(?:{MEETING}|ان ها|انان|سران|رهبران|مهمانان)|میزبانی {did('کرد')}"
            "|میزبان (?:(?:دو|سه|چهار|پنج) )?(?:همتای|همتایان|وزیران|وزرای|روسای|نمایندگان)(?:ش|شان)?(?!\\w)"
            # the meeting's own adjective between («میزبانی این نشست مجازی را بر عهده داشت»), not a later one's
            f"|میزبانی (?:این )?(?:(?:{MEETING})(?: (?!(?:اینده|بعدی|بعد)(?!\\w))[^\\s.؛،]+)?)? ?را (?:بر )?عهده"
            f" (?:{did('داشت', 'گرفت')}|دار(?:د|ند|یم|م))"
            f"|به [^.؛]{{0,60}}?(?:خوش ?امد|خیر ?مقدم) (?:می )?{did('گفت')}|استقبال از (?:{GUESTS})(?!\\w)"
            # «ضمن خوشامدگویی به حاضران», Dari «با ابراز خوش آمدید گویی برای مقامات»: those at the venue
            f"|(?:ضمن|پس از|بعد از|با(?: ابراز)?) (?:{WELCOMING})(?: [^\\s.؛،]+){{0,2}}? (?:به|برای) "
            f"(?:همه |تمامی |کلیه )?(?:{GUESTS}|{PARTICIPANTS}|حضار|{DELEGATION}|مقامات)(?!\\w)"
            "|(?:به خاطر|بخاطر|بابت|به دلیل) (?:(?:استقبال|پذیرایی)(?! از)(?: گرم| صمیمانه)?(?: و |، ))?"
            "(?:میزبانی|(?:مهمان|میهمان) ?نوازی|برپایی|(?:استقبال|پذیرایی)(?! از))"
            f"{NOT_LATER}"
            f"|به افتخار (?:{GUESTS})"
            f"[^.؛]{{0,40}}?(?:{did('ترتیب داد', 'برگزار کرد', 'برپا کرد', 'داد')}|{does('ده')})"
        ),
    ),
    Said(
        Status.CHAIR,
        Kind.CHAIRING,
        cue(
            f"(?:(?:ریاست|اداره) (?:(?:این |ان |همین |نخستین |{ORDINAL} |دوره? (?:ای )?(?:از )?|جدید )*"
            f"(?:(?:{MEETING})[^.؛،]{{0,60}}?)?|انرا)?|رهبری (?:این |ان |{ORDINAL} )?(?:{MEETING})[^.؛،]{{0,60}}?)"
            f" ?را (?:[^.؛]{{0,240}}? )?(?:بر ?|به )?(?:عهده(?: دار)?|دوش)"
            f" (?:{did('داشت', 'گرفت')}|دار(?:د|ند|یم|م)|بود|بودند|است)"
            f"|(?:{MEETING}){NOT_ELSEWHERE}[^.؛]{{0,30}}?را (?:ریاست|اداره) (?:{did('کرد', 'نمود')}|{does('کن')})"
            f"|عهده ?دار ریاست (?:این |{ORDINAL} )?(?:{MEETING})"
            f"|در راس (?:این |ان |{ORDINAL} )?(?:{MEETING})(?: [^.؛،]{{0,40}}?)? قرار {did('گرفت', 'داشت')}"
        ),
    ),
    Said(
        Status.INCOMING,
        Kind.APPOINTMENT,
        cue(
            f"جانشین(?=[^.؛،]{{0,40}}? (?:{BECAME}|{will('شد')}|می (?:شود|گردد))(?!\\w))"
            "|منصوب (?:شد|شده|خواهد شد|گردید)|عهده دار (?:این )?سمت خواهد"
            f"|به (?:عنوان|سمت) (?![^.؛]{{0,40}}?(?:{MEETING}))[^.؛]{{0,40}}?(?:انتخاب|برگزیده|تعیین)"
            f" {BECAME}|احراز (?:سمت|مقام|پست)"
            f"|به (?:عنوان|سمت|حیث) (?![^.؛]{{0,40}}?(?:{MEETING}))[^.؛]{{0,40}}?کار(?:ش| خود| خویش)? را (?:اغاز|شروع)"
            f" (?:{does('کن')}|{will('کرد')}|کند|کنند)"
        ),
    ),
]
"""Cues that bind to the nearest person before them («X میزبان نشست بود»), or to the one named inside
them («ریاست این نشست را X بر عهده داشت»). «جانشین» is taking up an office only as the predicate of
becoming («X جانشین Y شد / خواهد شد»: X succeeds Y), not as a title («جانشین فرمانده»: a deputy); so is
assuming a post («احراز سمت») and beginning one's work in an office still to come («X به عنوان / به حیث
دبیرکل کارش را آغاز کند»), not in the meeting's own office («به عنوان رئیس نشست»)."""
ON_SIDELINES = cue("در حاشیه")
"""On the sidelines: talks named with their people («دیدار X و Y در حاشیه اجلاس») were held there."""
CHAIR_TITLE = cue(
    f"ریی?س (?:دوره ای |چرخشی )?(?:(?:این |{ORDINAL} )?(?:{SITTING})|{ORDINAL} {ASSEMBLY})"
    "(?!(?: [^\\s.؛،:]+){0,3}? (?:قبلی|پیشین|سابق|گذشته|پیش|قبل)(?!\\w))"
)
"""The chair's title («رئیس اجلاس», «رئیس دوره‌ای این نشست», «رئیس دهمین اجلاس سران»), of the person
it stands next to; not a standing office («رئیس مجمع …»), nor the rotating chair of the organization,
which is held for a year and says nothing of who chairs this meeting, nor the chair of an earlier
one («رئیس نشست قبلی شورای وزیران», «رئیس اجلاس سال گذشته»). An ordinal makes an assembly a
session of it («رئیس هشتادمین مجمع عمومی»: the president of that session, its chair)."""
VENUE_WORD = "(?:کاخ|محل|سالن|مرکز همایش)"
"""The venue itself: who is entering it («وارد کاخ … می‌شود») is already in the venue city."""
JOINED = "به (?:انان|انها|ان ها|ایشان|جمع [^.؛]{1,30}?) (?:هم |نیز )?"
"""Joining the others there («X هم به آنان پیوست», «به جمع سران پیوستند»): has arrived, as «وارد … شد»
says; not joining a body or a series of meetings («به سازمان / ائتلاف / این اجلاس پیوست»: membership)."""
ON_ARRIVAL = f"(?:بدو|هنگام|زمان|لحظه|به محض|به مجرد|پس از|بعد از) ورود (?:خود |ش |وی )?{REACH}"
"""Arrival said as a time («در بدو ورود به باکو گفت», «پس از ورود به آستانه», Dari «به مجرد ورود به
دوشنبه»): who speaks or acts then has arrived (not «پیش از ورود», nor an idiom of «به»: REACH)."""
BY_AGENT = "(?:توسط|از سوی|از طرف)"
"""The agent of a passive («… توسط X قرائت شد», «از سوی X», «از طرف X»), folded."""
PASSIVE_AGENT_CUES = [
    Said(Status.ATTENDED, Kind.MESSAGE, cue(f"پیام [^.؛]{{0,140}}?(?:قرایت|خوانده) {BECAME}")),
    # a reading at the ceremony, by its agent («با قرائت آیاتی از قرآن توسط X، اجلاس آغاز شد»)
    Said(Status.ATTENDED, Kind.PARTICIPATION, cue(f"(?:قرایت|تلاوت) [^.؛]{{0,100}}?{BY_AGENT} [^.؛،:]{{1,60}}")),
    Said(Status.ATTENDED, Kind.SPEECH, cue(f"{SPEECH_NOUNS}[^.؛]{{0,100}}?ایراد {BECAME}")),
    # the meeting opened or closed by its agent («اجلاس … توسط X افتتاح گردید», «… از سوی X گشایش یافت»)
    Said(
        Status.ATTENDED,
        Kind.PARTICIPATION,
        cue(
            f"(?:{MEETING})(?!\\w)[^.؛]{{0,120}}?{BY_AGENT} [^.؛:]{{1,100}}?"
            f"(?:(?:افتتاح|اختتام) {BECAME}|گشایش {did('یافت')}|پایان {did('یافت')})"
        ),
    ),
]
"""Presence said in the passive: its agent was there («پیام … توسط X قرائت شد», «سخنرانی افتتاحیه
… از سوی X ایراد شد»)."""
HOST_STATE = cue("(?:کشور|دولت) میزبان")
"""«کشور میزبان» in a title: the holder is of the host state."""
AIRPORT_WORD = "فرودگاه|میدان هوایی"
"""The airport (Dari «میدان هوایی»)."""
ABSENCE = Said(
    Status.ABSENT,
    Kind.ABSENCE,
    cue(
        f"{ATTEND_NOUNS} (?:پیدا )?(?:ن{did(*ATTEND)}|نمی (?:{'|'.join(ATTEND_NOW)})(?:د|ند)|ندار(?:د|ند)"
        f"|نخواه(?:د|ند) (?:{'|'.join(ATTEND)})|ن(?:کن|یاب|ورز)(?:د|ند))"
        f"|غایب|غیبت|غیر ?حاضر|حاضر (?:ن(?:{did('شد')}|بود|بودند|یست|یستند)|نخواه(?:د|ند) (?:بود|شد)|نمی شو(?:د|ند))"
        f"|دعوت {did('نشد')}"
        f"|(?:تحریم|بایکوت) (?:{did('کرد')}|{will('کرد')}|{does('کن')})"
        "|(?:نمی ?توان(?:د|ند|ست|ستند)|نتوانست(?:ند)?|نخواه(?:د|ند) توانست) [^.؛]{0,60}?(?:شرکت|حضور|اشتراک|سفر"
        "|برو(?:د|ند)|بیای(?:د|ند))"
        f"|(?:خودداری|امتناع) [^.؛]{{0,40}}?از {ATTEND_NOUNS}"
        f"|از {ATTEND_NOUNS} [^.؛]{{0,40}}?(?:(?:خودداری|امتناع) {did('کرد', 'ورزید')}|انصراف {did('داد')}"
        f"|عذر {did('خواست')}|عذر ?خواهی {did('کرد', 'نمود')})"
        f"|(?:سفر|{ATTEND_NOUNS}) [^.؛]{{0,40}}?را (?:لغو|رد) {did('کرد')}"
        # dropped from the programme («سفر را از برنامه خود خارج کرد», «برنامه خود را برای شرکت … حذف کرد»)
        f"|(?:سفر|{ATTEND_NOUNS}) [^.؛]{{0,40}}?را از برنامه(?: کاری)?(?: (?:خود|خویش))? (?:خارج|حذف) {did('کرد')}"
        f"|برنامه (?:خود|خویش) را برای {ATTEND_NOUNS} [^.؛]{{0,40}}?(?:حذف|لغو) {did('کرد')}"
        f"|سفر (?:ن{did('کرد')}|نمی کن(?:د|ند)|نخواه(?:د|ند) کرد)"
        f"|{TO_PLACE} (?:نمی (?:رو|ای)(?:د|ند)|نخواه(?:د|ند) (?:رفت|امد)|{did('نرفت', 'نیامد')})"
        f"|(?:سفر|{ATTEND_NOUNS}) [^.؛]{{0,40}}?(?:منصرف {BECAME}|سر ?باز {did('زد')})"
    ),
)
"""Absence: did not (and will not) attend, stayed away, was not invited, boycotted, cancelled."""
HANDED = (
    f"{did('تحویل داد', 'واگذار کرد', 'واگذار نمود', 'سپرد', 'تحویل گرفت', 'تقدیم کرد', 'تقدیم نمود')}"
    f"|(?:تحویل داده|واگذار|سپرده|تقدیم) {BECAME}"
)
CHAIR_OF = f"ریاست (?=(?:[^\\s.؛،]+ ){{0,2}}?(?:دوره|چرخشی|سازمان|اتحادیه|گروه|جنبش|شورای|{MEETING})(?!\\w))"
"""The chair of the organization, movement or meeting («ریاست دوره‌ای», «ریاست جنبش»), not a state's."""
HANDOVER = cue(f"{CHAIR_OF}[^.؛]{{0,200}}?(?:{HANDED})")
"""The chair of the organization or meeting handed over («X ریاست دوره‌ای را به Y تحویل داد», «ریاست
سازمان … به Y سپرده شد»): a ceremony of the meeting, so the ones before and inside the cue were there."""
HANDING_OVER = Said(
    Status.EXPECTED,
    Kind.PLANNED,
    cue(
        f"{CHAIR_OF}[^.؛]{{0,200}}?(?:(?:واگذار|تحویل|تقدیم) (?:{does('کن', 'ده', 'نما')}|{will('کرد', 'داد', 'نمود')})"
        f"|{does('سپار')}|{will('سپرد')})"
    ),
)
"""The chair to be handed over («X ریاست جنبش را به Y واگذار می‌کند / خواهد کرد»): planned before the meeting,
what is going on once it is under way (ONGOING)."""
ACCOMPANYING = f"همراهی (?:{does('کن', 'نمای')}|{will('کرد', 'نمود')})"
"""«X، Y و Z رئیس‌جمهور را در این سفر همراهی می‌کنند»: the companions' planned presence (a verb cue), and
the one they accompany, whose status they share (helpers.extract.status, ACCOMPANY)."""
ACCOMPANY = cue(f"{ACCOMPANYING}|همراهی {did('کرد', 'نمود')}")
"""The verb of accompanying someone, told in any tense (the marked object is the one accompanied)."""
ALONG_WITH = cue("به همراه|همراه با|با همراهی")
"""«X به همراه Y و Z …», «X با همراهی Y و Z …»: Y and Z go along with X, whose status they share."""
COMPOSED_OF = cue(f"{DELEGATION}(?: [^.؛:،]{{0,60}}?)? (?:عبارت ?ا?ند از|متشکل از|مرکب از|شامل)")
"""«اعضای هیئت … عبارتند از: X، …؛ Y، …», «هیئتی متشکل از X، Y و Z»: a delegation named by its members, the
first its head; the others go along with the head, whose status they share."""
TRIP_WORD = f"(?!(?:و|است|شد) ){SPACED_WORD}"
"""A word between «عازم» and «هستم / شدم» («عازم نیویورک شدم»), not «و», «است», «شد» (meeting_place.SPACED_WORD:
with every separator optional and no such verb near, re tried every split; six 32-letter words: 83 ms)."""
VERB_CUES = [
    ABSENCE,
    HANDING_OVER,
    Said(
        Status.EXPECTED,
        Kind.PLANNED,
        cue(
            f"(?:{PRESENCE}ی?|دیدارهایی|ملاقاتهایی)(?:[\\s\\u200c]\\S+){{0,2}} {FUTURE_VERB}"
            f"|(?:ریاست|نمایندگی) [^.؛]{{0,40}}?را (?:[^.؛]{{0,40}}? )?(?:بر |به )?(?:عهده|دوش) {FUTURE_VERB}"
            f"|(?:{PLAN}) (?:که )?(?:(?!{NOT_THERE})[^.؛:]){{0,150}}?(?:{PRESENCE}(?!{NEGATED})|برو(?:د|ند))"
            f"|(?:{PRESENCE}|دیدار و گفتگو|دیدار و گفت و گو) (?:پیدا )?{does(*ATTEND_NOW[:4])}"
            f"|حضور (?:خود )?را [^.؛]{{0,30}}?(?:تایید|اعلام) {did('کرد')}"
            f"|{ACCOMPANYING}"
            f"|{REACH}(?:{does('رس', 'ای')}|{will('رسید', 'امد')})"
            "|همراه (?:می شوند|می شود|خواهند شد|خواهد شد|خواهند بود|خواهد بود)"
            "|حاضر (?:باشد|باشند|خواهد بود|خواهند بود|خواهد شد|خواهند شد|می شود|می شوند)"
            f"|وارد(?! {VENUE_WORD}) [^.؛]{{1,40}}?(?:{does('شو')}|{will('شد')})|دعوت [^.؛]{{0,60}}?را {did('پذیرفت')}"
        ),
    ),
    Said(
        Status.EXPECTED,
        Kind.DEPARTURE,
        cue(
            f"عازم(?: {TRIP_WORD}(?:\\s{TRIP_WORD}){{0,4}}? (?:هستم|هستیم|شدم|شدیم)(?!\\w))?"
            f"|(?:راهی|رهسپار) [^.؛]{{0,40}}?(?:{BECAME}|{BECOMES})|به مقصد"
            f"|در راه [^.؛]{{1,30}}? است|اعزام (?:{BECAME}|{BECOMES}|{will('شد')})"
            f"|سفر (?:{does('کن')}|{will('کرد')})|{TO_PLACE} (?:{will('رفت')}|{does('رو')})"
            f"|عزیمت (?:{did('کرد', 'نمود')}|{does('کن')}|{will('کرد')})|به قصد [^.؛]{{1,40}}?ترک {did('کرد', 'گفت')}"
            "|(?:هنگام|پیش از|قبل از|در استانه) (?:عزیمت|سفر|ترک)"
        ),
    ),
    Said(
        Status.ATTENDED,
        Kind.ARRIVAL,
        cue(
            f"وارد [^.؛]{{1,40}}?{BECAME}|وارد {VENUE_WORD}[^.؛]{{0,60}}?{does('شو')}"
            f"|{REACH}{did('رسید', 'امد')}|{ON_ARRIVAL}"
            f"|(?:در|به) (?:{AIRPORT_WORD})[^.؛]{{0,60}}?(?:به زمین {did('نشست')}|فرود {did('امد')})"
            f"|مورد استقبال [^.؛]{{0,60}}?قرار {did('گرفت')}"
            f"|مواصلت {did('کرد', 'ورزید', 'نمود')}|{JOINED}{did('پیوست')}"
        ),
    ),
    Said(Status.ATTENDED, Kind.PARTICIPATION, cue(f"با {ATTEND_NOUNS}|در حضور"), forward=True),
    Said(Status.ABSENT, Kind.ABSENCE, cue("(?:جای|کرسی|صندلی) [^.؛]{0,80}? خالی (?:بود|است)"), forward=True),
    Said(
        Status.EXPECTED,
        Kind.PLANNED,
        cue(f"حضور [^.؛]{{0,150}}?(?:قطعی (?:است|شد|شده)|تایید {did('شد')})"),
        forward=True,
    ),
    Said(Status.ABSENT, Kind.ABSENCE, cue(f"(?:بدون|عدم) {ATTEND_NOUNS}|در غیاب"), forward=True),
    # a presence denied («با تکذیب خبر … مبنی بر حضور X در اجلاس»): X is not coming
    Said(Status.ABSENT, Kind.ABSENCE, cue(f"تکذیب [^.؛:،]{{0,120}}?{ATTEND_NOUNS}"), forward=True),
    # a photo caption that names who stands where («از راست: X، Y و رهبران A و B») shows them there
    Said(Status.ATTENDED, Kind.PARTICIPATION, cue('^[«"]?از (?:راست|چپ)(?: به (?:چپ|راست))?:?'), forward=True),
    Said(Status.ATTENDED, Kind.PARTICIPATION, HANDOVER),
    Said(Status.ATTENDED, Kind.PARTICIPATION, HANDOVER, forward=True),
    Said(Status.HOST, Kind.HOSTING, cue(f"با (?:سخنان )?(?:{WELCOMING})"), forward=True),
    Said(Status.ATTENDED, Kind.SPEECH, cue(f"با {SPEECH_NOUNS}"), forward=True),
    # the subject speaking at the meeting, told as a noun («X با سخنرانی در جمع سران، … را تشریح کرد»)
    Said(Status.ATTENDED, Kind.SPEECH, cue(f"(?:با|ضمن) {SPEECH_NOUNS} {AT_IT}")),
    TOOK_PART_IN,
    Said(Status.ATTENDED, Kind.SIGNING, cue("به امضای"), forward=True),
    Said(
        Status.ATTENDED,
        Kind.SPEECH,
        cue(
            f"(?:سخنرانی|نطق) {did('کرد', 'نمود')}|{DURING} (?:سخنرانی|نطق)(?: ?اش| خود)?|ایراد {SPEECH_NOUNS}"
            f"|در حال سخنرانی|به سخنرانی {did('پرداخت')}"
            f"|{SPEECH_NOUNS} (?:افتتاحیه|اختتامیه|افتتاحیه ای|اختتامیه ای)"
            f"|(?:بیانیه|سخنرانی|نطق) (?:ای )?[^.؛]{{0,30}}?ایراد {did('کرد', 'نمود')}"
            f"|سخنان(?:ی)? [^.؛]{{0,40}}?(?:ایراد|بیان) {did('کرد', 'نمود')}"
            f"|(?:{MEETING})[^.؛]{{0,40}}?را (?:افتتاح|اغاز) {did('کرد', 'نمود')}"
            f"|(?:با|ضمن|هنگام) (?:افتتاح|گشایش) (?:رسمی )?(?:این |{ORDINAL} )?(?:{MEETING})(?!\\w)"
            f"|در نوبت خود|سخنران(?:ان)?(?!\\w) (?:[^.؛]{{0,30}} )?(?:{MEETING})"
            f"|خطاب به (?:این |نخستین |{ORDINAL} )?(?:{MEETING}){NOT_ELSEWHERE}"  # addressing it («ضمن خطاب به اجلاس»)
            f"|{AT_IT}"
            f"(?:[^.؛:]{{0,60}}?:|[^.؛]{{0,200}}?(?:{SAYING}|صحبت {did('کرد', 'نمود')}|{CALLED}))"
        ),
    ),
    Said(
        Status.ATTENDED,
        Kind.SIGNING,
        cue(f"{AT_THE_MEETING}(?:{MEETING}){NOT_ELSEWHERE}[^.؛،]{{0,120}}?امضا(?:ء)? {did('کرد', 'نمود')}"),
    ),
    Said(
        Status.ATTENDED,
        Kind.SIDELINES,
        cue(
            f"(?:دیدار|ملاقات|رایزنی)(?: و (?:گفتگو|گفت و گو|رایزنی|تبادل نظر))? {did('کرد', 'داشت', 'نمود')}"
            f"|(?:دیدار|ملاقات|گفتگو|رایزنی)(?: ها| های| هایی)(?: {BILATERAL}(?: ای)?)? {did('داشت')}"
            f"|در حاشیه [^.؛]{{0,80}}?(?:گفتگو|گفت و گو|تبادل نظر) {did('کرد')}"
            "|در حال (?:دیدار|گفتگو|گفت و گو|رایزنی)"
            # talks as a sitting down to them («با X به گفتگو نشست», «به بحث و تبادل نظر پرداختند»)
            f"|به (?:(?:گفتگو|گفت و گو|مذاکره|رایزنی) {did('نشست')}|(?:بحث و )?(?:تبادل نظر|رایزنی) {did('پرداخت')})"
            # the talks noun and its light verb apart, the one met between («دیداری دوجانبه با X داشت»), or
            # talks first named and then told («دیدار و درباره … گفت‌وگو کردند»)
            f"|(?:دیدار|ملاقات|رایزنی)(?: ای| ی)?(?: {BILATERAL}(?: ای)?)? با [^.؛]{{1,60}}? {did('داشت')}"
            f"|(?:دیدار|ملاقات) و (?:[^.؛،]{{1,60}}? )?(?:گفتگو|گفت و گو|رایزنی|تبادل نظر) {did('کرد', 'نمود')}"
            # both nouns on one light verb, the second with its adjective («دیدار و گفت‌وگویی صمیمی داشت»)
            f"|(?:دیدار|ملاقات) و (?:گفتگو|گفت و گو|رایزنی)(?:یی|ی)?(?: [^\\s.؛،]+)? {did('داشت')}"
            # talks between the parties (not an interview): «به صورت دوجانبه گفت‌وگو کرد»
            f"|{BILATERAL} (?:گفتگو|گفت و گو|مذاکره|دیدار|ملاقات|رایزنی) {did('کرد', 'نمود')}"
        ),
    ),
    Said(
        Status.ATTENDED,
        Kind.PARTICIPATION,
        cue(
            f"در (?:این |همین )?(?:{MEETING})[^.؛]{{0,120}}?(?:واگذار|تحویل|اعطا) {did('کرد', 'نمود', 'شد', 'داد')}"
            f"|{LEADING} (?:{DELEGATION})(?:(?!را به)[^.؛]){{0,60}}?(?:را )?(?:بر )?(?:عهده )?"
            f"(?:{did('داشت', 'کرد')}|دار(?:د|ند)|{does('کن')})"
            # its leader named with a long title before the verb, as in the chair's «ریاست … را X … بر عهده داشت»
            f"|{LEADING} (?:{DELEGATION})(?:(?!را به)[^.؛]){{0,60}}?را [^.؛]{{1,240}}? {BORNE}"
            f"|نمایندگی [^.؛]{{0,40}}?را (?:[^.؛]{{0,40}}? )?{BORNE}"
            f"|{DELEGATION}[^.؛]{{0,60}}?را (?:[^.؛]{{0,30}}? )?(?:رهبری|سرپرستی) (?:{did('کرد')}|{does('کن')})"
            f"|در راس {DELEGATION}[^.؛]{{0,60}}? قرار {did('گرفت', 'داشت')}"
        ),
    ),
    Said(
        Status.ATTENDED,
        Kind.PARTICIPATION,  # elected in the room to an office of the meeting or forum
        cue(f"به (?:عنوان|سمت) [^.؛]{{0,40}}?(?:{MEETING})[^.؛]{{0,20}}?(?:انتخاب|برگزیده|تعیین) {BECAME}"),
    ),
    Said(
        Status.ATTENDED,
        Kind.MESSAGE,  # read out a message, the final statement or a text there
        cue(
            "(?:پیام|بیانیه|قطعنامه|متن) [^.؛]{0,80}?(?<!\\w)را(?!\\w) (?:[^.؛]{0,40}? )?(?:قرایت|خواند(?:ند|ه)?)"
            "|قرایت پیام"
        ),
    ),
    Said(
        Status.ATTENDED,
        Kind.SPEECH,  # presented something to or at the meeting («گزارشی به نشست سران ارائه کرد»), reported to it
        cue(
            f"(?:به|در) (?:این |{ORDINAL} )?(?:{MEETING}){NOT_ELSEWHERE}[^.؛،]{{0,80}}?"
            f" ارایه {did('کرد', 'داد', 'نمود')}|به (?:این |{ORDINAL} )?(?:{MEETING}){NOT_ELSEWHERE} گزارش {did('داد')}"
        ),
    ),
    Said(
        Status.ATTENDED,
        Kind.GATHERING,  # gathered, or brought together by the meeting («… را گرد هم آورد»)
        cue(
            f"(?:گرد|دور) هم (?:{did('امد', 'اورد')}|جمع {did('شد', 'کرد')})|گرد {did('امد')}"
            f"|(?:تشکیل جلسه|جلسه (?:ای )?تشکیل) {did('داد')}"  # met as a body of their own («تشکیل جلسه دادند»)
        ),
    ),
    Said(
        Status.ATTENDED,
        Kind.PARTICIPATION,
        cue(
            f"{ATTEND_NOUNS} (?:{did(*ATTEND)}|پیدا {did('کرد')}|دار(?:د|ند))|حاضر (?:بود|بودند)"
            f"|حضور (?:به هم|بهم) {did('رساند', 'رسانید')}|را [^.؛]{{0,40}}?نمایندگی {did('کرد', 'نمود')}"
            f"|در (?:این |{ORDINAL} )?(?:{MEETING}|محل)[^.؛]{{0,30}}? حاضر {BECAME}"
            # in the meeting, or in a round of talks held like one («در مذاکرات امروز … حاضر هستند»)
            f"|در (?:این |همین |{ORDINAL} )?(?:{MEETING}|مذاکرات|گفتگوهای?|گفت و گوهای?)"
            f"(?: {REACH_WORD}(?:\\s{REACH_WORD}){{0,5}}?)?? (?:حاضر )?{PRESENT_VERB}"
            f"|پس از {ATTEND_NOUNS} در|پس از پایان (?:این )?(?:{MEETING})"
            f"|(?:اولین|نخستین) {ATTEND_NOUNS} (?:خود |ش )?در (?:این |{ORDINAL} )?(?:{MEETING})"
        ),
    ),
]
"""Cues said of every person before the verb (the first after a person wins), or else of the person
after the nearest one before them."""
