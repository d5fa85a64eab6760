"""What the light verb of agreeing («توافق کردن/شدن», after «بر سر/روی/درباره») or of Dari approving («منظور
کردن/شدن») acts on is approved, in either voice and tense; a part of a document is what is agreed, not the
document, nor is its drafting (helpers.extract.document_titles._complement). Sentences written for these tests."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("رهبران در نشست روز جمعه بر سر طرحی برای تقسیم پناهجویان توافق کردند.", "طرحی برای تقسیم پناهجویان"),
        ("وزیران روی بیانیه مشترک توافق کرده‌اند.", "بیانیه مشترک"),
        ("اعضا درباره برنامه عمل منطقه‌ای توافق نمودند.", "برنامه عمل منطقه‌ای"),
        ("بر سر نقشه راه همکاری توافق شد.", "نقشه راه همکاری"),
        ("وزرای خارجه پلان امنیتی جدید را منظور کردند.", "پلان امنیتی جدید"),  # Dari, active
        ("پلان انکشافی ولایات منظور شده است.", "پلان انکشافی ولایات"),
        ("فیصله‌نامه پایانی منظور گردید.", "فیصله‌نامه پایانی"),
        ("آنها با تمام بندهای پیش‌نویس بیانیه موافقت کردند.", "پیش‌نویس بیانیه"),  # every part: the document
    ],
)
def test_what_is_agreed_on_or_approved_is_approved(text: str, expected: str) -> None:
    assert rows(text) == [(expected, "approved")]


@pytest.mark.parametrize(
    "text",
    [
        "سران بر ماده دو توافق‌نامه دفاع مشترک توافق کردند.",
        "وزیران بر سر بند ۵ قطعنامه توافق کردند.",
        "دو طرف بر سر ادامه همکاری‌ها توافق کردند.",
        "وزیران توافق کردند که نشست بعدی در تهران برگزار شود.",
        "سران بر تهیه نقشه راه همکاری توافق کردند.",  # the drafting is agreed, not the document
        "وزیران بر سر تدوین پیش‌نویس اساسنامه توافق کردند.",
    ],
)
def test_a_part_of_a_document_or_no_document_agreed_on_is_no_row(text: str) -> None:
    assert rows(text) == []
