"""Date and period extraction: every written form the issue names, on sentences written here, plus
the seed article's dates and its look-alike numbers."""

from __future__ import annotations

import datetime as dt
import re
import warnings

import jdatetime
import pandas as pd
import pytest
from date_fixtures import D, H, J
from hazm import Normalizer
from hijridate import Hijri

from helpers import contracts
from helpers.contracts import Calendar
from helpers.dates import calendars as cal
from helpers.dates import find_dates, words
from helpers.dates.calendars import canonical
from helpers.extract.dates import extract_dates
from helpers.text.gazetteer import key

PUB = dt.date(2025, 11, 28)  # a Friday; 7 Azar 1404; 7 Jumada al-Akhira 1447


def only(text: str, published: dt.date | None = PUB):
    """The single mention in `text` (fails if there are none or several)."""
    found = find_dates(text, published)
    assert len(found) == 1, [m.surface for m in found]
    return found[0]


def check(text, surface, start, end, calendar, precision, published=PUB):
    m = only(text, published)
    assert (m.surface, m.start, m.end, m.calendar, m.precision) == (surface, start, end, calendar, precision)


# Full dates, digits, ordinals ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, start, calendar",
    [
        ("نشست در ۲۸ نوامبر ۲۰۲۵ برگزار شد", "۲۸ نوامبر ۲۰۲۵", D(2025, 11, 28), "gregorian"),
        ("نشست در ٢٨ نوفمبر ٢٠٢٥ برگزار شد", "٢٨ نوفمبر ٢٠٢٥", D(2025, 11, 28), "gregorian"),
        ("نشست در 28 نوامبر 2025 برگزار شد", "28 نوامبر 2025", D(2025, 11, 28), "gregorian"),
        ("نشست در 2۸ نوامبر ۲0۲5 برگزار شد", "2۸ نوامبر ۲0۲5", D(2025, 11, 28), "gregorian"),
        ("از اول ژانویه ۲۰۲۶ آغاز می‌شود", "اول ژانویه ۲۰۲۶", D(2026, 1, 1), "gregorian"),
        ("در ۷ آذر ۱۴۰۴ گفت", "۷ آذر ۱۴۰۴", J(1404, 9, 7), "jalali"),
        ("در ۷ آذر ۱۴۰۴ شهر تهران تعطیل بود", "۷ آذر ۱۴۰۴", J(1404, 9, 7), "jalali"),
        ("در ۷ آذرماه ۱۴۰۴ گفت", "۷ آذرماه ۱۴۰۴", J(1404, 9, 7), "jalali"),
        ("در ۷ آذر ماه سال ۱۴۰۴ گفت", "۷ آذر ماه سال ۱۴۰۴", J(1404, 9, 7), "jalali"),
        ("در ۷ آذر ۱۴۰۴ هجری شمسی گفت", "۷ آذر ۱۴۰۴ هجری شمسی", J(1404, 9, 7), "jalali"),
        ("به تاریخ ۱۵ حمل ۱۴۰۳ در کابل", "۱۵ حمل ۱۴۰۳", J(1403, 1, 15), "jalali"),
        ("روز ۲۵ سرطان ۱۴۰۴ دایر شد", "روز ۲۵ سرطان ۱۴۰۴", J(1404, 4, 25), "jalali"),
        ("عاشورا ۱۰ محرم ۱۴۴۷ ه.ق بود", "۱۰ محرم ۱۴۴۷ ه.ق", H(1447, 1, 10), "hijri"),
        ("عاشورا ۱۰ محرم ۱۴۴۷ ه. ق بود", "۱۰ محرم ۱۴۴۷ ه. ق", H(1447, 1, 10), "hijri"),
        ("عید فطر اول شوال ۱۴۴۶ قمری است", "اول شوال ۱۴۴۶ قمری", H(1446, 10, 1), "hijri"),
        ("در ۲۰ صفر ۱۴۴۷ هجری قمری", "۲۰ صفر ۱۴۴۷ هجری قمری", H(1447, 2, 20), "hijri"),
        ("در ۱۵ جنوری ۲۰۲۵ میلادی امضا شد", "۱۵ جنوری ۲۰۲۵ میلادی", D(2025, 1, 15), "gregorian"),
        ("روز پنجشنبه ۷ آذر ۱۴۰۴ گفت", "روز پنجشنبه ۷ آذر ۱۴۰۴", J(1404, 9, 7), "jalali"),
        ("در تاریخ ۱۴۰۴/۰۹/۰۷ تصویب شد", "۱۴۰۴/۰۹/۰۷", J(1404, 9, 7), "jalali"),
        ("در تاریخ ۱۴۰۴ / ۰۹ / ۰۷ تصویب شد", "۱۴۰۴ / ۰۹ / ۰۷", J(1404, 9, 7), "jalali"),
        ("در تاریخ ۰۷/۰۹/۱۴۰۴ تصویب شد", "۰۷/۰۹/۱۴۰۴", J(1404, 9, 7), "jalali"),
        ("published 2025-11-28 at", "2025-11-28", D(2025, 11, 28), "gregorian"),
        ("در 28/11/2025 امضا شد", "28/11/2025", D(2025, 11, 28), "gregorian"),
        ("در 28.11.2025 امضا شد", "28.11.2025", D(2025, 11, 28), "gregorian"),
        ("در ۲۸ ٫ ۱۱ ٫ ۲۰۲۵ امضا شد", "۲۸ ٫ ۱۱ ٫ ۲۰۲۵", D(2025, 11, 28), "gregorian"),  # dots, normalized
        ("تهران، ایرنا ۰۷/۰۹/۰۴ گزارش داد", "۰۷/۰۹/۰۴", J(1404, 9, 7), "jalali"),  # short year last
        # a site's backslashes, year first or last, either digits
        ("منتشر شده ۱۴۰۴\\۰۹\\۰۷ ساعت ۱۰:۲۰", "۱۴۰۴\\۰۹\\۰۷", J(1404, 9, 7), "jalali"),
        ("در 1403\\12\\5 تصویب شد", "1403\\12\\5", J(1403, 12, 5), "jalali"),
        ("در 28\\11\\2025 امضا شد", "28\\11\\2025", D(2025, 11, 28), "gregorian"),
        ("۱۴۰۴ \\ ۰۹ \\ ۰۷ ۱۰:۲۰", "۱۴۰۴ \\ ۰۹ \\ ۰۷", J(1404, 9, 7), "jalali"),  # spaced by the normalizer
        # a solar reading years after today's is lunar Hijri (Saudi and Gulf agencies; solar 1438 is AD 2059);
        # up to next year's, and older, it stays solar
        ("جده، ۱۴۳۸/۱۲/۲۲ خبرگزاری گزارش داد", "۱۴۳۸/۱۲/۲۲", H(1438, 12, 22), "hijri"),
        ("الریاض 1445/03/10 (واس)", "1445/03/10", H(1445, 3, 10), "hijri"),
        ("تاریخ: ۲۲/۱۲/۱۴۳۸ منتشر شد", "۲۲/۱۲/۱۴۳۸", H(1438, 12, 22), "hijri"),
        ("تهران، ۱۳۹۶/۰۶/۲۲ ایرنا", "۱۳۹۶/۰۶/۲۲", J(1396, 6, 22), "jalali"),
    ],
)
def test_full_dates(text, surface, start, calendar):
    check(text, surface, start, start, calendar, "day")


@pytest.mark.parametrize(
    "text",
    [
        "پرونده شماره ۱۲\\۳۴\\۵۶ بسته شد",  # no month 34: a file number
        "مسیر C:\\2024\\11\\28\\report را ببینید",  # a folder path, the date inside it
        "کد ۲۰۲۴\\۱۱\\۲۸\\۷ ثبت شد",  # four numbers: a code
        "نتیجه 2\\1\\0 بود",  # a score, no year
    ],
)
def test_backslashed_numbers_that_are_no_date(text):
    assert find_dates(text, PUB) == []


def test_a_short_solar_year_may_come_first_when_the_first_number_is_no_day():
    check("تهران، ایرنا ۸۹/۰۹/۰۷ گزارش داد", "۸۹/۰۹/۰۷", J(1389, 9, 7), J(1389, 9, 7), "jalali", "day", None)


@pytest.mark.parametrize(
    "text, surface, start",
    [
        ("ساعت ۰۹:۴۵ - ۳ مهر ۱۳۹۸ بیانیه منتشر شد", "۳ مهر ۱۳۹۸", J(1398, 7, 3)),  # minutes are no day
        ("ساعت ۰۹:۴۵ - ۰۳ - ۰۷ - ۱۳۹۸", "۰۳ - ۰۷ - ۱۳۹۸", J(1398, 7, 3)),  # spaced by the normalizer
        ("(updated Fri, 11 Jul 2025 07:05:00 GMT)", "11 Jul 2025", D(2025, 7, 11)),
        ("The summit opened on July 4, 2024 in Astana", "July 4, 2024", D(2024, 7, 4)),
        ("on 9 Sept. 2022", "9 Sept. 2022", D(2022, 9, 9)),
    ],
)
def test_machine_datelines_in_sentences(text, surface, start):
    m = only(text)
    assert (m.surface, m.start, m.precision) == (surface, start, "day")


@pytest.mark.parametrize(
    "text, start",
    [
        ("هیئت در ۳ فیبروری ۲۰۲۳ به دوشنبه رسید", D(2023, 2, 3)),  # Dari
        ("نشست ۱۹ نوومبر ۲۰۲۲ پایان یافت", D(2022, 11, 19)),
        ("گفت‌وگوها در تاریخ ۷ اوکتوبر ۲۰۲۳ آغاز می‌شود", D(2023, 10, 7)),  # Dari, «او» as in «اوگوست»
        ("سند در ۲۱ سینتیابر ۲۰۲۱ امضا شد", D(2021, 9, 21)),  # Tajik, from the Russian name
        ("رئیس‌جمهور ۵ اکتیابر ۲۰۱۸ سخن گفت", D(2018, 10, 5)),
        ("همایش ۱۲ دیکابر ۲۰۱۹ برگزار شد", D(2019, 12, 12)),
    ],
)
def test_dari_and_tajik_spellings_of_gregorian_months(text, start):
    m = only(text)
    assert (m.start, m.calendar) == (start, "gregorian")


@pytest.mark.parametrize(
    "text, start, calendar",
    [
        ("نشست در ۱۰ ذو القعدة ۱۴۴۶ برگزار شد", H(1446, 11, 10), "hijri"),  # hijridate's name, two words
        ("حجاج روز ۸ ذو الحجه ۱۴۴۶ به عرفات رفتند", H(1446, 12, 8), "hijri"),
        ("بیانیه در ۳ جمادی الاولی ۱۴۴۷ صادر شد", H(1447, 5, 3), "hijri"),
        ("نشست ۲ ربيع الثاني ۱۴۴۶ برگزار شد", H(1446, 4, 2), "hijri"),  # Arabic letters
    ],
)
def test_the_calendar_librarys_own_month_names(text, start, calendar):
    m = only(text)
    assert (m.start, m.calendar) == (start, calendar)


@pytest.mark.parametrize(
    "text, start",
    [
        ("نشست در ۵ جمادی‌الاخره ۱۴۴۶ برگزار شد", H(1446, 6, 5)),  # «جمادی‌الآخره» without its madda
        ("قرارداد ۱۲ جمادی الاخر ۱۴۴۶ امضا شد", H(1446, 6, 12)),
        ("هیئت ۳ اوریل ۲۰۲۴ رسید", D(2024, 4, 3)),
        ("توافق ۱۲ اذر ۱۴۰۳ امضا شد", J(1403, 9, 12)),
    ],
)
def test_a_month_name_without_its_madda(text, start):
    assert only(text).start == start


@pytest.mark.parametrize(
    "table, calendar, year",
    [
        (words.GREGORIAN_MONTHS, Calendar.GREGORIAN, 2024),
        (words.JALALI_MONTHS, Calendar.JALALI, 1403),
        (words.AFGHAN_MONTHS, Calendar.JALALI, 1403),
        (words.PASHTO_MONTHS, Calendar.JALALI, 1403),
        (words.HIJRI_MONTHS, Calendar.HIJRI, 1446),
    ],
)
def test_every_spelling_in_the_month_tables_reads_as_its_month(table, calendar, year):
    """Each listed or derived spelling, with a day and year, with «ماه» glued by a ZWNJ, and after «ماه»."""
    for name, month in table.items():
        day = cal.to_gregorian(calendar, year, month, 12)
        forms = [(f"نشست ۱۲ {name} {year} برگزار شد", day), (f"نشست در ماه {name} {year} بود", None)]
        if not name.startswith("د "):  # a Pashto month after its particle takes no «ماه»
            forms.append((f"نشست ۱۲ {name}\u200cماه {year} برگزار شد", day))
        for text, start in forms:
            expected = start or cal.month_bounds(calendar, year, month)[0]
            assert [m.start for m in find_dates(text, PUB)] == [expected], text


def test_every_month_and_weekday_the_libraries_name_is_read():
    """jdatetime and hijridate name the solar and lunar months and the weekdays: each is in the lexicon."""
    assert all(words.MONTHS[canonical(n)] == ("jalali", i) for i, n in enumerate(jdatetime.date.j_months_fa, 1))
    assert all(words.MONTHS[canonical(Hijri(1447, i, 1).month_name("ar"))] == ("hijri", i) for i in range(1, 13))
    assert [words.WEEKDAYS[canonical(n)] for n in jdatetime.date.j_weekdays_fa] == [5, 6, 0, 1, 2, 3, 4]


@pytest.mark.parametrize(
    "text, surface, start",
    [
        ("جلسه عمومی ولسی جرگه ۳۰ د تلې ۱۳۹۶ دایر شد", "۳۰ د تلې ۱۳۹۶", J(1396, 7, 30)),
        ("نشست در ۳۰ د تلی ۱۳۹۶ پایان یافت", "۳۰ د تلی ۱۳۹۶", J(1396, 7, 30)),  # Persian ی for ې
        ("۱۵ د غبرگولي ۱۴۰۳ سند امضا شد", "۱۵ د غبرگولي ۱۴۰۳", J(1403, 3, 15)),  # Persian گ for ګ
        ("هیئت ۵ دسلواغې ۱۴۰۱ به کابل رسید", "۵ دسلواغې ۱۴۰۱", J(1401, 11, 5)),  # «د» glued to the month
        ("اعلامیه ۱ د وري ۱۴۰۰ نشر شد", "۱ د وري ۱۴۰۰", J(1400, 1, 1)),
        ("مورخ ۲۹ د کب ۱۴۰۲", "۲۹ د کب ۱۴۰۲", J(1402, 12, 29)),
    ],
)
def test_pashto_names_of_the_afghan_solar_months(text, surface, start):
    check(text, surface, start, start, "jalali", "day")


def test_a_pashto_month_read_off_normalized_text_is_the_written_one():
    """hazm's normalizer writes ی for ې: the surface it leaves matches the page's (the scorer's key)."""
    assert key("۳۰ د تلې ۱۳۹۶") == key("۳۰ د تلی ۱۳۹۶")
    assert key("۱۵ د غبرګولي ۱۴۰۳") == key("۱۵ د غبرگولی ۱۴۰۳")
    assert key("تله") != key("تلخ")


@pytest.mark.parametrize("word, month", sorted(words.PASHTO_MONTHS.items()))
def test_every_pashto_month_name(word, month):
    m = only(f"در ۱۰ {word} ۱۴۰۲")
    assert (m.start, m.calendar) == (J(1402, month, 10), "jalali")


@pytest.mark.parametrize(
    "text",
    [
        "۱۲ تله انفجاری خنثی شد",  # traps: the Persian word, no «د»
        "۳ کب و ۲ ماهی صید شد",
        "ساعت ۱۰ د تلویزیون ملی",  # «د» before another word
    ],
)
def test_pashto_month_look_alikes(text):
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize("word, month", sorted(words.ENGLISH_MONTHS.items()))
def test_every_english_month_name(word, month):
    m = only(f"on 12 {word} 2024")
    assert (m.start, m.calendar) == (D(2024, month, 12), "gregorian")


@pytest.mark.parametrize("word, month", sorted(words.GREGORIAN_MONTHS.items()))
def test_every_gregorian_month_spelling(word, month):
    m = only(f"در ۱۵ {word} ۲۰۲۵ رخ داد")
    assert (m.start, m.calendar) == (D(2025, month, 15), "gregorian")


@pytest.mark.parametrize("word, month", sorted({**words.JALALI_MONTHS, **words.AFGHAN_MONTHS}.items()))
def test_every_solar_month_name(word, month):
    m = only(f"در ۱۵ {word} ۱۴۰۴ رخ داد")
    assert (m.start, m.calendar) == (J(1404, month, 15), "jalali")


@pytest.mark.parametrize("word, month", sorted(words.HIJRI_MONTHS.items()))
def test_every_hijri_month_spelling(word, month):
    m = only(f"در ۱۵ {word} ۱۴۴۷ رخ داد")
    assert (m.start, m.calendar) == (H(1447, month, 15), "hijri")


@pytest.mark.parametrize("word, day", sorted(words.ORDINALS.items()))
def test_ordinal_days(word, day):
    assert only(f"از {word} ژانویه ۲۰۲۶ آغاز شد").start == D(2026, 1, day)


@pytest.mark.parametrize("written", ["سی و یکم", "سی‌ویکم", "سی‌و‌یکم", "سی ویکم"])
def test_compound_ordinal_spacing(written):
    assert only(f"تا {written} دسامبر ۲۰۲۵").start == D(2025, 12, 31)


def test_arabic_letter_forms_are_read():
    assert only("في ١٥ ذي الحجة ١٤٤٦ هـ.ق").start == H(1446, 12, 15)


def test_impossible_days_are_not_days():
    # The month and year still stand; the day does not.
    assert [m.precision for m in find_dates("۳۲ آذر ۱۴۰۴", PUB)] == ["month"]
    assert [m.precision for m in find_dates("۳۰ فوریه ۲۰۲۵", PUB)] == ["month"]
    assert find_dates("۱۴۰۴/۱۳/۰۱", PUB) == []


# Ranges of days, months, years ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, start, end, calendar, precision",
    [
        ("از ۱۰ تا ۱۲ آذر ۱۴۰۴ برگزار شد", "۱۰ تا ۱۲ آذر ۱۴۰۴", J(1404, 9, 10), J(1404, 9, 12), "jalali", "range"),
        ("از ۱۰ الی ۱۳ ثور ۱۳۹۸ دایر شد", "۱۰ الی ۱۳ ثور ۱۳۹۸", J(1398, 2, 10), J(1398, 2, 13), "jalali", "range"),
        ("در ۲۸ و ۲۹ نوامبر ۲۰۲۵", "۲۸ و ۲۹ نوامبر ۲۰۲۵", D(2025, 11, 28), D(2025, 11, 29), "gregorian", "range"),
        ("نوامبر ۲۰۲۵ ماه سردی بود", "نوامبر ۲۰۲۵", D(2025, 11, 1), D(2025, 11, 30), "gregorian", "month"),
        ("در آذر ۱۴۰۴ گفت", "آذر ۱۴۰۴", J(1404, 9, 1), J(1404, 9, 30), "jalali", "month"),
        ("در مهر ۱۴۰۴ انجام شد", "مهر ۱۴۰۴", J(1404, 7, 1), J(1404, 7, 30), "jalali", "month"),
        ("در ماه حمل سال ۱۴۰۳", "ماه حمل سال ۱۴۰۳", J(1403, 1, 1), J(1403, 1, 31), "jalali", "month"),
        ("رمضان ۱۴۴۶ ه.ق", "رمضان ۱۴۴۶ ه.ق", H(1446, 9, 1), H(1446, 10, 1) - dt.timedelta(days=1), "hijri", "month"),
        (
            "کریدور در بازه ۲۰۳۰ - ۲۰۲۹ افتتاح می‌شود",
            "۲۰۳۰ - ۲۰۲۹",
            D(2029, 1, 1),
            D(2030, 12, 31),
            "gregorian",
            "range",
        ),
        ("برنامه ۲۰۲۹-۲۰۳۰ تصویب شد", "۲۰۲۹-۲۰۳۰", D(2029, 1, 1), D(2030, 12, 31), "gregorian", "range"),
        ("برنامه ۲۰۲۹–۲۰۳۰ تصویب شد", "۲۰۲۹–۲۰۳۰", D(2029, 1, 1), D(2030, 12, 31), "gregorian", "range"),
        ("از ۲۰۲۶ تا ۲۰۳۰ اجرا می‌شود", "از ۲۰۲۶ تا ۲۰۳۰", D(2026, 1, 1), D(2030, 12, 31), "gregorian", "range"),
        ("از سال ۱۳۹۶ تا ۱۴۰۰ ساخته شد", "از سال ۱۳۹۶ تا ۱۴۰۰", J(1396, 1, 1), J(1400, 12, 29), "jalali", "range"),
        ("در فصل ۱۴۰۳-۰۴ لیگ", "۱۴۰۳-۰۴", J(1403, 1, 1), J(1404, 12, 29), "jalali", "range"),
        (
            "بین سال‌های ۲۰۲۰ و ۲۰۲۲ کاهش یافت",
            "بین سال‌های ۲۰۲۰ و ۲۰۲۲",
            D(2020, 1, 1),
            D(2022, 12, 31),
            "gregorian",
            "range",
        ),
        ("در دهه ۱۹۹۰ فروپاشید", "دهه ۱۹۹۰", D(1990, 1, 1), D(1999, 12, 31), "gregorian", "range"),
    ],
)
def test_ranges_and_months(text, surface, start, end, calendar, precision):
    check(text, surface, start, end, calendar, precision)


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        (
            "نمایشگاه از ۲۹ اسفند تا ۳ فروردین ۱۴۰۲ باز است",
            "۲۹ اسفند تا ۳ فروردین ۱۴۰۲",
            J(1401, 12, 29),
            J(1402, 1, 3),
        ),
        ("اجلاس ۳۰ مه - ۲ ژوئن ۲۰۱۹ در مکه", "۳۰ مه - ۲ ژوئن ۲۰۱۹", D(2019, 5, 30), D(2019, 6, 2)),
        ("سفر از ۲۷ دسامبر تا ۳ ژانویه ۲۰۲۴ طول کشید", "۲۷ دسامبر تا ۳ ژانویه ۲۰۲۴", D(2023, 12, 27), D(2024, 1, 3)),
        ("در ۳۱ سنبله و ۱ میزان ۱۴۰۲", "۳۱ سنبله و ۱ میزان ۱۴۰۲", J(1402, 6, 31), J(1402, 7, 1)),
        ("از ۳۱ دسامبر ۲۰۲۲ تا ۲ ژانویه ۲۰۲۳", "۳۱ دسامبر ۲۰۲۲ تا ۲ ژانویه ۲۰۲۳", D(2022, 12, 31), D(2023, 1, 2)),
    ],
)
def test_day_spans_across_two_months(text, surface, start, end):
    check(text, surface, start, end, only(text).calendar, "range")


def test_a_yearless_span_across_two_months_is_placed_near_publication():
    m = only("نشست در روزهای ۳۰ نوامبر و اول دسامبر برگزار می‌شود")  # PUB: 28 November 2025
    assert (m.surface, m.start, m.end, m.relative) == ("۳۰ نوامبر و اول دسامبر", D(2025, 11, 30), D(2025, 12, 1), True)


def test_two_days_in_two_months_joined_by_and_are_two_dates():
    assert [m.surface for m in find_dates("در ۱۰ آذر و ۱۵ دی ۱۴۰۴", PUB)] == ["۱۰ آذر", "۱۵ دی ۱۴۰۴"]


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        (
            "در روزهای بیستم تا بیست و دوم ماه اکتوبر",
            "بیستم تا بیست و دوم ماه اکتوبر",
            D(2025, 10, 20),
            D(2025, 10, 22),
        ),
        ("روز ۵ ماه دسمبر", "روز ۵ ماه دسمبر", D(2025, 12, 5), D(2025, 12, 5)),
    ],
)
def test_month_word_between_day_and_month(text, surface, start, end):
    m = only(text)
    assert (m.surface, m.start, m.end) == (surface, start, end)


@pytest.mark.parametrize(
    "text, surface, start",
    [
        ("سفر هیئت ۲۳ سرطان، ۱۴۰۱ آغاز شد", "۲۳ سرطان، ۱۴۰۱", J(1401, 4, 23)),
        ("۹ دسمبر،2021", "۹ دسمبر،2021", D(2021, 12, 9)),
        ("روز ۱۰ آذر، ۲۰۰۰ کودک ثبت نام کردند", "روز ۱۰ آذر", J(1404, 9, 10)),  # not a solar year: a count
    ],
)
def test_a_comma_between_month_and_year(text, surface, start):
    m = only(text)
    assert (m.surface, m.start) == (surface, start)


@pytest.mark.parametrize(
    "text, surface, start, end, calendar",
    [
        ("تولید در فصل سوم ۲۰۲۵ رشد داشت", "فصل سوم ۲۰۲۵", D(2025, 7, 1), D(2025, 9, 30), "gregorian"),
        ("در سه‌ماهه نخست ۱۴۰۴", "سه‌ماهه نخست ۱۴۰۴", J(1404, 1, 1), J(1404, 3, 31), "jalali"),
        ("در نیمه دوم سال ۲۰۲۴", "نیمه دوم سال ۲۰۲۴", D(2024, 7, 1), D(2024, 12, 31), "gregorian"),
        ("در پاییز ۱۴۰۴ برگزار شد", "پاییز ۱۴۰۴", J(1404, 7, 1), J(1404, 9, 30), "jalali"),
        ("در ۱۰ ماه نخست سال ۲۰۲۵ رشد کرد", "۱۰ ماه نخست سال ۲۰۲۵", D(2025, 1, 1), D(2025, 10, 31), "gregorian"),
        ("در سه ماه پایانی ۲۰۲۵", "سه ماه پایانی ۲۰۲۵", D(2025, 10, 1), D(2025, 12, 31), "gregorian"),
        ("در هشت ماهه نخست سال ۱۴۰۴", "هشت ماهه نخست سال ۱۴۰۴", J(1404, 1, 1), J(1404, 8, 30), "jalali"),
    ],
)
def test_parts_of_a_year(text, surface, start, end, calendar):
    check(text, surface, start, end, calendar, "range")


@pytest.mark.parametrize(
    "text, surface, start, end, calendar",
    [
        ("در تابستان امسال", "تابستان امسال", J(1404, 4, 1), J(1404, 6, 31), "jalali"),
        ("در نیمه نخست امسال", "نیمه نخست امسال", D(2025, 1, 1), D(2025, 6, 30), "gregorian"),
        ("در فصل سوم سال گذشته", "فصل سوم سال گذشته", D(2024, 7, 1), D(2024, 9, 30), "gregorian"),
    ],
)
def test_parts_of_a_relative_year(text, surface, start, end, calendar):
    check(text, surface, start, end, calendar, "range")


def test_dari_current_year():
    check("از اول سرطان سال روان", "اول سرطان سال روان", J(1404, 4, 1), J(1404, 4, 1), "jalali", "day")
    check("در سال روان", "سال روان", D(2025, 1, 1), D(2025, 12, 31), "gregorian", "year")


def test_old_hijri_dates_are_kept_without_gregorian_days():
    # hijridate converts AH 1343–1500 only; an older date is still a row, with unknown start/end.
    check("ولادت در ۱۱ ذی‌القعده سال ۱۴۸ هجری قمری بود", "۱۱ ذی‌القعده سال ۱۴۸ هجری قمری", None, None, "hijri", "day")
    check("رمضان ۱۳۰۰ قمری", "رمضان ۱۳۰۰ قمری", None, None, "hijri", "month")


def test_gregorian_seasons_are_not_guessed():
    # A Gregorian winter straddles two years: no row rather than a wrong one.
    assert find_dates("در زمستان ۲۰۲۵ برف بارید", PUB) == []


# Bare years ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, calendar, start, end",
    [
        ("در سال ۲۰۲۵ رشد کرد", "سال ۲۰۲۵", "gregorian", D(2025, 1, 1), D(2025, 12, 31)),
        ("در سال ۱۴۰۴ رشد کرد", "سال ۱۴۰۴", "jalali", J(1404, 1, 1), J(1404, 12, 29)),
        ("لایحه بودجه ۱۴۰۵ تقدیم شد", "۱۴۰۵", "jalali", J(1405, 1, 1), J(1405, 12, 29)),
        ("از رئیس دوره‌ای ۲۰۲۳ قدردانی کرد", "۲۰۲۳", "gregorian", D(2023, 1, 1), D(2023, 12, 31)),
        ("از رئیس دورهای ۲۰۲۳ قدردانی کرد", "۲۰۲۳", "gregorian", D(2023, 1, 1), D(2023, 12, 31)),  # ZWNJ lost
        ("این رقم در ۲۰۲۴ دو برابر شد", "۲۰۲۴", "gregorian", D(2024, 1, 1), D(2024, 12, 31)),
        ("حج ۱۴۴۶ قمری", "۱۴۴۶ قمری", "hijri", H(1446, 1, 1), H(1447, 1, 1) - dt.timedelta(days=1)),
        ("سال ۱۹۴۵ میلادی", "سال ۱۹۴۵ میلادی", "gregorian", D(1945, 1, 1), D(1945, 12, 31)),
        ("او متولد ۱۳۴۲ در مشهد است", "۱۳۴۲", "jalali", J(1342, 1, 1), J(1342, 12, 30)),  # a leap year
        ("در سال ۲۰۲۵ کشور چین رشد کرد", "سال ۲۰۲۵", "gregorian", D(2025, 1, 1), D(2025, 12, 31)),
    ],
)
def test_bare_years_in_date_context(text, surface, calendar, start, end):
    check(text, surface, start, end, calendar, "year")


@pytest.mark.parametrize(
    "text",
    [
        "۲ دقیقه خواندن",
        "امضای توافق ۱۰۰ میلیون‌دلاری در دبی",
        "بیش از ۳۲ هزار فلسطینی آواره شده‌اند",
        "بیش از ۱۰ هزار مورد نقض را گزارش کرد",
        "تهران با شاخص ۲۳۳ آلوده‌ترین شهر جهان بوده است",
        "جاغ کباب در میان ۱۰ غذای برتر جهان قرار گرفت",
        "در این حادثه ۱۴ نفر کشته و ۲۰۲۵ نفر زخمی شدند",
        "خسارت آن ۱۴۰۰ میلیارد ریال برآورد شد",
        "تا آن سال ۲۰٪ برق از باد بدست آید",  # the percent sign is the written «درصد»
        "سهم آن در سال ۱۵ % بود",
        "رشد اقتصاد در ۱۴۰۲ ٪ نبود",
        "به میزان ۱۴۰۰ تن کاهش یافت",
        "به میزان ۱۴۰۰ رسید",
        "بیش از ۲۰۲۰ کارگر",
        "در ۲۰۰۰ نقطه کشور",
        "از ۱۵۰۰ کیلومتر مرز",
        "شماره ۱۲۳۴ را گرفت",
        "بین ۱۰۰۰ تا ۲۰۰۰ نفر",
        "قرارداد ۲۵ ساله امضا شد",
        "این ملک بیست سال پیش از انقلاب ساخته شد",
        "در سال‌های اخیر افزایش یافت",
        "خطیب نماز جمعه تهران گفت",
        "ارزش صفر ۱۴۴۷ ریالی",
        "این بنا ۱۴۰۰ سال پیش ساخته شد",
        "اجلاس در دوشنبه، پایتخت تاجیکستان، برگزار شد",
    ],
)
def test_numbers_that_are_not_dates(text):
    assert find_dates(text, PUB) == []


# Yearless dates and the publication date -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, published, start",
    [
        ("تهران روز ۲۶ نوامبر آلوده‌ترین شهر بود", D(2025, 11, 28), D(2025, 11, 26)),
        ("نشست ۲ دسامبر برگزار می‌شود", D(2025, 11, 28), D(2025, 12, 2)),
        ("نشست ۵ ژانویه برگزار می‌شود", D(2025, 11, 28), D(2026, 1, 5)),  # next year is nearer
        ("در ۵ ژوئن گفت", D(2025, 11, 28), D(2025, 6, 5)),  # 176 days back beats 189 ahead
        ("یکم آبان آغاز شد", D(2025, 11, 28), J(1404, 8, 1)),
        ("در ۲۹ اسفند", D(2025, 3, 1), J(1403, 12, 29)),
        ("حجاج از ۸ ذی‌الحجه به عرفات می‌روند", D(2025, 5, 20), H(1446, 12, 8)),
    ],
)
def test_yearless_dates_take_the_nearest_year(text, published, start):
    m = only(text, published)
    assert (m.start, m.precision, m.relative) == (start, "day", True)


def test_yearless_month():
    m = only("مانور در دی‌ماه برگزار خواهد شد", D(2025, 11, 20))
    assert (m.start, m.end, m.precision) == (J(1404, 10, 1), J(1404, 10, 30), "month")
    assert only("ماه مبارک رمضان آغاز شد", D(2026, 1, 15)).start == H(1447, 9, 1)
    assert only("در نوامبر کاهش یافت", PUB).start == D(2025, 11, 1)


def test_publication_timestamp_is_read_as_its_day():
    assert only("روز ۲۶ نوامبر", dt.datetime(2025, 11, 28, 14, 30)).start == D(2025, 11, 26)


def test_without_publication_date_relative_mentions_stay_unresolved():
    m = only("نشست ۲۶ نوامبر", None)
    assert (m.surface, m.start, m.end) == ("۲۶ نوامبر", None, None)
    assert only("پنج سال آینده", None).start is None
    assert only("۲۸ نوامبر ۲۰۲۵", None).start == D(2025, 11, 28)


# Relative periods ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, start, end, precision",
    [
        ("طرح برای پنج سال آینده تصویب شد", PUB, D(2030, 11, 28), "range"),
        ("در ۵ سال آینده", PUB, D(2030, 11, 28), "range"),
        ("در سه سال گذشته رشد کرد", D(2022, 11, 28), PUB, "range"),
        ("طی ۱۰ روز گذشته", D(2025, 11, 18), PUB, "range"),
        ("در سه ماه اخیر", D(2025, 8, 28), PUB, "range"),
        ("در ۲۴ ساعت گذشته", D(2025, 11, 27), PUB, "range"),
        ("در یک دهه گذشته", D(2015, 11, 28), PUB, "range"),
        ("در دهه گذشته", D(2015, 11, 28), PUB, "range"),
        ("در سال آینده", D(2026, 1, 1), D(2026, 12, 31), "year"),
        ("سال گذشته", D(2024, 1, 1), D(2024, 12, 31), "year"),
        ("در سال جاری", D(2025, 1, 1), D(2025, 12, 31), "year"),
        ("امسال", D(2025, 1, 1), D(2025, 12, 31), "year"),
        ("پارسال", D(2024, 1, 1), D(2024, 12, 31), "year"),
        ("دو سال پیش", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("دو سال قبل", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("سه سال دیگر", D(2028, 1, 1), D(2028, 12, 31), "year"),
        ("ماه گذشته", D(2025, 10, 1), D(2025, 10, 31), "month"),
        ("ماه آینده", D(2025, 12, 1), D(2025, 12, 31), "month"),
        ("هفته آینده", D(2025, 11, 29), D(2025, 12, 5), "range"),
        ("هفته گذشته", D(2025, 11, 15), D(2025, 11, 21), "range"),
        ("روز گذشته", D(2025, 11, 27), D(2025, 11, 27), "day"),
        ("دیروز", D(2025, 11, 27), D(2025, 11, 27), "day"),
        ("فردا", D(2025, 11, 29), D(2025, 11, 29), "day"),
        ("پس‌فردا", D(2025, 11, 30), D(2025, 11, 30), "day"),
        ("سال آینده میلادی", D(2026, 1, 1), D(2026, 12, 31), "year"),
    ],
)
def test_relative_periods(text, start, end, precision):
    m = only(text)
    assert (m.start, m.end, m.precision, m.relative) == (start, end, precision, True)


def test_relative_periods_follow_the_calendar_of_the_text():
    # An Iranian report dated in Jalali: «سال آینده» is the next solar year, 1405.
    found = find_dates("در ۷ آذر ۱۴۰۴ اعلام شد که طرح از سال آینده اجرا می‌شود", PUB)
    assert [(m.surface, m.start, m.calendar) for m in found][1] == ("سال آینده", J(1405, 1, 1), "jalali")
    # A Hijri date does not make «امسال» a lunar year: the article's calendar stays the frame.
    found = find_dates("عاشورا ۱۰ محرم ۱۴۴۷ بود و امسال شلوغ‌تر بود", PUB, Calendar.JALALI)
    assert [(m.surface, m.calendar, m.start) for m in found][1] == ("امسال", "jalali", J(1404, 1, 1))


@pytest.mark.parametrize(
    "text, surface, start, end, calendar, precision",
    [
        ("تورم در آذر امسال بالا رفت", "آذر امسال", J(1404, 9, 1), J(1404, 9, 30), "jalali", "month"),
        ("در ژانویه سال گذشته", "ژانویه سال گذشته", D(2024, 1, 1), D(2024, 1, 31), "gregorian", "month"),
        ("روز ۱۵ آذر سال آینده", "روز ۱۵ آذر سال آینده", J(1405, 9, 15), J(1405, 9, 15), "jalali", "day"),
        ("در تابستان امسال", "تابستان امسال", J(1404, 4, 1), J(1404, 6, 31), "jalali", "range"),
        ("تا ماه حوت سال جاری نافذ است", "ماه حوت سال جاری", J(1404, 12, 1), J(1404, 12, 29), "jalali", "month"),
        (
            "ماه مبارک رمضان امسال",
            "ماه مبارک رمضان امسال",
            H(1447, 9, 1),
            H(1447, 10, 1) - dt.timedelta(days=1),
            "hijri",
            "month",
        ),
    ],
)
def test_month_day_or_season_of_a_relative_year(text, surface, start, end, calendar, precision):
    check(text, surface, start, end, calendar, precision)


def test_comparisons_count_from_the_date_compared_with():
    found = find_dates("تورم در آبان‌ماه ۴۹ درصد بود که نسبت به ماه قبل ۱ واحد بیشتر است", D(2025, 11, 25))
    assert [(m.surface, m.start, m.end) for m in found] == [
        ("آبان‌ماه", J(1404, 8, 1), J(1404, 8, 30)),
        ("ماه قبل", J(1404, 7, 1), J(1404, 7, 30)),  # Mehr, not the month before publication (Aban)
    ]
    # With nothing to compare with, publication is the anchor.
    assert only("نسبت به ماه قبل بیشتر شد").start == D(2025, 10, 1)


def test_relative_year_uses_the_articles_dominant_calendar():
    sentences = frame(["امروز ۷ آذر ۱۴۰۴ است.", "نشست دیگری سال آینده برگزار می‌شود."])
    rows = extract_dates(sentences, PUB)
    assert rows.loc[rows.surface == "سال آینده", ["start", "calendar"]].values.tolist() == [["2026-03-21", "jalali"]]


@pytest.mark.parametrize(
    "texts, start, calendar",
    [
        (["ایران از سال ۹۰ ریاست دوره‌ای را بر عهده گرفت."], "2011-03-21", "jalali"),  # no date names a calendar
        (["نشست ۱۲ مارس ۲۰۱۸ برگزار شد.", "ایران از سال ۹۰ ریاست را بر عهده گرفت."], "1990-01-01", "gregorian"),
    ],
)
def test_a_two_digit_year_with_no_calendar_named_on_the_page_is_solar(texts, start, calendar):
    rows = extract_dates(frame(texts), None)
    short = rows[rows.surface.str.contains("۹۰|۶۰")]
    assert short[["start", "calendar"]].values.tolist() == [[start, calendar]]


# Weekdays ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        ("تداوم آلودگی هوا تا یکشنبه", D(2025, 11, 30)),  # published on a Friday
        ("روز چهارشنبه گفت", D(2025, 11, 26)),  # nearest: two days back
        ("دیدار روز دوشنبه", D(2025, 12, 1)),  # no verb: the nearest, three days ahead
        ("روز دوشنبه گفت", D(2025, 11, 24)),  # a past verb: the Monday before, not the nearer one
        ("جمعه گفت", PUB),
        ("یکشنبه‌شب حمله شد", D(2025, 11, 23)),
        ("نشست روز سه‌شنبه برگزار می‌شود", D(2025, 12, 2)),  # a future verb: the coming Tuesday
        ("قرار است وزیر روز سه‌شنبه به باکو برود", D(2025, 12, 2)),
        ("هیئت روز شنبه به مسکو خواهد رفت", D(2025, 11, 29)),
        ("سران روز دوشنبه از روند صلح حمایت کردند", D(2025, 11, 24)),  # «روند» is a noun, no verb
        ("سه‌شنبه آینده ادامه می‌یابد", D(2025, 12, 2)),
        ("جمعه گذشته", D(2025, 11, 21)),
        ("پنجشنبه هفته آینده", D(2025, 12, 4)),
        ("شنبه هفته گذشته", D(2025, 11, 15)),
    ],
)
def test_weekdays_resolve_around_publication(text, day):
    m = only(text)
    assert (m.start, m.end, m.precision) == (day, day, "day")


def test_dushanbe_the_city_is_not_monday_anywhere_in_that_article():
    sentences = frame(["سران در کاخ ملت دوشنبه دیدار کردند.", "نشست در شهر دوشنبه برگزار شد.", "روز دوشنبه گفت."])
    assert extract_dates(sentences, PUB).surface.tolist() == ["روز دوشنبه"]
    assert extract_dates(frame(["سران در کاخ ملت دوشنبه دیدار کردند."]), PUB).surface.tolist() == ["دوشنبه"]


def test_weekday_before_a_date_belongs_to_that_date():
    found = find_dates("سومین دور مذاکرات روز پنج‌شنبه ۲۷ آذرماه در مسقط برگزار می‌شود", D(2025, 12, 15))
    assert [(m.surface, m.start) for m in found] == [("روز پنج‌شنبه ۲۷ آذرماه", J(1404, 9, 27))]
    found = find_dates("قیمت دلار امروز سه‌شنبه ۱۸ آذر به ۱۲۰ هزار تومان رسید", D(2025, 12, 9))
    assert [(m.surface, m.start) for m in found] == [("امروز سه‌شنبه ۱۸ آذر", J(1404, 9, 18))]


@pytest.mark.parametrize("line", ["یکشنبه / ۹ آذر ۱۴۰۴ / ۰۸:۱۵", "یکشنبه - ۹ آذر ۱۴۰۴", "یکشنبه | ۹ آذر ۱۴۰۴"])
def test_a_weekday_set_off_by_a_slash_dash_or_bar_in_a_dateline_belongs_to_its_date(line):
    m = only(line)
    assert (m.surface.split()[0], m.start, m.relative) == ("یکشنبه", J(1404, 9, 9), False)


# Dual forms and refers_to --------------------------------------------------------------------------


def test_dual_form_gives_two_agreeing_rows_with_one_event():
    found = find_dates("اتحاد جماهیر شوروی در 21 دسامبر 1991 (30 آذر 1370) منحل شد", PUB)
    assert [(m.surface, m.calendar) for m in found] == [("21 دسامبر 1991", "gregorian"), ("30 آذر 1370", "jalali")]
    assert found[0].start == found[1].start == D(1991, 12, 21)
    assert found[0].refers_to == found[1].refers_to == "اتحاد جماهیر شوروی … منحل شد"


def test_dual_form_that_disagrees_warns():
    with pytest.warns(UserWarning, match="disagree"):
        find_dates("در 21 دسامبر 1991 (1 دی 1370) منحل شد", PUB)
    with pytest.warns(UserWarning, match="disagree"):
        find_dates("در سال ۱۹۹۲ میلادی (۱۳۸۰ خورشیدی) امضا شد", PUB)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        find_dates("روز ۱۰ اکتبر ۲۰۲۵ برابر با ۱۸ مهر ۱۴۰۴ برگزار شد", PUB)
        found = find_dates("در سال ۱۹۹۲ میلادی (۱۳۷۱ خورشیدی) امضا شد", PUB)  # years straddle: no alarm
    assert [m.precision for m in found] == ["year", "year"]


@pytest.mark.parametrize(
    "text, lunar",
    [
        ("شنبه ۲۴ آذر ۱۴۰۳ |۱۲ جمادی‌الثانی ۱۴۴۶ | Dec 14, 2024", "۱۲ جمادی‌الثانی ۱۴۴۶"),  # a site's three clocks
        ("۱۴۰۳/۰۹/۲۴ - ۱۲ جمادی الثانی ۱۴۴۶", "۱۲ جمادی الثانی ۱۴۴۶"),
        ("نشست در ۱۲ جمادی‌الثانی ۱۴۴۶ (۱۴ دسامبر ۲۰۲۴) برگزار شد", "۱۲ جمادی‌الثانی ۱۴۴۶"),
        ("۲۴ قوس ۱۴۰۳، ۱۲ جمادی‌الثانی ۱۴۴۶ هـ.ق", "۱۲ جمادی‌الثانی ۱۴۴۶ هـ.ق"),  # Dari solar month
    ],
)
def test_a_lunar_day_beside_the_same_day_in_another_calendar_is_that_day(text, lunar):
    found = {m.surface: m.start for m in find_dates(text, None)}
    assert found[lunar] == D(2024, 12, 14)  # the table says the 13th; the page counts the sighted month


@pytest.mark.parametrize(
    "text, lunar",
    [
        ("از ۱۳ تا ۱۵ آذر ۱۳۸۶ برابر با ۲۳ تا ۲۵ ذی‌قعده ۱۴۲۸ هجری قمری برگزار شد", "۲۳ تا ۲۵ ذی‌قعده ۱۴۲۸ هجری قمری"),
        ("نشست از ۲۳ تا ۲۵ ذیقعده ۱۴۲۸ (۴ تا ۶ دسامبر ۲۰۰۷) برگزار شد", "۲۳ تا ۲۵ ذیقعده ۱۴۲۸"),
    ],
)
def test_a_lunar_span_beside_the_same_span_in_another_calendar_is_that_span(text, lunar):
    found = {m.surface: (m.start, m.end) for m in find_dates(text, None)}
    assert found[lunar] == (D(2007, 12, 4), D(2007, 12, 6))  # the table says 3–5 December


def test_a_lunar_span_beside_a_span_of_another_length_keeps_the_tables_days():
    found = {m.surface: m.start for m in find_dates("از ۲۳ تا ۲۵ ذیقعده ۱۴۲۸ (۴ تا ۷ دسامبر ۲۰۰۷)", None)}
    assert found["۲۳ تا ۲۵ ذیقعده ۱۴۲۸"] == D(2007, 12, 3)


def test_a_lunar_day_apart_from_the_other_dates_keeps_the_tables_day():
    found = {m.surface: m.start for m in find_dates("در ۱۲ جمادی‌الثانی ۱۴۴۶ و ۲۴ آذر ۱۴۰۳ دو نشست بود", None)}
    assert found["۱۲ جمادی‌الثانی ۱۴۴۶"] == D(2024, 12, 13)
    found = {m.surface: m.start for m in find_dates("۱۲ جمادی‌الثانی ۱۴۴۶ | ۲۰ دسامبر ۲۰۲۴", None)}
    assert found["۱۲ جمادی‌الثانی ۱۴۴۶"] == D(2024, 12, 13)  # a week off: not the same day


@pytest.mark.parametrize(
    "text, refers_to",
    [
        (
            "جاپاروف اعلام کرد که ریاست دوره‌ای سازمان از اول ژانویه ۲۰۲۶ به روسیه منتقل خواهد شد.",
            "ریاست دوره‌ای سازمان … به روسیه منتقل خواهد شد",
        ),
        ("وی گفت نشست بعدی رهبران در ۱۱ نوامبر ۲۰۲۶ در مسکو برگزار می‌شود.", "نشست بعدی رهبران … در مسکو برگزار می‌شود"),
        ("۲۸ نوامبر ۲۰۲۵", None),
    ],
)
def test_refers_to_is_the_event_phrase_in_the_clause(text, refers_to):
    assert only(text).refers_to == refers_to


# The table and the seed article ----------------------------------------------------------------------


def frame(texts: list[str], section: str = "body") -> pd.DataFrame:
    return pd.DataFrame(
        {"paragraph": range(len(texts)), "sentence": [0] * len(texts), "section": [section] * len(texts), "text": texts}
    )


def test_table_has_the_contract_columns_and_iso_strings():
    rows = extract_dates(frame(["در ۷ آذر ۱۴۰۴ و پنج سال آینده", "هیچ تاریخی نیست"]), PUB)
    assert list(rows.columns) == contracts.DATES
    assert rows[["surface", "start", "end", "paragraph", "section"]].values.tolist() == [
        ["۷ آذر ۱۴۰۴", "2025-11-28", "2025-11-28", 0, "body"],
        ["پنج سال آینده", "2025-11-28", "2030-11-28", 0, "body"],
    ]
    assert set(rows.calendar) <= set(contracts.Calendar) and set(rows.precision) <= set(contracts.Precision)


def test_empty_and_malformed_input():
    assert list(extract_dates(frame([]), PUB).columns) == contracts.DATES
    with pytest.raises(ValueError, match="lacks columns: section"):
        extract_dates(pd.DataFrame({"paragraph": [0], "sentence": [0], "text": ["x"]}), PUB)


def seed_sentences(seed_text: str) -> pd.DataFrame:
    """A plain sentence table for the seed, built here so this test does not wait on ingest/text:
    one paragraph per line, sentences split at full stops, sections from simple layout cues."""
    normalizer = Normalizer()
    rows, section = [], "body"
    lines = [line.strip() for line in seed_text.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        if line == "اکسپلور":
            section = "other_headline"
            continue
        this_section = section
        if index < 6:
            this_section = "header"
        elif re.fullmatch(r"[0-9۰-۹]+ \S+ [0-9۰-۹]{4}", line):
            this_section = "dateline"
        for number, sentence in enumerate(re.split(r"(?<=\.)\s+", normalizer.normalize(line))):
            rows.append({"paragraph": index, "sentence": number, "section": this_section, "text": sentence})
    return pd.DataFrame(rows, columns=contracts.SENTENCES)


def test_seed_article_dates(seed_text):
    rows = extract_dates(seed_sentences(seed_text), PUB)
    got = sorted(map(tuple, rows[["section", "surface", "start", "end", "calendar", "precision"]].values.tolist()))
    assert got == sorted(
        [
            ("dateline", "۲۸ نوامبر ۲۰۲۵", "2025-11-28", "2025-11-28", "gregorian", "day"),
            ("body", "اول ژانویه ۲۰۲۶", "2026-01-01", "2026-01-01", "gregorian", "day"),
            ("body", "اول ژانویه ۲۰۲۶", "2026-01-01", "2026-01-01", "gregorian", "day"),
            ("body", "۱۱ نوامبر ۲۰۲۶", "2026-11-11", "2026-11-11", "gregorian", "day"),
            ("body", "پنج سال آینده", "2025-11-28", "2030-11-28", "gregorian", "range"),
            ("other_headline", "۲۰۳۰ - ۲۰۲۹", "2029-01-01", "2030-12-31", "gregorian", "range"),
            ("other_headline", "روز ۲۶ نوامبر", "2025-11-26", "2025-11-26", "gregorian", "day"),
            ("other_headline", "یکشنبه", "2025-11-30", "2025-11-30", "gregorian", "day"),
        ]
    )
    body = rows[rows.section == "body"].set_index("surface").refers_to
    assert body["۱۱ نوامبر ۲۰۲۶"].endswith("برگزار می‌شود")


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("این پیمان در سال 1996م امضا شد", "سال 1996م", D(1996, 1, 1), D(1996, 12, 31)),  # «م» glued on
        ("قرارداد ۱۲ اکتبر ۲۰۰۷م نافذ شد", "۱۲ اکتبر ۲۰۰۷م", D(2007, 10, 12), D(2007, 10, 12)),
        ("طرح در سال ۱۳۹۸ هـ ش آغاز شد", "سال ۱۳۹۸ هـ ش", J(1398, 1, 1), J(1398, 12, 29)),  # no dots
        ("در دهه ۱۹۷۰ میلادی پایه‌گذاری شد", "دهه ۱۹۷۰ میلادی", D(1970, 1, 1), D(1979, 12, 31)),
        ("در دهه ۱۳۶۰ شمسی ساخته شد", "دهه ۱۳۶۰ شمسی", J(1360, 1, 1), J(1369, 12, 29)),
    ],
)
def test_year_markers_as_abbreviated(text, surface, start, end):
    m = only(text)
    assert (m.surface, m.start, m.end) == (surface, start, end)


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("رزمایش سپتامبر-اکتبر ۲۰۲۳ برگزار شد", "سپتامبر-اکتبر ۲۰۲۳", D(2023, 9, 1), D(2023, 10, 31)),
        ("از مهر تا آذر ۱۴۰۲ ادامه داشت", "مهر تا آذر ۱۴۰۲", J(1402, 7, 1), J(1402, 9, 30)),
        ("ریاست دوره‌ای از دسامبر تا فوریه ۲۰۲۳ بود", "دسامبر تا فوریه ۲۰۲۳", D(2022, 12, 1), D(2023, 2, 28)),
        ("در ماه‌های حمل و ثور ۱۴۰۱ کاهش یافت", "ماه‌های حمل و ثور ۱۴۰۱", J(1401, 1, 1), J(1401, 2, 31)),
    ],
)
def test_ranges_of_months_with_one_year(text, surface, start, end):
    check(text, surface, start, end, only(text).calendar, "range")


def test_two_months_apart_joined_by_and_are_not_a_range():
    found = find_dates("در ژوئن و اوت ۲۰۲۱ دیدار کردند", PUB)
    assert "range" not in [m.precision for m in found] and found[-1].surface == "اوت ۲۰۲۱"


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("نمایشگاه ۱۴، ۱۵ و ۱۶ مه ۲۰۱۹ برپا بود", "۱۴، ۱۵ و ۱۶ مه ۲۰۱۹", D(2019, 5, 14), D(2019, 5, 16)),
        ("رزمایش ۳، ۴، ۵ و ۶ اسد برگزار می‌شود", "۳، ۴، ۵ و ۶ اسد", J(1404, 5, 3), J(1404, 5, 6)),
    ],
)
def test_days_listed_in_a_row_are_one_span(text, surface, start, end):
    m = only(text)
    assert (m.surface, m.start, m.end, m.precision) == (surface, start, end, "range")


@pytest.mark.parametrize(
    "text",
    [
        "گزارش اجلاس ۲۰۲۳ گروه منتشر شد",
        "بیانیه نشست سران ۲۰۱۹ را خواند",
        "کنفرانس ۲۰۲۰ افغانستان در ژنو تعهدات تازه‌ای گرفت",
        "همایش ۱۴۰۳ بهره‌وری در تهران پایان یافت",
        "مجمع ۲۰۲۴ داووس آغاز شد",
    ],
)
def test_a_meeting_named_by_its_year_is_no_date(text):
    """The devset README (session 9): a year right after a meeting noun is part of the meeting's name."""
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize(
    "text, surface",
    [("کنفرانس در ۲۰۲۰ در ژنو برگزار شد", "۲۰۲۰"), ("اجلاس سال ۲۰۲۳ گروه منتشر شد", "سال ۲۰۲۳")],
)
def test_a_meeting_dated_by_a_preposition_or_sal_keeps_its_year(text, surface):
    m = only(text)
    assert (m.surface, m.precision) == (surface, "year")


def test_a_meeting_noun_before_an_amount_is_no_year():
    assert find_dates("اجلاس ۲۰۲۳ نفر را گرد آورد", PUB) == []


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("تظاهرات ۱۸ تیر ۷۸ در تهران", "۱۸ تیر ۷۸", J(1378, 4, 18), J(1378, 4, 18)),
        ("قانون در اردیبهشت ۹۶ تصویب شد", "اردیبهشت ۹۶", J(1396, 2, 1), J(1396, 2, 31)),
        ("طرح از ۵ حمل ۰۲ اجرا شد", "۵ حمل ۰۲", J(1402, 1, 5), J(1402, 1, 5)),  # Afghan solar month
    ],
)
def test_a_two_digit_solar_year_after_a_solar_month(text, surface, start, end):
    m = only(text)
    assert (m.surface, m.start, m.end, m.relative) == (surface, start, end, False)


@pytest.mark.parametrize(
    "text, surface",
    [
        ("روز ۸ تیر ۳۵ نفر آمدند", "روز ۸ تیر"),  # a count
        ("در ۸ تیر ۲۵ کشته شدند", "۸ تیر"),  # a counted noun
        ("روز ۸ تیر ۳۰ آمدند", "روز ۸ تیر"),  # 1430: past the year after publication
        ("روز ۱۱ دسامبر ۹۸ آمدند", "روز ۱۱ دسامبر"),  # only solar years are written so
    ],
)
def test_two_digits_after_a_month_that_are_no_year(text, surface):
    m = only(text)
    assert (m.surface, m.relative) == (surface, True)


@pytest.mark.parametrize(
    "text, surface",
    [
        ("اهدافی که باید تا ۲۰۳۰ مورد توجه قرار گیرد اعلام شد", "۲۰۳۰"),
        ("این طرح در ۱۴۰۲ مورد بررسی جدی قرار گرفت", "۱۴۰۲"),
        ("گزارش در ۲۰۲۴ مورد استفاده قرار داده شد", "۲۰۲۴"),
    ],
)
def test_a_year_before_the_light_verb_mored_gharar_is_a_year(text, surface):
    """«مورد … قرار گرفتن/دادن» is a light verb: its «مورد» counts nothing."""
    assert only(text).surface == surface


@pytest.mark.parametrize("text", ["در ۲۰۲۳ مورد تخلف گزارش شد", "تا ۲۰۲۵ مورد ثبت شد"])
def test_a_number_counting_cases_is_no_year(text):
    assert find_dates(text, PUB) == []
