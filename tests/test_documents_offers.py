"""Documents put forward to a meeting (helpers.extract.document_offers), on sentences written for these
tests: a compound verb of putting forward («ارائه/تقدیم/پیشنهاد» and its light verb) in any tense,
person or voice, read off hazm's Lemmatizer, makes the document it acts on proposed; not one a
preposition governs, a wish, a negated verb, or what is only «مطرح» (raised)."""

from __future__ import annotations

import pytest
from document_fixtures import rows


def plain(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(title.replace("\u200c", ""), str(action)) for title, action in found]


@pytest.mark.parametrize(
    "text, title",
    [
        ("قطعنامه ضد تروریسم را سه کشور عربی به این نشست ارائه کردند.", "قطعنامه ضد تروریسم"),  # past, active
        ("ما قطعنامه محکومیت حمله به تأسیسات اتمی را در کنفرانس ارائه می‌دهیم.", "قطعنامه محکومیت حمله به تأسیسات اتمی"),
        ("هیئت قزاقستان طرح همکاری ترانزیتی را در نشست آستانه ارائه خواهد داد.", "طرح همکاری ترانزیتی"),  # future
        ("وزیر نفت گفت کشورش برنامه همکاری انرژی را ارائه کرده است.", "برنامه همکاری انرژی"),  # perfect
        ("پیش‌نویس بیانیه پایانی به وزیران تقدیم شد.", "پیش‌نویس بیانیه پایانی"),  # passive, «تقدیم», to whom
        ("اعلامیه ریاض به اجلاس سران عرب ارائه می‌شود.", "اعلامیه ریاض"),  # to a meeting
        ("منشور جدید به شورای وزیران پیشنهاد شد.", "منشور جدید"),  # to a body
        ("نقشه راه همکاری‌های گمرکی در جلسه دوم ارائه خواهد شد.", "نقشه راه همکاری‌های گمرکی"),  # future passive
        ("قرار است وزیران منشور انرژی را ارائه کنند.", "منشور انرژی"),  # a subjunctive planned
        ("رئیس‌جمهور گفت که در این نشست طرح جامع صلح را پیشنهاد خواهد کرد.", "طرح جامع صلح"),  # «پیشنهاد», future
        ("نمایندگان افغانستان مسوده قطعنامه را تقدیم نمودند.", "مسوده قطعنامه"),  # Dari «مسوده», «نمودن»
        ("وزرای خارجه منشور همکاری اقتصادی را ارائه میکنند.", "منشور همکاری اقتصادی"),  # lost ZWNJ, present
        ("کنوانسیون حفاظت از محیط‌زیست را دبیرخانه ارائه کردهاند.", "کنوانسیون حفاظت از محیط‌زیست"),  # lost ZWNJ
        ("سند همکاری راهبردی ارائه گردید.", "سند همکاری راهبردی"),  # «گردید»
        ("سه کشور پیش‌نویس قطعنامه‌ای به شورا تقدیم کردند.", "پیش‌نویس قطعنامه‌ای"),  # indefinite object, recipient
        ("هیئت ایران کاربرگی درباره ایمنی پرواز به دبیرخانه تقدیم کرد.", "کاربرگی"),  # what it is about, then to whom
    ],
)
def test_a_document_put_forward_in_any_tense_is_proposed(text: str, title: str) -> None:
    assert plain(rows(text)) == [(title.replace("\u200c", ""), "proposed")]


@pytest.mark.parametrize(
    "text",
    [
        "هیئت روسیه پیش‌نویس بیانیه را ارائه نکرد.",  # negated
        "این طرح در نشست مطرح نخواهد شد.",  # negated future, and a document named before
        "وزیر خارجه گزارشی از اجرای برنامه عمل ارائه کرد.",  # a report on a document's implementation
        "سازمان بهداشت خدمات درمانی به پناهجویان ارائه می‌کند.",  # no document put forward
        "این مسئله در نشست وزیران مطرح شد.",  # a matter raised, no document
        "ارائه راهکارها به نشست بعدی موکول شد.",  # an action noun, no document after it
        "پیشنهادهایی درباره منشور سازمان ارائه شد.",  # a topic of what is put forward
        "پرسش‌هایی پیرامون امضای موافقت‌نامه ترانزیت مطرح خواهد شد.",  # raised: a topic
        "نمایندگان درباره تدوین منشور انرژی پیشنهادهایی ارائه کردند.",  # a topic, an action noun between
        "در بخشی از بیانیه پیشنهادهای تازه‌ای ارائه شده است.",  # where the proposals stand
        "آنها خواستند که دبیرخانه نقشه راهی برای صلح ارائه کند.",  # a wish, not a plan
        "اتحادیه طرحی را برای بازسازی شهر مطرح کرد.",  # «مطرح»: raised, no putting forward
        # a comma leaves the topic in another clause: the answer is what is put forward
        "آقای الف در خصوص برنامه‌های اقتصادی دولت و پرسش‌های نمایندگان، پاسخ ارائه کرد.",
        "وزیر کار در این دیدار طرح اعزام کارگران را به همتای خود ارایه کرد.",  # to one counterpart: two-sided
        "وزیر کار در حاشیه نشست طرح اعزام کارگران را به همتا ترکمنی‌اش ارائه کرد.",
    ],
)
def test_no_document_is_put_forward(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "نمایندگان ایران با ارائه یک بیانیه جامع و ۶ کاربرگ فنی در این اجلاس حضور دارند.",
            [("بیانیه جامع", "proposed"), ("۶ کاربرگ فنی", "proposed")],
        ),
        ("هیئت با تقدیم پیش‌نویس قطعنامه به کمیته، خواستار رأی‌گیری شد.", [("پیش‌نویس قطعنامه", "proposed")]),
        ("دبیرکل با ارائه طرح صلح منطقه‌ای گفت که جنگ باید پایان یابد.", [("طرح صلح منطقه‌ای", "proposed")]),
        ("وزیر با ارائه گزارشی از اجرای برنامه عمل سخنرانی کرد.", []),  # a report put forward
    ],
)
def test_a_document_put_forward_by_an_action_noun(text: str, expected: list[tuple[str, str]]) -> None:
    """«با ارائه/تقدیم X»: the action noun, with «یک» as an article; a verb of saying ends the title."""
    assert plain(rows(text)) == [(t.replace("\u200c", ""), a) for t, a in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سه کشور اروپایی طرحی را برای اصلاح قوانین بودجه به این نشست ارائه کرده‌اند.", [("طرحی", "proposed")]),
        ("وزیر کار طرح اعزام کارگران را به همتایان خود در نشست ارائه کرد.", [("طرح اعزام کارگران", "proposed")]),
        ("وزیران ضمن تشریح موانع اجرای طرح‌ها و پروژه‌های مشترک، راهکارهای خود را نیز ارائه کردند.", []),
    ],
)
def test_the_object_mark_closes_what_is_put_forward(text: str, expected: list[tuple[str, str]]) -> None:
    """«را» ends a title, an indefinite one's too (a purpose after it goes with the verb); an object with
    no document word puts none forward, however far back a document stands."""
    assert plain(rows(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سخنگو پس از تصویب بیانیه مشترک به خبرنگاران توضیحاتی ارائه کرد.", [("بیانیه مشترک", "adopted")]),
        ("امیدواریم این نشست ما را به انعقاد یک توافق تجاری رهنمون کند.", []),  # «یک» after another action noun
    ],
)
def test_what_is_put_forward_is_the_noun_phrase_before_the_verb(text: str, expected: list[tuple[str, str]]) -> None:
    """An active verb with no «را» puts forward the noun phrase right before it (and whom it is put to):
    explanations given after a statement was adopted put no statement forward; only «ارائه/تقدیم» take «یک»
    as an article before their document."""
    assert plain(rows(text)) == [(t.replace("\u200c", ""), a) for t, a in expected]


def test_a_past_proposal_stays_with_its_proposer_reader() -> None:
    """A past «پیشنهاد داد/کرد» is read by helpers.extract.document_proposals (what follows it, and who)."""
    assert plain(rows("رئیس‌جمهور روسیه پیشنهاد کرد که برنامه مشترک آموزش نظامی آغاز شود.")) == [
        ("برنامه مشترک آموزش نظامی", "proposed")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "قطعنامه در حمایت از حق مردم منطقه که از سوی سه کشور ارائه‌شده است، با ۴۳ رای موافق به تصویب رسید.",
            [("قطعنامه", "adopted")],
        ),
        (
            "پیش‌نویس قطعنامه‌ای که از سوی سه کشور ارائه شده بود با ۴۰ رای موافق تصویب شد.",
            [("پیش‌نویس قطعنامه‌ای", "adopted")],
        ),
        ("بیانیه‌ای که وزیران تهیه کرده بودند، در پایان نشست منتشر شد.", [("بیانیه‌ای", "issued")]),
        ("پیش‌نویس قطعنامه ارائه‌شده از سوی سه کشور را تصویب کردند.", [("پیش‌نویس قطعنامه", "adopted")]),
        # a draft with the participle and no verb (a sentence the page cuts): put forward
        ("از سوی دیگر پیش‌نویس قطعنامه ارائه‌شده از سوی کشور الف، کشور ب", [("پیش‌نویس قطعنامه", "proposed")]),
        # look-alikes: the later verb still to come keeps it proposed; a draft a preposition governs is voted on
        ("قطعنامه‌ای که سه کشور ارائه کرده‌اند، فردا به رای گذاشته می‌شود.", [("قطعنامه‌ای", "proposed")]),
        ("پانزده عضو شورا به پیش‌نویس قطعنامه ارائه‌شده توسط کشور الف رای مثبت دادند.", []),
    ],
)
def test_a_text_put_forward_then_acted_on_takes_the_later_action(text: str, expected: list[tuple[str, str]]) -> None:
    """The verb of a relative clause after the document, or its participle («ارائه‌شده از سوی …»), put it forward
    or drafted it; the main verb after them acts on it: one row with the later action (a draft put forward and
    adopted is adopted). With no later verb the draft put forward is proposed."""
    assert plain(rows(text)) == [(title.replace("\u200c", ""), action) for title, action in expected]
