"""A deterministic generator of synthetic Persian summit reports, each with its expected extraction.

Tests need many articles whose right answer is known, and the benchmark needs thousands of them; real
archives are neither free to bundle nor annotated. So the generator writes scraped-page-shaped
articles (section, read time, headline, lead, caption with credit, dateline, body, a «related» link
naming the outlet, the trailing list of other headlines) whose body mixes

- sentences built from templates written for this project, with slots filled from the gazetteer
  (`data/raw/gazetteer/`: people with their country and usual role, countries) and from random dates
  written in the Gregorian or the Jalali calendar, in Persian or Latin digits; and
- neutral paragraphs recombined from the bundled seed article and the test articles
  (`tests/articles/*.txt`): only lines that name no gazetteer person, country or role, hold no digit,
  month name or calendar word and adopt no document, so they add text but no extraction.

Because every name, date and document comes from a slot, the expected extraction is known and is
written beside each article as `<id>.expected.json`. Randomness comes from `random.Random` seeded
per article with "<seed>:<index>", so article *i* is the same bytes whatever N is, on any machine.

Usage: `generate(out_dir, n, seed)`; or `python -m helpers.evaluation.synth OUT_DIR N [--seed S]`."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jdatetime

from helpers import chars, paths, storage
from helpers.chars import ZWNJ
from helpers.contracts import AttendeeStatus, Calendar, Precision, Section
from helpers.evaluation.synth_sources import GREGORIAN_MONTHS, JALALI_MONTHS, Country, Person, Sources, load_sources

_START = dt.date(2010, 1, 1)
_SPAN_DAYS = (dt.date(2026, 12, 31) - _START).days
FINAL_STATEMENT = "بیانیه پایانی"
"""Named in every report as the meeting's outcome: the extractor reads it as an issued document."""

ORGANIZATIONS = (
    "سازمان پیمان امنیت جمعی",
    "سازمان همکاری شانگهای",
    "کشورهای مستقل مشترک‌المنافع",
)
OUTLETS = ("TRT فارسی", "ایرنا", "خبرگزاری تسنیم", "ایسنا", "اسپوتنیک افغانستان", "صدای آمریکا")
CREDITS = ("AA", "رویترز", "خبرگزاری فرانسه", "ایرنا", "اسپوتنیک")
DOCUMENTS = (
    "سند همکاری امنیت اطلاعات",
    "برنامه مشترک مبارزه با تروریسم",
    "استراتژی مقابله با قاچاق مواد مخدر",
    "موافقت‌نامه آموزش مشترک نیروهای واکنش سریع",
    "برنامه همکاری امنیت سایبری",
    "طرح توسعه پدافند هوایی مشترک",
    "توافق‌نامه هماهنگی مرزبانی کشورهای عضو",
    "برنامه نوسازی تجهیزات نیروهای مشترک",
)
# Sentences written for this generator; no slot text of another article.
HEADLINES = (
    "رهبران {org} در {country} بر گسترش همکاری‌های امنیتی تأکید کردند",
    "نشست سران {org} به میزبانی {country} برگزار شد",
    "اجلاس {org} در {country}؛ از همکاری دفاعی تا مقابله با تروریسم",
)
LEADS = (
    "نشست سران {org} به میزبانی {country} برگزار شد و رهبران کشورهای عضو درباره امنیت منطقه"
    " و همکاری‌های دفاعی گفت‌وگو کردند.",
    "رهبران کشورهای عضو {org} در اجلاسی به میزبانی {country} راه‌های تقویت همکاری‌های امنیتی و اقتصادی را بررسی کردند.",
)


@dataclass
class Synthetic:
    """One generated article: its id, page text and the extraction expected from it."""

    article_id: str
    text: str
    expected: dict[str, Any] = field(repr=False)


def _digits(text: str, persian: bool) -> str:
    return text.translate(chars.TO_PERSIAN_DIGITS) if persian else text


def _date_surface(day: dt.date, calendar: Calendar, persian_digits: bool) -> str:
    if calendar == Calendar.JALALI:
        j = jdatetime.date.fromgregorian(date=day)
        return _digits(f"{j.day} {JALALI_MONTHS[j.month - 1]} {j.year}", persian_digits)
    return _digits(f"{day.day} {GREGORIAN_MONTHS[day.month - 1]} {day.year}", persian_digits)


def _date_row(surface: str, day: dt.date, calendar: Calendar, section: Section) -> dict[str, Any]:
    iso = day.isoformat()
    return {
        "surface": surface,
        "start": iso,
        "end": iso,
        "calendar": calendar,
        "precision": Precision.DAY,
        "section": section,
    }


def _attendee(p: Person, status: AttendeeStatus) -> dict[str, Any]:
    return {
        "name_written": p.written,
        "name_fa": p.name_fa,
        "name_en": p.name_en,
        "role_fa": p.role_fa,
        "country_fa": p.country_fa,
        "country_en": p.country_en,
        "country_iso3": p.iso3,
        "status": status,
    }


def _absent(c: Country) -> dict[str, Any]:
    return {
        "name_written": None,
        "name_fa": None,
        "name_en": None,
        "role_fa": None,
        "country_fa": c.name_fa,
        "country_en": c.name_en,
        "country_iso3": c.iso3,
        "status": AttendeeStatus.ABSENT,
    }


def _pick_people(rng: random.Random, people: Sequence[Person], k: int) -> list[Person]:
    """k people from k different countries."""
    by_country: dict[str, list[Person]] = {}
    for p in people:
        by_country.setdefault(p.iso3, []).append(p)
    chosen = rng.sample(sorted(by_country), min(k, len(by_country)))
    return [rng.choice(by_country[iso]) for iso in chosen]


def _introduce(p: Person, rng: random.Random) -> str:
    """«name role country» with or without the comma the press puts after the name."""
    return (
        f"{p.written}، {p.role_fa} {p.country_fa}" if rng.random() < 0.5 else f"{p.written} {p.role_fa} {p.country_fa}"
    )


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else "، ".join(items[:-1]) + " و " + items[-1]


@dataclass
class _Report:
    """What one generated article reports: the meeting, who came and who stayed away, the documents."""

    org: str
    outlet: str
    published: dt.date
    host: Person
    guests: list[Person]
    absent: Country | None
    persian_digits: bool


def build(index: int, seed: int = 0, sources: Sources | None = None) -> Synthetic:
    """Article number `index` of the corpus for `seed` (independent of how many are generated).

    Every random choice is drawn from one generator in a fixed order, so an article's bytes depend
    only on (seed, index)."""
    src = sources or load_sources()
    rng = random.Random(f"{seed}:{index}")
    report = _report(rng, src)
    body, dates, docs = _body(rng, src, report)
    headline, text = _page(rng, src, report, body, dates[0]["surface"])
    expected = {
        "article": {
            "id": f"synth-{seed}-{index:05d}",
            "headline": headline,
            "published": report.published.isoformat(),
            "outlet": report.outlet,
            "organization": report.org,
        },
        "attendees": [_attendee(report.host, AttendeeStatus.HOST)]
        + [_attendee(p, AttendeeStatus.ATTENDED) for p in report.guests]
        + ([_absent(report.absent)] if report.absent else []),
        "documents": [{"title_fa": d} for d in docs] + [{"title_fa": FINAL_STATEMENT}],
        "dates": dates,
    }
    return Synthetic(f"synth-{seed}-{index:05d}", text, expected)


def _report(rng: random.Random, src: Sources) -> _Report:
    persian_digits = rng.random() < 0.5
    org = rng.choice(ORGANIZATIONS)
    outlet = rng.choice(OUTLETS)
    published = _START + dt.timedelta(days=rng.randrange(_SPAN_DAYS))
    guests = _pick_people(rng, src.people, rng.randint(3, 6))
    present = {p.iso3 for p in guests}
    absentees = [c for c in src.countries if c.iso3 not in present]
    absent = rng.choice(absentees) if absentees and rng.random() < 0.7 else None
    return _Report(org, outlet, published, guests[0], guests[1:], absent, persian_digits)


def _body(rng: random.Random, src: Sources, r: _Report) -> tuple[list[str], list[dict[str, Any]], list[str]]:
    """The body paragraphs, the dates they hold (the dateline's first) and the documents adopted."""
    published, persian_digits = r.published, r.persian_digits
    dateline_calendar = Calendar.JALALI if rng.random() < 0.3 else Calendar.GREGORIAN
    dateline = _date_surface(published, dateline_calendar, persian_digits or dateline_calendar == Calendar.JALALI)
    next_day = published + dt.timedelta(days=rng.randint(150, 420))
    next_calendar = rng.choice((Calendar.GREGORIAN, Calendar.JALALI))
    next_surface = _date_surface(next_day, next_calendar, persian_digits)
    # a yearless date a few days before publication, in the same month (resolved against `published`)
    earlier = published - dt.timedelta(days=rng.randint(1, min(9, published.day - 1))) if published.day > 1 else None
    docs = rng.sample(DOCUMENTS, rng.randint(1, 3))

    body: list[str] = [
        f"نشست سران {r.org} به میزبانی {_introduce(r.host, rng)}، برگزار شد و موضوعات امنیت منطقه"
        " و همکاری‌های دفاعی بررسی شد.",
        f"در این نشست، {_join([_introduce(p, rng) for p in r.guests])} حضور داشتند.",
    ]
    if r.absent:
        body.append(f"{r.absent.name_fa}، عضو این سازمان، در این اجلاس شرکت نکرد.")
    dates = [_date_row(dateline, published, dateline_calendar, Section.DATELINE)]
    if earlier:
        surface = _digits(f"{earlier.day} {GREGORIAN_MONTHS[earlier.month - 1]}", persian_digits)
        body.append(f"پیش از نشست اصلی، هیئت‌های کارشناسی کشورهای عضو روز {surface} جلسه مشترکی برگزار کرده بودند.")
        dates.append(_date_row(surface, earlier, Calendar.GREGORIAN, Section.BODY))
    body.append(f"در {FINAL_STATEMENT} اعلام شد که نشست بعدی رهبران در {next_surface} برگزار خواهد شد.")
    dates.append(_date_row(next_surface, next_day, next_calendar, Section.BODY))
    body.append(f"در پایان نشست، {_join(docs)} تصویب شد.")
    for line in rng.sample(src.neutral_lines, min(len(src.neutral_lines), rng.randint(2, 5))):
        body.insert(rng.randint(2, len(body)), line)
    return body, dates, docs


def _page(rng: random.Random, src: Sources, r: _Report, body: list[str], dateline: str) -> tuple[str, str]:
    """(headline, page text): the body inside a scraped page's header and trailing headlines; half
    the pages lose their ZWNJs, as scrapes do."""
    country = r.host.country_fa
    headline = rng.choice(HEADLINES).format(org=r.org, country=country)
    lead = rng.choice(LEADS).format(org=r.org, country=country)
    tail = rng.sample(src.other_headlines, min(len(src.other_headlines), 6))
    related = f"مرتبط{r.outlet} - " + (tail[0] if tail else f"نشست وزیران {r.org} برگزار شد")
    body = list(body)
    body.insert(rng.randint(3, len(body)), related)
    lines = [
        "سیاست",
        _digits(f"{rng.randint(2, 6)} دقیقه خواندن", r.persian_digits),
        headline,
        lead,
        headline,
        f"رهبران کشورهای عضو {r.org} در نشست {country} / عکس : {rng.choice(CREDITS)}",
        dateline,
        "",
    ]
    for paragraph in body:
        lines += [paragraph, ""]
    lines += ["اکسپلور", *tail]
    text = "\n".join(lines) + "\n"
    if rng.random() < 0.5:
        text, headline = text.replace(ZWNJ, ""), headline.replace(ZWNJ, "")
    return headline, text


def generate(out_dir: str | Path, n: int, seed: int = 0, gazetteer: Path = paths.GAZETTEER) -> list[Path]:
    """Write articles 0..n-1 as `<id>.txt` with `<id>.expected.json` beside each; return the .txt paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sources = load_sources(Path(gazetteer))
    written = []
    for index in range(n):
        article = build(index, seed, sources)
        target = out / f"{article.article_id}.txt"
        storage.write_text(target, article.text)
        storage.write_json(out / f"{article.article_id}.expected.json", article.expected)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.evaluation.synth", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    try:
        files = generate(args.out_dir, args.n, args.seed)
    except (OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"{len(files)} articles in {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
