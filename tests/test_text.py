"""The tokenize step: tables, flags, raw alignment, on paragraphs written for these tests."""

from __future__ import annotations

import hazm
import pandas as pd
import pytest

from helpers import contracts, storage
from helpers.text import tokenize
from helpers.text.align import align
from helpers.text.zwnj import ZWNJ

Z = ZWNJ

PARAGRAPHS = pd.DataFrame(
    {
        "paragraph": [0, 1, 2, 3],
        "section": ["headline", "body", "boilerplate", "body"],
        "text": [
            "وزرای دفاع بر گسترش همکاریهای نظامی تأكيد كردند",  # Arabic ي/ك from a scrape
            "نشست سهروزه در تاشکند برگزار شد. و زیر دفاع ازبکستان گفت: 12 توافقنامه امضا میشود!",
            "",
            "گزارشهای تازه نشان میدهد که تعداد ۳۲ هزار نفر آواره شدهاند.",
        ],
    }
)


@pytest.fixture(scope="module")
def tokenized() -> tokenize.Tokenized:
    return tokenize.tokenize(PARAGRAPHS)


def test_tables_follow_schema(tokenized):
    assert list(tokenized.sentences.columns) == contracts.SENTENCES
    assert list(tokenized.tokens.columns) == contracts.TOKENS
    assert list(tokenized.restorations.columns) == contracts.RESTORATIONS
    flags = ["is_stopword", "is_punctuation", "is_number", "in_lexicon", "restored"]
    assert all(tokenized.tokens[f].dtype == bool for f in flags)
    for column in ("paragraph", "sentence", "position"):
        assert pd.api.types.is_integer_dtype(tokenized.tokens[column])


def test_tables_round_trip_through_parquet(tokenized, tmp_path):
    path = storage.write_table(tokenized.tokens, tmp_path / "tokens")
    back = storage.read_table(path)
    assert list(back.columns) == contracts.TOKENS
    assert len(back) == len(tokenized.tokens)


def test_sentences_numbered_across_article_with_sections(tokenized):
    s = tokenized.sentences
    assert s["sentence"].tolist() == list(range(len(s)))
    assert s.groupby("paragraph").size().to_dict() == {0: 1, 1: 2, 3: 1}  # empty paragraph 2: none
    assert set(s.loc[s["paragraph"] == 0, "section"]) == {"headline"}
    t = tokenized.tokens
    first = t[t["sentence"] == 1]
    assert first["position"].tolist() == list(range(len(first)))


def test_normalized_text_restored_and_folded(tokenized):
    joined = " ".join(tokenized.sentences["text"])
    assert f"همکاری{Z}های" in joined and "تأکید کردند" in joined  # ZWNJ back, Arabic ك/ي folded
    assert f"سه{Z}روزه" in joined and f"شده{Z}اند" in joined and f"گزارش{Z}های" in joined
    assert "وزیر دفاع ازبکستان" in joined and "۱۲" in joined


def test_raw_keeps_the_page_spelling(tokenized):
    t = tokenized.tokens.set_index("normalized")
    assert t.loc[f"همکاری{Z}های", "raw"] == "همکاریهای"
    assert t.loc["تأکید", "raw"] == "تأكيد"
    assert t.loc["۱۲", "raw"] == "12"
    assert t.loc["وزیر", "raw"] == "و زیر"
    assert t.loc[f"می{Z}شود", "raw"] == "میشود"


def test_flags(tokenized):
    t = tokenized.tokens.drop_duplicates("normalized").set_index("normalized")
    assert t.loc["۱۲", "is_number"] and not t.loc["۱۲", "in_lexicon"]
    assert t.loc["!", "is_punctuation"] and t.loc[".", "is_punctuation"]
    assert t.loc["در", "is_stopword"] and not t.loc["تاشکند", "is_stopword"]
    assert t.loc[f"همکاری{Z}های", "restored"] and t.loc[f"همکاری{Z}های", "in_lexicon"]
    assert not t.loc["تاشکند", "restored"]
    assert t.loc[f"همکاری{Z}های", "lemma"] == "همکاری"
    assert t.loc["۱۲", "lemma"] == "۱۲"


def test_restorations_name_their_paragraph(tokenized):
    r = tokenized.restorations
    assert set(r.loc[r["before"] == "همکاریهای", "paragraph"]) == {0}
    assert r.loc[r["before"] == "و زیر", "rule"].tolist() == ["split title"]
    assert r.loc[r["before"] == "گزارشهای", "paragraph"].tolist() == [3]


def test_normalize_one_string():
    assert tokenize.normalize("تحولات منطقهای") == f"تحولات منطقه{Z}ای"
    assert tokenize.normalize("") == ""


def test_empty_input():
    empty = tokenize.tokenize(pd.DataFrame(columns=contracts.PARAGRAPHS))
    assert empty.tokens.empty and list(empty.tokens.columns) == contracts.TOKENS
    assert empty.sentences.empty and empty.restorations.empty


def test_bad_paragraphs_table_names_the_problem():
    with pytest.raises(ValueError, match="lacks column"):
        tokenize.tokenize(pd.DataFrame({"paragraph": [0], "body": ["متن"]}))


def test_normalize_paragraphs_is_hazm_per_squeezed_paragraph():
    texts = PARAGRAPHS["text"].tolist() + ["«سلام»", "  فاصله \t  زیاد  ", "می شود", "", "  "]
    normalizer = hazm.Normalizer()  # one hazm call per paragraph is the reference
    expected = [normalizer.normalize(" ".join(t.split())) for t in texts]
    assert tokenize.normalize_paragraphs(texts) == expected
    assert tokenize.normalize_paragraphs(texts[::-1]) == expected[::-1]  # no paragraph depends on another


@pytest.mark.parametrize(
    ("raw", "tokens", "expected"),
    [
        ("می شود", [f"می{Z}شود"], ["می شود"]),  # hazm joined a spaced prefix
        ("حَذف شد", ["حذف", "شد"], ["حَذف", "شد"]),  # diacritics stay in the raw form
        ('گفت "بله"', ["گفت", "«", "بله", "»"], ["گفت", "«", "بله", "»"]),  # rewritten quotes keep their form
    ],
)
def test_align(raw, tokens, expected):
    assert align(raw, tokens) == expected


def test_lexicon_coverage_drops_after_restoration(tokenized):
    (coverage,) = tokenize.lexicon_coverage(tokenized.tokens, tokenized.restorations).to_dict("records")
    assert coverage["out_of_lexicon_after"] < coverage["out_of_lexicon_before"]
    assert coverage["percent_after"] == round(100 * coverage["out_of_lexicon_after"] / coverage["word_tokens"], 1)
    # «وزرای» (a frequency-less dictionary stem + ی) counts as known; only names may remain unknown
    assert set(tokenize.unknown_words(tokenized.tokens)["form"]) <= {"تاشکند", "ازبکستان"}


def test_lemma_counts_skip_stopwords_and_punctuation(tokenized):
    counts = tokenize.lemma_counts(tokenized.tokens, top=50)
    assert {"در", "که", ".", "۱۲"}.isdisjoint(counts["lemma"])
    assert counts["count"].is_monotonic_decreasing
    assert "همکاری" in set(counts["lemma"])  # lemma of the restored «همکاری‌های»


def test_lemma_figures(tokenized):
    from helpers.figures import lemmas

    counts = tokenize.lemma_counts(tokenized.tokens, top=5)
    plotly_figure = lemmas.top_lemmas_plotly(counts)
    assert list(plotly_figure.data[0].x) == counts["count"].tolist()[::-1]
    static = lemmas.top_lemmas_matplotlib(counts)
    labels = [t.get_text() for t in static.axes[0].get_yticklabels()]
    assert labels == [label.replace("#", "/").strip("/") for label in counts["lemma"][::-1]]
