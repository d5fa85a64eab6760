"""What a title runs into and what is no document of this meeting, on sentences written for these
tests (issue #11, session 8): a concessive «در حالی … که» clause ends a title; a treaty after «عضو»
names the body of its parties, not a document acted on; an anniversary of a final statement's signing
is no final statement of this meeting; a bare indefinite mention in the body takes the title the
headline names it by."""

from __future__ import annotations

import pandas as pd
import pytest
from document_fixtures import rows

from helpers import contracts
from helpers.extract.documents import extract_documents
from helpers.text.tokenize import normalize


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قطعنامه حقوق بشر در حالی با ۲۸ رأی تصویب شد که چین و روسیه مخالف بودند.", [("قطعنامه حقوق بشر", "adopted")]),
        ("منشور همکاری اقتصادی در حالی به امضا رسید که دو عضو غایب بودند.", [("منشور همکاری اقتصادی", "signed")]),
        ("اعلامیه تهران درحالی توسط وزیران تأیید شد که هند رأی ممتنع داد.", [("اعلامیه تهران", "approved")]),
        ("سند راهبردی سازمان در حالی‌که اختلاف‌ها باقی ماند به تصویب رسید.", [("سند راهبردی سازمان", "adopted")]),
        ("پروتکل گمرکی درحالیکه سه کشور غایب بودند امضا شد.", [("پروتکل گمرکی", "signed")]),
        # look-alike: «در حال توسعه» (developing) is part of a name, no clause
        ("برنامه اقدام کشورهای در حال توسعه تصویب شد.", [("برنامه اقدام کشورهای در حال توسعه", "adopted")]),
    ],
)
def test_a_title_ends_at_a_concessive_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


def test_this_document_in_a_concessive_sentence_refers_back() -> None:
    assert rows(
        "قطعنامه جدید شورا درباره میانمار تصویب شد.",
        "این قطعنامه در حالی با حمایت کشورهای اروپایی تصویب شد که چند کشور مخالفت کردند.",
    ) == [("قطعنامه جدید شورا", "adopted")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("کنفرانس کشورهای عضو کنوانسیون سلاح‌های شیمیایی عضویت سه کشور را در شورای اجرایی تصویب کرد.", []),
        ("نشست کشورهای عضو پیمان منع گسترش قطعنامه‌ای درباره خاورمیانه تصویب کرد.", [("قطعنامه‌ای", "adopted")]),
        ("اعضای معاهده امنیت جمعی بیانیه مشترکی صادر کردند.", [("بیانیه مشترکی", "issued")]),
        ("طرف‌های کنوانسیون تهران پروتکل جدیدی را امضا کردند.", [("پروتکل جدیدی", "signed")]),
        ("دولتهای عضو معاهده منع آزمایش اصلاحیه را تأیید کردند.", []),
        # look-alikes: membership («عضویت») is a document's subject; a document the members sign is theirs
        ("سند عضویت ناظر ایران امضا شد.", [("سند عضویت ناظر ایران", "signed")]),
        ("کنوانسیون جدید توسط کشورهای عضو امضا شد.", [("کنوانسیون جدید", "signed")]),
        ("رهبران کشورهای عضو راهبرد توسعه سازمان را تصویب کردند.", [("راهبرد توسعه سازمان", "adopted")]),
        ("کشورهای عضو کنوانسیونی تازه را امضا کردند.", [("کنوانسیونی تازه", "signed")]),
    ],
)
def test_a_document_after_member_or_party_names_a_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ریاست فنلاند با پنجاهمین سالگرد امضای سند نهایی هلسینکی همزمان خواهد بود.",
        "مراسم سالروز تصویب بیانیه مشترک سران در پایتخت برگزار شد.",
        "دهمین سالگرد امضای اعلامیه پایانی تاشکند گرامی داشته شد.",
    ],
)
def test_an_anniversary_of_a_final_statement_is_no_row(text: str) -> None:
    assert rows(text) == []


def headline_and_body(headline: str, *body: str) -> list[tuple[str, str]]:
    frame = [(0, 0, "headline", normalize(headline))] + [(1, i, "body", normalize(t)) for i, t in enumerate(body)]
    df = extract_documents(pd.DataFrame(frame, columns=contracts.SENTENCES))
    return list(zip(df["title_fa"], df["action"], strict=True))


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        (
            "پروتکل حفاظت محیط‌زیست خزر امضا شد",
            (
                "کشورهای ساحلی پروتکلی را در مورد جلوگیری از نشت نفت امضا کردند.",
                "نمایندگان پروتکلی را در مورد همکاری در زمینه مقابله با آلودگی امضا کردند.",
            ),
            [("پروتکل حفاظت محیط‌زیست خزر", "signed")],
        ),
        (
            "تفاهم‌نامه همکاری گمرکی به امضا رسید",
            ("وزیران تفاهمنامه‌ای در زمینه گمرک امضا کردند.", "تفاهم‌نامه‌ای درباره ترانزیت کالا نیز امضا شد."),
            [("تفاهم‌نامه همکاری گمرکی", "signed")],
        ),
        (
            "قطعنامه حمایت از فلسطین تصویب شد",
            ("اعضا قطعنامه‌ای درباره غزه تصویب کردند.", "قطعنامه‌ای در خصوص کرانه باختری به تصویب رسید."),
            [("قطعنامه حمایت از فلسطین", "adopted")],
        ),
        (  # look-alike: the body names it more fully, and keeps its own title
            "بیانیه پایانی صادر شد",
            ("بیانیه پایانی اجلاس سران صادر شد.",),
            [("بیانیه پایانی اجلاس سران", "issued")],
        ),
        (  # look-alike: another action is another row
            "منشور امنیت منطقه‌ای امضا شد",
            ("سران منشوری را نیز تصویب کردند.",),
            [("منشور امنیت منطقه‌ای", "signed"), ("منشوری", "adopted")],
        ),
    ],
)
def test_a_bare_indefinite_body_mention_takes_the_headlines_title(
    headline: str, body: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert headline_and_body(headline, *body) == expected


def test_a_verbless_headline_leaves_the_body_its_own_title() -> None:
    assert headline_and_body(
        "امضای تفاهم‌نامه برای عضویت ازبکستان",
        "سران تفاهم‌نامه‌ای بر سر ورود ازبکستان امضا خواهند کرد.",
        "آنها تفاهم‌نامه‌ای درباره تعهدات ازبکستان امضا می‌کنند.",
    ) == [("تفاهم‌نامه‌ای", "proposed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("دفتر هماهنگی سازمان ملل با انتشار بیانیه‌ای اعلام کرد این نشست نخستین دیدار رسمی شورا در امسال است.", []),
        ("کمیساریای عالی پناهندگان طی بیانیه‌ای اعلام کرد که این اجلاس فرصتی برای گفتگو است.", []),
        ("یونیسف با صدور بیانیه‌ای اعلام کرده است که این همایش به مسائل کودکان می‌پردازد.", []),
        ("صندوق جهانی غذا در اعلامیه‌ای گفت همین نشست باید راه‌حل بیابد.", []),
        # look-alikes: a statement the meeting issues, and one that names the next meeting
        ("سران با صدور بیانیه‌ای بر همکاری اقتصادی تاکید کردند.", [("بیانیه‌ای", "issued")]),
        ("وزیران با صدور بیانیه‌ای اعلام کردند نشست بعدی در مسکو برگزار می‌شود.", [("بیانیه‌ای", "issued")]),
    ],
)
def test_a_press_statement_that_speaks_of_the_meeting_is_no_row(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected
