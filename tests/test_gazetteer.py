"""The gazetteer loads with a source on every row and finds entries whatever the spelling."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from helpers import paths
from helpers.text import gazetteer as gz


@pytest.fixture(scope="module")
def gaz() -> gz.Gazetteer:
    return gz.load()


def found(gaz: gz.Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.entry.id) for m in gaz.find(text)]


@pytest.mark.parametrize("variant", ["رئیس‌جمهور", "رئیس جمهور", "رئیسجمهور", "رييس جمهور", "رئيس‌جمهور"])
def test_key_ignores_zwnj_space_letter_forms_and_hamza(variant: str) -> None:
    assert gz.key(variant) == gz.key("رئیس‌جمهور")


def test_key_reads_the_normalizers_decimal_sign_as_the_dot_it_was() -> None:
    assert gz.key("۱۲٫۰۳٫۲۰۲۱") == gz.key("12.03.2021")


def test_fold_keeps_one_character_per_character() -> None:
    text = "كشور ۲۰۲۶ رئيس"
    folded, index = gz.folded_with_index(text)
    assert folded == "کشور 2026 رییس"
    assert len(index) == len(folded)


@pytest.mark.parametrize("text", ["رئیس‌جمهور روسیه", "رئیس جمهور روسیه", "رئیسجمهور روسیه", "رئيس جمهور روسيه"])
def test_role_and_state_found_in_any_spelling(gaz: gz.Gazetteer, text: str) -> None:
    assert found(gaz, text) == [("role", "president"), ("country", "RUS")]


def test_split_word_is_still_a_role(gaz: gz.Gazetteer) -> None:
    # scraped text sometimes breaks «وزیر» into «و زیر»
    assert ("role", "foreign_minister") in found(gaz, "به ریاست فلانی و زیر امور خارجه قرقیزستان")


@pytest.mark.parametrize("spelling", ["صدر جاپاروف", "صادر جباراف", "صدیر ژاپاروف", "جاپاروف"])
def test_press_spellings_of_one_person(gaz: gz.Gazetteer, spelling: str) -> None:
    mentions = gaz.find(f"در این نشست {spelling} سخنرانی کرد")
    assert [(m.entry.id, m.written) for m in mentions] == [("japarov", spelling)]


def test_mention_span_is_the_text_as_written(gaz: gz.Gazetteer) -> None:
    text = "با حضور قاسم‌جومارت توکایف"
    (m,) = gaz.find(text)
    assert text[m.start : m.end] == m.written == "قاسم‌جومارت توکایف"


def test_longest_entry_wins(gaz: gz.Gazetteer) -> None:
    assert found(gaz, "سفر به جمهوری آذربایجان") == [("country", "AZE")]
    assert found(gaz, "سازمان همکاری شانگهای") == [("org", "SCO")]


@pytest.mark.parametrize("text", ["سلاح‌های روسی", "آقای رحمانی", "اسناد ایرانیان"])
def test_matches_stop_at_word_boundaries(gaz: gz.Gazetteer, text: str) -> None:
    assert found(gaz, text) == []


def test_every_row_has_a_source_and_people_point_to_known_entries(gaz: gz.Gazetteer) -> None:
    people = pd.read_csv(paths.GAZETTEER / "people.csv", dtype=str, keep_default_na=False)
    for code in people["affiliation"]:
        assert gaz.affiliation(code) is not None, code
    for role in people["role_id"]:
        assert role in gaz.roles, role
    for name in ("people.csv", "countries.csv", "organizations.csv", "roles.csv", "documents_glossary.csv"):
        df = pd.read_csv(paths.GAZETTEER / name, dtype=str, keep_default_na=False)
        assert (df["source"].str.strip() != "").all(), name


def test_no_spelling_of_a_person_is_listed_twice() -> None:
    """One row per person and spelling: a second row (two helpers adding the same spelling, or the union merge
    driver of .gitattributes keeping both versions of an edited row) belongs in the first row's `source`."""
    people = pd.read_csv(paths.GAZETTEER / "people.csv", dtype=str, keep_default_na=False)
    twice = people[people.duplicated(["person_id", "variant"], keep=False)]
    assert twice.empty, twice[["person_id", "variant"]].to_string()


def test_iso_codes_are_alpha3(gaz: gz.Gazetteer) -> None:
    assert all(len(code) == 3 and code.isupper() for code in gaz.countries)


def test_missing_column_is_a_one_line_error(tmp_path) -> None:
    shutil.copytree(paths.GAZETTEER, tmp_path / "g")
    people = tmp_path / "g" / "people.csv"
    pd.read_csv(people, dtype=str).drop(columns=["name_en"]).to_csv(people, index=False)
    with pytest.raises(ValueError, match=r"people\.csv: missing columns \['name_en'\]"):
        gz.Gazetteer(tmp_path / "g")


def test_row_without_source_is_refused(tmp_path) -> None:
    shutil.copytree(paths.GAZETTEER, tmp_path / "g")
    roles = tmp_path / "g" / "roles.csv"
    df = pd.read_csv(roles, dtype=str, keep_default_na=False)
    df.loc[0, "source"] = ""
    df.to_csv(roles, index=False)
    with pytest.raises(ValueError, match=r"roles\.csv: row 2 has no source"):
        gz.Gazetteer(tmp_path / "g")
