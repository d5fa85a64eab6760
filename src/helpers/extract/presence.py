"""Presence said through why someone travelled (#11, session 6, round B): «برای / جهت / به منظور / با
هدف شرکت در X» before a verb of travel tells what the trip is for, so the verb after it, however far
(a long place name, an apposition and its commas: «به داکار، پایتخت سنگال، رسید»), says whether the
traveller has come (arrived: attended) or set out (expected; a trip told done, TRAVELLED, as the report's time
and clause read it). The one a trip is meant to
meet («به منظور دیدار با X») is no traveller (helpers.extract.clauses.is_object)."""

from __future__ import annotations

import re

from helpers.contracts import AttendeeStatus as Status
from helpers.contracts import StatusCue as Kind
from helpers.extract.cues import (
    ATTEND_NOUNS,
    BECAME,
    DELEGATION,
    HANDED,
    LEADING,
    ORDINAL,
    SAYING,
    TALKS,
    TO_PLACE,
    Said,
    did,
    does,
    will,
)
from helpers.extract.document_cues import ABOUT, NOUNS
from helpers.extract.meeting_nouns import MEETING
from helpers.extract.meeting_place import (
    DURING,
    GUEST_OF,
    NOT_EARLIER,
    NOT_ELSEWHERE,
    NOT_LATER,
    PART_OF,
    PARTICIPANTS,
    PRESS_MEETING,
)
from helpers.extract.mentions import cue

PURPOSE = "(?:برای|جهت|از بهر|به منظور|با هدف|به هدف|به قصد)"
"""Words of purpose before what a trip is for («برای», Dari «جهت» and «از بهر», «به منظور», «با هدف»)."""
SETTING_OUT = "(?<!\\w)(?:عازم|راهی|رهسپار|ترک)(?!\\w)"
"""The words of setting out («عازم», «راهی», «رهسپار», «ترک»), whole: not the «ترک» inside «مشترک»."""
TO_ATTEND = (
    f"{PURPOSE} {ATTEND_NOUNS}(?: و [^\\s.؛،]+)? در (?:(?!{SETTING_OUT})[^.؛]){{1,120}}?"
    "(?<!\\w)(?<!خواهد[\\s\u200c])(?<!خواهند[\\s\u200c])"
)
"""«برای شرکت (و سخنرانی) در X …» up to the verb of the trip, not past a setting out (SETTING_OUT), and the
verb not a future («خواهد رسید»)."""
TRAVELLED = Said(
    Status.EXPECTED,
    Kind.DEPARTURE,
    cue(f"{TO_ATTEND}(?:{TO_PLACE} {did('رفت')}|سفر {did('کرد', 'نمود', 'رفت')})"),
)
"""A trip for the meeting told done («برای شرکت در نشست به وین رفت / سفر کرده است», Dari «سفر نموده»,
«سفر رفته است»): it says the traveller went, not that they arrived, so it is a setting out (expected)
where it is the report's news; told as the background of what the traveller does there (a relative
clause closed before the main clause: «X که برای شرکت در نشست به ژنو سفر کرده است، گفت») or once the
meeting is under way, it places them in its city (helpers.extract.report_time.verb_hits: arrival)."""
PRESENCE_CUES = [
    TRAVELLED,
    Said(Status.EXPECTED, Kind.DEPARTURE, cue(f"{TO_ATTEND}ترک {did('کرد', 'گفت')}")),
    Said(
        Status.ATTENDED,
        Kind.ARRIVAL,
        cue(f"{TO_ATTEND}(?:{did('رسید', 'امد')}|وارد [^.؛]{{1,60}}?{BECAME})"),
    ),
]
ELSEWHERE = "در (?:دیدار|گفتگو|گفت و گو|مصاحبه|تماس|جمع|نشست|جلسه|کنفرانس|مراسم|پیام|برنامه|حساب)"
"""«در» and another occasion («در نشست خبری», «در گفتگو با», «در مصاحبه»): what is said there is not
said at the meeting (the meeting itself, «در این نشست», is cues' AT_THE_MEETING)."""
ASKED = Said(
    Status.ATTENDED,
    Kind.SPEECH,
    cue(
        f"از (?:این |{ORDINAL} )?(?:{MEETING}|شرکت کنندگان|حاضران|حاضرین)(?!\\w)[^.؛،]{{0,40}}?"
        f"(?:(?<!\\w)خواست(?:ند)?|(?:تقاضا|درخواست) {did('کرد', 'نمود')})"
    ),
)
"""Asked the meeting or those present («از کنفرانس تقاضا نمود», «از حاضران خواست»): said there, unless in a
message sent to it (IN_A_MESSAGE)."""
IN_A_MESSAGE = re.compile(r"(?<!\w)پیام(?:ی)?(?!\w)[^.؛،]{0,30}$")
"""«در پیامی (به اجلاس) …» right before a cue, folded: what a message asks is asked from afar."""
SPEECH_NOUN = Said(
    Status.ATTENDED,
    Kind.SPEECH,
    cue(
        f"{DURING} سخنان(?:ی| خود| اش|ش)(?!\\w)(?:(?!{ELSEWHERE})[^.؛]){{0,200}}?"
        f"(?:{SAYING}|ابراز [^.؛]{{1,20}}? {did('کرد')}|صحبت {did('کرد', 'نمود')})"
    ),
)
"""«X در / طی / ضمن سخنانی … گفت» (meeting_place.DURING): a speech with no place named, like «در سخنرانی خود»; at the
meeting only in a report written while or after it is held (helpers.extract.status reads the frame)."""
PRESS_HELD = f"{PRESS_MEETING} (?:[^.؛]{{1,40}}? )?{did('ترتیب داد', 'برگزار کرد', 'برگزار نمود')}"
"""Held a press conference («نشست خبری ترتیب داد», «کنفرانس مطبوعاتی برگزار کرد»): spoke to the press."""
FROM_IT = f"از (?:این |{ORDINAL} )?(?:{MEETING})(?!\\w){NOT_EARLIER}"
EDGE = (
    f"{PART_OF}(?:این |{ORDINAL} )?(?:{MEETING})(?!\\w){NOT_EARLIER}{NOT_ELSEWHERE}"
    "|(?:مراسم|جلسه|نشست) (?:افتتاحیه|اختتامیه|گشایش|پایانی)"
    f"|(?:تصویب|امضای?|صدور|انتشار) (?:این |همین )?(?:{NOUNS})(?!\\w)"
    f"|(?:{TALKS})ی? (?:تمامی |همه |کلیه )?اعضای?(?!\\w)"
)
"""The edge of the meeting a saying is timed by, after «پس / پیش از»: the meeting or a part of it
(meeting_place.PART_OF: «پایان نشست سران», «جلسه دوم این اجلاس»; not a press, domestic or earlier one),
its opening or closing ceremony, an act of it on its documents («تصویب قطعنامه», «امضای این بیانیه»), or
its members' gathering («دیدار تمامی اعضای …»)."""
TO_PRESS = f"(?:به|با|برای|در جمع) (?:خبرنگاران|رسانه ها|رسانه|اصحاب رسانه)|{PRESS_MEETING}|مصاحبه"
"""Words to the press («به خبرنگاران گفت», «در نشست خبری», «در مصاحبه»), folded: what someone says right
before the meeting is said at its door only to the press there."""
PRESS_ON_IT = Said(
    Status.ATTENDED,
    Kind.SPEECH,
    cue(
        f"(?:{TO_PRESS})(?:(?!{SAYING}|{ABOUT})[^.؛:]){{0,100}}?(?<!\\w)(?:{MEETING})(?!\\w){NOT_EARLIER}{NOT_LATER}{NOT_ELSEWHERE}"
        f"(?:(?!{SAYING})[^.؛:]){{0,120}}?(?:{SAYING})"
    ),
)
"""Words to the press tied to this meeting before the verb of saying («در کنفرانس مطبوعاتی … در پی نشست وین
گفت», «در جمع خبرنگاران حاضر در اجلاس … اظهار داشت»): a press conference of the meeting is given at the
venue (README, session 9), whatever the report's frame says (these reports often tell no holding). Not
where the meeting is only what they talk about («در نشست هفتگی با خبرنگاران درباره اجلاس …»,
document_cues.ABOUT), nor named only inside the words said («به خبرنگاران گفت که … در این اجلاس …»)."""
"""«از» and this meeting, where someone comes back from."""
PRESENCE_CUES += [
    SPEECH_NOUN,
    PRESS_ON_IT,
    Said(  # spoke, or held a press conference, right after it or one of its parts or acts; spoke to the press
        Status.ATTENDED,  # right before it (EDGE)
        Kind.SPEECH,
        cue(
            f"(?:پس|بعد) از (?:{EDGE})[^.؛]{{0,150}}?(?:{SAYING}|{PRESS_HELD})"
            f"|(?:پیش|قبل) از (?:{EDGE})[^.؛]{{0,80}}?(?:{TO_PRESS})[^.؛]{{0,40}}?(?:{SAYING})"
        ),
    ),
    ASKED,
    Said(  # came back from it («پس از بازگشت از اجلاس … گفت», «از این نشست به تهران بازگشت»): had been there
        Status.ATTENDED,
        Kind.PARTICIPATION,
        cue(
            f"(?:باز ?گشت|برگشت|مراجعت) {FROM_IT}"
            f"|{FROM_IT}[^.؛،]{{0,80}}?(?:{did('باز ?گشت', 'برگشت')}|مراجعت {did('کرد', 'نمود')})(?!\\w)"
        ),
    ),
    Said(  # will open it («X این اجلاس را، که … برگزار می‌شود، افتتاح می‌کند / خواهد کرد»; cues.ONGOING)
        Status.EXPECTED,
        Kind.PLANNED,
        cue(
            f"(?:{MEETING})(?!\\w)[^.؛]{{0,20}}?را (?:[^.؛]{{0,100}}? )?(?:افتتاح|اغاز) "
            f"(?:{does('کن', 'نمای')}|{will('کرد', 'نمود')})"
        ),
    ),
]
"""Verb cues (helpers.extract.report_time reads them after helpers.extract.cues.VERB_CUES): left for the
meeting, or travelled and arrived to attend it, or came back from it; spoke, or spoke after it or to it."""
TO_MEET = re.compile(
    f"{PURPOSE}[^.؛،]{{0,120}}?(?<!\\w)(?:دیدار|ملاقات|گفتگو|گفت و گو|مذاکره|رایزنی)"
    "[^.؛،]{0,60}?(?<!\\w)با[\\s\u200c«]*$".replace(" ", "[\\s\u200c]*")
)
"""«برای / به منظور دیدار … با» right before a person, folded: the one the trip is meant to meet."""


DELEGATION_HANDED = cue(
    f"{LEADING} (?:{DELEGATION})[^.؛]{{0,60}}?را (?:[^.؛]{{0,20}} )?به [^.؛]{{1,100}}?"
    f"(?:{HANDED}|تفویض {did('کرد', 'نمود')}|{will('سپرد')}"
    f"|(?:واگذار|تحویل|تفویض) (?:{will('کرد', 'داد', 'نمود')}|{does('کن', 'ده', 'نما')}))"
)
"""The lead of a delegation handed to someone («ریاست هیئت قطری را به X سپرد»): X leads it there."""
LEADS = Said(Status.ATTENDED, Kind.PARTICIPATION, DELEGATION_HANDED)
SIGNED_THIS = Said(
    Status.ATTENDED,
    Kind.SIGNING,
    cue(
        f"(?:این|همین) (?:{NOUNS})(?: ?(?:ها|های))?(?: [^.؛،]{{1,40}}?)? ?را (?:با [^.؛]{{1,120}}? )?"
        "(?:به )?امضا(?:ء)? (?:کرد|نمود|رساند|رسانید)(?:ند|یم|م|ه (?:است|اند))?(?!\\w)"
    ),
)
"""Who signed «this» document («X و Y این کنوانسیون را امضا کردند», «X این بیانیه را با Y به امضا رساند»)
signed the one the report is about, at its meeting, and so did who they signed it with
(helpers.extract.status._readers); a pluperfect («امضا کرده بودند») tells an earlier signing, a refusal
(«امضا نکردند») is no signing."""
PRESENCE_CUES.append(SIGNED_THIS)
PRESENCE_CUES.append(
    Said(  # one of those taking part in it, or of its guests («یکی از اشتراک‌کننده‌های این اجلاس بود», «X و Y از
        Status.ATTENDED,  # جمله مهمانان عالی‌رتبه این دوره اجلاس هستند»), not of an earlier meeting's
        Kind.PARTICIPATION,
        cue(
            f"(?:از|در میان|در جمع|یکی از) (?:جمله )?(?:{PARTICIPANTS})(?!\\w)"
            f"(?! (?:{MEETING})(?!\\w)(?!{NOT_EARLIER}))"  # not followed by an earlier meeting's name
            f"|(?:{GUEST_OF}) (?:این |{ORDINAL} )?(?:دوره (?:از )?)?(?:{MEETING})(?!\\w)"
        ),
    )
)
