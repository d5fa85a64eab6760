"""Relative forms Iranian and Dari news write: a day of the current month («۱۵ ماه جاری», «شانزدهم ماه
روان خورشیدی»), two weekdays running, a count glued to its unit («یکسال»), «به این سو» (up to now), and
the calendar relative phrases count in when the page has a dateline. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.contracts import Calendar
from helpers.dates import find_dates
from helpers.dates.dateline import read_dateline
from helpers.extract.dates import date_rows
from helpers.extract.mentions import Sentence

PUB = dt.date(2024, 10, 8)  # a Tuesday; 17 Mehr 1403
D = dt.date


def _found(text: str, calendar: Calendar = Calendar.GREGORIAN) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(m.surface, m.start, m.end) for m in find_dates(text, PUB, calendar) if m.relative]


@pytest.mark.parametrize(
    ("text", "calendar", "surface", "day"),
    [
        ("نشست ۲۰ ماه جاری برگزار می‌شود.", Calendar.GREGORIAN, "۲۰ ماه جاری", D(2024, 10, 20)),
        ("نشست ۲۰ ماه جاری برگزار می‌شود.", Calendar.JALALI, "۲۰ ماه جاری", D(2024, 10, 11)),  # 20 Mehr
        ("وزیران روز بیست‌وسوم ماه روان خورشیدی دیدار می‌کنند.", Calendar.GREGORIAN,
         "روز بیست‌وسوم ماه روان خورشیدی", D(2024, 10, 14)),  # the marker names the calendar
        ("اجلاس روز پنجشنبه دهم ماه روان میلادی آغاز می‌شود.", Calendar.JALALI,
         "روز پنجشنبه دهم ماه روان میلادی", D(2024, 10, 10)),
        ("هیئت یازدهم ماه گذشته به کابل رفت.", Calendar.GREGORIAN, "یازدهم ماه گذشته", D(2024, 9, 11)),
        ("دور بعدی پنجم ماه آینده است.", Calendar.GREGORIAN, "پنجم ماه آینده", D(2024, 11, 5)),
        ("گفت‌وگوها ۳ام ماه جاری شمسی آغاز شد.", Calendar.GREGORIAN, "۳ام ماه جاری شمسی", D(2024, 9, 24)),
    ],
)  # fmt: skip
def test_a_day_of_the_current_next_or_last_month(text: str, calendar: Calendar, surface: str, day: dt.date) -> None:
    assert _found(text, calendar) == [(surface, day, day)]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("در ۶ ماه گذشته دو بار دیدار کردند.", "۶ ماه گذشته", D(2024, 4, 8), PUB),  # a count, not the 6th
        ("طی ۱۲ ماه آینده اجرا می‌شود.", "۱۲ ماه آینده", PUB, D(2025, 10, 8)),
    ],
)
def test_a_day_number_before_last_or_next_month_is_a_count_of_months(
    text: str, surface: str, start: dt.date, end: dt.date
) -> None:
    assert _found(text) == [(surface, start, end)]


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("روابط در یکسال گذشته گسترش یافت.", "یکسال گذشته", D(2023, 10, 8)),
        ("تجارت در دوماه اخیر دو برابر شد.", "دوماه اخیر", D(2024, 8, 8)),
        ("از سه روز به اینسو گفت‌وگو ادامه دارد.", "سه روز به اینسو", D(2024, 10, 5)),
        ("دو هفته به این طرف مرز بسته است.", "دو هفته به این طرف", D(2024, 9, 24)),
        ("از یک ماه به این‌سو نشستی نبوده است.", "یک ماه به این‌سو", D(2024, 9, 8)),
    ],
)
def test_a_glued_count_and_up_to_now_span_back_to_publication(text: str, surface: str, start: dt.date) -> None:
    assert _found(text) == [(surface, start, PUB)]


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("نشست روزهای چهارشنبه و پنجشنبه برگزار می‌شود.", "روزهای چهارشنبه و پنجشنبه", D(2024, 10, 9)),
        ("وزیران شنبه و یکشنبه در باکو دیدار کردند.", "شنبه و یکشنبه", D(2024, 10, 5)),
        ("اجلاس جمعه و شنبه ادامه خواهد داشت.", "جمعه و شنبه", D(2024, 10, 11)),  # the week's turn
    ],
)
def test_two_weekdays_running_are_one_span(text: str, surface: str, start: dt.date) -> None:
    assert _found(text) == [(surface, start, start + dt.timedelta(days=1))]


def test_two_weekdays_apart_stay_two_days() -> None:
    assert _found("دیدارها دوشنبه و چهارشنبه برگزار شد.") == [
        ("دوشنبه", D(2024, 10, 7), D(2024, 10, 7)),
        ("چهارشنبه", D(2024, 10, 2), D(2024, 10, 2)),
    ]


def _rows(*lines: tuple[str, str]) -> list[Sentence]:
    return [Sentence(i, i, section, text) for i, (section, text) in enumerate(lines)]


@pytest.mark.parametrize(
    "dateline",
    [
        [("dateline", "۱۷ میزان ۱۴۰۳")],
        # a Gregorian update line above the Jalali date line: the date line is the publication's
        [
            ("dateline", "(last modified Tue, 08 Oct 2024 10:00:00 GMT)"),
            ("dateline", "مهر ۱۷ , ۱۴۰۳ ۱۲:۰۰ Asia / Kabul"),
        ],
        [("headline", "۱۷ میزان ۱۴۰۳، وزیران در کابل گرد آمدند")],  # run into the first line
    ],
)
def test_last_year_counts_in_the_datelines_calendar_whatever_year_its_sentence_names(
    dateline: list[tuple[str, str]],
) -> None:
    body = ("body", "این سازمان در سال ۲۰۰۱ میلادی ایجاد شد و سال گذشته دو عضو تازه پذیرفت.")
    table = date_rows(_rows(*dateline, body), PUB)
    assert table.loc[table.surface == "سال گذشته", ["start", "calendar"]].values.tolist() == [["2023-03-21", "jalali"]]


def test_without_a_dateline_the_sentences_own_calendar_still_frames_it() -> None:
    table = date_rows(_rows(("body", "این سازمان در سال ۲۰۰۱ میلادی ایجاد شد و سال گذشته عضو تازه پذیرفت.")), PUB)
    assert table.loc[table.surface == "سال گذشته", "start"].tolist() == ["2023-01-01"]


def test_a_time_zone_spaced_by_the_normalizer_is_still_a_clock() -> None:
    found = read_dateline("میزان ۱۷ , ۱۴۰۳ ۱۲:۰۰ Asia / Kabul")
    assert found is not None and found.date == PUB


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("نشست بعدی دربهمن ۱۴۰۲ برگزار شد.", "بهمن ۱۴۰۲", D(2024, 1, 21)),  # «در» glued to the month
        ("هیئت در۳ قوس ۱۴۰۲ رسید.", "۳ قوس ۱۴۰۲", D(2023, 11, 24)),
        ("سازمان درسال ۱۹۸۵ پایه‌گذاری شد.", "سال ۱۹۸۵", D(1985, 1, 1)),
        ("دولت فلسطین بر پایه مرزهای ۱۹۶۷ شکل گیرد.", "۱۹۶۷", D(1967, 1, 1)),  # borders as they stood
        ("بازگشت به مرز ۱۹۶۷ خواسته شد.", "۱۹۶۷", D(1967, 1, 1)),
        ("عقب‌نشینی به خطوط ۱۹۴۸ را خواستند.", "۱۹۴۸", D(1948, 1, 1)),
    ],
)
def test_a_glued_in_and_a_border_year_still_give_the_date(text: str, surface: str, start: dt.date) -> None:
    found = [(m.surface, m.start) for m in find_dates(text, PUB) if not m.relative]
    assert found == [(surface, start)]


@pytest.mark.parametrize(
    "text",
    [
        "درمان ۱۴۰۲ بیمار در بیمارستان انجام شد.",  # a word that starts with «در» is no preposition
        "نقشه راه ۲۰۳۰ تصویب شد.",  # a plan's name
        "مرزها ۲۰۰ کیلومتر طول دارند.",  # a length
        "دردی ۲۰ ساله درمان شد.",
    ],
)
def test_words_that_only_look_like_these_are_no_dates(text: str) -> None:
    assert [m.surface for m in find_dates(text, PUB) if not m.relative] == []


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("نشست دو شنبه آینده برگزار می‌شود.", "دو شنبه آینده", D(2024, 10, 14)),  # Monday in two words
        ("وزیر چهار شنبه گذشته گفت.", "چهار شنبه گذشته", D(2024, 10, 2)),
    ],
)
def test_a_weekday_written_in_two_words(text: str, surface: str, day: dt.date) -> None:
    assert _found(text) == [(surface, day, day)]


def test_two_weekdays_in_two_words_each_are_one_span() -> None:
    assert _found("نشست دو شنبه و سه شنبه برگزار می‌شود.") == [("دو شنبه و سه شنبه", D(2024, 10, 14), D(2024, 10, 15))]


@pytest.mark.parametrize("line", ["۱۷ مهر ۱۴۰۳، سه‌شنبه", "۱۴۰۳ مهر ۱۷, سه‌شنبه", "8 October 2024, سه شنبه - ۱۰:۲۰"])
def test_a_weekday_closing_a_dateline_is_the_dates_own_day_not_a_row(line: str) -> None:
    assert [(m.surface, m.start, m.relative) for m in find_dates(line, PUB)][1:] == []


def test_a_weekday_after_a_date_in_a_sentence_is_still_a_day() -> None:
    found = _found("نشست تا ۱۵ مهر، شنبه آینده برگزار می‌شود.")  # the yearless day is relative too
    assert found[1:] == [("شنبه آینده", D(2024, 10, 12), D(2024, 10, 12))]


@pytest.mark.parametrize("line", ["امروز: سه‌شنبه ۱۷ مهر ۱۴۰۳", "تاریخ امروز : ۱۷ مهر ۱۴۰۳ - ۱۰:۲۰"])
def test_today_as_the_label_of_a_sites_clock_is_no_relative_row(line: str) -> None:
    assert [m.surface for m in find_dates(line, PUB) if m.relative] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("سه‌شنبه ۱۴۰۳/۰۷/۱۷ وزیران دیدار کردند.", "۱۴۰۳/۰۷/۱۷"),
        ("دوشنبه، 08.10.2024 /«نمونه»/. هیئت وارد شد.", "08.10.2024"),  # a Tajik agency's city
        ("سه شنبه ، ۱۷-۰۷-۱۴۰۳ نشست آغاز شد.", "۱۷-۰۷-۱۴۰۳"),
        ("دوشنبه، ۰۸ ٫ ۱۰ ٫ ۲۰۲۴ هیئت وارد شد.", "۰۸ ٫ ۱۰ ٫ ۲۰۲۴"),  # the Arabic decimal mark
    ],
)
def test_a_weekday_before_a_numeric_date_is_no_row_of_its_own(text: str, surface: str) -> None:
    assert [(m.surface, m.start) for m in find_dates(text, PUB)] == [(surface, PUB)]


def test_a_weekday_before_a_number_that_is_no_date_is_still_a_day() -> None:
    assert [m.surface for m in find_dates("سه‌شنبه ۱۰ نفر از هیئت رسیدند.", PUB)] == ["سه‌شنبه"]


# A day restated in apposition is one row (dev-set README, the lead's session-6 decision) ---------------


def _apposed(text: str) -> list[tuple[str, dt.date | None, bool]]:
    return [(m.surface, m.start, m.relative) for m in find_dates(text, PUB, Calendar.JALALI, True)]


@pytest.mark.parametrize(
    ("text", "surface", "day", "relative"),
    [
        # a day word and the written date with its year: one row, the written (absolute) date
        ("وزیران امروز، ۱۷ مهر ۱۴۰۳، در باکو دیدار کردند.", "امروز، ۱۷ مهر ۱۴۰۳", D(2024, 10, 8), False),
        ("وزیران امروز (۱۷ مهر ۱۴۰۳) دیدار کردند.", "امروز (۱۷ مهر ۱۴۰۳)", D(2024, 10, 8), False),
        ("هیئت‌ها فردا (چهارشنبه) ۱۸ میزان ۱۴۰۳ دیدار می‌کنند.", "فردا (چهارشنبه) ۱۸ میزان ۱۴۰۳", D(2024, 10, 9), False),
        ("سران دیروز، دوشنبه ۷ اکتبر ۲۰۲۴، گرد آمدند.", "دیروز، دوشنبه ۷ اکتبر ۲۰۲۴", D(2024, 10, 7), False),
        # with a yearless date: one row, counted from publication
        ("وزیران امروز (سه‌شنبه ۱۷ مهر) دیدار کردند.", "امروز (سه‌شنبه ۱۷ مهر)", D(2024, 10, 8), True),
        ("وزیر فردا، چهارشنبه ۱۸ میزان عازم تاشکند می‌شود.", "فردا، چهارشنبه ۱۸ میزان", D(2024, 10, 9), True),
        ("نشست از روز گذشته ( ۱۶ مهرماه) آغاز شده است.", "روز گذشته ( ۱۶ مهرماه)", D(2024, 10, 7), True),
        ("وزیران امروز - ۱۷ مهر - گفت‌وگو کردند.", "امروز - ۱۷ مهر", D(2024, 10, 8), True),
        ("شامگاه امشب (سه شنبه) ۱۷ میزان مهمانی برگزار می‌شود.", "امشب (سه شنبه) ۱۷ میزان", D(2024, 10, 8), True),
        # two day words: one row, the first («امروز (چهارشنبه)» is one relative row «امروز»)
        ("وزیران امروز، سه‌شنبه، دیدار کردند.", "امروز، سه\u200cشنبه", D(2024, 10, 8), True),
        ("وزیران امروز سه شنبه(۱۷ مهر) دیدار کردند.", "امروز سه شنبه(۱۷ مهر)", D(2024, 10, 8), True),
    ],
)  # fmt: skip
def test_a_day_restated_beside_a_day_word_is_one_row(text: str, surface: str, day: dt.date, relative: bool) -> None:
    assert _apposed(text) == [(surface, day, relative)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("وزیران امشب پنجشنبه ۱۹ مهر دیدار می‌کنند.", 2),  # the two name different days
        ("وزیران امروز، ۲۰ مهر ۱۴۰۳ را به یاد آوردند.", 2),
        ("نشست از امروز تا ۲۰ مهر ۱۴۰۳ ادامه دارد.", 2),  # a span's two ends
        ("وزیران دیروز و امروز دیدار کردند.", 2),
        ("نشست ۱۷ مهر ۱۴۰۳ (۸ اکتبر ۲۰۲۴) برگزار شد.", 2),  # dual forms: one row per calendar
        ("وزیران امروز ۱۲ نفر را معرفی کردند.", 1),
    ],
)
def test_day_words_beside_another_day_or_a_dual_form_stay_rows_of_their_own(text: str, count: int) -> None:
    assert len(_apposed(text)) == count


@pytest.mark.parametrize(
    ("text", "calendar", "surface", "start", "end"),
    [
        ("نشست در ماه ژوئیه امسال (تیر-مرداد) برگزار می‌شود.", Calendar.JALALI, "تیر-مرداد",
         dt.date(2024, 6, 21), dt.date(2024, 8, 21)),  # a month restated in another calendar, in brackets
        ("سفر در مهر – آبان انجام شد.", Calendar.JALALI, "مهر – آبان", dt.date(2024, 9, 22), dt.date(2024, 11, 20)),
        ("هیئت در سپتامبر/اکتبر آمد.", Calendar.GREGORIAN, "سپتامبر/اکتبر", dt.date(2024, 9, 1),
         dt.date(2024, 10, 31)),
        ("دیدار در میزان-عقرب بود.", Calendar.JALALI, "میزان-عقرب", dt.date(2024, 9, 22), dt.date(2024, 11, 20)),
        ("انتخابات دسامبر-ژانویه برگزار شد.", Calendar.GREGORIAN, "دسامبر-ژانویه", dt.date(2024, 12, 1),
         dt.date(2025, 1, 31)),  # across a year's end: the first month nearest the publication
    ],
)  # fmt: skip
def test_two_yearless_months_in_a_row_joined_by_a_dash_are_one_span(
    text: str, calendar: Calendar, surface: str, start: dt.date, end: dt.date
) -> None:
    assert (surface, start, end) in _found(text, calendar)
    assert not any(s != surface and s in surface for s, _, _ in _found(text, calendar))  # not the month alone


@pytest.mark.parametrize(
    "text",
    [
        "در مرداد-آذر کار کردند.",  # months not in a row: no span
        "نسبت سپتامبر-مهر روشن نیست.",  # two calendars
    ],
)
def test_what_is_no_yearless_month_pair(text: str) -> None:
    assert not any("-" in s for s, _, _ in _found(text, Calendar.JALALI))


@pytest.mark.parametrize(
    ("text", "published", "calendar", "surface", "day"),
    [
        # «ماه جاری» is a month the sentence names when that month is the current one in its calendar
        ("گفت‌وگوهای مجمع در ماه اکتبر آغاز شده و تا ۲۶ ماه جاری ادامه دارد.", PUB, Calendar.JALALI,
         "۲۶ ماه جاری", D(2024, 10, 26)),
        ("نشست‌ها در ماه اکتوبر هر سال برگزار و تا ۲۰ ماه روان ادامه می‌یابد.", PUB, Calendar.JALALI,
         "۲۰ ماه روان", D(2024, 10, 20)),  # Dari spelling and «روان»
        ("نشست در خرداد ماه برگزار و تا ۲۰ ماه جاری ادامه دارد.", D(2025, 6, 1), Calendar.GREGORIAN,
         "۲۰ ماه جاری", D(2025, 6, 10)),  # a solar month named on a Gregorian page: 20 Khordad
        # look-alikes: a named month that is not the current one, a name that is another word, a marker
        ("در ماه سپتامبر گذشته توافق شد و نشست بعدی ۲۶ ماه جاری است.", PUB, Calendar.JALALI,
         "۲۶ ماه جاری", D(2024, 10, 17)),  # 26 Mehr
        ("گفت که این روند ادامه می‌یابد و نشست ۲۰ ماه جاری است.", D(2025, 5, 20), Calendar.JALALI,
         "۲۰ ماه جاری", D(2025, 5, 10)),  # «می» of the verb is no May: 20 Ordibehesht
        ("در ماه اکتبر تا ۲۰ ماه جاری شمسی ادامه دارد.", PUB, Calendar.GREGORIAN,
         "۲۰ ماه جاری شمسی", D(2024, 10, 11)),  # the marker says which: 20 Mehr
    ],
)  # fmt: skip
def test_the_current_month_is_the_one_the_sentence_names(
    text: str, published: dt.date, calendar: Calendar, surface: str, day: dt.date
) -> None:
    found = [(m.surface, m.start) for m in find_dates(text, published, calendar, True) if "ماه" in m.surface]
    assert (surface, day) in found


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("توافق در ماه مارچ سال روان میلادی امضا شد.", "ماه مارچ سال روان میلادی", D(2024, 3, 1), D(2024, 3, 31)),
        ("نشست ۱۲ جولای سال گذشته میلادی برگزار شد.", "۱۲ جولای سال گذشته میلادی", D(2023, 7, 12), D(2023, 7, 12)),
        ("کار در ثور سال آینده خورشیدی آغاز می‌شود.", "ثور سال آینده خورشیدی", D(2025, 4, 21), D(2025, 5, 21)),
        ("وزیران ۵ اسفند امسال شمسی دیدار می‌کنند.", "۵ اسفند امسال شمسی", D(2025, 2, 23), D(2025, 2, 23)),
        ("۲۰ دسامبر ماه جاری میلادی", "۲۰ دسامبر ماه جاری میلادی", D(2024, 12, 20), D(2024, 12, 20)),
    ],
)
def test_a_month_of_a_relative_year_keeps_the_calendar_word_after_it(text, surface, start, end) -> None:
    assert _found(text) == [(surface, start, end)]
