"""What places a document outside this meeting (helpers.extract.document_filters): another body that
adopts or issues it, a ministry's or office's press statement, a year before the meeting that dates
it, or someone arguing for or against it. Patterns are folded, as in helpers.extract.document_cues."""

from __future__ import annotations

import re

from helpers.dates.words import AFGHAN_MONTHS, GREGORIAN_MONTHS, JALALI_MONTHS
from helpers.extract.document_cues import ENDING, HEADS
from helpers.extract.mentions import cue_regex
from helpers.text.gazetteer import fold

ADVOCATE = cue_regex("حامی|حامیان|طرفدار|طرفداران|مدافع|مدافعان|هوادار|هواداران|مخالف|مخالفان|منتقد|منتقدان")
"""A backer or opponent («او از حامیان … امضای پیمان X بود») in an action noun's clause: the document is
what someone argued for or against, not what the meeting did."""
PRESS = cue_regex("(?:بیانیه|اطلاعیه|اعلامیه) ?(?:ای|یی)")
SUBJECT = r"\s*(?:\S+\s+){0,2}?"
"""Up to two words (a time: «روز سه‌شنبه») before a clause's subject."""
ISSUER = re.compile(
    SUBJECT
    + cue_regex("وزارت|وزارتخانه|سخنگو|سخنگوی|دفتر|سفارت|کنسولگری|کاخ|حزب|اداره|ستاد|ارتش|طالبان|نمایندگی").pattern
)
"""An indefinite «بیانیه‌ای» (PRESS; not a joint or final one) that a ministry, spokesman, office,
embassy or party (ISSUER, the clause's subject) issues is its press statement («وزارت خارجه با صدور
بیانیه‌ای، سفر … را اعلام کرد»), not an outcome of the meeting; the leaders' or the host state's stays."""
OUTSIDE = "شورای امنیت(?! (?:جمعی|ملی))|شورای حکام|پارلمان|مجلس شورای|کنگره|اتحادیه اروپا|کمیسیون اروپا|ناتو"
OTHER_BODY = re.compile(
    SUBJECT + cue_regex(f"(?:(?:شورای امنیت|مجمع عمومی|دبیر ?کل) )?(?:سازمان ملل|ملل متحد)|{OUTSIDE}").pattern
)
"""A body outside the meeting (the UN and its Security Council or Secretary-General; OUTSIDE: the IAEA
Board of Governors, a parliament, the EU, NATO) as the subject of the clause: what it adopts or issues
is its own («شورای امنیت سازمان ملل قطعنامه‌ای … صادر کرد»)."""
BODY_DOCUMENT = cue_regex(
    rf"(?:{HEADS}){ENDING}(?: (?!(?:میان|بین|مابین|با|و|برای)(?!\w))[^\s\u200c]+){{0,2}}? (?:{OUTSIDE})"
)
"""A document whose ezafe chain names a body outside the meeting (OUTSIDE: «سند شورای امنیت», «قطعنامه
جدید پارلمان اروپا»): that body's, not this meeting's, whoever asks for it; not the UN General
Assembly's, which may be the meeting itself, nor a document between the meeting and such a body
(«تفاهم‌نامه همکاری میان سازمان و ناتو»)."""
YEAR = re.compile(r"(?<!\d)(?:1[34]\d\d|19\d\d|20\d\d)(?!\d)")
"""A year (Jalali 13xx/14xx, Gregorian 19xx/20xx)."""
MONTH = "|".join(sorted({fold(w) for w in [*GREGORIAN_MONTHS, *JALALI_MONTHS, *AFGHAN_MONTHS]}, key=len, reverse=True))
DATED = re.compile(
    rf"(?:(?<!\w)(?:سال|در|نشست|اجلاس|اجلاسیه|{MONTH})|(?<!\d)\d{{1,2}}[\s\u200c]+[^\s\u200c\d]+)[\s\u200c]+({YEAR.pattern})"
)
"""A year that dates something («در سال ۲۰۱۷», «در ۲۰۱۷», «۲۱ دسامبر ۱۹۹۱», «در سپتامبر ۱۹۹۹», a month
(MONTH: Gregorian, Jalali, Afghan) before it, «اجلاس ۲۰۲۲»), not one inside a title
(«چشم‌انداز ۲۰۲۵»): in a document's clause, before the article's year, it places the document at an
earlier meeting («بیانیه تأسیس … در ۲۱ دسامبر ۱۹۹۱ امضا شد»)."""
