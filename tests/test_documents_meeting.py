"""A document row is one the meeting acts on (helpers.extract.document_outside), on sentences written
for these tests: a document cited as the basis of something else («بر اساس/طبق/به موجب/در چارچوب X»),
one whose signing a span of time counts from («N سال پس از امضای X») or that «در گذشته» dates, and a
press statement announcing the meeting itself are no rows; the meeting's final statement, wherever it
is cited, and documents acted on in the same sentence stay. Also: parts a document is counted in
(«قطعنامه ۱۳ بندی») are no resolution number, Dari «فیصله» is a decision, and «به تصویب رساندیم»
(first person plural) adopts."""

from __future__ import annotations

import pandas as pd
import pytest
from document_fixtures import rows

from helpers import contracts
from helpers.extract.documents import extract_documents
from helpers.text.tokenize import normalize


def titles(text: str) -> list[str]:
    return [t for t, _ in rows(text)]


@pytest.mark.parametrize(
    "text",
    [
        "به موجب کنوانسیون رژیم حقوقی دریای خزر که امضا شده است، کشتیرانی آزاد است.",
        "طبق توافق‌نامه تجارت آزاد که سال‌ها پیش امضا شده، تعرفه‌ها کاهش یافت.",
        "وزیران در چارچوب منشور سازمان که تصویب شده است، همکاری می‌کنند.",
        "بنابر تفاهمنامه امضا شده، اعضا همکاری میکنند.",
        "در اجرای قطعنامه‌ای که به تصویب رسیده، کمیته‌ای تشکیل شد.",
    ],
)
def test_a_document_cited_as_a_basis_is_no_row(text: str) -> None:
    """The document after a preposition of basis is the ground of the clause, not its object."""
    assert titles(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیران بر اساس منشور سازمان، برنامه اقدام مشترک را تصویب کردند.", ["برنامه اقدام مشترک"]),
        ("اعضا براساس گزارش کمیته، قطعنامه‌ای درباره فلسطین تصویب کردند.", ["قطعنامه‌ای"]),
        ("بر اساس مفاد بیانیه پایانی، اعضا بر همکاری تاکید کردند.", ["بیانیه پایانی"]),
        ("طبق بیانیه مشترک صادر شده، نشست بعدی در باکو برگزار می‌شود.", ["بیانیه مشترک"]),
        ("وزیران منشور سازمان را تصویب کردند.", ["منشور سازمان"]),
    ],
)
def test_the_object_and_the_final_statement_stay(text: str, expected: list[str]) -> None:
    """What the verb acts on after a cited basis stays, and so does the meeting's own final or joint
    statement cited as a basis (issued)."""
    assert titles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("این نشست یازده سال پس از امضای موافقت‌نامه ترانزیت برگزار شد.", []),
        ("نشست سران دو سال بعد از تصویب منشور سازمان برگزار می‌شود.", []),
        ("این دیدار چند ماه پس از امضای تفاهمنامه همکاری انجام شد.", []),
        ("یک هفته بعد از انتشار بیانیه مشترک، وزیران دیدار کردند.", []),
        ("در گذشته نیز قطعنامه‌هایی در همین زمینه تصویب شده است.", []),
        ("در گذشته سه سند همکاری امضا شده بود.", []),
        ("اجلاس ده سال پس از تاسیس سازمان با امضای سند همکاری پایان یافت.", ["سند همکاری"]),
        ("پس از امضای سند همکاری، نشست پایان یافت.", ["سند همکاری"]),
    ],
)
def test_a_signing_counted_from_or_in_the_past_is_background(text: str, expected: list[str]) -> None:
    """A span of time after an action noun, or «در گذشته», places the action before the meeting; a span
    after another event («… پس از تاسیس سازمان با امضای X») or a bare «پس از» does not."""
    assert titles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سازمان همکاری اسلامی در بیانیه‌ای اعلام کرد که نشستی فوق‌العاده درباره افغانستان برگزار می‌کند.", []),
        ("دبیرخانه طی بیانیه‌ای اعلام کرد اجلاس وزیران هفته آینده در جده برگزار خواهد شد.", []),
        ("کمیسیون اروپا در بیانیه ای گفت همایش سران ماه آینده برگزار خواهد شد.", []),
        ("سران در پایان نشست بیانیه‌ای صادر کردند و بر همکاری تاکید کردند.", ["بیانیه‌ای"]),
        ("وزیران در بیانیه‌ای اعلام کردند نشست آینده سال بعد در تهران برگزار خواهد شد.", ["بیانیه‌ای"]),
        ("اجلاس با صدور بیانیه‌ای پایان یافت که در آن آمده است نشست بعدی در مسکو برگزار می‌شود.", ["بیانیه‌ای"]),
        (
            "سران در بیانیه‌ای که در پایان اجلاس منتشر شد، اعلام کردند نشست آینده در تهران برگزار می‌شود.",
            ["بیانیه‌ای"],
        ),
    ],
)
def test_a_statement_announcing_the_meeting_is_no_outcome(text: str, expected: list[str]) -> None:
    """A statement in which a body says a meeting will be held announces it (issued before it); one
    issued at a meeting that names the next one stays."""
    assert titles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("نشست وزیران با صدور قطعنامه ۱۳ بندی پایان یافت.", ["قطعنامه ۱۳ بندی"]),
        ("کنفرانس با تصویب قطعنامه ۲۰ ماده‌ای به کار خود پایان داد.", ["قطعنامه ۲۰ ماده‌ای"]),
        ("کنفرانس با تصویب قطعنامه ۲۰ ماده ای به کار خود پایان داد.", ["قطعنامه ۲۰ ماده‌ای"]),
        ("شورا قطعنامه ۲۲۳۱ را تصویب کرد.", []),
        ("شورای امنیت قطعنامه شماره ۱۳ را تصویب کرد.", ["قطعنامه شماره ۱۳"]),
    ],
)
def test_parts_counted_are_no_resolution_number(text: str, expected: list[str]) -> None:
    """A number before a part noun («بند», «ماده») measures the resolution; a bare number names one of
    the Security Council or General Assembly, a row only where the article reports their meeting (here
    the first sentence opens with the Council)."""
    assert titles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "مجمع عمومی فیصله کمیته اعتبارنامه‌ها در مورد کرسی افغانستان را تایید کرد.",
            [("فیصله کمیته اعتبارنامه‌ها", "approved")],
        ),
        ("اعضا فیصله نهایی نشست را به تصویب رساندند.", [("فیصله نهایی نشست", "adopted")]),
        ("در این جلسه فیصله شد که نشست بعدی در کابل برگزار شود.", []),
        ("وزیران فیصله کردند که کمیته مشترک تشکیل شود.", []),
        ("فیصله‌های مهمی در این نشست اتخاذ شد.", []),
        ("سند چشم‌انداز ۲۰۴۰ را در این اجلاس به تصویب رساندیم.", [("چشم‌انداز ۲۰۴۰", "adopted")]),
        ("ما امروز منشور همکاری را به امضا رساندیم.", [("منشور همکاری", "signed")]),
    ],
)
def test_dari_decision_and_first_person_causative(text: str, expected: list[tuple[str, str]]) -> None:
    """Dari «فیصله» (decision) named by its body is a document, and unnamed or as a verb («فیصله شد/کردند»)
    none, as «تصمیم»; «به تصویب/امضا رساندیم» adopts and signs as «رساندند» does."""
    assert [(t, str(a.value)) for t, a in rows(text)] == expected


def body_titles(*texts: str, headline: str | None = None) -> list[tuple[str, str]]:
    """(title, action) of an article of `texts`, with a headline row first when given."""
    sentences = [(0, 0, "headline", normalize(headline))] if headline else []
    sentences += [(i + 1, i + 1, "body", normalize(t)) for i, t in enumerate(texts)]
    df = extract_documents(pd.DataFrame(sentences, columns=contracts.SENTENCES))
    return [(t, str(a.value)) for t, a in zip(df["title_fa"], df["action"], strict=True)]


UN_LINE = "شورای امنیت سازمان ملل متحد روز پنجشنبه قطعنامه ۲۶۹۰ را به اتفاق آرا تصویب کرد."
SCO_LEAD = "نشست سران سازمان همکاری شانگهای امروز در آستانه برگزار شد."


@pytest.mark.parametrize(
    "headline, texts, expected",
    [
        (None, [UN_LINE], [("قطعنامه ۲۶۹۰", "adopted")]),
        (None, [SCO_LEAD, UN_LINE], []),
        (
            "شورای امنیت ماموریت هیئت سازمان ملل در افغانستان را تمدید کرد",
            [SCO_LEAD, UN_LINE],
            [("قطعنامه ۲۶۹۰", "adopted")],
        ),
        ("سه کشور خواستند متن بیانیه به عنوان سند شورای امنیت منتشر شود", [SCO_LEAD, UN_LINE], []),
        (
            None,
            ["به گزارش خبرگزاری؛ مجمع عمومی سازمان ملل قطعنامه‌ای درباره افغانستان تصویب کرد."],
            [("قطعنامه‌ای", "adopted")],
        ),
        (None, ["یک قطعنامه درباره افغانستان از سوی مجمع عمومی سازمان ملل تصویب شد."], [("قطعنامه", "adopted")]),
        (None, ["وزیران گفتند مجمع عمومی سازمان ملل قطعنامه‌ای درباره افغانستان تصویب کرد."], []),
        (
            "بیانیه پایانی اجلاس ناتو منتشر شد",
            ["سران ناتو در لندن دیدار کردند."],
            [("بیانیه پایانی اجلاس ناتو", "issued")],
        ),
        (None, [SCO_LEAD, "بیانیه پایانی اجلاس ناتو منتشر شد."], []),
        (
            "اتحادیه اروپا و ناتو بیانیه مشترک همکاری امضا کردند",
            ["توافق‌نامه همکاری ناتو امضا شد."],
            [("بیانیه مشترک همکاری", "signed"), ("توافق‌نامه همکاری ناتو", "signed")],
        ),
        (None, ["در نشست شورای امنیت، اعضا قطعنامه ۲۷۲۷ (۲۰۲۴) را تصویب کردند."], [("قطعنامه ۲۷۲۷ (۲۰۲۴)", "adopted")]),
        (None, [SCO_LEAD, "سران بر اجرای قطعنامه ۲۲۳۱ شورای امنیت تاکید کردند."], []),
    ],
)
def test_the_body_whose_meeting_the_article_reports_is_no_other_body(
    headline: str | None, texts: list[str], expected: list[tuple[str, str]]
) -> None:
    """The UN Security Council, the General Assembly or NATO is another body unless the article reports
    its meeting: opening the headline or the first sentence (or joined to a body that does), after a
    meeting noun or as agent there, not asked or cited; then its acts and documents (a numbered
    resolution too, its title ending at the number and the year in brackets) are the meeting's."""
    assert body_titles(*texts, headline=headline) == expected


UN_ACT = normalize("شورای امنیت با تصویب قطعنامه‌ی تمدید تحریم‌ها، تیم نظارت را موظف کرد.")


@pytest.mark.parametrize(
    "caption, lead, expected",
    [
        (
            "عکس: آرشیف",
            "شورای امنیت سازمان ملل روز جمعه تحریم‌ها را تمدید کرد.",
            [("قطعنامه‌ی تمدید تحریم‌ها", "adopted")],
        ),
        ("تصویر از خبرگزاری", "نشست شورای امنیت امروز در نیویورک برگزار شد.", [("قطعنامه‌ی تمدید تحریم‌ها", "adopted")]),
        ("عکس: نشست شورای امنیت", SCO_LEAD, []),
    ],
)
def test_a_photo_caption_is_not_the_first_sentence(caption: str, lead: str, expected: list[tuple[str, str]]) -> None:
    """A photo's caption above the text («عکس: …») is not the sentence that names whose meeting it is
    (helpers.extract.document_outside.home_bodies): the first sentence after it is, whether or not the
    caption names a body."""
    sentences = [(0, 0, "caption", normalize(caption)), (1, 1, "body", normalize(lead)), (2, 2, "body", UN_ACT)]
    df = extract_documents(pd.DataFrame(sentences, columns=contracts.SENTENCES))
    assert [(t, str(a.value)) for t, a in zip(df["title_fa"], df["action"], strict=True)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("در بیانیه پایانی نشست پیشنهاد شد که کمیته مشترکی تشکیل شود.", [("بیانیه پایانی نشست", "issued")]),
        (
            "در بیانیه مشترک سران بر همکاری تاکید و پیشنهاد شد نشست بعدی در باکو برگزار شود.",
            [("بیانیه مشترک", "issued")],
        ),
        ("طی قطعنامه‌ای که به تصویب رسید، اعضا بر صلح تاکید کردند.", [("قطعنامه‌ای", "adopted")]),
        ("پیش‌نویس قطعنامه به نشست پیشنهاد شد.", [("پیش‌نویس قطعنامه", "proposed")]),
    ],
)
def test_a_document_a_clause_stands_in_is_not_its_object(text: str, expected: list[tuple[str, str]]) -> None:
    """«در/طی/ضمن X … پیشنهاد شد»: X is where the proposal stands (a final statement, issued), unless a
    relative «که» makes the verb X's own."""
    assert [(t, str(a.value)) for t, a in rows(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سران بحث‌های عمومی را طرح و اسناد نشست وزیران را تصویب می‌کنند.", ["اسناد نشست وزیران"]),
        ("اعضا دیدگاه‌های خود را طرح و قطعنامه را تصویب کردند.", ["قطعنامه"]),
        ("وزیران این موضوع را طرح کردند و سند همکاری را امضا کردند.", ["سند همکاری"]),
        ("سران طرح ایجاد صندوق را تصویب کردند.", ["طرح ایجاد صندوق"]),
        ("سران برنامه را تصویب کردند.", ["برنامه"]),
    ],
)
def test_a_bare_document_word_after_the_object_mark_is_the_verbs(text: str, expected: list[str]) -> None:
    """An object and its «را» stand before the verb: a bare document word right after «را» («… را طرح
    و …») is the nominal part of a compound verb, not a document; a document word before «را» is the
    object."""
    assert titles(text) == expected


@pytest.mark.parametrize(
    "headline, texts, expected",
    [
        (
            "نشست سران ناتو در لاهه",
            ["در اعلامیه رهبران ناتو آمده است که متحدان هزینه دفاعی را افزایش می‌دهند."],
            [("اعلامیه رهبران ناتو", "issued")],
        ),
        (
            "نشست نمایندگان کشورهای عضو شورای امنیت درباره غزه",
            ["اعضا قطعنامه ۲۷۲۸ را تصویب کردند."],
            [("قطعنامه ۲۷۲۸", "adopted")],
        ),
        (
            "سفر وزیران به بروکسل",
            ["در اعلامیه رهبران ناتو آمده است که متحدان هزینه دفاعی را افزایش می‌دهند."],
            [],
        ),
    ],
)
def test_those_who_meet_between_the_meeting_and_its_body(
    headline: str, texts: list[str], expected: list[tuple[str, str]]
) -> None:
    """«نشست سران ناتو», «اجلاس وزیران امور خارجه کشورهای عضو X»: those who meet stand between the meeting noun
    and its body, and the meeting is still that body's (document_outside.HOME_AT); its documents are the
    meeting's. A headline that names no meeting of it leaves the body another one."""
    assert body_titles(*texts, headline=headline) == expected
