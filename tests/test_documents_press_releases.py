"""A statement put out by a body, group or agency named alone, in a sentence that ties it to no meeting, is
its press statement, not the meeting's outcome (document_outside.press_release, _spoken_for_meeting).

Sentences written for these tests; none is taken from a page."""

from __future__ import annotations

import pytest
from document_fixtures import rows


@pytest.mark.parametrize(
    "text",
    [
        "سازمان بنادر ترکیه در بیانیه‌ای از آغاز طرح تازه خبر داد.",
        "کمیته ملی المپیک عراق طی بیانیه‌ای حمله به ورزشگاه را محکوم کرد.",  # «طی»
        "شورای عالی امنیت ملی پاکستان با صدور بیانیه‌ای خواستار آرامش شد.",  # «با صدور»
        "اتحادیه کارگران برق با انتشار اطلاعیه‌ای اعتصاب را پایان یافته اعلام کرد.",  # «اطلاعیه»
        "دیروز کمیسیون مستقل انتخابات در اعلامیه یی گفت که نتایج هفته آینده اعلام می‌شود.",  # Dari «یی», a time first
        "ریاست عمومی امور زنان در اعلامیهای از تصمیم تازه انتقاد کرد.",  # ZWNJ lost
        "این گزارش پس از آن منتشر شد که بانک مرکزی در بیانیه‌ای نرخ تازه را اعلام کرد.",  # after «که»
        "کشورهای عضو گروه الف ضمن بیانیه‌ای تجاوز به مرزها را محکوم کردند.",  # the members of another group
        # an office as the agent of the statement's own clause
        "در ادامه بیانیه‌ای که از سوی کاخ ریاست جمهوری صادر شد آمده است که رهبران بر صلح تاکید کردند.",
        "بیانیه‌ای که توسط وزارت خارجه منتشر شد از نشست رهبران استقبال کرد.",
        # an office tied to the statement by its participle, named or not
        "در بیانیه منتشره از وزارت امور خارجه الف آمده است که نشست سران در ماه آینده برگزار می‌شود.",
        "بیانیه صادرشده توسط سخنگوی وزارت خارجه الف منتشر شد.",
    ],
)
def test_a_bodys_statement_tied_to_no_meeting_is_no_row(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "اجلاس سران در بیانیه‌ای بر همکاری تأکید کرد.",  # the meeting
        "این سازمان در پایان نشست با صدور بیانیه‌ای بر همکاری تأکید کرد.",  # a meeting noun anywhere
        "شرکت‌کنندگان طی بیانیه‌ای از میزبان قدردانی کردند.",  # those taking part
        "رهبران گروه الف در اعلامیه‌ای بر همکاری تأکید کردند.",  # signers in the plural
        "اعضا با انتشار بیانیه‌ای تجاوز به مرزها را محکوم کردند.",
        "کشور الف به عنوان رئیس دوره‌ای گروه در بیانیه‌ای از اعضا قدردانی کرد.",  # the rotating chair
        "این گروه در بیانیه‌ای خواستار آتش‌بس شد.",  # the body pointed at
        "روز سه‌شنبه در بیانیه‌ای خواستار آتش‌بس شدند.",  # the speaker left unsaid
        "به گزارش خبرگزاری، همچنین طی بیانیه‌ای خواستار آتش‌بس شدند.",
        "ایران و روسیه در بیانیه‌ای بر همکاری تأکید کردند.",  # states speaking jointly
    ],
)
def test_a_statement_the_meeting_or_those_at_it_speak_through_stays(text: str) -> None:
    assert [action for _, action in rows(text)] == ["issued"]


def test_a_statement_its_own_relative_clause_adopts_stays() -> None:
    text = "سی کشور عضو در اعلامیه‌ای که در لاهه تصویب شد، بر دفاع جمعی تأکید کردند."
    assert [action for _, action in rows(text)] == ["adopted"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("بیانیه پایانی صادره از اجلاس سران بر همکاری تأکید کرد.", [("بیانیه پایانی", "issued")]),
    ],
)
def test_a_statement_the_meeting_issues_stays(text: str, expected: list) -> None:
    assert rows(text) == expected
