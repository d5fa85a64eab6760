"""More document rules by kind of wording (issue #11), on sentences written for these tests: actors
between «مورد … قرار گرفت», bodies outside the meeting, Dari wording, English titles of counts,
subjects set off by commas, when and how before the verb, one document named twice, counts joined
by «و», drafts reviewed, agreed topics, final resolutions, title ends after an action noun,
documents named among those just reported and sentences set at an earlier meeting."""

from __future__ import annotations

import pytest
from document_fixtures import rows, table

from helpers.extract import document_cues as cues
from helpers.text import gazetteer as gz
from helpers.text.tokenize import normalize


@pytest.mark.parametrize(
    "text, expected",
    [
        ("برنامه اقدام مشترک مورد تأیید وزیران قرار گرفت.", ("برنامه اقدام مشترک", "approved")),
        ("راهبرد امنیت غذایی مورد تصویب سران کشورهای عضو قرار گرفت.", ("راهبرد امنیت غذایی", "adopted")),
        ("قرار است نقشه راه ترانزیت مورد تأیید وزرا قرار گیرد.", ("نقشه راه ترانزیت", "proposed")),
    ],
)
def test_who_acts_between_murede_and_qarar_gereft(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "شورای امنیت سازمان ملل قطعنامه‌ای درباره افغانستان صادر کرد.",
        "پارلمان اروپا قطعنامه‌ای در محکومیت این حمله تصویب کرد.",
        "مجمع عمومی ملل متحد اعلامیه حقوق بومیان را تصویب کرده است.",
    ],
)
def test_a_document_of_a_body_outside_the_meeting_is_no_row(text: str) -> None:
    """In a report of another meeting (its first sentence): the body whose meeting an article reports
    is no other body (helpers.extract.document_outside.home_bodies)."""
    assert rows("نشست سران سازمان همکاری شانگهای امروز در آستانه برگزار شد.", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("یاداشت تفاهم همکاری‌های گمرکی در اخیر نشست امضا شد.", ("یاداشت تفاهم همکاری‌های گمرکی", "signed")),
        ("وزرا یاداشت‌تفاهم ترانزیت را امضا کردند.", ("یاداشت‌تفاهم ترانزیت", "signed")),
        ("یاداشت تفاهم بانک‌های مرکزی به امضا خواهد رسید.", ("یاداشت تفاهم بانک‌های مرکزی", "proposed")),
    ],
)
def test_dari_yadasht_tafahom_with_one_dal(text: str, expected: tuple[str, str]) -> None:
    """Dari writes «یاداشت تفاهم» (memorandum) with one «د»; any verb, tense or lost ZWNJ."""
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["خبرنگار یاداشت‌های سفر خود را منتشر کرد.", "وزیر یاداشتی در دفتر خود نوشت."],
)
def test_a_bare_yadasht_is_a_note_not_a_document(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("اعلامیه مشترک نشست کابل در اخیر اجلاس به نشر رسید.", ("اعلامیه مشترک نشست کابل", "issued")),
        ("در ختم نشست، اعلامیه‌ای در ۱۵ ماده به نشر رسید.", ("اعلامیه‌ای", "issued")),
        ("وزرای خارجه فیصله‌نامه همکاری‌های منطقوی را تصویب کردند.", ("فیصله‌نامه همکاری‌های منطقوی", "adopted")),
        ("موافقتنامه ترانزیتی لاجورد در اجلاس امضا گردید.", ("موافقتنامه ترانزیتی لاجورد", "signed")),
        (
            "وزرای خارجه پلان عمل مشترک مبارزه با مواد مخدر را تصویب کردند.",
            ("پلان عمل مشترک مبارزه با مواد مخدر", "adopted"),
        ),
        ("استراتیژی همکاری‌های منطقوی در اخیر نشست منظور شد.", ("استراتیژی همکاری‌های منطقوی", "approved")),
        ("قرارنامه ترانزیتی میان سه کشور امضا گردید.", ("قرارنامه ترانزیتی میان سه کشور", "signed")),
    ],
)
def test_dari_wording(text: str, expected: tuple[str, str]) -> None:
    """Dari «در اخیر/ختم» (at the end) is a setting, «به نشر رسید» issued, «منظور شد» approved;
    «فیصله‌نامه», «پلان», «استراتیژی», «قرارنامه» are document words."""
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, english",
    [
        ("قرار است چندین سند همکاری امضا شود.", "several cooperation documents"),
        ("در این نشست ده‌ها سند امضا شد.", "dozens of documents"),
        ("بیش از ۲۰ سند به امضا رسید.", "more than 20 documents"),
        ("وزرای خارجه فیصله‌نامه‌ای را تصویب کردند.", "resolution"),
        (
            "راهبرد توسعه سازمان برای سال‌های ۲۰۲۶ تا ۲۰۳۵ تصویب شد.",
            "development strategy of the organization for 2026 to 2035",
        ),
    ],
)
def test_english_titles_of_counts(text: str, english: str) -> None:
    """The counted noun is plural in English; a word after a number that is no count is not («… to»)."""
    assert table(text)["title_en"].tolist() == [english]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بیانیه مشترک سران، پس از دو روز گفت‌وگو در سمرقند، امضا شد.", ("بیانیه مشترک", "signed")),
        ("بیانیه مشترک، پس از ساعت‌ها رایزنی، سرانجام به امضا رسید.", ("بیانیه مشترک", "signed")),
        ("سند نهایی نشست، شامل ۳۰ بند درباره امنیت و اقتصاد، به تصویب رسید.", ("سند نهایی نشست", "adopted")),
        ("اعلامیه آستانه، فردا نهایی می‌شود.", ("اعلامیه آستانه", "proposed")),
    ],
)
def test_a_document_set_off_from_its_verb_by_commas(text: str, expected: tuple[str, str]) -> None:
    """A phrase between commas («، پس از …،») parts a subject from its verb: the verb still acts on it."""
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "پنج تفاهم‌نامه برای توسعه کشاورزی، حمل و نقل، گردشگری، انرژی، بانکداری و تجارت آزاد منطقه امضا شد.",
            ("پنج تفاهم\u200cنامه", "signed"),
        ),
        (
            "سه موافقت‌نامه همکاری در حوزه‌های آموزش، بهداشت، آب، برق، مسکن و راه‌سازی به امضای وزیران رسید.",
            ("سه موافقت\u200cنامه همکاری", "signed"),
        ),
        (
            "بیانیه پایانی اجلاس درباره امنیت، تجارت، انرژی، آب، اقلیم و مهاجرت دیروز به تصویب سران رسید.",
            ("بیانیه پایانی اجلاس", "adopted"),
        ),
    ],
)
def test_a_list_between_a_document_and_its_verb_is_one_phrase(text: str, expected: tuple[str, str]) -> None:
    """The commas of a list closed by «و» before the verb («… بهداشت، آموزش، آب و امنیت غذایی امضا شد») join
    its items: however many, they set the document off from its verb no more than one phrase does."""
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "کاخ سفید با انتشار بیانیه‌ای نتایج نشست را بی‌اهمیت خواند.",
        "دبیرکل سازمان ملل با صدور بیانیه‌ای از برگزاری نشست استقبال کرد.",
        "وزارت خارجه ترکیه بیانیه‌ای درباره نتایج اجلاس منتشر کرد.",
    ],
)
def test_statements_of_others_about_the_meeting_are_no_rows(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بیانیه پایانی صبح امروز منتشر شد.", ("بیانیه پایانی", "issued")),
        ("بیانیه پایانی نشست سه‌شنبه منتشر شد.", ("بیانیه پایانی نشست", "issued")),
        ("منشور جدید سازمان سرانجام به امضا رسید.", ("منشور جدید سازمان", "signed")),
        ("برنامه اقدام مشترک شب گذشته به تصویب رسید.", ("برنامه اقدام مشترک", "adopted")),
        ("موافقت‌نامه تجارت آزاد به طور رسمی به امضا رسید.", ("موافقت‌نامه تجارت آزاد", "signed")),
        ("بیانیه پایانی با اجماع همه اعضا تصویب شد.", ("بیانیه پایانی", "adopted")),
        ("اعلامیه دوشنبه در پایان نشست به تصویب رسید.", ("اعلامیه دوشنبه", "adopted")),
    ],
)
def test_when_and_how_end_a_title(text: str, expected: tuple[str, str]) -> None:
    """A time of day, a weekday (not the city «دوشنبه»), «سرانجام» or a manner between the document
    and its verb is no part of the title."""
    assert rows(text) == [expected]


def test_a_resolution_of_the_iaea_board_is_no_row() -> None:
    lead = "نشست سران سازمان همکاری شانگهای امروز در آستانه برگزار شد."  # a report of another meeting
    assert rows(lead, "شورای حکام آژانس بین‌المللی انرژی اتمی قطعنامه‌ای علیه ایران تصویب کرد.") == []


def test_one_document_named_twice_with_plural_and_order_changes_is_one_row() -> None:
    got = rows(
        "سازمان طرح تقویت مرز ازبکستان-قرقیزستان را تصویب می‌کند.",
        "دبیرکل گفت سازمان طرح تقویت مرزهای قرقیزستان و ازبکستان را تصویب خواهد کرد.",
    )
    assert len(got) == 1 and got[0][1] == "proposed"


def test_two_documents_of_one_kind_stay_two_rows() -> None:
    got = rows("موافقت‌نامه همکاری گمرکی امضا شد.", "موافقت‌نامه همکاری بانکی نیز امضا شد.")
    assert got == [("موافقت‌نامه همکاری گمرکی", "signed"), ("موافقت‌نامه همکاری بانکی", "signed")]
    got = rows("بیانیه امنیتی سران صادر شد.", "بیانیه اقتصادی سران نیز صادر شد.")
    assert got == [("بیانیه امنیتی سران", "issued"), ("بیانیه اقتصادی سران", "issued")]


@pytest.mark.parametrize(
    "text, title, number",
    [
        ("در این سفر ۱۴ سند و یادداشت تفاهم همکاری به امضا رسید.", "۱۴ سند و یادداشت تفاهم همکاری", 14),
        ("امضای ۸ سند و موافقت‌نامه همکاری در نشست سران", "۸ سند و موافقت‌نامه همکاری", 8),
        ("بیش از ۲۰ موافقت‌نامه و قرارداد تجاری در حاشیه اجلاس امضا شد.", "بیش از ۲۰ موافقت‌نامه و قرارداد تجاری", 20),
    ],
)
def test_a_bare_count_takes_in_the_document_word_after_va(text: str, title: str, number: int) -> None:
    """«۱۴ سند و یادداشت تفاهم»: one count of documents and memoranda, one row."""
    df = table(text)
    assert list(zip(df["title_fa"], df["count"], strict=True)) == [(title, number)]


def test_a_count_with_its_own_words_and_a_second_document_are_two_rows() -> None:
    assert rows("سه سند همکاری و یک بیانیه مشترک امضا شد.") == [("سه سند همکاری", "signed"), ("بیانیه مشترک", "signed")]
    assert rows("سه سند و دو بیانیه به امضا رسید.") == [("سه سند", "signed"), ("دو بیانیه", "signed")]


@pytest.mark.parametrize(
    "text",
    [
        "پیش‌نویس بیانیه پایانی در نشست وزیران بررسی شد.",
        "پیش‌نویس بیانیه پایانی فردا در نشست کارشناسان بررسی خواهد شد.",
        "کارشناسان پیش‌نویس بیانیه پایانی را بررسی کردند.",
    ],
)
def test_a_draft_reviewed_is_proposed(text: str) -> None:
    assert rows(text) == [("پیش‌نویس بیانیه پایانی", "proposed")]


def test_a_plan_reviewed_is_no_row() -> None:
    assert rows("وزیران برنامه همکاری‌های اقتصادی را بررسی کردند.") == []


@pytest.mark.parametrize(
    "earlier",
    ["در اجلاس ۲۰۱۹ بیشکک، ۱۴ سند امضا شد.", "در نشست ۲۰۱۸ چینگدائو بیانیه چینگدائو تصویب شد."],
)
def test_a_meeting_labelled_by_an_earlier_year_is_an_earlier_meeting(earlier: str) -> None:
    assert rows("نشست سران سال ۲۰۲۵ در تیانجین برگزار شد.", earlier) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیران درباره متن بیانیه پایانی به توافق رسیدند.", ("بیانیه پایانی", "approved")),
        ("وزیران در خصوص برنامه اقدام مشترک به توافق رسیدند.", ("برنامه اقدام مشترک", "approved")),
    ],
)
def test_a_document_agreed_on_is_no_topic(text: str, expected: tuple[str, str]) -> None:
    """Only a creation after «در خصوص/درباره» is a topic; a document noun there is what was agreed."""
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["قطعنامه پایانی اجلاس در جلسه اختتامیه قرائت شد.", "در قطعنامه پایانی اجلاس بر حمایت از فلسطین تأکید شد."],
)
def test_a_final_resolution_named_is_issued(text: str) -> None:
    assert rows(text) == [("قطعنامه پایانی اجلاس", "issued")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("اجلاس با انتشار بیانیه پایانی و برگزاری نشست خبری پایان یافت.", ("بیانیه پایانی", "issued")),
        ("نشست با امضای منشور جوانان و دیدار رهبران به کار خود پایان داد.", ("منشور جوانان", "signed")),
        (
            "امضای قرارداد ساخت راه‌آهن ترانس‌افغان مهم‌ترین دستاورد نشست بود.",
            ("قرارداد ساخت راه‌آهن ترانس‌افغان", "signed"),
        ),
        ("تصویب برنامه اقدام مشترک بزرگترین دستاورد اجلاس بود.", ("برنامه اقدام مشترک", "adopted")),
        (
            "سه کشور خواستار امضای موافقت‌نامه حمل و نقل ترکیبی شدند.",
            ("موافقت‌نامه حمل و نقل ترکیبی", "proposed"),
        ),
    ],
)
def test_where_a_title_after_an_action_noun_ends(text: str, expected: tuple[str, str]) -> None:
    """«و» before another event, a superlative predicate or the verb end the title; a word written with
    a ZWNJ counts once towards the length cap; the word before «شدند» is the title's when the verb's
    own word («خواستار») stands before the action noun."""
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "texts, named",
    [
        (
            (
                "در این نشست ۱۲ سند همکاری امضا شد.",
                "از جمله این اسناد می‌توان به موافقت‌نامه حمل و نقل بین‌المللی، یادداشت تفاهم همکاری بانکی"
                " و پروتکل گمرکی اشاره کرد.",
            ),
            [
                ("موافقت‌نامه حمل و نقل بین‌المللی", "signed"),
                ("یادداشت تفاهم همکاری بانکی", "signed"),
                ("پروتکل گمرکی", "signed"),
            ],
        ),
        (
            (
                "رهبران ۹ سند را تصویب کردند.",
                "در میان این اسناد، راهبرد توسعه سازمان و برنامه مبارزه با تروریسم نیز به چشم می‌خورد.",
            ),
            [("راهبرد توسعه سازمان", "adopted"), ("برنامه مبارزه با تروریسم", "adopted")],
        ),
        (
            ("سران سه کشور ۱۵ سند امضا کردند.", "از جمله این اسناد، تفاهم‌نامه همکاری گردشگری است."),
            [("تفاهم‌نامه همکاری گردشگری", "signed")],
        ),
    ],
)
def test_documents_named_among_those_just_reported_take_their_action(
    texts: tuple[str, ...], named: list[tuple[str, str]]
) -> None:
    assert rows(*texts)[1:] == named


def test_among_with_nothing_reported_before_is_no_row() -> None:
    assert rows("از جمله این اسناد، تفاهم‌نامه همکاری گردشگری است.") == []


@pytest.mark.parametrize(
    "text",
    [
        "در اجلاس قبلی که در تاشکند برگزار شد، ۱۲ سند امضا شده بود.",
        "همچنین در نشست گذشته، بیانیه مشترکی درباره امنیت منطقه صادر شد.",
        "در نشست سال گذشته وزیران، منشور جوانان به تصویب رسید.",
    ],
)
def test_a_sentence_set_at_an_earlier_meeting_reports_none_of_this_ones(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "سازمان ملل با صدور بیانیه‌ای از نتایج نشست استقبال کرد.",
        "روز سه‌شنبه اتحادیه اروپا بیانیه‌ای درباره این اجلاس منتشر کرد.",
        "روز گذشته وزارت خارجه روسیه بیانیه‌ای منتشر کرد.",
    ],
)
def test_the_subject_of_the_clause_issues_it(text: str) -> None:
    """A body outside the meeting or a ministry as the clause's subject (after a time) issues its own, in
    a report of another meeting."""
    assert rows("نشست سران سازمان همکاری شانگهای امروز در آستانه برگزار شد.", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیران با اشاره به اهداف سازمان ملل بیانیه‌ای مشترک صادر کردند.", ("بیانیه‌ای مشترک", "issued")),
        ("رهبران کشورهای عضو در دفتر دبیرخانه بیانیه‌ای صادر کردند.", ("بیانیه‌ای", "issued")),
    ],
)
def test_a_body_named_elsewhere_in_the_clause_is_no_issuer(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("متن بیانیه پایانی در حال نهایی شدن است.", ("بیانیه پایانی", "proposed")),
        ("موافقت‌نامه تجارت ترجیحی آماده امضاست.", ("موافقت‌نامه تجارت ترجیحی", "proposed")),
        ("سند همکاری ۲۵ ساله آماده امضا است.", ("سند همکاری ۲۵ ساله", "proposed")),
        ("منشور جدید سازمان در حال تصویب است.", ("منشور جدید سازمان", "proposed")),
    ],
)
def test_a_document_in_the_making_or_ready_is_proposed(text: str, expected: tuple[str, str]) -> None:
    """«در حال نهایی شدن», «آماده امضاست»: not yet signed or adopted."""
    assert rows(text) == [expected]


def test_ready_to_sign_a_document_named_after_is_proposed_once() -> None:
    assert rows("ایران آماده امضای سند همکاری جامع است.") == [("سند همکاری جامع", "proposed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ازبکستان طرحی برای ایجاد کریدور حمل و نقل پیشنهاد داد.", "طرحی برای ایجاد کریدور حمل و نقل"),
        ("قرقیزستان برنامه‌ای برای مبارزه با بیابان‌زایی پیشنهاد کرد.", "برنامه‌ای برای مبارزه با بیابان‌زایی"),
        ("روسیه برنامه همکاری را پیشنهاد کرد.", "برنامه همکاری"),
    ],
)
def test_an_object_proposed_before_the_verb(text: str, expected: str) -> None:
    """An indefinite object takes no «را»; a definite one without «را» is no object («در نشست برنامه …»)."""
    assert rows(text) == [(expected, "proposed")]


def test_a_definite_document_word_without_ra_is_no_proposal() -> None:
    assert rows("روسیه در نشست برنامه پیشنهاد داد.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وزیران برای امضای پروتکل گرد آمدند.",
        "به منظور تصویب منشور نشست فوق‌العاده برگزار شد.",
        "بیانیه پایانی منتشر شد.",
        "در قطعنامه پایانی بر همکاری تأکید شد.",
        "کارشناسان تهیه پیش‌نویس منشور را آغاز کردند.",
    ],
)
def test_a_cue_searched_only_with_rarer_words_still_matches(text: str) -> None:
    """Cues given rarer words than the pattern's (document_cues.worded) still hold one in every match."""
    folded = gz.fold(normalize(text))
    matching = [c for c in (*(c for _, c in cues.NOUN_FIRST), cues.FINAL) if c.regex.search(folded)]
    assert matching and all(c.may_occur(folded) for c in matching)
    assert cues.ANY_CUE.search(folded)


def test_a_sentence_with_only_bararye_passes_no_document_cue() -> None:
    assert not cues.ANY_CUE.search(gz.fold("وزیران برای گفت‌وگو درباره امنیت منطقه گرد آمدند."))


@pytest.mark.parametrize(
    "text",
    [
        "نشست بدون امضای بیانیه مشترک پایان یافت.",
        "عدم صدور بیانیه پایانی نشانه اختلاف اعضا بود.",
        "هند از امضای بیانیه پایانی خودداری کرد.",
        "ترکمنستان از امضای موافقت‌نامه ترانزیت امتناع کرد.",
    ],
)
def test_a_signing_denied_or_refused_is_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سران شاهد امضای ۵ سند همکاری بودند.", ("۵ سند همکاری", "signed")),
        ("در مراسم امضای منشور جدید، رهبران سخنرانی کردند.", ("منشور جدید", "signed")),
        ("پس از امضای پروتکل الحاق، وزیران از مراسم خارج شدند.", ("پروتکل الحاق", "signed")),
    ],
)
def test_a_signing_witnessed_or_celebrated_is_signed(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "مراسم اختتامیه برگزار می‌شود تا سران بیانیه پایانی اجلاس را به تصویب برسانند.",
            [("بیانیه پایانی اجلاس", "proposed")],
        ),
        ("قرار است وزیران منشور سازمان را به امضا برسانند.", [("منشور سازمان", "proposed")]),
        ("نمایندگان امروز قطعنامه را به تصویب می‌رسانند.", [("قطعنامه", "proposed")]),
        ("وزرا فردا اعلامیه مشترک را به تصویب خواهند رساند.", [("اعلامیه مشترک", "proposed")]),
        ("سران بیانیه پایانی را به تصویب رساندند.", [("بیانیه پایانی", "adopted")]),
    ],
)
def test_the_causative_light_verb_still_to_come_is_proposed(text: str, expected: list) -> None:
    """«به تصویب/امضا رساندن» in the subjunctive, present or future («برسانند», «می‌رسانند», «خواهند
    رساند») is still to come, like «برسد/خواهد رسید»; its past («رساندند») keeps the action."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "texts, expected",
    [
        (
            ("سران ده قرارداد همکاری امضا کردند", "رهبران روز جمعه بیش از ده قرارداد همکاری در مسکو امضا کردند."),
            [("بیش از ده قرارداد همکاری", "signed")],
        ),
        (
            ("حدود ۱۲ سند همکاری امضا شد.", "در این نشست ۱۲ سند همکاری به امضا رسید."),
            [("حدود ۱۲ سند همکاری", "signed")],
        ),
        (
            ("سران ده قرارداد همکاری امضا کردند.", "وزیران نیز حدود بیست سند دیگر امضا کردند."),
            [("ده قرارداد همکاری", "signed"), ("حدود بیست سند دیگر", "signed")],
        ),
    ],
)
def test_a_count_restated_with_more_than_or_about_is_one_row(texts: tuple, expected: list) -> None:
    """«ده قرارداد» and «بیش از ده قرارداد» (or «حدود ۱۲ سند» and «۱۲ سند») count the same documents: one
    row, with the fuller title; another count is another row."""
    assert rows(*texts) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "سران قرار دادی برای ایجاد منطقه آزاد تجاری امضا کردند.",
            [("قرار دادی برای ایجاد منطقه آزاد تجاری", "signed")],
        ),
        ("وزیران قرار‌دادی برای توسعه ترانزیت به امضا رساندند.", [("قرار‌دادی برای توسعه ترانزیت", "signed")]),
        ("کشورهای عضو قرار دادی درباره انرژی امضا خواهند کرد.", [("قرار دادی", "proposed")]),
        ("اعضا قرارداد همکاری را امضا کردند.", [("قرارداد همکاری", "signed")]),
        ("وزیر این موضوع را مورد بررسی قرار داد.", []),
        ("رئیس جمهور این اقدام را مورد تایید قرار داد.", []),
        ("رئیس نشست گزارش را در اختیار اعضا قرار داد و سپس بیانیه پایانی صادر شد.", [("بیانیه پایانی", "issued")]),
    ],
)
def test_a_contract_written_apart(text: str, expected: list[tuple[str, str]]) -> None:
    """«قرارداد» (contract) written apart, with a space or ZWNJ («قرار دادی برای …»), is the document noun
    as «تفاهم نامه» is; the light verb «قرار داد» («مورد بررسی/تأیید قرار داد», «در اختیار … قرار داد») names
    none."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "روسای جمهوری روسیه، بلوروس، قزاقستان و اوکراین قرار دادی برای ایجاد منطقه اقتصادی مشترک امضا کردند.",
        "روسای جمهور قزاقستان، بلاروسیه، روسیه و ارمنستان قرار دادی برای ایجاد منطقه اقتصادی مشترک امضا کردند.",
    ],
)
def test_four_states_listed_sign_a_multilateral_document(text: str) -> None:
    """States listed with commas before the last two («الف، ب، ج و د») are more than two, however a state is
    spelled (Belarus: «بلاروس», «بلاروسیه», VOA's and Dari «بلوروس»): no bilateral document."""
    assert rows(text) == [("قرار دادی برای ایجاد منطقه اقتصادی مشترک", "signed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیران چارچوب همکاری منطقه‌ای را تصویب کردند.", [("چارچوب همکاری منطقه‌ای", "adopted")]),
        ("سند چهارچوب ملی توسعه روستایی امضا شد.", [("چهارچوب ملی توسعه روستایی", "signed")]),
        ("چارچوب‌های همکاری بانکی به تصویب رسید.", [("چارچوب‌های همکاری بانکی", "adopted")]),
        (
            "سران اسناد مهم نشست، از جمله چارچوب همکاری گمرکی منطقه در دوره ۲۰۲۵-۲۰۳۰ را تأیید کردند.",
            [("چارچوب همکاری گمرکی منطقه", "approved")],
        ),
        ("توافق‌نامه تجارت آزاد در چارچوب سازمان امضا شد.", [("توافق‌نامه تجارت آزاد", "signed")]),
        ("درچارچوب این نشست بیانیه پایانی صادر شد.", [("بیانیه پایانی", "issued")]),
        ("برنامه همکاری مالی در دوره سه ساله آینده تصویب شد.", [("برنامه همکاری مالی", "adopted")]),
    ],
)
def test_a_framework_is_a_document(text: str, expected: list[tuple[str, str]]) -> None:
    """«چارچوب/چهارچوب» (a framework) is a document noun, as «برنامه» is, and an item a list names
    («اسناد مهم، از جمله چارچوب …»); «در چارچوب …» (within) is a preposition and names none. A period
    («در دوره …») is when, not the title's."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "وزیران بر اجرایی کردن سند چارچوب همکاری گردشگری تاکید کردند و بیانیه پایانی صادر شد.",
            [("بیانیه پایانی", "issued")],
        ),
        ("اجرایی‌سازی برنامه اقدام منطقه‌ای در دستور کار نشست قرار گرفت.", []),
        ("اجرایی شدن توافق‌نامه ترانزیت بررسی شد.", []),
        ("اجرای کامل قطعنامه‌های سازمان مورد تاکید قرار گرفت.", []),
    ],
)
def test_making_a_document_operative_is_no_document_of_the_meeting(text: str, expected: list[tuple[str, str]]) -> None:
    """«اجرایی کردن/سازی/شدن X» (making X operative) is its implementation, as «اجرای X» is: the verb acts on
    that, not on X, a document already adopted."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("هیات‌ها نشست خود را برای آماده کردن پیش‌نویس قطعنامه آغاز کردند.", [("پیش‌نویس قطعنامه", "proposed")]),
        ("کارشناسان با آماده‌سازی پیش‌نویس منشور سازمان به کار خود ادامه دادند.", [("پیش‌نویس منشور سازمان", "proposed")]),
        (
            "نشست ویژه‌ای جهت بررسی پیش نویس قطعنامه مبارزه با افراط‌گرایی برگزار شد.",
            [("پیش‌نویس قطعنامه مبارزه با افراط‌گرایی", "proposed")],
        ),
        ("معاونان وزرا برای بررسی پیشنویس اعلامیه کابل گرد آمدند.", [("پیش‌نویس اعلامیه کابل", "proposed")]),
        ("کارشناسان بررسی گزارش سالانه را آغاز کردند.", []),
        ("مقامات آماده کردن مقدمات نشست را به پایان رساندند.", []),
    ],
)
def test_preparing_or_reviewing_a_draft_puts_it_forward(text: str, expected: list[tuple[str, str]]) -> None:
    """A draft prepared («آماده کردن/آماده‌سازی پیش‌نویس X», as «تهیه/تدوین پیش‌نویس X») or reviewed («بررسی
    پیش‌نویس X») as an action noun is put forward: proposed; preparing or reviewing anything else names no
    document."""
    assert rows(text) == expected
