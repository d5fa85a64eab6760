"""How dates are written, calendar by calendar (issue #11): month names in every spelling and every
calendar, split by a stray space, paired with their other solar name, the day, month and year in
either order, two-digit years, and the names and numbers that only look like dates. Every sentence
here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from date_fixtures import D, H, J

from helpers.contracts import Calendar
from helpers.dates import find_dates

PUB = dt.date(2025, 11, 28)  # a Friday; 7 Azar 1404


def found(text: str, published: dt.date | None = PUB) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(m.surface, m.start, m.end) for m in find_dates(text, published)]


# Lunar months with their honorific -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("مراسم در ۱۳ رجب المرجب ۱۴۴۵ برگزار شد", "۱۳ رجب المرجب ۱۴۴۵", H(1445, 7, 13)),
        ("از ۲۳ رمضان‌المبارک ۱۴۴۴ آغاز شد", "۲۳ رمضان‌المبارک ۱۴۴۴", H(1444, 9, 23)),
        ("در ۱ شوال المکرم ۱۴۴۳ هجری قمری", "۱ شوال المکرم ۱۴۴۳ هجری قمری", H(1443, 10, 1)),
        ("در ۱۰ محرم الحرام ۱۴۴۶ گفت", "۱۰ محرم الحرام ۱۴۴۶", H(1446, 1, 10)),
        ("تا ۲۸ صفر المظفر ۱۴۴۵ ادامه دارد", "۲۸ صفر المظفر ۱۴۴۵", H(1445, 2, 28)),
        ("در ۱۵ شعبان المعظم ۱۴۴۲ متولد شد", "۱۵ شعبان المعظم ۱۴۴۲", H(1442, 8, 15)),
        ("نامه در ۴ ربیع الثانی ۱۴۴۶ رسید", "۴ ربیع الثانی ۱۴۴۶", H(1446, 4, 4)),
        ("نامه در ۹ جمادی الاول ۱۴۴۶ رسید", "۹ جمادی الاول ۱۴۴۶", H(1446, 5, 9)),
        ("نامه در ۹ ذی الحجة ۱۴۴۵ رسید", "۹ ذی الحجة ۱۴۴۵", H(1445, 12, 9)),
    ],
)
def test_lunar_months_with_their_honorific(text, surface, day):
    assert found(text) == [(surface, day, day)]


# The Afghan and Iranian names of one solar month, side by side -----------------------------------


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("توافق در ۱۲ میزان/ مهرماه ۱۴۰۱ امضا شد", "۱۲ میزان/ مهرماه ۱۴۰۱", J(1401, 7, 12), J(1401, 7, 12)),
        ("در ۳ حوت / اسفند ۱۳۹۹ هجری شمسی", "۳ حوت / اسفند ۱۳۹۹ هجری شمسی", J(1399, 12, 3), J(1399, 12, 3)),
        ("در ۲۰ دلو (بهمن) ۱۴۰۰ دیدار کردند", "۲۰ دلو (بهمن) ۱۴۰۰", J(1400, 11, 20), J(1400, 11, 20)),
        ("در ۱۱ ثور/اردیبهشت‌ماه ۱۳۸۸ گفت", "۱۱ ثور/اردیبهشت\u200cماه ۱۳۸۸", J(1388, 2, 11), J(1388, 2, 11)),
        ("در ماه قوس/آذر ۱۴۰۲ گفت", "ماه قوس/آذر ۱۴۰۲", J(1402, 9, 1), J(1402, 9, 30)),
        ("در حمل (فروردین) ۱۴۰۳ گفت", "حمل (فروردین) ۱۴۰۳", J(1403, 1, 1), J(1403, 1, 31)),
    ],
)
def test_both_names_of_a_solar_month_make_one_date(text, surface, start, end):
    assert found(text) == [(surface, start, end)]


def test_two_different_months_side_by_side_are_not_one_date():
    assert all("/" not in surface for surface, _, _ in found("در ۵ جدی/ آبان ۱۴۰۱ گفت"))


# A month name split by a stray space or ZWNJ -------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("در ۵ جولا ی ۲۰۱۰ رسید", "۵ جولا ی ۲۰۱۰", D(2010, 7, 5)),
        ("در ۵ جولا\u200cی ۲۰۱۰ رسید", "۵ جولا\u200cی ۲۰۱۰", D(2010, 7, 5)),
        ("در ۳ ژانو یه ۲۰۱۹ رسید", "۳ ژانو یه ۲۰۱۹", D(2019, 1, 3)),
        ("در ۲۲ سپتا مبر ۲۰۲۱ رسید", "۲۲ سپتا مبر ۲۰۲۱", D(2021, 9, 22)),
        ("در ۹ خردا د ۱۴۰۰ رسید", "۹ خردا د ۱۴۰۰", J(1400, 3, 9)),
        ("در ۹ اردی بهشت ۱۴۰۰ رسید", "۹ اردی بهشت ۱۴۰۰", J(1400, 2, 9)),
        ("در ۱۸ فرورد ین ۱۴۰۱ رسید", "۱۸ فرورد ین ۱۴۰۱", J(1401, 1, 18)),
        ("در ۱۴ شهریو ر ۱۳۹۹ رسید", "۱۴ شهریو ر ۱۳۹۹", J(1399, 6, 14)),
    ],
)
def test_a_month_name_broken_after_a_non_joining_letter(text, surface, day):
    assert found(text) == [(surface, day, day)]


@pytest.mark.parametrize("text", ["در ۳ اکتب ر ۲۰۲۴ رسید", "در ۱۴ مر داد ۱۳۹۹ رسید"])
def test_a_break_after_a_joining_letter_or_too_early_is_two_words(text):
    # a break after the first three letters would make the word pre-scan look for «مرد», «شهر» …
    assert found(text) == []


# Year, month, day ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("Sunday - 2023 March 5 - ۱۴ شعبان", "2023 March 5", D(2023, 3, 5)),
        ("به‌روز شده ۲۰۲۲ دسامبر ۳۱", "۲۰۲۲ دسامبر ۳۱", D(2022, 12, 31)),
        ("در ۱۴۰۲ آبان ۲۵ گفت", "۱۴۰۲ آبان ۲۵", J(1402, 8, 25)),
    ],
)
def test_year_month_day(text, surface, day):
    assert (surface, day, day) in found(text)


@pytest.mark.parametrize("text", ["در ۱۴۰۳ تیر ۱۲ نفر آمدند", "در ۲۰۲۴ تیر ۵ بار", "۱۹۹۹ آذر ۱۰"])
def test_year_month_day_needs_the_months_own_calendar_and_no_count(text):
    assert not any(" ت" in surface or " آ" in surface for surface, _, _ in found(text))


# A rejected look-alike does not hide the date inside it ---------------------------------------------


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("صفحه ۳۱ - ۴ آذر ۱۴۰۲", "۴ آذر ۱۴۰۲", J(1402, 9, 4)),
        ("2021 May 12 - ۳۰ رمضان ۱۴۴۲", "۳۰ رمضان ۱۴۴۲", H(1442, 9, 30)),
        ("شماره ۲۸ - ۱۶ ژوئن ۲۰۲۳", "۱۶ ژوئن ۲۰۲۳", D(2023, 6, 16)),
    ],
)
def test_a_date_after_a_number_that_is_no_first_day(text, surface, day):
    assert (surface, day, day) in found(text)


# Two-digit years ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("(مسکو - آذر ۹۷)", "آذر ۹۷", J(1397, 9, 1), J(1397, 9, 30)),
        ("نشست بعدی در دی ۹۹ بود", "دی ۹۹", J(1399, 10, 1), J(1399, 10, 30)),
        ("از بهمن ۵۷ تا امروز", "بهمن ۵۷", J(1357, 11, 1), J(1357, 11, 30)),
        ("در تیر ۰۲ امضا شد", "تیر ۰۲", J(1402, 4, 1), J(1402, 4, 31)),
    ],
)
def test_a_two_digit_year_after_an_iranian_month_name(text, surface, start, end):
    assert (surface, start, end) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "آذر ۳۰ ساله است",  # an age
        "بهمن ۱۵ امتیاز گرفت",  # a count
        "اسد ۲۵ پاسخ داد",  # a name: the Afghan zodiac months are ordinary words too
        "به میزان ۸۹ رسید",  # an amount
        "آبان ۹۸ نفر را دعوت کرد",  # a count
        "تیر ۱۲ متری",  # a measure
        "آذر ۳۵ آمد",  # 1435: after the year after publication
    ],
)
def test_two_digits_after_a_month_word_that_are_no_year(text):
    assert found(text) == []


# Names that contain a year ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "سند چشم‌انداز ۲۰۳۰ را تصویب کرد",
        "وزیران چشم انداز ۲۰۲۵ را بررسی کردند",
        "برای رسیدن به افق ۱۴۲۰ تلاش می‌کنیم",
        "دستور کار ۲۰۳۰ سازمان ملل",
        "چشم‌انداز ۲۰۲۵ میلادی اکو",
        "سند چشم‌انداز سال ۲۰۴۰ سازمان را تصویب کردیم",  # a vision's year with «سال»: still its title
        "سند چشمانداز سال 2040 جهان ترک",  # lost ZWNJ, Latin digits
        "کشورها به اهداف افق سال ۱۴۲۰ متعهدند",
        "راهبرد سال ۲۰۳۰ اتحادیه اجرا می‌شود",
        "استراتژی ۲۰۵۰ انرژی منتشر شد",
        "برنامه ۲۰۳۰ توسعه پایدار",
        "دستور کار ۲۰۶۳ اتحادیه آفریقا",
    ],
)
def test_a_year_in_a_plans_name_is_no_date(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, surface, year",
    [
        ("چشم‌انداز تا سال ۲۰۳۰", "سال ۲۰۳۰", 2030),  # «تا» stands between: a time, not the title
        ("برنامه سال ۲۰۲۶ سازمان تصویب شد", "سال ۲۰۲۶", 2026),  # a programme of that year, not a vision's
        ("سند در سال ۲۰۲۴ امضا شد", "سال ۲۰۲۴", 2024),
    ],
)
def test_a_plans_year_after_sal_is_a_date(text, surface, year):
    assert found(text) == [(surface, D(year, 1, 1), D(year, 12, 31))]


@pytest.mark.parametrize(
    "text",
    [
        "وزیر در افتتاحیه نمایشگاه بین‌المللی اکسپو ۲۰۲۰ دبی شرکت کرد",
        "میزبانی جام جهانی ۲۰۳۴ به عربستان رسید",
        "کاروان بازی‌های المپیک ۲۰۲۸ لس‌آنجلس معرفی شد",
        "ورزشکاران پارالمپیک ۲۰۲۴ پاریس بازگشتند",
    ],
)
def test_a_year_in_an_events_name_is_no_date(text):
    assert found(text) == []


def test_a_budgets_or_elections_year_is_still_a_date():
    assert found("بودجه ۱۴۰۴ تصویب شد") == [("۱۴۰۴", J(1404, 1, 1), J(1404, 12, 29))]
    assert found("نتایج انتخابات ۲۰۲۴ اعلام شد") == [("۲۰۲۴", D(2024, 1, 1), D(2024, 12, 31))]


@pytest.mark.parametrize(
    "text",
    [
        "شورا با تصویب قطعنامه‌ی ۲۷۰۱ (۲۰۲۳) بر حضور هیئت تأکید کرد",
        "اجرای قطعنامه ۲۲۳۱ (۲۰۱۵) شورای امنیت",
        "قطعنامه شماره ۱۳۲۵ (۲۰۰۰) درباره زنان",  # a number in the solar band, another year than 2000
        "قطعنامه ۵۹۸ ( ۱۹۸۷ ) پایان جنگ را خواست",
        "تصمیم ۱۹۷۰ (۲۰۱۱) شورا",  # a number in the Gregorian band, another year
    ],
)
def test_a_year_in_brackets_after_a_resolutions_number_is_part_of_its_name(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, years",
    [
        ("سازمان در سال ۱۳۴۱ (۱۹۶۲) بنیاد گذاشته شد.", [1962, 1962]),  # the same year in another calendar
        ("نشست در سال ۲۰۲۰ (۱۳۹۹) برگزار شد.", [2020, 2020]),
        ("پس از انقلاب (۱۳۵۷) کار متوقف شد.", [1978]),  # a year in brackets after a word
    ],
)
def test_a_year_in_brackets_after_the_same_year_restates_it(text, years):
    assert [start.year for _, start, _ in found(text)] == years


# A deictic word before a date in brackets -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, date_surface",
    [
        ("امروز (یکشنبه ۲ آذر) گفت", "یکشنبه ۲ آذر"),
        ("دیروز (دوشنبه، ۳ آذر) گفت", "دوشنبه، ۳ آذر"),
        ("فردا - سه‌شنبه ۴ آذر - می‌رود", "سه\u200cشنبه ۴ آذر"),
    ],
)
def test_today_before_a_dated_weekday_is_a_row_of_its_own(text, date_surface):
    # each dated weekday names another day than the day word before it (PUB is Friday 7 Azar); the same
    # day said twice is one row (test_dates_relative_forms.test_a_day_restated_beside_a_day_word_is_one_row)
    surfaces = [surface for surface, _, _ in found(text)]
    assert surfaces[1:] == [date_surface] and surfaces[0] in ("امروز", "دیروز", "فردا")


def test_a_weekday_turned_down_leaves_no_second_word_behind():
    # «سه شنبه» turned down must not come back as «شنبه», a date of its own
    assert "شنبه" not in [surface for surface, _, _ in found("وزیر عصر روز گذشته (سه شنبه) به پایتخت رسید")]


# More spellings: the Arabic September, the ordinal ending on a digit ----------------------------------


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("الاجتماع في ۳ سبتمبر ۲۰۲۲", "۳ سبتمبر ۲۰۲۲", D(2022, 9, 3)),
        ("در ۲۰ ربیع‌الاول ۱۴۴۵ و", "۲۰ ربیع\u200cالاول ۱۴۴۵", H(1445, 3, 20)),
        ("روز ۱۸ام دی ۱۴۰۱ گفت", "روز ۱۸ام دی ۱۴۰۱", J(1401, 10, 18)),
        ("در ۳‌ام اسفند ۱۴۰۰ گفت", "۳\u200cام اسفند ۱۴۰۰", J(1400, 12, 3)),
        ("در ۳ ام اسفند ۱۴۰۰ گفت", "۳ ام اسفند ۱۴۰۰", J(1400, 12, 3)),  # as the normalizer spaces it
    ],
)
def test_more_spellings_of_a_full_date(text, surface, day):
    assert found(text) == [(surface, day, day)]


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("نشست خبری (Paris, 14 janvier 2015) برگزار شد", "14 janvier 2015", D(2015, 1, 14), D(2015, 1, 14)),
        ("Conférence du 3 Décembre 2019", "3 Décembre 2019", D(2019, 12, 3), D(2019, 12, 3)),
        ("در بیانیه (Bruxelles, août 2016)", "août 2016", D(2016, 8, 1), D(2016, 8, 31)),
        ("le 15 fevrier 2021 à Genève", "15 fevrier 2021", D(2021, 2, 15), D(2021, 2, 15)),
    ],
)
def test_a_french_date_in_latin_letters(text, surface, start, end):
    assert found(text) == [(surface, start, end)]


def test_a_french_month_word_with_no_date_is_no_date():
    assert found("Mars rover and Mai Ahmed") == []


# Spans of days with the month written twice ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("از ۱۲ مهر تا ۱۵ مهر ۱۴۰۱", "۱۲ مهر تا ۱۵ مهر ۱۴۰۱", J(1401, 7, 12), J(1401, 7, 15)),
        ("۳ مارس - ۶ مارس ۲۰۱۹", "۳ مارس - ۶ مارس ۲۰۱۹", D(2019, 3, 3), D(2019, 3, 6)),
    ],
)
def test_a_span_with_its_month_written_twice(text, surface, start, end):
    assert found(text) == [(surface, start, end)]


def test_the_same_day_twice_is_no_span():
    assert len(found("از ۱۵ مهر تا ۱۲ مهر ۱۴۰۱")) == 2


# Decades written with two digits ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "در دهه ۷۰ رشد کرد",
        "در دهه‌ی ۹۰ این نهاد را ترک کرده بود",
        "دهه ۷۵ میلادی رشد",
        "دهه ۲۰ درصد",
    ],
)
def test_a_two_digit_decade_alone_names_no_century(text):
    assert found(text) == []
    assert find_dates(text, PUB, Calendar.JALALI) == []


def test_a_two_digit_decade_with_its_calendar_is_that_decade_of_the_last_century():
    assert found("در دهه ۷۰ میلادی پایه‌گذاری شد") == [("دهه ۷۰ میلادی", D(1970, 1, 1), D(1979, 12, 31))]
    assert found("در دهه ۶۰ شمسی ساخته شد") == [("دهه ۶۰ شمسی", J(1360, 1, 1), J(1370, 1, 1) - dt.timedelta(days=1))]


def test_a_four_digit_decade_is_a_range():
    assert found("در دهه ۱۹۷۰ رشد کرد") == [("دهه ۱۹۷۰", D(1970, 1, 1), D(1979, 12, 31))]
    assert found("در دهه‌ی ۱۳۷۰ رشد کرد") == [("دهه\u200cی ۱۳۷۰", J(1370, 1, 1), J(1380, 1, 1) - dt.timedelta(days=1))]


# A day named again in brackets, and events named by their day --------------------------------------


@pytest.mark.parametrize(
    "text", ["در ۱۹ مهر ۱۴۰۲ (چهارشنبه) گفت", "روز ۲ ژوئن (یکشنبه) گفت", "در ۸ اسد/مردادماه (سه شنبه)"]
)
def test_a_weekday_in_brackets_after_a_date_is_that_date(text):
    assert len(found(text)) == 1


@pytest.mark.parametrize(
    "text", ["سالگرد کودتای ۲۸ مرداد", "در سالروز قیام ۱۵ خرداد", "پس از جنبش ۱۸ تیر", "یادآور حماسه ۹ دی است"]
)
def test_an_event_named_by_its_day_is_no_date(text):
    assert found(text) == []


def test_an_incident_on_a_day_is_a_date():
    assert found("در حادثه ۲۰ آبان دو نفر زخمی شدند") == [("۲۰ آبان", J(1404, 8, 20), J(1404, 8, 20))]


def test_the_day_of_a_named_event_with_its_year_is_a_date():
    assert found("کودتای ۲۸ مرداد ۱۳۳۲") == [("۲۸ مرداد ۱۳۳۲", J(1332, 5, 28), J(1332, 5, 28))]


@pytest.mark.parametrize(
    "text, rows",
    [
        ("امروز شنبه (۶ دی) گفت", ["امروز شنبه", "۶ دی"]),
        ("روز سه‌شنبه (۲ دسامبر ۲۰۲۵) رسید", ["روز سه\u200cشنبه", "۲ دسامبر ۲۰۲۵"]),
    ],
)
def test_a_date_in_brackets_after_a_day_word_is_a_row_of_its_own(text, rows):
    # the date in brackets is another day than the day word's (PUB is Friday 28 November 2025)
    assert [surface for surface, _, _ in found(text)] == rows


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("در ۱۵ برج حمل ۱۴۰۲ گفت", "۱۵ برج حمل ۱۴۰۲", J(1402, 1, 15), J(1402, 1, 15)),
        ("از ۲۹ برج ثور تا ۳ برج جوزا ۱۴۰۱", "۲۹ برج ثور تا ۳ برج جوزا ۱۴۰۱", J(1401, 2, 29), J(1401, 3, 3)),
    ],
)
def test_the_dari_word_for_month_between_day_and_month(text, surface, start, end):
    assert found(text) == [(surface, start, end)]


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("در ۱۵ ژانویه‌ی ۲۰۲۴ گفت", "۱۵ ژانویه\u200cی ۲۰۲۴", D(2024, 1, 15)),
        ("در ۱۵ ژانویهی ۲۰۲۴ گفت", "۱۵ ژانویهی ۲۰۲۴", D(2024, 1, 15)),  # its ZWNJ lost
        ("در ۲ سنبله‌ی ۱۴۰۰ گفت", "۲ سنبله\u200cی ۱۴۰۰", J(1400, 6, 2)),
        ("در ۲۰ جوزای ۱۳۹۸ گفت", "۲۰ جوزای ۱۳۹۸", J(1398, 3, 20)),
    ],
)
def test_the_ezafe_on_a_month_name_ending_in_a_vowel(text, surface, day):
    assert found(text) == [(surface, day, day)]


@pytest.mark.parametrize(
    "text, surface, start",
    [
        ("تا پایان دی تمدید شد", "دی", J(1404, 10, 1)),
        ("در اواخر بهمن برگزار می‌شود", "اواخر بهمن", J(1404, 11, 21)),  # its last third (helpers.dates.parts)
        ("از ابتدای تیر اجرا شد", "تیر", J(1404, 4, 1)),
    ],
)
def test_a_part_of_a_month_before_a_month_that_is_also_a_word(text, surface, start):
    assert [(s, a) for s, a, _ in found(text)] == [(surface, start)]


@pytest.mark.parametrize("text", ["با مهر و محبت گفت", "تا دی ماند", "در تیر رس بود", "از آذر شنیدم"])
def test_a_month_that_is_also_a_word_after_a_plain_preposition_is_that_word(text):
    assert found(text) == []


@pytest.mark.parametrize("text", ["نشست آغاز می شود", "کار پایان می یابد", "اواخر مه غلیظ بود"])
def test_a_part_of_a_month_before_a_verb_prefix_is_no_month(text):
    assert found(text) == []


def test_the_dari_current_week_after_a_weekday():
    # «هفته روان» is the Dari «هفته جاری»: the Monday of the publication week
    assert found("روز دوشنبه هفته روان برگزار شد") == [("روز دوشنبه هفته روان", D(2025, 11, 24), D(2025, 11, 24))]


@pytest.mark.parametrize("text", ["در فرودگاه ۲۲ بهمن فرود آمد", "در پارک ۱۵ خرداد", "از ایستگاه ۷ تیر گذشت"])
def test_a_place_named_after_a_day_is_no_date(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("در ماه اکتبر (مهر) ۲۰۱۹ گفت", "ماه اکتبر (مهر) ۲۰۱۹", D(2019, 10, 1), D(2019, 10, 31)),
        ("در ۹ مه (اردیبهشت) ۲۰۱۸ گفت", "۹ مه (اردیبهشت) ۲۰۱۸", D(2018, 5, 9), D(2018, 5, 9)),
        ("در اکتبر/نوامبر ۲۰۲۲ گفت", "اکتبر/نوامبر ۲۰۲۲", D(2022, 10, 1), D(2022, 11, 30)),
        ("در حمل/ثور ۱۴۰۱ گفت", "حمل/ثور ۱۴۰۱", J(1401, 1, 1), J(1401, 2, 31)),
    ],
)
def test_a_month_beside_a_month_of_another_calendar_or_the_next_one(text, surface, start, end):
    assert found(text) == [(surface, start, end)]


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("بین ۱۰ و ۱۵ آذر ۱۴۰۲ برگزار شد", "۱۰ و ۱۵ آذر ۱۴۰۲", J(1402, 9, 10), J(1402, 9, 15)),
        ("میان ۲۸ اوت و ۳ سپتامبر ۲۰۲۱", "۲۸ اوت و ۳ سپتامبر ۲۰۲۱", D(2021, 8, 28), D(2021, 9, 3)),
    ],
)
def test_between_x_and_y_is_a_span(text, surface, start, end):
    assert found(text) == [(surface, start, end)]


def test_x_and_y_alone_are_two_days():
    assert found("در ۱۰ و ۱۵ آذر ۱۴۰۲ برگزار شد") == [
        ("۱۰", J(1402, 9, 10), J(1402, 9, 10)),
        ("۱۵ آذر ۱۴۰۲", J(1402, 9, 15), J(1402, 9, 15)),
    ]


@pytest.mark.parametrize(
    "text, surface, start",
    [
        ("در March 3 2021 گفت", "March 3 2021", D(2021, 3, 3)),
        ("نامه حوت ۲ ۱۴۰۰ رسید", "حوت ۲ ۱۴۰۰", J(1400, 12, 2)),
    ],
)
def test_month_day_year_without_a_comma(text, surface, start):
    assert found(text) == [(surface, start, start)]


@pytest.mark.parametrize(
    "text, surface, calendar",
    [
        ("در ۱۴۴۴ ق نوشته شد", "۱۴۴۴ ق", "hijri"),
        ("در ۱۳۹۹ش نوشته شد", "۱۳۹۹ش", "jalali"),
        ("۱۲ رجب ۱۴۴۴ق", "۱۲ رجب ۱۴۴۴ق", "hijri"),
    ],
)
def test_a_calendar_letter_after_the_year(text, surface, calendar):
    mentions = find_dates(text, PUB)
    assert [(m.surface, m.calendar) for m in mentions] == [(surface, calendar)]


def test_a_date_and_its_other_calendar_after_a_slash_share_their_event():
    mentions = find_dates("نشست ۵ آذر ۱۴۰۳ / ۲۵ نوامبر ۲۰۲۴ در باکو", PUB)
    assert len(mentions) == 2 and mentions[0].refers_to == mentions[1].refers_to


@pytest.mark.parametrize("text", ["نشست ساعت ۱۰:۳۰ ق.ظ آغاز شد", "ساعت ۱۱ ق. ظ رسید", "۲۵ ق ساخته شد"])
def test_a_calendar_letter_after_a_clock_or_a_short_number_is_no_year(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("updated October 14th, 2024", "October 14th, 2024", D(2024, 10, 14)),
        ("on the 3rd March 2021", "3rd March 2021", D(2021, 3, 3)),
        ("در 22nd May 2019 گفت", "22nd May 2019", D(2019, 5, 22)),
    ],
)
def test_an_english_ordinal_day(text, surface, day):
    assert found(text) == [(surface, day, day)]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("date 2025-06", "2025-06", D(2025, 6, 1), D(2025, 6, 30)),
        ("date ۲۰۲۴ - ۱۱", "۲۰۲۴ - ۱۱", D(2024, 11, 1), D(2024, 11, 30)),  # as the normalizer spaces it
        ("تاریخ: 2019-02", "2019-02", D(2019, 2, 1), D(2019, 2, 28)),
        ("2023-12", "2023-12", D(2023, 12, 1), D(2023, 12, 31)),
    ],
)
def test_a_line_that_is_only_an_iso_month_is_that_month(text, surface, start, end):
    assert found(text) == [(surface, start, end)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("بودجه فصل ۲۰۱۱-۱۲ بسته شد.", [("۲۰۱۱-۱۲", D(2011, 1, 1), D(2012, 12, 31))]),  # in a sentence: two years
        ("date 2025-13", []),  # no thirteenth month
        ("کد 1403-07", []),  # a solar-band number with a label of its own is no Gregorian month
    ],
)
def test_an_iso_month_shape_in_a_sentence_or_out_of_range(text, rows):
    assert found(text) == rows


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("اجلاس از ۲۸ تا ۳۰ ابان برگزار می شود", "۲۸ تا ۳۰ ابان", D(2025, 11, 19), D(2025, 11, 21)),
        ("نشست وزیران ۳ اذر ۱۴۰۲ پایان یافت", "۳ اذر ۱۴۰۲", J(1402, 9, 3), J(1402, 9, 3)),
        ("هیئت در ماه ابان سال ۱۴۰۳ آمد", "ماه ابان سال ۱۴۰۳", J(1403, 8, 1), J(1403, 8, 30)),
    ],
)
def test_a_solar_month_that_lost_its_madda(text: str, surface: str, start: dt.date, end: dt.date) -> None:
    assert found(text) == [(surface, start, end)]


@pytest.mark.parametrize("text", ["ابان گفت که فردا می آید", "اذر و ابان به مدرسه رفتند"])
def test_a_name_spelled_as_a_month_without_its_madda_is_no_date(text: str) -> None:
    assert [s for s, _, _ in found(text) if "ابان" in s or "اذر" in s] == []


# «سال» glued to the month before it ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نشست در ۲۷ نومبرسال ۲۰۰۱ در بن برگزار شد", [("۲۷ نومبرسال ۲۰۰۱", D(2001, 11, 27), D(2001, 11, 27))]),
        ("این سند در مهرسال ۱۴۰۲ امضا شد", [("مهرسال ۱۴۰۲", J(1402, 7, 1), J(1402, 7, 30))]),
    ],
)
def test_sal_glued_to_the_month_before_its_year(text: str, expected: list[tuple[str, dt.date, dt.date]]) -> None:
    assert found(text) == expected


def test_sal_glued_to_a_month_without_a_year_after_it_is_no_date() -> None:
    assert all("سال" not in surface for surface, _, _ in found("وزیر در مهرسالن جدید سخنرانی کرد"))
