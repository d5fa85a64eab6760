"""A person who is only the possessor of another noun (#11, session 20): the positions, the words read out
by another, the kin or the anniversary of X («مواضع X», «قرائت سخنان X», «فرزند X», «سالگرد تولد X») stand in
the head's phrase, and the clause's verb tells what the head or the subject did, not X (clauses.HEADS).
Sentences written for these tests (invented names, real titles and wordings)."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} با قرائت سخنان {B_FULL} بر اهمیت همکاری در این نشست تاکید کرد.",
        f"{A_FULL} و فرزند {B_FULL} در این نشست شرکت کردند.",
        f"{A_FULL} و برادر {B_FULL} در مذاکرات امروز حاضر هستند.",
        f"مواضع تند {B_FULL} حساسیت این نشست را افزایش داد و {A_FULL} در آن سخنرانی کرد.",
    ],
    ids=["words-read-out", "son", "brother", "positions"],
)
def test_a_possessor_takes_no_cue_of_the_clause(text: str) -> None:
    got = statuses(text)
    assert got[A][0] == "attended"
    assert got[B] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"وزیران در مراسم سالگرد تولد {B_FULL} شرکت خواهند کرد.",
        f"وزیران پس از قرائت بیانیه {B_FULL} در این نشست شرکت خواهند کرد.",
    ],
    ids=["anniversary", "statement-read-out"],
)
def test_an_anniversary_or_a_text_read_out_is_not_its_namesake(text: str) -> None:
    assert statuses(text)[B] == ("mentioned", None)


@pytest.mark.parametrize(
    "text",
    [
        f"سخنرانی {B_FULL} در این نشست مورد توجه قرار گرفت.",
        f"سخنان {B_FULL} در این نشست مورد توجه قرار گرفت.",
    ],
    ids=["speech", "words"],
)
def test_a_speech_noun_keeps_its_speaker(text: str) -> None:
    """«سخنرانی/سخنان X در این نشست» is X's own speech there, no possessor of another's act."""
    assert statuses(text)[B][0] == "attended"
