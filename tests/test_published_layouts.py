"""Dateline layouts of session 9 (issue #11): a dateline in a block of the site's furniture under the
headline (share buttons, the headline repeated), which is the header and not a list of other headlines;
a clock whose minutes are printed unpadded after «ساعت». With look-alikes that must not set the
publication date. Every line here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.dates import dateline, find_dates
from helpers.dates.dateline import read_dateline
from helpers.text import ingest

HEADLINE = "وزیران خارجه عضو سازمان در باکو گرد آمدند"
BODY = "وزیران خارجه کشورهای عضو امروز در باکو درباره ترانزیت و تجارت منطقه‌ای گفت‌وگو کردند."

FURNITURE_BLOCKS = [
    # an outlet's code glued to an ISO date and clock, then the share buttons
    (["XYZ2024-11-12 10:20:00", "Share", "Share this with Close", "Facebook Twitter Telegram"], "2024-11-12"),
    # the headline repeated, an English dateline with its clock, a button
    ([HEADLINE, "Tuesday 12 November 2024 - 10:20", "Zoom"], "2024-11-12"),
    # a Persian weekday date with its clock, a print and a share button
    (["سه‌شنبه ۲۲ آبان ۱۴۰۳ ساعت ۱۰:۲۰", "چاپ", "اشتراک گذاری"], "2024-11-12"),
    # a Dari date, the author's name, a share line
    (["۲۲ عقرب ۱۴۰۳", "نویسنده: نام نمونه", "اشتراک در فیسبوک"], "2024-11-12"),
]


@pytest.mark.parametrize(("block", "iso"), FURNITURE_BLOCKS)
def test_a_dateline_among_the_sites_buttons_under_the_headline_is_the_header(block: list[str], iso: str) -> None:
    page = f"اخبار\n\n{HEADLINE}\n\n" + "\n".join(block) + f"\n\n{BODY}\n\n{BODY.replace('باکو', 'تاشکند')}\n"
    article = ingest.segment(page)
    assert article.record["published"] == iso
    assert "other_headline" not in list(article.paragraphs["section"])
    assert list(article.paragraphs["section"])[-2:] == ["body", "body"]


def test_a_list_of_other_headlines_with_their_dates_after_the_body_stays_the_tail() -> None:
    tail = ["نشست سران در تاشکند پایان یافت", "۲۰ آبان ۱۴۰۳", "وزیران اقتصاد در آستانه دیدار کردند"]
    page = f"{HEADLINE}\n\n۲۲ آبان ۱۴۰۳\n\n{BODY}\n\n" + "\n".join(tail) + "\n"
    article = ingest.segment(page)
    assert article.record["published"] == "2024-11-12"
    assert list(article.paragraphs["section"])[-3:] == ["other_headline"] * 3


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("• چهارشنبه ۲۲ آبان ۱۴۰۳ ساعت ۸:۲", dt.date(2024, 11, 12)),
        ("خبرگزاری نمونه ۲۲ عقرب ۱۴۰۳ ساعت ۹:۵", dt.date(2024, 11, 12)),
        ("۱۲ نوامبر ۲۰۲۴ ساعت 16:7 ب.ظ", dt.date(2024, 11, 12)),
        ("خبرگزاری نمونه 2024/11/12 ساعت 7:3", dt.date(2024, 11, 12)),
    ],
)
def test_a_clock_with_unpadded_minutes_after_saat(line: str, day: dt.date) -> None:
    found = read_dateline(line)
    assert found is not None and found.date == day


@pytest.mark.parametrize(
    "line",
    [
        "برد تیم ملی ۲۲ آبان ۱۴۰۳ - ۲:۱",  # a match's score, not a clock: the words are a headline's
        "نتیجه دیدار ۱۲ نوامبر ۲۰۲۴ ۳:۲",
    ],
)
def test_a_ratio_without_saat_is_no_clock(line: str) -> None:
    assert read_dateline(line) is None


YEAR_FIRST = [
    # the year first, then the weekday, day and month: a newspaper's issue header
    ("• ۱۴۰۳ دوشنبه ۱۷ اردیبهشت", dt.date(2024, 5, 6)),
    ("۱۳۹۹ پنجشنبه ۲۰ آذر", dt.date(2020, 12, 10)),
    ("۱۴۰۳، دوشنبه، ۲۰ حمل", dt.date(2024, 4, 8)),  # Dari month, commas
    ("۱۴۰۳ سه‌شنبه ۲۲ عقرب ساعت ۱۰:۲۰", dt.date(2024, 11, 12)),
    ("۱۴۰۳ سه شنبه ۲۲ آبان", dt.date(2024, 11, 12)),  # lost ZWNJ in the weekday
    ("2024 سه‌شنبه 12 نوامبر", dt.date(2024, 11, 12)),
    ("۱۴۰۳ ۲۲ آبان", dt.date(2024, 11, 12)),  # no weekday
]


@pytest.mark.parametrize(("line", "day"), YEAR_FIRST)
def test_a_dateline_with_the_year_first(line: str, day: dt.date) -> None:
    found = read_dateline(line)
    assert found is not None and found.date == day


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("۱۴۰۰ ۱۲ آذر ۱۴۰۳", ["۱۲ آذر ۱۴۰۳"]),  # the year after the month is the date's
        ("۲۰۲۴ ۱۲ آذر", ["۱۲ آذر"]),  # a Gregorian year is not a solar month's
    ],
)
def test_a_number_before_a_day_that_is_not_its_year(text: str, surfaces: list[str]) -> None:
    assert [m.surface for m in find_dates(text, dt.date(2024, 11, 12))] == surfaces


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("نشست وزیران در ژنو | جهان | رادیو نمونه | 21.04.2009", dt.date(2009, 4, 21)),
        ("دیدار دو وزیر در کابل | سیاست | خبرگزاری نمونه | ۲ حمل ۱۴۰۳", dt.date(2024, 3, 21)),
    ],
)
def test_a_page_title_ending_in_outlet_and_date(line: str, day: dt.date) -> None:
    found = ingest.segment(f"{line}\n\nجهان\n\n{HEADLINE}\n\n{BODY}\n").record["published"]
    assert found == day.isoformat()


@pytest.mark.parametrize(
    "line",
    ["اجلاس سران | ۱۲ آبان ۱۴۰۳ | ۱۲ نوامبر ۲۰۲۴", "کابل و تهران | نشست وزیران در ژنو | 21.04.2009"],
)
def test_a_title_whose_last_fields_are_no_outlet_and_date(line: str) -> None:
    assert dateline.caption_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Sample TimesSample Times14/03/2022", dt.date(2022, 3, 14)),  # the outlet's name twice, glued to the day
        ("World ReportNews 05.11.2021", dt.date(2021, 11, 5)),  # a section run into the outlet
        ("Daily MirrorPolitics 2021/11/05", dt.date(2021, 11, 5)),  # the year first
        ("Radio SampleKabul 12 March 2022", dt.date(2022, 3, 12)),  # an outlet, then its city
    ],
)
def test_fields_run_together_before_the_date_are_set_off(line: str, day: dt.date) -> None:
    """Where a lowercase letter runs into a capital the page lost the space between two of its fields."""
    found = ingest.segment(f"{HEADLINE}\n\n{line}\n\n{BODY}\n").record["published"]
    assert found == day.isoformat()


@pytest.mark.parametrize(
    "line",
    [
        "iPhone sale 02/06/2023",  # one letter before the capital: a brand, no fields
        "Sample Times 14/03/2022",  # no join: words before the date with nothing setting them off
        "Meeting held at the PowerPoint office 02/06/2023",  # a sentence: too many words before the join
    ],
)
def test_words_that_are_no_fields_run_together(line: str) -> None:
    assert read_dateline(line) is None


SERVICE = "نمونه‌نیوز | خلاصه خبر"
"""An aggregator's name line above its masthead date: read as the page's headline."""
INTRO = "این سامانه خبرهای روز را از خبرگزاری‌های کشور گردآوری و برای خوانندگان خلاصه می‌کند."


@pytest.mark.parametrize(
    ("masthead", "source", "iso"),
    [
        ("سه شنبه، 20 خرداد 1404", "خبرگزاری نمونه | سیاسی | شنبه، 03 مهر 1400 - 07:24", "2021-09-25"),
        ("سه‌شنبه ۲۰ جوزا ۱۴۰۴", "آژانس نمونه - کابل، یکشنبه ۴ میزان ۱۴۰۰ ساعت ۱۰:۲۰", "2021-09-26"),  # Dari
        ("Tuesday 10 June 2025", "رادیو نمونه | 2021-09-25 07:24", "2021-09-25"),
        ("یکشنبه ۹ آذر ۱۴۰۴", "کابل، ۲۵ سپتامبر ۲۰۲۱ (نمونه)", "2021-09-25"),  # no clock: a place and an agency
    ],
)
def test_a_source_dateline_under_a_masthead_date_is_the_publication(masthead: str, source: str, iso: str) -> None:
    """A weekday date alone is the masthead's today; a later dateline giving an earlier day is the
    article's own, though the aggregator's lines before it read as body."""
    text = f"{SERVICE}\n\n{masthead}\n\n{INTRO}\n\n{HEADLINE}\n\n{source}\n\n{BODY}\n"
    assert ingest.segment(text).record["published"] == iso


@pytest.mark.parametrize(
    ("first", "later", "iso"),
    [
        # a later day: the masthead date stays (a page is never published after it is read)
        ("سه شنبه، 20 خرداد 1404", "خبرگزاری نمونه | سیاسی | شنبه، 24 خرداد 1404 - 07:24", "2025-06-10"),
        # a date line that is no weekday date alone (a clock on it): the first stays, as before
        ("سه شنبه، 20 خرداد 1404 - 10:00", "خبرگزاری نمونه | سیاسی | شنبه، 03 مهر 1400 - 07:24", "2025-06-10"),
        # an update below the body is a weaker witness than the masthead date under the headline
        ("سه شنبه، 20 خرداد 1404", "آخرین به‌روزرسانی: ۳ مهر ۱۴۰۰", "2025-06-10"),
    ],
)
def test_a_later_dateline_that_does_not_displace_the_first(first: str, later: str, iso: str) -> None:
    text = f"{SERVICE}\n\n{first}\n\n{INTRO}\n\n{HEADLINE}\n\n{later}\n\n{BODY}\n"
    assert ingest.segment(text).record["published"] == iso
