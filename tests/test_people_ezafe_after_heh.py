"""A title that ends in «ه» is still the title when the ezafe is written onto it: «ی» with its ZWNJ
lost («گزارشگر ویژهی») or the older «ء» («نمایندهء») (helpers.text.gazetteer.EZAFE_AFTER_HEH), so
the name beside it is its holder's. Sentences written for these tests (invented people, real
titles); each fails without the rule."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text, name",
    [
        # «ی» written solid after «ه», a name set off by a comma whose surname reads as «بنت»
        ("مایکل بنت، گزارشگر ویژهی سازمان ملل و نهادهای حقوق بشری گزارش‌هایشان را ارایه خواهند کرد.", "مایکل بنت"),
        # the older «ء», a Dari title with its state, no comma
        ("کریم طنین نمایندهء دایمی افغانستان در سازمان ملل نیز در این مجمع سخنرانی کرد.", "کریم طنین"),
    ],
)
def test_a_title_with_its_ezafe_written_on(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_a_word_in_heh_and_yeh_is_no_title() -> None:
    # «منطقه‌ی آزاد»: no title before the ezafe, nobody named
    assert names_in("سرمایه‌گذاری در منطقه‌ی آزاد چابهار افزایش یافت.") == []
