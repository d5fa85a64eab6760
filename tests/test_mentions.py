"""The shared sentence reading of helpers.extract.mentions: rows read once, folded and scanned once."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.extract.mentions import Cue, cue, find_cues, sentence_rows, usable
from helpers.text import gazetteer as gz


def _sentences(texts: list[object], sections: list[str] | None = None) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame(
        {"paragraph": range(n), "sentence": range(n), "section": sections or ["body"] * n, "text": texts}
    )


def test_rows_keep_values_and_read_a_missing_text_as_empty() -> None:
    rows = sentence_rows(_sentences(["سران دیدار کردند.", None]))
    assert [(r.paragraph, r.sentence, r.section, r.text) for r in rows] == [
        (0, 0, "body", "سران دیدار کردند."),
        (1, 1, "body", ""),
    ]


def test_a_table_without_text_is_refused_in_one_line() -> None:
    with pytest.raises(ValueError, match="lacks columns: text"):
        sentence_rows(_sentences(["x"]).drop(columns="text"))


def test_only_own_sections_are_scanned_and_mentions_match_a_fresh_search() -> None:
    text = "رئیس‌جمهور روسیه در نشست حضور داشت."
    own = usable(sentence_rows(_sentences([text, text], ["body", "related"])), gz.load())
    assert [s.row.section for s in own] == ["body"]
    assert own[0].mentions == gz.load().find(text)


@pytest.mark.parametrize("text", ["رئيس‌جمهور روسيه حضور داشت", "رئیسِ‌جمهور روسیه حضور داشت"])
def test_cue_spans_point_into_the_text_as_written(text: str) -> None:
    """With and without a dropped diacritic (kasra) before the cue: the index maps folded
    positions back to the original ones either way."""
    (sentence,) = usable(sentence_rows(_sentences([text])), gz.load())
    (span,) = find_cues(cue("حضور (?:داشت|داشتند)"), sentence)
    assert text[span.start : span.end] == "حضور داشت"


def test_fold_index_skips_dropped_characters() -> None:
    folded, index = gz.folded_with_index("بِه")
    assert folded == "به" and list(index) == [0, 2]


CUE_EXAMPLES = [
    "وی با حضور در این اجلاس، گفت",
    "روسیه در نشست شرکت نکرد",
    "او حضور نداشت",
    "اشتراک نورزید",
    "غایب بود",
    "غیبت او",
    "حاضر نشد",
    "حاضر نبودند",
    "حضور داشتند",
    "شرکت کردند",
    "اشتراک ورزیدند",
    "با حضور سران",
    "حاضر بود",
    "گرد هم آمدند",
    "به میزبانی قزاقستان",
    "با میزبانی",
    "ریاست و میزبانی این نشست بر عهده او بود",
    "تحت ریاست",
    "میزبان این نشست",
    "میزبان آن‌ها",
    "ریاست این نشست را بر عهده داشت",
    "جانشین او شد",
    "منصوب شد",
    "عهده‌دار این سمت خواهد بود",
    "به تصویب رسید",
    "اتخاذ شد",
    "پذیرفته شد",
    "به امضا رسید",
    "به امضای سران رسید",
    "تأیید شد",
    "مورد تأیید قرار گرفت",
    "موافقت کردند",
    "پیشنهاد داد",
    "پیشنهاد کرده است",
    "نمی‌تواند در این نشست شرکت کند",
    "از حضور در نشست خودداری کرد",
    "در نشست شرکت خواهد کرد",
    "قرار است",
    "حضور خود را تأیید کرده است",
    "عازم مسکو شد",
    "وارد آستانه شد",
    "در این نشست گفت",
    "سخنرانی کرد",
    "با یکدیگر دیدار کردند",
    "پیام رئیس‌جمهور را قرائت کرد",
    "میزبانی کرد",
    "با سخنرانی",
    "به امضای",
    "مورد استقبال قرار گرفت",
    "بیانیه منتشر شد",
    "به امضا خواهد رسید",
    "با رئیس‌جمهور همراه می‌شوند",
    "مورد تصویب قرار گرفت",
    "در این نشست ریاست را به او واگذار کرد",
    "قرار است در نشست شرکت کند",
    "نخستین سخنران این اجلاس",
    "در حضور سران",
    "سران را گردهم آورد",
    "ریاست هیئت ایران را بر عهده داشت",
    "در نشست حضور پیدا نکرد",
    "انتظار می‌رود در نشست شرکت کند",
    "بدون حضور سران",
    "ریاست دوره‌ای سازمان را به او تحویل داد",
    "جای او در نشست خالی بود",
    "حضور او در نشست قطعی است",
    "به عنوان رئیس جدید این مجمع انتخاب شد",
    "نشست با خوشامدگویی او آغاز شد",
    "در حاشیه این اجلاس سند را امضا کرد",
    "ریاست اجلاس با او بود",
    "مهمان ویژه این اجلاس بود",
    "گزارشی به نشست سران ارائه کرد",
    "از راست: رهبران دو کشور",
    "رئیس محترم نشست، از میزبانی شما سپاسگزارم",
    "مهمانان در ضیافت شام او حضور یافتند",
    "ریاست جنبش را به او واگذار می‌کند",
    "سخنان او در این نشست",
    "با سخنرانی در جمع سران",
    "با تکذیب خبر حضور او در نشست",
    "متن کامل سخنرانی او به این شرح است",
]


def _all_cues() -> dict[str, Cue]:
    from helpers.extract import cues, document_cues

    said = {
        f"{s.status}:{s.kind}:{i}": s.phrase for i, s in enumerate(cues.NEXT_CUES + cues.PREV_CUES + cues.VERB_CUES)
    }
    return {
        **said,
        **{f"doc:{name}": phrase for name, phrase in document_cues.BEFORE_VERB.items()},
        "propose": document_cues.PROPOSE,
    }


@pytest.mark.parametrize("name", sorted(_all_cues()))
def test_a_cue_is_never_skipped_where_it_matches(name: str) -> None:
    """Cue.words may only skip sentences the pattern cannot match; every cue matches an example."""
    phrase = _all_cues()[name]
    matched = [t for t in CUE_EXAMPLES if phrase.regex.search(gz.fold(t))]
    assert matched
    assert phrase.words is not None
    assert all(phrase.may_occur(gz.fold(t)) for t in matched)


def test_cue_words_are_read_off_the_pattern() -> None:
    """The words come from the pattern, so a new wording changes them with no second list to edit."""
    assert cue("(?:به|با) میزبانی").words == {"میزبانی"}
    assert cue("حضور داشت|شرکت کرد").words == {"حضور", "شرکت"}
    assert not cue("حضور داشت|شرکت کرد").may_occur("در نشست بودند")
    assert cue("(?:x)?").words is None and cue("(?:x)?").may_occur("")


@pytest.mark.parametrize("text", ["رئيس‌جمهور روسيه آمد", "رئیسِ‌جمهورِ روسیه آمد", "بِه آ"])
def test_folded_from_is_the_fold_of_the_rest(text: str) -> None:
    (sentence,) = usable(sentence_rows(_sentences([text])), gz.load())
    assert [sentence.folded_from(i) for i in range(len(text) + 1)] == [gz.fold(text[i:]) for i in range(len(text) + 1)]


@pytest.mark.parametrize("name", sorted(_all_cues()))
def test_cues_are_written_in_folded_spelling(name: str) -> None:
    """Cues match folded text, so a letter folding changes («آ», «ئ», «ة») would never match."""
    phrase = _all_cues()[name]
    assert gz.fold(phrase.pattern) == phrase.pattern
