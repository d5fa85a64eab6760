"""States a list names as taking part, nobody of them named (invented sentences): a table of their own, not
attendee rows, and the article-day overlay's `named as taking part`."""

from __future__ import annotations

import pandas as pd

from helpers import contracts, pipeline, reference
from helpers.extract import extract_all
from helpers.figures import labels as lab
from helpers.reference import membership
from helpers.reference_values import ArticleSays
from helpers.text.tokenize import normalize


def extracted(*texts: str) -> dict[str, pd.DataFrame]:
    rows = [(i, i, "body", normalize(t)) for i, t in enumerate(texts)]
    return extract_all(pd.DataFrame(rows, columns=contracts.SENTENCES), None)


def test_a_list_of_leaders_taking_part_names_its_states_without_attendee_rows() -> None:
    tables = extracted(
        "سران کشورهای قزاقستان، قرقیزستان و تاجیکستان در این نشست شرکت کردند.",
        "کامیل توردیف رئیس‌جمهور تاجیکستان در این نشست سخنرانی کرد.",
    )
    named = tables["named_as_taking_part"]
    assert list(named.columns) == contracts.NAMED_AS_TAKING_PART
    assert named["country_iso3"].tolist() == ["KAZ", "KGZ", "TJK"]
    assert set(named["status"]) == {"attended"} and set(named["sentence"]) == {0}
    assert tables["attendees"]["country_iso3"].tolist() == ["TJK"]  # no person, no attendee row


def test_an_absence_or_a_plan_said_of_a_list_names_no_state_as_taking_part() -> None:
    assert extracted("سران کشورهای قزاقستان و قرقیزستان در این نشست حضور نداشتند.")["named_as_taking_part"].empty
    assert extracted("سران کشورهای قزاقستان و قرقیزستان در این نشست شرکت خواهند کرد.")["named_as_taking_part"].empty


def test_the_article_day_marks_states_named_as_taking_part_below_what_a_person_of_them_says() -> None:
    spans = membership.periods(reference.load().events)
    day = pd.Timestamp("2025-11-28")
    attendees = pd.DataFrame({"country_iso3": ["KGZ", "ARM", "RUS"], "status": ["host", "absent", "mentioned"]})
    named = pd.DataFrame({"country_iso3": ["KAZ", "KGZ", "ARM", "RUS"], "status": ["attended"] * 4})
    table = membership.attendance(spans, day, attendees, named).set_index("iso3")["article"]
    assert table["KAZ"] == table["RUS"] == ArticleSays.NAMED_AS_TAKING_PART == "named as taking part"
    assert table["KGZ"] == "attended" and table["ARM"] == "absent" and table["BLR"] == "not in attendees table"
    assert lab.article_status(ArticleSays.NAMED_AS_TAKING_PART, "fa") == "خبر: در فهرست شرکت\u200cکنندگان"


def test_the_json_lists_the_states_named_as_taking_part_by_the_tables_name() -> None:
    raw = (
        "نشست امنیتی در شهر آستانه برگزار شد\n\n"
        "سران کشورهای قزاقستان، قرقیزستان و تاجیکستان در این نشست شرکت کردند و دربارهٔ امنیت منطقه گفت‌وگو کردند.\n"
    )
    shown = pipeline.as_json(pipeline.process_text(raw, article_id="invented"))
    assert [r["country_iso3"] for r in shown[contracts.Table.NAMED_AS_TAKING_PART]] == ["KAZ", "KGZ", "TJK"]
    assert shown["attendees"] == []  # no person, no attendee row
