"""A document word after «و» that is an adjective (helpers.extract.document_words), on sentences
written for these tests: «راهبردی» (strategic) and «قراردادی» (contractual), which hazm's lexicon lists
as adjectives, coordinated with another adjective («سند مهم و راهبردی همکاری»), stay inside the title;
after a noun, a function word or a verb they are an indefinite document of their own. The title-length
cap counts each coordinated document's words, and a predicate of plans («از جمله برنامه‌های سفر است»)
leaves an action noun's documents still to come. Two gradable adjectives closing a title with the indefinite
«ی» («قطعنامه خوب و جامعی») are no part of it (the dev-set README's session-8 rule)."""

from __future__ import annotations

import pytest
from document_fixtures import rows

from helpers.extract import document_words
from helpers.text import gazetteer as gz


@pytest.mark.parametrize(
    "text, expected",
    [
        ("در این نشست سند مهم و راهبردی همکاری اقتصادی امضا شد.", ["سند مهم و راهبردی همکاری اقتصادی"]),
        ("وزیران سند جامع و راهبردی همکاری را امضا کردند.", ["سند جامع و راهبردی همکاری"]),
        ("سران برنامه جدید و راهبردی امنیت غذایی را تصویب کردند.", ["برنامه جدید و راهبردی امنیت غذایی"]),
        ("با امضای چندین سند مهم و راهبردی همکاری، نشست پایان یافت.", ["چندین سند مهم و راهبردی همکاری"]),
        ("توافق‌نامه نهایی و قراردادی ترانزیت امضا شد.", ["توافق‌نامه نهایی و قراردادی ترانزیت"]),
        ("سند همکاری و راهبرد امنیتی به امضا رسید.", ["سند همکاری", "راهبرد امنیتی"]),
        ("سند همکاری و قراردادی برای ساخت بندر امضا شد.", ["سند همکاری", "قراردادی برای ساخت بندر"]),
        ("اعضا قراردادی را امضا کردند.", ["قراردادی"]),
    ],
)
def test_an_adjective_after_va_is_no_second_document(text: str, expected: list[str]) -> None:
    """Like joins like: an adjective after an adjective and «و» is the first title's; a document noun
    («راهبرد»), or an «ی» word after a noun, starts another (with the verb before or after, passive or
    active, after an action noun)."""
    assert [t for t, _ in rows(text)] == expected


@pytest.mark.parametrize(
    "words, adjective",
    [
        ("مهم و راهبردی", True),
        ("جدید و راهبردی", True),
        ("همکاری و راهبردی", False),
        ("که و راهبردی", False),
        ("مهم و راهبرد", False),
        ("در و راهبردی", False),
        ("شد و راهبردی", False),
    ],
)
def test_adjective_reads_the_lexicon_and_the_word_before_va(words: str, adjective: bool) -> None:
    folded = gz.fold(words)
    pos = folded.rindex(" ") + 1
    assert document_words.adjective(folded, pos, len(folded)) is adjective


def test_the_title_cap_counts_each_coordinated_document() -> None:
    """Two documents after one action noun: the second's words are not cut by the first's."""
    found = rows("با امضای بیانیه مشترک و چندین سند مهم و راهبردی همکاری، نشست پایان یافت.")
    assert [t for t, _ in found] == ["بیانیه مشترک", "چندین سند مهم و راهبردی همکاری"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("امضای سند همکاری و برنامه اقدام از جمله برنامه‌های رئیس‌جمهور در این سفر است.", "proposed"),
        ("امضای سند همکاری از مهمترین اهداف این سفر است.", "proposed"),
        ("تصویب برنامه اقدام جزو برنامه‌های نشست فردا است.", "proposed"),
        ("امضای سند همکاری از مهمترین دستاوردهای این سفر بود.", "signed"),
    ],
)
def test_a_predicate_of_plans_leaves_the_action_to_come(text: str, expected: str) -> None:
    """«از جمله برنامه‌های … است», «از مهم‌ترین اهداف …», «جزو برنامه‌های …»: a plan; «از دستاوردها»: done."""
    assert {a for _, a in rows(text)} == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("این صدا شنیده شد و قطعنامه خوب و جامعی تصویب شد.", ["قطعنامه"]),
        ("سران قطعنامه خوب و جامعی را تصویب کردند.", ["قطعنامه"]),
        ("وزیران بیانیه مهم و مفصلی صادر کردند.", ["بیانیه"]),
        ("در پایان نشست بیانیه مفصل و روشنی منتشر شد.", ["بیانیه"]),
        ("اجلاس با صدور بیانیه قوی و محکمی پایان یافت.", ["بیانیه"]),
        ("اعضا سند جامع و دقیقی را امضا کردند", ["سند"]),
        ("در این نشست سند مهم و راهبردی همکاری اقتصادی امضا شد.", ["سند مهم و راهبردی همکاری اقتصادی"]),
        ("سران برنامه جدید و جامع امنیت غذایی را تصویب کردند.", ["برنامه جدید و جامع امنیت غذایی"]),
        ("منشور صلح و امنیتی تصویب شد.", ["منشور صلح و امنیتی"]),
        ("سران بیانیه مشترکی صادر کردند.", ["بیانیه مشترکی"]),
    ],
)
def test_an_evaluative_pair_closing_a_title_is_no_part_of_it(text: str, expected: list[str]) -> None:
    """Two gradable adjectives (hazm: adjective and adverb) closing a title with the indefinite «ی» judge
    the document (the dev-set README's session-8 rule); relational adjectives, nouns and a pair the
    chain goes on after name it."""
    assert [t for t, _ in rows(text)] == expected
