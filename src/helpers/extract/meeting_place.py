"""Where an act is placed at the meeting: the words that name the meeting («نشست», «اجلاس»), an
ordinal before its name, and «در» with the part of it an act was done in («در این نشست», «در مراسم
افتتاحیه», «در جمع سران»), not a press, domestic or earlier meeting. One copy for the status cues
(helpers.extract.cues) and the clause reader (helpers.extract.readings.PLACE)."""

from __future__ import annotations

MEETING = "نشست|نشستهای|اجلاس|اجلاسیه|جلسه|همایش|کنفرانس|گردهمایی|مجمع"
"""Words for the meeting itself, as cues name it («در این نشست», «میزبان اجلاس»)."""
ORDINAL = "(?:[^\\s.؛]+ و )*[^\\s.؛]+مین"
"""An ordinal before the meeting's name («چهاردهمین», «بیست و هشتمین»)."""
PRESS = "(?:مشترک )?(?:خبری|مطبوعاتی|هفتگی|رسانه ای|(?:[^\\s.؛]+ )?با (?:خبرنگاران|اصحاب رسانه|رسانه ها))"
DOMESTIC = "(?:هییت|هیات) (?:دولت|وزیران)|کابینه|علنی|مجلس|شورای امنیت ملی|ستاد"
"""A domestic meeting («جلسه هیئت دولت», «نشست علنی مجلس», «جلسه کابینه»), folded."""
NOT_ELSEWHERE = (
    f"(?! (?:{PRESS}(?![^.؛]{{0,40}}?(?:حاشیه|پایان|پایانی|اختتامیه|افتتاحیه) )|{DOMESTIC}"
    "|(?:[^\\s.؛،]+ )?(?:قبلی|پیشین|سابق)(?!\\w)))"
)
"""Not a press meeting («نشست خبری», «نشست هفتگی با خبرنگاران») unless held on the meeting's sidelines or
at its close, nor a domestic one, nor an earlier one («در نشست سران پیشین»): who speaks there is not
thereby at the meeting the report is about."""
NOT_TAKING_PART = (
    "(?<!شرکت[\\s\\u200c])(?<!حضور[\\s\\u200c])(?<!اشتراک[\\s\\u200c])(?<!کننده[\\s\\u200c])(?<!کنندگان[\\s\\u200c])"
    "(?<!حاضر[\\s\\u200c])"
)
"""Not the «در» of «شرکت در» (taking part in), «شرکت‌کنندگان در» or «حاضر در»: «برای شرکت در نشست …
اعلام کرده بود» names the meeting as what someone meant to attend, and «کشورهای حاضر در این نشست»
those present, not where the subject spoke."""
AT_THE_MEETING = (
    f"{NOT_TAKING_PART}در (?:مراسم |ایین |گشایش |حاشیه |اغاز |ابتدای |افتتاحیه |اختتامیه |جریان |پایان |خلال |اثنای )*"
    f"(?:این |نخستین |{ORDINAL} )?"
)
"""«در» and the part of the meeting («در حاشیه», «در ابتدای», «در خلال», «در مراسم افتتاحیه») before its name: where
what someone did there was done."""
CEREMONY = "(?<=افتتاحیه\\s)|(?<=اختتامیه\\s)|(?<=گشایش\\s)"
"""The opening or closing ceremony with the meeting unnamed («در آیین گشایش گفت»): the meeting's own."""
AMONG = "جمع (?:شرکت کنندگان|حاضران|حاضرین|سران|رهبران)"
"""Among the meeting's participants («در جمع سران … گفت»): speaking there is speaking at it."""
AT_IT = f"{AT_THE_MEETING}(?:(?:{MEETING})(?!\\w)|{AMONG}|{CEREMONY}){NOT_ELSEWHERE}"
"""The meeting (or a part of it, its ceremony, its participants) as the place of what someone does
there («در این نشست», «در مراسم افتتاحیه», «در جمع سران»), not a press, domestic or earlier one."""
