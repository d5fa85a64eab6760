"""Where a document's title ends and what names no document (issue #11), on sentences written for
these tests: a modal, an adverb, a participle, «مصوبه» or the place of a meeting after a title; an
indefinite document noun, which closes its noun phrase; a document that only holds a text; titles
that differ by a compound written with a space."""

from __future__ import annotations

import pytest
from document_fixtures import rows

from helpers.extract import document_cues as cues
from helpers.extract.document_sameness import same_title, title_words
from helpers.text import gazetteer as gz


@pytest.mark.parametrize(
    "text, expected",
    [
        ("گفته می‌شود سند نهایی باید با اجماع همه اعضا تصویب شود.", ("سند نهایی", "proposed")),
        ("به گفته دیپلمات‌ها اعلامیه مشترک نباید بدون توافق همه امضا شود.", ("اعلامیه مشترک", "proposed")),
        ("متن کامل منشور همکاری متعاقباً منتشر خواهد شد.", ("منشور همکاری", "proposed")),
        ("راهبرد امنیتی سازمان رسماً به تصویب سران رسید.", ("راهبرد امنیتی سازمان", "adopted")),
        ("اساسنامه بانک مشترک مجدداً تأیید شد.", ("اساسنامه بانک مشترک", "approved")),
        ("قطعنامه یمن مصوبه نشست وزیران خارجه به تأیید سران رسید.", ("قطعنامه یمن", "approved")),
        ("منشور سازمان بار دیگر به تصویب اعضا رسید.", ("منشور سازمان", "adopted")),
        ("بیانیه مشترک دو کشور دوباره منتشر شد.", ("بیانیه مشترک دو کشور", "issued")),
        ("تفاهمنامه همکاری گمرکی یکبار دیگر امضا شد.", ("تفاهم‌نامه همکاری گمرکی", "signed")),
        ("وزیران اعلامیه پایانی کابل را همچنین تأیید کردند.", ("اعلامیه پایانی کابل", "approved")),
        ("تفاهم‌نامه ترانزیت بار امضا شد.", ("تفاهم‌نامه ترانزیت بار", "signed")),
        ("برنامه اقدام منطقه‌ای با هدف مبارزه با قاچاق تصویب شد.", ("برنامه اقدام منطقه‌ای", "adopted")),
    ],
)
def test_a_title_ends_before_a_modal_an_adverb_or_its_adopter(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قرار است سند ۵۰ بندی اجلاس سران در باکو تصویب شود.", ("سند ۵۰ بندی اجلاس سران", "proposed")),
        ("بیانیه پایانی نشست وزیران در آستانه صبح امروز منتشر شد.", ("بیانیه پایانی نشست وزیران", "issued")),
        ("اعلامیه نهایی همایش در دوحه به امضای همه هیئت‌ها رسید.", ("اعلامیه نهایی همایش", "signed")),
    ],
)
def test_a_title_ends_before_where_its_meeting_is_held(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سند همکاری در زمینه انرژی امضا شد.", ("سند همکاری", "signed")),
        ("دو کشور یادداشت تفاهمی را درزمینه تشکیل کمیسیون مشترک امضا کردند.", ("یادداشت تفاهمی", "signed")),
        ("وزیران توافق‌نامه‌ای درباره‌ی وضعیت حقوقی دریا امضا کردند.", ("توافق‌نامه‌ای", "signed")),
        ("وزیران توافقنامه ای دربارهی مرزهای آبی امضا کردند.", ("توافقنامه‌ای", "signed")),
        ("قرار است بیانیه‌ای در حمایت از مردم یمن صادر شود.", ("بیانیه‌ای", "proposed")),
        ("سران قطعنامه‌ای پیرامون بحران غزه تصویب کردند.", ("قطعنامه‌ای", "adopted")),
        ("پروتکل الحاقی در خصوص ترانزیت کالا به تأیید وزیران رسید.", ("پروتکل الحاقی", "approved")),
        ("اعلامیه‌ای مبنی بر پایبندی به آتش‌بس منتشر شد.", ("اعلامیه‌ای", "issued")),
        ("طرفین بر سر منشور جدید مذاکره کردند و تفاهم‌نامه‌ای بر سر تقسیم آب امضا کردند.", ("تفاهم‌نامه‌ای", "signed")),
        ("با امضای موافقت‌نامه موقت در مورد منطقه آزاد تجاری، نشست پایان یافت.", ("موافقت‌نامه موقت", "signed")),
        ("مسوده فیصله‌نامه راجع به مهاجرین به تصویب رسید.", ("مسوده فیصله‌نامه", "adopted")),
    ],
)
def test_a_title_ends_before_what_the_document_is_about(text: str, expected: tuple[str, str]) -> None:
    """The dev-set README's title rule: a preposition starting what the document is about («در زمینه»,
    «درباره»/«درباره‌ی» with its ZWNJ lost, «در خصوص», «پیرامون», «بر سر», «در حمایت از», «مبنی بر»,
    Dari «راجع به») ends the title, after any verb and in either word order."""
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سران برنامه‌ای برای کمک به افغانستان تصویب کردند.", ("برنامه‌ای برای کمک به افغانستان", "adopted")),
        ("توافق‌نامه تجارت آزاد بین ایران و اتحادیه امضا شد.", ("توافق‌نامه تجارت آزاد بین ایران و اتحادیه", "signed")),
        ("طرح مبارزه با قاچاق مواد مخدر تصویب شد.", ("طرح مبارزه با قاچاق مواد مخدر", "adopted")),
        ("موافقت‌نامه حفاظت از محیط زیست دریا امضا شد.", ("موافقت‌نامه حفاظت از محیط‌زیست دریا", "signed")),
    ],
)
def test_a_purpose_the_parties_or_a_noun_complement_stays_in_the_title(text: str, expected: tuple[str, str]) -> None:
    """Look-alikes of an «about» preposition: a purpose («برای …»), the parties («بین …»), and a
    complement of a noun inside the name («مبارزه با …», «حفاظت از …»)."""
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("اجلاس وزیران امروز با صدور بیانیه‌ای به کار خود پایان داد.", ("بیانیه‌ای", "issued")),
        ("نشست سران دیشب با صدور بیانیهای بهکار خود خاتمه داد.", ("بیانیه‌ای", "issued")),
        ("وزیران با امضای تفاهم‌نامه‌ای دیدار خود را به پایان بردند.", ("تفاهم‌نامه‌ای", "signed")),
        ("سران با صدور اعلامیه‌ای خواستار آتش‌بس فوری شدند.", ("اعلامیه‌ای", "issued")),
        ("اجلاس وزیران امروز با صدور اعلامیه‌یی به کار خود پایان داد.", ("اعلامیه‌یی", "issued")),
        ("مجمع عمومی قطعنامه‌یی را در حمایت از مهاجرین تصویب کرد.", ("قطعنامه‌یی", "adopted")),
        ("وزیران دو کشور تفاهمنامهیی را امضا کردند.", ("تفاهم‌نامهیی", "signed")),
    ],
)
def test_an_indefinite_document_closes_its_title(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیران بیانیه‌ای مشترک صادر کردند.", ("بیانیه‌ای مشترک", "issued")),
        ("سران بیانیه‌ای سه‌جانبه را امضا کردند.", ("بیانیه‌ای سه‌جانبه", "signed")),
        ("وزیران با صدور بیانیه‌ای درباره امنیت منطقه به کار پایان دادند.", ("بیانیه‌ای", "issued")),
        ("سران برنامه‌ای گسترده برای توسعه راه‌ها تصویب کردند.", ("برنامه‌ای گسترده برای توسعه راه‌ها", "adopted")),
        ("نمایندگان قطعنامه‌ای را در محکومیت حمله تصویب کردند.", ("قطعنامه‌ای", "adopted")),
    ],
)
def test_an_indefinite_document_keeps_its_adjective_or_complement(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("گزارش دبیرکل که در سند شماره ۳ آمده است توسط وزیران تصویب شد.", []),
        ("پیشنهاد ایران که در سند دوم ذکر شده به تأیید سران رسید.", []),
        ("برنامه کار که در سند پنجم آمده است هم تصویب شد.", [("برنامه کار", "adopted")]),
    ],
)
def test_a_document_that_holds_a_text_is_not_what_is_acted_on(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "a, b",
    [
        ("پیش نویس بیانیه", "پیش‌نویس بیانیه‌ای"),
        ("توافق نامه همکاری", "توافقنامه همکاری"),
        ("تفاهم نامه امنیتی", "تفاهم‌نامه امنیتی"),
    ],
)
def test_a_compound_written_with_a_space_is_one_word(a: str, b: str) -> None:
    assert title_words(a) == title_words(b)
    assert same_title(a, b)


def test_a_title_opening_with_the_second_half_keeps_it() -> None:
    assert title_words("نامه رسمی وزیران") == ["نامه", "رسم", "وزیران"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("در این نشست چهار سند انعقاد یافت.", [("چهار سند", "signed")]),
        ("موافقت‌نامه ترانزیت میان سه کشور انعقاد شد.", [("موافقت‌نامه ترانزیت میان سه کشور", "signed")]),
    ],
)
def test_a_signing_told_with_the_noun_of_concluding(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "در این دیدار سه توافقنامه انعقاد شد که از آن جمله می‌توان به توافقنامه حمل ریلی، توافقنامه "
            "همکاری گمرکی و توافقنامه گردشگری اشاره کرد.",
            ["سه توافقنامه", "توافقنامه حمل ریلی", "توافقنامه همکاری گمرکی", "توافقنامه گردشگری"],
        ),
        (
            "در نشست دیروز پنج سند امضا شد که از جمله آنها یادداشت تفاهم انرژی و برنامه همکاری فرهنگی است.",
            ["پنج سند", "یادداشت تفاهم انرژی", "برنامه همکاری فرهنگی"],
        ),
        (
            "وزیران دو تفاهم‌نامه را امضا کردند که از این جمله تفاهم‌نامه آموزش عالی بود.",
            ["دو تفاهم‌نامه", "تفاهم‌نامه آموزش عالی"],
        ),
    ],
)
def test_documents_named_among_those_the_same_sentence_reports(text: str, expected: list) -> None:
    assert rows(text) == [(title, "signed") for title in expected]


def test_among_them_with_nothing_reported_before_gives_no_row() -> None:
    assert rows("سخنرانان موضوعاتی را مطرح کردند که از آن جمله می‌توان به برنامه هسته‌ای اشاره کرد.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بعد از به تصویب رسیدن کلیات سند نهایی، رئیس نشست سخن گفت.", ("سند نهایی", "adopted")),
        ("پس از امضا شدن موافقتنامه ترانزیت، وزیران به خبرنگاران پاسخ دادند.", ("موافقتنامه ترانزیت", "signed")),
        ("با به امضا رساندن منشور سازمان، کار اجلاس پایان یافت.", ("منشور سازمان", "signed")),
        ("پس از تصویب کلیات برنامه اقدام، جلسه تعطیل شد.", ("برنامه اقدام", "adopted")),
    ],
)
def test_infinitives_and_the_part_acted_on(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "texts, expected",
    [
        (
            ("تصویب قطعنامه یمن توسط سران", "قطعنامه عراق نیز به تصویب رسید."),
            [("قطعنامه یمن", "adopted"), ("قطعنامه عراق", "adopted")],
        ),
        (
            ("امضای سند امنیت غذایی در نشست سران", "سند انرژی پاک هم امضا شد."),
            [("سند امنیت غذایی", "signed"), ("سند انرژی پاک", "signed")],
        ),
    ],
)
def test_a_verbless_headline_stays_beside_another_document_of_its_kind(texts: tuple, expected: list) -> None:
    assert rows(*texts) == expected


@pytest.mark.parametrize(
    "texts, expected",
    [
        (("بیانیه پایانی نشست وزیران در باکو", "وزیران در پایان بیانیه مشترکی صادر کردند."), "بیانیه مشترکی"),
        (("امضای تفاهم‌نامه همکاری انرژی", "تفاهم‌نامه‌ای در زمینه انرژی به امضا رسید."), "تفاهم‌نامه همکاری انرژی"),
        (
            (
                "امضای موافقت‌نامه ایجاد منطقه آزاد تجاری",
                "دو طرف موافقت‌نامه موقت در خصوص ایجاد منطقه آزاد را امضا کردند.",
            ),
            "موافقت‌نامه موقت",
        ),
        (("امضای قرارداد گمرکی", "قرارداد تازه‌ای درباره همکاری گمرکی امضا شد."), "قرارداد تازه‌ای"),
    ],
)
def test_a_verbless_headline_the_body_reports_is_one_row(texts: tuple, expected: str) -> None:
    """The body's document reports the headline's when its title or what it is about (no part of the
    title: «… در خصوص ایجاد منطقه آزاد») shares a word with the headline's."""
    assert [title for title, _ in rows(*texts)] == [expected]


def test_a_headline_document_about_something_else_stays_its_own_row() -> None:
    got = rows("امضای موافقت‌نامه ترانزیت ریلی", "دو طرف موافقت‌نامه موقت در خصوص گمرک را امضا کردند.")
    assert [t for t, _ in got] == ["موافقت‌نامه ترانزیت ریلی", "موافقت‌نامه موقت"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "وزیران با بحث و رایزنی در مورد کنوانسیون حقوقی دریای سیاه، نشست را آغاز کردند.",
            "کنوانسیون حقوقی دریای سیاه",
        ),
        ("در این جلسه بحث و گفتگو روی مسوده‌های تدابیر امنیتی و اتخاذ تدابیر لازم صورت گرفت.", "مسوده‌های تدابیر امنیتی"),
        ("مذاکره درباره پیش‌نویس منشور انرژی تا دیروقت ادامه یافت.", "پیش‌نویس منشور انرژی"),
        ("تبادل نظر پیرامون توافق‌نامه تجارت آزاد ادامه دارد.", "توافق‌نامه تجارت آزاد"),
    ],
)
def test_a_document_under_talks_is_proposed(text: str, expected: str) -> None:
    assert rows(text) == [(expected, "proposed")]


@pytest.mark.parametrize(
    "text",
    [
        "وزیران درباره ایجاد صندوق مشترک گفتگو کردند.",
        "گفتگو درباره ایجاد صندوق مشترک ادامه یافت.",
        "بحث در مورد امنیت مرزها ادامه دارد.",
        "در این نشست پیگیری تصامیم نشست‌های قبلی بررسی شد.",
    ],
)
def test_talks_on_a_creation_or_a_topic_and_unnamed_decisions_give_no_row(text: str) -> None:
    assert rows(text) == []


def test_a_dari_draft_put_forward_is_proposed() -> None:
    assert rows("مسوده اعلامیه کابل به نشست ارائه شد.") == [("مسوده اعلامیه کابل", "proposed")]


@pytest.mark.parametrize(
    "text",
    [
        "وزیران خارجه چهار کشور در پایان نشست خود، طی بیانیه‌ای تاکید کردند که همکاری ادامه می‌یابد.",
        "سران کشورهای عضو ضمن بیانیه‌ای خواستار آتش‌بس شدند.",
        "شرکت‌کنندگان نشست در اعلامیه‌ای از میزبان قدردانی کردند.",
        "رهبران طی بیانیهای بر حل سیاسی بحران تاکید کردند.",
    ],
)
def test_a_statement_the_meeting_gives_in_passing_is_issued(text: str) -> None:
    assert [action for _, action in rows(text)] == ["issued"]


@pytest.mark.parametrize(
    "text",
    [
        "وزارت امور خارجه ترکیه طی بیانیه‌ای سفر وزیر را اعلام کرد.",
        "سخنگوی وزارت خارجه ضمن بیانیه‌ای از برگزاری نشست خبر داد.",
        "دفتر ریاست جمهوری در بیانیه‌ای جزئیات سفر را منتشر کرد.",
    ],
)
def test_a_statement_a_ministry_or_office_gives_is_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "دلیل عدم طرح بیانیه نهایی اختلاف اعضا بود.",
        "نشست بدون ارائه اعلامیه پایانی به کار خود پایان داد.",
        "عدم انتشار بیانیه مشترک خبرساز شد.",
    ],
)
def test_a_final_statement_whose_putting_forward_is_denied_is_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "texts, expected",
    [
        (
            ("اجلاس امشب با صدور بیانیه‌ای به کار خود پایان داد.", "متن کامل بیانیه متعاقباً منتشر می‌شود."),
            [("بیانیه‌ای", "issued")],
        ),
        (("نشست امشب با صدور بیانیه‌ای پایان یافت.", "متن بیانیه بعداً منتشر خواهد شد."), [("بیانیه‌ای", "issued")]),
        (("سران اعلامیه مشترک را امضا کردند.", "متن اعلامیه فردا منتشر می‌شود."), [("اعلامیه مشترک", "signed")]),
    ],
)
def test_the_text_of_a_document_acted_on_still_to_come_is_no_new_row(texts: tuple, expected: list) -> None:
    assert rows(*texts) == expected


def test_a_named_document_still_to_come_beside_another_acted_on_stays() -> None:
    texts = ("سران بیانیه مشترک را امضا کردند.", "بیانیه امنیت غذایی فردا منتشر می‌شود.")
    assert rows(*texts) == [("بیانیه مشترک", "signed"), ("بیانیه امنیت غذایی", "proposed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "سه توافقنامه: توافقنامه ترانزیت، توافقنامه انرژی و توافقنامه گردشگری به امضا رسید.",
            ["سه توافقنامه", "توافقنامه ترانزیت", "توافقنامه انرژی", "توافقنامه گردشگری"],
        ),
        ("دو سند: منشور جوانان و برنامه اقدام فرهنگی امضا شد.", ["دو سند", "منشور جوانان", "برنامه اقدام فرهنگی"]),
    ],
)
def test_a_count_before_a_colon_is_a_row_beside_its_items(text: str, expected: list) -> None:
    assert rows(text) == [(title, "signed") for title in expected]


def test_a_plural_before_a_colon_is_no_count_row() -> None:
    assert rows("اسناد زیر: توافقنامه ترانزیت و توافقنامه انرژی امضا شد.") == [
        ("توافقنامه ترانزیت", "signed"),
        ("توافقنامه انرژی", "signed"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("کنوانسیون امنیت انرژی در دستور کار نشست سران قرار دارد.", [("کنوانسیون امنیت انرژی", "proposed")]),
        ("پیش‌نویس منشور سازمان در دستور کار وزیران قرار گرفت.", [("پیش‌نویس منشور سازمان", "proposed")]),
        ("مبارزه با تروریسم در دستور کار نشست قرار دارد.", []),
    ],
)
def test_a_document_on_the_agenda_is_proposed(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "texts, expected",
    [
        (
            ("طرح تقویت مرزهای ازبکستان و قرقیزستان تصویب خواهد شد.", "برنامه تقویت مرزها نیز تصویب خواهد شد."),
            ["طرح تقویت مرزهای ازبکستان و قرقیزستان"],
        ),
        (
            ("توافقنامه تجارت آزاد امضا شد.", "موافقت‌نامه تجارت آزاد میان دو طرف امضا شد."),
            ["موافقت‌نامه تجارت آزاد میان دو طرف"],
        ),
        (("طرح انرژی پاک تصویب شد.", "برنامه آموزش تصویب شد."), ["طرح انرژی پاک", "برنامه آموزش"]),
    ],
)
def test_a_synonym_document_word_with_the_same_words_is_one_document(texts: tuple, expected: list) -> None:
    assert [title for title, _ in rows(*texts)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("طرح انرژی پاک تصویب شد.", [("طرح انرژی پاک", "adopted")]),
        ("طرح انتقال آب منطقه‌ای به تصویب رسید.", [("طرح انتقال آب منطقه‌ای", "adopted")]),
        ("طرح این موضوع در نشست تصویب شد.", []),
        ("برنامه سفری وزیر تأیید شد.", []),
    ],
)
def test_a_plan_whose_name_begins_like_a_pronoun_is_kept(text: str, expected: list) -> None:
    """«طرح آن/این …» raises a matter; «طرح انرژی …» is a plan (the word, not its first letters)."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("تصمیم به تشکیل کمیته مشترک اقتصادی گرفته شد.", [("تصمیم به تشکیل کمیته مشترک اقتصادی", "adopted")]),
        ("در این نشست تصمیم برای ایجاد صندوق مشترک گرفته شد.", [("تصمیم برای ایجاد صندوق مشترک", "adopted")]),
        ("تصمیمات مهمی گرفته شد.", []),
        ("برای این طرح بودجه‌ای در نظر گرفته شد.", []),
        ("عکس یادگاری سران گرفته شد.", []),
    ],
)
def test_a_named_decision_taken_is_adopted(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بیانیه پایانی نشست به زودی منتشر خواهد شد.", ("بیانیه پایانی نشست", "proposed")),
        ("قطعنامه پیشنهادی ایران با رای مثبت اعضا به تصویب رسید.", ("قطعنامه", "adopted")),
        ("منشور انرژی با استقبال وزیران امضا شد.", ("منشور انرژی", "signed")),
    ],
)
def test_soon_and_by_a_vote_are_no_part_of_a_title(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "طرح عراق برای ایجاد بازار مشترک با استقبال اعضا روبرو شد و به تصویب رسید.",
            ("طرح عراق برای ایجاد بازار مشترک", "adopted"),
        ),
        ("منشور سازمان بررسی شد و به امضای سران رسید.", ("منشور سازمان", "signed")),
        ("بیانیه مشترک قرائت شد و به امضا رسید.", ("بیانیه مشترک", "signed")),
    ],
)
def test_a_verb_after_another_verb_and_va_shares_its_subject(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


def test_a_verb_after_a_clause_with_its_own_subject_takes_no_document_from_it() -> None:
    assert rows("سران دیدار کردند و به توافق رسیدند.") == []


@pytest.mark.parametrize(
    "text, searched",
    [
        ("وزیر خارجه گفت که نشست فردا برگزار می‌شود.", False),
        ("گفت‌وگو درباره منشور انرژی ادامه یافت.", True),
        ("بحث پیرامون پیش‌نویس بیانیه طول کشید.", True),
    ],
)
def test_talks_are_searched_only_in_sentences_with_a_talk_word(text: str, searched: bool) -> None:
    """«گفت» (said) is in most reported speech: the talks cue is not searched for it."""
    assert cues.DISCUSSED_CUE.may_occur(gz.fold(text)) is searched


@pytest.mark.parametrize(
    "text, expected",
    [
        ("نشستی که امروز ادامه دارد بیانیه نهایی آن تا پایان امروز منتشر خواهد شد.", [("بیانیه نهایی", "proposed")]),
        ("سران بیانیه پایانی خود را صادر کردند.", [("بیانیه پایانی", "issued")]),
        ("وزیران خارجه اعلامیه مشترک خود را به امضا رساندند.", [("اعلامیه مشترک", "signed")]),
        ("مجمع قطعنامه‌های او را در پایان نشست تصویب کرد.", [("قطعنامه‌های", "adopted")]),
        ("منشور سازمان و اصلاحیه‌های آن در این اجلاس تصویب شد.", [("منشور سازمان", "adopted")]),
        ("سند همکاری و ضمیمه آن امضا شد.", [("سند همکاری", "signed")]),
        ("طرح این موضوع در نشست تصویب شد.", []),
        ("بیانیه نهایی آن نشست تا پایان روز منتشر خواهد شد.", [("بیانیه نهایی", "proposed")]),
    ],
)
def test_a_possessive_pronoun_closes_the_title(text: str, expected: list) -> None:
    """«آن/خود/او» right after a title and before a preposition, «را», «تا» or the verb is its possessor:
    the title ends before it, and a part of the document it owns («… و ضمیمه آن») is no part of the
    title; «این/آن» before a noun («این موضوع», «آن نشست») is a demonstrative, not a possessor."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "در این اجلاس، سند استراتژی 2022-2026 سازمان کشورهای ترک به امضای سران رسید.",
            [("استراتژی ۲۰۲۲ - ۲۰۲۶ سازمان کشورهای ترک", "signed")],
        ),
        ("برنامه اقدام ۱۴۰۴–۱۴۰۸ اتحادیه تصویب شد.", [("برنامه اقدام ۱۴۰۴ – ۱۴۰۸ اتحادیه", "adopted")]),
        ("بیانیه پایانی اجلاس سران - خبرگزاری فارس منتشر شد.", [("بیانیه پایانی اجلاس سران", "issued")]),
        ("منشور سازمان ۲۰۲۵ - گزارش خبرنگار تصویب شد.", [("منشور سازمان ۲۰۲۵", "adopted")]),
    ],
)
def test_a_span_of_years_in_a_title_is_no_headline_separator(text: str, expected: list) -> None:
    """A dash between two numbers («۲۰۲۲-۲۰۲۶», spaced by normalization, or an en dash) spans years inside
    the title; a dash with a word on either side still separates a headline from what follows."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "دفتر مطبوعاتی ریاست‌جمهوری با انتشار بیانیه‌یی اعلام کرد که رئیس‌جمهور در نشست سران شرکت می‌کند.",
        "وزارت خارجه در اطلاعیه‌یی گفت که وزیر فردا به کابل می‌رود.",
    ],
)
def test_an_office_s_press_statement_in_dari_spelling_is_no_row(text: str) -> None:
    assert rows(text) == []
