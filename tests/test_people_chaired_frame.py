"""Between a phrase saying who chairs or heads («به ریاست», «تحت ریاست», «به سرپرستی») and the title after
it, two common words are a name when the last has a Persian surname's shape («…ی», «…زاده»): Persian
surnames and many given names are common words («ارشاد», «حاج»). Sentences written for these tests
(invented people, real titles); each positive case fails without the rule."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text, name",
    [
        # «به ریاست», a given name that is a noun, a surname in «ی», a Dari title
        ("این نشست به ریاست ارشاد کرمانی معین سیاسی وزارت امور خارجه برگزار شد.", "ارشاد کرمانی"),
        # «حاج» opening a two-part surname, the title «نائب رئیس»
        ("اجلاس صبح امروز به ریاست حاج رحیمی نائب رئیس مجلس آغاز شد.", "حاج رحیمی"),
        # «تحت ریاست», a comma before the title
        ("جلسه تحت ریاست امید جلالی، معاون وزیر خارجه برگزار شد.", "امید جلالی"),
        # «به سرپرستی», the title of an envoy
        ("هیئتی به سرپرستی ارشاد جلالی سفیر ایران عازم شد.", "ارشاد جلالی"),
    ],
)
def test_common_words_chaired_before_a_title_are_a_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: the chair's adjective, a body, the office's rank
        "هیئتی به ریاست مشترک کاوه وزیر خارجه به مسکو رفت.",
        "نشست به ریاست دوره‌ای شورای امنیت برگزار شد.",
        "هیئتی تحت سرپرستی عالی رتبه وزیر خارجه عازم شد.",
        # two common words whose last has no surname's shape
        "هیئتی به ریاست عالی مقام وزیر خارجه عازم شد.",
    ],
)
def test_no_name_chaired(text: str) -> None:
    assert names_in(text) == []
