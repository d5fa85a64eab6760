"""What a title runs into and what is no document of this meeting, on sentences written for these
tests (issue #11, session 8): a concessive «در حالی … که» clause ends a title; a document word after
«عضو» names the parties to a treaty (a body), not a document acted on; documents of a later meeting
(«اجلاس آتی/بعدی») are not this meeting's."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قطعنامه حقوق بشر در حالی با ۲۸ رأی تصویب شد که چین و روسیه مخالف بودند.", [("قطعنامه حقوق بشر", "adopted")]),
        ("منشور همکاری اقتصادی در حالی به امضا رسید که دو عضو غایب بودند.", [("منشور همکاری اقتصادی", "signed")]),
        ("اعلامیه تهران درحالی توسط وزیران تأیید شد که هند رأی ممتنع داد.", [("اعلامیه تهران", "approved")]),
        ("سند راهبردی سازمان در حالی‌که اختلاف‌ها باقی ماند به تصویب رسید.", [("سند راهبردی سازمان", "adopted")]),
        ("پروتکل گمرکی درحالیکه سه کشور غایب بودند امضا شد.", [("پروتکل گمرکی", "signed")]),
        # look-alike: «در حال توسعه» (developing) is part of a name, no clause
        ("برنامه اقدام کشورهای در حال توسعه تصویب شد.", [("برنامه اقدام کشورهای در حال توسعه", "adopted")]),
    ],
)
def test_a_title_ends_at_a_concessive_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


def test_this_document_in_a_concessive_sentence_refers_back() -> None:
    assert rows(
        "قطعنامه جدید شورا درباره میانمار تصویب شد.",
        "این قطعنامه در حالی با حمایت کشورهای اروپایی تصویب شد که چند کشور مخالفت کردند.",
    ) == [("قطعنامه جدید شورا", "adopted")]
