"""Which organization an article is about, from where and how its name is written.

A report on an SCO summit names other clubs in passing («... عضو سازمان پیمان امنیت جمعی ...»),
and the page around it carries other stories' headlines. So a mention counts by where it stands
(headline and lead most, other stories' lines not at all) and counts double when it is the
meeting's own name: the organization follows a meeting word (نشست، اجلاس، سران …) or heads a
body of it (شورای …). Every organization scoring at least half of the best one is kept, so an
article on a CIS summit with a CSTO session the same day is about both."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from helpers.contracts import Section
from helpers.text import gazetteer as gz

SECTION_WEIGHTS: dict[str, int] = {Section.HEADLINE: 5, Section.LEAD: 3, Section.CAPTION: 2, Section.BODY: 1}
"""Weight of a mention by the paragraph's section; sections not listed (other stories' headlines,
related links, boilerplate) do not count."""

MEETING_CONTEXT = re.compile(
    r"(?:نشست|اجلاس|اجلاسیه|همایش|کنفرانس|سران|شورای|وزرای|وزیران|عضو)"
    r"(?:[ \u200c]+\S+){0,3}[ \u200c]*$"
)
"""A meeting word within the three words before a mention, on the folded text: «نشست سران
سازمان ...», «اجلاس سران کشورهای عضو ...», «اجلاس وزیران خارجه ...». A title such as «دبیرکل
سازمان ملل» is a person's, not the meeting's, and does not count."""

MIN_SCORE = 3
"""One body mention in a meeting context (2) is not enough: the organization must be named in the
headline or lead, or more than once."""
KEEP_SHARE = 0.5
MAX_EVIDENCE = 5


@dataclass
class Found:
    """One organization the article is about, its score and the mentions that gave it."""

    id: str
    name_fa: str
    name_en: str | None
    score: int
    evidence: list[dict[str, Any]] = field(default_factory=list)


def detect(sections: Sequence[str], texts: Sequence[str], gazetteer: gz.Gazetteer | None = None) -> list[Found]:
    """Organizations the article is about, best first (empty when none scores enough), from its
    paragraphs' sections and texts."""
    gaz = gazetteer or gz.load()
    scores: dict[str, Found] = {}
    for paragraph, (section, text) in enumerate(zip(sections, texts, strict=True)):
        weight = SECTION_WEIGHTS.get(section, 0)
        if not weight:
            continue
        for mention in gaz.find(text):
            if mention.kind != "org":
                continue
            own_name = bool(MEETING_CONTEXT.search(gz.fold(text[: mention.start])))
            found = scores.setdefault(
                mention.entry.id, Found(mention.entry.id, mention.entry.name_fa, mention.entry.name_en, 0)
            )
            found.score += weight * (2 if own_name else 1)
            if len(found.evidence) < MAX_EVIDENCE:
                found.evidence.append(
                    {"section": section, "paragraph": paragraph, "written": mention.written, "meeting_name": own_name}
                )
    ranked = sorted(scores.values(), key=lambda found: (-found.score, found.id))
    if not ranked or ranked[0].score < MIN_SCORE:
        return []
    return [found for found in ranked if found.score >= max(MIN_SCORE, KEEP_SHARE * ranked[0].score)]


def as_record(found: list[Found]) -> dict[str, Any]:
    """The fields ingest adds to article.json: `organizations` (ids, best first) and
    `organization_evidence` (score and mentions per id)."""
    return {
        "organizations": [item.id for item in found],
        "organization_evidence": [asdict(item) for item in found],
    }
