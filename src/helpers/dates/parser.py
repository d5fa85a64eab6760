"""Find every date or period in Persian news sentences and pin it to Gregorian start/end days.

Rules run in a fixed order, most specific first; a later rule never takes text an earlier one
already matched. Each rule is a regular expression over the sentence (any digits: Persian,
Arabic-Indic, Latin) plus a check that rejects look-alikes such as amounts and counts.

Resolution rules (documented here because the tables depend on them):
- A yearless date («روز ۲۶ نوامبر», «۷ آذر») takes the year, among the publication year and its two
  neighbours in the date's own calendar, that puts it nearest the publication day; ties go to the past.
- A bare four-digit number is a year only in a date context: after «سال», before a calendar marker
  (میلادی، شمسی، ه.ق …), after a month name, in a year range, after a year-taking noun («بودجه
  ۱۴۰۴»), or after a time preposition («در ۲۰۲۵») when it lies within fifty years before or thirty
  after the publication year, is not a round hundred, and no unit word («نفر», «دلار») or percent sign
  follows. «دهه» before a four-digit round year is its decade; before two digits («دهه ۹۰») it names no
  century and no date.
  A year right after a plan's or event's noun («چشم‌انداز ۲۰۲۵», «افق ۱۴۰۴», «اکسپو ۲۰۱۷») is part of
  its name, not a date.
  1200–1499 is read as solar Hijri (Jalali), 1500–2199 as Gregorian; a lunar Hijri year needs a
  marker or a Hijri month name.
- Two digits after an Iranian solar month name («آبان ۸۹», «۲۲ بهمن ۵۷») are a shortened solar
  year (40–99 → 13xx, 00–39 → 14xx), never past the year after publication.
- A month may be written with its other solar name after a slash or in brackets («۷ جوزا/
  خردادماه ۱۳۸۷»): one date; beside a month of another calendar («اکتبر (مهر)») the first name
  counts. A month name may be broken by a space or ZWNJ after a letter that does not join the next,
  once four letters are written («جولا ی»); a lunar one may carry its honorific («رمضان المبارک»).
- Day, month and year are read in either order («۲۸ نوامبر ۲۰۲۵», «2024 April 29», «November 28
  2025»); «بین X و Y» is a span of days where «X و Y» alone names two.
- A weekday in brackets right after a date names that date again (no row of its own); a day word
  and the same day said again beside it («امروز (سه‌شنبه ۱۴ مهر)», «امروز، ۶ آذر ۱۴۰۳») are one row,
  the written date spanning both (the dev-set README's session-6 decision); when the two name
  different days both are rows. A historic event or a place named after a day («کودتای ۲۸ مرداد»,
  «فرودگاه ۲۲ بهمن») is a name, not a date.
- Relative periods count from the publication date in the article's dominant calendar (solar or
  Gregorian, whichever more of its dates name; Gregorian if none or on a tie): «پنج سال آینده» = [published,
  published + 5 years]; «سه ماه گذشته» = [published − 3 months, published]; without a number the
  phrase names the neighbouring calendar unit («سال آینده» = next year, «هفته گذشته» = last
  Saturday–Friday week, «روز گذشته» = yesterday); «دو سال پیش» names the year two back.
  A relative phrase takes the solar or Gregorian calendar of the nearest date in its own sentence
  that names one, if any («تا ماه حوت سال جاری» = the current solar year). Lunar Hijri is never
  that frame: Persian writers do not count «امسال» in lunar years.
- A month, day or season followed by a relative year («آذر امسال», «۱۵ ژانویه سال گذشته»,
  «تابستان امسال») is one mention: that month of that year in the month's own calendar; solar
  seasons are the Jalali quarters (بهار = فروردین–خرداد …). A month or day followed by a direction
  («ژوئن گذشته», «مارس آینده») is the last one before publication or the next one after it; one
  restated as the current month («۱۹ دسامبر این ماه», «۱۱ مهرماه جاری») is its nearest occurrence. An
  ordinal after a part noun («نیمه دوم ماه جاری», «هفته اول اکتبر») numbers the part, not a day.
- A third's word before a whole month, year or relative week narrows it (helpers.dates.parts): «اوایل X»
  days 1-10, «اواسط X» 11-20, «اواخر X» 21 to the end; of a year, months 1-4, 5-8, 9-12; of a week
  («اوایل هفته جاری»), days 1-3, 4-5, 6-7 from its Saturday.
- A comparison («نسبت به ماه قبل», «مدت مشابه سال پیش») counts from the nearest earlier date in
  its sentence, not from publication (on a page that shows no publication date it stays unresolved, as
  every relative phrase there does).
- A yearless date takes a year in brackets right after it or the day written beside it in another calendar
  (helpers.dates.anchors).
- Month names that are also ordinary words (مهر seal, میزان amount, صفر zero, رمضان a given name …)
  are months only next to a day number, after «ماه»/«برج», before a year of their own calendar's
  band (not after «به»: «به میزان ۱۴۰۰»), before a calendar marker, after a part-of-month word
  («اواخر آذر»; not a Gregorian «می»), or (Iranian names) before a two-digit year.
- A bare weekday points the way the first verb of its clause does (helpers.text.verbs, hazm's table of
  every conjugated form): a past one to the last such day, any other to the coming one; with no verb
  after it, to its nearest occurrence within three days of publication; after «تا» to the
  next one on or after it; a direction after it («آینده», «قبل», «هفته گذشته»; one table,
  helpers.dates.words.DIRECTIONS, for every relative unit) moves it as the words say. A weekday written
  right before a date («پنجشنبه ۷ آذر») is part of that date's surface, not a row of its own.
  «دوشنبه» after «در/به/از/شهر/پایتخت» is Tajikistan's capital; once an article uses it so, a bare
  «دوشنبه» anywhere in that article is read as the city too («کاخ ملت دوشنبه»).
- Dual forms («21 دسامبر 1991 (30 آذر 1370)», «… برابر با …») give one row per calendar; the
  second row shares the first row's refers_to, and a warning is raised if the two disagree
  (different days; for years or months, periods that do not overlap at all). A lunar day or span of
  days beside its solar or Gregorian form takes that form's days (Iran and Afghanistan sight the moon).
- Without a publication date, relative and yearless mentions are kept with empty start and end.

refers_to is the event phrase around the date inside its clause (clauses end at punctuation and
«که»): up to four words before the date and six after, with «…» standing for the date itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from helpers.contracts import Calendar
from helpers.dates import calendars as cal
from helpers.dates.anchors import anchor_yearless
from helpers.dates.describe import describe, join_apposed, lunar_beside
from helpers.dates.mention import DateMention
from helpers.dates.parts import narrow_to_thirds, widen_to_week
from helpers.dates.patterns import SP
from helpers.dates.relative import DUSHANBE_CITY
from helpers.dates.rules import scan

COMPARISON = re.compile(rf"(?:نسبت{SP}به|مشابه){SP}$")
"""Words before a relative phrase that make it relative to a date already named, not to publication."""

__all__ = ["DUSHANBE_CITY", "dominant_calendar", "find_dates"]


def find_dates(
    text: str, published: dt.date | None, calendar: Calendar = Calendar.GREGORIAN, fixed: bool = False
) -> list[DateMention]:
    """Every date or period in one string, in reading order.

    Relative phrases («سال جاری», «امروز») count in the solar or Gregorian calendar of the nearest
    date in the same string that names one, else in `calendar` (extract_dates passes the article's
    dominant one); with `fixed`, always in `calendar` (the page's dateline's: a relative phrase counts
    from the publication day in the calendar the page dates itself in, whatever year the sentence
    names). Lunar Hijri is never the frame of «امسال»: Persian writers count years in solar
    or Gregorian ones. A comparison («نسبت به ماه قبل») counts from the date it compares with, the
    nearest earlier one in the string, not from publication."""
    if isinstance(published, dt.datetime):  # a timestamp would not subtract from dates
        published = published.date()
    found = scan(text, published, calendar)
    frames = [f for f in found if f.named_calendar and f.calendar != Calendar.HIJRI and not fixed]
    rescans: dict[tuple[str, dt.date | None], dict[int, DateMention]] = {}
    for i, mention in enumerate(found):
        if mention.named_calendar:
            continue
        frame = min(frames, key=lambda f: abs(f.offset - mention.offset)).calendar if frames else calendar
        anchor = published
        earlier = [f for f in found[:i] if f.start is not None]
        if published and earlier and COMPARISON.search(cal.fold_for_dates(text), 0, mention.offset):
            anchor = earlier[-1].start
        if (frame, anchor) != (mention.calendar, published):
            key = (frame, anchor)
            rescan = rescans.setdefault(key, {f.offset: f for f in scan(text, anchor, frame)})
            found[i] = rescan.get(mention.offset, mention)
    found = anchor_yearless(found, text, published, calendar)
    return describe(lunar_beside(join_apposed(widen_to_week(narrow_to_thirds(found, text), text), text), text), text)


def dominant_calendar(mentions: list[DateMention]) -> Calendar:
    """The solar or Gregorian calendar most dates that name one use; Gregorian if none or on a tie."""
    counts = Counter(m.calendar for m in mentions if m.named_calendar and m.calendar != Calendar.HIJRI)
    return Calendar.JALALI if counts[Calendar.JALALI] > counts[Calendar.GREGORIAN] else Calendar.GREGORIAN
