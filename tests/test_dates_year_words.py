"""Years written in words (helpers.dates.year_words), in sentences written for this suite: after «سال» or
before a calendar marker, in either solar or Gregorian band, glued or spaced «و», lost ZWNJ; counts in
words are no years."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.dates import find_dates

PUB = dt.date(2015, 6, 1)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "طرفین بر خروج نیروها تا سال دو هزار و چهارده توافق کردند.",
            "سال دو هزار و چهارده",
            dt.date(2014, 1, 1),
            dt.date(2014, 12, 31),
        ),
        ("این سازمان در سال یک هزار و نهصد و نود و شش تأسیس شد.", None, dt.date(1996, 1, 1), dt.date(1996, 12, 31)),
        ("قرارداد در سال دوهزار و بیست‌وپنج تمدید می‌شود.", None, dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("انتخابات سال هزار و سیصد و نود و هشت برگزار شد.", None, dt.date(2019, 3, 21), dt.date(2020, 3, 19)),
        ("قانون در هزار و سیصد و پنجاه و هفت خورشیدی تصویب شد.", None, dt.date(1978, 3, 21), dt.date(1979, 3, 20)),
        ("معاهده در سال هزار و نهصد و نود و یک میلادی امضا شد.", None, dt.date(1991, 1, 1), dt.date(1991, 12, 31)),
        ("برنامه تا سال دو هزار و سی ادامه دارد.", None, dt.date(2030, 1, 1), dt.date(2030, 12, 31)),
        ("این دفتر در سال هزار و سیصد و هشتاد و یک شمسی گشایش یافت.", None, dt.date(2002, 3, 21), dt.date(2003, 3, 20)),
    ],
)
def test_a_year_in_words_is_a_date(text: str, surface: str | None, start: dt.date, end: dt.date) -> None:
    found = find_dates(text, PUB)
    assert [(m.start, m.end, m.relative) for m in found] == [(start, end, False)]
    if surface:
        assert found[0].surface == surface


@pytest.mark.parametrize(
    "text",
    [
        "دو هزار و پانصد نفر در این همایش شرکت کردند.",  # a count, no «سال»
        "در سال دو هزار نفر از مرز گذشتند.",  # «سال» then a count of people
        "سال‌ها هزار و پانصد نیرو در آنجا مستقر بودند.",  # for years, a thousand …
        "در آن سال دو هزار و صد دانشجو پذیرفته شدند.",  # a count far past the page's year
        "بیش از هزار و دویست کیلومتر راه ساخته شد.",
    ],
)
def test_counts_in_words_are_no_years(text: str) -> None:
    assert [m for m in find_dates(text, PUB) if not m.relative] == []
