"""Datelines the page split over lines, or printed below furniture (session 12): a clock alone (maybe
labelled) on the line beside the date, a link line in the header's facts block, a weekday date under its
clock, interface strings in English above the article's run-in dateline, and a site's clock above the
headline dated after the article's own dateline. With look-alikes. Every line here is written for the test."""

from __future__ import annotations

import pytest

from helpers.dates.dateline import clock_line
from helpers.text import ingest, lines
from helpers.text.split_dates import rejoin_broken_dates

HEADLINE = "وزیران خارجه عضو سازمان در باکو گرد آمدند"
BODY = "وزیران خارجه کشورهای عضو امروز در باکو درباره ترانزیت و تجارت منطقه‌ای گفت‌وگو کردند."
BODY2 = "نشست بعدی این سازمان سال آینده در تاشکند برگزار خواهد شد و دبیرکل گزارش کار را ارائه می‌کند."


@pytest.mark.parametrize(
    "line",
    ["منتشر شده در ۴:۰۳ ب.ظ", "• 10:56:15", "ساعت ۱۶:۴۱", "نشر شده در ساعت ۸:۱۵ صبح", "Posted 10:20 AM", "- ۰۹:۳۰ -"],
)
def test_a_clock_alone_maybe_labelled_is_a_stamp(line: str) -> None:
    assert clock_line(lines.fold(line))


@pytest.mark.parametrize(
    "line", ["ساعت ۱۰:۲۰ نشست آغاز شد", "نتیجه بازی ۲:۱ بود", "منتشر شده در ۲۲ آبان ۱۴۰۳", "ساعت کاری", "۱۴۰۳"]
)
def test_a_clock_in_a_sentence_or_a_date_is_no_stamp(line: str) -> None:
    assert not clock_line(lines.fold(line))


FACT_BLOCKS = [
    # the headline again, a short link, the clock labelled, the news code, then the date on its own line
    ([HEADLINE, "لینک کوتاه: https://example.org/?p=123", "منتشر شده در 4:03 ب.ظ", "شماره خبر 123", "22 عقرب 1403"]),
    ([HEADLINE, "نشانی کوتاه: http://example.org/n/77", "ساعت ۱۰:۲۰", "کد خبر: ۷۷", "سه‌شنبه ۲۲ آبان ۱۴۰۳"]),
    (["Short link: https://example.org/x", "Posted 10:20 AM", "Tuesday 12 November 2024"]),
]


@pytest.mark.parametrize("block", FACT_BLOCKS)
def test_a_date_below_its_clock_and_link_under_the_headline_is_the_publication(block: list[str]) -> None:
    page = f"{HEADLINE}\n\n" + "\n".join(block) + f"\n\n{BODY}\n\n{BODY2}\n"
    article = ingest.segment(page)
    assert article.record["published"] == "2024-11-12"
    assert "other_headline" not in list(article.paragraphs["section"])


@pytest.mark.parametrize("clock", ["ساعت 16:41", "۱۶:۴۱", "زمان انتشار: ۱۶:۴۱"])
@pytest.mark.parametrize("day", ["سه شنبه 22 آبان 1403", "سه‌شنبه ۲۲ عقرب ۱۴۰۳"])
def test_a_weekday_date_under_its_clock_above_the_headline_is_the_dateline(clock: str, day: str) -> None:
    page = f"{clock}\n{day}\n{HEADLINE}\n{BODY}\n\n{BODY2}\n"
    assert ingest.segment(page).record["published"] == "2024-11-12"


def test_a_weekday_date_alone_above_the_headline_stays_the_sites_clock() -> None:
    page = f"سه‌شنبه ۲۲ آبان ۱۴۰۳\n{HEADLINE}\n{BODY}\n\n{BODY2}\n"
    assert ingest.segment(page).record["published"] is None


RESTATED = "وزیران خارجه در نشست روز سه‌شنبه ۱۲ نوامبر خود در باکو بیانیه‌ای را تصویب کردند."


@pytest.mark.parametrize("clock", ["Tuesday, November 12, 2024", "سه‌شنبه ۲۲ آبان ۱۴۰۳"])
def test_a_sites_clock_the_lead_restates_without_its_year_is_the_publication(clock: str) -> None:
    page = f"{clock}\n\n{HEADLINE}\n{RESTATED}\n\n{BODY2}\n"
    assert ingest.segment(page).record["published"] == "2024-11-12"


@pytest.mark.parametrize("lead", [RESTATED.replace("۱۲ نوامبر", "۱۰ نوامبر"), BODY])
def test_a_sites_clock_the_text_gives_another_day_or_none_stays_the_clock(lead: str) -> None:
    page = f"Tuesday, November 12, 2024\n\n{HEADLINE}\n{lead}\n\n{BODY2}\n"
    assert ingest.segment(page).record["published"] is None


@pytest.mark.parametrize(
    "interface", [["Language", "Don't have an account?", "Click here to subscribe."], ["Menu", "Search", "Login"]]
)
@pytest.mark.parametrize(
    "run_in", ["کابل (آژانس نمونه، ۲۲ عقرب ۱۴۰۳): وزیران خارجه", "هرات، ۲۲ عقرب ۱۴۰۳: وزیران خارجه"]
)
def test_english_interface_strings_do_not_push_the_run_in_dateline_out(interface: list[str], run_in: str) -> None:
    page = "\n\n".join([*interface, HEADLINE, f"{run_in} امروز در باکو گفت‌وگو کردند.", BODY2]) + "\n"
    assert ingest.segment(page).record["published"] == "2024-11-12"


def test_a_run_in_dateline_past_the_first_paragraphs_of_text_stays_text() -> None:
    run_in = "کابل (آژانس نمونه، ۲۲ عقرب ۱۴۰۳): وزیران خارجه امروز در باکو گفت‌وگو کردند."
    page = "\n\n".join([HEADLINE, BODY, BODY2, BODY.replace("باکو", "تاشکند"), run_in]) + "\n"
    assert ingest.segment(page).record["published"] is None


@pytest.mark.parametrize(
    ("header", "run_in", "iso"),
    [
        # a site's clock printed on the day the page was read, the article's dateline earlier: the dateline
        ("یکشنبه 10 آگوست 2025 - 4:29:13 صبح", "ابوظبی، 12 نوامبر 2024 (آژانس)- وزیران", "2024-11-12"),
        ("۱۹ آذر ۱۴۰۴ - ۱۰:۲۰", "تهران- آژانس نمونه- ۲۲ آبان ۱۴۰۳ - وزیران", "2024-11-12"),
        # the run-in day after the header's: the header's stays (a page is never read before it is published)
        ("۲۲ آبان ۱۴۰۳ - ۱۰:۲۰", "تهران- آژانس نمونه- ۲۴ آبان ۱۴۰۳ - وزیران", "2024-11-12"),
        # a labelled header stays whatever the run-in says
        ("تاریخ انتشار: ۲۴ آبان ۱۴۰۳", "تهران- آژانس نمونه- ۲۲ آبان ۱۴۰۳ - وزیران", "2024-11-14"),
    ],
)
def test_a_date_line_above_the_headline_yields_to_an_earlier_run_in_dateline(
    header: str, run_in: str, iso: str
) -> None:
    page = f"{header}\n\n{HEADLINE}\n\n{run_in} امروز در باکو گفت‌وگو کردند.\n\n{BODY2}\n"
    assert ingest.segment(page).record["published"] == iso


@pytest.mark.parametrize(
    ("fields", "iso"),
    [
        (["• 2024", "• 11/12", "• 10:20:15"], "2024-11-12"),  # a year, month/day and clock as list items
        (["۱۴۰۳", "۰۸/۲۲"], "2024-11-12"),
        (["۲۲ عقرب", "۱۴۰۳"], "2024-11-12"),  # a Dari day and month, the year below
        (["22 آبان ماه", "1403", "ساعت ۱۰:۲۰"], "2024-11-12"),
        (["12.11", "2024"], "2024-11-12"),
    ],
)
def test_a_date_set_in_two_fields_under_the_headline_is_one_dateline(fields: list[str], iso: str) -> None:
    page = f"{HEADLINE}\n" + "\n".join(fields) + f"\n\n{BODY}\n\n{BODY2}\n"
    article = ingest.segment(page)
    assert article.record["published"] == iso
    assert "dateline" in list(article.paragraphs["section"])


@pytest.mark.parametrize(
    "fields",
    [
        ["2024", "12 روز"],  # a count of days, no month
        ["• 2024", "• 25/13"],  # no such day
        ["۱۴۰۳", "وزیران خارجه دیدار کردند"],
    ],
)
def test_a_year_beside_no_day_and_month_stays_apart(fields: list[str]) -> None:
    page = f"{HEADLINE}\n" + "\n".join(fields) + f"\n\n{BODY}\n\n{BODY2}\n"
    assert ingest.segment(page).record["published"] is None


def test_a_year_and_a_day_in_the_body_are_not_joined() -> None:
    page = f"{HEADLINE}\n\n{BODY}\n\n۱۴۰۳\n۲۲ آبان\n\n{BODY2}\n"
    assert ingest.segment(page).record["published"] is None


@pytest.mark.parametrize(
    ("lines", "iso"),
    [
        (["پنجشنبه", "20", "مرداد 1384"], "2005-08-11"),  # a narrow column: weekday, day, month and year
        (["۲۲", "عقرب ۱۴۰۳"], "2024-11-12"),
    ],
)
def test_a_dateline_a_narrow_column_set_over_lines_is_one_dateline(lines: list[str], iso: str) -> None:
    page = f"{HEADLINE}\n" + "\n".join(lines) + f"\n{BODY}\n\n{BODY2}\n"
    assert ingest.segment(page).record["published"] == iso


def test_a_date_a_hard_wrap_broke_is_read_whole() -> None:
    wrapped = ["کمیته سوم روز سه‌شنبه ۱۲ نوامبر ۲۰۲۴ (۲۲", "آبان ۱۴۰۳) با تصویب", "قطعنامه‌ای نگرانی خود را"]
    assert rejoin_broken_dates(wrapped) == [f"{wrapped[0]} {wrapped[1]}", wrapped[2]]


@pytest.mark.parametrize(
    "lines",
    [
        ["صفحه 20", "مرداد 1384 منتشر شد"],  # a field of its own before a date line
        [  # a day and month with no year: no date to join for
            "وزیران گفتند که شمار اعضا ۱۲",
            "مهر نیوز به نقل از منابع آگاه گزارش داد که این نشست بدون نتیجه روشنی به پایان رسید"
            " و اعضا بار دیگر دیدار خواهند کرد.",
        ],
    ],
)
def test_lines_that_make_no_date_together_stay_apart(lines: list[str]) -> None:
    page = f"{HEADLINE}\n\n" + "\n".join(lines) + f"\n\n{BODY}\n\n{BODY2}\n"
    texts = list(ingest.segment(page).paragraphs["text"])
    assert all(line in texts for line in lines)
