"""Where a title's ezafe chain breaks (issue #11, session 9; helpers.extract.document_bounds): a title is
the document noun with the nouns, adjectives, ordinals and names of its ezafe chain, and it ends at a word
no chain holds - «با» that no noun of the chain governs, a compound preposition of alignment or basis («در
راستای», «در چارچوب», «بر اساس»), a time («برای نخستین بار»), a superlative, a negated verb. Sentences
written for these tests (other documents, bodies, places, verbs and orders, Dari spelling, lost ZWNJ),
with look-alikes whose preposition belongs to a noun of the chain."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بیانیه تاشکند با محوریت امنیت منطقه صادر شد.", "بیانیه تاشکند"),
        ("اعلامیه باکو با مهمترین نکات نشست منتشر شد.", "اعلامیه باکو"),
        ("قطعنامه شورا با پشتیبانی کشورهای غربی به تصویب رسید.", "قطعنامه شورا"),
        ("فیصله‌نامه نشست کابل با حمایت همه اعضا منظور شد.", "فیصله‌نامه نشست کابل"),
        ("منشور جدید سازمان را با شور و شوق امضا کردند.", "منشور جدید سازمان"),
        ("سند همکاری گمرکی در چارچوب توافق تجارت ترجیحی امضا شد.", "سند همکاری گمرکی"),
        ("برنامه اقدام مشترک در پی تصمیم سران تصویب شد.", "برنامه اقدام مشترک"),
        ("پروتکل امنیت مرزی بر اساس خواست سران امضا شد.", "پروتکل امنیت مرزی"),
        ("قرارداد ترانزیت کالا در قالب کریدور شمال-جنوب به امضا رسید.", "قرارداد ترانزیت کالا"),
        ("نقشه راه انرژی در راستای اراده رهبران تأیید شد.", "نقشه راه انرژی"),
        ("پلان کاری مشترک طبق فیصله قبلی منظور شد.", "پلان کاری مشترک"),
        ("سران منشور سازمان را برای نخستین بار امضا کردند.", "منشور سازمان"),
        ("اساسنامه بانک توسعه برای دومین بار اصلاح و تصویب شد.", "اساسنامه بانک توسعه"),
        ("سند همگرایی برای بار دوم تأیید شد.", "سند همگرایی"),
    ],
)
def test_a_title_ends_where_its_ezafe_chain_breaks(text: str, expected: str) -> None:
    assert [t for t, _ in rows(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [  # a number after a hyphen names the group; a negated verb ends the chain naming the meeting
        ("بیانیه پایانی نشست سران گروه - ۷ منتشر شد.", "بیانیه پایانی نشست سران گروه - ۷"),
        ("اعلامیه پایانی اجلاس وزیران دارایی گروه - ۲۰ صادر شد.", "اعلامیه پایانی اجلاس وزیران دارایی گروه - ۲۰"),
        (
            "اروپا از بیانیه نهایی نشست وزیران گروه - ۲۰ حمایت نخواهد کرد.",
            "بیانیه نهایی نشست وزیران گروه - ۲۰",
        ),
        ("منشور همکاری - گزارش خبرنگار تصویب شد.", "منشور همکاری"),  # a headline separator still ends it
    ],
)
def test_a_hyphen_before_a_number_names_a_group(text: str, expected: str) -> None:
    assert [t for t, _ in rows(text)][:1] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [  # look-alikes: the preposition belongs to a noun inside the chain, or to a purpose
        ("موافقت‌نامه مبارزه با قاچاق مواد مخدر امضا شد.", "موافقت‌نامه مبارزه با قاچاق مواد مخدر"),
        ("سند همکاری با ازبکستان امضا شد.", "سند همکاری با ازبکستان"),
        ("طرح مقابله با تروریسم تصویب شد.", "طرح مقابله با تروریسم"),
        ("طرح توافق با کشور الف برای مهار سیل نهایی شد.", "طرح توافق با کشور الف برای مهار سیل"),  # the party
        (
            "برنامه‌ای برای تجهیز ارتش‌ها با جنگ‌افزارهای نو تصویب شد.",
            "برنامه‌ای برای تجهیز ارتش‌ها با جنگ‌افزارهای نو",
        ),
        ("راهبرد امنیت برای سال‌های ۲۰۳۰ تا ۲۰۴۰ تصویب شد.", "راهبرد امنیت برای سال‌های ۲۰۳۰ تا ۲۰۴۰"),
        ("بیانیه‌ای با عنوان اعلامیه دوستی صادر شد.", "اعلامیه دوستی"),
    ],
)
def test_a_preposition_a_noun_of_the_chain_governs_stays(text: str, expected: str) -> None:
    assert [t for t, _ in rows(text)] == [expected]


def test_an_agreement_with_a_party_names_no_text() -> None:
    """A bare «توافق» stays unnamed when its party follows (cues.GENERIC), though «طرح توافق با X» keeps it."""
    assert rows("رئیس‌جمهور پس از امضای توافق با کشور الف و کشور ب گفت که دیگران هم می‌توانند بپیوندند.") == []


@pytest.mark.parametrize(
    "text, expected",
    [  # a body pointed at is in the chain and closes it; a meeting pointed at, or a body after a preposition, is not
        ("پیش‌نویس قطعنامه این سازمان در مورد وضعیت سوریه به تصویب رسید.", ["پیش‌نویس قطعنامه این سازمان"]),
        ("اعلامیه پایانی نشست این سازمان منتشر شد.", ["اعلامیه پایانی نشست این سازمان"]),
        (
            "وزیران بیانیه سالانه نشست وزرای خارجه کشورهای عضو این گروه را تصویب کردند.",
            ["بیانیه سالانه نشست وزرای خارجه کشورهای عضو این گروه"],
        ),
        ("منشور این اتحادیه در نشست سران اصلاح و تصویب شد.", ["منشور این اتحادیه"]),
        ("در بیانیه پایانی این نشست بر همکاری تأکید شد.", ["بیانیه پایانی"]),
        ("سند الحاق ازبکستان به این سازمان امضا شد.", ["سند الحاق ازبکستان"]),
    ],
)
def test_a_body_pointed_at_closes_the_chain(text: str, expected: list[str]) -> None:
    assert [t for t, _ in rows(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [  # «این/آن X» is definite: a word with the indefinite ending after it opens the predicate
        ("وی گفت این قطعنامه خلاصه‌ای از موضع کشورهای عضو است، اصل حاکمیت را تأیید می‌کند.", []),
        ("به گفته او این منشور گامی بزرگ به سوی همگرایی است، و فردا امضا می‌شود.", []),
        ("آن بیانیه چکیده‌ای از دیدگاه سران بود، و منتشر شد.", []),
        ("طرح صلحی برای منطقه تصویب شد.", ["طرح صلحی برای منطقه"]),  # no demonstrative: the chain goes on
    ],
)
def test_after_a_demonstrative_an_indefinite_word_opens_the_predicate(text: str, expected: list[str]) -> None:
    assert [t for t, _ in rows(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [  # «را» closes a definite title's noun phrase; an indefinite document takes its purpose after it
        ("وزیران سند همکاری را برای اجرا به دولت‌ها سپردند و آن را تصویب کردند.", ["سند همکاری"]),
        ("اعضا اساسنامه صندوق را برای بار نخست اصلاح و تصویب کردند.", ["اساسنامه صندوق"]),
        ("رهبران منشور امنیتی را برای پایان دادن به اختلافات امضا کردند.", ["منشور امنیتی"]),
        ("سران طرحی را برای توسعه تجارت تصویب کردند.", ["طرحی"]),  # an indefinite one's too
    ],
)
def test_the_object_mark_closes_a_definite_title(text: str, expected: list[str]) -> None:
    assert [t for t, _ in rows(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [  # a participle after an indefinite document is its verb when a perfect's ending or «که» follows
        ("سران در بیانیه‌ای نوشته‌اند که همکاری لازم است.", ["بیانیه‌ای"]),
        ("نشست در اعلامیه ای گفته که صلح اولویت است.", ["اعلامیه‌ای"]),
        ("اجلاس در قطعنامه‌ای خواسته است که آتش‌بس برقرار شود.", ["قطعنامه‌ای"]),
        ("سران بیانیه‌ای گسترده صادر کردند.", ["بیانیه‌ای گسترده"]),  # an adjective stays
        ("وزیران طرحی آماده‌شده را تصویب کردند.", ["طرحی آماده‌شده"]),
    ],
)
def test_a_perfect_after_an_indefinite_document_is_its_verb(text: str, expected: list[str]) -> None:
    assert [t for t, _ in rows(text)] == expected
