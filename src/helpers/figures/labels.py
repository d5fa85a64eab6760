"""What a reader sees, in the project's language: Persian by default (`fa`), or `en`, or `both`.

The language is one setting: a notebook's `labels` parameter when given (`-p labels en` for a run),
else the `labels` key of the project's parameters file (`parameters.yaml` at the project root, which
the runner also reads), else Persian. Figures, tables and the reports take it from `language()`.

Mixed-direction text: matplotlib (>= 3.11) lays out each string by its own first strong letter, so
it gets the plain string. Plotly writes SVG text in the page's left-to-right flow, where «2025 خبر»
would run together the wrong way; `bidi` wraps a Persian-first string in a right-to-left embedding."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import jdatetime

from helpers import chars, paths
from helpers.contracts import Action, AttendeeStatus, Calendar, Precision, RestorationRule, Section, StatusCue, Table
from helpers.reference_values import (
    AFFILIATIONS,
    MILESTONES,
    ArticleSays,
    EventKind,
    SecretaryRole,
    SessionFormat,
    SessionKind,
    SessionStatus,
    Standing,
)

if TYPE_CHECKING:  # pandas only for types: the runner's report export reads labels, and starts sooner without it
    import pandas as pd

LABEL_MODES = ("fa", "en", "both")
DEFAULT = "fa"

STATUS_COLORS = {
    "member": "#2b6cb0",
    "suspended": "#dd6b20",
    "frozen": "#319795",
    "observer": "#a0aec0",
    "dialogue_partner": "#d6bcfa",
    "partner": "#b794f4",
    "associate": "#9ae6b4",
}
STATUS_PATTERNS = {"member": "", "suspended": "/", "frozen": "x", "observer": ".", "dialogue_partner": "-",
                   "partner": "|", "associate": "+"}  # fmt: skip
"""Plotly fill patterns; matplotlib hatches use the same characters doubled."""
STATUS_FA: dict[str, str] = {  # a state's standing in an organization (the reference tables)
    Standing.MEMBER: "عضو",
    Standing.SUSPENDED: "تعلیق",
    Standing.FROZEN: "منجمد",
    Standing.OBSERVER: "ناظر",
    Standing.DIALOGUE_PARTNER: "شریک گفت‌وگو",
    Standing.PARTNER: "کشور شریک",
    Standing.ASSOCIATE: "عضو وابسته",
}
EVENT_FA: dict[str, str] = {
    **{str(kind): milestone.label_fa for kind, milestone in MILESTONES.items()},
    EventKind.SIGNED: "عضویت با امضای پیمان",  # a founding member
    EventKind.ACCEDED: "الحاق",
    EventKind.REJOINED: "بازگشت به عضویت",
    EventKind.ASSOCIATE: f"پذیرش جایگاه {STATUS_FA[Standing.ASSOCIATE]}",
    EventKind.DID_NOT_RENEW: "تمدید نکردن عضویت",
    EventKind.WITHDREW: "خروج",
    EventKind.SUSPENDED: STATUS_FA[Standing.SUSPENDED],
    EventKind.FROZE: "منجمد کردن عضویت",
    EventKind.RESUMED: "ازسرگیری عضویت",
    EventKind.INVITED: "دعوت به عضویت",
    EventKind.DECLINED: "نپذیرفتن دعوت",
    # a standing beside membership opens and closes with an event of its name
    **{str(standing): f"پذیرش جایگاه {STATUS_FA[standing]}" for standing in AFFILIATIONS},
    **{f"{standing}_ended": f"پایان جایگاه {STATUS_FA[standing]}" for standing in AFFILIATIONS},
}
"""A membership event (the events' `kind`); a milestone by its `reference_values.MILESTONES` label."""

ARTICLE_MARKERS = {
    ArticleSays.ATTENDED: ("circle", "o", "#2f855a"),
    ArticleSays.NAMED_AS_TAKING_PART: ("circle", "o", "#9ae6b4"),
    ArticleSays.ABSENT: ("x", "X", "#c53030"),
    ArticleSays.EXPECTED: ("circle", "o", "#d69e2e"),
    ArticleSays.MENTIONED: ("diamond", "D", "#718096"),
    ArticleSays.NOT_IN_TABLE: ("circle-open", "o", "#a0aec0"),
    ArticleSays.NO_ATTENDEES_TABLE: ("circle-open", "o", "#cbd5e0"),
}
"""Article status -> (plotly symbol, matplotlib marker, colour)."""
ATTENDEE_FA: dict[str, str] = {
    AttendeeStatus.HOST: "میزبان",
    AttendeeStatus.CHAIR: "رئیس نشست",
    AttendeeStatus.ATTENDED: "حاضر",
    AttendeeStatus.INCOMING: "منصوب تازه",
    AttendeeStatus.EXPECTED: "در راه",  # the pre-event report says they will attend, chair or speak
    AttendeeStatus.ABSENT: "غایب",
    AttendeeStatus.MENTIONED: "فقط نام برده",
}
"""What the article says of a person or state (the attendees' `status`), strongest first; a state's
membership in an organization is `STATUS_FA`."""
ARTICLE_FA: dict[str, str] = {
    ArticleSays.ATTENDED: ATTENDEE_FA[AttendeeStatus.ATTENDED],
    ArticleSays.NAMED_AS_TAKING_PART: "در فهرست شرکت‌کنندگان",
    ArticleSays.ABSENT: ATTENDEE_FA[AttendeeStatus.ABSENT],
    ArticleSays.EXPECTED: ATTENDEE_FA[AttendeeStatus.EXPECTED],
    ArticleSays.MENTIONED: ATTENDEE_FA[AttendeeStatus.MENTIONED],
    ArticleSays.NOT_IN_TABLE: "در جدول حاضران نیست",
    ArticleSays.NO_ATTENDEES_TABLE: "بی جدول حاضران",
}
CUE_FA: dict[str, str] = {
    StatusCue.PARTICIPATION: "شرکت در نشست",
    StatusCue.SPEECH: "سخنرانی",
    StatusCue.SIDELINES: "دیدار در حاشیه",
    StatusCue.GATHERING: "گردهمایی",
    StatusCue.CHAIRING: "ریاست نشست",
    StatusCue.HOSTING: "میزبانی",
    StatusCue.MESSAGE: "خواندن پیام",
    StatusCue.SIGNING: "امضای سند",
    StatusCue.ARRIVAL: "ورود به شهر نشست",
    StatusCue.DEPARTURE: "عزیمت به نشست",
    StatusCue.PLANNED: "برنامهٔ حضور",
    StatusCue.ABSENCE: "غیبت",
    StatusCue.APPOINTMENT: "انتصاب",
    StatusCue.UNTIMED_ACT: "پیش‌فرض: کار وزیر در گزارش بی‌زمان",
}
ACTION_FA: dict[str, str] = {
    Action.ADOPTED: "تصویب شد",
    Action.SIGNED: "امضا شد",
    Action.APPROVED: "تأیید شد",
    Action.ISSUED: "صادر شد",
    Action.PROPOSED: "پیشنهاد شد",
}
CALENDAR_FA: dict[str, str] = {Calendar.GREGORIAN: "میلادی", Calendar.JALALI: "هجری شمسی", Calendar.HIJRI: "هجری قمری"}
PRECISION_FA: dict[str, str] = {
    Precision.DAY: "روز",
    Precision.MONTH: "ماه",
    Precision.YEAR: "سال",
    Precision.RANGE: "بازه",
}
SECTION_FA: dict[str, str] = {
    Section.LABEL: "سرویس خبری",
    Section.READ_TIME: "زمان مطالعه",
    Section.HEADLINE: "تیتر",
    Section.LEAD: "لید",
    Section.CAPTION: "زیرنویس عکس",
    Section.DATELINE: "سطر تاریخ",
    Section.BODY: "متن اصلی",
    Section.RELATED: "پیوند مرتبط",
    Section.OTHER_HEADLINE: "تیتر دیگر سایت",
    Section.BOILERPLATE: "متن تکراری قالب",
}
TABLE_FA: dict[str, str] = {
    Table.PARAGRAPHS: "بندها",
    Table.SENTENCES: "جمله‌ها",
    Table.TOKENS: "توکن‌ها",
    Table.RESTORATIONS: "بازسازی‌ها",
    Table.ATTENDEES: "حاضران",
    Table.NAMED_AS_TAKING_PART: "در فهرست شرکت‌کنندگان",
    Table.DOCUMENTS: "اسناد",
    Table.DATES: "تاریخ‌ها",
}
RULE_FA: dict[str, str] = {
    RestorationRule.ATTESTED: "صورت ثبت‌شده در واژگان",
    RestorationRule.STEM_SUFFIX: "بن + پسوند",
    RestorationRule.COMPOUND: "واژهٔ مرکب",
    RestorationRule.NUMERAL_COMPOUND: "عدد + صفت اندازه",
    RestorationRule.SPLIT_TITLE: "«وزیر» جدانوشته",
    RestorationRule.GLUED_PREPOSITION: "حرف اضافهٔ چسبیده",
}
SESSION_KIND_FA: dict[str, str] = {
    SessionKind.REGULAR: "عادی",
    SessionKind.EXTRAORDINARY: "فوق‌العاده",
    SessionKind.INFORMAL: "غیررسمی",
    SessionKind.UNKNOWN: "نامعلوم",
}
SESSION_FORMAT_FA: dict[str, str] = {
    SessionFormat.IN_PERSON: "حضوری",
    SessionFormat.VIDEO: "ویدئویی",
    SessionFormat.HYBRID: "ترکیبی",
}
SESSION_STATUS_FA: dict[str, str] = {SessionStatus.HELD: "برگزارشده", SessionStatus.ANNOUNCED: "اعلام‌شده"}
ROLE_FA: dict[str, str] = {
    SecretaryRole.SECRETARY_GENERAL: "دبیرکل",
    SecretaryRole.EXECUTIVE_SECRETARY: "دبیر اجرایی",
    SecretaryRole.BOARD_CHAIR: "رئیس هیئت‌مدیره",
    SecretaryRole.EXECUTIVE_DIRECTOR: "مدیر اجرایی",
    SecretaryRole.ACTING: "سرپرست",  # a deputy standing in
}
CODES_FA: dict[type[StrEnum], dict[str, str]] = {
    AttendeeStatus: ATTENDEE_FA,
    StatusCue: CUE_FA,
    Action: ACTION_FA,
    Calendar: CALENDAR_FA,
    Precision: PRECISION_FA,
    Section: SECTION_FA,
    RestorationRule: RULE_FA,
    Table: TABLE_FA,
    EventKind: EVENT_FA,
    Standing: STATUS_FA,
    SessionKind: SESSION_KIND_FA,
    SessionFormat: SESSION_FORMAT_FA,
    SessionStatus: SESSION_STATUS_FA,
    SecretaryRole: ROLE_FA,
    ArticleSays: ARTICLE_FA,
}
"""Persian names of the coded values, by value set (`contracts.VALUES` and `reference_values.VALUES`
say which column takes which). Only what a reader sees: the files keep the English codes."""

KIND_COLORS = {
    "regular": "#2b6cb0",
    "regular (video)": "#90cdf4",
    "extraordinary": "#c53030",
    "extraordinary (video)": "#feb2b2",
    "informal": "#2f855a",
    "informal (video)": "#9ae6b4",
    "unknown": "#718096",
    "unknown (video)": "#cbd5e0",
    "announced": "#ecc94b",
}
KIND_FA = SESSION_KIND_FA | {SessionStatus.ANNOUNCED: SESSION_STATUS_FA[SessionStatus.ANNOUNCED]}
"""A session's kind as the cadence figures label it: the announced session apart."""

REPORT_FA = {
    "Provenance": "خاستگاه",
    "Input file": "پروندهٔ ورودی",
    "Input SHA-256": "SHA-256 ورودی",
    "Notebook": "دفترچه",
    "Parameters": "پارامترها",
    "Package versions": "نسخهٔ بسته‌ها",
    "Kernel": "کرنل",
    "Started (UTC)": "آغاز (UTC)",
    "Duration": "مدت",
    "Reports": "گزارش‌ها",
    "Article": "خبر",
    "Headline": "تیتر",
    "Published": "تاریخ انتشار",
    "publication date unknown": "تاریخ انتشار نامعلوم",
    "unknown": "نامعلوم",  # the index's publication date, under its column «تاریخ انتشار»
    "About": "دربارهٔ",
    "no organization found": "هیچ سازمانی یافت نشد",
    "Attendees": TABLE_FA[Table.ATTENDEES],
    "Documents": TABLE_FA[Table.DOCUMENTS],
    "Dates": TABLE_FA[Table.DATES],
    "Status": "وضعیت",
    "whole report": "گزارش یک‌صفحه‌ای",
    "with code": "همین بخش با کد",
    "all reports": "همهٔ گزارش‌ها",
    "Report": "گزارش",
    "Contents": "فهرست",
    "No articles have been run yet.": "هنوز خبری اجرا نشده است.",
    "ok": "انجام شد",
    "skipped": "بی‌تغییر",
    "failed": "ناموفق",
    "not run": "اجرا نشد",
}
"""The reports' own words in Persian (`word` looks them up; English is the key)."""


_RLE, _PDF = "\u202b", "\u202c"
_PERSIAN = re.compile("[\u0600-\u06ff]")
_LTR = re.compile("[A-Za-z0-9]")


def check_mode(labels: str) -> str:
    if labels not in LABEL_MODES:
        raise ValueError(f"labels must be one of {', '.join(LABEL_MODES)}, got '{labels}'")
    return labels


def language(labels: str = "") -> str:
    """The language in effect: `labels` when given, else the project's parameters file, else Persian."""
    return check_mode(labels or project_language())


@lru_cache(maxsize=1)
def project_language() -> str:
    """`labels` from the project's parameters file (read once per process), or the default."""
    import yaml

    try:
        settings = yaml.safe_load(paths.PARAMETERS.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        return DEFAULT
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ValueError(f"{paths.PARAMETERS}: cannot read the project's parameters ({type(exc).__name__})") from exc
    value = settings.get("labels", DEFAULT) if isinstance(settings, dict) else None
    if value not in LABEL_MODES:
        raise ValueError(f"{paths.PARAMETERS}: labels must be one of {', '.join(LABEL_MODES)}, got '{value}'")
    return str(value)


def name(english: str, persian: str, labels: str) -> str:
    """Pick the label for one name in the chosen mode (falls back to English when no Persian).
    In `both`, Persian comes first."""
    check_mode(labels)
    persian = persian or english
    if labels == "fa":
        return persian
    if labels == "both" and persian != english:
        return f"{persian} · {english}"
    return english


def bidi(text: str, labels: str) -> str:
    """A label for plotly, laid out right-to-left (in fa and both) when it mixes Persian with Latin
    letters or digits; a label in one direction needs nothing."""
    mixed = labels != "en" and _PERSIAN.search(text) and _LTR.search(text)
    return f"{_RLE}{text}{_PDF}" if mixed and not text.startswith(_RLE) else text


def ltr_run(text: str, labels: str) -> str:
    """`text` (a date, digits and Latin) kept left to right inside a Persian label matplotlib draws (in fa and
    both): its bidi reversed «2021-03-04» to «04-03-2021» and mirrored parentheses across the runs; a
    left-to-right isolate (U+2066 … U+2069) keeps the run whole."""
    return text if labels == "en" else f"\u2066{text}\u2069"


def status_name(status: str, labels: str) -> str:
    return name(status, STATUS_FA.get(status, status), labels)


def article_status(status: str, labels: str) -> str:
    """'attended' -> 'خبر: حاضر' (what the article says of a state)."""
    return f"{name('article', 'خبر', labels)}: {name(status, ARTICLE_FA.get(status, status), labels)}"


def kind_name(label: str, labels: str) -> str:
    """'extraordinary (video)' -> 'فوق‌العاده (ویدئویی)' in Persian mode."""
    base, video = (label[: -len(" (video)")], True) if label.endswith(" (video)") else (label, False)
    persian = KIND_FA.get(base, base) + (f" ({SESSION_FORMAT_FA[SessionFormat.VIDEO]})" if video else "")
    return name(label, persian, labels)


def persian_digits(text: str) -> str:
    return text.translate(chars.TO_PERSIAN_DIGITS)


def jalali(stamp: pd.Timestamp | dt.date) -> str:
    """The Jalali date in Persian digits, e.g. ۱۴۰۴/۰۹/۰۷."""
    day = stamp.date() if isinstance(stamp, dt.datetime) else stamp
    return persian_digits(jdatetime.date.fromgregorian(date=day).strftime("%Y/%m/%d"))


def day(stamp: pd.Timestamp | None, labels: str = "en") -> str:
    """ISO day; in Persian (fa, both) with the Jalali date beside it."""
    if stamp is None or stamp != stamp:  # None, NaT
        return ""
    iso = stamp.strftime("%Y-%m-%d")
    return iso if labels == "en" else f"{iso} ({jalali(stamp)})"


def at_precision(stamp: pd.Timestamp, precision: str, labels: str) -> str:
    """A date as far as it is known: «1961» for a year, «1992-12» for a month (a day or a range: `day`), so
    that a year-only date does not read as 1 January (nor 11 Dey)."""
    if precision == Precision.YEAR:
        return str(stamp.year)
    return stamp.strftime("%Y-%m") if precision == Precision.MONTH else day(stamp, labels)


def year(stamp: pd.Timestamp, labels: str) -> str:
    """The Gregorian year; in Persian with the Jalali year the day falls in."""
    return str(stamp.year) if labels == "en" else f"{stamp.year} ({jalali(stamp)[:4]})"


def word(english: str, labels: str) -> str:
    """One of the reports' own words (headings, status) in the chosen mode."""
    return name(english, REPORT_FA.get(english, english), labels)


def title(english: str, persian: str, organization: str, labels: str) -> str:
    """A figure title naming the organization: 'CSTO: sessions' or 'نشست‌ها (CSTO)'."""
    subject = name(english, persian, labels)
    return f"{organization}: {subject}" if labels == "en" else f"{subject} ({organization})"


def stagger(dates: list, gap_days: float) -> list[int]:
    """Rows for labels at sorted `dates`, so that labels closer than `gap_days` sit on different rows."""
    last: list = []  # the last date placed on each row
    rows = []
    for date in dates:
        row = next((i for i, previous in enumerate(last) if (date - previous).days >= gap_days), len(last))
        if row == len(last):
            last.append(date)
        last[row] = date
        rows.append(row)
    return rows


def rtl_figure(figure: Any, labels: str) -> Any:
    """Wrap a plotly figure's title, axis titles, legend names and annotations in `bidi` (the figure
    is duck-typed: this module stays free of plotly's import cost)."""
    if labels == "en":
        return figure
    layout = figure.layout
    if layout.title.text:
        layout.title.text = bidi(layout.title.text, labels)
    for axis in ("xaxis", "yaxis", "xaxis2", "yaxis2"):
        if axis in layout and layout[axis].title.text:
            layout[axis].title.text = bidi(layout[axis].title.text, labels)
    for trace in figure.data:
        if trace.name:
            trace.name = bidi(trace.name, labels)
    for note in layout.annotations:
        note.text = bidi(note.text, labels)
    return figure
