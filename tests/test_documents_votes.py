"""Documents put to a vote, signed as a purpose, and one agreement named twice (helpers.extract.documents)."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text",
    [
        "قطعنامه حمایت از پناهجویان به احتمال زیاد فردا در مجمع عمومی به رأی گذاشته می‌شود.",
        "کشورهای اروپایی قطعنامه‌ای را علیه ونزوئلا به رأی بگذارند.",
        "قطعنامه حمایت از پناهجویان بعدازظهر امروز در کمیته سوم به رای گذاشته شد.",
    ],
)
def test_a_document_put_to_a_vote_is_proposed(text: str) -> None:
    assert [action for _, action in rows(text)] == ["proposed"]


def test_an_adverb_of_likelihood_is_no_part_of_the_title() -> None:
    text = "قطعنامه تمدید مأموریت هیئت ناظران به احتمال زیاد فردا تصویب می‌شود."
    assert rows(text) == [("قطعنامه تمدید مأموریت هیئت ناظران", "proposed")]


def test_a_vote_and_then_its_outcome_is_one_row_with_the_outcome() -> None:
    text = "قطعنامه تمدید مأموریت هیئت ناظران دیروز در شورای امنیت به رأی گذاشته شد و با اکثریت آرا تصویب گردید."
    assert rows(text) == [("قطعنامه تمدید مأموریت هیئت ناظران", "adopted")]


@pytest.mark.parametrize("purpose", ["به هدف", "با هدف"])
def test_signing_as_the_aim_of_a_visit_is_still_to_come(purpose: str) -> None:
    text = f"سفر رئیس‌جمهور به دوشنبه {purpose} امضای موافقت‌نامه ترانزیتی چهارجانبه صورت گرفته است."
    assert rows(text) == [("موافقت‌نامه ترانزیتی چهارجانبه", "proposed")]


def test_an_agreement_and_its_text_named_alike_are_one_document() -> None:
    texts = ("توافق‌نامه چهارجانبه ترانزیتی بندر گوادر امضا شد.", "در روز امضای توافق چهارجانبه ترانزیتی بندر گوادر، …")
    assert rows(*texts) == [("توافق‌نامه چهارجانبه ترانزیتی بندر گوادر", "signed")]


def test_a_judging_adjective_tells_no_two_documents_apart() -> None:
    texts = (
        "رئیس‌جمهور برای امضای توافق‌نامه مهم چهارجانبه در زمینه بندر گوادر وارد دوشنبه شد.",
        "این سفر برای امضای توافق‌نامه چهارجانبه ترانزیتی بندر گوادر است.",
    )
    assert rows(*texts) == [("توافق‌نامه چهارجانبه ترانزیتی بندر گوادر", "proposed")]


def test_an_initiative_put_forward_is_no_document() -> None:
    text = "دفتر منطقه‌ای سازمان با ایجاد یک مرکز پژوهشی در عمان، ابتکاری را برای تقویت امنیت غذایی منطقه ارائه کرد."
    assert rows(text) == []


def test_an_initiative_named_by_its_title_is_a_document() -> None:
    text = "ابتکار قرقیزستان با عنوان «کوهستان برای توسعه پایدار» به تصویب رسید."
    assert rows(text) == [("ابتکار قرقیزستان با عنوان «کوهستان برای توسعه پایدار»", "adopted")]


def test_documents_listed_with_a_final_statement_take_its_action() -> None:
    text = "نشست کارشناسان فردا به‌منظور بررسی دستور کار، قطعنامه‌ها و بیانیه پایانی اجلاس وزیران برگزار می‌شود."
    assert rows(text) == [("قطعنامه‌ها", "proposed"), ("بیانیه پایانی اجلاس وزیران", "proposed")]


def test_what_a_final_statement_speaks_of_is_no_item_of_its_list() -> None:
    text = "در بیانیه پایانی این نشست، وزیران بر راه‌حل سیاسی، برنامه صلح و ایجاد یک دولت فراگیر تأکید کرده‌اند."
    assert rows(text) == [("بیانیه پایانی", "issued")]


def test_a_document_word_after_a_preposition_of_topic_is_what_the_statement_is_about() -> None:
    text = "وزیران خارجه مصر، اردن و عراق در خصوص طرح انتقال آب در منطقه بیانیه‌ای صادر کردند."
    assert rows(text) == [("بیانیه‌ای", "issued")]


def test_documents_joined_after_a_preposition_of_topic_stay_a_list() -> None:
    assert rows("وزیران بر سر طرح صلح و برنامه بازسازی توافق کردند.") == [
        ("طرح صلح", "approved"),
        ("برنامه بازسازی", "approved"),
    ]


def test_a_verbless_line_names_the_statement_by_its_authors() -> None:
    texts = (
        "وزیران خارجه مصر، اردن و عراق در خصوص طرح انتقال آب بیانیه‌ای صادر کردند.",
        "بیانیه مصر، اردن و عراق درباره طرح انتقال آب",
    )
    assert rows(*texts) == [("بیانیه مصر، اردن و عراق", "issued")]


def test_a_draft_after_a_preposition_of_topic_keeps_its_document_word() -> None:
    text = "وزیران درباره پیش‌نویس بیانیه پایانی اجلاس سران به توافق رسیدند."
    assert rows(text) == [("پیش‌نویس بیانیه پایانی اجلاس سران", "approved")]
