"""The publication date: dateline shapes news sites print, the line it came from, the override by
the `published` parameter / `--published` option, and pages that arrive as one long line. Every
line here is written for the test."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from helpers import cli, paths
from helpers.dates import dateline
from helpers.dates.dateline import read_dateline
from helpers.text import ingest

DATELINES = [
    ("۲۵ شهریور ۱۴۰۱ - ۱۱:۴۴", dt.date(2022, 9, 16), "date line"),
    ("سه‌شنبه ۱۰ مهر ۱۴۰۳ ساعت ۰۸:۳۰", dt.date(2024, 10, 1), "date line"),
    ("تاریخ انتشار: ۱۴۰۲/۰۸/۲۴ - ۱۰:۲۰", dt.date(2023, 11, 15), "labelled"),
    ("تاریخ انتشار : ۳ اسفند ۱۳۹۹", dt.date(2021, 2, 21), "labelled"),
    ("کد خبر: ۴۵۶۷۸۹ تاریخ: ۲۴ آبان ۱۴۰۲", dt.date(2023, 11, 15), "news code"),
    ("۲۷ عقرب ۱۴۰۳،", dt.date(2024, 11, 17), "date line"),
    ("۵ حمل ۱۴۰۲، ۱۴:۰۵", dt.date(2023, 3, 25), "date line"),
    ("20 دسامبر 2024", dt.date(2024, 12, 20), "date line"),
    ("حوت 14, 1399 16:37 Asia/Kabul", dt.date(2021, 3, 4), "date line"),
    ("2024-12-20 10:22", dt.date(2024, 12, 20), "date line"),
    ("published: 2023-05-02T08:00:00Z", dt.date(2023, 5, 2), "labelled"),
    ("۱۴ ربیع‌الاول ۱۴۴۷ ه.ق", dt.date(2025, 9, 6), "date line"),
    ("تهران، ایرنا – ۰۵/۰۳/۹۸", dt.date(2019, 5, 26), "place and agency"),
    ("کابل، ۱۲ جدی ۱۴۰۱", dt.date(2023, 1, 2), "place and agency"),
    ("چهارشنبه ۲۸ آبان ۱۴۰۴ - ۲۸ جمادی‌الاول ۱۴۴۷ - ۱۹ نوامبر ۲۰۲۵", dt.date(2025, 11, 19), "weekday date"),
    ("۲۴ آبان ۱۴۰۲ - ۱۷:۱۶ | کد خبر: ۲۲۷۲۴۰ | گروه: بین‌الملل", dt.date(2023, 11, 15), "news code"),
    ("منتشر شده در: ۳ دلو ۱۴۰۲", dt.date(2024, 1, 23), "labelled"),
    ("تاریخ و ساعت انتشار: ۱۴۰۳/۰۷/۰۱ ۰۹:۱۵", dt.date(2024, 9, 22), "labelled"),
    ("آخرین بروزرسانی: ۱۲ مهر ۱۴۰۳", dt.date(2024, 10, 3), "updated"),
    ("۲۷ عقرب ۱۴۰۳ ساعت ۱۴:۳۰ به وقت کابل", dt.date(2024, 11, 17), "date line"),
    # a clock before the date: its minutes are not the start of a day range («۳۰ - ۰۷ آذر»)
    ("تاریخ انتشار: ۱۰:۳۰ - ۰۷ آذر ۱۴۰۲", dt.date(2023, 11, 28), "labelled"),
    ("ساعت ۱۶:۴۵ - ۹ حمل ۱۴۰۲", dt.date(2023, 3, 29), "date line"),
    ("انتشار: ۰۸:۱۵ - ۱۴ - ۰۳ - ۱۳۹۹", dt.date(2020, 6, 3), "labelled"),  # hyphens spaced by the normalizer
    ("مزار شریف (پژواک): ۱۹ جوزا ۱۴۰۳", dt.date(2024, 6, 8), "place and agency"),
    ("December 3, 2024", dt.date(2024, 12, 3), "date line"),
    ("Sept. 14, 2023 - 08:10", dt.date(2023, 9, 14), "date line"),
    ("last modified Tue, 05 Mar 2024 09:12:44 GMT", dt.date(2024, 3, 5), "updated"),
    ("به روز شده: ۰۹:۱۵ گرینویچ - سه شنبه ۱۱ دسامبر ۲۰۱۲", dt.date(2012, 12, 11), "updated"),
    ("یکشنبه / ۹ آذر ۱۴۰۴ / ۰۸:۱۵", dt.date(2025, 11, 30), "date line"),  # weekday set off by slashes
    ("دوشنبه ۱۷ مهر ۱۳۹۶ برابر با ۹ اکتبر ۲۰۱۷", dt.date(2017, 10, 9), "weekday date"),  # the same day twice
    ("۱۹ جوزا ۱۴۰۳ | نویسنده: گزارشگر ما", dt.date(2024, 6, 8), "place and agency"),  # furniture past a bar
    ("ارسال شده در ۱۱ اسفند ۱۳۹۸", dt.date(2020, 3, 1), "labelled"),
    ("مسکو، خبرگزاری جمهوری اسلامی ۲۳/۰۸/۸۷", dt.date(2008, 11, 13), "place and agency"),
    ("امروز: یکشنبه ۹ آذر ۱۴۰۴", dt.date(2025, 11, 30), "site clock"),  # the day the page was read
    ("تاریخ امروز: ۹ آذر ۱۴۰۴", dt.date(2025, 11, 30), "site clock"),
    ("شنبه، ۱۱ جوزای ۱۴۰۰", dt.date(2021, 6, 1), "weekday date"),  # the ezafe on a month ending in a vowel
    ("خجند، ۱۴ نوامبر ۲۰۲۳ /«نمونه»/", dt.date(2023, 11, 14), "place and agency"),  # the agency between slashes
    ("خجند، 14.11.2023 /نمونه/", dt.date(2023, 11, 14), "place and agency"),
    ("هرات، ۳ حمل ۱۴۰۲ (باختر)", dt.date(2023, 3, 23), "place and agency"),  # the agency in brackets after
    ("۹ آذر ۱۴۰۴ (ایسنا)", dt.date(2025, 11, 30), "place and agency"),
    ("یکشنبه ۹ آذر ۱۴۰۴ ساعت ۰۸:۱۵ ق.ظ", dt.date(2025, 11, 30), "date line"),  # before and after noon
    ("۹ آذر ۱۴۰۴ - ۰۴:۱۵ ب. ظ", dt.date(2025, 11, 30), "date line"),
    ("Nov 30, 2025 | 4:15 PM", dt.date(2025, 11, 30), "date line"),
    ("نشر شده: ۹ قوس ۱۴۰۴", dt.date(2025, 11, 30), "labelled"),  # the Dari «published»
    ("۷ جوزا/ خردادماه ۱۳۹۸", dt.date(2019, 5, 28), "date line"),  # both names of the month
    # the weekday after the date, and a year-first date, as international Dari services print them
    ("۲۲ اسد ۱۴۰۱، جمعه", dt.date(2022, 8, 13), "weekday date"),
    ("۱۴۰۱ اسد ۲۲, جمعه", dt.date(2022, 8, 13), "weekday date"),
    ("۱۴۰۲ مهر ۳ ، دوشنبه - ۱۰:۱۵", dt.date(2023, 9, 25), "date line"),
    ("Friday, March 3, 2023", dt.date(2023, 3, 3), "weekday date"),
    ("۱۲ اسفند ۱۴۰۱ - Fri 3 Mar 2023", dt.date(2023, 3, 3), "weekday date"),
    ("آخرین آپدیت: ۲ میزان ۱۴۰۱", dt.date(2022, 9, 24), "updated"),
    ("ویرایش شده در ۴ جدی ۱۴۰۰", dt.date(2021, 12, 25), "updated"),
    ("تاریخ ویرایش: ۱۴۰۰/۱۰/۰۴", dt.date(2021, 12, 25), "updated"),
    ("تاریخ بروزرسانی: ۱۴۰۰/۱۰/۰۴ - ۰۹:۰۰", dt.date(2021, 12, 25), "updated"),
    ("نشر: ۴ جدی ۱۴۰۰", dt.date(2021, 12, 25), "labelled"),
    ("Posted on 25 December 2021", dt.date(2021, 12, 25), "labelled"),
    ("Last edited: Dec 25, 2021 9:40 PM", dt.date(2021, 12, 25), "updated"),
]


@pytest.mark.parametrize(("line", "day", "shape"), DATELINES, ids=[d[0] for d in DATELINES])
def test_dateline_shapes(line: str, day: dt.date, shape: str) -> None:
    found = read_dateline(line)
    assert found is not None and (found.date, found.shape) == (day, shape)


@pytest.mark.parametrize(
    "line",
    [
        "نشست سران در ۲۴ آبان ۱۴۰۲ برگزار شد",  # a sentence holding a date
        "نشست سران ۲۴ آبان ۱۴۰۲",  # a headline ending with one: no separator before the date
        "شنبه ۸ آذر ۱۴۰۳ ایران ۰۰:۴۲",  # a site's clock with the country's name
        "امروز ۸ آذر",  # no year
        "آذر ۱۴۰۳",  # no day
        "امروز، ۲۷ عقرب ۱۴۰۳، وزیر رفت",  # words after the date: a sentence
        "نشست سران ۲۴ آبان ۱۴۰۲ | سایت خبری",  # a headline with the site's name after a bar
        "۲۷ عقرب ۱۴۰۳ (وزیر به کابل رفت)",  # a sentence in brackets, not an agency
        "۲۷ عقرب ۱۴۰۳، وزیر شنبه رفت",  # a weekday inside words after the date: still a sentence
        "نشر این گزارش ۲۷ عقرب ۱۴۰۳",  # «نشر» without a colon is a word of the headline
    ],
)
def test_lines_that_are_not_datelines(line: str) -> None:
    assert read_dateline(line) is None


PAGE = """سیاسی
وزیران خارجه عضو سازمان در باکو گرد آمدند
کد خبر: ۹۸۷۶۵
{dateline}
وزیران خارجه کشورهای عضو امروز در باکو درباره ترانزیت گفت‌وگو کردند.

نشست دیروز با سخنرانی میزبان آغاز شده بود.
"""


@pytest.mark.parametrize(("line", "day", "shape"), DATELINES[:9], ids=[d[0] for d in DATELINES[:9]])
def test_a_page_takes_its_published_date_from_the_dateline_and_says_where(line: str, day: dt.date, shape: str) -> None:
    article = ingest.segment(PAGE.format(dateline=line))
    record = article.record
    assert record["published"] == day.isoformat()
    source = record["published_from"]
    assert source["shape"] == shape and source["text"] == line
    assert article.paragraphs.loc[source["paragraph"], "section"] == "dateline"
    assert record["headline"].startswith("وزیران خارجه عضو")


def test_a_labelled_publication_date_outranks_a_site_clock_and_an_update_line() -> None:
    text = (
        "۱۲ بهمن ۱۴۰۳\nبه روز شده در: ۱۲ بهمن ۱۴۰۳ - ۰۳:۰۰\nوزیران خارجه عضو سازمان در باکو گرد آمدند\n"
        "تاریخ انتشار: ۱۱:۱۵ - ۱۸-۰۴-۱۴۰۱\nوزیران خارجه کشورهای عضو امروز در باکو دیدار کردند.\n"
    )
    record = ingest.segment(text).record
    assert record["published"] == "2022-07-09"
    assert record["published_from"]["shape"] == "labelled" and record["published_from"]["paragraph"] == 3


def test_between_unlabelled_datelines_above_the_body_the_earliest_day_is_the_publication() -> None:
    text = (
        "۸ آذر ۱۴۰۴\nوزیران خارجه عضو سازمان در باکو گرد آمدند\n۲۶ شهریور ۱۴۰۰ - ۱۰:۳۲\n"
        "وزیران خارجه کشورهای عضو امروز در باکو دیدار کردند.\n\nنشست دو روز طول کشید.\n۳ مهر ۱۳۹۹\n"
    )
    record = ingest.segment(text).record
    assert record["published"] == "2021-09-17" and record["published_from"]["paragraph"] == 2


def test_a_date_line_under_a_news_code_outranks_a_site_clock_above_it() -> None:
    text = (
        "وزیران خارجه عضو سازمان در باکو گرد آمدند\nپنجشنبه ۲ دی ۱۴۰۳ - ۱۰:۱۰\nفارسی | English\n\n"
        "وزیران خارجه کشورهای عضو امروز در باکو دیدار کردند و درباره تجارت گفت‌وگو کردند.\n"
        "کد خبر: ۵۵۱۲\n\nشنبه ۱۲ آبان ۱۳۹۰ - ۰۹:۲۰\n\nوزیران درباره امنیت منطقه نیز گفت‌وگو کردند.\n"
    )
    record = ingest.segment(text).record
    assert record["published"] == "2011-11-03" and record["published_from"]["paragraph"] == 5


@pytest.mark.parametrize("code", ["کد خبر: ۴۵۶۷۸۹", "• شناسه مطلب: 99812", "| کد مطلب: ۱۲۰۳ |", "کد ۷۷۰۱۲"])
def test_a_news_code_alone_is_page_furniture_not_the_headline(code: str) -> None:
    text = f"{code}\nوزیران خارجه عضو سازمان در باکو گرد آمدند\nوزیران امروز در باکو دیدار کردند.\n"
    article = ingest.segment(text)
    assert article.record["headline"].startswith("وزیران خارجه عضو")
    assert article.paragraphs["section"].tolist()[0] == "boilerplate"


def test_an_update_line_alone_still_gives_published() -> None:
    text = "به روز شده: ۱۲:۰۵ گرینویچ - ۲ مه ۲۰۱۱\nنشست سران در آستانه\nسران امروز در آستانه دیدار کردند.\n"
    assert ingest.segment(text).record["published"] == "2011-05-02"


def test_only_lines_with_a_digit_reach_the_date_parser_and_each_only_once(monkeypatch) -> None:
    """Speed (#10): the segmenter asks of every short line whether it is a dateline."""
    parsed: list[str] = []
    real = dateline.scan
    monkeypatch.setattr(dateline, "scan", lambda text, *rest: parsed.append(text) or real(text, *rest))
    ingest._dateline.cache_clear()
    text = PAGE.format(dateline="۲۵ شهریور ۱۴۰۱ - ۱۱:۴۴") + "نشست بعدی در باکو\nوزیران دیدار کردند.\n"
    assert ingest.segment(text).record["published"] == "2022-09-16"
    assert len(parsed) == 2  # «کد خبر: ۹۸۷۶۵» and the dateline


def test_an_iso_prefix_before_the_first_line_is_a_dateline_of_its_own() -> None:
    text = " date 2025-03-14 وزیر خارجه امروز جمعه برای شرکت در نشست عازم آستانه شد.\n\nنشست دو روز طول می‌کشد.\n"
    article = ingest.segment(text)
    assert article.record["published"] == "2025-03-14"
    assert article.record["published_from"] == {"paragraph": 0, "shape": "iso prefix", "text": "date 2025-03-14"}
    assert article.paragraphs["section"].tolist()[:2] == ["dateline", "headline"]
    assert article.paragraphs.loc[1, "text"].startswith("وزیر خارجه")


@pytest.mark.parametrize("prefix", [" date 2025-06 ", "date 2024-11 ", " published: 2019-02 "])
def test_an_iso_month_prefix_is_a_dateline_row_that_gives_no_publication_day(prefix: str) -> None:
    article = ingest.segment(prefix + "خبرگزاری نمونه - وزیر کار در نشست ژنو سخنرانی کرد.\n\nنشست ادامه دارد.\n")
    assert article.record["published"] is None
    assert article.paragraphs["section"].tolist()[:2] == ["dateline", "headline"]
    assert article.paragraphs.loc[0, "text"] == prefix.strip()


def test_an_iso_prefix_with_no_such_month_is_left_in_the_text() -> None:
    article = ingest.segment(" date 2025-13 وزیر کار سخنرانی کرد.\n")
    assert article.paragraphs["section"].tolist()[0] != "dateline"


def test_without_a_dateline_published_stays_empty() -> None:
    article = ingest.segment("نشست سران در آستانه برگزار شد\nسران کشورهای عضو روز دوشنبه در آستانه دیدار کردند.\n")
    assert article.record["published"] is None and article.record["published_from"] is None


def test_the_given_date_overrides_the_dateline_and_is_recorded_as_given(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE.format(dateline="۲۵ شهریور ۱۴۰۱ - ۱۱:۴۴"), encoding="utf-8")
    record = ingest.load(page, published="2022-09-20").record
    assert record["published"] == "2022-09-20"
    assert record["published_from"] == {"shape": "given", "detected": "2022-09-16"}
    with pytest.raises(ValueError, match="not a date"):
        ingest.load(page, published="1401-06-25x")


def test_extract_published_option_resolves_relative_dates_against_it(tmp_path: Path, capsys) -> None:
    page = tmp_path / "page.txt"
    text = (
        "نشست وزیران خارجه در باکو\nوزیران خارجه کشورهای عضو امروز در باکو درباره ترانزیت و انرژی دیدار کردند.\n"
        "این نشست به ریاست وزیر خارجه میزبان برگزار شد و هیئت‌ها درباره راه‌های تازه گفت‌وگو کردند.\n"
    )
    page.write_text(text, encoding="utf-8")
    assert cli.main(["extract", str(page), "--published", "2024-05-06"]) == 0
    dates = json.loads(capsys.readouterr().out)["dates"]
    assert [(d["surface"], d["start"], d["relative"]) for d in dates] == [("امروز", "2024-05-06", True)]
    assert cli.main(["extract", str(page), "--published", "2024-13-06"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_the_ingest_notebook_declares_the_published_parameter() -> None:
    notebook = json.loads((paths.ROOT / "notebooks" / "01_ingest.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in notebook["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
    line = next(line for line in cell["source"] if line.startswith("published"))
    assert line.startswith('published: str = ""  # ') and "=" not in line.split("#", 1)[1]


ONE_LINE = (
    "وزیران خارجه کشورهای عضو سازمان در باکو دیدار کردند به گزارش خبرنگار ما، وزیران خارجه هشت کشور عضو "
    "روز دوشنبه در پایتخت آذربایجان گرد آمدند و درباره ترانزیت و انرژی گفت‌وگو کردند.این نشست به ریاست "
    "وزیر خارجه میزبان برگزار شد و دو سند همکاری به امضا رسید. نشست بعدی سال آینده در تاشکند برگزار "
    "می‌شود و وزیران تا آن زمان گزارش‌های خود را ارائه خواهند کرد. قیمت ۲.۵ درصد بالا رفت."
)


def test_a_page_without_line_breaks_is_still_split_into_headline_lead_and_body() -> None:
    article = ingest.segment(ONE_LINE)
    paragraphs = article.paragraphs
    assert paragraphs["section"].tolist() == ["headline", "lead", "body", "body", "body"]
    assert article.record["headline"] == "وزیران خارجه کشورهای عضو سازمان در باکو دیدار کردند"
    assert article.record["lead"].startswith("به گزارش خبرنگار ما")
    assert paragraphs["text"].tolist()[-1] == "قیمت ۲.۵ درصد بالا رفت."  # a decimal point is no sentence end


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("۱۲ مهر ۱۴۰۲، ۰۹:۴۰", "2023-10-04"),
        ("شناسه خبر: ۷۷۱۲ - ۱۲ مهر ۱۴۰۲ - ۰۹:۴۰", "2023-10-04"),
        ("مزار شریف (پژواک): ۱۲ میزان ۱۴۰۲:", "2023-10-04"),
        ("۴ اکتبر ۲۰۲۳ - ۱۲ مهر ۱۴۰۲", "2023-10-04"),  # the same day in two calendars
    ],
)
def test_a_dateline_opening_a_page_without_line_breaks_gets_a_line_of_its_own(dateline: str, day: str) -> None:
    article = ingest.segment(f"{dateline} {ONE_LINE}")
    assert article.record["published"] == day and article.record["published_from"]["text"] == dateline
    assert article.record["headline"] == "وزیران خارجه کشورهای عضو سازمان در باکو دیدار کردند"


def test_a_date_running_straight_into_a_one_line_page_stays_in_its_sentence() -> None:
    article = ingest.segment(f"روز ۱۲ مهر ۱۴۰۲ {ONE_LINE}")
    assert article.record["published"] is None and article.record["headline"].startswith("روز ۱۲ مهر")


def test_a_short_one_line_page_is_left_as_it_is() -> None:
    assert ingest.segment("نشست سران در باکو برگزار شد. وزیران دیدار کردند.").paragraphs["section"].tolist() == [
        "headline"
    ]


@pytest.mark.parametrize(
    ("first", "day"),
    [
        ("۲۷ عقرب ۱۴۰۳، وزیر خارجه برای شرکت در نشست وزیران عازم مسکو شد.", "2024-11-17"),
        ("کابل، ۱۲ جدی ۱۴۰۱ (خبرگزاری نمونه): وزیران خارجه منطقه امروز دیدار کردند.", "2023-01-02"),
        ("باکو- خبرگزاری نمونه- ۳ مهر ۱۴۰۲ - وزیران خارجه منطقه امروز دیدار کردند.", "2023-09-25"),
        ("مسکو (خبرگزاری نمونه) - ۵ دسامبر ۲۰۲۳ - وزیران خارجه امروز دیدار کردند.", "2023-12-05"),
        # a Central Asian agency's dateline: the city Dushanbe (not the weekday), the agency between slashes
        ("دوشنبه، 14.11.2023 /«نمونه»/. وزیران خارجه منطقه امروز دیدار کردند.", "2023-11-14"),
        ("دوشنبه، ۰۹.۱۰.۲۰۲۴ /نمونه/ وزیران خارجه منطقه امروز دیدار کردند.", "2024-10-09"),
    ],
)
def test_a_dateline_run_into_the_first_paragraph_gives_published(first: str, day: str) -> None:
    text = f"نشست وزیران خارجه در مسکو\n{first}\nنشست دو روز طول می‌کشد و وزیران درباره امنیت گفت‌وگو می‌کنند.\n"
    article = ingest.segment(text)
    assert article.record["published"] == day
    assert article.record["published_from"] == {"paragraph": 1, "shape": "paragraph prefix", "text": first}
    assert article.paragraphs["section"].tolist() == ["headline", "lead", "body"]


@pytest.mark.parametrize(
    "first",
    [
        "وزیران در ۲۷ عقرب ۱۴۰۳، در مسکو دیدار کردند.",
        "روز ۲۷ عقرب ۱۴۰۳، وزیران در مسکو دیدار کردند.",  # a sentence opening with its day
        "امروز ۲۷ عقرب ۱۴۰۳، وزیران در مسکو دیدار کردند.",
        "امشب پنجشنبه ۳ آبان ۱۴۰۳ - وزیران در مسکو شام خوردند.",
        "روز یکشنبه ۲۷ عقرب ۱۴۰۳: وزیران در مسکو دیدار کردند.",
    ],
)
def test_a_date_inside_the_first_sentence_is_not_a_dateline(first: str) -> None:
    text = f"نشست وزیران خارجه در مسکو\n{first}\nنشست دو روز طول کشید.\n"
    assert ingest.segment(text).record["published"] is None


FACTS = """وزیران خارجه عضو سازمان در باکو گرد آمدند

• نشر: ۴ جدی ۱۴۰۰
• بخش: سیاسی
• شناسه مطلب: 40112

وزیران خارجه کشورهای عضو امروز در باکو درباره ترانزیت گفت‌وگو کردند.
"""


@pytest.mark.parametrize("dateline_line", ["• نشر: ۴ جدی ۱۴۰۰", "- تاریخ انتشار: ۱۴۰۰/۱۰/۰۴", "۴ جدی ۱۴۰۰، شنبه"])
def test_a_block_of_facts_under_the_headline_is_not_a_list_of_other_headlines(dateline_line: str) -> None:
    article = ingest.segment(FACTS.replace("• نشر: ۴ جدی ۱۴۰۰", dateline_line))
    assert article.record["published"] == "2021-12-25"
    sections = article.paragraphs["section"].tolist()
    assert sections[1:4] == ["dateline", "boilerplate", "boilerplate"] and sections[4] == "body"


def test_a_list_of_headlines_after_the_body_stays_the_tail_though_one_line_is_dated() -> None:
    text = FACTS + "\nنشست بعدی: ۱۲ حوت ۱۴۰۰\nسفر وزیر به تاشکند\nدیدار با هیئت چینی\n"
    sections = ingest.segment(text).paragraphs["section"].tolist()
    assert sections[-2:] == ["other_headline", "other_headline"]


HEADLINE = "وزیران خارجه عضو سازمان در باکو گرد آمدند"
BODY = "وزیران خارجه کشورهای عضو امروز در باکو درباره ترانزیت گفت‌وگو کردند."


@pytest.mark.parametrize("clock", ["سه‌شنبه ۱۲ حوت ۱۴۰۲", "پنجشنبه، ۸ آذر ۱۴۰۳", "۸ آذر ۱۴۰۳، پنجشنبه"])
def test_a_weekday_and_date_above_the_headline_is_the_sites_clock_not_the_publication(clock: str) -> None:
    article = ingest.segment(f"{clock}\n\n{HEADLINE}\n\n{BODY}\n")
    assert article.record["published"] is None
    assert article.paragraphs["section"].tolist()[0] == "dateline"  # still a date of the page


@pytest.mark.parametrize("line", ["سه‌شنبه ۱۲ حوت ۱۴۰۲", "۱۴۰۲ حوت ۱۲, سه‌شنبه"])
def test_a_weekday_and_date_under_the_headline_is_the_publication(line: str) -> None:
    assert ingest.segment(f"{HEADLINE}\nگزارشگر ما\n{line}\n\n{BODY}\n").record["published"] == "2024-03-02"


def test_under_a_sites_clock_the_articles_own_date_line_gives_published() -> None:
    text = f"دوشنبه ۱۱ آذر ۱۴۰۴\n\n{HEADLINE}\n۱۲ حوت ۱۴۰۲ - ۱۰:۲۰\n\n{BODY}\n"
    record = ingest.segment(text).record
    assert record["published"] == "2024-03-02" and record["published_from"]["paragraph"] == 2


@pytest.mark.parametrize("line", ["سه‌شنبه ۱۲ حوت ۱۴۰۲ - ۱۰:۲۰", "۱۲ حوت ۱۴۰۲ ساعت ۱۰:۲۰"])
def test_a_date_line_with_a_clock_above_the_headline_still_gives_published(line: str) -> None:
    assert ingest.segment(f"{line}\n\n{HEADLINE}\n\n{BODY}\n").record["published"] == "2024-03-02"


def test_a_newspapers_masthead_is_furniture_and_its_date_the_days_issue() -> None:
    masthead = "صاحب امتیاز: نام نمونه\n\nمدیر مسئول: نام دیگر\n\nسردبیر: نام سوم\n\n"
    text = f"{masthead}شنبه ۵ ثور ۱۴۰۱\n\n{HEADLINE}\n\n{BODY}\n"
    article = ingest.segment(text)
    assert article.record["headline"] == HEADLINE and article.record["published"] is None
    assert article.paragraphs["section"].tolist()[:3] == ["boilerplate"] * 3


def test_a_headline_quoting_someone_after_a_colon_stays_the_headline() -> None:
    article = ingest.segment(f"وزیر: نشست باکو موفق بود\n\n{BODY}\n")
    assert article.record["headline"] == "وزیر: نشست باکو موفق بود"


@pytest.mark.parametrize(
    ("line", "shape"), [("Tuesday 8 October 2024", "weekday date"), ("Tue, 8 Oct 2024 09:10", "date line")]
)
def test_an_english_weekday_with_the_date_is_read_as_a_persian_one_is(line: str, shape: str) -> None:
    found = read_dateline(line)
    assert found is not None and (found.date, found.shape) == (dt.date(2024, 10, 8), shape)


TITLE = "سران سه کشور در تابستان در مسکو دیدار می‌کنند"
DARI_TITLE = "سران سه کشور در تابستان در مسکو دیدار میکنند"  # Dari spelling, ZWNJ lost


@pytest.mark.parametrize(
    ("title", "block", "iso"),
    [
        (TITLE, ["۶ اردیبهشت ۱۳۹۸، ۱۳:۲۹", "کد خبر: ۳۴۹۲۲۷", TITLE], "2019-04-26"),
        (TITLE, ["کد خبر: 55012", "۱۲ آبان ۱۴۰۲ - ۰۸:۱۵", TITLE], "2023-11-03"),
        (DARI_TITLE, ["۴ جدی ۱۴۰۰ ساعت ۱۰:۲۰", DARI_TITLE, "شناسه مطلب: ۷۷۱"], "2021-12-25"),
        (DARI_TITLE, ["26 April 2019, 13:29", "کد مطلب: 9921", DARI_TITLE], "2019-04-26"),
        # the agency its dateline names, alone on the line above it
        (TITLE, [TITLE, "خبرگزاری نمونه", "خبرگزاری نمونه - ۴ خرداد ۱۳۹۶"], "2017-05-25"),
        (DARI_TITLE, ["آژانس خبری نمونه", "آژانس خبری نمونه | ۱۲ حوت ۱۴۰۲", DARI_TITLE], "2024-03-02"),
    ],
)
def test_the_title_block_printed_again_under_the_headline_is_furniture(title: str, block: list[str], iso: str) -> None:
    """Date, news code and the headline restated, in any order, under the headline: the page's own
    title block, not a list of other headlines (its date is the publication's)."""
    body = "رئیس جمهوری روسیه امروز از توافق سه کشور برای نشست بعدی خبر داد."
    article = ingest.segment(f"{title}\n\n" + "\n".join(block) + f"\n\n{body}\n")
    assert article.record["published"] == iso
    expected = ["dateline" if any(c.isdigit() for c in line) and "کد" not in line and "شناسه" not in line
                else "boilerplate" for line in block]  # fmt: skip
    assert article.paragraphs["section"].tolist() == ["headline", *expected, "body"]


def test_an_agency_line_the_dateline_does_not_name_leaves_the_block_a_list() -> None:
    """Look-alike: a line beside an agency's dateline that is not that agency is another headline."""
    block = [TITLE, "خبرگزاری دیگر", "خبرگزاری نمونه - ۴ خرداد ۱۳۹۶"]
    body = "رئیس جمهوری روسیه امروز از توافق سه کشور برای نشست بعدی خبر داد."
    article = ingest.segment(f"{TITLE}\n\n" + "\n".join(block) + f"\n\n{body}\n")
    assert article.paragraphs["section"].tolist()[1:4] == ["other_headline"] * 3


def test_a_block_restating_another_headline_under_the_headline_is_still_a_list() -> None:
    """Look-alike: a dated line between two headlines that are not the page's own is a list of others."""
    block = ["۶ اردیبهشت ۱۳۹۸، ۱۳:۲۹", "وزیر خارجه به باکو سفر کرد", "نشست بعدی در تهران برگزار می‌شود"]
    text = f"{TITLE}\n\nرئیس جمهوری امروز از توافق خبر داد.\n\n" + "\n".join(block) + "\n"
    assert ingest.segment(text).paragraphs["section"].tolist()[-3:] == ["other_headline"] * 3
