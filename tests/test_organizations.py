"""Which organization an article is about: the meeting's own name in the headline, lead and body
outweighs passing mentions and other stories' headlines; two organizations meeting the same day
are both kept. Every text here is written for the test."""

from __future__ import annotations

import pytest

from helpers.text import ingest, organizations

CASES = {
    "CSTO": (
        "نشست سران سازمان پیمان امنیت جمعی در ایروان برگزار شد",
        "رهبران کشورهای عضو پیمان امنیت دسته جمعی دیدار کردند.",
    ),
    "SCO": ("اجلاس سران سازمان همکاری شانگهای در آستانه آغاز شد", "سران کشورهای عضو سازمان شانگهای گرد هم آمدند."),
    "CIS": ("نشست شورای سران کشورهای مستقل مشترک‌المنافع در مینسک", "رهبران همسود درباره همکاری اقتصادی گفت‌وگو کردند."),
    "EAEU": (
        "نشست شورای عالی اقتصادی اوراسیا به صورت ویدئویی برگزار شد",
        "اعضای اتحادیه اقتصادی اوراسیا بیانیه دادند.",
    ),
    "BRICS": ("اجلاس سران بریکس در ریودوژانیرو", "گروه بریکس از پذیرش اعضای تازه خبر داد."),
    "ECO": ("اجلاس سران سازمان همکاری اقتصادی اکو در خانکندی", "کشورهای عضو اکو درباره ترانزیت گفت‌وگو کردند."),
    "D8": ("یازدهمین اجلاس سران گروه دی-۸ در قاهره", "اعضای دی ۸ بر تجارت ترجیحی تأکید کردند."),
    "OIC": ("نشست فوق‌العاده وزرای خارجه سازمان همکاری اسلامی در جده", "سازمان همکاری‌های اسلامی قطعنامه‌ای صادر کرد."),
    "CICA": ("اجلاس سران کنفرانس تعامل و اعتمادسازی در آسیا", "کشورهای عضو سیکا بر امنیت منطقه تأکید کردند."),
    "CASPIAN": ("اجلاس سران کشورهای ساحلی خزر در عشق‌آباد", "رهبران کشورهای ساحلی دریای خزر دیدار کردند."),
}


def _page(headline: str, body: str, tail: str = "") -> str:
    return f"{headline}\n\n{body}\n\nاین نشست دو روز طول کشید و به کار خود پایان داد.\n{tail}"


def _found(text: str) -> list[str]:
    return ingest.segment(text).record["organizations"]


@pytest.mark.parametrize("organization", sorted(CASES))
def test_each_organization_is_found_from_its_meeting_name(organization: str) -> None:
    headline, body = CASES[organization]
    assert _found(_page(headline, body)) == [organization]


def test_a_passing_mention_in_the_body_does_not_outweigh_the_meeting() -> None:
    text = _page(
        *CASES["SCO"][:1],
        "سران سازمان همکاری شانگهای دیدار کردند؛ قزاقستان عضو سازمان پیمان امنیت جمعی نیز هست.",
    )
    assert _found(text) == ["SCO"]


def test_a_cis_summit_with_a_csto_session_the_same_day_is_about_both() -> None:
    text = _page(
        "نشست سران کشورهای مستقل مشترک‌المنافع و سازمان پیمان امنیت جمعی در مسکو",
        "پس از نشست سران همسود، اجلاس سران سازمان پیمان امنیت جمعی در همان روز برگزار شد.",
    )
    assert sorted(_found(text)) == ["CIS", "CSTO"]


def test_an_article_naming_no_organization_gets_none_and_a_record_that_says_so() -> None:
    record = ingest.segment(_page("دیدار وزیران خارجه دو کشور در تهران", "دو وزیر درباره همکاری گفت‌وگو کردند.")).record
    assert record["organizations"] == [] and record["organization_evidence"] == []


def test_the_evidence_says_where_the_name_stood_and_whether_it_named_the_meeting() -> None:
    headline, body = CASES["BRICS"]
    evidence = ingest.segment(_page(headline, body)).record["organization_evidence"][0]
    assert evidence["id"] == "BRICS" and evidence["score"] >= organizations.MIN_SCORE
    first = evidence["evidence"][0]
    assert first["section"] == "headline" and first["meeting_name"] is True and first["written"] == "بریکس"
