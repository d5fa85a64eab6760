"""A document's name that lists nouns with commas (helpers.extract.document_clauses.set_off), on sentences
written for these tests: «معاهده دوستی، همسایگی خوب و همکاری …» is one title through its commas, up to the
verb's clause end; a comma that sets off a time, a manner or a clause of the document's own ends the title."""

from __future__ import annotations

import pytest
from document_fixtures import rows


def _plain(found: list) -> list:
    return [(t.replace("\u200c", "").replace(" ", ""), a) for t, a in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "در این نشست، معاهده دوستی، همسایگی خوب و همکاری برای توسعه منطقه امضا شد.",
            ("معاهده دوستی، همسایگی خوب و همکاری برای توسعه منطقه", "signed"),
        ),
        ("سران منشور صلح، امنیت و ثبات منطقه‌ای را امضا کردند.", ("منشور صلح، امنیت و ثبات منطقه‌ای", "signed")),
        (
            "در ختم کنفرانس، اعلامیه صلح،ثبات و انکشاف افغانستان تصویب گردید.",
            ("اعلامیه صلح، ثبات و انکشاف افغانستان", "adopted"),
        ),
        ("کنوانسیون حمل و نقل، ترانزیت و گمرک تصویب خواهد شد.", ("کنوانسیون حمل و نقل، ترانزیت و گمرک", "proposed")),
        (
            "بیانیه مشترک ترکیه، ایران، قطر و روسیه درباره سوریه صادر شد.",
            ("بیانیه مشترک ترکیه، ایران، قطر و روسیه", "issued"),
        ),
        ("منشور صلح، امنیت، توسعه و ثبات منطقه‌ای امضا شد.", ("منشور صلح، امنیت، توسعه و ثبات منطقه‌ای", "signed")),
        (
            "وزیران موافقتنامه تجارت، سرمایه گذاری و گردشگری را تایید کردند.",
            ("موافقتنامه تجارت، سرمایه گذاری و گردشگری", "approved"),
        ),
    ],
)
def test_a_name_listing_nouns_runs_through_its_commas(text: str, expected: tuple) -> None:
    """Other documents, verbs (passive, active, future, Dari «گردید»), a comma with no space after it,
    lost ZWNJ («سرمایه گذاری»), a list of more than three items (several commas: states or nouns)."""
    assert _plain(rows(text)) == _plain([expected])


@pytest.mark.parametrize(
    "text, title",
    [
        ("بیانیه مشترک، روز دوشنبه و در حضور سران امضا شد.", "بیانیه مشترک"),
        ("بیانیه مشترک، پس از دو روز، گفتگو و بحث صادر شد.", "بیانیه مشترک"),
        ("بیانیه مشترک، بدون رای مخالف، با اجماع و در حضور سران تصویب شد.", "بیانیه مشترک"),
        ("بیانیه مشترک، پس از دو روز گفتگو و بحث تصویب شد.", "بیانیه مشترک"),
        ("بیانیه مشترک، بدون رای مخالف و با اجماع تصویب شد.", "بیانیه مشترک"),
        ("بیانیه پایانی، دیروز و امروز بررسی و تصویب شد.", "بیانیه پایانی"),
        ("قطعنامه، پاکستان و هند را به گفتگو فرا خواند و تصویب شد.", "قطعنامه"),
    ],
)
def test_a_comma_setting_something_off_ends_the_title(text: str, title: str) -> None:
    """A time, a manner, a setting and the document's own clause after an object mark are no part of its name."""
    assert [t for t, _ in rows(text)] == [title]
