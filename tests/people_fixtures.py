"""Names found in sentences written for the people tests (helpers.extract.attendees)."""

from __future__ import annotations

import pandas as pd

from helpers import contracts
from helpers.extract.attendees import extract_attendees
from helpers.text.tokenize import normalize


def names_in(*texts: str, section: str = "body") -> list[str]:
    """The names found, sorted; `section` is the last sentence's (a headline or a caption after body text)."""
    rows = [(i, i, section if i == len(texts) - 1 else "body", normalize(t)) for i, t in enumerate(texts)]
    df = extract_attendees(pd.DataFrame(rows, columns=contracts.SENTENCES))
    return sorted(n for n in df["name_fa"] if n)


def known_in(*texts: str) -> list[tuple[str, str | None]]:
    """The names found as written (`name_written`), each with the gazetteer person's English name."""
    rows = [(i, i, "body", normalize(t)) for i, t in enumerate(texts)]
    df = extract_attendees(pd.DataFrame(rows, columns=contracts.SENTENCES))
    return sorted((n, e) for n, e in zip(df["name_written"], df["name_en"], strict=True) if n)
