"""Officers of the organizations the dev set covers (the European Union's presidents and High
Representative, NATO's, OPEC's, the Arab League's, the GCC's and Interpol's secretaries general, the
AU Commission's chair, the IMF's and World Bank's heads) are gazetteer people, found named bare, with
no title nearby, in their Persian and Dari spellings; a one-word gazetteer spelling is the unknown
person the article names in full by it; and a lone word before a light verb is no name. Sentences
written for these tests; each fails without the gazetteer rows or the rule it names."""

from __future__ import annotations

import pytest
from people_fixtures import known_in, names_in


@pytest.mark.parametrize(
    "text, name, english",
    [
        ("شارل میشل در پایان نشست به خبرنگاران گفت که توافق حاصل شد.", "شارل میشل", "Charles Michel"),
        ("در این دیدار چارلز میشل و اعضای شورا حضور داشتند.", "چارلز میشل", "Charles Michel"),
        ("جوزپ بورل پیش از نشست وزیران با خبرنگاران صحبت کرد.", "جوزپ بورل", "Josep Borrell"),
        ("اورزولا فون در لاین از طرح تازه دفاع کرد.", "اورزولا فون در لاین", "Ursula von der Leyen"),
        ("ینس استولتنبرگ در نشست خبری پایانی شرکت کرد.", "ینس استولتنبرگ", "Jens Stoltenberg"),
        ("مارک روته نخستین نشست خود را برگزار کرد.", "مارک روته", "Mark Rutte"),
        ("موسی فکی محمد در افتتاح اجلاس سخنرانی کرد.", "موسی فکی محمد", "Moussa Faki Mahamat"),
        ("کریستالینا گئورگیوا از چشم‌انداز رشد سخن گفت.", "کریستالینا گئورگیوا", "Kristalina Georgieva"),
        ("هیثم الغیص از تصمیم اعضا استقبال کرد.", "هیثم الغیص", "Haitham al-Ghais"),
        ("احمد ابوالغیط در جلسه وزیران حاضر شد.", "احمد ابوالغیط", "Ahmed Aboul Gheit"),
        ("جاسم البدیوی بیانیه پایانی را قرائت کرد.", "جاسم البدیوی", "Jasem Mohamed Albudaiwi"),
        ("معمر قذافی روز دوشنبه ریاست دوره‌ای را بر عهده گرفت.", "معمر قذافی", "Muammar Gaddafi"),
        # heads of the UN's agencies and of its General Assembly
        ("تدروس آدهانوم در گشایش نشست سخنرانی کرد.", "تدروس آدهانوم", "Tedros Adhanom Ghebreyesus"),
        ("رافائل گروسی از همکاری اعضا قدردانی کرد.", "رافائل گروسی", "Rafael Grossi"),
        ("انگوزی اوکونجو ایویلا نشست را آغاز کرد.", "انگوزی اوکونجو ایویلا", "Ngozi Okonjo-Iweala"),
        ("ماساهیکو متوکی به نمایندگان خوشامد گفت.", "ماساهیکو متوکی", "Masahiko Metoki"),
        ("ریاست این دوره بر عهده دنیس فرانسیس است.", "دنیس فرانسیس", "Dennis Francis"),
        # a head of government and a spokesman, their names' words all common or found after a cue
        ("نشست با حضور نوری مالکی آغاز شد.", "نوری مالکی", "Nouri al-Maliki"),
        ("استیفان دوجاریک در نشست خبری روزانه گفت.", "استیفان دوجاریک", "Stéphane Dujarric"),
        # the Dari spelling of a given name the gazetteer had in its Persian one
        ("براک اوباما در کنفرانس سران گفت که راهبرد تازه مورد حمایت است.", "براک اوباما", "Barack Obama"),
    ],
)
def test_an_officer_named_bare_is_found(text: str, name: str, english: str) -> None:
    assert known_in(text) == [(name, english)]


def test_the_general_assemblys_president_is_a_title() -> None:
    assert names_in("کارلوس مندوزا رئیس مجمع عمومی سازمان ملل در نشست گفت.") == ["کارلوس مندوزا"]


def test_the_dari_title_of_a_secretary_general_takes_the_name() -> None:
    assert names_in("آقای هانس ویتنبرگ منشی عمومی ناتو در این نشست گفت.") == ["هانس ویتنبرگ"]


def test_a_word_before_a_light_verb_after_a_title_is_no_name() -> None:
    """«… منشی عمومی ناتو بسر می‌رسد»: «بسر» (به سر, run together) is the noun of a compound verb."""
    assert names_in("دوره خدمت منشی عمومی ناتو بسر میرسد.") == []


@pytest.mark.parametrize(
    "later",
    ["ترکیه از اعتراض خود علیه آقای راسموسن دست کشید.", "راسموسن در پایان نشست گفت که کار آغاز شده است."],
)
def test_a_gazetteer_surname_is_the_person_named_in_full_by_it(later: str) -> None:
    first = "رهبران کشورهای عضو آندرس بولک راس موسن، نخست‌وزیر دانمارک را برگزیدند."
    assert names_in(first, later) == ["آندرس بولک راس موسن"]
