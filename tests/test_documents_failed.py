"""Documents the meeting failed to reach (helpers.extract.document_filters.failed), on sentences written for
these tests: a clause ending in failure («ناکام ماند», «غیرممکن شد», «با شکست روبرو شد») gives no row; a
failure in a later clause of its own does not take the document's row away."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text",
    [
        "کنفرانس در تصویب سند نهایی ناکام ماند.",
        "دستیابی به سند نهایی به خاطر مخالفت سه کشور غیر ممکن شد.",
        "تلاش برای تصویب سند نهایی با شکست روبرو شد.",
        "امضای منشور همکاری با مخالفت یک عضو ناممکن گردید.",
        "نشست وزیران برای صدور بیانیه مشترک شکست خورد.",
    ],
)
def test_a_document_not_reached_is_no_row(text: str) -> None:
    """Other documents, actions and words of failure, Dari «گردید», lost ZWNJ («غیر ممکن»)."""
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, title",
    [
        ("بیانیه پایانی تصویب شد اما تلاش برای آتش بس ناکام ماند.", "بیانیه پایانی"),
        ("منشور سازمان امضا شد، هرچند مذاکرات تجاری به نتیجه نرسید.", "منشور سازمان"),
    ],
)
def test_a_later_failure_leaves_the_document(text: str, title: str) -> None:
    """A finite verb between the document and the failure: the failure is another clause's."""
    assert [t for t, _ in rows(text)] == [title]
