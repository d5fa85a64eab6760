"""Segmentation of scraped pages: the seed, and variants written here in other outlets' shapes."""

from __future__ import annotations

import pytest

from helpers import contracts
from helpers.text import ingest

# A page in the same shape as the seed, with sentences written for this test.
PAGE = """جهان
۳ دقیقه خواندن
وزیران خارجه کشورهای مستقل مشترک‌المنافع در مینسک دیدار کردند
وزیران خارجه کشورهای عضو در نشست سالانه درباره همکاری مرزی و اقتصادی گفت‌وگو کردند.
وزیران خارجه کشورهای مستقل مشترک‌المنافع در مینسک دیدار کردند
وزیران در کاخ استقلال مینسک / عکس : رویترز
14 اکتبر 2025

نشست در پایتخت بلاروس برگزار شد و هیئت‌ها درباره امنیت مرزها سخن گفتند.

مرتبطخبرگزاری نمونه - نشست پیشین وزیران در مسکو برگزار شده بود

وزیر خارجه بلاروس گفت که همکاری‌ها ادامه خواهد یافت.

اخبار مرتبط
قیمت نفت در بازارهای جهانی کاهش یافت
تیم ملی فوتبال به مرحله بعد صعود کرد
بارش برف در شمال کشور ادامه دارد
"""


def sections(article: ingest.Article) -> list[str]:
    return article.paragraphs["section"].tolist()


def test_seed_fields(seed_text: str) -> None:
    article = ingest.segment(seed_text, source="data/raw/articles/x.txt")
    rec = article.record
    assert rec["section"] == "سیاست"
    assert rec["read_time_minutes"] == 2
    assert rec["published"] == "2025-11-28"
    assert rec["credit"] == "AA"
    assert rec["headline"].startswith("رهبران") and rec["lead"].endswith("تصویب شد.")
    assert rec["caption"] and "عکس" in rec["caption"]
    assert rec["outlet"] == "TRT فارسی"
    assert rec["id"] == "x"
    counts = article.paragraphs["section"].value_counts()
    assert counts["body"] == 11
    assert counts["related"] == 1
    assert counts["other_headline"] == 15
    assert counts["headline"] == 1 and counts["lead"] == 1 and counts["dateline"] == 1
    # the repeated headline and the list marker are kept, labelled as boilerplate
    assert counts["boilerplate"] == 2
    assert list(article.paragraphs.columns) == contracts.PARAGRAPHS
    assert set(article.paragraphs["section"]) <= set(contracts.Section)


def test_shape_of_written_page() -> None:
    article = ingest.segment(PAGE)
    assert sections(article) == [
        "section",
        "read_time",
        "headline",
        "lead",
        "boilerplate",
        "caption",
        "dateline",
        "body",
        "related",
        "body",
        "boilerplate",
        "other_headline",
        "other_headline",
        "other_headline",
    ]
    rec = article.record
    assert (rec["published"], rec["read_time_minutes"], rec["credit"]) == ("2025-10-14", 3, "رویترز")
    assert rec["outlet"] == "خبرگزاری نمونه"


@pytest.mark.parametrize("line", ["۳ دقیقه خواندن", "خواندن 3 دقيقه", "زمان مطالعه: ۳ دقیقه", "3 دقیقه مطالعه"])
def test_reading_time_forms(line: str) -> None:
    article = ingest.segment(PAGE.replace("۳ دقیقه خواندن", line))
    assert article.record["read_time_minutes"] == 3
    assert article.record["headline"].startswith("وزیران خارجه")


def test_no_caption_no_read_time() -> None:
    page = "\n".join(line for line in PAGE.splitlines() if "عکس" not in line and "خواندن" not in line)
    article = ingest.segment(page)
    assert article.record["caption"] is None and article.record["read_time_minutes"] is None
    assert article.record["headline"].startswith("وزیران خارجه")
    assert sections(article)[:3] == ["section", "headline", "lead"]


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [("۸ آذر ۱۴۰۴", "2025-11-29"), ("22 آبان 1404", "2025-11-13"), ("١٤ اكتبر ٢٠٢٥", "2025-10-14")],
)
def test_jalali_and_digit_variants(dateline: str, iso: str) -> None:
    article = ingest.segment(PAGE.replace("14 اکتبر 2025", dateline))
    assert article.record["published"] == iso
    assert "dateline" in sections(article)


def test_arabic_letters_and_crlf() -> None:
    page = PAGE.replace("ی", "ي").replace("ک", "ك").replace("\n", "\r\n")
    article = ingest.segment(page)
    assert article.record["published"] == "2025-10-14"
    assert sections(article).count("body") == 2
    assert sections(article).count("other_headline") == 3
    assert not any("\r" in text for text in article.paragraphs["text"])


def test_unmarked_headline_list_is_tail() -> None:
    page = PAGE.replace("اخبار مرتبط\n", "")
    article = ingest.segment(page)
    assert sections(article)[-3:] == ["other_headline"] * 3
    assert sections(article).count("body") == 2


def test_prose_after_an_unmarked_list_shows_the_list_was_a_caption_block_not_the_tail() -> None:
    page = (
        "نشست وزیران خارجه در باکو آغاز شد\n\nوزیران خارجه کشورهای عضو امروز در باکو گرد آمدند.\n\n"
        "نشست وزیران در باکو\nنشست وزیران در باکو © خبرگزاری نمونه\nتبلیغ\n\n"
        "وزیر خارجه میزبان در سخنرانی افتتاحیه خود گفت که همکاری اقتصادی میان کشورهای عضو باید گسترش یابد"
        " و موانع تجارت و ترانزیت در منطقه برداشته شود تا رشد اقتصادی پایدار شود.\n"
    )
    assert sections(ingest.segment(page))[-1] == "body"


def test_dateline_in_its_own_block_and_no_section() -> None:
    page = (
        "سران کشورهای عضو سازمان همکاری شانگهای در تیانجین گرد هم آمدند\n\n"
        "۹ شهریور ۱۴۰۴\n\n"
        "نشست سران در شهر تیانجین چین برگزار شد.\n\n"
        "رهبران درباره همکاری اقتصادی گفت‌وگو کردند.\n"
    )
    article = ingest.segment(page)
    assert sections(article) == ["headline", "dateline", "body", "body"]
    assert article.record["published"] == "2025-08-31"
    assert article.record["section"] is None and article.record["lead"] is None


def test_write_is_atomic_and_complete(tmp_path, seed_text: str) -> None:
    article = ingest.segment(seed_text, source="seed.txt")
    out = ingest.write(article, tmp_path)
    assert sorted(p.name for p in out.iterdir()) == ["article.json", "paragraphs.csv", "paragraphs.parquet"]


_STORY = "وزیران خارجه اتحادیه در لوکزامبورگ درباره تحریم‌های تازه گفت‌وگو کردند"
_BODY = (
    "وزیران خارجه کشورهای عضو روز دوشنبه در لوکزامبورگ گرد آمدند و درباره تحریم‌های تازه، کمک‌های "
    "انسانی و همکاری‌های مرزی گفت‌وگو کردند و قرار شد نشست بعدی در ماه آینده برگزار شود."
)


@pytest.mark.parametrize(
    "notice",
    [
        "محتوای این ویدیو در منطقه جغرافیایی شما در دسترس نیست",
        "این برنامه برای شما در دسترس نیست",
        "This video is not available in your country",
        "1. رفتن به محتوا",
        "۲. پرش به منوی اصلی",
        "Skip to main content",
        "دسترسی به محتوای اصلی",
        "این تارنما از کوکی‌ها استفاده می‌کند",
        "We use cookies to improve your experience",
        "دانلود صفحات امروز روزنامه: 1 2 3 4",
        "دانلود اپلیکیشن خبرگزاری",
    ],
)
def test_a_sites_notice_to_its_reader_is_no_headline(notice: str) -> None:
    article = ingest.segment(f"{notice}\n\n{_STORY}\n\n{_BODY}\n")
    assert article.record["headline"] == _STORY
    assert sections(article)[0] == contracts.Section.BOILERPLATE


@pytest.mark.parametrize(
    "headline",
    [
        "نسخه‌های تازه در دسترس نیست و وزیران دیدار کردند",  # a headline that says something is unavailable
        "دانلودهای غیرقانونی در نشست وزیران بررسی شد",
        "رفتن به نشست وزیران در مسکو لغو شد؛ هیئت در تهران ماند",
    ],
)
def test_a_headline_that_only_looks_like_a_notice_stays(headline: str) -> None:
    assert ingest.segment(f"{headline}\n\n{_BODY}\n").record["headline"] == headline


def test_the_title_block_restating_the_headline_is_no_list_of_other_headlines() -> None:
    title_block = f"نظرها\n{_STORY}\nاندازه متن Aa Aa"  # the headline again among the site's buttons
    page = f"{_STORY}\n\n{title_block}\n\nوزیران درباره تحریم‌ها رای دادند.\n\nنام نمونه، مسئول سیاست خارجی\n\n{_BODY}\n"
    found = sections(ingest.segment(page))
    assert contracts.Section.OTHER_HEADLINE not in found
    assert found.count(contracts.Section.BODY) >= 3


def test_an_unmarked_list_before_the_body_without_the_headline_is_still_the_tail() -> None:
    page = (
        f"{_STORY}\n\nقیمت نفت در بازارهای جهانی کاهش یافت\nتیم ملی فوتبال به مرحله بعد صعود کرد\n"
        "بارش برف در شمال کشور ادامه دارد\n"
    )
    assert sections(ingest.segment(page)).count(contracts.Section.OTHER_HEADLINE) == 3


@pytest.mark.parametrize(
    "furniture",
    [
        "Breaking News",
        "Thumbnail",
        "T T",
        "×",
        "Learn how the agency helps member states (2024). Find Out",
        "Don't you have an account with us?",
    ],
)
def test_a_line_above_the_headline_with_no_letter_of_the_page_is_no_headline(furniture: str) -> None:
    article = ingest.segment(f"{furniture}\n\n{_STORY}\n\n{_BODY}\n")
    assert article.record["headline"] == _STORY


@pytest.mark.parametrize(
    "headline",
    [
        "CASA-1000: نشست وزیران انرژی در دوشنبه",  # Latin letters beside Persian ones
        "G20 در رم؛ وزیران خارجه گرد آمدند",
    ],
)
def test_a_headline_with_latin_words_and_persian_ones_stays(headline: str) -> None:
    assert ingest.segment(f"{headline}\n\n{_BODY}\n").record["headline"] == headline


def test_a_run_in_dateline_under_an_english_banner_gives_the_publication() -> None:
    banner = "Learn how the agency helps with COVID-19. Find Out"  # a digit: not left out as English alone
    page = f"{banner}\n\nاعلامیه مطبوعاتی\n\n{_STORY}\n\nImage\n\nکابل، ۲۵ جوزا ۱۴۰۳- {_BODY}\n"
    assert ingest.segment(page).record["published"] == "2024-06-14"


def test_a_headline_under_a_list_bullet_is_the_headline_and_its_restatement_boilerplate() -> None:
    """«• تیتر» over the same words: the bullet is a teaser list's, and the line after is the headline again,
    not the lead (qa22)."""
    page = (
        "۱۲ اسفند ۱۴۰۳ ۱۰:۱۵\n"
        "  • نشست وزیران خارجه کشورهای همسایه در شهر نمونه آغاز شد\n"
        "    نشست وزیران خارجه کشورهای همسایه در شهر نمونه آغاز شد\n\n"
        "نخستین نشست وزیران خارجه کشورهای همسایه امروز با حضور هیئت‌های شش کشور آغاز شد.\n\n"
        "وزیران درباره تجارت مرزی و راه‌های ترانزیتی گفت‌وگو می‌کنند.\n"
    )
    article = ingest.segment(page)
    assert article.record["headline"] == "نشست وزیران خارجه کشورهای همسایه در شهر نمونه آغاز شد"
    assert sections(article)[1:4] == ["headline", "boilerplate", "body"]
    assert article.record["lead"] is None
