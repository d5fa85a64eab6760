"""Words whose shape says they are no name, wherever a title or a comma puts them: a word in another
script (a person in a Persian text is written in Persian letters; a run of Vietnamese, Turkish or
French is no name, quoted or not) and a superlative adjective in «ترین», its ZWNJ kept or lost.
Sentences written for these tests; look-alikes: names that end so or stand beside such words."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text",
    [
        "وزیر نفت با رئیس شرکت ملی نفت ونزوئلا (که در غیاب وزیر، عالیرتبهترین نماینده این کشور است) دیدار کرد.",
        "وزیر نفت با رئیس شرکت ملی نفت نیجریه، که بلندپایه‌ترین مقام هیئت بود، دیدار کرد.",
        "معاون وزیر، ارشدترین دیپلمات حاضر در نشست بود.",
        "معاون وزیر خارجه، برجسته ترین عضو هیات کشورش، سخنرانی خواهد کرد.",
        "به گفته مهمترین عضو هیئت، دبیرکل سازمان نیز حضور داشت.",
        "سفیر پیشین، قدرتمندترین چهره جناح مخالف، در جلسه شرکت نکرد.",
    ],
)
def test_a_superlative_is_no_name(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hơn 10 nước muốn 'bước chân' vào khối",
        "به گزارش خبرگزاری، وزیران خارجه 'bước chân' را به کار بردند.",
        "سخنگوی وزارت خارجه «Dışişleri Bakanı» را تکرار کرد.",
        "رئیس جمهور «déclaration finale» را خواند.",
    ],
)
def test_a_run_in_another_script_is_no_name(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("خانم کاترین دوپونتل، سخنگوی کمیسیون اروپا، گفت نشست فردا برگزار می‌شود.", ["کاترین دوپونتل"]),
        ("وزیر خارجه فیلیپین، لوئیس ماریانو، در این نشست گفت «bước chân» آغاز شده است.", ["لوئیس ماریانو"]),
    ],
)
def test_names_beside_those_shapes_stay(text: str, names: list[str]) -> None:
    assert names_in(text) == names
