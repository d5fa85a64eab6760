"""Where an act is placed at the meeting: the words that name it (helpers.extract.meeting_nouns), an
ordinal before its name, and «در» with the part of it an act was done in («در این نشست», «در مراسم
افتتاحیه», «در جمع سران»), not a press, domestic or earlier meeting. One copy for the status cues
(helpers.extract.cues) and the clause reader (helpers.extract.readings.PLACE). Also the state the
meeting is in, read off the city the text places it in (`venue_state`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from helpers.extract.document_cues import ABOUT, NOUNS
from helpers.extract.meeting_nouns import CONFERENCE, MEETING
from helpers.text.gazetteer import fold
from helpers.text.places import CITY_NOUN, PLACE_BEFORE, find_cities

SPACED_WORD = "[^\\s\u200c.؛،][^\\s.؛،]*"
"""A word where a cue sets its words apart by a real space (`\\s`, which `cue` cannot make optional): no space
or clause mark inside, a ZWNJ only inside. With every separator optional a run of words could be split anywhere,
and a cue that fails was tried every split (the ordinal, the trip and reach words, the next words below)."""
ORDINAL = f"(?:\\d+ (?:ا?مین|ام)|(?:{SPACED_WORD}\\sو )*{SPACED_WORD}مین)(?![\\w\u200c])"
"""An ordinal before the meeting's name («چهاردهمین», «بیست و هشتمین», «۷۸مین»), also a number written apart
from its ending («۷۸ امین», «۷۸ ام»; folded digits). Its words (SPACED_WORD) are joined by «و» standing as a
word of its own, a real space before it: with the joiner's spaces optional, every letter «و» inside a word
could be the joiner, and a list after «در» («در روسیه و ونزوئلا و …») was tried every way before failing
(16 items: 0.3 s, two more ×4). It ends at its word's end (no letter or ZWNJ after it): else a run of
ordinals glued together («…مین‌…مین‌…مین») could end at any of its «مین», and a cue that repeats ordinals
(cues: «ریاست … نشست را بر عهده داشت») tried every split."""
PRESS = "(?:مشترک )?(?:خبری|مطبوعاتی|هفتگی|رسانه ای|(?:[^\\s.؛]+ )?با (?:خبرنگاران|اصحاب رسانه|رسانه ها))"
PRESS_MEETING = f"(?:نشست|{CONFERENCE}) {PRESS}"
"""A press conference («نشست خبری», «کنفرانس مطبوعاتی», Dari «کمفرانس مطبوعاتی»), folded: a meeting with the
press, not the meeting the report is about (helpers.extract.presence)."""
DOMESTIC = "(?:هییت|هیات) (?:دولت|وزیران)|کابینه|علنی|مجلس|شورای امنیت ملی|ستاد"
"""A domestic meeting («جلسه هیئت دولت», «نشست علنی مجلس», «جلسه کابینه»), folded."""
NOT_ELSEWHERE = (
    f"(?! (?:{PRESS}(?![^.؛]{{0,40}}?(?:حاشیه|پایان|پایانی|اختتامیه|افتتاحیه) )|{DOMESTIC}"
    "|(?:[^\\s.؛،]+ )?(?:قبلی|پیشین|سابق)(?!\\w)))"
)
"""Not a press meeting («نشست خبری», «نشست هفتگی با خبرنگاران») unless held on the meeting's sidelines or
at its close, nor a domestic one, nor an earlier one («در نشست سران پیشین»): who speaks there is not
thereby at the meeting the report is about."""
NEXT_WORDS = f"(?: {SPACED_WORD}(?:\\s{SPACED_WORD}){{0,2}})?"
"""Up to three next words (SPACED_WORD): with every separator optional re tried every split of three (a cubic
search: one 512-letter word after «در این نشست» 1.5 s)."""
NOT_EARLIER = f"(?!{NEXT_WORDS} (?:گذشته|قبلی|پیشین|سابق|پیش)(?!\\w))"
"""Not a meeting its next words date to before («اجلاس سال گذشته», «نشست قبلی»)."""
NOT_LATER = f"(?!{NEXT_WORDS} (?:اینده|اتی|بعد|بعدی)(?!\\w))"
"""Not a meeting its next words date to after («نشست آینده», «اجلاس آتی سران», «نشست بعدی»)."""
NOT_TAKING_PART = (
    "(?<!شرکت[\\s\\u200c])(?<!حضور[\\s\\u200c])(?<!اشتراک[\\s\\u200c])(?<!کننده[\\s\\u200c])(?<!کنندگان[\\s\\u200c])"
    "(?<!حاضر[\\s\\u200c])"
)
"""Not the «در» of «شرکت در» (taking part in), «شرکت‌کنندگان در» or «حاضر در»: «برای شرکت در نشست …
اعلام کرده بود» names the meeting as what someone meant to attend, and «کشورهای حاضر در این نشست»
those present, not where the subject spoke."""
HOLDING = "برگزاری"
"""The meeting's holding: no part of it after «در» («در برگزاری اجلاس»: a hand in holding it), but the
part's complement after a part noun («در حاشیه / جریان / طول / محل برگزاری اجلاس»)."""
NOT_A_PART = (
    "و|از|به|با|برای|بر|تا|که|را|این|ان|همین|همان|یک|یکی|چنین|او|وی|خود|ایشان|انها|انان|درباره|پیرامون"
    f"|استانه|انتظار|راه|مسیر|تدارک|پی|حال|حالی|صورت|نامه|پیام|دعوتنامه|{HOLDING}|تشریح|تاریخ|سال|دستور|دستورکار"
    f"|اجندا|اجندای|قبلی|پیشین|سابق|گذشته|{NOUNS}"
)
"""Words no part of a meeting is named with, folded: a preposition, conjunction, demonstrative, pronoun
or indefinite («در یک نشست»: another one) ends the phrase (so the verb «نشست» after «در کنار او» is no
meeting); so do the meeting's documents and agenda (what they say is no act there: document_cues.NOUNS),
its date, an earlier round, an act on it (holding, explaining it) and the nouns of before, after or apart
from it («در آستانه», «در انتظار», «در راه», «در پی» of it, a letter to it)."""
A_PART = f"(?<!\\w)(?!(?:{NOT_A_PART})(?!\\w))\\w+(?!\\w) "
OPENING_WORK = "اغاز ?به ?کار "
"""The start of the meeting's work («آغاز به کار»), folded: one part of it named in three words («در آغاز
به کار این نشست», «در مراسم آغاز به کار نشست»)."""
PART_OF = f"(?:(?:{OPENING_WORK}|{A_PART})(?:(?:{HOLDING}(?!\\w) |{OPENING_WORK}|{A_PART}))?)?"
"""The part of the meeting an act is placed in, read as the noun phrase between «در» and the meeting's
name, of up to two whole words in ezafe («در ادامه این نشست», «در حاشیه», «در مراسم افتتاحیه», «در روز
دوم اجلاس», «در بخش پایانی نشست», «در جلسه عمومی کنفرانس»): any part of it is the meeting, whatever the
part's noun (this replaces a list of twelve part nouns); the second word may be the meeting's holding
(«در حاشیه برگزاری اجلاس»)."""
DURING = "(?:در|طی|ضمن|حین|در طی|در طول|در جریان|در خلال)"
"""The prepositions of «during», folded («در / طی / ضمن / حین / در جریان سخنرانی خود»): an act done while
another goes on, as a speech is given."""
IN_THE_MEETING = f"(?!{ABOUT})(?:در|طی) {PART_OF}(?:این |نخستین |{ORDINAL} )?"
"""«در» or «طی» and the part of the meeting before its name: where what someone did there was done;
not what a phrase is about («در مورد / در خصوص این نشست», document_cues.ABOUT)."""
AT_THE_MEETING = f"{NOT_TAKING_PART}{IN_THE_MEETING}"
"""The same, not after a noun of taking part (NOT_TAKING_PART)."""
CEREMONY = "(?<=افتتاحیه\\s)|(?<=اختتامیه\\s)|(?<=گشایش\\s)"
"""The opening or closing ceremony with the meeting unnamed («در آیین گشایش گفت»): the meeting's own."""
THIS_CEREMONY = "(?<=این\\s)مراسم(?!\\w)|(?<=همین\\s)مراسم(?!\\w)"
"""«این / همین مراسم»: the ceremony the report has just told, the meeting itself or a part of it (its
opening, the welcome at the venue, a signing there: what every such mention of the open splits names); a
ceremony with no demonstrative («در مراسم تشییع», «در مراسمی») may be any other."""
PARTICIPANTS = "(?:شرکت|اشتراک) ?(?:کنندگان|کننده ?(?:ها|های|گان))|حاضران|حاضرین"
"""Those taking part, as a plural noun: «شرکت‌کنندگان», and the plural in «‑ها» (Dari and plain speech:
«اشتراک‌کننده‌های», «شرکت‌کننده‌ها», «اشتراک کننده گان»), «حاضران», folded: who is one of them («یکی از اشتراک‌کننده‌های این
اجلاس بود») took part; of an earlier meeting («اجلاس سال گذشته», «نشست قبلی») they did not take part in this one."""
GUEST_OF = "(?:مهمان|میهمان)(?:ان)?(?: (?:ویژه|افتخاری|عالی ?رتبه|بلند ?پایه|خارجی))?"
"""A guest or guests of the meeting, with an adjective of rank («مهمان ویژه», «مهمانان عالی‌رتبه»), folded."""
AMONG = f"جمع (?:{PARTICIPANTS}|سران|رهبران)"
"""Among the meeting's participants («در جمع سران … گفت»): speaking there is speaking at it."""
IN_IT = f"{IN_THE_MEETING}(?:(?:{MEETING})(?!\\w)|{AMONG}|{CEREMONY}|{THIS_CEREMONY}){NOT_ELSEWHERE}"
"""The meeting (or a part of it, its ceremony, its participants) as the place of what someone does
there («در این نشست», «در مراسم افتتاحیه», «در این مراسم», «در جمع سران»), not a press, domestic or earlier
one."""
AT_IT = f"{NOT_TAKING_PART}{IN_IT}"
"""The same, not as what someone takes part in (NOT_TAKING_PART: «شرکت‌کنندگان در این نشست»)."""

OPENING = re.compile("(?<!\\w)(?:افتتاح|گشایش|خوش[\\s\u200c]?امد|اغاز)")
"""The meeting's opening or a welcome («مراسم افتتاحیه», «گشایش», «خوش‌آمد گفت», «با سخنان X آغاز شد»), folded."""


def opens(sentence: str | None) -> bool:
    """Whether a sentence speaks of the meeting's opening or of welcoming the guests."""
    return sentence is not None and OPENING.search(fold(sentence)) is not None


MEETING_WORD = re.compile(f"(?<!\\w)(?:{MEETING})(?!\\w)")
"""A meeting noun as a word of its own: named between a person and a city, the city is that meeting's place."""
NAMES_THE_MEETING = re.compile(f"(?<!\\w)(?:{MEETING}|برگزار|میزبان)")
"""A sentence that speaks of the meeting or its holding: where it places a city, the city is the venue."""
IN_CITY = re.compile(f"(?<!\\w)در(?:[\\s\u200c]+{CITY_NOUN})?[\\s\u200c]+[«\"“‘']?$")
"""«در X», «در شهر X» right before a word: X is where an act was done (not «عازم شهر X», where someone is
going), a place or a body, no person (helpers.extract.title_names.place_or_outlet, on the unfolded text:
any separator); quoted too («در شهر ‘X’»)."""
PLACED_BEFORE = re.compile(f"{IN_CITY.pattern}|{PLACE_BEFORE}$")
"""IN_CITY, or the city's noun alone («شهر X», «پایتخت X», helpers.text.places.PLACE_BEFORE): the city is
where something is, not whom it is of."""


def placed_in(folded: str, after: int = 0) -> list[str]:
    """The states (ISO3) of the cities a folded sentence places something in («در تاشکند», «در شهر
    کازان»); from `after` on, only after «در» and where no meeting is named between (the act of
    whoever is named at `after`, not a meeting's place: «X گفت نشست … در تاشکند برگزار می‌شود»)."""
    out = []
    for city, start, _ in find_cities(folded):
        between = folded[after:start]
        meeting_between = after and (MEETING_WORD.search(between) or "." in between or "؛" in between)
        placed = (IN_CITY if after else PLACED_BEFORE).search(folded, max(0, start - 16), start)
        if start >= after and not meeting_between and placed:
            out.append(city.iso3)
    return out


def venue_state(folded: Iterable[str]) -> str | None:
    """The state (ISO3) of the meeting's city: the state whose cities the sentences that speak of the
    meeting (or its holding, or a host) place things in most often («نشست … در تاشکند برگزار شد»,
    «اجلاس شهر کازان»), None with no such city or a tie (helpers.text.places reads the city)."""
    counts: Counter[str] = Counter()
    for text in folded:
        if NAMES_THE_MEETING.search(text):
            counts.update(placed_in(text))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
