"""The subject of a verb of saying that opens a sentence, with no title or cue beside it
(helpers.extract.name_openings): two words ending in a surname hazm's lexicon seldom or never has."""

from __future__ import annotations

import pytest
from people_fixtures import names_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a common word and a surname of «ی» hazm lacks, other verbs of saying and clause words
        ("کامران غضنفری در این نشست گفت که همکاری مهم است.", "کامران غضنفری"),
        ("به گزارش ایرنا، بهرام واعظی همچنین هشدار داد که تحریم زیان دارد.", "بهرام واعظی"),
        ("شهرام ذوالفقاری روز دوشنبه در سخنانی تاکید کرد که مرزها باز می ماند.", "شهرام ذوالفقاری"),
        ("رستم قاسمی همچنین هشدار داد که مالیات بر صادرات زیان دارد.", "رستم قاسمی"),
        # a foreign given name hazm knows as a noun, then a surname it lacks
        ("مایکل شتاینر در ادامه سخنانش گفت که کنفرانس مهم است.", "مایکل شتاینر"),
        ("به گزارش خبرگزاری، ریچارد هولبروکر امروز در نشست خبری اظهار داشت که نشست مهم است.", "ریچارد هولبروکر"),
        # the noun of talks before the verb of saying
        ("مهران کوفیانی در گفت و گو با خبرنگاران اظهار داشت که نشست مهم است.", "مهران کوفیانی"),
    ],
)
def test_the_subject_of_a_verb_of_saying_is_a_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a noun with the indefinite «ی»: a surname's shape, no name
        "دیپلماتی در این باره گفت که نشست مهم است.",
        "منبعی در وزارت خارجه گفت که نشست مهم است.",
        "کارمندی در سفارت گفت که نشست برگزار می شود.",
        "دیپلماتی گفت: نشست مهم است.",
        # an adjective of a place or of a title's word
        "تهرانی در این نشست گفت که همکاری مهم است.",
        "هیئت ازبکستانی در این نشست گفت که همکاری مهم است.",
        # a document, a body, a pronoun or a place before the quote's verb
        "بیانیه افزود: کشورهای عضو باید همکاری کنند.",
        "قطعنامه تصریح می کند: کشورها باید همکاری کنند.",
        "وی افزود: کشورهای عضو باید همکاری کنند.",
        "کرملین اعلام کرد: نشست برگزار می شود.",
        # an outlet before a verb of writing, no verb of saying
        "اسپوتنیک نوشت: نشست برگزار می شود.",
        "کوماروف در این باره نوشت: نشست برگزار می شود.",
        "مسکو اعلام کرد: نشست برگزار می شود.",
        # a phrase of common words before a verb of saying
        "کاخ سفید در بیانیه ای گفت که نشست برگزار می شود.",
        "پلیس محلی در این باره گفت که حادثه رخ داده است.",
        # a verb of the second person after a noun, and the noun of talks «گفتگو» that starts as «گفت»
        "قصد دارید در گفتگوهای بعدی هم حاضر شوید؟",
        "علاقه دارید در گفت و گوی دوجانبه شرکت کنید؟",
        # no verb of saying: the subject of another verb, opening with a common word the given-name
        # lexicon leaves out («امید»; a listed given name opens a name whatever the verb)
        "امید غضنفری در این نشست شرکت داشت.",
    ],
)
def test_look_alikes_of_a_speakers_surname_are_no_names(text: str) -> None:
    assert names_in(text) == []
