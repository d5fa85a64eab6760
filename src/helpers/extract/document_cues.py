"""The words the document rules read (helpers.extract.documents): document nouns, the verbs and
action nouns that give a document its action, and the phrases that bound a title or a clause. All
patterns are folded (helpers.text.gazetteer.fold: no ZWNJ, Arabic letter forms, hamza seat ئ → ی);
in a `cue` a space also matches a ZWNJ or nothing, so «موافقت نامه» reads «موافقتنامه» as well."""

from __future__ import annotations

import re

from helpers.contracts import Action
from helpers.dates.literals import trie_pattern
from helpers.dates.words import CARDINALS, number_alternation
from helpers.extract.meeting_nouns import MEETING
from helpers.extract.mentions import Cue, cue, cue_regex
from helpers.extract.verb_classes import BECOME, BECOME_NOW
from helpers.extract.verb_forms import done, to_come

NOUNS = (
    "سند|اسناد|بیانیه|اعلامیه|راه برد|استراتژی|طرح|برنامه|توافق نامه|توافق|موافقت نامه|تفاهم نامه|قطع نامه"
    "|تصمیم|تصمیمات|معاهده|منشور|پروتکل|پروتوکول|کنوانسیون|مفهوم|سیاست نامه"
    r"|ابتکار(?=(?:[\s\u200c]+[^\s\u200c]+){0,2}?[\s\u200c]+(?:(?:تحت|با|زیر)[\s\u200c]+عنوان|به[\s\u200c]+نام|موسوم))"
    "|یادداشت تفاهم|یادداشت|نقشه راه|قرار داد|میثاق|پیش نویس|اساس نامه|ایین نامه|مصوبه|مصوبات|پیمان نامه|چشم انداز"
    "|توافقات"
    "|کاربرگ|یاداشت تفاهم|فیصله نامه|فیصله|عهدنامه|قرارنامه|پلان|استراتیژی|پروگرام|مسوده|تصامیم|مقررات|خط مشی|مشی"
    r"|رهنمود|بسته(?=[\s\u200c]*ها|(?:[\s\u200c]*ی)?[\s\u200c]+[^\s\u200c]+ی(?![^\s\u200c]))"
    r"|(?<!در[\s\u200c])(?<!در)چه?ارچوب"
)
"""An initiative («ابتکار») is a document word only where its title follows («ابتکار X با عنوان «…» به تصویب رسید»):
otherwise it is a sponsor's idea or project («ابتکاری را برای … ارائه کرد», «به ابتکار X»), not a text acted on.
Dari spellings and words too: «یاداشت تفاهم» (one «د»; a bare «یاداشت» is a note), «راه برد» (a strategy,
a compound written apart like «تفاهم نامه»), «فیصله‌نامه» (resolution),
«قرارنامه», «پلان», «استراتیژی», «پروگرام», «مسوده» (draft), «کاربرگ» (a working paper a delegation submits),
«تصامیم», «توافقات» (agreements: «"توافقات بن" امضا گردید»), «فیصله» (a decision, unnamed alone like «تصمیم»:
GENERIC), «مشی/خط مشی» (a policy adopted: «مشی مشترک … را تصویب کردند»), «بیانیه‌یی» (= «‌ای»); «مقررات»
too; guidelines adopted («رهنمودهای راهبردی»), and a package of measures («بسته تحریمی/حمایتی …», the dev-set
README's session-9 decision) only with the relational adjective in «ی» that names its kind: «بسته» alone is
"closed" («مرزها بسته شد»). Compounds read however they are
written, together, with a ZWNJ or apart («قرار دادی برای …», «تفاهم نامه»); the light verb «قرار داد» («مورد بررسی
قرار داد») ends its clause (CLAUSE_BREAK) before any verb acts on it. A framework («چارچوب/چهارچوب همکاری …»)
is one, not the compound preposition «در چارچوب …» (within)."""
CREATION = "ایجاد|تشکیل|راه اندازی"
HEADS = f"{NOUNS}|{CREATION}"
"""Document words: nouns, and the creation of something («ایجاد/تشکیل …»), which names a decision when a
verb acts on it (not after an action noun: «پیشنهاد تشکیل …» is a topic raised)."""
NUMBER = rf"(?:\d{{1,3}}|{number_alternation({w: n for w, n in CARDINALS.items() if n > 1})})"
"""A count before a document word; «یک بیانیه» is «a statement», not a count of one, and four digits
are a year («۲۰۲۵ چشم‌انداز»)."""
COUNT_BEFORE = r"(?:حدود|بیش[\s\u200c]+از|نزدیک[\s\u200c]+به|بالغ[\s\u200c]+بر)"
"""Words before a count that belong to its title («بیش از ۲۰ سند»); after «دست‌کم» it starts at the number."""
QUANTITY = "(?:(?:مجموعه ای|بسته ای|تعدادی|شماری|بسیاری|برخی) از|چندین|چند|ده ها|صدها|تعدادی|شماری|برخی)"
"""Number words with no number («چندین سند», «ده‌ها تفاهم‌نامه», «شماری از اسناد»): a count without
its int, part of the counted title as a number is."""
COUNTED = rf"(?:{QUANTITY} |(?:{COUNT_BEFORE} )?{NUMBER} (?:فقره |عنوان |مورد )?)"
PARTS = "بند|ماده|صفحه|فصل|بخش|محور|اصل"
"""Parts a document is counted in («قطعنامه ۱۳ بندی», «بیانیه ۲۰ ماده‌ای»): the number measures it, names
no resolution of that number."""
PART_OF = re.compile(rf"(?<!\w)(?:{PARTS})[\s\u200c]+$")
"""One part of a document before it («ماده دو توافق‌نامه X», «بند ۵ قطعنامه»): what the verb acts on is the
part, the document its complement; all its parts («تمام بندهای پیش‌نویس X») are the document."""
ENDING = r"(?: ?(?:ها|های|ای|یی|ی))?"  # plural and indefinite endings; Dari «‌یی» for «‌ای»
HEAD = rf"{COUNTED}?(?:{HEADS}){ENDING}"
HEAD_RE = cue_regex(HEAD)
COUNTED_RE = cue_regex(rf"(?:پیش نویس )?{COUNTED}(?:{HEADS}){ENDING}")
"""A counted title's counted noun phrase up to its head word («پیش‌نویس ۱۰ سند», «چندین سند»)."""
BARE_HEAD = cue_regex(rf"(?:{HEADS}){ENDING}")
PLURAL_PAIR = cue_regex(
    rf"(?:(?:{NOUNS}) ?ها|اسناد|مصوبات|تصمیمات|تصامیم) و (?:(?:{NOUNS}) ?ها|اسناد|مصوبات|تصامیم)", end=""
)
"""A bare plural joined to another plural («تفاهم‌نامه‌ها و اسناد مشترکی»): documents named only by a generic pair
of plurals are one row (the dev-set README's session-15 decision (a))."""
INDEFINITE_HEAD = cue_regex(rf"(?:{NOUNS}) ?(?:ای|یی|ی)")
"""A document noun with the indefinite «‌ای/ی» («طرحی», «بیانیه‌ای»): an object that takes no «را»."""
ABOUT = (
    "(?:(?:در (?:زمینه|مورد|خصوص|باره|حوزه|رابطه (?:با|به)|قبال|حمایت از|محکومیت)|با رابطه به"
    "|پیرامون|راجع به|بر سر|مبنی بر|مربوط به)(?: ?ی)?)"
)
"""Prepositions that start what a document is about («در زمینه/درباره/در خصوص …», «در حمایت از …», «مربوط
به …», Dari «در/با رابطه به …»): a title ends before them (the dev-set README's session-6 rule on where a
title ends; «مربوط به» decided in session 8).  An action noun after them («درباره تصویب X») is a topic
(ABOUT_BEFORE): X is not acted on."""
ABOUT_RE = cue_regex(ABOUT)
ABOUT_BEFORE = cue_regex(ABOUT, r"[\s\u200c]*$")


PASSIVE_PAST = done(*BECOME)
ACTIVE = done("کرد", "نمود")
REACHED = done("رسید", "رساند", "رسانید")
TO_BE = to_come(BECOME, BECOME_NOW, BECOME_NOW)
TO_DO = to_come(("کرد", "نمود"), ("کن", "نمای"), ("کن", "نمای"))
TO_REACH = to_come(("رسید", "رساند"), ("رس", "رسان"), ("برس", "برسان"))
"""Past (PASSIVE_PAST, the passive auxiliary «شد/گردید»; ACTIVE, «کرد/نمود»; REACHED, «رسید») and
still-to-come forms of the light verbs after an action word (first person plural too: «… را تصویب
کردیم/کنیم», a speaker quoted); a past participle before «و» («منتشر کرده و …») is a past verb whose
auxiliary the next verb carries; «نمودن» stands for «کردن» in every tense («امضا نمودند», «تصویب
نمایند»), and the causative «رساندن» for «رسیدن» («… را به تصویب برسانند»)."""
AGENT = "(?:[^.؛:،]{1,40}? )?"
"""Who acts, between «مورد تأیید» and «قرار گرفت» («مورد تأیید وزیران قرار گرفت»)."""
TAKEN = "گرفته"
DECISION_START = re.compile(r"تصمیم")
"""«تصمیم به/برای X گرفته شد»: a decision taken (adopted); «گرفته شد» acts on a decision alone
(DECISION_START), not on what is «در نظر گرفته شد»."""
REVIEWS = "بررسی|ارزیابی|بازبینی|بحث|گفتگو|گفت و گو"
DRAFT_VERBS = f"(?:مورد )?(?:{REVIEWS})(?: و (?:{REVIEWS}))?"
DRAFT_WORDS = frozenset({"نویس", "مسوده"})
"""Putting forward and reviewing («ارائه شد», «بررسی/ارزیابی/بازبینی شد», discussing, «بحث/گفتگو شد», and the
compound passive «مورد بررسی (و بازبینی) قرار گرفت», «مورد بحث و گفتگو قرار می‌گیرد», DRAFT_VERB;
DRAFT_VERB_START where its verb starts): proposed, for a draft alone («پیش‌نویس …»; a plan presented or reviewed
may be another body's, or one long in force) or counted texts, so read only in sentences with one of DRAFT_WORDS
(«پیش‌نویس», Dari «مسوده») or a count - not in the many with «بررسی»."""
OFFER_NOUNS = ("ارایه", "تقدیم", "پیشنهاد")
"""The nouns of the compound verbs of putting forward, folded («ارائه» folds to «ارایه»): any document
they put forward is proposed (helpers.extract.document_offers reads their light verb in every tense)."""
OFFERED = cue_regex(rf"(?:{'|'.join(OFFER_NOUNS)}) شده(?! (?:است|اند|بود|بودند|باشد|باشند)(?!\w))")
"""A past participle of putting forward with no auxiliary («پیش‌نویس قطعنامه ارائه‌شده از سوی الف»): an attribute
of the draft before it, put forward (helpers.extract.document_offers.put_forward) whether or not a verb then acts
on it (documents._offered_then)."""
OFFER = re.compile(rf"(?<!\w)(?:{'|'.join(OFFER_NOUNS)})(?!\w)\u200c?")
"""A noun of putting forward, and the ZWNJ the normalizer may join its light verb with («ارائه‌شده»)."""
FOR = "برای "  # «X برای امضا/تصویب»: X is still to be signed or adopted


def worded(pattern: str, *words: str) -> Cue:
    """A cue searched only in sentences holding one of `words`, which every match holds and which are
    rarer than the words read off the pattern («برای امضای …» holds «امضا», rarer than «برای»)."""
    return cue(pattern)._replace(words=frozenset(words))


def gated(pattern: str) -> Cue:
    """A cue whose quick test (Cue.words) is read off the pattern without FOR: «برای» is in most
    sentences, while every match also holds «امضا» or «تصویب», which are rare."""
    return cue(pattern)._replace(words=cue(pattern.replace(FOR, "")).words)


def decided(pattern: str) -> Cue:
    """The cue of `pattern` or a decision taken («تصمیم … گرفته شد»: TAKEN), searched in sentences with
    the pattern's words or «تصمیم» («گرفته شد» is common; it gives a row only for a decision)."""
    words = cue(pattern).words or frozenset()
    return cue(rf"{pattern}|{TAKEN} {PASSIVE_PAST}")._replace(words=words | {"تصمیم"})


STEMS = {
    Action.ADOPTED: "تصویب",
    Action.SIGNED: "امضاء?",  # also written with a final hamza («امضاء شد»)
    Action.APPROVED: "تایید",
    Action.ISSUED: "(?:صادر|منتشر|نشر)",
}
ACTION_WORDS = cue_regex(f"{'|'.join(STEMS.values())}|صدور|انتشار|موافقت|{'|'.join(OFFER_NOUNS)}", end="")
"""The words of acting on a document (adopting, signing, approving, issuing, putting forward), in any form: a
sentence without one («در متن قطعنامه آمده است») only talks about a document (documents._remember)."""
ELIDED_RE = cue_regex(f"(?:{'|'.join(f'(?P<{a.value}>{stem})' for a, stem in STEMS.items())}) و")
"""Action words; ELIDED_RE finds one left without its light verb, which the next verb carries
(«بیانیه‌ای صادر و بر … تأکید کردند»): the action of the group that matched, proposed when that
next verb is future (NEXT_VERB)."""
GAP = "(?:(?!خواه)[^.؛:])"
"""What may stand between «به امضای/تصویب/تأیید» and «رسید»: who signs or adopts, not the future's
auxiliary («به تصویب خواهد رسید» is still to come)."""
VOTE = rf"به رای (?:گذاشته (?:{PASSIVE_PAST}|{TO_BE})|{done('گذاشت')}|{to_come(('گذاشت',), ('گذار',), ('بگذار',))})"
"""Put to a vote, in any tense and either voice («X به رأی گذاشته شد/می‌شود», «X را به رأی بگذارند»): laid
before the meeting, not yet adopted; an outcome reported after it («… به رأی گذاشته شد و تصویب گردید») takes
its own action (coordinated verbs: the last one counts)."""
BEFORE_VERB = {
    Action.ADOPTED: decided(
        rf"(?:به )?{STEMS[Action.ADOPTED]} (?:{PASSIVE_PAST}|{ACTIVE}|{REACHED})"
        rf"|اتخاذ (?:{PASSIVE_PAST}|{ACTIVE})|پذیرفته شد"
        rf"|مورد تصویب {AGENT}قرار (?:گرفت|گرفتند)|به تصویب {GAP}{{1,80}}?{REACHED}"
    ),
    Action.SIGNED: cue(
        rf"(?:به )?{STEMS[Action.SIGNED]} (?:{PASSIVE_PAST}|{ACTIVE}|{REACHED})|منعقد (?:{PASSIVE_PAST}|{ACTIVE})"
        rf"|انعقاد (?:{PASSIVE_PAST}|یافت)"
        rf"|به (?:امضای|امضاء){GAP}{{1,160}}?{REACHED}"
    ),
    Action.APPROVED: cue(
        rf"(?:{STEMS[Action.APPROVED]}|موافقت|توافق|منظور) (?:{PASSIVE_PAST}|{ACTIVE})"
        rf"|مورد (?:تایید|توافق|موافقت) {AGENT}قرار (?:گرفت|گرفتند)|به توافق (?:رسید|رسیدند)"
        rf"|به {STEMS[Action.APPROVED]} (?:{GAP}{{1,80}}? )?{REACHED}"
    ),
    Action.ISSUED: cue(rf"(?:به )?{STEMS[Action.ISSUED]} (?:{PASSIVE_PAST}|{ACTIVE}|{REACHED})|انتشار یافت"),
    Action.PROPOSED: gated(
        rf"(?:نهایی|تهیه|تدوین|اماده) (?:{PASSIVE_PAST}|{ACTIVE}|{TO_BE}|{TO_DO})|(?:به )?(?:امضاء?|تصویب) {TO_REACH}"
        rf"|(?:{'|'.join(STEMS.values())}) (?:{TO_BE}|{TO_DO})"
        rf"|مورد (?:تصویب|تایید|توافق) {AGENT}قرار (?:خواهد گرفت|خواهند گرفت|می گیرد|می گیرند|گیرد|گیرند)"
        rf"|به (?:امضای|تصویب|تایید) [^.؛:]{{1,80}}?{TO_REACH}|{FOR}(?:امضاء?|امضای|تصویب)"
        r"|در حال (?:نهایی|تدوین|تهیه|نگارش|امضا|تصویب) ?(?:شدن)?|اماده (?:امضا|امضاء|تصویب)(?:ست)?"
        r"|در دستور کار [^.؛:]{0,60}?قرار (?:دارد|دارند|گرفت|گرفته است|گرفته اند|خواهد گرفت|می گیرد)"
        rf"|{VOTE}"
    ),
}
"""Verbs after the document («X به امضا رسید», «X صادر شد», «X به توافق/به تأیید سران رسید»: approved, and so
is what the light verb of agreeing or of Dari approving acts on, in either voice: «بر سر/روی X توافق کردند»,
«X منظور کردند/شد»;
«X امضا خواهد شد», «X به امضای سران برسد», «X برای امضای سران», a draft «آماده/تهیه شد», «X در حال
نهایی شدن است», «X آماده امضاست», «X در دستور کار نشست قرار دارد» are still proposed)."""
DRAFT_VERB = cue(
    rf"{DRAFT_VERBS} (?:{PASSIVE_PAST}|{ACTIVE}|{TO_BE}|{TO_DO})"
    rf"|{DRAFT_VERBS} {AGENT}قرار "
    r"(?:(?:می )?(?:گیر|ده)(?:د|ند)|(?:خواهن?د )?(?:گرفت|داد)(?:ند)?|(?:گرفته|داده) (?:است|اند))"
)
"""The draft verbs in every tense, and their compound with «قرار گرفتن/دادن» («مورد بررسی قرار گرفت/خواهد
گرفت», «را مورد بازبینی قرار دادند»)."""
DRAFT_VERB_START = cue_regex(DRAFT_VERBS)
DISCUSSED = "(?:بحث|گفتگو|گفت و گو|رایزنی|مذاکره|مذاکرات|تبادل نظر)(?: و (?:بحث|گفتگو|گفت و گو|رایزنی|تبادل نظر))?"
"""Talks on a document («بحث و گفتگو روی مسوده …», «رایزنی در مورد کنوانسیون …»): it is put forward,
not yet adopted (proposed); a creation after them is a topic («گفتگو درباره ایجاد …»)."""
TALKED_AFTER = re.compile(r"[\s\u200c]*" + cue_regex(DISCUSSED).pattern)
"""Talks right after a statement a preposition of topic governs («در خصوص … و بیانیه پایانی بحث و تبادل نظر
کرد»): its text is still under discussion, proposed."""
DISCUSSED_CUE = worded(
    rf"{DISCUSSED} (?:در مورد|درباره|در باره|پیرامون|روی|بر سر|در خصوص)(?=[\s\u200c]+(?:{NOUNS}))",
    *("بحث", "گفتگو", "وگو", "و گو", "رایزنی", "مذاکره", "مذاکرات", "تبادل"),
)
"""Talks are common and document nouns more so: not one of ANY_CUE's words, but searched on its own
(documents.py) in sentences ANY_CUE turns away, which hold a talk word («گفت‌وگو» by «وگو», not by
«گفت», which most reported speech holds)."""
SPEAKING = "بیانیه|اعلامیه|قطع[\\s\\u200c]*نامه|فیصله[\\s\\u200c]*نامه"
SPEAKING_WORDS = ("بیانیه", "اعلامیه", "قطع", "فیصله")
"""Documents a meeting speaks through («در بیانیه‌ای/قطعنامه‌ای خواستار … شد», Dari «در فیصله‌نامه‌یی»): the
text it issues, and the words that gate their cue."""
NOUN_FIRST = [
    (Action.ADOPTED, worded("(?:به )?تصویب (?:رسیدن|رساندن|شدن)", "تصویب")),
    (Action.SIGNED, worded("(?:به )?امضاء? (?:رسیدن|رساندن|شدن)", "امضا")),
    (
        Action.PROPOSED,
        worded("(?:برای|جهت|به منظور|(?:به|با) هدف) (?:امضای|امضاء|تصویب|انعقاد|عقد)", "امضا", "تصویب", "عقد"),
    ),
    (Action.SIGNED, cue("امضای|امضاء|انعقاد|عقد")),
    (Action.ISSUED, cue("(?:صدور|انتشار)")),
    (Action.ISSUED, worded(f"(?:طی|ضمن|در)(?=[\\s\\u200c]+(?:{SPEAKING})[\\s\\u200c]*(?:ای|یی))", *SPEAKING_WORDS)),
    (Action.ADOPTED, cue("تصویب|پذیرش|قبول")),
    (Action.PROPOSED, cue("پیشنهاد|(?:ارایه|تقدیم)(?: یک)?")),
    (Action.PROPOSED, DISCUSSED_CUE),
    (
        Action.PROPOSED,
        worded("(?:تهیه|تدوین|اماده (?:کردن|سازی|نمودن|ساختن)|بررسی)(?=[\\s\\u200c]+پیش[\\s\\u200c]*نویس)", "نویس"),
    ),
    (Action.PROPOSED, worded("نهایی (?:کردن|نمودن|ساختن|سازی|شدن)", "نهایی")),
]
"""Infinitives («بعد از به تصویب رسیدن X», «پس از امضا شدن X») and action nouns before the document («با امضای X»,
«با عقد X», «با صدور X», «با پذیرش/قبول X» (accepting is adopting); «طی/ضمن/در بیانیه‌ای …» is a statement
issued, unless a ministry or office issues it, document_filters.unnamed); «برای/به هدف امضای/عقد X» (a purpose),
«پیشنهاد/ارائه (یک)/تقدیم X» (put forward: helpers.extract.document_offers) and drafting, preparing or reviewing
a draft («تهیه/تدوین/آماده کردن/بررسی پیش‌نویس X»; not «تهیه برنامه», which may be an aim) are proposed, and
so is a document whose finalizing is under way («نهایی کردن/نهایی‌سازی X», like «X را نهایی کردند»); one whose
drafting, finalizing or signing is only called needed or important is a topic (NEEDED_BEFORE).
"""
FINAL = worded(
    "(?:بیانیه|اعلامیه|اسناد|سند|قطع نامه)(?: ?(?:ها|های|ای|یی|ی))? (?:پایانی|مشترک(?: ?ای|ی)?|نهایی|ختامی)"
    "(?: (?:مطبوعاتی|خبری))?",
    *("بیانیه", "اعلامیه", "اسناد", "سند", "قطع"),
)
"""A final or joint statement (or final resolution, «قطعنامه پایانی»; a joint press statement, «اعلامیه مشترک
مطبوعاتی …», whose chain names its signers too) named with no action is the meeting's outcome: issued (not a draft
of one)."""
SIGNERS = re.compile(r"[\s\u200c]+(?:وزیران|وزرای|سران|رهبران|روسای|رییسان|نخست[\s\u200c]*وزیران|اعضای)(?!\w)")
"""Who issues a final or joint statement («بیانیه مشترک وزیران خارجه …»): part of its ezafe chain when the
chain names whose they are (a body or states: «… وزیران امور خارجه گروه هفت», «… روسای کشورهای عضو سازمان …»);
signers named by their office and a count alone (OFFICE_AND_COUNT: «… سران کشورهای عضو», «… روسای جمهور سه
کشور مذکور») name no one, and the statement's name ends before them."""
STILL_TO_COME = cue_regex("قرار است|قرار بود|انتظار می رود|پیش بینی می شود|دستور کار")
"""Pre-event wording, or an agenda («دستور کار نشست … قبول برنامه X»): what it acts on is still to come."""
UNDONE_BEFORE = re.compile(r"(?<!\w)(?:بدون|عدم)[\s\u200c]*$")
DENIED_BEFORE = re.compile(
    r"(?<!\w)(?:بدون|عدم)[\s\u200c]+(?:[^\s\u200c]+[\s\u200c]+(?:(?:به|از|بر|در)[\s\u200c]+)?)?$"
)
"""«عدم طرح/ارائه بیانیه نهایی», «بدون دستیابی به بیانیه مشترک»: a final statement whose putting forward,
issuing or reaching is denied (an action word, any, and its preposition between) is no outcome."""
FROM_BEFORE = re.compile(r"(?<!\w)از[\s\u200c]*$")
REFUSED = re.compile(r"[\s\u200c]*(?:[^\s\u200c.،]+[\s\u200c]+){0,3}?(?:خودداری|امتناع|سر[\s\u200c]*باز)")
"""An action noun denied («بدون/عدم امضای X», UNDONE_BEFORE) or refused («از امضای X خودداری کرد»,
FROM_BEFORE … REFUSED): X is neither acted on nor, if a final statement, issued."""
NEEDED_BEFORE = cue_regex("(?:لزوم|ضرورت|اهمیت|تاکید بر)(?: (?:لزوم|ضرورت|اهمیت))?", r"[\s\u200c]*$")
"""A word of need, importance or stress governing an action noun («بر لزوم تدوین X تأکید کرد», «اهمیت امضای X»,
«تأکید بر نهایی کردن X»): the action is wished for or weighed, a topic of the talks, not done at the meeting
(tests/devset/README.md, session 11: drafting called for or stressed is no row). Unlike READY («خواستار امضای
X»), where the meeting asks for the document itself."""
HOPED = cue_regex("امیدوار|امید است|ارزو", end="")
"""Hope («امیدواریم …», «امید است …», «آرزو دارد …»): an indefinite document it reaches is one wished for, none
acted on (documents._not_told)."""
READY = re.compile(r"(?<!\w)(?:اماده|امادگی(?:[\s\u200c]+برای)?|خواستار|مایل[\s\u200c]+به|منتظر)[\s\u200c]*$")
"""Ready for, calling for, waiting for an action noun («آماده امضای X است»): X is still to be signed."""
BASIS = (
    r"(?<!\w)(?:بر[\s\u200c]*اساس|بر[\s\u200c]+پایه|طبق|بنا[\s\u200c]*بر|به[\s\u200c]+موجب|به[\s\u200c]+استناد|مطابق(?:[\s\u200c]+با)?"
    r"|وفق|در[\s\u200c]+چارچوب|در[\s\u200c]+اجرای)"
)
ACCORDING = re.compile(rf"{BASIS}[\s\u200c]*$")
"""«بر اساس بیانیه پایانی، …»: the statement is there to be cited, issued whatever tense follows; any
other document after a preposition of basis (BASIS: «طبق/به موجب/در چارچوب/در اجرای X») is cited as the
ground of something else (helpers.extract.document_outside.cited)."""
NEXT_VERB = re.compile(
    r"(?<!\w)(?:(?P<future>خواهد|خواهند|شود|شوند|کند|کنند|گردد)"
    r"|شد|شدند|کرد|کردند|رسید|گرفت|داد|است|بود|گردید)(?!\w)"
)
"""A final statement in a pre-event sentence («قرار است در بیانیه پایانی …», «… تأکید خواهد کرد»)
is still to be issued: proposed (one whose verb is negated is no row: documents._denied)."""
ACTED_ON_NEXT = re.compile(
    rf"[\s\u200c]+(?:[^\s\u200c.،؛]+[\s\u200c]+)?می[\s\u200c]*(?:{'|'.join(BECOME_NOW)})(?:د|ند)(?!\w)"
)
"""The present of «شدن» right after a final statement, a participle or none between («… در بیانیه پایانی
گنجانده می‌شود», «بیانیه پایانی قرائت می‌گردد»): the statement is acted on, a change still to come, as
report_time.BECOMING reads «حاضر می‌شود»; with what it says between («در بیانیه … بر X تأکید می‌شود») the
present is the statement's content."""
CONTAINER = re.compile(
    r"(?<!\w)(?:گزارش|گزارشی|اجرای|اجرایی[\s\u200c]*(?:کردن|سازی|شدن)|روند|نتایج|بررسی|اهداف|تطبیق|پیاده[\s\u200c]*سازی"
    r"|تحقق|پیگیری|تدوین|تهیه)"
    r"(?:[\s\u200c]+(?:کامل|دقیق|از|درباره|در مورد))*(?:[\s\u200c]+یک)?[\s\u200c]*$"
)
"""A noun whose complement the document word is («گزارشی از برنامه‌ها», «اجرای کامل بیانیه», «تدوین
پیش‌نویس X», the indefinite «یک» between or none: «تدوین یک سند مشترک»): the verb acts on the report, the
implementation («اجرا», «اجرایی کردن/سازی», Dari «تطبیق», «پیاده‌سازی») or the drafting («بر تدوین X توافق
کردند»: X is proposed, by the action noun of drafting), not on a document of this meeting."""
MEMBER_OF = re.compile(r"(?<!\w)(?:عضو|اعضای|طرف[\s\u200c]*های|طرفین)[\s\u200c]+$")
TREATY = cue_regex(r"(?:کنوانسیون|معاهده|پیمان نامه|عهد ?نامه|میثاق)(?![\w\u200c])")
"""A treaty named after «عضو/اعضای/طرف‌های» («کشورهای عضو کنوانسیون X», «طرف‌های معاهده Y») names the body
of its parties, whose meeting it may be, not a document acted on; an indefinite one («عضو کنوانسیونی …»
is none) or another document («کشورهای عضو راهبرد X را تصویب کردند»: members, then their object) is."""
TOPIC_BEFORE = re.compile(
    r"(?<!\w)(?:در[\s\u200c]*(?:خصوص|مورد|زمینه|باره|راستای)|درباره|پیرامون|راجع[\s\u200c]+به|جهت|برای"
    r"|به[\s\u200c]+منظور|مبنی[\s\u200c]+بر)[\s\u200c]*$"
)
CREATION_RE = cue_regex(CREATION)
"""A creation after «در خصوص/درباره/برای …» is the topic of another noun («توافق در خصوص ایجاد منطقه
آزاد», «تلاش برای تشکیل صندوق»), not a decision acted on."""
KIND = re.compile(r"(?:سند|اسناد)[\s\u200c]+")
NOUN_RE = cue_regex(NOUNS)
"""«سند موافقت‌نامه …»: a KIND word before a document noun (NOUN_RE; not a creation, «سند ایجاد …»)
gives the kind, and the title starts at the document's own noun."""
DRAFT_START = re.compile(r"پیش[\s\u200c]*نویس|مسوده")
"""A draft («پیش‌نویس …»): what «ارائه شد» puts forward as a document (a plan presented may be
another body's, presented elsewhere)."""
DRAFT_BEFORE = re.compile(r"(?<!\w)(?:پیش[\s\u200c]*نویس|مسوده)[\s\u200c]*$")
VAGUE = "(?:دیگر|مختلف|متعدد|متنوع|گوناگون)"
"""Adjectives that leave a document unnamed («اسناد مهم دیگری», «توافق‌نامه‌های مختلف»): with no number
and no words of its own, the phrase names no document."""
BACK_REFERENCE = "مورد نظر|مذکور|یاد ?شده|فوق(?: ?الذکر)?|مزبور|نامبرده|مربوطه"
"""Words that point back to something named before («قرارداد مذکور», «نشست یادشده», «اسناد مربوطه»: the
relevant ones; «مربوط به X» starts what a document is about instead)."""
OFFICE_AND_COUNT = cue_regex(
    rf"امور|خارجه|جمهور|جمهوری|دولت|دولت های|کشور|کشورها|کشورهای|عضو|و|{NUMBER}|{BACK_REFERENCE}"
)
"""The words of signers named by office and count alone (SIGNERS, document_words.names_no_one)."""
GENERIC = cue_regex(
    rf"(?:{QUANTITY} )?(?:تصمیم(?:ات)?|تصامیم|فیصله(?: ?ها)?){ENDING}(?: [^\s\u200c]+)?(?: در .*)?"
    rf"|توافق(?:ات)?{ENDING}(?: با .*)?"
    r"|(?:تصمیمات|تصامیم)(?: ?(?:ای|یی|ی))?(?: [^\s\u200c]+)? (?:برای|جهت) .*"
    rf"|(?:{HEADS})(?: ?(?:ها|های))? (?:زیر|ذیل)"
    r"|برنامه (?:ریزی|سفر|زمانی|زمان بندی|دیدار|سخنرانی|هسته ای|موشکی)(?: ?(?:ها|های|ای|یی|ی))?(?!\w).*"
    r"|طرح (?:موضوع|مسئله|مساله|بحث|این|ان|ادعا)(?!\w).*"
    rf"|(?:{HEADS})(?: ?(?:ها|های))? (?:{BACK_REFERENCE})(?!\w).*"
    rf"|(?:{HEADS}){ENDING}(?: (?:مهم|جدید|زیاد|بیشتر|عمده)ی?)*(?: {VAGUE}ی?)+(?: (?:نیز|هم))?"
)
"""Unnamed decisions («تصمیمات مهمی», «چند تصمیم», «تصمیمات لازم برای …»: what they are for names none, nor where
they are taken, «تصمیمی استثنایی در X»; «تصمیم برای ایجاد X» names one), a bare «توافق/توافقات» (agreement reached,
no text; with whom, «توافق با X», names none), «اسناد زیر» (the list that follows names them), a
document word with only vague adjectives (VAGUE: «اسناد مهم دیگری», «توافق‌نامه‌های مختلف»; a count, «ده سند مختلف»,
stays), a schedule or a weapons programme («برنامه سفر …», «برنامه هسته‌ای …») and «طرح» meaning the raising of a
matter («طرح این موضوع»): no document of this meeting; nor is a document word with a back reference («قرارداد مورد
نظر», «تفاهم‌نامه مذکور»), which names one already named, as «این قرارداد» does. An indefinite «سندی/اسنادی»
or a bare «اسناد» acted on is no generic phrase but one row, as «بیانیه‌ای» is (the lead's decision, session 23,
as the dev-set gold has it)."""
EARLIER_MEETING = re.compile(
    rf"[\s\u200c]+(?:(?:ان|اخرین)[\s\u200c]+(?:{MEETING})"
    rf"|(?:{MEETING})[\s\u200c]+(?:قبلی|گذشته|پیشین|سال گذشته))(?!\w)"
)
"""Words after a final statement that place it at an earlier meeting."""
LATER_MEETING = cue_regex(rf"(?:{MEETING})(?: [^\s\u200c]+(?![^\s\u200c]))? (?:اتی|اینده|بعدی)")
"""A later meeting in a title's chain («اسناد نهایی اجلاس آتی», «اسناد مورد نیاز اجلاس آینده سران»): documents
that meeting is to adopt, which this one only prepares and does not name, no row (the dev-set README's session-8
rule); a named draft put forward now keeps its row (DRAFT_START). The word between runs to its end, so «آتی»
is a word of its own, not the end of one («جلسه موضوعاتی» is a thematic meeting)."""
EARLIER = cue_regex(
    r"(?:سال|سال ها|ماه(?: [^\s\u200c.،]+)?|ماه ها|دهه) (?:گذشته|قبل|پیش)|(?:سال|ماه|دهه)(?: ?ها(?:ی)?)? اخیر"
    rf"|(?:{MEETING}) (?:قبلی|پیشین|گذشته)"
    r"|قبلا|اخیرا|پیشتر|پیش از این|تاکنون|تا کنون|تا به حال|تا به امروز|تا امروز|از زمان|در گذشته"
)
"""Words in a document's clause that date its action before this meeting («اخیراً», recently; a month named
before «گذشته/پیش», «ماه مارس گذشته»; recent years, «در چند سال اخیر», «سال‌های اخیر», not a recent meeting;
«از زمان امضای X», since it), or sum the signings up to now («تاکنون ۳۰ سند امضا شده است»): documents only
referred to."""
EARLIER_START = re.compile(rf"(?:(?:همچنین|و|اما|البته)[\s\u200c]+)?(?:{EARLIER.pattern})")
"""A sentence that opens on a word of an earlier time («پیش از این … برگزار شد و X به تصویب رسید», «قبلاً …»):
the opening dates every act the sentence tells done, in whatever clause; what it puts forward may still be
this meeting's («… پیش‌نویس X تهیه شده که در این اجلاس بررسی می‌شود»)."""
BEFORE_OPENING = cue_regex(rf"(?:پیش|قبل) از (?:اغاز|شروع|افتتاح)(?: ?(?:رسمی|کار))? (?:{MEETING})")
"""An action dated before the meeting opened («… پیش از آغاز رسمی نشست به امضا رسید»): on its side, not at it."""
EARLIER_OPENING = cue_regex(
    rf"(?:(?:همچنین|و|اما) )?(?:در|طی) (?:{MEETING}|دور)(?: ?(?:ی|ای))? (?:قبلی|پیشین|گذشته|قبل|سال گذشته)"
)
"""A sentence that opens at an earlier meeting («در اجلاس قبلی که … برگزار شد، ۱۲ سند امضا شده بود»)
reports that meeting's documents, whatever clause its verb is in."""
RELATIVE_IN_BEFORE = re.compile(r"(?<!\w)که[\s\u200c]+در[\s\u200c]*$")
STANDS = cue_regex("(?:امده|ذکر شده|درج شده|مندرج|منعکس شده|اشاره شده)(?: است| اند)?")
"""«… که در سند دوم آمده است»: the document (after a relative «که در», RELATIVE_IN_BEFORE, before a participle of where
a text stands, STANDS) holds what is acted on, and is not itself acted on; a sentence that opens on «در X
آمده است» quotes X instead (document_clauses.sourced)."""
POSTPONED = "به تعویق (?:افتاد|افتاده|انداخت|انداختند|انداخته|می افتد|می اندازند)|موکول (?:شد|شده|کرد|کردند|گردید)"
"""«صدور X را به تعویق انداختند», «امضای X به جلسه بعد موکول شد»: the action is put off, the document still
to come (proposed); its own past verb («شد», «انداخت») would otherwise read it as done."""
DOC_FUTURE = cue_regex(
    "(?P<future>(?:خواهد|خواهند) [^\\s.]+|می (?:یابد|رسد|شود|شوند)|قرار است|در دستور کار|پیش بینی شده"
    "|(?:از|جزو) (?:جمله )?(?:مهم ?ترین )?(?:برنامه ?های?|اهداف)"
    f"|{POSTPONED})"
    "|شد|شدند|کرد|کردند|داد|دادند|رسید|رسیدند|گرفت|یافت|است|بود"
)
"""Pre-event wording as the next verb after an action noun (or STILL_TO_COME before it), or a predicate
of plans («… از جمله برنامه‌های سفر است»), or a postponement (POSTPONED): still to be signed or adopted; a
past verb first keeps the action."""
PROPOSE = cue("پیشنهاد (?:داد|دادند|کرد|کردند|کرده است|داده است)")
FINITE = r"(?<!\w)(?:شد|شدند|شود|شوند|کرد|کردند|رسید|گرفت|داد|است|بود|که)(?!\w)"
CLAUSE_BREAK = re.compile(rf"[،؛:]|{FINITE}(?: و(?!\w))?|(?<!\w)(?:شده|کرده|رسیده) و(?!\w)")
VERB_BREAK = re.compile(rf"[؛:]|{FINITE}")
COPULA = re.compile("است|بود")
"""The copula among FINITE's words: a clause it ends says what something is, needs or seeks, not what was done."""
HAS_VERB = re.compile(
    rf"{FINITE}|(?<!\w)(?:می|خواهد|خواهند|شدند|کردند|رسیدند|دادند|دارد|دارند|اند)(?!\w)|\w\w(?:دند|تند)(?!\w)"
)
"""A finite verb (or any past plural, «…دند/…تند»): a headline without one («امضای تفاهم‌نامه …») names
a document but no tense."""
ADJUNCT = cue_regex("از سوی|از طرف|توسط|در حضور|با حضور")
"""Agent or witnesses between a document and its verb («… از سوی وزیران در حضور الف، ب و ج امضا شد»):
the document's clause ends where they begin, and their commas break nothing."""
LIST_OPENER = r"(?:شامل|مشتمل[\s\u200c]+بر|از جمله|یعنی|عبارت[\s\u200c]*(?:ند|اند)[\s\u200c]+از)"
"""Words that open the list of documents a count or a plural names («سه سند شامل/مشتمل بر الف و ب», «… عبارتند از»)."""
OPENER_RE = re.compile(rf"[\s\u200c]+{LIST_OPENER}[\s\u200c]+")
LISTS = re.compile(rf"(?:^|[\s\u200c]){LIST_OPENER}[\s\u200c]*$")
"""A list opener closing a stretch: what follows it are the items of the title before it."""
NOT_ITEM = re.compile(r"(?:در|به|با|از|برای|درباره|پیرامون|حوزه|زمینه|موضوعات|مسائل)(?!\w)")
"""A list that opens with a preposition or a field («اسنادی از جمله در زمینه انرژی») lists topics."""
JOINER = rf"(?:و(?:[\s\u200c]+(?:همچنین|نیز))?|{LIST_OPENER})"
"""What joins coordinated documents: «و», «و همچنین», «و نیز», or a list opener."""
SUBJUNCTIVE_END = re.compile(r"[\s\u200c]+\S+[\s\u200c]+(?:شود|شوند|گردد|کند|کنند|بشود)$")
THIS_BEFORE = re.compile(r"(?<!\w)(?:این|ان)[\s\u200c]*$|(?:سالگرد|سالگی|سالروز)[\s\u200c]*$")
"""«این/آن» right before a document or action word: one named before; an anniversary («سالگرد امضای
…») is of a signing long past."""
NAMING = r"(?:(?:تحت|با|به|زیر)[\s\u200c]+عنوان|(?:به|زیر)[\s\u200c]+نام|موسوم[\s\u200c]+به)"
NAMED = re.compile(rf"(?<!\w){NAMING}[\s\u200c]*«?[\s\u200c]*$")
NAMED_NEXT = re.compile(rf"(?:[\s\u200c]+[^\s\u200c]+){{0,3}}?[\s\u200c]+{NAMING}(?!\w)")
NAME_AFTER = re.compile(rf"[\s\u200c]+{NAMING}[\s\u200c]+«?[\s\u200c]*")
"""«X تحت عنوان/موسوم به Y»: Y is the document's name, X its kind («متن بیانیه پایانی تحت عنوان بیانیه
مشهد», «بیانیه‌ای موسوم به «اعلامیه …»»); NAMED_NEXT finds the naming words after X, NAME_AFTER the
name's start right after a document word."""
PARTICIPLE_LIST = cue_regex(
    rf"(?:از جمله|شامل) (?:{HEADS})(?: ?(?:ها|های))? (?:مورد )?(?P<stem>تصویب|تایید|امضاء?)(?: شده)?"
)
"""«از جمله طرح‌های مورد تصویب … ، الف و ب بود»: the documents listed after the comma, with the
participle's action (PARTICIPLE_ACTION)."""
PARTICIPLE_ACTION = {"تصویب": Action.ADOPTED, "تایید": Action.APPROVED, "امضا": Action.SIGNED, "امضاء": Action.SIGNED}
AMONG = cue_regex(rf"(?:در میان|از میان|از جمله|ازجمله) (?:این|ان) (?:{HEADS})(?: ?(?:ها|های))?")
AMONG_WORDS = re.compile("میان|جمله")
AMONG_THEM = cue_regex("که (?:از (?:ان|این) جمله|از جمله (?:انها|انان|انها را)|(?:در|از) میان (?:انها|انان))")
"""«سه سند امضا شد که از آن جمله می‌توان به الف و ب اشاره کرد»: the same sentence names some of the
documents it has just reported (AMONG_THEM after them)."""
AMONG_LEAD = re.compile(r"[\s\u200c،:]*(?:می[\s\u200c]*توان[\s\u200c]+(?:به|از)[\s\u200c]+)?")
AMONG_END = re.compile(
    r"(?:[\s\u200c]+(?:نیز|هم))?[\s\u200c]+(?:دیده|اشاره|نام برد|به چشم|است|بود|هستند|بودند|می)(?!\w)"
)
"""«در میان/از جمله این اسناد، الف و ب نیز دیده می‌شود», «… می‌توان به الف و ب اشاره کرد»: the
documents just reported (AMONG) name some of theirs, up to the verb (AMONG_END)."""
COPULA_END = re.compile(r"[\s\u200c]+(?:بود|بودند|است|هستند|بوده است)[\s\u200c.]*$")
PROPOSED_BY = "به پیشنهاد"
LEAD = re.compile(
    r"[\s\u200c]*«?(?:(این|ان)[\s\u200c]+)?(?:(?:کلیات|مفاد|متن(?:[\s\u200c]+کامل)?)[\s\u200c]+)?(?:یک[\s\u200c]+)?"
)
"""What may stand between an action noun and its document: a quote mark, «این/آن» (group 1: one named
before), the part acted on («تصویب کلیات سند …», «انتشار متن بیانیه …»: the document is acted on) and the
indefinite article «یک» («با صدور یک قطعنامه»: one document, as «قطعنامه‌ای»)."""
AND_ONE = re.compile(r"[\s\u200c]+و[\s\u200c]+(?:یک[\s\u200c]+)?")
"""«و» joining the next document of a list, with its indefinite «یک» or none («یک قطعنامه و یک بیانیه»)."""
ONE_BEFORE = re.compile(r"(?<!\w)یک[\s\u200c]+$")
"""The indefinite «یک» right before a document word: a bare noun after it names one document."""

CUES = [*BEFORE_VERB.values(), *(c for _, c in NOUN_FIRST if c is not DISCUSSED_CUE), FINAL, PROPOSE]
ANY_CUE = re.compile(trie_pattern(DRAFT_WORDS.union(OFFER_NOUNS, *(c.words or {""} for c in CUES))))
"""One search for the words of every cue: most sentences hold none, and need no other test."""
