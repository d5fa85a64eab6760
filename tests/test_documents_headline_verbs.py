"""A headline whose verb acts on a statement, over a body that names the statement with no verb: one
row, the headline's (helpers.extract.documents._reporter). Sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import contracts
from helpers.extract.documents import extract_documents
from helpers.text.tokenize import normalize


def headed(headline: str, *body: str) -> list[tuple[str, str]]:
    texts = [("headline", headline)] + [("body", t) for t in body]
    df = extract_documents(
        pd.DataFrame([(i, i, role, normalize(t)) for i, (role, t) in enumerate(texts)], columns=contracts.SENTENCES)
    )
    return list(zip(df["title_fa"], df["action"], strict=True))


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        (
            "بیانیه نشست گروه هشت منتشر شد",
            "وزیران در بیانیه پایانی نشست دو روزه خود بر همکاری تأکید کردند.",
            "بیانیه نشست گروه هشت",
        ),
        (
            "اعلامیه اجلاس دوشنبه صادر شد",
            "سران در اعلامیه پایانی اجلاس سه روزه از گسترش تجارت استقبال کردند.",
            "اعلامیه اجلاس دوشنبه",
        ),
        (
            "بیانيه اجلاس ویژه اکو منتشر گردید",
            "در بیانیه نهایی اجلاس ویژه در تهران آمده است که همکاری ادامه می‌یابد.",
            "بیانیه اجلاس ویژه اکو",
        ),
    ],
)
def test_the_headline_verb_keeps_the_statement_the_body_names_without_one(
    headline: str, body: str, expected: str
) -> None:
    assert headed(headline, body) == [(expected, "issued")]


def test_a_body_verb_still_reports_a_headline_with_the_same_action() -> None:
    assert headed("بیانیه پایانی منتشر شد", "بیانیه پایانی نشست وزیران خارجه روز جمعه منتشر شد.") == [
        ("بیانیه پایانی نشست وزیران خارجه", "issued")
    ]
