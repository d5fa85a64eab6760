"""Words read wrongly as names or as no names, by class: a city of a given name's shape («ابو…»), two
function words joined by a ZWNJ («نه‌تنها»), the Dari styles of address in «…مآب» and their second part
written apart; and «بن»/«بنت» last in a Western name after a given name, a surname (Bennett), not
the Arabic joiner. Sentences written for these tests (invented people, real titles and places); each
positive case fails without its rule."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    "text, names",
    [
        # a ruler's title before a city of a given name's shape, in a list of two people
        (
            "این همایش به ابتکار شیخ حمدان بن راشد، حاکم ابوظبی و کاوه رحیمی، وزیر خارجه ایران برگزار شد.",
            ["حمدان بن راشد", "کاوه رحیمی"],
        ),
        # «مآب» of «جلالت‌مآب» written apart before a title
        ("این موفقیت را به جلالت مآب رئیس‌جمهور تبریک گفتند.", []),
        ("با شرکت عزت مآب وزیر خارجه نشست آغاز شد.", []),
        # function words joined by the normaliser's ZWNJ before a title
        ("واقعیت این است که نه تنها رئیس جمهور افغانستان، بلکه وزیر خارجه نیز حضور نیافت.", []),
        ("او گفت که نه‌تنها وزیر خارجه، بلکه رئیس جمهور هم حضور نیافت.", []),
    ],
)
def test_words_that_are_no_names(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text, name",
    [
        # the title after a comma, after a time phrase
        ("در این نشست ریچارد بنت، گزارشگر ویژه حقوق بشر در افغانستان گزارش خود را ارائه کرد.", "ریچارد بنت"),
        # opening the sentence, a verb of speech later
        ("ریچارد بنت در نشست این شورا سخنرانی کرد.", "ریچارد بنت"),
        # after «به گفته», set off by commas
        ("به گفته ریچارد بنت، گزارشگر ویژه سازمان ملل، وضعیت بدتر شده است.", "ریچارد بنت"),
        # «بن» written last, a title right after it
        ("جورج بن وزیر خارجه در نشست شرکت کرد.", "جورج بن"),
    ],
)
def test_a_joiner_last_after_a_given_name_is_a_surname(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # look-alikes: the joiner between two name words stays a joiner, in both orders around the title
        ("محمد بن سلمان ولیعهد عربستان در نشست شرکت کرد.", "محمد بن سلمان"),
        ("وزیر خارجه عربستان، فیصل بن فرحان، در نشست شرکت کرد.", "فیصل بن فرحان"),
        # a number word repeated by a ZWNJ is a name's syllables («سی‌سی»), not function words
        ("ژنرال عبدالفتاح سی‌سی رئیس جمهور مصر در نشست شرکت کرد.", "عبدالفتاح سی\u200cسی"),
        # a style written apart with a name after it: the name alone, as before
        ("با شرکت فخامت مآب کاوه رحیمی رئیس جمهور نشست آغاز شد.", "کاوه رحیمی"),
        # a given name of the «ابو…» shape that is no place stays one
        ("ابوالفضل کرمانی وزیر خارجه در نشست شرکت کرد.", "ابوالفضل کرمانی"),
    ],
)
def test_look_alikes_keep_their_reading(text: str, name: str) -> None:
    assert names_in(text) == [name]
