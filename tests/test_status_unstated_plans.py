"""Plans that state no presence (status12b, session 12), on sentences written for these tests (invented
names, real titles): a negated future of talks («دیداری نخواهند داشت»: cues.will no longer reads the «خواهند»
inside «نخواهند») and a presence asked about («آیا X در این نشست شرکت خواهد کرد یا نه»: report_time.WHETHER);
look-alikes: the same future stated, and a question closed before the presence's own clause."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} و {B_FULL} در حاشیه نشست دیداری دوجانبه نخواهند داشت.",
        f"{A_FULL} و {B_FULL} در حاشیه این اجلاس دیدار رو در رو نخواهند داشت.",
        f"{A_FULL} و {B_FULL} در حاشیه‌ی اجلاس ملاقاتی نخواهند داشت.",
    ],
    ids=["bilateral", "face-to-face", "zwnj-mulaqat"],
)
def test_talks_negated_in_the_future_are_no_plan(text: str) -> None:
    got = statuses(text)
    assert "expected" not in (got[A][0], got[B][0])


@pytest.mark.parametrize(
    "text",
    [
        f"هنوز معلوم نیست که آیا {A_FULL} در این نشست شرکت خواهد کرد یا نه.",
        f"روشن نیست آیا {A_FULL} در اجلاس حضور خواهد یافت.",
        f"مشخص نیست آیا {A_FULL} به این اجلاس خواهد رفت یا خیر.",
        f"وزارت خارجه نگفته است که آیا {A_FULL} در این نشست اشتراک خواهد ورزید.",
    ],
    ids=["whether-or-not", "no-ke", "go-or-not", "dari-ishtirak"],
)
def test_a_presence_asked_about_is_no_plan(text: str) -> None:
    assert statuses(text)[A][0] == "mentioned"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} و {B_FULL} در حاشیه این اجلاس دیداری دوجانبه خواهند داشت.",
        f"{A_FULL} در این نشست شرکت خواهد کرد.",
        f"معلوم نیست آیا تحریم‌ها لغو خواهد شد و {A_FULL} در این نشست شرکت خواهد کرد.",
    ],
    ids=["talks-stated", "presence-stated", "question-closed-before"],
)
def test_a_plan_stated_is_still_expected(text: str) -> None:
    assert statuses(text)[A][0] == "expected"
