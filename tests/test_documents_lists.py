"""Documents finalized, listed, or of another body (issue #11), on sentences written for these tests:
finalizing a document is putting it forward; the documents an uncounted plural lists are the rows;
a document whose chain names a body outside the meeting is that body's."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیران بر نهایی کردن منشور انرژی تأکید کردند.", [("منشور انرژی", "proposed")]),
        ("پیشرفت در نهایی‌سازی کنوانسیون حقوقی دریا از محورهای نشست بود.", [("کنوانسیون حقوقی دریا", "proposed")]),
        ("کارشناسان برای نهایی ساختن پروتکل ترانزیت گرد آمدند.", [("پروتکل ترانزیت", "proposed")]),
        ("نهاییسازی نقشه راه همکاری به نشست آینده موکول شد.", [("نقشه راه همکاری", "proposed")]),
        ("سران اعلامیه مشترک را نهایی کردند.", [("اعلامیه مشترک", "proposed")]),
        ("در بیانیه نهایی بر همکاری تأکید شد.", [("بیانیه نهایی", "issued")]),
    ],
)
def test_a_document_being_finalized_is_proposed(text: str, expected: list) -> None:
    """«نهایی کردن/نمودن/ساختن/سازی X» (with its ZWNJ lost too) as an action noun, like «X را نهایی
    کردند»; the adjective «نهایی» of a final statement is no action."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "در این نشست اسناد مهمی از جمله موافقتنامه ترانزیت و تفاهم‌نامه گمرکی امضا شد.",
            [("موافقتنامه ترانزیت", "signed"), ("تفاهم‌نامه گمرکی", "signed")],
        ),
        (
            "وزیران بر نهایی کردن اسناد مورد مذاکره از جمله موافقتنامه ترسیم مرز، تأکید کردند.",
            [("موافقتنامه ترسیم مرز", "proposed")],
        ),
        (
            "با امضای سه سند شامل موافقتنامه ترانزیت و پروتکل گمرکی، نشست پایان یافت.",
            [("سه سند", "signed"), ("موافقتنامه ترانزیت", "signed"), ("پروتکل گمرکی", "signed")],
        ),
        ("با امضای اسناد همکاری، نشست پایان یافت.", [("اسناد همکاری", "signed")]),
        ("با امضای اسنادی از جمله در زمینه انرژی نشست پایان یافت.", [("اسنادی", "signed")]),
    ],
)
def test_an_uncounted_plural_gives_way_to_the_documents_it_lists(text: str, expected: list) -> None:
    """«اسناد … از جمله/شامل الف و ب»: the items are the documents; a count stays a row beside them,
    a plural with no list stays, and so does one whose list names fields, not documents (the indefinite
    «اسنادی» acted on is a row, the lead's decision of session 23)."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سه کشور از دبیرکل خواستند این متن به عنوان سند شورای امنیت منتشر شود.", []),
        ("قطعنامه شورای امنیت سازمان ملل درباره سوریه تصویب شد.", []),
        ("به گفته وزیر، قطعنامه تازه پارلمان اروپا صادر شده است.", []),
        ("اعلامیه شورای امنیت جمعی سازمان به امضا رسید.", [("اعلامیه شورای امنیت جمعی سازمان", "signed")]),
        ("تفاهم‌نامه همکاری میان سازمان و ناتو امضا شد.", [("تفاهم‌نامه همکاری میان سازمان و ناتو", "signed")]),
        ("قطعنامه جدید مجمع عمومی تصویب شد.", [("قطعنامه جدید مجمع عمومی", "adopted")]),
    ],
)
def test_a_document_named_for_a_body_outside_the_meeting_is_that_bodys(text: str, expected: list) -> None:
    """The Security Council, a parliament, the EU or NATO in a document's chain: not this meeting's row;
    the CSTO's Collective Security Council, a document between the meeting and such a body, and the
    General Assembly (which may be the meeting) are."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "texts, expected",
    [
        (("در بخش دیگری از این بیانیه، شورا خواستار گفتگو شد.",), [("بیانیه", "issued")]),
        (
            ("سران در نشست خود بر همکاری تأکید کردند.", "در این اعلامیه آمده است که تجارت گسترش می‌یابد."),
            [("اعلامیه", "issued")],
        ),
        (("از این بیانیه چنین برمی‌آید که اعضا بر سر مرزها توافق ندارند.",), [("بیانیه", "issued")]),
        (("وزیران بیانیه مشترکی صادر کردند.", "در این بیانیه بر امنیت تأکید شد."), [("بیانیه مشترکی", "issued")]),
        (("وزارت خارجه با صدور بیانیه‌ای از نشست استقبال کرد.", "در این بیانیه آمده است که نشست موفق بود."), []),
        (("سخنگوی وزارت خارجه در این بیانیه از نشست استقبال کرد.",), []),
        (("در این بیانیه‌ها بر همکاری تأکید شده است.",), []),
    ],
)
def test_a_statement_cited_with_no_statement_named_before_is_issued(texts: tuple, expected: list) -> None:
    """«در (بخش دیگری از) این بیانیه/اعلامیه …» with no statement named in a sentence before: the
    meeting's statement, issued; after one named (even a ministry's, not a row) it is that one, and
    a ministry or spokesman as the clause's subject, or a plural, gives none."""
    assert rows(*texts) == expected
