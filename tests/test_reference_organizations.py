"""Reference data beyond the CSTO: every organization in the bundled files loads and validates the
same way; the standings beside membership (observer, dialogue partner, partner) open, close and
give way to membership as the loader documents; an associate membership replaces a full one."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from helpers import paths, reference
from helpers.reference import membership

HEADER = "organization,iso3,country_en,country_fa,date,kind,body,source,checked,note\n"


def _organizations() -> list[str]:
    return sorted(set(pd.read_csv(paths.REFERENCE / reference.SESSIONS_FILE, dtype=str)["organization"]))


def _events(tmp_path: Path, rows: list[str]) -> pd.DataFrame:
    path = tmp_path / "membership_events.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return reference.load_events(path, "ORG")


FEW = {"ACD": (3, 0)}
"""(sessions, members) where the README says why there are fewer than five and three: the ACD's
leaders have met three times, and no source dates its members."""


@pytest.mark.parametrize("organization", _organizations())
def test_each_bundled_organization_loads_with_sessions_and_members(organization: str) -> None:
    ref = reference.load(None, organization)
    spans = membership.periods(ref.events)
    sessions, members = FEW.get(organization, (5, 3))
    assert len(ref.sessions) >= sessions
    assert (spans["status"] == "member").sum() >= members
    assert set(spans["status"]) <= set(reference.STATUSES)


def test_a_dialogue_partner_that_becomes_observer_then_member_has_three_periods(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        [
            "ORG,AAA,Aland,,2001,signed,Charter,https://a.example,2026-01-01,",
            "ORG,BBB,Bland,,2009,dialogue_partner,,https://a.example,2026-01-01,",
            "ORG,BBB,Bland,,2015,dialogue_partner_ended,,https://a.example,2026-01-01,",
            "ORG,BBB,Bland,,2015,observer,Council,https://a.example,2026-01-01,",
            "ORG,BBB,Bland,,2024-07-04,acceded,Charter,https://a.example,2026-01-01,",
        ],
    )
    spans = membership.periods(events).query("iso3 == 'BBB'").sort_values("start")
    assert list(spans["status"]) == ["dialogue_partner", "observer", "member"]
    observer = spans[spans["status"] == "observer"].iloc[0]
    assert observer["end"] == pd.Timestamp("2024-07-04") and not observer["open"]
    on_day = membership.status_on(membership.periods(events), pd.Timestamp("2020-01-01"))
    assert "BBB" not in set(on_day["iso3"])  # an observer is not counted as a member


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        (["ORG,BBB,Bland,,2015,partner_ended,,https://a.example,2026-01-01,"], "partner status ended while not one"),
        (
            [
                "ORG,BBB,Bland,,2015,associate,,https://a.example,2026-01-01,",
                "ORG,BBB,Bland,,2016,associate,,https://a.example,2026-01-01,",
            ],
            "associate while an associate member",
        ),
        (["ORG,BBB,Bland,,2015,applicant,,https://a.example,2026-01-01,"], "unknown event kind 'applicant'"),
    ],
)
def test_impossible_standings_are_refused_in_one_line(tmp_path: Path, rows: list[str], problem: str) -> None:
    with pytest.raises(ValueError) as caught:
        _events(tmp_path, rows)
    message = str(caught.value)
    assert problem in message and ("line 2" in message or "line 3" in message) and "\n" not in message


def test_an_associate_membership_replaces_full_membership_and_notices_change_nothing(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        [
            "ORG,AAA,Aland,,1991,signed,Agreement,https://a.example,2026-01-01,",
            "ORG,BBB,Bland,,1991,signed,Agreement,https://a.example,2026-01-01,",
            "ORG,BBB,Bland,,2005-08-26,associate,,https://a.example,2026-01-01,",
            "ORG,CCC,Cland,,2023-08-24,invited,,https://a.example,2026-01-01,",
            "ORG,CCC,Cland,,2023-12-29,declined,,https://a.example,2026-01-01,",
        ],
    )
    spans = membership.periods(events)
    bland = spans[spans["iso3"] == "BBB"].sort_values("start")
    assert list(bland["status"]) == ["member", "associate"]
    assert "CCC" not in set(spans["iso3"])
    today = membership.status_on(spans, pd.Timestamp("2020-01-01")).set_index("iso3")["status"]
    assert today.to_dict() == {"AAA": "member", "BBB": "associate"}


def test_an_organization_without_a_secretariat_loads_with_an_empty_heads_table(tmp_path: Path) -> None:
    heads = tmp_path / reference.SECRETARIES_FILE
    heads.write_text(
        "organization,name_en,name_fa,iso3,role,start,end,source,checked,note\n"
        "OTHER,A B,,AAA,secretary_general,2001,,https://a.example,2026-01-01,\n",
        encoding="utf-8",
    )
    assert reference.load_secretaries(heads, "ORG").empty


@pytest.mark.parametrize(
    ("found", "note"),
    [
        (["CSTO"], None),
        (["UN"], "note: a: no reference data for UN; not plotted"),
        ([], "note: a: no organization found in the article; no reference figures"),
    ],
)
def test_the_run_summary_names_articles_whose_organization_has_no_data(
    tmp_path: Path, found: list[str], note: str | None
) -> None:
    from helpers.run import summary

    (tmp_path / "article.json").write_text(json.dumps({"organizations": found}), encoding="utf-8")
    outcome = summary.Outcome(article_id="a", source="a.txt", processed_dir=str(tmp_path))
    assert summary.organization_notes([outcome]) == ([note] if note else [])
