"""A statement reported bare or indefinite and named in another sentence (helpers.extract
.document_clauses.renamed), on sentences written for these tests: «در بیانیه‌ای تأکید کردند» and later
«در بیانیه سازمان X تصریح شده/آمده است» are one row with the name; a name adds no row of its own once a
statement is reported (alone, it is the text quoted: document_clauses.sourced); another kind of document
or an outside body's statement renames nothing."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            [
                "اعضای سازمان در بیانیه‌ای بر صلح تاکید کردند.",
                "در بیانیه سازمان همکاری شانگهای تصریح شده است که امنیت مهم است.",
            ],
            [("بیانیه سازمان همکاری شانگهای", "issued")],
        ),
        (
            ["وزیران طی بیانیه‌ای خواستار آتش‌بس شدند.", "طبق بیانیه نشست وزیران خارجه، اعضا از آتش‌بس حمایت کردند."],
            [("بیانیه‌ای", "issued")],
        ),
        (
            ["سران بیانیه‌ای صادر کردند.", "در بیانیه اجلاس سران آمده است که همکاری ادامه دارد."],
            [("بیانیه اجلاس سران", "issued")],
        ),
        (
            ["سران در بیانیه‌ای بر صلح تاکید کردند.", "در اعلامیه اجلاس سران آمده است که امنیت مهم است."],
            [("بیانیه‌ای", "issued")],
        ),
        (
            ["سران در بیانیه‌ای بر صلح تاکید کردند.", "در بیانیه پارلمان اروپا آمده است که امنیت مهم است."],
            [("بیانیه‌ای", "issued")],
        ),
        (  # a name alone, with no statement reported, is the text quoted (document_clauses.sourced)
            ["در بیانیه سازمان همکاری شانگهای تصریح شده است که امنیت مهم است."],
            [("بیانیه سازمان همکاری شانگهای", "issued")],
        ),
    ],
)
def test_a_statement_named_in_another_sentence_is_one_row(lines: list[str], expected: list) -> None:
    """The name is cited as where words stand («تصریح شده», «آمده است»); «طبق بیانیه …،» with no such
    verb, another document word («اعلامیه») and an outside body («پارلمان اروپا») leave the row as it
    was; a name alone is the row."""
    assert rows(*lines) == expected


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            [
                "وزیران در پایان نشست با صدور بیانیه‌ای خواستار صلح شدند.",
                "سخنگو درباره بیانیه ۱۲ وزیران خارجه اکو گفت: …",
            ],
            [("بیانیه ۱۲ وزیران خارجه اکو", "issued")],
        ),
        (
            ["در ختم نشست اعلامیه‌ای به نشر رسید.", "وزیر با رابطه به اعلامیه اجلاس کابل توضیح داد."],
            [("اعلامیه اجلاس کابل", "issued")],
        ),
        (
            [
                "اعلامیه‌ای که در نشست تصویب شد بر همکاری تاکید دارد.",
                "در اعلامیه رهبران گروه هفت آمده است که صلح مهم است.",
            ],
            [("اعلامیه رهبران گروه هفت", "adopted")],
        ),
        (  # named in the sentence that reports it: the report's own words, left as written
            ["وزیران در بیانیه دومین نشست خود بیانیه‌ای صادر کردند."],
            [("بیانیه‌ای", "issued")],
        ),
        (  # a number with no chain after it names nothing
            ["سران بیانیه‌ای صادر کردند.", "درباره بیانیه ۱۴ سخنی نگفت."],
            [("بیانیه‌ای", "issued")],
        ),
        (  # a body outside the meeting
            ["سران بیانیه‌ای صادر کردند.", "سخنگو درباره بیانیه شورای امنیت سازمان ملل سخن گفت."],
            [("بیانیه‌ای", "issued")],
        ),
    ],
)
def test_a_statement_talked_about_by_its_name_names_the_row(lines: list[str], expected: list) -> None:
    """A statement someone talks about («درباره/در خصوص بیانیه …») by its name (the meeting's number, its
    signers, its meeting) is the one reported bare or indefinite in another sentence, whatever its action."""
    assert rows(*lines) == expected
