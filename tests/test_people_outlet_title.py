"""A title set off by a comma after an outlet's or building's noun («پایگاه اطلاع‌رسانی رئیس‌جمهور، X Y»)
is the holder's: the name after the comma is theirs, not the outlet's or building's
(helpers.extract.title_names.named_place); a title run into the name with no comma («فرودگاه بین‌المللی
ملک X») still names the building. Sentences written for these tests (invented people, real titles)."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("به نقل از پایگاه اطلاع رسانی رئیس جمهور، سید محمود کریمی وارد فرودگاه شد.", "سید محمود کریمی"),
        ("به گزارش پایگاه خبری نخست وزیر، رضا احمدی در نشست سخنرانی کرد.", "رضا احمدی"),
    ],
)
def test_a_title_set_off_by_a_comma_is_the_holders(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_a_title_run_into_the_name_still_names_the_building() -> None:
    assert names_in("هیئت در فرودگاه بین‌المللی ملک خالد مورد استقبال قرار گرفت.") == []
