"""Where a final statement's title ends (issue #11, the dev-set README's session-6 rule): the ezafe
chain naming its meeting or organization belongs to it, a meeting only pointed at does not. Sentences
written for these tests: other ordinals, meetings, organizations, verbs and orders, Dari spelling and
lost ZWNJ, with look-alikes that must not grow a title."""

from __future__ import annotations

import pytest
from document_fixtures import rows

from helpers.extract.document_sameness import same_title, title_words
from helpers.extract.document_titles import names_meeting


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "در بیانیه پایانی بیست و یکمین اجلاس شورای وزیران اکو بر گسترش تجارت تأکید شد.",
            ("بیانیه پایانی بیست و یکمین اجلاس شورای وزیران اکو", "issued"),
        ),
        (
            "بیانیه مشترک سومین نشست وزیران خارجه سه کشور در کابل منتشر شد.",
            ("بیانیه مشترک سومین نشست وزیران خارجه سه کشور", "issued"),
        ),
        (
            "اجلاس با صدور اعلامیه نهایی چهل و دومین اجلاس سران شورای همکاری به کار خود پایان داد.",
            ("اعلامیه نهایی چهل و دومین اجلاس سران شورای همکاری", "issued"),
        ),
        (
            "سران اعلامیه پایانی نخستین همایش سازمان همکاری اسلامی را تصویب کردند.",
            ("اعلامیه پایانی نخستین همایش سازمان همکاری اسلامی", "adopted"),
        ),
        (
            "قرار است بیانیه ختامی سی‌امین اجلاسیه مجمع فردا صادر شود.",
            ("بیانیه ختامی سی‌امین اجلاسیه مجمع", "proposed"),
        ),
        (
            "بیانیه پایانی سیزدهمین اجلاس سران اکو به میزبانی اسلام آباد صادر شد.",
            ("بیانیه پایانی سیزدهمین اجلاس سران اکو", "issued"),
        ),
        (
            "در بیانیه پایانی ۲۱مین نشست سران سازمان بر مبارزه با تروریسم تاکید شد.",
            ("بیانیه پایانی ۲۱ مین نشست سران سازمان", "issued"),
        ),
        (
            "اعلامیه‌ی پایانی اجلاس وزرای خارجه جنبش عدم تعهد نشر شد.",
            ("اعلامیه‌ی پایانی اجلاس وزرای خارجه جنبش عدم تعهد", "issued"),
        ),
    ],
)
def test_a_final_statement_takes_the_chain_naming_its_meeting(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("رهبران در بیانیه پایانی نشست خود در ریاض بر امنیت تأکید کردند.", ("بیانیه پایانی", "issued")),
        ("وزیران در بیانیه مشترک اجلاس یادشده بر همکاری تأکید کردند.", ("بیانیه مشترک", "issued")),
        ("وزیران مقدمات اجلاس سران و اعلامیه این اجلاس را نهایی کردند.", ("اعلامیه", "proposed")),
        ("بیانیه پایانی همین نشست فردا منتشر خواهد شد.", ("بیانیه پایانی", "proposed")),
        ("سران سند نهایی آن اجلاس را امضا کردند.", ("سند نهایی", "signed")),
        ("در بیانیه پایانی بر تأمین امنیت انرژی تأکید شد.", ("بیانیه پایانی", "issued")),
        ("بیانیه مشترک سران کشورهای عضو صادر شد.", ("بیانیه مشترک", "issued")),
    ],
)
def test_a_meeting_pointed_at_or_a_signer_is_no_part_of_the_title(text: str, expected: tuple[str, str]) -> None:
    """«نشست خود», «اجلاس یادشده», «این/همین/آن اجلاس» point at the meeting without naming it; a word
    ending like an ordinal («تأمین») starts no chain; the leaders who issue a statement are not its name."""
    assert rows(text) == [expected]


def test_a_statement_named_in_full_gives_its_name_to_the_row_that_reports_it() -> None:
    """A heading that names the statement with its meeting, over a sentence that reports it signed
    («بیانیه مشترکی امضا کردند»): one row, signed, named in full."""
    got = rows("سران سه کشور در پایان نشست بیانیه مشترکی امضا کردند.", "بیانیه مشترک دومین اجلاس سران سه کشور")
    assert got == [("بیانیه مشترک دومین اجلاس سران سه کشور", "signed")]
    assert names_meeting("بیانیه پایانی سومین نشست وزیران") and not names_meeting("بیانیه پایانی نشست خود")
    assert not names_meeting("بیانیه مشترک سه کشور")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "در بیانیه مشترک سه کشور ازبکستان، قرقیزستان و قزاقستان بر امنیت مرزها تأکید شد.",
            ("بیانیه مشترک سه کشور ازبکستان، قرقیزستان و قزاقستان", "issued"),
        ),
        ("متن کامل بیانیه پایانی ترکیه و آذربایجان به این شرح است:", ("بیانیه پایانی ترکیه و آذربایجان", "issued")),
        ("بیانیه مشترک، ترکیه و آذربایجان را به گفتگو فراخواند.", ("بیانیه مشترک", "issued")),
    ],
)
def test_the_states_a_final_statement_lists_are_its_issuer_in_the_title(text: str, expected: tuple) -> None:
    """States named after the statement (a count of them before or none), with no verb to run the title up to,
    name whose it is as its meeting's chain does; a comma setting them off leaves them out."""
    assert rows(text) == [expected]


def test_a_statement_named_with_its_states_gives_its_name_to_the_row_that_reports_it() -> None:
    got = rows("روسای جمهور بیانیه‌ای مشترک امضا کردند.", "متن بیانیه مشترک سه کشور ترکیه، ایران و عراق چنین است:")
    assert got == [("بیانیه مشترک سه کشور ترکیه، ایران و عراق", "signed")]


def test_a_named_statement_keeps_its_own_title_beside_another() -> None:
    """Look-alike: a heading naming another statement («بیانیه الف») gives no name to a signed one."""
    got = rows("سران سه کشور بیانیه مشترکی امضا کردند.", "بیانیه تهران درباره امنیت منطقه")
    assert ("بیانیه مشترکی", "signed") in got


def test_a_plural_ending_written_apart_is_the_same_title() -> None:
    assert same_title("یادداشت تفاهم هایی", "یادداشت تفاهم‌هایی")
    assert same_title("تفاهم نامه ها", "تفاهم‌نامه‌ها")
    assert not same_title("یادداشت تفاهم هایی", "یادداشت همکاری")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "اعلامیه مشترک وزیران امور خارجه گروه هفت به تصویب رسید.",
            ("اعلامیه مشترک وزیران امور خارجه گروه هفت", "adopted"),
        ),
        (
            "در بیانیه مشترک وزرای خارجه سازمان همکاری اسلامی بر صلح تأکید شد.",
            ("بیانیه مشترک وزرای خارجه سازمان همکاری اسلامی", "issued"),
        ),
        ("بیانیه پایانی رهبران کشورهای عضو ناتو دیروز منتشر شد.", ("بیانیه پایانی رهبران کشورهای عضو ناتو", "issued")),
        (
            "سران بیانیه نهایی روسای جمهور ایران، روسیه و ترکیه را امضا کردند.",
            ("بیانیه نهایی روسای جمهور ایران", "signed"),
        ),
        ("اعلامیۀ مشترک وزرای خارجه اتحادیه اروپا نشر شد.", ("اعلامیۀ مشترک وزرای خارجه اتحادیه اروپا", "issued")),
        ("بیانیه‌ی مشترک نخست‌وزیران سازمان شانگهای صادر گردید.", ("بیانیه‌ی مشترک نخست‌وزیران سازمان شانگهای", "issued")),
        (
            "در اعلامیه پایانی سران شورای همکاری عرب بر امنیت تأکید شد.",
            ("اعلامیه پایانی سران شورای همکاری عرب", "issued"),
        ),
    ],
)
def test_signers_the_chain_names_are_the_issuer_in_the_title(text: str, expected: tuple[str, str]) -> None:
    """Ministers or leaders after a final statement, with the body or states they serve («… گروه هفت», «…
    سازمان …», «… ایران»: up to a comma, «… ناتو»), name its issuer: the ezafe chain runs over them, as over a
    meeting's name; other verbs, Dari «اعلامیۀ» and «نشر شد», a written ezafe «بیانیه‌ی»."""
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بیانیه مشترک وزرای خارجه کشورهای عضو صادر شد.", ("بیانیه مشترک", "issued")),
        ("اعلامیه پایانی سران سه کشور مذکور به امضا رسید.", ("اعلامیه پایانی", "signed")),
        ("در بیانیه نهایی رهبران کشورهای اسلامی بر وحدت تأکید شد.", ("بیانیه نهایی", "issued")),
        ("بیانیه مشترک روسای جمهور دو کشور منتشر شد.", ("بیانیه مشترک", "issued")),
    ],
)
def test_signers_named_by_office_and_count_alone_stay_out(text: str, expected: tuple[str, str]) -> None:
    """Signers followed only by their office, a count, «کشورهای عضو» or a relational adjective («کشورهای
    اسلامی») name no one: the title ends before them."""
    assert rows(text) == [expected]


def test_one_final_statement_named_with_two_chains_is_one_row() -> None:
    """A meeting issues one final statement: named once with its meeting and once with its signers, it is
    one row (the fuller or first title), not two; «بدون …» (what it leaves out) is no part of either."""
    text = (
        "اعلامیه پایانی وزرای خارجه گروه بیست بدون اشاره به تحریم‌ها صادر شد. "
        "اعلامیه پایانی نشست وزیران گروه بیست بر تجارت آزاد تأکید دارد."
    )
    assert rows(text) == [("اعلامیه پایانی وزرای خارجه گروه بیست", "issued")]


@pytest.mark.parametrize(
    "a, b",
    [
        ("تفاهمنامه یی همکاری", "تفاهم‌نامه همکاری"),
        ("بیانیه ای مشترک", "بیانیه مشترک"),
        ("موافقتنامه یی", "موافقت‌نامه"),
    ],
)
def test_an_indefinite_ending_written_apart_is_no_word_of_the_title(a: str, b: str) -> None:
    """Dari writes the indefinite «یی» apart («تفاهمنامه یی همکاری»), and a lost ZWNJ leaves «بیانیه ای»: the
    same words as the title without it."""
    assert title_words(a) == title_words(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("اعلامیه حفظ محیط‌زیست", "اعلامیه حفظ محیط زیست"),
        ("بیانیه پایانی شورای همکاری خلیج‌فارس", "بیانیه پایانی شورای همکاری خلیج فارس"),
        ("سند همکاری‌های بین‌المللی", "سند همکاری های بین المللی"),
    ],
)
def test_a_compound_written_with_a_zwnj_or_a_space_is_the_same_title(a: str, b: str) -> None:
    """A compound's halves are joined by a ZWNJ or written apart as the writer pleases («محیط‌زیست», «محیط
    زیست»): the same title words either way, so one document is not two rows, nor a miss and a spurious."""
    assert title_words(a) == title_words(b)
    assert same_title(a, b)


def test_a_word_ending_in_the_letters_of_the_ending_keeps_them() -> None:
    """Only an ending standing alone is dropped: «ای» and «یی» inside or at the end of a word stay as before."""
    assert title_words("برنامه اجرایی") == ["برنامه", "اجرای"]


@pytest.mark.parametrize("naming", ["زیر نام", "زیر عنوان", "تحت عنوان"])
def test_dari_under_the_name_names_the_document(naming: str) -> None:
    """Dari «زیر نام/زیر عنوان» names a document as «تحت عنوان» does: the name is the title."""
    text = f'وزیران بیانیه مشترک این گروه را {naming} "اعلامیه نشست کابل" نشر کردند.'
    assert rows(text) == [("اعلامیه نشست کابل", "issued")]
