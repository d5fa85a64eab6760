"""Where a title ends, read as grammar (helpers.extract.document_bounds): the document's size («در/با» and a
count, in digits or words), a circumstantial «ضمن …» and a second purpose are no part of it. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزیران در پایان نشست یک بیانیه مشترک در هشت بند صادر کردند.", ("بیانیه مشترک", "issued")),
        ("اعلامیه‌ای در بیست و پنج بند به تصویب رسید.", ("اعلامیه‌ای", "adopted")),
        ("قطعنامه‌ای در سه صفحه تصویب شد.", ("قطعنامه‌ای", "adopted")),
        ("سند همکاری در ده محور امضا شد.", ("سند همکاری", "signed")),
        ("بیانیه پایانی در ۳۱ صفحه منتشر شد.", ("بیانیه پایانی", "issued")),
    ],
)
def test_the_size_of_a_document_is_no_part_of_its_title(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("یک اعلامیه مشترک در نتیجه این ملاقات تصویب گردید.", ("اعلامیه مشترک", "adopted")),
        ("بیانیه پایانی در پی گفتگوهای طولانی صادر شد.", ("بیانیه پایانی", "issued")),
        ("سند همکاری در اثر تلاش‌های میزبان امضا شد.", ("سند همکاری", "signed")),
    ],
)
def test_what_a_document_follows_from_is_no_part_of_its_title(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بیانیه پایانی اجلاس سران ضمن تأکید بر صلح، حمله را محکوم کرد.", ("بیانیه پایانی اجلاس سران", "issued")),
        (
            "اعلامیه نهایی نشست وزیران خارجه گروه هشت ضمن استقبال از توافق صادر شد.",
            ("اعلامیه نهایی نشست وزیران خارجه گروه هشت", "issued"),
        ),
        ("با صدور اعلامیه دوشنبه ضمن تاکید بر همکاری به کار خود پایان داد.", ("اعلامیه دوشنبه", "issued")),
    ],
)
def test_a_circumstantial_clause_ends_the_title(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "نشست، آیین‌نامه‌ای برای ایجاد دبیرخانه‌ای برای هماهنگی امور را تصویب کرد.",
            ("آیین‌نامه‌ای برای ایجاد دبیرخانه‌ای", "adopted"),
        ),
        ("طرحی برای تأسیس صندوقی برای کمک به آوارگان تصویب شد.", ("طرحی برای تأسیس صندوقی", "adopted")),
        (
            "رهبران با طرحی برای بازسازی شهرها برای بازگشت آوارگان موافقت کردند.",
            ("طرحی برای بازسازی شهرها", "approved"),
        ),
        ("برنامه‌ای برای کمک به افغانستان تصویب شد.", ("برنامه‌ای برای کمک به افغانستان", "adopted")),  # one purpose
    ],
)
def test_a_title_holds_one_purpose(text: str, expected: tuple[str, str]) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وزارت خارجه با صدور بیانیه این اعلام کرد که نشست فردا برگزار می‌شود.", []),
        ("دبیرخانه با انتشار اعلامیه این گفت که نشست به تعویق افتاد.", []),
        ("سفارت با نشر اعلامیه ای اعلام کرد که سفیر در نشست حاضر است.", []),
        ("اعضا با تصویب قطعنامه این سازمان بر صلح تاکید کردند.", [("قطعنامه این سازمان", "adopted")]),
        ("وزیران با امضای تفاهم‌نامه این دو سازمان به کار خود پایان دادند.", [("تفاهم‌نامه این دو سازمان", "signed")]),
    ],
)
def test_a_title_never_ends_on_a_demonstrative(text: str, expected: list[tuple[str, str]]) -> None:
    """«این» with no noun of its own after it (the verb's word follows: «… بیانیه این اعلام کرد», a slip for
    «بیانیه‌ای») is no part of the title, after an action noun as before a verb (bounds.TRAIL); the bare
    noun left is generic. «این» with its noun («قطعنامه این سازمان») stays."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "اعضا سند پیشنهادی چارچوب همکاری مالی را برای سه سال آینده تصویب کردند.",
            ("سند پیشنهادی چارچوب همکاری مالی", "adopted"),
        ),
        ("وزیران سند پیشنهادی برنامه اقدام منطقه‌ای را تأیید کردند.", ("سند پیشنهادی برنامه اقدام منطقه‌ای", "approved")),
        ("طرح پیشنهادی نقشه راه همکاری به تصویب رسید.", ("طرح پیشنهادی نقشه راه همکاری", "adopted")),
        ("قطعنامه پیشنهادی ایران به تصویب رسید.", ("قطعنامه", "adopted")),
        ("سند پیشنهادی هیئت چین امضا شد.", ("سند", "signed")),
    ],
)
def test_proposed_before_the_document_noun_is_in_the_title(text: str, expected: tuple[str, str]) -> None:
    """«پیشنهادی» (proposed) before who proposed it ends the title («قطعنامه پیشنهادی ایران»); before the
    document's own noun («سند پیشنهادی چارچوب …», «طرح پیشنهادی نقشه راه …») it is the title's adjective."""
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "اعضا با تصویب قطعنامه مبارزه با تمامی ابعاد افراط‌گرایی و خشونت به کار خود پایان دادند.",
            [("قطعنامه مبارزه با تمامی ابعاد افراط‌گرایی", "adopted")],
        ),
        (
            "اعضا با تصویب برنامه اقدام مشترک برای توسعه همکاری‌های اقتصادی و تجاری و فنی به کار خود پایان دادند.",
            [("برنامه اقدام مشترک برای توسعه همکاری‌های اقتصادی", "adopted")],
        ),
        ("وزیران گروه در بیانیه‌ای برای از سرگیری مذاکرات اعلام آمادگی کردند.", [("بیانیه‌ای", "issued")]),
    ],
)
def test_a_title_cut_short_never_ends_on_a_conjunction_or_preposition(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A title cut at its word cap or at the verb's own words leaves no «و» or «برای» hanging at its end
    (bounds.TRAIL)."""
    assert rows(text) == expected
