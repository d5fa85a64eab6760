"""Where a name meets the phrase around it: a plural title in ezafe after a list of names
(name_lexicon.ezafe_plural), the Mauritanian «ولد» (son of) inside a name (names.NAME_JOINERS), and
an outlet's name after «به گزارش» or an outlet noun (name_sources.SOURCE_NOUN, title_names.OUTLET).
Sentences written for these tests (invented names, real titles)."""

from __future__ import annotations

import pytest
from people_fixtures import names_in

from helpers.extract.name_lexicon import ezafe_plural
from helpers.text import gazetteer as gz


@pytest.mark.parametrize("word", ["اعضای", "وزرای", "رؤسای", "روسای", "سفرای", "علمای", "امرای"])
def test_a_broken_plural_in_ezafe(word: str) -> None:
    assert ezafe_plural(gz.key(word))


@pytest.mark.parametrize("word", ["خامنه‌ای", "شانگهای", "اعضا", "آقای", "کسرای", "موسای"])
def test_not_a_broken_plural_in_ezafe(word: str) -> None:
    assert not ezafe_plural(gz.key(word))


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "هیئت به ترکیب احمد رحیمی رئیس کمیسیون، خانم مریم کریمی، ناصر جلالی اعضای مجلس در نشست شرکت کردند.",
            ["احمد رحیمی", "مریم کریمی", "ناصر جلالی"],
        ),
        (  # Dari, «هیات» and the Wolesi Jirga
            "هیات افغانستان به ترکیب عبدالرحیم ایوبی رئیس کمیسیون، خانم شکریه بارکزی، نصیر احمد احمدی"
            " اعضای ولسی جرگه اشتراک نمود.",
            ["شکریه بارکزی", "عبدالرحیم ایوبی", "نصیر احمد احمدی"],
        ),
        (  # another plural, before a state
            "نشست با حضور فرهاد مجیدی معاون وزیر، کامران یزدانی و سعید سلطانی سفرای ایران برگزار شد.",
            ["سعید سلطانی", "فرهاد مجیدی", "کامران یزدانی"],
        ),
        (  # «رؤسای» with its hamza, the list joined by «و»
            "رضا عباسی معاون وزیر و جواد ناصری رؤسای دو هیئت در نشست گفتند.",
            ["جواد ناصری", "رضا عباسی"],
        ),
    ],
)
def test_a_plural_title_in_ezafe_ends_the_last_name(text: str, names: list[str]) -> None:
    assert names_in(text) == names


def test_a_surname_in_ai_is_still_a_name() -> None:
    """Look-alike: «…ای» that is no plural («خامنه‌ای», its ZWNJ lost) stays the name's last word."""
    assert names_in("به گزارش ایرنا، سید علی خامنهای رئیس هیئت در نشست گفت.") == ["سید علی خامنه\u200cای"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("نشست به ریاست محمد ولد سالم وزیر خارجه موریتانی برگزار شد.", "محمد ولد سالم"),
        ("رئیس‌جمهور موریتانی محمد ولد غزوانی در اجلاس سخنرانی کرد.", "محمد ولد غزوانی"),
        ("وزیر امور خارجه موریتانی، محمد سالم ولد مرزوک، در نشست گفت.", "محمد سالم ولد مرزوک"),
    ],
)
def test_ould_joins_a_mauritanian_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_ould_alone_is_no_name() -> None:
    """Look-alike: «ولد» (child) between common words is no name."""
    assert names_in("این فرزند ولد خانواده در نشست حاضر بود.") == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("به گزارش العربیه، احمد ولد عبدالله وزیر خارجه موریتانی در نشست گفت.", ["احمد ولد عبدالله"]),
        ("به گزارش الیوم السابع، سامح رفعت وزیر خارجه مصر در نشست گفت.", ["سامح رفعت"]),
        ("بنابر گزارش الشرق الاوسط، خالد بن سعد وزیر خارجه در نشست گفت.", ["خالد بن سعد"]),
        ("وبگاه «الیوم السابع» گزارش داد که وزرای خارجه عرب امروز نشست داشتند.", []),
        ("وب‌سایت «الاهرام» نوشت که وزیران در نشست شرکت کردند.", []),
        ("تارنمای «الوطن» نوشت که وزیران در نشست شرکت کردند.", []),
    ],
)
def test_an_outlet_is_no_person(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "بنا به دعوت صدراعظم بنگله دیش هیئت عازم داکه شد.",  # the Dari spelling, written apart
        "رئیس‌جمهور بنگلادش در نشست گفت.",
    ],
)
def test_a_state_written_apart_is_no_name(text: str) -> None:
    """«بنگله دیش» (Dari) is the state (countries.csv), not a name after the title."""
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "بنا به دعوت صدراعظم بنگلادش ورئیس اتحادیه، هیئت عازم داکه شد.",  # «و» written onto a title
        "به دعوت وزیر خارجه ترکیه ووزیر خارجه ایران نشست برگزار شد.",
        "سخنان نخست وزیر پاکستان ومعاون رئیس‌جمهور چین در نشست شنیده شد.",
    ],
)
def test_and_glued_to_a_title_is_no_name(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, name",
    [("وحید احمدی رئیس هیئت در نشست گفت.", "وحید احمدی"), ("ولید المعلم وزیر خارجه سوریه در نشست گفت.", "ولید المعلم")],
)
def test_a_name_opening_with_vav_stays(text: str, name: str) -> None:
    """Look-alikes: given names that begin with «و» («وحید», «ولید») are no «و» before a title."""
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, names",
    [  # the source an outlet quotes inside the opening «به گزارش … به نقل از X،»
        (
            "به گزارش روز پنجشنبه ایرنا به نقل از الشرق الاوسط، «محمد حسین زاده» وزیر خارجه ایران در نشست گفت.",
            ["محمد حسین\u200cزاده"],
        ),
        ("به گزارش خبرگزاری فارس به نقل از القدس العربی، کامران یزدانی وزیر خارجه در نشست گفت.", ["کامران یزدانی"]),
        ("به گزارش سرویس بین الملل به نقل از دیلی تایمز، نمایندگان دو کشور در نشست شرکت کردند.", []),
        # look-alike: «به نقل از» opening a sentence quotes a person
        ("به نقل از احمد کریمی سخنگوی وزارت خارجه، نشست فردا برگزار می‌شود.", ["احمد کریمی"]),
        # look-alike: a person quoted inside that phrase, a given name first
        ("به گزارش ایرنا به نقل از کامران یزدانی سخنگوی وزارت خارجه، نشست فردا برگزار می‌شود.", ["کامران یزدانی"]),
    ],
)
def test_a_quoted_outlet_is_no_person(text: str, names: list[str]) -> None:
    assert names_in(text) == names
