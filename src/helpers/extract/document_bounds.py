"""Where a document title's noun phrase ends (helpers.extract.document_titles reads these): what may
follow an indefinite document noun, the verbs, prepositions, settings and clause marks that cannot
continue a title's ezafe chain, and where a counted title ends. Split out of
helpers.extract.document_cues (the words that find documents and their actions). Patterns are folded
(helpers.text.gazetteer.fold); in a `cue` a space also matches a ZWNJ or nothing."""

from __future__ import annotations

import re

from helpers.extract.document_cues import ABOUT, ABOUT_RE, BASIS, LIST_OPENER, NOUNS, NUMBER
from helpers.extract.meeting_nouns import MEETING
from helpers.extract.mentions import cue_regex
from helpers.extract.verb_classes import SAYING

STEM_ADJECTIVE = "اور|امیز|ساز|پذیر"
"""Present stems that make a compound adjective of the word before them («الزام‌آور», «تحریک‌آمیز»,
«سرنوشت‌ساز», «انعطاف‌پذیر»; folded): one word, however it is written (document_sameness.title_words)."""
INDEFINITE_GOES_ON = cue_regex(
    r"[^\s\u200c]*(?:\u200c[^\s\u200c]*)*(?:ی|جانبه|(?:ده|ته)(?![\s\u200c]*(?:اند|است|ایم|بود|که)(?!\w)))"
    r"|مشترک|جدید|مهم|کامل|جامع|ویژه|تازه|مفصل|\d+"
    rf"|(?:غیر(?! از(?!\w))|ضد)\w*(?: \w+ ?(?:{STEM_ADJECTIVE}))?|\w+ ?(?:{STEM_ADJECTIVE})"
    r"|(?:برای|شامل|حاوی|(?:با|تحت) عنوان|به نام|جهت|به مناسبت)|از(?! سوی| طرف)|با امضای"
)
"""What may follow an indefinite document noun inside its title: an adjective (most end in «ی»,
«پایانی», or are participles, «گسترده», unless a perfect's ending or «که» follows: «… گفته‌اند/نوشته است/گفته
که» is the verb; «سه‌جانبه», «مشترک»; a compound adjective with no «ی» to show it: negated or
opposing, «غیر الزام‌آور», «ضد تروریسم», not «غیر از», or made with a present stem, «الزام‌آور», «سرنوشت‌ساز»),
a number, or a complement of purpose or name («برای …», «تحت عنوان …»; not after «را», which closes
it; not what it is about, ABOUT, nor what it is against: «بسته تحریمی جدیدی علیه X», the dev-set
README's session-9 decision).
An indefinite noun closes its noun phrase, so anything else («بیانیه‌ای به کار خود پایان داد»,
«طرحی ارائه کرد») is the sentence going on."""
EVENT_NOUNS = (
    r"برگزاری|امضای|تصویب|صدور|انتشار|بررسی|دیدار|گفتگو|گفت[\s\u200c]*و[\s\u200c]*گو|سخنرانی|اعلام|تاکید|اتخاذ"
    r"|پیگیری|تبادل|اماده[\s\u200c]*سازی|تهیه"
)
"""Verbal nouns of other events of the meeting («… و برگزاری نشست خبری», «… و آماده‌سازی دستور کار»),
written for plain regexes (a ZWNJ, a space or nothing inside a compound)."""
AFTER_TITLE = (
    "باید|نباید|بایستی|می بایست|شاید|هنوز|همچنان|سپس|متعاقبا|بعدا|قبلا|رسما|مجددا|نهایتا|اخیرا|احتمالا|حتما|فورا"
    "|قطعا|عملا|فعلا|ضمنا|اساسا|به احتمال (?:زیاد|قوی|فراوان)|به زودی|بزودی|به تدریج|(?:یک )?بار دیگر|بارها|دوباره"
    "|همچنین|همواره"
    "|امده|امده است|ذکر شده|درج شده|مندرج|مصوبه|به هدف"
    rf"|پیشنهادی(?! (?:{NOUNS}))"
)
"""Words that follow a title and are none of it: a modal («سند نهایی باید …»), an adverb («… متعاقباً/بار دیگر/
همچنین منتشر شد», «… به احتمال زیاد … تصویب می‌شود»),
a participle saying where a text stands («… که در سند دوم آمده»), «مصوبه» naming who
adopted it («قطعنامه الف مصوبه نشست وزیران»; «پیشنهادی …» who proposed it, not before the document's
own noun: «سند پیشنهادی چارچوب …», the proposed framework document) and a purpose."""
AFTER_TITLE_RE = cue_regex(AFTER_TITLE)
VERBS = (
    r"(?<!\w)(?:می|نمی|ن?خواهد|ن?خواهند|نشد|نشده|نکرد|نکرده|شد|شدند|شده|شود|رسید|رسیده|کرد|کردند|کرده|کند|نمود|نمودند|نموده|داد|دادند|داده|یافت|یافته"
    r"|گرفت|گرفتند|گرفته|گردید|گردیده|ساختند|دارد|دارند|داشت|داشتند|داشته|\w\w(?:دند|تند))(?!\w)"
)
"""A verb, its prefix or its participle ends a title, and the word before it is the verb's own noun
(«پایان می‌یابد», «… استقبال کرده است», «گرد آمدند»: any past plural): a title never holds a verb."""
WITH_NOUNS = ("مبارزه", "مقابله", "همکاری", "تعامل", "هماهنگی", "رابطه", "ارتباط", "توافق")
WITH = "".join(f"(?<!{noun} )" for noun in WITH_NOUNS) + "با"
"""«با» (with) opens what goes with a document in the sentence («بیانیه X با ده محور صادر شد», «… با
اکثریت آرا تصویب شد»), unless a noun of the title's chain governs it (WITH_NOUNS: «مبارزه با …», «همکاری با …»,
«طرح توافق با X»: the party agreed with)."""
ALIGNED = rf"(?:در[\s\u200c]+(?:راستای|قالب|پی|پاسخ|سایه|پرتو|ادامه|طول|کنار)|{BASIS})"
"""Compound prepositions of alignment, sequence or basis («در راستای/در قالب/در پی/در پاسخ به …», «بر اساس/طبق/در
چارچوب …», cues.BASIS): an adverbial of the clause, which no ezafe chain holds."""
NO_NOUN_PHRASE = (
    r"[/|]|\s[-–]\s(?!\d)|(?<![\w\u200c])(?:نیز|هم|خواستار|بدون|برای(?![\s\u200c]+سال[\s\u200c]*های)(?=(?:[\s\u200c]+\S+){0,2}?[\s\u200c]+(?:سال|ماه|دوره|نیمه|فصل|هفته|بار|مرتبه)(?!\w))|مورخ|مصوب|مورد(?=[\s\u200c]+\S+[\s\u200c]+(?:قرار|واقع))|در[\s\u200c]*حالی[\s\u200c]*(?:که)?|ضمن)(?![\w\u200c])"
    rf"|(?<![\w\u200c])(?:(?P<with>{WITH}(?![\s\u200c]+عنوان))|{ALIGNED}|\w+\u200c?ترین)(?![\w\u200c])"
    r"|[\s\u200c]و[\s\u200c]+(?=(?:سایر|دیگر|بقیه)(?!\w))|[\s\u200c]*\((?=[\s\u200c]*(?:از|در|به|با|تا)(?!\w))"
    rf"|[\s\u200c]و[\s\u200c]+(?=(?:{EVENT_NOUNS})(?!\w))"
    rf"|(?<![\w\u200c])(?:{'|'.join(v for v in SAYING if ' ' not in v)})(?![\w\u200c])"
)
"""What cannot continue a title's noun phrase (an ezafe chain of nouns, adjectives, ordinals and names
goes on): a headline separator («/», «|», « - »; not before a number, which names «گروه - ۲۰» or spans
«۲۰۲۲ - ۲۰۲۶»), «نیز/هم», «بدون» (what the document leaves out: «بیانیه … بدون نام بردن از X»), a time
(«برای سال آینده», «برای نخستین بار»; a purpose, «برای گسترش …», and a named
span of years, «برای سال‌های ۲۰۲۶ تا ۲۰۳۵», stay), the document's date («مورخ/مصوب …»), a concessive or
circumstantial clause («در حالی … که», «درحالیکه», «ضمن …»: the sentence goes on around the verb), a verbal
compound's nominal part («مورد تأکید قرار گرفت», «خواستار … شدند»), «با» no noun of the chain governs (WITH), a
compound preposition (ALIGNED), a superlative, which opens a predicate («… مهم‌ترین دستاورد بود»), «و» opening
another list («و سایر/دیگر …»), an aside in parentheses that opens with a preposition («… (از قبل) …») and «و»
before another event of the meeting (EVENT_NOUNS: «… و برگزاری نشست خبری», «… و آماده‌سازی دستور کار»), and a
simple verb of saying (verb_classes.SAYING: «با ارائه طرح X گفت …»), no part of the title."""
NO_NOUN_PHRASE_RE = re.compile(NO_NOUN_PHRASE)
TITLE_STOP = re.compile(
    rf"[،؛:.!?«»()]|{ABOUT_RE.pattern}|(?<!\w)(?:که|را|به|در|شامل|یعنی|جزو|(?<!حفاظت )(?<!حمایت )از"
    rf"|{WITH}|بر|توسط|تا|پس|پیش|بود|بودند|است|هستند|باشد)(?!\w)"
    rf"|{AFTER_TITLE_RE.pattern}|(?P<verb>{VERBS})|{NO_NOUN_PHRASE}"
)
"""Where a title after an action noun ends: before what it is about (ABOUT), any «در» and a list
(«شامل …», «از جمله …»); a
complement of a noun inside it goes on («مبارزه با …», «حفاظت از …»), while «بر» opens what the
sentence stresses («با صدور بیانیه‌ای بر … تأکید کردند»), a copula ends the subject («… تصویب نقشه
راه همکاری بود») and a superlative opens a predicate («… مهم‌ترین دستاورد بود»); NO_NOUN_PHRASE's
ends hold here too."""
DEMONSTRATIVE = re.compile(rf"(?<!\w)(?:این|ان|همین)[\s\u200c]+(?:{NUMBER}[\s\u200c]+)?[^\s\u200c]+")
"""«این/آن» and its noun (after a number: «این دو کشور») close a title's ezafe chain («طرح این موضوع», «قطعنامه
این سازمان»): what follows is the sentence going on."""
MAX_TITLE_WORDS = 7
TRAIL = re.compile(r"(?:[\s\u200c،]+(?:را|نیز|هم|همچنین|از سوی \S+|توسط \S+|با|به|در|از|برای|و|این|ان|همین))+$")
"""Words a title never ends with: the object mark, an adverb, an agent, a preposition left before a
meeting pointed at («سند الحاق X به این سازمان» → «سند الحاق X») or by the word cap, «و» left by it, a
demonstrative with no noun after it («… بیانیه این اعلام کرد»: the verb's word follows, a slip for «بیانیه‌ای»)."""
MEETING_PLACE = re.compile(rf"(?<!\w)(?:{MEETING})(?:[\s\u200c]+[^\s\u200c،.]+){{0,2}}?(?=[\s\u200c]+در[\s\u200c])")
"""A meeting named in a title («سند … اجلاس سران در پایتخت»): the title ends before where that meeting
is held (a «در» after it)."""
SETTING = cue_regex(
    rf"(?:{AFTER_TITLE})"
    rf"|(?:در|طی) (?:{MEETING}|دیدار|پایان|اخیر|ختم|جریان|حاشیه|روز|سال|ماه|دوره|تاریخ|این|ان|شهر|مراسم)"
    r" ?(?:ای|یی|ی)?"
    r"|در (?:نتیجه|پی|اثر|ادامه)"
    rf"|به (?:{MEETING})|(?:در|با) (?:\d+|{NUMBER})|روز|امروز|دیروز|فردا|امشب|پس از|پیش از"
    r"|با (?:تاکید|اشاره|حضور|اکثریت|اجماع|رای|ارای|استقبال)|به میزبانی|به اتفاق"
    r"|صبح|ظهر|عصر|شب|بامداد|هفته (?:گذشته|جاری|اینده)|(?:یک|سه|چهار|پنج)? ?شنبه|جمعه|اکنون|هم اکنون|سرانجام"
    r"|در نهایت|بالاخره|همزمان|به (?:صورت|طور|شکل) (?:رسمی|رسما|کامل|مشترک)"
    rf"|را|{ABOUT}"
)
"""Where («در پایان/حاشیه …», Dari «در اخیر/ختم نشست»; what is put to a meeting, «به نشست»; the period it
covers, «در دوره …»), what it follows from («در نتیجه/پی/اثر/ادامه …»), its size
(«در ۳۱ صفحه», «در هشت بند»: «در/با» and a count, in digits or words), when
(a weekday, not the city «دوشنبه»; «صبح», «سرانجام») and how («به صورت رسمی», «با اجماع»: a manner ends a
title even inside a purpose, where another «با» may belong to the purpose), after a document and before
its verb, the object mark «را» (an indefinite document's too, phrase_end) and what the
document is about (ABOUT): not part of the title."""
COUNT_END = re.compile(
    r"[\s\u200c]+(?:(?:در|به)[\s\u200c]+(?:زمینه|مورد|خصوص|باره|حوزه|منظور)|درباره|پیرامون|برای|با|مابین|بین|میان"
    rf"|از|به|در|جهت|{LIST_OPENER})(?=[\s\u200c])"
)
"""A counted title is the counted noun phrase («چهار طرح», «۳ سند همکاری»): it ends before a
prepositional complement, which says what the documents are about, not what is counted, or its list."""
PURPOSE = re.compile(r"(?<!\w)(?:برای|جهت|به[\s\u200c]+منظور)(?!\w)")


def phrase_end(folded: str, pos: int, end: int) -> int:
    """Where the noun phrase of a title at `pos` ends, up to `end`: at a SETTING or at what cannot continue
    it (NO_NOUN_PHRASE); a «با» after a purpose («برنامه‌ای برای تجهیز نیروها با سلاح‌های نو») belongs to
    the purpose's verbal noun, inside the title. «را» closes the phrase, an indefinite document's too
    («کنوانسیون X را برای …», «طرحی را برای توسعه …»: a title never holds the object mark; a purpose after
    it goes with the verb). A second purpose («آیین‌نامه‌ای برای ایجاد شورایی برای جلسات …») is the purpose of a
    noun inside the first, and ends the title."""
    for m in NO_NOUN_PHRASE_RE.finditer(folded, pos + 1, end):
        if not (m["with"] and PURPOSE.search(folded, pos, m.start())):
            end = m.start()
            break
    purposes = list(PURPOSE.finditer(folded, pos + 1, end))
    end = purposes[1].start() if len(purposes) > 1 else end  # a title holds one purpose: the next is another noun's
    setting = SETTING.search(folded, pos + 1, end)
    return setting.start() if setting else end
