"""A preposition written onto its noun with the space lost («درحاشیه», «ازافتتاح», «دراین») is read as two
words (helpers.text.zwnj, rule `glued preposition`), so what the status rules read word by word — the
preposition before the meeting's name, «پس از» and the opening — places the speaker as the spaced text
does (sentences written for these tests: invented names, real role titles)."""

from __future__ import annotations

import pytest
from test_status import A_FULL, A, statuses

HELD = "اجلاس وزیران اکو امروز در استانبول آغاز شد."
"""A report written while the meeting is under way."""


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} درحاشیه اجلاس سازمان همکاری اقتصادی اظهار داشت که تجارت منطقه رشد می‌کند.",
        f"{A_FULL} پس ازافتتاح اجلاس گفته است که تعرفه‌ها کاهش می‌یابد.",
    ],
    ids=["dar-hashiye", "az-eftetah"],
)
def test_glued_preposition_places_as_spaced(text: str) -> None:
    spaced = text.replace("درحاشیه", "در حاشیه").replace("ازافتتاح", "از افتتاح")
    assert statuses(HELD, spaced)[A] == ("attended", "speech")
    assert statuses(HELD, text)[A] == ("attended", "speech")
