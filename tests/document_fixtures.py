"""Document rows of sentences written for the document tests (helpers.extract.documents)."""

from __future__ import annotations

import pandas as pd

from helpers import contracts
from helpers.extract.documents import extract_documents
from helpers.text.tokenize import normalize


def table(*texts: str, role: str = "body") -> pd.DataFrame:
    sentences = pd.DataFrame([(i, i, role, normalize(t)) for i, t in enumerate(texts)], columns=contracts.SENTENCES)
    return extract_documents(sentences)


def rows(*texts: str) -> list[tuple[str, str]]:
    """(title, action) per row; titles come back normalized («تفاهمنامه» → «تفاهم‌نامه»)."""
    df = table(*texts)
    return list(zip(df["title_fa"], df["action"], strict=True))
