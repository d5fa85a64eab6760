"""Where a title ends (issue #11, round B), on sentences written for these tests: before another
list item («و سایر/دیگر …»), a headline separator («/», «|», « - »), a verbal compound's nominal
part («مورد تأکید قرار گرفت»), a date of the document («مورخ …», «مصوب …»), «نیز/هم» and a time complement
(«برای سال آینده»; a purpose, «برای گسترش …», stays); look-alikes keep their words."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("پیش‌نویس اعلامیه دوشنبه و سایر اسناد نشست آینده بررسی شد.", ("پیش‌نویس اعلامیه دوشنبه", "proposed")),
        ("وزیران منشور سازمان و دیگر اسناد پایه را تصویب کردند.", ("منشور سازمان", "adopted")),
        ("بیانیه نهایی اجلاس باکو / سه عضو تازه صادر شد", ("بیانیه نهایی اجلاس باکو", "issued")),
        ("اعلامیه پایانی نشست شانگهای | ایران عضو شد منتشر شد", ("اعلامیه پایانی نشست شانگهای", "issued")),
        ("منشور همکاری - گزارش خبرنگار تصویب شد", ("منشور همکاری", "adopted")),
        ("قطعنامه امنیت دریایی مورد تأیید وزرا قرار گرفت.", ("قطعنامه امنیت دریایی", "approved")),
        ("موافقت‌نامه ترانزیت مورد تصویب قرار گرفت.", ("موافقت‌نامه ترانزیت", "adopted")),
        (
            "اعضا بر اجرای کنوانسیون حقوقی دریای خزر مورخ ۱۲ اوت تأکید کردند و پروتکل بنادر را امضا کردند.",
            ("پروتکل بنادر", "signed"),
        ),
        ("اساسنامه بانک توسعه مصوب سال ۲۰۱۸ اصلاح و تصویب شد.", ("اساسنامه بانک توسعه", "adopted")),
        ("یادداشت تفاهم گمرکی نیز امضا شد.", ("یادداشت تفاهم گمرکی", "signed")),
        ("راهبرد توسعه اقتصادی هم به تصویب رسید.", ("راهبرد توسعه اقتصادی", "adopted")),
        ("برنامه کاری کمیته امنیت برای سال آینده تصویب شد.", ("برنامه کاری کمیته امنیت", "adopted")),
        ("برنامه‌ی گروه تماس برای شش ماه دوم سال ۱۴۰۵ تأیید شد.", ("برنامه‌ی گروه تماس", "approved")),
    ],
)
def test_a_title_ends_before_what_cannot_continue_its_noun_phrase(text: str, expected: tuple[str, str]) -> None:
    assert rows(text)[:1] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [  # look-alikes: an ezafe chain, an ordinal and a name go on
        ("بیانیه پایانی دومین نشست سران آسیای مرکزی صادر شد.", "بیانیه پایانی دومین نشست سران آسیای مرکزی"),
        ("سند هم‌افزایی اقتصادی امضا شد.", "سند هم‌افزایی اقتصادی"),
        ("راهبرد برای گسترش تجارت منطقه‌ای تصویب شد.", "راهبرد برای گسترش تجارت منطقه‌ای"),
        ("نقشه راه برای سالم‌سازی بازار تصویب شد.", "نقشه راه برای سالم‌سازی بازار"),
        ("راهبرد امنیت برای سال‌های ۲۰۳۰ تا ۲۰۴۰ تصویب شد.", "راهبرد امنیت برای سال‌های ۲۰۳۰ تا ۲۰۴۰"),
        ("سند همگرایی منطقه‌ای امضا شد.", "سند همگرایی منطقه‌ای"),
        ("برنامه‌ی همکاری فرهنگی تصویب شد.", "برنامه‌ی همکاری فرهنگی"),
        ("سند همکاری‌های راهبردی ایران و چین امضا شد.", "سند همکاری‌های راهبردی ایران و چین"),
        ("اعلامیه تهران-مسکو صادر شد.", "اعلامیه تهران-مسکو"),
    ],
)
def test_look_alikes_keep_their_words(text: str, expected: str) -> None:
    assert [t for t, _ in rows(text)][:1] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سازمان در بیانیه مشترکی بر امنیت مرزها تأکید کرده است.", [("بیانیه مشترکی", "issued")]),
        ("وزیران در بیانیه‌ای مشترک خواستار صلح شدند.", [("بیانیه‌ای مشترک", "issued")]),
        ("سران طی بیانیه مشترکی از پیوستن دو عضو تازه استقبال کردند.", [("بیانیه مشترکی", "issued")]),
        ("وزارت خارجه در بیانیه‌ای از این نشست استقبال کرد.", []),  # a ministry's press statement
    ],
)
def test_an_indefinite_joint_statement_issued(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("در این اجلاس ۱۲ قطعنامه در کمیته دائمی بررسی می‌شود.", [("۱۲ قطعنامه", "proposed")]),
        ("سه سند همکاری در نشست وزیران بررسی شد.", [("سه سند همکاری", "proposed")]),
        ("پنج قطع‌نامه در کمیسیون سیاسی بررسی خواهد شد.", [("پنج قطع‌نامه", "proposed")]),
        ("پیش‌نویس منشور اقتصادی ارائه شد.", [("پیش‌نویس منشور اقتصادی", "proposed")]),
        ("وزیران گزارش دبیرخانه را بررسی کردند.", []),  # no document counted or drafted
    ],
)
def test_counted_texts_reviewed_are_proposed(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("مراسم امضای اسناد همکاری میان دو کشور نیز برگزار می‌شود.", []),
        ("رهبران ایران و قزاقستان یک توافق‌نامه دوجانبه امضا کردند.", []),
        ("یادداشت تفاهم بین دو دولت در حاشیه اجلاس امضا شد.", []),
        ("موافقت‌نامه تجارت آزاد میان دو طرف امضا شد.", [("موافقت‌نامه تجارت آزاد میان دو طرف", "signed")]),
        ("در این اجلاس موافقت‌نامه گمرکی میان دو کشور امضا شد.", [("موافقت‌نامه گمرکی میان دو کشور", "signed")]),
        ("موافقتنامه ترانزیتی میان سه کشور امضا شد.", [("موافقتنامه ترانزیتی میان سه کشور", "signed")]),
        ("سند همکاری‌های چندجانبه اعضا امضا شد.", [("سند همکاری‌های چندجانبه اعضا", "signed")]),
    ],
)
def test_a_document_between_two_states_is_of_a_side_visit(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "در پیش‌نویس بیانیه پایانی نشست سران اتحادیه عرب به موضوع جزایر اشاره شده بود.",
            [("پیش‌نویس بیانیه پایانی نشست سران اتحادیه عرب", "proposed")],
        ),
        ("در پیش نویس بیانیه مشترک وزیران بر همکاری تأکید شده است.", [("پیش‌نویس بیانیه مشترک", "proposed")]),
        ("مسوده اعلامیه نهایی اجلاس به نشست وزیران رسید.", [("مسوده اعلامیه نهایی اجلاس", "proposed")]),
        ("در پیش‌نویس اعلامیه پایانی که در دست بررسی است به امنیت اشاره شده است.", []),  # still being written
        ("پیش‌نویس بیانیه پایانی نشست قبلی منتشر نشد.", []),  # an earlier meeting's
    ],
)
def test_a_draft_final_statement_named_is_proposed(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "در این نشست مفاد پیش‌نویس کنوانسیون رژیم حقوقی و آماده‌سازی دستور کار اجلاس سران بررسی می‌شود.",
            ["پیش‌نویس کنوانسیون رژیم حقوقی"],
        ),
        ("وزیران پیش نویس منشور و تهیه برنامه سفر را بررسی کردند.", ["پیش‌نویس منشور"]),
        ("سران منشور سازمان و برگزاری نشست خبری را تصویب کردند.", ["منشور سازمان"]),
        ("با امضای سند همکاری و برگزاری نشست خبری، اجلاس پایان یافت.", ["سند همکاری"]),
        ("سند همکاری و توسعه اقتصادی امضا شد.", ["سند همکاری و توسعه اقتصادی"]),
        ("برنامه آماده‌سازی زیرساخت‌ها تصویب شد.", ["برنامه آماده‌سازی زیرساخت‌ها"]),
    ],
)
def test_va_before_another_event_of_the_meeting_ends_a_title(text: str, expected: list[str]) -> None:
    """«و» before another event noun («برگزاری», «آماده‌سازی», «تهیه» …) joins another item of the
    meeting's work, not a part of the title, before a verb as after an action noun; a noun that is no
    event («توسعه») and an event noun inside the chain (no «و» before it) stay."""
    assert [t for t, _ in rows(text)] == expected
