"""Words of not coming, members of the absence cues (helpers.extract.cues.ABSENCE): an apology for not
attending («از حضور در این اجلاس عذرخواهی کرد», beside «عذر خواست»), a trip or a presence dropped from
the programme («سفر را از برنامه خود خارج کرد», «برنامه خود را برای شرکت … حذف کرد», beside «لغو کرد»),
and a presence denied («با تکذیب خبر … مبنی بر حضور X»). Sentences written for these tests (invented
names, real titles); look-alikes that must not fire."""

from __future__ import annotations

import pytest
from test_status import A_FULL, A, statuses


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} تنها رهبری بود که از حضور در این اجلاس عذر خواهی کرد.",
        f"{A_FULL} از شرکت در نشست سران عذرخواهی نمود.",
        f"{A_FULL} این سفر را از برنامه خود خارج کرده است.",
        f"{A_FULL} شرکت در این همایش را از برنامه کاری خود حذف کرد.",
        f"{A_FULL} برنامه خود را برای شرکت در این نشست حذف کرده است.",
        f"سخنگوی دولت با تکذیب خبر منتشر شده مبنی بر حضور دکتر {A_FULL} در اجلاس آتی گفت: چنین سفری نیست.",
        f"وزارت خارجه با تکذیب گزارش‌های اشتراک {A_FULL} در این کنفرانس گفت: او در کابل می‌ماند.",
    ],
    ids=["apology", "apology-dari", "trip-dropped", "presence-dropped", "programme-cut", "denied", "denied-dari"],
)
def test_not_coming_is_absence(text: str) -> None:
    assert statuses(text)[A][0] == "absent"


@pytest.mark.parametrize(
    "text, status",
    [
        (f"{A_FULL} از مردم به خاطر تأخیر در برگزاری این نشست عذرخواهی کرد.", "mentioned"),
        (f"{A_FULL} برنامه خود را برای شرکت در این نشست اعلام کرد.", "mentioned"),
        # a denial closed before the presence: the presence announced is X's
        (f"سخنگوی دولت با تکذیب شایعات، از حضور {A_FULL} در این اجلاس خبر داد.", "attended"),
    ],
    ids=["apology-for-else", "programme-announced", "denial-of-else"],
)
def test_look_alikes_are_no_absence(text: str, status: str) -> None:
    assert statuses(text)[A][0] == status


@pytest.mark.parametrize(
    "text",
    [
        f"برگزاری این نشست بدون حضور ترکمنستان به عنوان یکی از بانیان آن که بیشترین نقش را داشته است، موجب انتقاد"
        f" شدید از {A_FULL} شد.",
        f"اجلاس سران بدون حضور ترکمنستان برگزار شد و {A_FULL} از آن انتقاد کرد.",
    ],
    ids=["criticized-after-the-clause", "next-clause"],
)
def test_a_noun_cue_names_its_holder_in_its_own_clause(text: str) -> None:
    """«بدون حضور X»: the absence is X's; who is named after a finished verb closes that clause is not absent."""
    assert statuses(text)[A] == ("mentioned", None)
