"""The fast paths give exactly what the plain library calls give.

`tokenize.hazm_normalize` (`helpers.text.normalizer`) re-runs hazm's normalization steps, skipping passes that
cannot match and running some patterns from their rare part; these tests hold it to
`hazm.Normalizer().normalize` on every bundled, test and generated article, on strings built to hit
each step (spacing, affixes, digits, repeated letters, diacritics, letter forms, «می»), on random
strings drawn from the characters those steps rewrite, and on random runs of lexicon fragments that
the word-joining step can join."""

from __future__ import annotations

import random
import re
from pathlib import Path

import hazm
import pytest
from hazm.constants import (
    AFFIX_SPACING_PATTERNS,
    EXTRA_SPACE_PATTERNS,
    NUMBERS_SRC,
    PERSIAN_STYLE_PATTERNS,
    PUNCTUATION_SPACING_PATTERNS,
    SUFFIXES,
    TRANSLATION_SRC,
)

from helpers import chars, paths
from helpers.evaluation import synth
from helpers.text import gazetteer as gz
from helpers.text import normalizer, tokenize

ARTICLES = sorted(paths.ARTICLES.glob("*.txt")) + sorted((Path(__file__).parent / "articles").glob("*.txt"))

TRICKY = [
    "",
    "   ",
    "\n\n\n\nسلام\n\n\n",
    "می کنم و نمی شود، می‌روم",
    "جمعه ها که کار نمی کنم مطالعه می کنم",
    "کتاب ها و بزرگ تر و بزرگ ترین و خانه ای و خانه اش و رفته اند",
    "سلامممم خیلیییی خوبببب! آرهههه",
    "مُحَمَّد و عَلی و ســـــلام و ٰ",
    'او گفت "سلام به همه" و رفت... «سلام»',
    "قیمت 12.5 درصد و ۱۲٫۵ درصد و ١٢ و 100% و ۵ درصد",
    "سال2025 و ۱۴۰۴آذر و COVID-19 و 3.14",
    "( سلام ) [ دنیا ] { آزمون } .سلام ،دنیا ؛ آری ؟ نه !",
    "علي و كتاب و ىك و ة و ۀ و ﻻ و ﷼ و ﷲ",
    "رئيس\u200c\u200cجمهور \u200cروسيه\u200c و \u200c و\u00a0فاصله",
    "سه روزه، میلیون دلاری، همکاریهای منطقهای، گفتوگو",
    "a  b\tc\r\nd ـ e",
    "می می می رود و نمی نمی شود",
    "x\u200cمیرود آنمیرود نمیرود (میرود) ن میرود",
    "خانه ای خانه ای ه ای هه ام خانه اید. خانه ی من",
    "۱ب۲ج 3الف ب4 سال۱۴۰۴آذر",
    "a(b ((x «سلام»«دنیا» [x]{y} (« »)",
    "چه؟!؟ بله!!! ۱۲:۳۰ و 3.14.15 و a/b\\c",
]


@pytest.fixture(scope="module")
def reference() -> hazm.Normalizer:
    """hazm's normalizer with its default settings, as the pipeline used to call it."""
    return hazm.Normalizer()


def _random_strings(n: int, seed: int = 7) -> list[str]:
    """Strings mixing ordinary Persian with every character hazm's steps rewrite."""
    rng = random.Random(seed)
    pool = (
        list(TRANSLATION_SRC + NUMBERS_SRC)
        + list('سلام کتاب می ها ای تر ه ی ۱۲۳ .،؛:!؟«»"()[]\n  ')
        + [
            "\u200c",
            "\u064e",
            "\u0651",
            "\u0640",
            "...",
            "مممم",
        ]
    )
    return ["".join(rng.choice(pool) for _ in range(rng.randint(1, 60))) for _ in range(n)]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_articles_normalize_as_hazm_does(path: Path, reference: hazm.Normalizer) -> None:
    raw = path.read_text(encoding="utf-8")
    assert tokenize.hazm_normalize(raw) == reference.normalize(raw)
    for line in raw.splitlines():
        assert tokenize.hazm_normalize(line) == reference.normalize(line)


@pytest.mark.parametrize("s", TRICKY)
def test_tricky_strings_normalize_as_hazm_does(s: str, reference: hazm.Normalizer) -> None:
    assert tokenize.hazm_normalize(s) == reference.normalize(s)
    assert tokenize.normalize(s) == tokenize.tools().restorer.restore(reference.normalize(s))[0]


def test_random_strings_normalize_as_hazm_does(reference: hazm.Normalizer) -> None:
    for s in _random_strings(400):
        assert tokenize.hazm_normalize(s) == reference.normalize(s), repr(s)


def test_zwnj_and_space_edges_normalize_as_hazm_does(reference: hazm.Normalizer) -> None:
    """Runs of ZWNJs, spaces, tatweel and newlines against letters, digits and punctuation: where
    the faster spacing step (patterns skipped without a ZWNJ, `+` for `*`, a suffix pattern that
    starts at its space) could part from hazm."""
    rng = random.Random(11)
    pool = [
        "\u200c",
        "\u200c\u200c",
        " ",
        "  ",
        "\n",
        "\n\n\n",
        "\u0640",
        "\r",
        "ب",
        "می",
        "ها",
        "ای",
        "تر",
        "a",
        "7",
        "۷",
        ".",
        "«",
        ")",
        "_",
    ]
    pool += [" تر", " ترین", " گر", " گری", " های", "بزرگ", "ن"]
    strings = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 25))) for _ in range(1500)]
    for s in strings + ["\u200c", "\u200cب", "ب\u200c", "ب\u200c\u200c.", ".\u200cب", "ب \u200c\u200c ب"]:
        assert tokenize.hazm_normalize(s) == reference.normalize(s), repr(s)


def test_lexicon_fragments_normalize_as_hazm_does(reference: hazm.Normalizer) -> None:
    """Random runs of the pieces of ZWNJ-spelled words and verbs, suffixes and «می»: what the
    word-joining step and the «می» and affix rewrites act on."""
    rng = random.Random(5)
    joined = sorted(w for w in reference._words if "\u200c" in w) + sorted(v for v in reference._verbs if "\u200c" in v)
    pieces = [part for word in rng.sample(joined, 3000) for part in word.split("\u200c")]
    pieces += sorted(SUFFIXES) + [
        "می",
        "نمی",
        "ن",
        "ه",
        "ی",
        "ا",
        "اید",
        "۱۲",
        "12",
        "3.5",
        "«",
        "»",
        "(",
        ")",
        "،",
        ".",
        "!",
        "...",
    ]
    seps = [" ", " ", " ", "", "  ", "\n", "\u200c", "\t"]
    for _ in range(3000):
        s = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 25)))
        assert tokenize.hazm_normalize(s) == reference.normalize(s), repr(s)


def test_generated_articles_normalize_as_hazm_does(reference: hazm.Normalizer) -> None:
    for i in range(60):
        raw = synth.build(i, seed=11).text
        assert tokenize.hazm_normalize(raw) == reference.normalize(raw)


def test_words_split_as_hazms_word_tokenizer_does() -> None:
    tokenizer = hazm.WordTokenizer(join_verb_parts=False)  # what tokenize used before
    lines = TRICKY + [line for path in ARTICLES for line in path.read_text(encoding="utf-8").splitlines()]
    lines += _random_strings(400) + ['؟!?..۱۲:۳۰ (الف) «ب» [ج] {د} a/b\\c "x" ۱٫۵ ،؛»']
    for line in lines:
        assert tokenize.tools().normalizer.words(line) == tokenizer.tokenize(line), repr(line)


def test_every_shortcut_names_one_of_hazms_patterns() -> None:
    """A hazm release that rewords a pattern must not leave a shortcut behind for a pattern that is
    gone (the new one would then run unshortened, which is safe, but the speed-up would be lost)."""
    patterns = {
        p
        for group in (
            PERSIAN_STYLE_PATTERNS,
            EXTRA_SPACE_PATTERNS,
            AFFIX_SPACING_PATTERNS,
            PUNCTUATION_SPACING_PATTERNS,
        )
        for p, _ in group
    }
    assert set(normalizer.SKIP_UNLESS) | set(normalizer.rewrites()) <= patterns
    assert hazm.WordTokenizer().pattern.pattern == normalizer._HAZM_SPLIT


def test_lines_normalize_as_hazm_does_one_by_one(reference: hazm.Normalizer) -> None:
    """Line mode: what a line starts or ends with («می », «ه ی», a bracket, a full stop, spaces) must
    not act on its neighbours as it would in one text."""
    rng = random.Random(9)
    pool = ["می ", "نمی ", "ه ی ", "ه اید ", "«", "(", ".", "!", " ", "  ", "سلام", "۱۲", "ب", "\u200c", "ـ", "ها"]
    lines = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    for start in range(0, len(lines), 30):
        batch = lines[start : start + 30]
        assert tokenize.tools().normalizer.normalize_lines(batch) == [reference.normalize(line) for line in batch], (
            batch
        )


def test_normalize_paragraphs_as_hazm_line_by_line(reference: hazm.Normalizer) -> None:
    texts = TRICKY + [p for path in ARTICLES for p in path.read_text(encoding="utf-8").split("\n")]
    expected = [reference.normalize(" ".join(t.split())).strip() for t in texts]  # paragraphs come back stripped
    assert tokenize.normalize_paragraphs(texts) == expected


def _one_by_one_pattern(keys: list[str]) -> re.Pattern[str]:
    """The gazetteer matcher's pattern written the plain way: every variant spelled out, longest first."""
    body = "|".join(gz.SEP_RE.join(map(re.escape, k)) for k in sorted(keys, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def test_gazetteer_trie_matches_like_a_longest_first_list() -> None:
    keys = ["رییس", "رییسجمهور", "رییسجمهوری", "جمهوری", "جمهوریاذربایجان", "ناتو", "ن"]
    trie = re.compile(rf"(?<!\w){gz.trie_pattern(keys, gz.SEP_RE)}(?!\w)")
    plain = _one_by_one_pattern(keys)
    rng = random.Random(3)
    pieces = keys + [k[:-1] for k in keys] + ["", " ", "\u200c", "، ", "و ", "ها"]
    samples = ["رییس جمهوری اذربایجان", "رییس\u200cجمهور ناتو", "رییسجمهوریها", "ن ن"] + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(2000)
    ]
    for s in samples:
        assert [m.span() for m in trie.finditer(s)] == [m.span() for m in plain.finditer(s)], repr(s)


def test_replacer_translates_as_str_translate_does() -> None:
    table = {"ي": "ی", "ك": "ک", "\u064e": "", "۱": "1", ".": "٫", "[": "(", "\\": "/"}
    replace = chars.replacer(table)
    rng = random.Random(3)
    pool = [*table, "س", "ل", "ا", "م", " ", "\u200c", "a", "]"]
    for _ in range(500):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert replace(s) == s.translate(str.maketrans(table)), repr(s)
