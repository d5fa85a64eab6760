"""Where a name's extent comes from the lexicon: a word the gazetteer has as a name is a given
name though hazm's word list has it as a common word. Sentences written for these tests (invented
people of several nationalities, real titles), with look-alikes the rules must leave alone."""

from __future__ import annotations

import pytest
from people_fixtures import names_in

from helpers.text import gazetteer as gz


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the first words of gazetteer spellings («سهیل محمود», «چنگیز آیداربکوف», «خیرات
        # عبدالرحمانوف», «شاه محمود قریشی»), common words in hazm, before an unknown surname
        ("سهیل باریکزی، سخنگوی وزارت خارجه پاکستان، گفت نشست فردا آغاز می‌شود.", "سهیل باریکزی"),
        ("چنگیز تورسونبایف وزیر خارجه قرقیزستان وارد آستانه شد.", "چنگیز تورسونبایف"),
        ("وزیر امور خارجه قزاقستان خیرات ساتیبالدین در نشست سخنرانی کرد.", "خیرات ساتیبالدین"),
        ("در همین حال شاه حسین مندوخیل معاون سخنگوی رییس جمهور افغانستان به رسانه‌ها گفت.", "شاه حسین مندوخیل"),
        ("آصف علی کاکر نماینده ویژه پاکستان در امور افغانستان در این نشست شرکت خواهد کرد.", "آصف علی کاکر"),
        ("سخنگوی وزارت خارجه ازبکستان، چنگیز رحمتوف، گفت که هیئت‌ها رسیده‌اند.", "چنگیز رحمتوف"),
    ],
)
def test_a_gazetteer_given_name_that_is_a_common_word_opens_a_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_the_gazetteer_reads_given_names_off_its_people() -> None:
    given = gz.load().given_names
    assert {gz.key(w) for w in ("سهیل", "چنگیز", "خیرات", "آصف", "شاه")} <= given
    # a two-word surname spelled alone («هاشمی رفسنجانی», «باقری کنی») opens with no given name;
    # a family name written first («جیانگ زمین») is none; nor a title's word («سلطان»)
    assert not {gz.key(w) for w in ("هاشمی", "باقری", "جیانگ", "سلطان")} & given


@pytest.mark.parametrize(
    "text",
    [
        # the same words as common words next to a title: no name
        "شاه کلید این نشست، سخنان وزیر خارجه ایران بود.",
        "خیرات و مبرات مردم به دست وزیر کشور رسید.",
    ],
)
def test_the_same_words_as_common_words_stay_out(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a Persian word with an ending whose ZWNJ was lost (hazm's Lemmatizer reads the word)
        "جو بایدن، رییس‌جمهور امریکا در نخستین سخنرانیاش رییس‌جمهور پیشین را نقد کرد.",
        "متن اعتمادنامهی سفیر تاجیکستان به رئیس‌جمهور قزاقستان تقدیم شد.",
        "پس از پذیرش اعتمادنامهی نماینده ویژه روسیه، نشست آغاز شد.",
        "ترجمه نامهاش نخست‌وزیر ارمنستان را خشنود کرد.",
        "به گفته فرستادهاش رئیس‌جمهور ترکمنستان در نشست شرکت نمی‌کند.",
        "با انتشار بیانیهاش سخنگوی وزارت خارجه چین از نشست حمایت کرد.",
        # a plural pronoun enclitic written solid
        "در پایان مذاکراتشان رئیس‌جمهور آذربایجان و نخست‌وزیر ارمنستان بیانیه دادند.",
    ],
)
def test_a_persian_word_with_a_lost_zwnj_ending_is_no_name(text: str) -> None:
    assert names_in(text) == (["جو بایدن"] if "بایدن" in text else [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # foreign names whose last letters look like an ending on a Persian word
        ("آیگریم سرکبای سخنگوی وزارت خارجه قزاقستان گفت.", "آیگریم سرکبای"),
        ("رینگین دادفر اسپنتا وزیر خارجه افغانستان گفت.", "رینگین دادفر اسپنتا"),
        ("نجم‌الدین اربکان نخست‌وزیر ترکیه گفت.", "نجم‌الدین اربکان"),
        ("وزیر خارجه ارمنستان آرمن کوچاریان وارد باکو شد.", "آرمن کوچاریان"),
    ],
)
def test_foreign_names_with_ending_like_letters_stay_names(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a city that names a time zone in CLDR (through babel), quoted like a name, written apart
        # or with its ZWNJ, of one word or two
        "رئیس‌جمهور آمریکا هنگام ورود به شهر «پنوم پن» پایتخت کامبوج سخن گفت.",
        "وزیر خارجه ایران تهران را به مقصد «آدیس آبابا» ترک کرد.",
        "نخست‌وزیر هند وارد «سانتو دومینگو» شد.",
    ],
)
def test_a_quoted_city_is_no_name(text: str) -> None:
    assert names_in(text) == []


def test_a_quoted_name_stays_a_name() -> None:
    assert names_in("«آنا گروشوا» سخنگوی وزارت خارجه روسیه در نشست سخن گفت.") == ["آنا گروشوا"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a known given name right before a word hazm's lexicon lacks: a name with no title or cue
        ("خبرگزاری‌ها گزارش دادند که فریدون بالتازاروف، هماهنگ‌کننده سازمان ملل، وارد کابل شد.", "فریدون بالتازاروف"),
        ("نامه ویکتور ژیلبرتوسکی به نشست خوانده شد.", "ویکتور ژیلبرتوسکی"),
        ("طالبان می‌گویند که عبدالرحیم کاکرزی به دوحه رفته است.", "عبدالرحیم کاکرزی"),
        # the given names before it are the name's too
        ("در همین حال شاه حسین مندوخیل به رسانه‌ها گفت که نشست فردا است.", "شاه حسین مندوخیل"),
    ],
)
def test_a_given_name_before_a_word_the_lexicon_lacks_is_a_name(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # the word after the given name is a place CLDR names, or Persian run together («با» onto
        # its noun), or a known word: no name
        "گروه ابراهیم مونته‌ویدئو را به مقصد تهران ترک کرد.",
        "جشنواره امید ویندهوک در پایتخت نامیبیا برگزار شد.",
        "او از ارتباط اسلام بامسائل اجتماعی سخن گفت.",
        "پیوند محمد باسوریه و عراق محکم است.",
        "رسانه‌ها نوشتند که جوانان امید کشورند.",
    ],
)
def test_a_given_name_before_a_place_or_a_persian_word_is_no_name(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an Arabic chain: a common word before «آل» or «بن» is a name word, and the chain runs
        # past three name words, the title before or after it
        (
            "طبق این بیانیه، خالد احمد بن سیف آل ثانی، نماینده دائم قطر در سازمان ملل، با خبرنگاران دیدار کرد.",
            "خالد احمد بن سیف آل ثانی",
        ),
        ("محمد بن سیف آل ثانی وزیر مشاور قطر وارد دوحه شد.", "محمد بن سیف آل ثانی"),
        ("نماینده دائم قطر در سازمان ملل، علی بن فهد آل ثانی، در نشست سخن گفت.", "علی بن فهد آل ثانی"),
    ],
)
def test_an_arabic_chain_keeps_its_common_words(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_a_house_named_alone_is_no_person() -> None:
    assert names_in("در دیدار وزیر خارجه امارات با خاندان آل نهیان، توافقی امضا شد.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Persian surname's second part written apart after a surname in «ی», with a title, an
        # honorific or a given name before it: one word, joined by a ZWNJ as reported
        ("آقای کریمی فر امروز در جمع خبرنگاران افزود که نشست فردا آغاز می‌شود.", "کریمی\u200cفر"),
        ("دکتر رحیمی نیا در نشست سخنرانی کرد.", "رحیمی\u200cنیا"),
        ("سخنگوی وزارت خارجه ایران، مهدی صالحی نژاد، گفت.", "مهدی صالحی\u200cنژاد"),
    ],
)
def test_a_persian_surname_piece_written_apart_joins_the_surname(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_a_surname_piece_after_another_word_is_a_word() -> None:
    assert names_in("مبارزه با تبعیض نژاد رئیس‌جمهور آفریقای جنوبی را به نشست کشاند.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a verb with its continuous or negative prefix after a title, any person, tense and spelling
        "رئیس‌جمهور ونزوئلا می‌خواست در نشست سران شرکت کند.",
        "نخست‌وزیر قطر میخواست پیش از پایان نشست به دوحه بازگردد.",
        "وزیر خارجه الجزایر نمی‌خواهد در این اجلاس سخنرانی کند.",
        "رییس جمهور افغانستان میخواهد در کنفرانس اشتراک ورزد.",
        "وزیر نفت عراق نخواست در نشست وزیران شرکت کند.",
        # a preposition written onto a short function word, the space lost
        "رییسجمهور فرانسه درعین حال گفت که تحریم‌ها ادامه دارد.",
        "وزیر خارجه مالزی درعین حال از میزبان تشکر کرد.",
        # a plural in «گان» of a noun in «ه» closing a title's complement
        "معاون وزیر کشور در امور پناهندگان معاون امنیتی وزارت کشور را پذیرفت.",
        "نماینده ویژه در امور آوارگان معاون وزیر خارجه لبنان را دید.",
        # the suffix «پذیر» (-able) written apart after its noun, before a noun with an enclitic
        "کشور ما به عنوان معاون آژانس بین‌المللی انرژی‌های تجدید پذیر فعالیتش را آغاز کرد.",
        # the formal passive's auxiliary «گردیدن», which hazm's verb list lacks, after a misspelt noun
        "نشست وزیران با حضور نماینده ویژه کشور مالی برگذار گردید.",
        "با حضور وزیر خارجه پرو گردیدند.",
        # the present copula with a person ending after a given name alone (hazm's list has no past stem for it)
        "رئیس‌جمهور گفت: خوشحالم که در کنار امانوئل هستم.",
        "نخست‌وزیر گفت: سپاسگزار میزبان و شاد از دیدار با ماریا هستم.",
    ],
)
def test_verbs_fused_prepositions_and_plurals_in_gan_are_no_name(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # look-alikes: names that open with «می», «ن», «ب», «در» or end in «گان» stay names
        ("معاون وزیر خارجه میرویس ناب‌زاده گفت نشست آغاز شد.", "میرویس ناب‌زاده"),
        ("وزیر خارجه اردن نبیل الشریف در نشست شرکت کرد.", "نبیل الشریف"),
        # a surname in «ی» that reads as a second person of a verb with «می»
        ("معاون وزیر کار، حسن میدری، در این نشست سخنرانی کرد.", "حسن میدری"),
        ("رئیس‌جمهور ایالات متحده، باراک اوباما، گفت که نشست مهم است.", "باراک اوباما"),
    ],
)
def test_names_shaped_like_verbs_or_fused_words_stay(text: str, name: str) -> None:
    assert [gz.key(n) for n in names_in(text)] == [gz.key(name)]  # the normaliser writes «می‌دری»


@pytest.mark.parametrize(
    "text",
    [
        # Dari formal prose: the preposition «برعلاوه» and the Arabic plural «حکومات» (name_lexicon.NOT_NAMES)
        "در این نشست برعلاوۀ رئیس جمهوری، وزیران خارجه نیز سخنرانی کردند.",
        "سران محترم حکومات و دول، از حضور شما سپاسگزاریم.",
    ],
)
def test_dari_words_of_formal_prose_are_no_names(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an adjective in the comparative written apart («پخته تر»: the normaliser joins it by a ZWNJ)
        # before a surname a title follows: no given name
        ("رهبران از طرح پخته تر لیندکویست رئیس‌جمهور فنلاند حمایت کردند.", "لیندکویست"),
        ("وزیران از پیشنهاد سنجیده تر اولافسون نخست‌وزیر ایسلند حمایت کردند.", "اولافسون"),
        # written solid, «تر» ends a foreign name
        ("جیمی کارتر رئیس‌جمهور پیشین آمریکا گفت.", "جیمی کارتر"),
    ],
)
def test_a_comparative_adjective_is_no_name_word(text: str, name: str) -> None:
    assert names_in(text) == [name]
