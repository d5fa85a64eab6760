"""The character tables every fold is built from, and a fast way to apply one.

Each step folds text for its own purpose (the segmenter: line markers; gazetteer: names; dates: date words;
tokenize: aligning hazm's output with the page), but they all start from the same facts about
Persian script, kept here once: which Arabic letter forms stand for which Persian letters, the two
sets of Eastern digits, the marks that can be dropped.

`str.translate` looks every character of the text up in its table, and a miss costs as much as a
hit; in Persian news only a handful of characters are ever concerned, so `replacer`'s one regex
pass that finds just those is several times faster."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

ZWNJ = "\u200c"
TATWEEL = "\u0640"
NBSP = "\u00a0"

LETTER_FORMS = {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا"}
"""Arabic letter forms -> the Persian letter a reader takes them for, one character for one."""
PASHTO_LETTERS = {"ې": "ی", "ۍ": "ی", "ګ": "گ"}
"""Pashto letters a Persian reader takes for ی and گ, and Afghan writers swap for them («د تلې», «د تلی»;
«ګل», «گل»); hazm's normalizer writes ی for ې, so a surface read off normalized text has ی."""
NAME_VARIANTS = {"ئ": "ی", "ؤ": "و", "آ": "ا", "ٱ": "ا", "ە": "ه"}
"""Hamza seats, madda and wasla that spellings of one name differ by (رئیس/رییس, رؤسا/روسا); a
fold for matching names drops these differences too, a fold for reading words must not."""
PASHTO_FORMS = {
    "ځ": "ز", "څ": "س", "ږ": "ژ", "ښ": "ش", "ګ": "گ", "ډ": "د", "ټ": "ت", "ړ": "ر", "ڼ": "ن", "ې": "ی", "ۍ": "ی"
}  # fmt: skip
"""The Pashto letters Afghan pages write in names («ځاځی», «ګل‌احمد») -> the Persian letter the name is
spelt with in Persian («زازی», «گل‌احمد»). hazm's Normalizer folds them (to other letters: «ګ» to «ک»);
the text keeps them (helpers.text.align.keep_own_letters), so a name is reported as the page writes
it, and only the keys names are matched by fold them, by this table (helpers.text.gazetteer.fold)."""
DIACRITICS = frozenset(chr(c) for c in [*range(0x064B, 0x0660), 0x0670])
"""Harakat and superscript alef: optional marks that never change which word is written."""

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ASCII_DIGITS = {d: str(i) for digits in (PERSIAN_DIGITS, ARABIC_DIGITS) for i, d in enumerate(digits)}
"""Eastern digits (Persian and Arabic-Indic) -> ASCII."""
TO_PERSIAN_DIGITS = str.maketrans("0123456789", PERSIAN_DIGITS)
"""`str.translate` table writing ASCII digits as Persian ones (labels, generated articles)."""


def replacer(table: Mapping[str, str]) -> Callable[[str], str]:
    """A function doing `text.translate(str.maketrans(table))` for a table of single characters
    ("" deletes the character), by finding only the characters the table names."""
    found = re.compile("[" + "".join(map(re.escape, table)) + "]")
    table = dict(table)
    return lambda text: found.sub(lambda m: table[m.group()], text)
