"""Document rules on sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import contracts
from helpers.extract.documents import extract_documents
from helpers.text.tokenize import normalize


def sentences(*texts: str, role: str = "body") -> pd.DataFrame:
    return pd.DataFrame([(i, i, role, normalize(t)) for i, t in enumerate(texts)], columns=contracts.SENTENCES)


def rows(*texts: str) -> list[tuple[str, str]]:
    df = extract_documents(sentences(*texts))
    return list(zip(df["title_fa"], df["action"], strict=True))


def test_passive_adoption_and_coordinated_documents() -> None:
    assert rows("در پایان اجلاس، راهبرد امنیت انرژی و طرح مبارزه با تروریسم برای سه سال آینده تصویب شد.") == [
        ("راهبرد امنیت انرژی", "adopted"),
        ("طرح مبارزه با تروریسم", "adopted"),  # «برای …»: a time, no part of the title,
    ]


def test_object_form_and_signature() -> None:
    assert rows("وزیران خارجه دو کشور تفاهم‌نامه همکاری گمرکی را امضا کردند.") == [("تفاهم‌نامه همکاری گمرکی", "signed")]
    assert rows("در این دیدار ۱۲ سند همکاری به امضا رسید.") == [("۱۲ سند همکاری", "signed")]


def test_clause_with_another_verb_is_not_a_document() -> None:
    assert rows("برنامه‌های دوره ریاست قزاقستان بررسی شد و اعلامیه مشترک تأیید شد.") == [("اعلامیه مشترک", "approved")]


def test_proposal_after_the_verb_with_proposer_resolved_from_attendees() -> None:
    df = extract_documents(
        sentences(
            "ولادیمیر پوتین رئیس‌جمهور روسیه در نشست حضور داشت.",
            "رئیس‌جمهور روسیه پیشنهاد داد که برنامه مشترک آموزش نظامی آغاز شود.",
        )
    )
    (row,) = df.to_dict("records")
    assert (row["title_fa"], row["action"], row["proposed_by_en"]) == (
        "برنامه مشترک آموزش نظامی",
        "proposed",
        "Vladimir Putin",
    )


def test_proposed_by_a_state() -> None:
    df = extract_documents(sentences("تصمیم تشکیل گروه کاری انرژی به پیشنهاد ازبکستان به تصویب رسید."))
    (row,) = df.to_dict("records")
    assert (row["title_fa"], row["action"], row["proposed_by_en"]) == (
        "تصمیم تشکیل گروه کاری انرژی",
        "adopted",
        "Uzbekistan",
    )


def test_english_title_from_the_glossary_or_null() -> None:
    df = extract_documents(sentences("استراتژی مبارزه با مواد مخدر تصویب شد.", "اعلامیه آلماتی امضا شد."))
    assert df["title_en"].tolist() == ["anti-drug strategy", None]


def test_repeated_document_is_one_row_and_other_stories_are_skipped() -> None:
    df = pd.concat(
        [
            sentences("بیانیه مشترک امضا شد.", "بیانیه مشترک امضا شد."),
            sentences("توافق‌نامه تجاری امضا شد", role="other_headline"),
        ]
    )
    assert extract_documents(df)["title_fa"].tolist() == ["بیانیه مشترک"]


def test_document_before_a_relative_clause() -> None:
    assert rows("اعلامیه مشترکی که روز گذشته، در نشست وزیران تصویب شد، منتشر شد.") == [("اعلامیه مشترکی", "adopted")]


def test_signed_by_someone() -> None:
    assert rows("این بیانیه مشترک به امضای نخست‌وزیران کشورهای عضو رسید.") == [("بیانیه مشترک", "signed")]


def test_comma_separated_list_keeps_every_document() -> None:
    """«الف، ب و ج تصویب شد»: the comma before the second item does not cut off the first."""
    assert rows("در پایان نشست، منشور همکاری دریایی، برنامه مقابله با قاچاق و طرح آموزش مشترک تصویب شد.") == [
        ("منشور همکاری دریایی", "adopted"),
        ("برنامه مقابله با قاچاق", "adopted"),
        ("طرح آموزش مشترک", "adopted"),
    ]
    # a comma after a phrase that is no document still ends the clause
    assert rows("در دیدار رهبران، برنامه همکاری فنی تصویب شد.") == [("برنامه همکاری فنی", "adopted")]


@pytest.mark.parametrize(
    ("title", "english"),
    [
        ("مجموعه‌ای از اسناد جدید", "a set of documents new"),  # the longest phrase first, then what is left
        ("اسناد جدید", "new documents"),  # a two-word term beats two one-word terms
        ("مجموعه ای از اسناد", "a set of documents"),  # a term written as separate words
        ("همکاری اطلاعاتی و نظامی", "intelligence and military cooperation"),
        ("سندهای همکاری نظامی", "document military cooperation"),  # a plural ending on a term
        ("\u200c سند ۲۰۳۰", "document 2030"),  # a lone ZWNJ token adds nothing
        ("سند همکاری ناشناخته", None),  # a word the glossary lacks
        ("سه سند همکاری", "3 cooperation documents"),  # a count: a number word as digits, the noun plural
        ("بیانیه‌ای مشترک", "a joint statement"),
    ],
)
def test_english_rendering_takes_the_longest_phrases(title: str, english: str | None) -> None:
    from helpers.extract.glossary import english as render
    from helpers.extract.glossary import glossary
    from helpers.text import gazetteer as gz

    assert render(title, glossary(gz.load())) == english


@pytest.mark.parametrize(
    "text, expected",
    [
        # an action noun before the document
        ("سران با امضای توافق‌نامه همکاری گمرکی به گفت‌وگوها پایان دادند.", [("توافق‌نامه همکاری گمرکی", "signed")]),
        ("اجلاس با صدور بیانیه پایانی به کار خود پایان داد.", [("بیانیه پایانی", "issued")]),
        ("وزیران برای امضای پروتکل حمل و نقل در پایتخت گرد آمدند.", [("پروتکل حمل و نقل", "proposed")]),
        ("نشست فردا با امضای منشور مرکز پژوهش پایان می‌یابد.", [("منشور مرکز پژوهش", "proposed")]),
        # issued, and statements named as the outcome with no verb
        ("بیانیه مشترک وزیران پس از نشست منتشر شد.", [("بیانیه مشترک", "issued")]),  # issuers: no title
        ("در بیانیه پایانی بر همکاری منطقه‌ای تأکید شد.", [("بیانیه پایانی", "issued")]),
        # to be signed
        ("نقشه راه همکاری‌های اقتصادی در نشست آینده به امضا خواهد رسید.", [("نقشه راه همکاری‌های اقتصادی", "proposed")]),
        (
            "قرار است یادداشت تفاهم بانکی امضا شود و اسناد پایانی نهایی شود.",
            [("یادداشت تفاهم بانکی", "proposed"), ("اسناد پایانی", "proposed")],
        ),
    ],
)
def test_action_nouns_issued_statements_and_plans(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, title, count",
    [
        ("در پایان نشست ۱۲ سند همکاری به امضا رسید.", "۱۲ سند همکاری", 12),
        ("در این سفر حدود بیست سند همکاری امضا شد.", "حدود بیست سند همکاری", 20),
        ("در این سفر سند همکاری امضا شد.", "سند همکاری", None),
    ],
)
def test_a_count_is_one_row_with_its_number(text: str, title: str, count: int | None) -> None:
    df = extract_documents(sentences(text))
    counts = [None if pd.isna(c) else int(c) for c in df["count"]]
    assert list(zip(df["title_fa"], counts, strict=True)) == [(title, count)]


def test_a_document_named_again_is_one_row() -> None:
    assert rows(
        "سران با امضای توافق‌نامه‌ای درباره ماهیگیری به اختلاف پایان دادند.",
        "پیش از امضای توافق‌نامه، سران سخنرانی کردند و امضای این توافق‌نامه دو ساعت طول کشید.",
    ) == [("توافق‌نامه‌ای", "signed")]


def test_the_final_statement_of_an_earlier_meeting_is_no_row() -> None:
    assert rows("در بیانیه پایانی آن نشست بر همکاری تأکید شده بود.") == []
    assert rows("در بیانیه پایانی نشست قبلی بر همکاری تأکید شده بود.") == []


@pytest.mark.parametrize(
    "text",
    ["راهبرد امنیت غذایی مورد تصویب قرار گرفت.", "راهبرد امنیت غذایی به تصویب وزیران کشاورزی رسید."],
)
def test_more_adoption_wordings(text: str) -> None:
    assert rows(text) == [("راهبرد امنیت غذایی", "adopted")]


def counted_rows(*texts: str) -> list[tuple[str, str, int | None]]:
    df = extract_documents(sentences(*texts))
    counts = [None if pd.isna(c) else int(c) for c in df["count"]]
    return list(zip(df["title_fa"], df["action"], counts, strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        # issuing or signing still to come, in the present-future and the subjunctive
        ("در پایان نشست، بیانیه‌ای منتشر می‌شود.", [("بیانیه‌ای", "proposed")]),
        ("اعلامیه مشترک وزیران فردا صادر خواهد شد.", [("اعلامیه مشترک", "proposed")]),
        (
            "انتظار می‌رود دو کشور یادداشت تفاهمی درباره همکاری بانکی را امضا کنند.",
            [("یادداشت تفاهمی", "proposed")],
        ),
        # prepared or planned for signing, the participle's complement kept in the title
        ("یادداشت تفاهم همکاری علمی برای امضا آماده شده است.", [("یادداشت تفاهم همکاری علمی", "proposed")]),
        ("اسناد آماده‌شده برای امضا در نشست بعدی بررسی می‌شود.", [("اسناد آماده‌شده برای امضا", "proposed")]),
        # a draft submitted for adoption
        ("پیش‌نویس قطعنامه یمن در نشست وزیران ارائه شد.", [("پیش‌نویس قطعنامه یمن", "proposed")]),
    ],
)
def test_documents_still_to_be_issued_signed_or_adopted_are_proposed(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_coordinated_verbs_take_the_last_action() -> None:
    assert counted_rows("در این جلسه هشت سند مورد توافق قرار گرفت و به تصویب رسید.") == [("هشت سند", "adopted", 8)]
    assert counted_rows("منشور انرژی مورد توافق قرار گرفت.") == [("منشور انرژی", "approved", None)]


def test_the_indefinite_article_is_no_count() -> None:
    assert counted_rows("وزیران یک بیانیه مشترک و دو سند همکاری امضا کردند.") == [
        ("بیانیه مشترک", "signed", None),
        ("دو سند همکاری", "signed", 2),
    ]


def test_a_count_and_the_drafts_it_lists_are_each_a_row() -> None:
    assert counted_rows(
        "در مجموع چهار سند شامل پیش‌نویس قطعنامه یمن، پیش‌نویس بیانیه نیامی و پیش‌نویس اعلامیه پایانی "
        "برای تصویب به وزیران ارائه می‌شود."
    ) == [
        ("چهار سند", "proposed", 4),
        ("پیش‌نویس قطعنامه یمن", "proposed", None),
        ("پیش‌نویس بیانیه نیامی", "proposed", None),
        ("پیش‌نویس اعلامیه پایانی", "proposed", None),
    ]


def test_a_listed_agreement_before_signers_and_witnesses() -> None:
    """The verb comes after the agent and a comma-separated list of witnesses; solid spellings."""
    assert counted_rows(
        "پیش از آن پنج سند از جمله تفاهم نامه گردشگری، موافقتنامه گمرکی و پروتکل بهداشت از سوی وزیران "
        "در حضور رؤسای جمهور قزاقستان، ازبکستان و تاجیکستان امضا شد."
    ) == [
        ("پنج سند", "signed", 5),
        ("تفاهم‌نامه گردشگری", "signed", None),  # hazm joins the written-apart suffix
        ("موافقتنامه گمرکی", "signed", None),
        ("پروتکل بهداشت", "signed", None),
    ]


@pytest.mark.parametrize(
    "text, title",
    [
        ("بیانیه مشترک در پایان نشست امضا شد.", "بیانیه مشترک"),
        ("قطعنامه غزه با ۴۰ رأی موافق تصویب شد.", "قطعنامه غزه"),
        ("نقشه راه تجارت روز سه‌شنبه تأیید شد.", "نقشه راه تجارت"),
        ("وزیران قطعنامه غزه را به اتفاق آرا تصویب کردند.", "قطعنامه غزه"),
        ("قطعنامه غزه با اکثریت آرا تصویب شد.", "قطعنامه غزه"),
    ],
)
def test_where_and_when_are_not_part_of_the_title(text: str, title: str) -> None:
    assert [t for t, _ in rows(text)] == [title]


def test_a_verb_inside_a_quotation_ends_the_clause() -> None:
    assert rows("سخنگو گفت «چند تصمیم مهم در نشست گرفته شد» و قرار است دو کشور یادداشت تفاهم بانکی را امضا کنند.") == [
        ("یادداشت تفاهم بانکی", "proposed")
    ]


def test_a_document_named_before_is_no_row_after_also() -> None:
    assert rows("این قرارداد همچنین توسط نمایندگان ارمنستان امضا شد.") == []


def test_a_verbless_headline_names_the_document_the_body_reports() -> None:
    df = extract_documents(
        pd.concat(
            [
                sentences("امضای تفاهم‌نامه گمرکی میان دو سازمان", role="headline"),
                sentences("قرار است تفاهم‌نامه‌ای درباره همکاری گمرکی در نشست فردا امضا شود."),
            ]
        )
    )
    assert list(zip(df["title_fa"], df["action"], strict=True)) == [("تفاهم‌نامه‌ای", "proposed")]
    assert rows("امضای تفاهم‌نامه گمرکی میان دو سازمان") == [("تفاهم‌نامه گمرکی میان دو سازمان", "signed")]


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        (
            "سران اعلامیه کابل را امضا کردند",
            "رهبران شش کشور بیانیه کابل اجلاس سران را امضا کردند.",
            [("بیانیه کابل اجلاس سران", "signed")],
        ),
        (
            "بیانیه پایانی نشست وزیران صادر شد",
            "در پایان نشست اعلامیه پایانی وزیران خارجه اکو صادر شد.",
            [("اعلامیه پایانی وزیران خارجه اکو", "issued")],
        ),
        (  # another kind of document is another row
            "سران منشور کابل را امضا کردند",
            "رهبران بیانیه کابل اجلاس سران را امضا کردند.",
            [("منشور کابل", "signed"), ("بیانیه کابل اجلاس سران", "signed")],
        ),
    ],
)
def test_a_headlines_declaration_is_the_bodys_statement(headline: str, body: str, expected: list) -> None:
    """A headline's «اعلامیه …» reports the statement («بیانیه …») the body tells with the same action, and
    the other way round (document_sameness.same_kind): one row, the body's."""
    df = extract_documents(pd.concat([sentences(headline, role="headline"), sentences(body)]))
    assert list(zip(df["title_fa"], df["action"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سران اعلامیه تهران را به تصویب رساندند.", ("اعلامیه تهران", "adopted")),
        ("اساسنامه مرکز فرهنگی تصویب شده است.", ("اساسنامه مرکز فرهنگی", "adopted")),
        ("اعلامیه مشترک امضا گردید.", ("اعلامیه مشترک", "signed")),
        ("وزیران منشور همکاری را امضا نمودند.", ("منشور همکاری", "signed")),
        ("اعلامیه کابل منظور گردید.", ("اعلامیه کابل", "approved")),  # Dari «approved»
        ("اعلامیه نهایی نشست انتشار یافت.", ("اعلامیه نهایی نشست", "issued")),
        ("سند همکاری راهبردی به امضا می‌رسد.", ("سند همکاری راهبردی", "proposed")),
        ("آیین‌نامه داخلی شورا مورد تصویب قرار خواهد گرفت.", ("آیین‌نامه داخلی شورا", "proposed")),
        ("بیانیه پایانی نشست با تأکید بر همکاری منطقه‌ای صادر شد.", ("بیانیه پایانی نشست", "issued")),
        ("اعلامیه مشترک طی مراسمی در کاخ امضا شد.", ("اعلامیه مشترک", "signed")),
    ],
)
def test_more_verb_forms_and_document_words(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


def test_a_classifier_after_the_count() -> None:
    assert counted_rows("در این نشست ۱۴ فقره سند همکاری امضا شد.") == [("۱۴ فقره سند همکاری", "signed", 14)]


@pytest.mark.parametrize(
    "text",
    [
        "توافق‌نامه تجارت آزاد سال گذشته در همین شهر امضا شد.",
        "پیش از این، وزیران برنامه همکاری را تصویب کرده بودند.",
        "در نشست قبلی، سند همکاری امضا شد.",
        "این امضای توافق‌نامه در حاشیه نشست صورت گرفت.",
    ],
)
def test_documents_of_earlier_meetings_or_named_before_are_no_rows(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیران خارجه، پیش‌نویس بیانیه سران را نهایی کردند.", [("پیش‌نویس بیانیه سران", "proposed")]),
        ("متن اعلامیه مشترک توسط کارشناسان تهیه شده است.", [("اعلامیه مشترک", "proposed")]),
        ("قرارداد ساخت نیروگاه منعقد شد.", [("قرارداد ساخت نیروگاه", "signed")]),
        ("سران با انعقاد پیمان‌نامه دوستی به نشست پایان دادند.", [("پیمان‌نامه دوستی", "signed")]),
        ("وزیران پروتوکول همکاری گمرکی را به امضا رسانیدند.", [("پروتوکول همکاری گمرکی", "signed")]),
        # a draft of a final statement is not the statement issued; unnamed decisions are no documents
        ("پیش‌نویس بیانیه پایانی در دست بررسی کارشناسان است.", []),
        ("در این نشست تصمیمات مهمی اتخاذ شد.", []),
        ("سخنگو گفت چندین تصمیم در نشست اتخاذ شد.", []),
        ("تصمیم ایجاد صندوق توسعه اتخاذ شد.", [("تصمیم ایجاد صندوق توسعه", "adopted")]),
    ],
)
def test_drafting_concluding_and_generic_decisions(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, action",
    [
        ("قرار است در بیانیه پایانی بر همکاری اقتصادی تأکید شود.", "proposed"),
        ("بیانیه پایانی ما بر همکاری تأکید خواهد کرد.", "proposed"),
        ("در بیانیه پایانی بر همکاری تأکید شد و نشست بعدی در مسکو برگزار خواهد شد.", "issued"),
    ],
)
def test_a_final_statement_in_a_pre_event_sentence_is_proposed(text: str, action: str) -> None:
    assert rows(text) == [("بیانیه پایانی", action)]
    assert rows("بیانیه پایانی نشست سران بر همکاری تأکید خواهد کرد.") == [("بیانیه پایانی نشست سران", "proposed")]


@pytest.mark.parametrize(
    "text",
    ["سخنگو خبر امضای توافق را تأیید کرد.", "بیانیه پایانی اجلاس هنوز منتشر نشده است."],
)
def test_a_bare_agreement_word_and_a_statement_not_yet_issued_are_no_rows(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("امضای سند همکاری راهبردی در دستور کار نشست قرار دارد.", [("سند همکاری راهبردی", "proposed")]),
        ("قرار است سران با امضای اعلامیه مسکو به نشست پایان دهند.", [("اعلامیه مسکو", "proposed")]),
        (
            "اسناد زیر در این نشست به امضا رسید: موافقتنامه حمل و نقل، تفاهم‌نامه گمرکی و پروتکل بهداشت.",
            [("موافقتنامه حمل و نقل", "signed"), ("تفاهم‌نامه گمرکی", "signed"), ("پروتکل بهداشت", "signed")],
        ),
    ],
)
def test_planned_signing_and_a_list_after_the_verb(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سران بیانیه مشترکی صادر و بر همکاری تأکید کردند.", [("بیانیه مشترکی", "issued")]),
        ("وزیران سند همکاری را امضا و اجرا خواهند کرد.", [("سند همکاری", "proposed")]),
        ("بیانیه مشترک امضا و منتشر شد.", [("بیانیه مشترک", "issued")]),  # coordinated: the last action
    ],
)
def test_an_action_word_whose_light_verb_the_next_verb_carries(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "اعضا اجرای کامل قطعنامه ۲۲۳۱ شورای امنیت را تأیید کردند.",
        "اعضا اجرای کامل قطع‌نامه ۲۲۳۱ را تأیید کردند.",  # written with a ZWNJ
        "دو کشور بر اجرای بیانیه مشترک سال گذشته تأکید کردند.",
    ],
)
def test_a_numbered_resolution_and_an_earlier_statement_are_no_rows(text: str) -> None:
    assert rows(text) == []


def test_a_later_future_clause_does_not_make_an_action_noun_proposed() -> None:
    assert rows("اجلاس با صدور بیانیه پایانی به کار خود پایان داد و نشست بعدی در تهران برگزار خواهد شد.") == [
        ("بیانیه پایانی", "issued")
    ]


@pytest.mark.parametrize(
    "text, title",
    [
        ("سران با امضای موافقت‌نامه همکاری انرژی به نشست پایان دادند.", "موافقت‌نامه همکاری انرژی"),
        ("با تصویب طرح مبارزه با تروریسم، نشست پایان یافت.", "طرح مبارزه با تروریسم"),
        ("با امضای موافقت‌نامه حفاظت از محیط زیست خزر، نشست به پایان رسید.", "موافقت‌نامه حفاظت از محیط\u200cزیست خزر"),
    ],
)
def test_a_title_after_an_action_noun_keeps_its_complement(text: str, title: str) -> None:
    assert [t for t, _ in rows(text)] == [title]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("در این نشست طرح ایجاد بانک مشترک پیشنهاد شد.", [("طرح ایجاد بانک مشترک", "proposed")]),
        ("ایران پیشنهاد طرح ایجاد بانک مشترک را مطرح کرد.", [("طرح ایجاد بانک مشترک", "proposed")]),
        ("اعضا با پیشنهاد ایجاد صندوق مشترک موافقت کردند.", [("ایجاد صندوق مشترک", "approved")]),
    ],
)
def test_a_proposal_in_the_passive_or_as_a_noun(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وزیر خارجه روسیه برنامه سفر پوتین به تهران را تأیید کرد.",
        "برنامه‌ریزی برای برگزاری نشست بعدی تأیید شد.",  # planning, not a programme
        "آژانس صلح‌آمیز بودن برنامه هسته‌ای ایران را تأیید کرد.",
        "طرح این موضوع در نشست مورد موافقت قرار گرفت.",
    ],
)
def test_a_schedule_a_weapons_programme_or_raising_a_matter_is_no_document(text: str) -> None:
    assert rows(text) == []


def test_what_a_document_is_about_after_the_object_mark_and_a_dari_future_issue() -> None:
    assert rows("وزیران قطعنامه‌ای را در مورد افغانستان تصویب کردند.") == [("قطعنامه‌ای", "adopted")]
    assert rows("وزیران طرحی را برای توسعه تجارت تصویب کردند.") == [("طرحی", "adopted")]  # «را» closes a title
    assert rows("متن اعلامیه کابل فردا نشر خواهد شد.") == [("اعلامیه کابل", "proposed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سند همکاری امضاء شد.", [("سند همکاری", "signed")]),
        ("بیانیه مشترک به امضاء وزیران رسید.", [("بیانیه مشترک", "signed")]),
        ("قرار است سند همکاری امضاء شود.", [("سند همکاری", "proposed")]),
        ("سران با امضاء تفاهم‌نامه گمرکی به نشست پایان دادند.", [("تفاهم‌نامه گمرکی", "signed")]),
    ],
)
def test_signing_written_with_a_final_hamza(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_a_document_word_written_with_a_zwnj() -> None:
    assert rows("قطع‌نامه غزه تصویب شد.") == [("قطع‌نامه غزه", "adopted")]


@pytest.mark.parametrize(
    "text", ["در این نشست گزارشی از برنامه‌های سازمان ارائه شد.", "دبیرکل گزارش اجرای برنامه همکاری را ارائه کرد."]
)
def test_presenting_is_proposing_only_for_a_draft(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text", ["گزارشی درباره برنامه همکاری تهیه شد.", "سران بر اجرای کامل بیانیه مشترک تأکید کردند."]
)
def test_a_document_word_inside_a_report_or_an_implementation_is_no_row(text: str) -> None:
    assert rows(text) == []


def test_a_final_statement_named_with_no_action_is_the_one_the_body_reports() -> None:
    df = extract_documents(
        pd.concat(
            [
                sentences("بیانیه پایانی نشست وزیران در تهران", role="headline"),
                sentences("شرکت‌کنندگان در پایان نشست بیانیه مشترکی صادر کردند."),
            ]
        )
    )
    assert list(zip(df["title_fa"], df["action"], strict=True)) == [("بیانیه مشترکی", "issued")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("با پذیرش اعلامیه نهایی، نشست پایان یافت.", [("اعلامیه نهایی", "adopted")]),
        ("با عقد قرارداد حمل و نقل، نشست پایان یافت.", [("قرارداد حمل و نقل", "signed")]),
        ("دو کشور برای عقد قرارداد گازی آماده می‌شوند.", [("قرارداد گازی", "proposed")]),
        ("وزیران اعلامیه کابل را امضا کرده و بر همکاری تأکید کردند.", [("اعلامیه کابل", "signed")]),
    ],
)
def test_accepting_concluding_and_a_participle_before_and(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text", ["این کشورها می‌کوشند تا قرارداد مذکور هر چه زودتر امضا شود.", "تفاهم‌نامه یادشده نیز تصویب شد."]
)
def test_a_document_word_with_a_back_reference_is_no_row(text: str) -> None:
    assert rows(text) == []


def test_a_counted_title_ends_before_its_complement_and_issues_name_no_subject() -> None:
    assert counted_rows("در این نشست پنج سند در زمینه همکاری اقتصادی به امضا رسید.") == [("پنج سند", "signed", 5)]
    assert counted_rows("دست‌کم سه طرح برای توسعه تجارت تصویب شد.") == [("سه طرح", "adopted", 3)]
    assert rows("قرار است سران بیانیه‌ای درباره مسائل منطقه‌ای صادر کنند.") == [("بیانیه\u200cای", "proposed")]


def test_a_meeting_pointed_at_ends_a_title_and_a_past_plural_is_a_verb() -> None:
    assert rows("وزیران با پذیرش سند نهایی این نشست گام مهمی برداشتند.") == [("سند نهایی", "adopted")]
    assert rows("سران با امضای سند همکاری، پیام روشنی به جهان فرستادند.", "سند همکاری دیگری نیز تصویب شد.") == [
        ("سند همکاری", "signed"),
        ("سند همکاری دیگری", "adopted"),
    ]


@pytest.mark.parametrize(
    "texts",
    [
        ("نشست سران در ژوئن ۲۰۲۴ در آستانه برگزار شد.", "منشور این سازمان در سال ۲۰۰۲ امضا شد."),
        ("نشست امروز ۲۰ آذر ۱۴۰۳ برگزار شد.", "اساسنامه مرکز در سال ۱۳۸۰ تصویب شد."),
        ("سران بر برگزاری مراسم سالگرد امضای معاهده دوستی تأکید کردند.",),
    ],
)
def test_a_signing_dated_before_the_article_or_an_anniversary_is_of_an_earlier_meeting(texts: tuple) -> None:
    assert rows(*texts) == []


def test_a_named_document_and_a_comma_before_its_verb() -> None:
    assert rows("متن بیانیه نهایی تحت عنوان اعلامیه تهران، فردا تصویب خواهد شد.") == [("اعلامیه تهران", "proposed")]


def test_documents_unnamed_and_uncounted_are_no_rows() -> None:
    assert rows("پس از سخنرانی‌ها، مراسم امضای اسناد و نشست خبری برگزار می‌شود.") == []


def test_documents_listed_after_a_participle() -> None:
    text = "از جمله اسناد مورد تصویب در این نشست، راهبرد امنیت غذایی و همچنین برنامه همکاری فرهنگی بود."
    assert rows(text) == [("راهبرد امنیت غذایی", "adopted"), ("برنامه همکاری فرهنگی", "adopted")]


def test_a_vision_a_speaker_adopts_and_a_year_is_no_count() -> None:
    assert rows("ما تلاش خواهیم کرد در این نشست چشم‌انداز همکاری منطقه‌ای را تصویب کنیم.") == [
        ("چشم\u200cانداز همکاری منطقه\u200cای", "proposed")
    ]
    assert rows("ما چشم‌انداز ۲۰۳۰ را تصویب کردیم.") == [("چشم\u200cانداز ۲۰۳۰", "adopted")]
    assert counted_rows("در سال ۲۰۲۴ سند همکاری امضا شد.") == [("سند همکاری", "signed", None)]


def test_a_year_in_a_title_or_last_year_dates_no_earlier_meeting() -> None:
    texts = ("نشست سران در ژوئن ۲۰۲۶ برگزار شد.", "برنامه همکاری ۲۰۲۰ تا ۲۰۲۴ تصویب شد.")
    assert rows(*texts) == [("برنامه همکاری ۲۰۲۰ تا ۲۰۲۴", "adopted")]
    texts = ("نشست سران در ژانویه ۲۰۲۶ گزارش شد.", "اعلامیه کابل در ۲۸ دسامبر ۲۰۲۵ تصویب شد.")
    assert rows(*texts) == [("اعلامیه کابل", "adopted")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("گفته می‌شود بیش از ۲۰ سند در این سفر امضا خواهد شد.", [("بیش از ۲۰ سند", "proposed")]),
        ("رهبران با امضای اعلامیه سمرقند بر همکاری تأکید کردند.", [("اعلامیه سمرقند", "signed")]),
        ("دستاورد اصلی نشست، تصویب نقشه راه تجارت منطقه‌ای بود.", [("نقشه راه تجارت منطقه\u200cای", "adopted")]),
        ("این سند که به «اعلامیه باکو» مشهور است، دیروز امضا شد.", [("اعلامیه باکو", "signed")]),
    ],
)
def test_a_title_ends_at_a_stressed_complement_a_copula_or_its_closing_quote(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قرار است دو سند همکاری به امضای وزیران برسد.", [("دو سند همکاری", "proposed")]),
        ("کارشناسان ۸ سند را برای امضای وزیران آماده کردند.", [("۸ سند", "proposed")]),
        ("اعضا بر سر متن اعلامیه نهایی به توافق رسیدند.", [("اعلامیه نهایی", "approved")]),
        ("بر اساس بیانیه پایانی، نشست آینده در باکو برگزار خواهد شد.", [("بیانیه پایانی", "issued")]),
        (
            "نشست با تصویب اعلامیه باکو و برنامه اقدام سه‌ساله پایان یافت.",
            [("اعلامیه باکو", "adopted"), ("برنامه اقدام سه\u200cساله", "adopted")],
        ),
        ("پس از نشست، اسناد همکاری گمرکی امضا شد.", [("اسناد همکاری گمرکی", "signed")]),
    ],
)
def test_signing_to_come_agreeing_citing_and_coordinated_documents_after_an_action_noun(
    text: str, expected: list
) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیر گفت کشورش آماده امضای موافقت‌نامه ترانزیت است.", [("موافقت\u200cنامه ترانزیت", "proposed")]),
        ("دو طرف خواستار انعقاد قرارداد حمل و نقل در سال آینده شدند.", [("قرارداد حمل و نقل", "proposed")]),
    ],
)
def test_ready_or_calling_to_sign_is_proposed(text: str, expected: list) -> None:
    assert rows(text) == expected


def test_a_vision_and_an_action_plan_have_english_titles() -> None:
    df = extract_documents(sentences("ما چشم‌انداز ۲۰۳۰ را تصویب کردیم.", "برنامه اقدام نیز تصویب شد."))
    assert df["title_en"].tolist() == ["vision 2030", "action plan"]
