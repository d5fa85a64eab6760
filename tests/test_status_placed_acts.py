"""An act the clause places at the meeting, read past the words that made the clause reader miss it
(#11, session 11, status11a): a meeting noun after an ordinal or a superlative («در ششمین نشست …»,
«در مهم‌ترین نشست …») is a noun, never the clause's verb, even where the titles and the organization
after it are skipped and a comma follows (the verb «نشست», sat, or a negated «شستن» read there left
the person `mentioned`); and «در این مراسم» (this ceremony: the meeting or a part of it the report has
just told) is a place of the meeting like «در این نشست». Sentences written for these tests (invented
names, real titles and bodies), varied over ordinals, a superlative, digits, verbs, Dari spelling and
lost ZWNJ, and look-alikes: a press meeting of the same number, the real verb «نشست», a ceremony with
no demonstrative (a funeral, «مراسمی» elsewhere)."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses

from helpers.extract.mentions import words
from helpers.text.verbs import verb_at

FM = "بختیار نورالدینوف"
FM_FULL = f"{FM} وزیر امور خارجه ازبکستان"
DARI = "محمد داوود رحیمی"
DARI_FULL = f"{DARI} وزیر امور خارجه افغانستان"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            f"{FM_FULL} در ششمین نشست وزرای امور خارجه سازمان همکاری شانگهای، همکاری منطقه‌ای را از اصول"
            " سیاست خارجی ایران خواند.",
            FM,
        ),
        (
            f"{FM_FULL} طی سخنانی در بیست و دومین نشست وزیران خارجه سازمان همکاری اقتصادی، از طرح‌های"
            " ترانزیتی منطقه دفاع کرد.",
            FM,
        ),
        (  # Dari, «نمود»
            f"{DARI_FULL} در دهمین نشست وزیران خارجه سازمان همکاری اقتصادی، از کمک‌های کشورهای عضو قدردانی نمود.",
            DARI,
        ),
        (  # digits glued to the ordinal ending, lost ZWNJ in the verb
            f"{FM_FULL} در ۴۸مین نشست وزرای خارجه سازمان همکاری اسلامی، مواضع ایران را تشریح کردهاست.",
            FM,
        ),
        (  # «نخستین», another body
            f"{DARI_FULL} در نخستین نشست وزرای خارجه کشورهای همسایه افغانستان، بر گسترش تجارت تأکید کرد.",
            DARI,
        ),
        (  # a superlative, lost ZWNJ
            f"{FM_FULL} در مهمترین نشست وزرای خارجه اتحادیه عرب، پیشنهاد تازه‌ای را مطرح کرد.",
            FM,
        ),
    ],
    ids=["sixth", "twenty-second-speech", "dari-tenth", "digits", "first", "superlative"],
)
def test_a_meeting_noun_after_an_ordinal_is_the_place_of_the_act(text: str, name: str) -> None:
    assert statuses(text)[name][0] == "attended"


def test_a_press_meeting_of_a_number_is_no_place_of_the_meeting() -> None:
    text = f"{FM_FULL} در ششمین نشست خبری هفتگی خود، مواضع ایران را درباره این اجلاس تشریح کرد."
    assert statuses(text)[FM][0] == "mentioned"


@pytest.mark.parametrize(
    "text, verb",
    [
        ("او در کنار همتای خود نشست", "نشست"),  # the verb «نشستن», sat: no adjective before it
        ("او در ردیف نخست نشست و گوش داد", "نشست"),  # «نخست» (first) is no ordinal in «-مین»
        ("او کنار محمد امین نشست", "نشست"),  # «امین», a name, with no number before it
    ],
)
def test_the_verb_after_other_words_still_reads(text: str, verb: str) -> None:
    said = words(text)
    i = next(j for j, w in enumerate(said) if w[2] == verb)
    assert verb_at(said, i, text) is not None


@pytest.mark.parametrize("adjective", ["ششمین", "نخستین", "۲۸مین", "۲۸ امین", "مهم‌ترین", "بزرگترین", "اولین", "چهلمین"])
def test_after_an_ordinal_or_superlative_no_verb_starts(adjective: str) -> None:
    text = f"در {adjective} نشست"
    said = words(text)
    assert verb_at(said, len(said) - 1, text) is None


OPENED = "عملیات اجرایی خط لوله گاز تاپی امروز در هرات آغاز شد."
SIGNED = "موافقت‌نامه همکاری شهرهای بریکس امروز در مسکو امضا شد."


@pytest.mark.parametrize(
    "text, name",
    [
        (f"{OPENED} {A_FULL} در این مراسم گفت: «کشورمان دوست همسایگان است.»", A),
        (f"{SIGNED} {B_FULL} نیز در این مراسم به رشد روابط اعضا اشاره کرد و گفت که همکاری ادامه دارد.", B),
        (f"{OPENED} {A_FULL} در این مراسم، سد سلما را مثال زد و از همکاری منطقه‌ای سخن گفت.", A),  # a comma after it
        (f"{OPENED} در این مراسم، {B_FULL} از کشورهای همسایه قدردانی کرد.", B),  # fronted
        (f"{SIGNED} {DARI_FULL} در همین مراسم بر ادامه همکاری‌ها تاکید نمود.", DARI),  # Dari «نمود», «همین»
        (f"{OPENED} {A_FULL} در آغاز این مراسم از مهمانان سپاسگزاری کرد.", A),  # a part of it
    ],
    ids=["said", "pointed-out", "comma", "fronted", "dari-same", "part-of-it"],
)
def test_an_act_in_this_ceremony_is_at_the_meeting(text: str, name: str) -> None:
    assert statuses(text)[name][0] == "attended"


@pytest.mark.parametrize(
    "text, name",
    [
        (f"{OPENED} {A_FULL} هفته گذشته در مراسم تشییع پیکر یک سرباز گفت که منطقه امن است.", A),
        (f"{OPENED} {B_FULL} در مراسمی در پایتخت کشورش از این طرح دفاع کرد.", B),
    ],
    ids=["funeral", "a-ceremony-at-home"],
)
def test_another_ceremony_is_no_place_of_the_meeting(text: str, name: str) -> None:
    assert statuses(text)[name][0] == "mentioned"


LONG = "عبدالعزیز محمد کاملوف"
LONG_FULL = f"{LONG} رئیس‌جمهور تاجیکستان"
C = "سیروس احمدزی"
C_FULL = f"{C} رئیس‌جمهور افغانستان"
D = "فرهاد سلیموف"


@pytest.mark.parametrize(
    "text",
    [
        f"در این نشست دکتر {A_FULL}، {LONG_FULL} و {C_FULL} راه‌های گسترش روابط را مورد بررسی قرار دادند.",
        f"در این اجلاس، {LONG_FULL}، {A_FULL}، {B_FULL} و {C_FULL} همکاری اقتصادی را مورد مذاکره قرار دادند.",
        f"در این نشست جناب آقای {LONG} رئیس‌جمهور محترم تاجیکستان، {A_FULL} و {C_FULL} راه‌های همکاری را بررسی کردند.",
    ],
    ids=["honorific", "four-items", "long-titles"],
)
def test_a_place_fronted_before_a_long_list_places_every_item(text: str) -> None:
    """status20a: the people listed before someone are no words between a fronted place and them (the last
    item was left out where the names and honorifics before it passed six words)."""
    assert statuses(text)[C] == ("attended", "speech")


def test_the_object_after_a_fronted_list_is_not_placed_by_it() -> None:
    text = f"در این نشست دکتر {A_FULL}، {LONG_FULL} و {C_FULL} از {D} قدردانی کردند."
    assert statuses(text)[D][0] == "mentioned"
