"""Shared label and colour choices for the reference figures (membership and cadence).

Labels are English by default; `labels="fa"` shows the Persian names and `"both"` shows both,
for readers who work from the Persian press. Hover text always carries both."""

from __future__ import annotations

import pandas as pd

LABEL_MODES = ("en", "fa", "both")

STATUS_COLORS = {"member": "#2b6cb0", "suspended": "#dd6b20", "frozen": "#319795", "observer": "#a0aec0"}
STATUS_PATTERNS = {"member": "", "suspended": "/", "frozen": "x", "observer": "."}
"""Plotly fill patterns; matplotlib hatches use the same characters doubled."""
STATUS_FA = {"member": "عضو", "suspended": "تعلیق", "frozen": "منجمد", "observer": "ناظر"}

ARTICLE_MARKERS = {
    "attended": ("circle", "o", "#2f855a"),
    "absent": ("x", "X", "#c53030"),
    "mentioned": ("diamond", "D", "#718096"),
    "not mentioned": ("circle-open", "o", "#a0aec0"),
    "no attendees table": ("circle-open", "o", "#cbd5e0"),
}
"""Article status -> (plotly symbol, matplotlib marker, colour)."""

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
KIND_FA = {
    "regular": "عادی",
    "extraordinary": "فوق‌العاده",
    "informal": "غیررسمی",
    "unknown": "نامعلوم",
    "announced": "اعلام‌شده",
}


def check_mode(labels: str) -> str:
    if labels not in LABEL_MODES:
        raise ValueError(f"labels must be one of {', '.join(LABEL_MODES)}, got '{labels}'")
    return labels


def name(english: str, persian: str, labels: str) -> str:
    """Pick the label for one name in the chosen mode (falls back to English when no Persian)."""
    check_mode(labels)
    persian = persian or english
    if labels == "fa":
        return persian
    if labels == "both" and persian != english:
        return f"{english} · {persian}"
    return english


def status_name(status: str, labels: str) -> str:
    return name(status, STATUS_FA.get(status, status), labels)


def kind_name(label: str, labels: str) -> str:
    """'extraordinary (video)' -> 'فوق‌العاده (ویدیویی)' in Persian mode."""
    base, video = (label[: -len(" (video)")], True) if label.endswith(" (video)") else (label, False)
    persian = KIND_FA.get(base, base) + (" (ویدیویی)" if video else "")
    return name(label, persian, labels)


def day(stamp: pd.Timestamp | None) -> str:
    return "" if stamp is None or pd.isna(stamp) else stamp.strftime("%Y-%m-%d")
