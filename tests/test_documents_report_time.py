"""Which meeting a document belongs to from the report's time (issue #11, session 11;
document_outside.in_report_time): while a report has its meeting still to come («… فردا برگزار
می‌شود», «قرار است … برگزار شود»), a document a finite verb tells done was adopted, signed or issued at
an earlier occasion and is no row of this meeting, and one named with no finite verb (an agenda item) is
proposed. Sentences written for these tests (other verbs, organizations, subjects, Dari spelling, a lost
ZWNJ), with look-alikes: the same sentences in a report of a meeting under way or with no time said, a
sentence that points at this meeting, and a document still to come."""

from __future__ import annotations

import pytest
from document_fixtures import rows

TO_COME = [
    "اجلاس سران سازمان همکاری شانگهای فردا در آستانه برگزار می‌شود.",
    "قرار است نشست وزیران خارجه کشورهای عضو اکو هفته آینده در تهران برگزار شود.",
    "نشست شورای امنیت درباره افغانستان روز دوشنبه آینده برگزار خواهد شد.",
]
UNDER_WAY = [
    "اجلاس سران سازمان همکاری شانگهای امروز در آستانه آغاز شد.",
    "نشست وزیران خارجه کشورهای عضو اکو صبح امروز در تهران برگزار شد.",
]
DONE = [
    "سران کشورهای عضو قطعنامه‌ای درباره تعامل با افغانستان تصویب کردند.",
    "کشورهای ساحلی کنوانسیون حفاظت از محیط زیست دریا را امضا کردند.",
    "این گروه در بیانیه‌ای از سرگیری گفتگوها را خواستار شد.",
    "به گفته وزیر خارجه، چند یادداشت تفاهم با دبیرخانه به امضا رسید.",
    "رئیس دوره‌ای نشست در اعلامیه‌ای برنامه کاری این ماه را منتشر کرد.",
    "وزیران موافقتنامه همکاری گمرکی را تصویب کردند.",  # Dari spelling, no ZWNJ
    "وزرای خارجه در قطعنامهای وضعیت منطقه را محکوم کردند.",  # a ZWNJ lost
    "اعضا با صدور بیانیه‌ای حمله به سفارت را محکوم کردند.",
    "نقشه راه همکاری‌های ترانزیتی به تصویب رسید.",
]


@pytest.mark.parametrize("opening", TO_COME)
@pytest.mark.parametrize("text", DONE)
def test_a_document_told_done_before_the_meeting_is_no_row(opening: str, text: str) -> None:
    assert rows(opening, text) == []


@pytest.mark.parametrize("opening", [*UNDER_WAY, "وزیران خارجه در نیویورک گرد هم آمدند."])
@pytest.mark.parametrize("text", DONE)
def test_the_same_document_under_way_or_with_no_time_said_stays(opening: str, text: str) -> None:
    assert [action for _, action in rows(opening, text)] in (["adopted"], ["signed"], ["issued"])


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "بررسی و تصویب برنامه اقدام منطقه‌ای و راهبرد همکاری انرژی",
            [("برنامه اقدام منطقه‌ای", "proposed"), ("راهبرد همکاری انرژی", "proposed")],
        ),
        ("تصویب اساسنامه صندوق مشترک در دستور کار این اجلاس", [("اساسنامه صندوق مشترک", "proposed")]),
    ],
)
def test_an_agenda_item_with_no_verb_is_proposed(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(TO_COME[0], text) == expected


@pytest.mark.parametrize("opening", TO_COME)
def test_a_sentence_pointing_at_this_meeting_or_a_document_to_come_stays(opening: str) -> None:
    assert rows(opening, "در پایان این نشست بیانیه‌ای صادر شد.") == [("بیانیه‌ای", "issued")]
    assert rows(opening, "سران در پایان، منشور همکاری را امضا خواهند کرد.") == [("منشور همکاری", "proposed")]


@pytest.mark.parametrize("opening", [*UNDER_WAY, "وزیران خارجه در نیویورک گرد هم آمدند."])
def test_the_next_meeting_sets_no_time_for_this_one(opening: str) -> None:
    nxt = "در بیانیه پایانی اعلام شد که نشست بعدی وزیران سال آینده در باکو برگزار خواهد شد."
    assert ("برنامه همکاری گمرکی", "adopted") in rows(opening, nxt, "در پایان نشست، برنامه همکاری گمرکی تصویب شد.")


@pytest.mark.parametrize(
    "text",
    [
        "پیرو پیشنهاد سال گذشته وزیر و تصویب قطعنامه مبارزه با افراط‌گرایی، هیئت‌ها نشست ویژه‌ای برگزار کردند.",
        "کشورها پیش از این با امضای موافقتنامه تجارت آزاد موافقت کرده بودند.",
        "تاکنون با امضای ۱۲ سند همکاری، روابط گسترش یافته است.",
        "اخیرا با تصویب برنامه اقدام مشترک، گام تازه‌ای برداشته شد.",
        "در سال گذشته با امضای تفاهمنامه ترانزیتی، مسیر تازه‌ای گشوده شد.",  # Dari spelling
    ],
)
def test_an_action_noun_the_clause_dates_earlier_is_no_row(text: str) -> None:
    """The clause's time words (document_cues.EARLIER) date an action noun's document as they date a verb's."""
    assert rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("سران با امضای منشور همکاری به نشست پایان دادند.", [("منشور همکاری", "signed")]),
        ("وزیران امروز با تصویب برنامه اقدام مشترک، نشست را به پایان رساندند.", [("برنامه اقدام مشترک", "adopted")]),
    ],
)
def test_an_action_noun_of_this_meeting_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(text) == expected


HELD = "نشست سه‌جانبه وزیران در ۱۰ اکتبر ۲۰۲۵ در باکو برگزار شد."


@pytest.mark.parametrize(
    "text",
    [
        "طرف‌ها بر پایبندی به بیانیه مشترک مورخ ۱ نوامبر ۲۰۱۷ تأکید کردند.",
        "وزیران از اعلامیه مشترک مورخ ۸ اسد ۱۳۹۵ در زمینه ترانزیت یاد کردند.",  # an Afghan month
        "بیانیه پایانی اجلاس در سپتامبر ۲۰۱۶ بر این اصل تأکید داشت.",
    ],
)
def test_a_final_statement_its_clause_dates_earlier_is_no_row(text: str) -> None:
    """A final or joint statement named with no action is dated as an action noun's document is."""
    assert rows(HELD, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("طرف‌ها بر پایبندی به بیانیه مشترک مورخ ۱۰ اکتبر ۲۰۲۵ تأکید کردند.", [("بیانیه مشترک", "issued")]),
        ("اعلامیه پایانی نشست بر همکاری در سال ۲۰۲۶ تأکید دارد.", [("اعلامیه پایانی نشست", "issued")]),
    ],
)
def test_a_final_statement_of_this_meeting_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert rows(HELD, text) == expected
