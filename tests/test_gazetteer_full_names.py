"""People listed by their full names only (people.csv's `full_name_only`): a surname or given name that is
a common word («وی» he, «سال» year, «سلام» hello, «زمان» time, «دلیل» reason) is not indexed alone, so a
title next to the word does not make the person of it; the full spelling still finds them."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from people_fixtures import known_in

from helpers import paths
from helpers.text import gazetteer as gz


@pytest.fixture(scope="module")
def gaz() -> gz.Gazetteer:
    return gz.load()


@pytest.mark.parametrize(
    ("person", "word"),
    [("wei_fenghe", "وی"), ("macky_sall", "سال"), ("nawaf_salam", "سلام"), ("idrees_zaman", "زمان")],
)
def test_their_surname_is_no_name_part(gaz: gz.Gazetteer, person: str, word: str) -> None:
    assert person in gaz.full_name_only
    assert gaz.surnames_of[person] == ()
    assert gaz.people[person] not in gaz.surnames.get(gz.key(word), ())


def test_their_given_name_is_no_given_name(gaz: gz.Gazetteer) -> None:
    assert "fayyad" in gaz.full_name_only
    assert gz.key("سلام") not in gaz.given_names


def test_others_keep_their_surnames(gaz: gz.Gazetteer) -> None:
    assert gaz.people["putin"] in gaz.surnames[gz.key("پوتین")]


@pytest.mark.parametrize(
    "text",
    [
        "وزیر دفاع چین گفت که وی در نشست آینده شرکت خواهد کرد.",
        "وی، وزیر دفاع پیشین، در این دیدار گفت همکاری ادامه دارد.",
        "رئیس‌جمهور سنگال سال گذشته در این اجلاس حضور داشت.",
        "رئيس جمهور سنگال سال ۲۰۱۹ میزبان این نشست بود.",
        "نخست‌وزیر لبنان سلام و درود مردم را به میهمانان رساند.",
        "معاون وزیر خارجه زمان برگزاری نشست را اعلام کرد.",
        "وزیر صحت عامه دلیل این تأخیر را توضیح داد.",
    ],
)
def test_a_title_beside_the_common_word_names_no_one(text: str) -> None:
    assert known_in(text) == []


@pytest.mark.parametrize(
    ("text", "name_en"),
    [
        ("وزیر دفاع چین، وی فنگ‌خه، در این نشست سخنرانی کرد.", "Wei Fenghe"),
        ("ماکی سال رئیس‌جمهور سنگال به این اجلاس رفت.", "Macky Sall"),
        ("نواف سلام نخست وزیر لبنان در نشست حضور یافت.", "Nawaf Salam"),
        ("در این دیدار ثریا دلیل، وزیر صحت عامه، گفت.", "Suraya Dalil"),
        # «حق‌شناس» (grateful) is a common word; the full name between dashes before the title
        ("هادی حق شناس -استاندار گیلان- امروز در این آیین سخنرانی کرد.", "Hadi Haghshenas"),
    ],
)
def test_the_full_spelling_still_finds_them(text: str, name_en: str) -> None:
    assert [e for _, e in known_in(text)] == [name_en]


def test_a_person_whose_rows_disagree_is_refused(tmp_path) -> None:
    shutil.copytree(paths.GAZETTEER, tmp_path / "g")
    people = tmp_path / "g" / "people.csv"
    df = pd.read_csv(people, dtype=str, keep_default_na=False)
    first = df.index[df["person_id"] == "putin"][0]
    df.loc[first, "full_name_only"] = "true"
    df.to_csv(people, index=False)
    with pytest.raises(ValueError, match=r"people\.csv: the rows of 'putin' disagree on full_name_only"):
        gz.Gazetteer(tmp_path / "g")


def test_a_given_name_of_two_words_is_one_spelling() -> None:
    # «حضرت عمر»: «حضرت» is the man's own given name here, no honorific; his surname written apart
    assert known_in("او با حضرت عمر زاخیل وال وزیر مالیه در نشست حضور یافت.") == [
        ("حضرت عمر زاخیل وال", "Omar Zakhilwal")
    ]
