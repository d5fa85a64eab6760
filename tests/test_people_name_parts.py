"""A page names someone in full once and later by a part of that name: a two-word surname, the
given name of an Arab or Burmese name, an Indian name without its first initial, a two-word surname
with a long vowel letter left out. The part is the
person named in full (one row), unless two fuller names hold it, it stands after «بن» (the father's
name) or both are gazetteer people (helpers.extract.surnames.fuller_names). Sentences written for
these tests (invented people, real titles); each fails without the rule."""

from __future__ import annotations

import pytest
from people_fixtures import names_in

from helpers.extract.surnames import fuller_names
from helpers.text.gazetteer import key


@pytest.mark.parametrize(
    "texts, name",
    [
        # a Persian surname of two words written apart, later alone before a verb of saying
        (
            ("علی طاهر نیا افزود که نشست موفق بود.", "طاهر نیا ضمن تشکر از میزبان، افزود: همکاری ادامه دارد."),
            "علی طاهر نیا",
        ),
        # an Indian name with two initials in quotes, later with one, its title repeated
        (
            (
                "به گزارش ایسنا، «اس جی تانکر» وزیر خارجه هند در روز پایانی نشست گفت.",
                "جی تانکر وزیر خارجه هند در نشست گفته است که همکاری ادامه دارد.",
            ),
            "اس جی تانکر",
        ),
        # an emir's given name after «شیخ», the full name with «ال» words before it
        (
            ("سلیم العبدالله الناصر امیر قطر نشست را افتتاح کرد.", "شیخ سلیم از ماه ژوئن در تلاش بوده است."),
            "سلیم العبدالله الناصر",
        ),
        # a Burmese general's first syllable after his rank, in a noun phrase
        (
            ("ژنرال مین تون هلاینگ، فرمانده ارتش میانمار، در نشست شرکت کرد.", "سخنان ژنرال مین بازتاب یافت."),
            "مین تون هلاینگ",
        ),
        # a two-word surname later quoted alone, one long vowel letter of it left out
        (
            (
                "ماتیاس کلاین برگر وزیر خارجه اتریش در نشست سخنرانی کرد.",
                "در اظهارات «کلان برگر»، وزیر خارجه اتریش، بر همکاری تاکید شد.",
            ),
            "ماتیاس کلاین برگر",
        ),
    ],
)
def test_a_part_of_a_full_name_is_that_person(texts: tuple[str, ...], name: str) -> None:
    assert names_in(*texts) == [name]


def test_which_parts_are_joined() -> None:
    names = [
        ("عبدالرحمن بن ناصر", None),  # «ناصر» after «بن»: the father
        ("ناصر", None),
        ("کاوه رضایی", None),  # «رضایی» in two fuller names: either
        ("بهروز رضایی", None),
        ("رضایی", None),
        ("سرگئی لاوروف", "Sergey Lavrov"),  # two gazetteer people stay apart
        ("لاوروف", "Someone Else"),
        ("تان مین", None),  # the only fuller name holding the part
        ("وو تان مین", None),
        ("اشتان مایر", None),  # a long vowel letter left out beside a word written alike
        ("فرانک والتر اشتاین مایر", None),
        ("احمد", None),  # one word with a slip is another name («احمد», «احمدی»)
        ("علی احمدی", None),
    ]
    out = fuller_names((key(n), n, en) for n, en in names)
    assert out == {key("تان مین"): key("وو تان مین"), key("اشتان مایر"): key("فرانک والتر اشتاین مایر")}


def test_a_name_is_read_by_its_fullest_form() -> None:
    # «اس جی تانکر» also written «تانکر» later: its shorter form runs inside «جی تانکر», yet it is the fuller name
    names = [
        (key("اس جی تانکر"), "اس جی تانکر", None),
        (key("اس جی تانکر"), "تانکر", None),
        (key("جی تانکر"), "جی تانکر", None),
    ]
    assert fuller_names(names) == {key("جی تانکر"): key("اس جی تانکر")}
    assert fuller_names(reversed(names)) == {key("جی تانکر"): key("اس جی تانکر")}
