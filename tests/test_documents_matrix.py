"""Every document noun with every action (issue #11): a battery of sentences written for this test,
document nouns (Persian and Dari, with and without their ZWNJ) × verb forms of each action (passive,
active, «reached», light verbs «نمودن/گردیدن», after an action noun, still to come), so a rule that
holds for one noun or one verb form only shows up here; then names, joined verbs and look-alikes."""

from __future__ import annotations

import itertools

import pytest
from document_fixtures import rows

from helpers.text import gazetteer as gz

NOUNS = (
    "بیانیه",
    "اعلامیه",
    "یادداشت تفاهم",
    "تفاهمنامه",
    "موافقت‌نامه",
    "قطعنامه",
    "منشور",
    "پروتکل",
    "برنامه",
    "استراتژی",
    "نقشه راه",
    "فیصله‌نامه",
    "قرارنامه",
    "پلان",
)
FORMS = {
    "signed": (
        "{t} امضا شد.",
        "{t} به امضای وزیران رسید.",
        "سران {t} را امضاء نمودند.",
        "{t} امضا گردید.",
        "{t} امضا گردیده است.",
        "نشست با امضای {t}، پایان یافت.",
    ),
    "adopted": (
        "{t} به تصویب رسید.",
        "سران {t} را تصویب کردند.",
        "سران {t} را به تصویب رسانده‌اند.",
        "{t} مورد تصویب سران قرار گرفت.",
        "اجلاس با تصویب {t}، به کار خود پایان داد.",
    ),
    "approved": ("{t} مورد تأیید وزیران قرار گرفت.", "سران با {t} موافقت کردند.", "{t} به تأیید سران رسید."),
    "issued": ("{t} صادر شد.", "{t} نشر گردید.", "نشست با صدور {t}، پایان یافت."),
    "proposed": (
        "{t} فردا به تصویب خواهد رسید.",
        "قرار است {t} به امضای سران برسد.",
        "{t} برای امضا آماده شده است.",
        "{t} تصویب میشود.",
        "انتظار می‌رود {t} صادر شود.",
    ),
}
CASES = [
    (form.format(t=f"{noun} همکاری اقتصادی"), f"{noun} همکاری اقتصادی", action)
    for noun, (action, forms) in itertools.product(NOUNS, FORMS.items())
    for form in forms
]


def _plain(title: str) -> str:
    return gz.key(title).replace(" ", "")


@pytest.mark.parametrize("text, title, action", CASES)
def test_every_document_noun_takes_every_action(text: str, title: str, action: str) -> None:
    got = rows(text)
    assert [(_plain(t), a) for t, a in got] == [(_plain(title), action)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("در پایان نشست بیانیه‌ای موسوم به بیانیه دوشنبه صادر شد.", ("بیانیه دوشنبه", "issued")),
        ("اجلاس با صدور بیانیه‌ای تحت عنوان «اعلامیه باکو» پایان یافت.", ("اعلامیه باکو", "issued")),
        ("سران سندی به نام منشور همکاری امضا کردند.", ("منشور همکاری", "signed")),
        ("منشور سازمان اصلاح و تصویب شد.", ("منشور سازمان", "adopted")),
        ("پیش‌نویس اعلامیه مشترک بررسی و تأیید شد.", ("پیش‌نویس اعلامیه مشترک", "approved")),
        ("منشور سازمان و اساسنامه بانک تصویب شد.", ("منشور سازمان", "adopted")),
    ],
)
def test_a_name_given_after_a_document_word_and_a_verb_joined_before_the_action(
    text: str, expected: tuple[str, str]
) -> None:
    """«تحت عنوان/به نام/موسوم به X» names the document (after an action noun too); a verb's noun joined
    to the action by «و» («اصلاح و تصویب شد») is no part of the title, while a document joined so is one."""
    assert rows(text)[:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "توافق‌نامه همکاری اقتصادی سال گذشته در مسکو امضا شد.",
        "در نشست قبلی ده سند امضا شده بود.",
        "سران بر اجرای کامل بیانیه مشترک تأکید کردند.",
        "سران گفتند شورای امنیت سازمان ملل قطعنامه‌ای درباره سوریه صادر کرد.",
        "وزارت خارجه با صدور بیانیه‌ای از برگزاری نشست استقبال کرد.",
        "در این نشست تصمیمات مهمی اتخاذ شد.",
        "سران بر ایجاد منطقه آزاد تجاری تأکید کردند.",
        "بیانیه پایانی نشست پیشین بر امنیت تأکید داشت.",
    ],
)
def test_look_alikes_give_no_row(text: str) -> None:
    """A document of an earlier meeting, an implementation, another body's or a ministry's statement,
    unnamed decisions and a creation only stressed are not this meeting's documents."""
    assert rows(text) == []
