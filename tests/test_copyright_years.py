"""The year of a copyright notice (session 12): «© AFP 2023» under a photo, «Copyright 2024» in a footer is a
year row, as the dev set annotates it; the sign must come right before the holder's name (at most three words)
and the year. Every line here is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.dates import find_dates

PUBLISHED = dt.date(2015, 5, 11)


def _years(text: str) -> list[tuple[str, int]]:
    return [(m.surface, m.start.year) for m in find_dates(text, PUBLISHED) if m.start is not None]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("© AFP 2023 / Jane Doe", 2023),
        ("© Sputnik / Ivan Petrov 2019", 2019),
        ("عکس: © خبرگزاری نمونه ۱۴۰۲", 2023),
        ("Copyright 2024 all rights reserved", 2024),
        ("(c) Reuters 2021", 2021),
        ("کپی‌رایت: ۱۴۰۱ تمامی حقوق محفوظ است", 2022),
        ("کپی رایت ۲۰۲۰", 2020),
    ],
)
def test_the_year_of_a_copyright_notice_is_a_year(text: str, year: int) -> None:
    assert [y for _, y in _years(text)] == [year]


@pytest.mark.parametrize(
    "text",
    [
        "قیمت 2023 دلار شد",  # no notice: a count
        "© عکس از خبرنگار اعزامی ما در محل نشست 2023",  # more than a holder's name before the number
        "نماد © روی 2023 نسخه چاپ شد",
    ],
)
def test_a_number_away_from_a_notice_is_no_year(text: str) -> None:
    assert _years(text) == []
