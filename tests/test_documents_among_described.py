"""Documents named among an indefinite plural that a relative clause describes
(helpers.extract.document_lists.among_described), on sentences written for these tests: «در میان/از
جمله اسنادی که … ارائه شده/تصویب شد، X …»: X is the row, with the relative clause's action, and the
plural is none; each item ends before the sentence's verb and the verb's own word."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "دبیرکل گفت: در میان اسنادی که برای بررسی به شورا ارائه شده است، پیش‌نویس برنامه همکاری مرزی را"
            " برجسته می‌کنم.",
            [("پیش‌نویس برنامه همکاری مرزی", "proposed")],
        ),
        (
            "از جمله قطعنامه‌هایی که در این نشست تصویب شد، قطعنامه امنیت غذایی و قطعنامه آب اهمیت دارند.",
            [("قطعنامه امنیت غذایی", "adopted"), ("قطعنامه آب", "adopted")],
        ),
        (
            "در میان توافقنامه هایی که وزیران امضا خواهند کرد، موافقتنامه ترانزیت و پروتکل گمرکی مهم‌تر است.",
            [("موافقتنامه ترانزیت", "proposed"), ("پروتکل گمرکی", "proposed")],
        ),
    ],
)
def test_documents_named_among_a_described_plural(text: str, expected: list) -> None:
    """Passive and active relative clauses, past and future, «در میان» and «از جمله», lost ZWNJ."""
    assert [(t.replace("\u200c", ""), a) for t, a in rows(text)] == [(t.replace("\u200c", ""), a) for t, a in expected]


def test_a_described_plural_with_no_document_named_after_it_stays() -> None:
    """No document word after the comma: the plural stays what it was («اسنادی» described by its clause)."""
    assert rows("در میان اسنادی که وزیران امضا کردند، همکاری گمرکی اهمیت دارد.") == [("اسنادی", "signed")]
