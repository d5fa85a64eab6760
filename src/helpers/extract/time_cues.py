"""Words of time in a sentence: the meeting held, under way or still to come, pre-event wording, a time
still to come and an earlier occasion (helpers.extract.report_time reads the verb cues of
helpers.extract.cues in them, helpers.extract.occasions the report's time off them)."""

from __future__ import annotations

import re

from helpers.extract.cues import ATTEND, ATTEND_NOW, BECAME, BECOMES, FUTURE_VERB, PLAN, TALKS
from helpers.extract.document_cues import NUMBER
from helpers.extract.meeting_nouns import MEETING
from helpers.extract.meeting_place import ORDINAL
from helpers.extract.mentions import cue
from helpers.extract.verb_classes import BECOME, BECOME_NOW
from helpers.extract.verb_forms import did, does, will

HOLDING = "برگزار|تشکیل|اغاز|افتتاح|دایر"
"""The nouns a meeting is held, formed, begun or opened with before «شدن» («برگزار شد», «تشکیل می‌شود»,
Dari «دایر شد»), folded: said of a meeting, so their present or future is the meeting's (HELD_NOW, FUTURE)."""
HELD_NOUNS = f"(?:{HOLDING}|انجام)"
"""HOLDING and «انجام» (done), which any act takes («سفر انجام می‌شود»): with «شدن» a meeting or talks
held (HELD_PAST, HELD_SOON), not of itself the meeting's time (HELD_NOW, FUTURE)."""
BECOMES_SOON = f"(?:{BECOMES}|{will(*BECOME)}|(?:{'|'.join(BECOME_NOW)})(?:د|ند))"
"""«شدن» and «گردیدن» of what is still to come: present (cues.BECOMES), future or subjunctive, singular or
plural («برگزار می‌شود», «خواهد شد», «برگزار شوند»), read off their stems (verb_classes.BECOME, BECOME_NOW)."""
STARTED = (
    f"(?:اغاز|افتتاح) {BECAME}|اغاز به کار {did('کرد')}|کار (?:خود|خویش) را اغاز {did('کرد')}"
    f"|در حال برگزاری|گشایش {did('یافت')}"
)
"""The meeting told begun, opened or in progress («آغاز شد», «آغاز به کار کرد», «گشایش یافت», «در حال برگزاری»),
not only held: no background of an earlier meeting is told so (helpers.extract.occasions.frame)."""
HELD_PAST = f"{HELD_NOUNS} {BECAME}|صورت {did('گرفت')}|به عمل {did('امد')}|{STARTED}"
BEGINS = f"(?:اغاز (?:به |ب)?کار|کار (?:خود|خویش) را اغاز) (?:{does('کن')}|{will('کرد')})"
"""The meeting begins its work («آغاز به کار می‌کند», «کار خود را آغاز خواهد کرد»): still to come."""
HELD_SOON = (
    f"{HELD_NOUNS} {BECOMES_SOON}|صورت (?:می گیرد|خواهد گرفت|گیرد)"
    "|به عمل (?:می اید|خواهد امد|اید)|گشایش (?:می یابد|خواهد یافت|یابد)"
    f"|{BEGINS}"
)
HELD = cue(f"{HELD_PAST}|{HELD_SOON}")
"""A meeting or talks held, in the passive or a light verb («برگزار شد», «صورت گرفت», «به عمل آمد»,
«انجام خواهد شد», Dari «دایر شد»): said of the people whose meeting it is («اجلاس سه‌جانبه X، Y و Z … برگزار شد»)."""
UNDER_WAY = cue(HELD_PAST)
ENDED = cue(f"(?:پس|بعد) از (?:پایان|اتمام|خاتمه) (?:{MEETING})")
"""After the end of a meeting («پس از پایان نشست X گفت»): a meeting told held, as «برگزار شد» tells it
(helpers.extract.occasions.bygone)."""
BEGUN = cue(STARTED)
"""The meeting held, begun or in progress: the report's time is now (helpers.extract.occasions.frame)."""
TO_COME = cue(HELD_SOON)
"""The meeting still to be held or to begin: the report's time is before it."""
PREPARATORY = cue(
    "کارشناسان|کارشناسی|مقدماتی|مقامات ارشد|هماهنگ کنندگان ملی|معاونان وزیران|معاونان وزرا"
    "|(?:پیش|قبل) از (?:اغاز|شروع|افتتاح|گشایش)"
)
"""A preparatory meeting before the one reported («نشست کارشناسان», «نشست مقامات ارشد», meetings held «پیش از
آغاز مجمع عمومی»): its being under way or to come says nothing of the report's time for the main meeting."""
TODAY = cue("امروز|هم اکنون|اکنون|هم اینک|امشب")
"""Today or now: a meeting held «امروز» («امروز برگزار می‌شود») is under way, not still to come."""
FUTURE = cue(f"{FUTURE_VERB}|{PLAN}|{BEGINS}|(?:{HOLDING}) {BECOMES_SOON}")
"""Pre-event wording: presence said in the same sentence before it is expected, not attended."""
LATER = "(?:هفته|ماه|سال) (?:اینده|بعد)"
SOON = f"فردا|پس فردا|{LATER}"
"""A time still to come («فردا», «هفته آینده»)."""
LATER_ON = cue(LATER)
"""A time past the meeting's days («هفته / ماه / سال آینده»): what is planned for it is not later in this
meeting (helpers.extract.report_time.Times.of)."""
APART_IN_TIME = cue(
    f"{LATER}|(?:پس|بعد) از (?:بازگشت|(?:(?:پایان|اتمام|خاتمه) )?(?:(?:این|ان) )?(?:{MEETING})(?!\\w))|تلفنی"
)
"""Talks set apart from the meeting's days or its city: a time past them («هفته آینده», «پس از پایان
اجلاس», «پس از نشست», «پس از بازگشت»; «پس از این دیدار» is still there) or a phone call: the one to be
met then is not thereby at the meeting (helpers.extract.status)."""
OPENING = f"(?:(?:برگزاری|اغاز|شروع|گشایش|افتتاح) )?(?:(?:این|ان|همین|{ORDINAL}) )?"
EVE = cue(f"در استانه(?: ی)? {OPENING}(?:{MEETING})|(?:شب|روز|یک روز) (?:پیش|قبل) از {OPENING}(?:{MEETING})")
"""The eve of the meeting («در آستانه این نشست», «در آستانه‌ی برگزاری اجلاس», «یک روز پیش از آغاز نشست»): an
act told in its clause is done before the meeting, a planned presence at it, not presence there (README,
session 10); «در آستانه» before anything but the meeting is the city («در آستانه برگزار شد»)."""
PLANS = cue(f"{PLAN}|{SOON}")
"""A plan word or a time to come: presence said after it in its clause is expected («قرار است … با
حضور X …», «X فردا در نشست حضور دارد»)."""
AHEAD = cue(f"{FUTURE_VERB}|{PLAN}|{SOON}|{BEGINS}|{will(*BECOME)}")
"""What makes a sentence's «برگزار می‌شود» a time still to come, not the present of a report written
while the meeting goes on: a future verb, a plan word, a time to come (helpers.extract.report_time)."""
RELATIVE_BEFORE = re.compile(r"(?<!\w)که(?!\w)[^.؛،:]{0,150}$")
"""«که» before a plan word in its clause: the plan is in a relative clause («نشستی که قرار است …»,
«همایشی که ماه آینده …»)."""
PAST_STEMS = (*ATTEND, "امد", "اورد", *BECOME, "رسید", "گرفت", "داد", "رساند", "رسانید", "پرداخت")
"""The past stems the cues' verbs are made of (helpers.extract.verb_forms.did), folded."""
VERB_ENDS = (
    f"(?:(?:ب|ن|می[\\s\u200c]?)?(?:{'|'.join((*ATTEND_NOW, *BECOME_NOW, 'باش', 'ده', 'گیر', 'رو', 'ای'))})(?:د|ند)"
    f"|(?:{'|'.join(PAST_STEMS)})(?:ند|ه)?|است|اند|بود|بودند)"
).replace("ا", "[اآ]")
"""A verb that can end a clause, in the page's spelling (alef or alef madda): a present or subjunctive
(«شود», «کنند», «می‌گردد»), a past or its participle («شد», «کردند», «شده»), «است», the past perfect's
«بود»: not a noun that ends like one («عشق‌آباد», «بغداد»)."""
RELATIVE_CLOSED = re.compile(f"[^.؛:]{{0,150}}?(?<![^\\s\u200c]){VERB_ENDS}[\\s\u200c]*،")
"""Where a relative clause closes: a comma after its verb («… برگزار شود،», «… شرکت کنند،», a
participle «… عازم جده شده،»), not after a place («در عشق‌آباد، …»): what follows is the main clause
again (helpers.extract.report_time)."""
ASIDE = re.compile(r"(?<!\w)که(?!\w)[^.؛:]{0,120}$")
"""«که» before a cue in its sentence, commas allowed: the cue may be in a relative clause of the
subject («X که برای شرکت در نشست، عازم جده شده، با Y دیدار کرد»)."""
HELD_NOW = cue(f"(?:{HOLDING}) {BECOMES}")
"""The meeting «برگزار می‌شود» in the present, no future or plan word: once the report has said it
is under way («امروز آغاز شد»), a later «در این نشست که … برگزار می‌شود» is that day, not pre-event."""
BEFORE_NOW = f"پیش از این(?! (?:{TALKS})(?!\\w))|قبلا|پیش ?تر"
"""Earlier than now («پیش از این», «قبلاً»); not «پیش از این دیدار», before the talks just told, on the same days."""
LAST_WEEK = f"هفته (?:گذشته|پیش|قبل)(?! (?:در )?(?:{MEETING})(?!\\w))"
"""Last week, not before the meeting it dates («هفته گذشته با X دیدار کرد»: talks before a summit still
to come); «هفته پیش در نشست مجازی سران …» is the meeting itself, told days after it."""
PAST = cue(
    f"(?:سال|ماه)(?: های?)? (?:گذشته|پیش|قبل|اخیر)|{LAST_WEEK}|اخرین بار|(?:بار|دفعه) (?:گذشته|قبل|پیش)"
    f"|(?:{MEETING})(?: ها)? (?:قبلی|پیشین|سابق)|{BEFORE_NOW}"
)
"""Another, earlier occasion («در اجلاس سال گذشته», «اسفند سال پیش», «آخرین بار», LAST_WEEK): cues in its
clause are not said of this meeting."""
SPAN_TO_NOW = cue(f"(?:{NUMBER}|چند) (?:سال|ماه)(?: های?)? (?:گذشته|اخیر)")
"""A counted span up to now («در سه سال گذشته», «طی چند ماه اخیر»), not the earlier occasion «سال گذشته»
names alone: what the meeting reviews over it (helpers.extract.occasions.frame)."""
EARLIER_ON = cue(BEFORE_NOW)
"""An adverb of earlier time: with «در این نشست» after it in its clause («پیش‌تر X در این نشست سخنرانی
کرد») it is earlier in this meeting, not another occasion (helpers.extract.report_time)."""

TOLD_DONE = re.compile(
    f"(?<!\\w)(?:{'|'.join(PAST_STEMS)})"
    r"(?:ند|یم|م)?(?:ه(?:[\s\u200c]+(?:است|اند|بود|بودند))?)?$"
)
"""A cue that ends on a past verb of the cues' past stems («گرد هم آمدند», «حضور داشت», «دیدار کرده
است»), folded; not a nominal cue («در سخنرانی خود»). A present or future one («می‌کند», «خواهد کرد») is
NOT_DONE."""
NOT_DONE = re.compile(r"(?<!\w)(?:می|خواهد|خواهند)(?!\w)")
