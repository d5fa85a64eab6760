"""A final statement's clause verb, read off hazm's Lemmatizer: in the future the statement is still to come
(proposed), and so where the present of «شدن» follows it (the statement acted on); in the present with what it
says between, it is what the statement says (issued). Sentences written for these tests."""

from __future__ import annotations

import pytest
from document_fixtures import rows

from helpers.text.verbs import first_verb


@pytest.mark.parametrize(
    "text, expected",
    [
        ("در بیانیه مشترک وزیران، سازمان آمادگی خود را برای همکاری تأیید می‌کند.", ("بیانیه مشترک", "issued")),
        ("سی کشور در یک اعلامیه مشترک از دو طرف می‌خواهند که مذاکره کنند.", ("اعلامیه مشترک", "issued")),
        ("در اعلامیه نهایی از همه کشورها میخواهند آتش‌بس را رعایت کنند.", ("اعلامیه نهایی", "issued")),  # lost ZWNJ
        ("در بیانیه مشترک سران بر گسترش تجارت تأکید می‌شود.", ("بیانیه مشترک", "issued")),
        ("اعلامیه پایانی نشست بر همکاری در سال ۲۰۲۶ تأکید دارد.", ("اعلامیه پایانی نشست", "issued")),
        ("در بیانیه پایانی بر همکاری تأکید خواهد شد.", ("بیانیه پایانی", "proposed")),
        ("قرار است در بیانیه پایانی بر صلح تأکید شود.", ("بیانیه پایانی", "proposed")),
        ("نظرات کشورهای عضو در بیانیه پایانی گنجانده می‌شود.", ("بیانیه پایانی", "proposed")),
        ("پس از نشست، اعلامیه مشترک قرائت می‌گردد.", ("اعلامیه مشترک", "proposed")),
    ],
)
def test_the_present_is_what_a_statement_says_the_future_is_to_come(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize("text, tense", [("می‌خواهند", "present"), ("میخواهد", "present"), ("خواهند خواست", "future")])
def test_wanting_is_a_verb_the_future_auxiliary_alone_is_none(text: str, tense: str) -> None:
    verb = first_verb(text, 0, len(text))
    assert verb is not None and verb.tense == tense
    assert first_verb("خواهد", 0, 5) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "وزیر خارجه الف در حاشیه اجلاس با همتای خود در خصوص تحولات منطقه و بیانیه پایانی بحث و تبادل نظر کرد.",
            ("بیانیه پایانی", "proposed"),
        ),
        ("نمایندگان درباره امنیت مرزها و اعلامیه مشترک رایزنی کردند.", ("اعلامیه مشترک", "proposed")),
        ("بیانیه پایانی اجلاس منتشر شد و وزیران در خصوص آن بحث کردند.", ("بیانیه پایانی اجلاس", "issued")),
    ],
)
def test_a_statement_talked_about_is_still_under_discussion(text: str, expected: tuple[str, str]) -> None:
    """A final statement a preposition of topic governs, followed by talks, is a text being negotiated."""
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("در اعلامیه مشترک مطبوعاتی گروه الف آمده است که گفتگوها ادامه می‌یابد.", ("اعلامیه مشترک مطبوعاتی", "issued")),
        ("بیانیه مشترک خبری سران در پایان نشست منتشر شد.", ("بیانیه مشترک خبری", "issued")),
    ],
)
def test_a_joint_press_statement_is_a_joint_statement(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "این نشست با تمرکز بر اجلاس آتی نخست‌وزیران کشورهای عضو و مباحث مرتبط با آن از جمله اعلامیه مشترک"
            " پایانی، برگزار می‌شود.",
            [("اعلامیه مشترک", "proposed")],
        ),
        ("کارشناسان بیانیه مشترک نشست آینده سران را بررسی کردند.", []),
        ("وزیران بیانیه مشترکی صادر کردند و نشست آتی را در تهران برگزار خواهند کرد.", [("بیانیه مشترکی", "issued")]),
    ],
)
def test_a_final_statement_its_clause_ties_to_a_later_meeting_is_still_to_come(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A final statement named in the clause of a later meeting («اجلاس آتی/آینده/بعدی») is that meeting's, which
    this one prepares: proposed, not issued; another clause's later meeting leaves an issued statement as it is."""
    assert rows(text) == expected
