"""What the article says around an attendee row, beyond the phrase the rules bind to them: the features
the learned status step (helpers.extract.status_model) reads.

A reader knows that a head of state named in the headline of a report written while the summit runs was
at it, though no phrase of the text says so of them; the rules, which need such a phrase, call them
`mentioned`. These features hold what that reading rests on, all of them generic (no page's words, no
person's name): the rules' own status and cue, the office's kind (from the gazetteer's roles), whose state
the person is of (the venue's, the writer's own, an organization), where and how often the article names
them and the verb of their own clause (helpers.extract.readings), the report's time
(helpers.extract.report_time) at their sentences, and how many people the article names. (How many others
the rules place at the meeting was tried and dropped: grouped CV scored it worse.)"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from helpers.extract.clauses import REPORTING
from helpers.extract.cues import MEETING_WORD, THIS_MEETING
from helpers.extract.mentions import Scanned, find_cues
from helpers.extract.people import HEAD_OF_STATE, OUR_STATES
from helpers.text import gazetteer as gz


class Context(NamedTuple):
    """What the article as a whole gives every row: its sentences by number, the report's time at
    each, the venue's state, the organization it is about, and the dates it writes that name the
    publication day."""

    sentences: Mapping[int, Scanned]
    times: Mapping[int, str]
    venue: str | None
    org: gz.Entry | None
    dated_today: frozenset[int]  # sentences that write a date naming the day of publication
    people: int  # named persons in the table
    time_any: str  # the report's time taken whole (`article_time`)


def context(
    own: Sequence[Scanned],
    times: Sequence[str],
    people: Sequence[dict],
    venue: str | None,
    org: gz.Entry | None,
    dated: Mapping[int, Sequence[tuple[str, bool]]] | None,
) -> Context:
    """The article's `Context` from its scanned sentences, their report times and its collapsed rows."""
    return Context(
        sentences={s.row.sentence: s for s in own},
        times={s.row.sentence: t for s, t in zip(own, times, strict=True)},
        venue=venue,
        org=org,
        dated_today=frozenset(n for n, written in (dated or {}).items() if any(on for _, on in written)),
        people=sum(bool(r["name_fa"]) for r in people),
        time_any=article_time(times),
    )


def _bin(n: int, edges: Sequence[int]) -> str:
    """`n` as the first edge it does not exceed ("<=2"), or past the last (">8"): few, stable levels."""
    return next((f"<={e}" for e in edges if n <= e), f">{edges[-1]}")


def _state(row: dict, ctx: Context) -> str:
    """Whose the person is: the venue's state, the writer's own, another state, an organization, or none."""
    if row["country_iso3"]:
        if row["country_iso3"] == ctx.venue:
            return "venue"
        return "ours" if row["country_iso3"] in OUR_STATES else "other"
    return "org" if row["country_fa"] else "none"


def _role(row: dict) -> dict[str, float]:
    """The office: its gazetteer role id, and whether it is a state's leader or an organization's office."""
    role = row.get("_role_id")
    if not role:
        return {"role=none": 1.0}
    return {
        f"role={role}": 1.0,
        "leader": float(row["role_en"] in HEAD_OF_STATE),
        "org_office": float(row["_org_role"]),
    }


def _sentence(sentence: Scanned | None, ctx: Context) -> dict[str, float]:
    """Whether the sentence names the meeting («این نشست» or any meeting word), the organization, or
    reports words said (a colon, a verb of saying)."""
    if sentence is None:
        return {}
    org = ctx.org
    return {
        "s_this_meeting": float(bool(find_cues(THIS_MEETING, sentence))),
        "s_meeting": float(bool(find_cues(MEETING_WORD, sentence))),
        "s_org": float(org is not None and any(m.entry == org for m in sentence.mentions)),
        "s_reported": float(REPORTING.search(sentence.folded) is not None),
        "s_dated_today": float(sentence.row.sentence in ctx.dated_today),
    }


def features(row: dict, ctx: Context) -> dict[str, float]:
    """The features of one named row of the collapsed table (its `_mentions`: where the article names the
    person, as (section, paragraph, sentence, the class and tense of their own verb there), in order)."""
    mentions: list[tuple[str, int, int, str]] = row.get("_mentions") or [
        (row["section"], row["paragraph"], row["sentence"], "")
    ]
    sections = {m[0] for m in mentions}
    first = min(mentions, key=lambda m: m[2])
    out = {
        f"rule={row['status']}": 1.0,
        f"cue={row['cue'] or 'none'}": 1.0,
        f"state={_state(row, ctx)}": 1.0,
        f"first_section={first[0]}": 1.0,
        f"kept_section={row['section']}": 1.0,
        f"named={_bin(len(mentions), (1, 2, 4))}": 1.0,
        f"first_paragraph={_bin(first[1], (0, 1, 3, 6))}": 1.0,
        f"time_first={ctx.times.get(first[2]) or 'unknown'}": 1.0,
        f"time_kept={ctx.times.get(row['sentence']) or 'unknown'}": 1.0,
        f"time_any={ctx.time_any}": 1.0,
        f"people={_bin(ctx.people, (1, 3, 7))}": 1.0,
        "gazetteer": float(bool(row["name_en"])),
        "in_headline": float("headline" in sections),
        "in_lead": float("lead" in sections),
        "in_caption": float("caption" in sections),
    }
    out |= _role(row)
    for verb in {m[3] for m in mentions if m[3]}:
        out[f"verb={verb}"] = 1.0
        out[f"verb_kind={verb.split(':')[0]}"] = 1.0
    for name, value in _sentence(ctx.sentences.get(first[2]), ctx).items():
        out[name] = max(value, out.get(name, 0.0))
    for name, value in _sentence(ctx.sentences.get(row["sentence"]), ctx).items():
        out[f"kept_{name}"] = value
    return {k: v for k, v in out.items() if v}


def article_time(times: Sequence[str]) -> str:
    """The article's report time taken whole: "now" if any sentence reads the meeting under way, else
    "today", "future", "earlier" in that order, else "unknown"."""
    seen = set(times)
    return next((t for t in ("now", "today", "future", "earlier") if t in seen), "unknown")
