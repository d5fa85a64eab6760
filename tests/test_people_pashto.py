"""Pashto letters in names (chars.PASHTO_FORMS): the text keeps them where hazm's Normalizer folds
them, names are reported as the page writes them, and the keys names are matched by fold them.
Sentences written for these tests (invented names, real titles)."""

from __future__ import annotations

import hazm
import pytest
from people_fixtures import names_in

from helpers.text import gazetteer as gz
from helpers.text.tokenize import hazm_normalize, normalize


@pytest.mark.parametrize(
    "written, kept",
    [
        ("ځاځي", "ځاځی"),  # the Pashto letter stays, the Arabic «ي» becomes Persian
        ("ګل‌احمد", "ګل‌احمد"),
        ("ښکلي", "ښکلی"),
        ("ډېرمل", "ډېرمل"),
        ("ټولواک", "ټولواک"),
        ("ړنګ", "ړنګ"),
        ("ږوندۍ", "ږوندۍ"),
        ("څرخي", "څرخی"),
        ("مڼوال", "مڼوال"),
        ("كاكړ", "کاکړ"),  # the Arabic «ك» becomes Persian beside a Pashto «ړ»
    ],
)
def test_the_text_keeps_pashto_letters(written: str, kept: str) -> None:
    assert normalize(f"آقای {written} در نشست سخنرانی کرد.") == f"آقای {kept} در نشست سخنرانی کرد."


def test_hazm_alone_would_fold_them() -> None:
    """Why the rule exists: hazm's Normalizer writes «ګ» as «ک» and «ځ» as «ح» (fails once it keeps them)."""
    assert hazm.Normalizer().normalize("ګل ځاځي") == "کل حاحی"


def test_spacing_and_marks_around_pashto_letters() -> None:
    """hazm still mends spaces, quotes and marks in the sentence; the letters stay where they stand."""
    assert normalize('هیئت  به ریاست "ځاځي" ، اِعلام کرد') == "هیئت به ریاست «ځاځی»، اعلام کرد"


@pytest.mark.parametrize(
    "pashto, persian",
    [("ګلبدین", "گلبدین"), ("ځدران", "زدران"), ("ښکلی", "شکلی"), ("کاکړ", "کاکر"), ("ډېرمل", "دیرمل")],
)
def test_name_keys_fold_pashto_letters(pashto: str, persian: str) -> None:
    assert gz.key(pashto) == gz.key(persian)
    assert gz.fold(pashto) == gz.fold(persian)


@pytest.mark.parametrize(
    "text, name",
    [
        ("هیئت افغانستان به ریاست عبدالقادر ځاځي در نشست شرکت کرد.", "عبدالقادر ځاځی"),
        ("به گزارش پژواک، محمد ګل زمانی وزیر خارجه افغانستان در اجلاس سخنرانی کرد.", "محمد ګل زمانی"),
        ("هیئت به ریاست ګل‌احمد ښکلی وزیر مالیه افغانستان در نشست شرکت کرد.", "ګل\u200cاحمد ښکلی"),
        ("هیئت به ریاست ګلاحمد ښکلي وزیر مالیه افغانستان در نشست شرکت کرد.", "ګلاحمد ښکلی"),
        ("سفیر افغانستان، نورالله کاکړ، در اجلاس گفت که همکاری ادامه دارد.", "نورالله کاکړ"),
    ],
)
def test_a_name_is_reported_with_its_pashto_letters(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_persian_text_is_unchanged() -> None:
    """A look-alike: a sentence with no Pashto letter is hazm's own normalization."""
    text = 'رئيس جمهور كشورمان در اجلاس  سران شرکت كرد و گفت: "همکاري ادامه دارد"'
    assert hazm_normalize(text) == hazm.Normalizer().normalize(text)
