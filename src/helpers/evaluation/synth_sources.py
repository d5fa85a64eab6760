"""What generated articles are built from: the gazetteer's officials and countries, and neutral
lines taken from the bundled articles.

A neutral line may add text to a generated article but nothing an extractor could report: it names
no gazetteer person, country or role, holds no digit, month name or calendar word and adopts no
document. The generator (`helpers.evaluation.synth`) then knows every right answer from its slots."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from helpers import paths
from helpers.chars import ZWNJ
from helpers.dates import words
from helpers.text.gazetteer import read_table

GREGORIAN_MONTHS = words.usual_names(words.GREGORIAN_MONTHS)
JALALI_MONTHS = words.usual_names(words.JALALI_MONTHS)
AFGHAN_MONTHS = words.usual_names(words.AFGHAN_MONTHS)
_TIME_WORDS = ("سال", "ماه", "روز", "هفته", "امروز", "دیروز", "فردا", "آینده", "گذشته")
_CALENDAR_WORDS = _TIME_WORDS + tuple(day.replace(" ", "") for day in words.WEEKDAY_WORDS)
"""Words that make a line about time: a neutral line holds none (it is read with ZWNJs as spaces, so
«سه‌شنبه» is caught by «شنبه»)."""
_ACTION_WORDS = ("تصویب", "امضا", "پیشنهاد", "تصمیم", "سند", "اسناد", "بیانیه", "توافق", "موافقت", "عکس")
_DIGIT = re.compile(r"[0-9۰-۹٠-٩]")

NEUTRAL = (
    "گفت‌وگوهای رهبران بر هماهنگی گام‌های مشترک در سیاست خارجی و تقویت اعتماد میان اعضا متمرکز بود.",
    "شرکت‌کنندگان بر ضرورت همکاری در برابر تهدیدهای فراملی، از جمله تروریسم و جرایم سایبری، تأکید کردند.",
    "کارشناسان این نشست را فرصتی برای هماهنگی بیشتر در حوزه امنیت منطقه‌ای ارزیابی کرده‌اند.",
    "مقام‌ها همچنین درباره گسترش همکاری‌های اقتصادی و حمل‌ونقل میان کشورهای عضو رایزنی کردند.",
)


@dataclass(frozen=True)
class Person:
    written: str  # a spelling the press uses (a gazetteer variant)
    name_fa: str  # the gazetteer's canonical Persian name
    name_en: str
    role_fa: str
    country_fa: str
    country_en: str
    iso3: str


@dataclass(frozen=True)
class Country:
    name_fa: str
    name_en: str
    iso3: str


@dataclass
class Sources:
    """What articles are built from: gazetteer entries and neutral recombinable lines."""

    people: list[Person]
    countries: list[Country]
    neutral_lines: list[str]
    other_headlines: list[str]


def load_countries(gazetteer: Path) -> list[Country]:
    """Countries (canonical Persian name, English name, ISO3) from countries.csv."""
    table = read_table(gazetteer, "countries.csv")
    first = table.drop_duplicates("iso3").sort_values("iso3")
    return [Country(r.name_fa, r.name_en, r.iso3) for r in first.itertuples()]


def load_people(gazetteer: Path, countries: Sequence[Country]) -> list[Person]:
    """State officials, one Person per full-name spelling, with the canonical Persian role title."""
    by_iso = {c.iso3: c for c in countries}
    roles = read_table(gazetteer, "roles.csv").drop_duplicates("role_id")
    role_fa = dict(zip(roles["role_id"], roles["role_fa"], strict=True))
    table = read_table(gazetteer, "people.csv")
    people = [
        Person(r.variant, r.name_fa, r.name_en, role_fa[r.role_id], c.name_fa, c.name_en, c.iso3)
        for r in table.itertuples()
        if (c := by_iso.get(r.affiliation)) and r.role_id in role_fa and len(r.variant.split()) >= 2
    ]
    if len({p.iso3 for p in people}) < 4:
        raise ValueError(f"{gazetteer / 'people.csv'}: fewer than four countries have a named official")
    return sorted(set(people), key=lambda p: (p.iso3, p.name_en, p.written))


def _source_lines(files: Iterable[Path]) -> list[str]:
    lines: list[str] = []
    for file in files:
        lines += [line.strip() for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def _is_neutral(line: str, blocked: Sequence[str]) -> bool:
    """True when the line can carry no attendee, document or date."""
    plain = line.replace(ZWNJ, " ")
    words = set(plain.split())
    if _DIGIT.search(line) or any(w in words for w in _CALENDAR_WORDS):
        return False
    if any(m in words for m in GREGORIAN_MONTHS + JALALI_MONTHS + AFGHAN_MONTHS):
        return False
    return not any(b in plain for b in blocked) and not any(a in plain for a in _ACTION_WORDS)


def _blocked_terms(gazetteer: Path) -> list[str]:
    """Every spelling of a person, country or role title in the gazetteer: a neutral line has none."""
    terms = {"رئیس", "رییس", "وزیر", "دبیر", "نخست", "جمهور"}
    for name, columns in (
        ("people.csv", ["name_fa", "variant"]),
        ("countries.csv", ["name_fa", "variant"]),
        ("roles.csv", ["role_fa", "variant"]),
    ):
        table = read_table(gazetteer, name)
        terms |= {v for c in columns for v in table[c] if v}
    return sorted(t.replace(ZWNJ, " ") for t in terms)


@lru_cache(maxsize=4)
def load_sources(gazetteer: Path = paths.GAZETTEER, articles: tuple[Path, ...] | None = None) -> Sources:
    """Gazetteer entries plus the neutral lines of the bundled seed and test articles."""
    countries = load_countries(gazetteer)
    people = load_people(gazetteer, countries)
    if articles is None:
        articles = tuple(
            sorted(paths.ARTICLES.glob("*.txt")) + sorted((paths.ROOT / "tests" / "articles").glob("*.txt"))
        )
    blocked = _blocked_terms(gazetteer)
    lines = _source_lines(articles)
    neutral = {line for line in lines if _is_neutral(line, blocked)}
    sentences = sorted(line for line in neutral if len(line.split()) >= 12 and line.endswith("."))
    headlines = sorted(line for line in neutral if 4 <= len(line.split()) < 16 and not line.endswith("."))
    return Sources(people, countries, sentences + list(NEUTRAL), headlines)
