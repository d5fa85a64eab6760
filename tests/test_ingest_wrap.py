"""Hard-wrapped pages: a body line broken off mid-sentence joins the next line; headings, lists,
quotations, datelines and the header stay their own paragraphs. Every sentence is written here."""

from __future__ import annotations

import pytest

from helpers.text import ingest

HEAD = """نشست وزیران خارجه کشورهای عضو در شهر دوشنبه برگزار شد
وزیران خارجه کشورهای عضو امروز در دوشنبه دیدار و گفت‌وگو کردند.

"""
WRAPPED = """وزیران امور خارجه کشورهای عضو در نشست امروز درباره همکاری
اقتصادی و امنیت مرزها گفت‌وگو کردند و بیانیه مشترک نشست را
تصویب کردند.
"""
JOINED = (
    "وزیران امور خارجه کشورهای عضو در نشست امروز درباره همکاری"
    " اقتصادی و امنیت مرزها گفت‌وگو کردند و بیانیه مشترک نشست را تصویب کردند."
)
OPEN = "وزیر امور خارجه کشور میزبان در پایان نشست به خبرنگاران گفت که"


def rows(text: str) -> list[tuple[str, str]]:
    paragraphs = ingest.segment(text).paragraphs
    assert paragraphs["paragraph"].tolist() == list(range(len(paragraphs)))
    return list(zip(paragraphs["section"], paragraphs["text"], strict=True))


def test_a_wrapped_sentence_is_one_paragraph() -> None:
    assert rows(HEAD + WRAPPED) == [("headline", HEAD.split("\n")[0]), ("lead", HEAD.split("\n")[1]), ("body", JOINED)]


def test_a_wrap_closed_by_a_comma_line_and_two_paragraphs() -> None:
    second = "رئیس نشست، وزیر امور خارجه کشور میزبان، در پایان نشست از\nهمه هیئت‌ها قدردانی کرد.\n"
    body = [text for section, text in rows(HEAD + WRAPPED + "\n" + second) if section == "body"]
    assert body == [JOINED, second.replace("\n", " ").strip()]


def test_the_dateline_row_number_counts_joined_rows() -> None:
    article = ingest.segment(HEAD + WRAPPED + "\n۷ آذر ۱۴۰۴\n")
    where = article.record["published_from"]["paragraph"]
    assert article.record["published"] == "2025-11-28"
    assert article.paragraphs["text"].tolist()[where] == "۷ آذر ۱۴۰۴" and where == 3


def test_headline_and_lead_are_never_joined() -> None:
    page = (
        "وزیران خارجه کشورهای عضو سازمان در شهر دوشنبه با یکدیگر دیدار کردند\n"
        "وزیران در این نشست درباره همکاری‌های منطقه‌ای و امنیت مرزها گفت‌وگو\n"
        "کردند و بیانیه‌ای صادر شد.\n"
    )
    assert [section for section, _ in rows(page)] == ["headline", "lead", "body"]


def test_a_page_without_line_breaks_keeps_headline_and_lead() -> None:
    words = "وزیران خارجه کشورهای عضو در نشست سالانه درباره همکاری مرزی و اقتصادی گفت‌وگو کردند."
    page = "نشست وزیران خارجه در دوشنبه برگزار شد به گزارش خبرگزاری نمونه " + " ".join([words] * 4)
    sections = [section for section, _ in rows(page)]
    assert sections[:2] == ["headline", "lead"] and sections.count("body") == 3


@pytest.mark.parametrize(
    "after",
    [
        "- معاون وزیر امور خارجه و سفیر کشور در دوشنبه؛",  # a list item
        "۱. گسترش همکاری‌های گمرکی میان کشورهای عضو؛",  # a numbered item
        "«ما از گسترش همکاری‌ها میان همه کشورهای عضو حمایت می‌کنیم.»",  # a quotation
        "کابل، ۷ آذر ۱۴۰۴ - وزیران خارجه کشورهای عضو گرد هم آمدند.",  # a run-in dateline
        "۷ آذر ۱۴۰۴",  # a dateline line
        OPEN,  # the same line again (a caption shown twice)
    ],
)
def test_a_new_item_under_an_open_line_stays_apart(after: str) -> None:
    body = rows(HEAD + OPEN + "\n" + after + "\n")[2:]
    assert [text for _, text in body] == [OPEN, after]


PARAGRAPH = (
    "کشورهای همسایه از نتایج نشست وزیران استقبال کردند و گفتند که همکاری‌های منطقه‌ای"
    " در سال آینده گسترش خواهد یافت و نشست بعدی در پایتخت یکی دیگر از کشورها برگزار می‌شود."
)


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("واکنش کشورهای همسایه", PARAGRAPH),
        ("واکنش کشورهای همسایه به نتایج نشست وزیران", PARAGRAPH),  # short next to the paragraph under it
        ("سخنان پایانی وزیر", "نشست پایان یافت."),  # a few words, even above a shorter line
    ],
)
def test_a_heading_inside_the_body_stays_apart(heading: str, paragraph: str) -> None:
    assert [text for _, text in rows(HEAD + heading + "\n" + paragraph + "\n")[2:]] == [heading, paragraph]


def test_no_join_across_a_blank_line() -> None:
    page = HEAD + OPEN + "\n\nنشست بعدی سال آینده برگزار خواهد شد.\n"
    assert [section for section, _ in rows(page)] == ["headline", "lead", "body", "body"]


def test_a_line_ending_in_a_sentence_mark_before_junk_stays_apart() -> None:
    ended = "وزیران خارجه کشورهای عضو از گسترش همکاری‌های منطقه‌ای حمایت کردند.abc-3"
    following = "نشست بعدی وزیران در سال آینده در پایتخت یکی از کشورهای عضو برگزار خواهد شد."
    assert [text for _, text in rows(HEAD + ended + "\n" + following + "\n")[2:]] == [ended, following]
