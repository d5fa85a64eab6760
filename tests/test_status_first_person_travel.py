"""Setting out told in the speaker's own words (#11, session 10, round 2), on sentences written for these
tests (invented names, real role titles): «X نوشت / گفت: … عازم Y هستم / شدیم» is X's own departure
(cues' set-off with its first-person verb: report_time reads a first-person cue as the speaker's), so X is
expected. A set-off of someone else the speaker reports, or a first person of another clause, is not
the speaker's."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در توئیتی نوشت: برای شرکت در اجلاس وزرای خارجه عازم کیپ‌تاون هستم.",
        f"{A_FULL} گفت: امروز عازم ژنو شدم تا در این کنفرانس شرکت کنم.",
        f"{A_FULL} نوشت: برای شرکت در نشست سران عازم باکو هستیم.",
        f"{A} وزیر خارجه افغانستان گفت: با هیئتی عازم دوشنبه شدیم.",
    ],
    ids=["tweet-am", "said-went-past", "we-are", "dari-title-we-went"],
)
def test_a_speaker_setting_out_in_their_own_words_is_expected(text: str) -> None:
    assert statuses(text)[A] == ("expected", "departure")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} گفت: {B_FULL} عازم ژنو است.",
        f"{A_FULL} گفت: {B_FULL} عازم ژنو است و من هستم.",
        f"{A_FULL} گفت: {B_FULL} عازم ژنو شد و من در تهران هستم.",
    ],
    ids=["another-sets-out", "another-then-copula", "another-then-i-am-home"],
)
def test_someone_else_setting_out_is_not_the_speakers(text: str) -> None:
    got = statuses(text)
    assert got[A] == ("mentioned", None)
    assert got[B] == ("expected", "departure")
