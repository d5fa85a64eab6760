"""A press statement of one person is no document of the meeting (document_outside.one_speaker).

Sentences written for these tests; none is taken from a page."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text",
    [
        "مشاور رئیس‌جمهور روسیه در بیانیه‌ای جزئیات سفر را اعلام کرد.",
        "مشاور رئیس‌جمهور روسیه در بیانیه‌ای جزئیات سفر را اعلام کرده است.",  # another tense
        "به گزارش ایرنا، معاون رئیس‌جمهور در بیانیه ای گفت که نشست به تعویق افتاد.",  # lost ZWNJ
        "روز دوشنبه وزیر خارجه ترکیه در اعلامیه یی گفت که نشست موفق بود.",  # Dari «یی», a time first
        "دبیرکل سازمان با انتشار بیانیه‌ای از برگزاری نشست خبر داد.",
        "نخست‌وزیر پاکستان طی اطلاعیه‌ای سفر خود به تاشکند را تأیید کرد.",
        # the subject before a relative clause and a comma
        "دبیرکل سازمان که برای شرکت در اجلاس به باکو رفته است، با انتشار بیانیه‌ای اعلام کرد که کمک‌ها افزایش می‌یابد.",
        "سران دو کشور دیدار کردند و سپس مشاور رئیس‌جمهور در بیانیه‌ای گفت که نشست موفق بود.",  # after a verb
        # a name unknown to the gazetteer, its title in apposition
        "جان اسمیت، دبیر کل سازمان که دیروز به کویت رفته است، با انتشار بیانیه ای اعلام کرد که کمک‌ها افزایش می‌یابد.",
    ],
)
def test_one_persons_press_statement_is_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سران کشورهای عضو در بیانیه‌ای بر همکاری تأکید کردند.", "بیانیه‌ای"),  # a plural title
        ("وزیران خارجه با صدور بیانیه‌ای از نتایج نشست استقبال کردند.", "بیانیه‌ای"),
        ("ایران و روسیه در بیانیه‌ای بر همکاری تأکید کردند.", "بیانیه‌ای"),  # states
        # a title inside the report's source is no subject
        ("به گزارش رئیس دفتر خبرگزاری، وزیران در بیانیه‌ای بر همکاری تأکید کردند.", "بیانیه‌ای"),
        ("به گزارش خبرگزاری، نشست سران امروز با حضور رئیس‌جمهور برگزار و در پایان بیانیه‌ای صادر شد.", "بیانیه‌ای"),
        # people named in a comma list of the meeting's clause are no subject of the statement
        (
            "نشست سران با حضور علی احمدی، حسن روحانی و ولادیمیر پوتین برگزار و در پایان این نشست بیانیه‌ای صادر شد.",
            "بیانیه‌ای",
        ),
        ("نشست سه‌جانبه با صدور بیانیه‌ای رسمی بر همکاری تأکید کرد.", "بیانیه‌ای رسمی"),  # the meeting
        # a final or joint statement is the meeting's, whoever reads it out
        ("رئیس‌جمهور قزاقستان به عنوان میزبان در بیانیه‌ای پایانی از اعضا تشکر کرد.", "بیانیه‌ای پایانی"),
        ("رئیس‌جمهور قزاقستان در بیانیه مشترک اجلاس تأکید کرد.", "بیانیه مشترک اجلاس"),
    ],
)
def test_a_statement_of_the_members_the_meeting_or_a_final_one_stays(text: str, expected: str) -> None:
    assert rows(text) == [(expected, "issued")]
