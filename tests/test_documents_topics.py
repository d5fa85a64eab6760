"""What a document is about, and an action that is only talked about (issue #11, session 9;
document_cues.ABOUT, ABOUT_BEFORE): an action noun after a preposition of topic («درباره/در مورد/در خصوص
تصویب X») is what someone reports or asks about, not an action of the meeting; Dari «در/با رابطه به X»
starts what a document is about, as «در رابطه با X» does; Dari «مشی» (policy) is a document a meeting
adopts. Sentences written for these tests, with look-alikes that stay rows."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text",
    [
        "ایران اطلاعاتی درباره تصویب کنوانسیون مبارزه با فساد به گروه داد.",
        "نماینده سازمان در مورد امضای موافقت‌نامه ترانزیت توضیح داد.",
        "خبرنگاران در خصوص صدور بیانیه مشترک پرسیدند.",
        "پرسش‌هایی پیرامون انعقاد پیمان‌نامه امنیتی مطرح شد.",
    ],
)
def test_an_action_noun_after_a_topic_preposition_is_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("رهبران مشی مشترک بارابطه به افغانستان را تصویب کردند.", [("مشی مشترک", "adopted")]),
        ("وزیران خط مشی امنیتی سازمان را تأیید کردند.", [("خط مشی امنیتی سازمان", "approved")]),
        ("فیصله‌نامه‌ای در رابطه به مهاجرین منظور شد.", [("فیصله‌نامه‌ای", "approved")]),
        ("قطعنامه‌ای با رابطه به صلح تصویب شد.", [("قطعنامه‌ای", "adopted")]),
        ("سران با امضای موافقت‌نامه ترانزیت موافقت کردند.", [("موافقت‌نامه ترانزیت", "approved")]),  # stays
        ("با تصویب منشور سازمان، اجلاس پایان یافت.", [("منشور سازمان", "adopted")]),  # stays
    ],
)
def test_dari_policy_and_about_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("در این نشست، گروه برای تدوین یک سند مشترک تلاش ویژه‌ای به عمل نیاورده بود.", []),
        ("وزیران بر اجرای یک بیانیه مشترک تأکید کردند.", []),
        (
            "درباره یک راه برد چهارجانبه همکاری برای مبارزه با تروریسم توافق شد.",
            [("راه برد چهارجانبه همکاری برای مبارزه با تروریسم", "approved")],
        ),
        ("وزیران راه‌برد منطقه‌ای آب را تصویب کردند.", [("راه‌برد منطقه‌ای آب", "adopted")]),
    ],
)
def test_the_drafting_of_a_document_and_a_strategy_written_apart(text: str, expected: list[tuple[str, str]]) -> None:
    """The indefinite «یک» between drafting or implementing and the document («تدوین یک سند مشترک») leaves the
    document the complement of that noun (document_cues.CONTAINER), no row; Dari «راه برد» is «راهبرد»
    (a strategy) written apart, a document word as «تفاهم نامه» is."""
    assert rows(text) == expected
