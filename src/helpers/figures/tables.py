"""Tables as a reader wants them: interactive (sort, search, pages) through itables, offline.

One display path for every DataFrame a notebook shows (`install`, called by `helpers.notebook.setup`):
- headers in the project's language (`COLUMNS_FA`; the column's own name in `en`, both in `both`);
- coded values by their names in `labels.CODES_FA`, the same way (the files keep the codes): the
  value sets a column's name may take (`contracts.VALUES`: status, cue, action, calendar, precision,
  section, rule; `reference_values.VALUES`: a standing, an event's or a session's kind, a format, a
  role), or the one a frame declares for a column in `attrs[contracts.VALUES_ATTR]`;
- every empty value (None, NaN, NaT, "") shown the same way, as «—»;
- dates as ISO days that do not wrap, in Persian with the Jalali date beside them, and as far as they are
  known (`_precisions`: «1961» for a year-only date);
- long text wraps in its cell, never cut: itables' downsampling is off (`maxBytes=0`).
Each output also carries the display-ready rows under `TABLE_MIME`, so the HTML export draws the
same table from data (with the report's shared copy of the DataTables bundle), never from markup."""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

import pandas as pd

from helpers import contracts, reference_values
from helpers.figures import labels as lab

TABLE_MIME = "application/vnd.persian-news.table+json"
EMPTY = "—"
NOWRAP = "pn-nowrap"
CSS = (
    ".dt-container td, .dt-container th { unicode-bidi: plaintext; text-align: start; white-space: normal;"
    " vertical-align: top; } .dt-container td { max-width: 42em; overflow-wrap: anywhere; }"
    f" .dt-container td.{NOWRAP} {{ white-space: nowrap; overflow-wrap: normal; }}"
)
OPTIONS: dict[str, Any] = {
    "maxBytes": 0,  # never drop rows or columns
    "classes": "display compact",  # no `nowrap`: text wraps, except date columns
    "style": "table-layout:auto;width:auto;margin:0;caption-side:bottom",
    "css": CSS,
    "lengthMenu": [10, 25, 100, -1],
    "pageLength": 25,
    "allow_html": False,  # article text is shown as text
    "showIndex": False,
    "connected": False,
    "display_logo_when_loading": False,
}
DATATABLES_FA = {
    "search": "جستجو:",
    "lengthMenu": "_MENU_ سطر در هر صفحه",
    "info": "سطر _START_ تا _END_ از _TOTAL_",
    "infoEmpty": "بی سطر",
    "infoFiltered": "(از میان _MAX_ سطر)",
    "zeroRecords": "سطری پیدا نشد",
    "emptyTable": "جدول خالی است",
}
"""DataTables' own words (search box, paging) in Persian; `both` keeps DataTables' English."""
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}){0,2}(T[\d:.+-]+)?$")

COLUMNS_FA = {
    "paragraph": "بند", "sentence": "جمله", "position": "جای واژه", "role": "نقش", "text": "متن",
    "raw": "نوشته در خبر", "normalized": "یکدست‌شده", "lemma": "بن‌واژه", "is_stopword": "واژه ایست",
    "is_punctuation": "نشانه", "is_number": "عدد", "in_lexicon": "در واژگان", "restored": "بازسازی‌شده",
    "before": "پیش از بازسازی", "after": "پس از بازسازی", "rule": "قاعده",
    "name_written": "نام در متن", "name_fa": "نام", "name_en": "نام (انگلیسی)", "role_fa": "سمت",
    "role_en": "سمت (انگلیسی)", "country_fa": "کشور", "country_en": "کشور (انگلیسی)", "country_iso3": "کد کشور",
    "iso3": "کد کشور", "status": "وضعیت", "section": "بخش", "sentence_text": "متن جمله", "title_fa": "عنوان",
    "title_en": "عنوان (انگلیسی)", "subject_fa": "موضوع", "action": "کنش", "proposed_by_fa": "پیشنهاددهنده",
    "proposed_by_en": "پیشنهاددهنده (انگلیسی)", "surface": "صورت در متن", "start": "آغاز", "end": "پایان",
    "calendar": "گاه‌شماری", "precision": "دقت", "refers_to": "رویداد", "date": "تاریخ", "kind": "نوع",
    "body": "نهاد", "n_sources": "شمار منابع", "note": "یادداشت", "open": "ادامه دارد", "source": "منبع",
    "city_en": "شهر (انگلیسی)", "city_fa": "شهر", "host_iso3": "کشور میزبان", "format": "شکل",
    "chair_iso3": "کشور رئیس", "membership": "عضویت", "article": "خبر", "value": "مقدار", "lines": "سطرها",
    "count": "شمار", "days": "روز", "mean": "میانگین", "std": "انحراف معیار", "min": "کمینه", "max": "بیشینه",
    "step": "مرحله", "precision_score": "دقت", "recall": "بازیابی", "f1": "F1", "error": "خطا",
    "article_id": "شناسه خبر", "headline": "تیتر", "published": "تاریخ انتشار", "outlet": "رسانه",
    "name": "نام", "acting": "سرپرست", "index": "فیلد", "words": "واژه‌ها", "tokens": "توکن‌ها", "share": "سهم",
    "cue": "قرینه", "relative": "نسبی", "table": "جدول", "gold": "طلایی", "extracted": "استخراج‌شده",
    "matched": "جورشده", "what": "چه چیز", "word_tokens": "واژه‌ها (توکن)", "word_types": "گونه‌های واژه",
    "lemmas": "بن‌واژه‌ها", "restorations": "بازسازی‌ها", "sentences": "جمله‌ها", "paragraphs": "بندها",
    "body_paragraphs": "بندهای متن اصلی", "out_of_lexicon_before": "بیرون از واژگان، پیش از بازسازی",
    "out_of_lexicon_after": "بیرون از واژگان، پس از بازسازی", "percent_before": "درصد، پیش از بازسازی",
    "percent_after": "درصد، پس از بازسازی",
    "start_precision": "دقت آغاز", "end_precision": "دقت پایان", "field": "فیلد", "id": "شناسه خبر", "lead": "لید",
    "caption": "زیرنویس عکس", "credit": "منبع عکس", "published_from": "تاریخ انتشار از",
    "read_time_minutes": "زمان مطالعه (دقیقه)", "sha256": "SHA-256", "organization_evidence": "نشانه‌های سازمان در خبر",
    "form": "صورت", "organizations": "سازمان‌ها",
    "cities": "شهرها", "path": "مسیر", "meeting": "نشست (تاریخ گزارش · تیتر)", "documents": "اسناد",
    "n_tokens": "شمار توکن‌ها", "n_attendees": "شمار حاضران", "n_documents": "شمار اسناد", "n_dates": "شمار تاریخ‌ها",
}  # fmt: skip
"""Persian headers by column name; a column not listed keeps its name."""


def _value_sets() -> dict[str, tuple[type[StrEnum], ...]]:
    sets: dict[str, tuple[type[StrEnum], ...]] = {column: (values,) for column, values in contracts.VALUES.items()}
    for column, more in reference_values.VALUES.items():
        sets[column] = sets.get(column, ()) + more
    return sets


VALUE_SETS = _value_sets()
"""The value sets a column of that name may take: the contracts' first, then the reference tables'."""


def header(column: Any, labels: str) -> str:
    column = str(column)
    return lab.name(column, COLUMNS_FA.get(column, column), labels)


def prepare(frame: pd.DataFrame | pd.Series, labels: str) -> dict[str, Any]:
    """The display-ready table (what `TABLE_MIME` carries): headers, rows (empty values as `EMPTY`),
    and the positions of date columns (kept on one line) and number columns (sorted as numbers)."""
    table = frame.to_frame() if isinstance(frame, pd.Series) else frame
    declared = table.attrs.get(contracts.VALUES_ATTR, {})
    if table.index.name is not None or not pd.api.types.is_integer_dtype(table.index):
        table = table.reset_index()  # a named or labelled index says something; row numbers do not
    columns, kinds = [], []
    precisions = _precisions(table)
    for name, values in table.items():
        cells, kind = _column(str(name), values, labels, declared, precisions.get(str(name)))
        columns.append(cells)
        kinds.append(kind)
    return {
        "columns": [header(name, labels) for name in table.columns],
        "data": [list(row) for row in zip(*columns, strict=True)] if columns else [],
        "nowrap": [i for i, kind in enumerate(kinds) if kind == "date"],
        "numbers": [i for i, kind in enumerate(kinds) if kind == "number"],
        "labels": labels,
    }


def _precisions(table: pd.DataFrame) -> dict[str, list[Any]]:
    """How far each date column is known, by row: `<column>_precision` gives it (a membership period's
    start and end), and `precision` that of the table's `date`, else its `start` (the date a reference
    loader or the extraction read with it)."""
    given = {
        str(c).removesuffix("_precision"): table[c].tolist() for c in table.columns if str(c).endswith("_precision")
    }
    if "precision" in table.columns:
        dated = next((c for c in ("date", "start") if c in table.columns and c not in given), None)
        if dated is not None:
            given[dated] = table["precision"].tolist()
    return given


def _column(
    name: str,
    values: pd.Series,
    labels: str,
    declared: Mapping[str, type[StrEnum]],
    precisions: list[Any] | None = None,
) -> tuple[list[Any], str]:
    """One column as JSON values and its kind: date, number, or text; a date as far as `precisions`
    (by row) says it is known."""
    precisions = precisions or [None] * len(values)
    if pd.api.types.is_datetime64_any_dtype(values):
        return [
            EMPTY if pd.isna(stamp) else lab.at_precision(stamp, known, labels)
            for stamp, known in zip(values, precisions, strict=True)
        ], "date"
    if pd.api.types.is_bool_dtype(values):
        return [lab.name(str(v).lower(), "بله" if v else "خیر", labels) for v in values.tolist()], "text"
    if pd.api.types.is_numeric_dtype(values):
        return [EMPTY if pd.isna(v) else int(v) if float(v).is_integer() else float(v) for v in values], "number"
    cells = [_cell(value) for value in values.tolist()]
    text = [cell for cell in cells if cell != EMPTY]
    names = code_names(name, text, declared)
    if names:
        return [cell if cell == EMPTY else lab.name(cell, names[cell], labels) for cell in cells], "text"
    if not (text and all(_ISO_DATE.match(cell) for cell in text)):
        return cells, "text"
    return [
        lab.at_precision(pd.Timestamp(c), known, labels) if _ISO_DAY.match(c) else c
        for c, known in zip(cells, precisions, strict=True)
    ], "date"


def code_names(column: str, values: list[str], declared: Mapping[str, type[StrEnum]]) -> dict[str, str]:
    """The Persian names of the value set that holds every one of `values` (a column's, empty ones
    left out), among the set `declared` for the column or else those its name may take; {} if none does."""
    candidates = (declared[column],) if column in declared else VALUE_SETS.get(column, ())
    for value_set in candidates:
        names = lab.CODES_FA[value_set]
        if values and all(value in names for value in values):
            return names
    return {}


def in_language(frame: pd.DataFrame, labels: str) -> pd.DataFrame:
    """`frame` with its coded columns named as a table shows them: for a figure's legend, axis and hover."""
    named = frame.copy()
    declared = frame.attrs.get(contracts.VALUES_ATTR, {})
    for column in frame.columns:
        if not pd.api.types.is_string_dtype(frame[column]):
            continue
        names = code_names(str(column), frame[column].dropna().tolist(), declared)
        if names:  # a missing value stays missing
            named[column] = frame[column].map({code: lab.name(code, name, labels) for code, name in names.items()})
    return named


def record(article: Mapping[str, Any], labels: str) -> pd.DataFrame:
    """The article record (article.json) as a reader's table: each field named as a column of that name is
    (`header`), each value as text to read, not a Python repr (`_record_value`)."""
    return pd.DataFrame(
        {
            "field": [header(key, labels) for key in article],
            "value": [_record_value(key, value, labels) for key, value in article.items()],
        }
    )


def _record_value(key: str, value: Any, labels: str) -> Any:
    """A list joined; the organizations with the sections naming them (the Persian name first in Persian, so the
    cell reads right to left, as the page header names them); the line the date was read from."""
    comma = ", " if labels == "en" else "، "
    if key == "organization_evidence":
        sections = lab.CODES_FA[contracts.Section]
        return " · ".join(
            lab.name(f"{org['id']} ({org['name_en']})", f"{org['name_fa']} ({org['id']})", labels)
            + ": "
            + comma.join(lab.name(s, sections[s], labels) for s in dict.fromkeys(e["section"] for e in org["evidence"]))
            for org in value
        )
    if key == "published_from" and value:
        if value.get("shape") == "given":
            page = value.get("detected") or EMPTY
            return lab.name(f"the published parameter (the page: {page})", f"پارامتر published (صفحه: {page})", labels)
        paragraph = value["paragraph"]
        return f"«{value['text']}» (" + lab.name(f"paragraph {paragraph}", f"بند {paragraph}", labels) + ")"
    return comma.join(map(str, value)) if isinstance(value, list) else value


def _cell(value: Any) -> str:
    """A text cell: every kind of missing value is `EMPTY`; anything else as text."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return EMPTY
    if isinstance(value, str) and not value.strip():
        return EMPTY
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def to_html(table: dict[str, Any]) -> str:
    """An itables datatable (offline: it waits for the DataTables bundle the page or notebook loads)."""
    from itables import to_html_datatable

    frame = pd.DataFrame(table["data"], columns=pd.Index(table["columns"], dtype=object), dtype=object)
    for position in table["numbers"]:
        column = frame.iloc[:, position]
        if not (column == EMPTY).any():
            frame[frame.columns[position]] = pd.to_numeric(column)
    column_defs: list[dict[str, Any]] = []
    if table["nowrap"]:
        column_defs.append({"targets": table["nowrap"], "className": NOWRAP})
    if table["numbers"]:
        column_defs.append({"targets": table["numbers"], "type": "num"})
    words: dict[str, Any] = {"language": DATATABLES_FA} if table.get("labels") == "fa" else {}
    return to_html_datatable(frame, columnDefs=column_defs, **words, **OPTIONS)


def bundle(frame: pd.DataFrame | pd.Series, labels: str) -> dict[str, Any]:
    """Everything one displayed table publishes: plain text, the itables HTML and the data."""
    table = prepare(frame, labels)
    with pd.option_context("display.max_colwidth", None, "display.max_rows", 60):
        plain = repr(frame)
    return {"text/plain": plain, "text/html": to_html(table), TABLE_MIME: table}


def loader_html() -> str:
    """itables' offline loader: the DataTables bundle and its CSS, inlined (~1 MB). A notebook shows
    it once; the HTML reports keep its script as one shared asset of the reports folder."""
    from itables import options
    from itables.javascript import generate_init_offline_itables_html

    return generate_init_offline_itables_html(options.dt_bundle)


LOADER_METADATA = {"persian_news": "datatables-loader"}
"""Marks the loader's output, which the executed notebooks and the HTML export drop."""


def install(labels: str) -> None:
    """Show every DataFrame and Series through `bundle` in this IPython session, and load the
    DataTables bundle into the notebook (offline) so the tables work in JupyterLab."""
    from IPython import get_ipython
    from IPython.display import HTML, display, publish_display_data

    shell = get_ipython()
    if shell is None:
        return
    display(HTML(loader_html()), metadata=LOADER_METADATA)
    show = shell.display_formatter.ipython_display_formatter

    def display_table(frame: pd.DataFrame | pd.Series) -> bool:
        publish_display_data(bundle(frame, labels))
        return True

    show.for_type(pd.DataFrame, display_table)
    show.for_type(pd.Series, display_table)
