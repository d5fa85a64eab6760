"""Surnames in lists, places that are no names, the full span of three-part names, surname pieces
written apart, and lone surnames licensed by a title written elsewhere in the article. Sentences
written for these tests (invented names beside real gazetteer people); each fails without its rule."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from helpers import contracts
from helpers.extract import extract_all
from helpers.extract.attendees import article_day, extract_attendees
from helpers.extract.name_lists import surname_shape
from helpers.text import gazetteer as gz
from helpers.text.tokenize import normalize


def people(*texts: str, day: dt.date | None = None, sections: tuple[str, ...] = ()) -> pd.DataFrame:
    rows = [(i, 0, sections[i] if i < len(sections) else "body", normalize(t)) for i, t in enumerate(texts)]
    return extract_attendees(pd.DataFrame(rows, columns=contracts.SENTENCES), day=day)


def names_in(*texts: str, day: dt.date | None = None) -> list[str]:
    return sorted(n for n in people(*texts, day=day)["name_fa"] if n)


def written_in(*texts: str, day: dt.date | None = None) -> list[str]:
    return sorted(gz.key(n) for n in people(*texts, day=day)["name_written"] if n)


@pytest.mark.parametrize(
    "text, expected",
    [
        # gazetteer surnames before a plural title with no state after it
        ("پوتین با توقایف، میرضیایف و ژاپاروف رؤسای جمهور کشورهای آسیای مرکزی دیدار کرد.", 4),
        ("توقایف و میرضیایف روسای جمهور کشورهای همسایه در نشست حاضر بودند.", 2),
        # invented surnames of a Central Asian shape, one of them with its «اف» written apart
        ("نعمتوف، سلیمان اف و تاشیف وزرای خارجه کشورهای عضو بیانیه را امضا کردند.", 3),
    ],
)
def test_names_before_a_plural_title_without_states_are_people(text: str, expected: int) -> None:
    assert len(names_in(text)) == expected


def test_names_before_a_plural_title_take_the_title() -> None:
    df = people("نعمتوف و تاشیف وزیران امور خارجه کشورهای عضو وارد شدند.")
    assert sorted(df["role_fa"]) == ["وزیر امور خارجه", "وزیر امور خارجه"]


@pytest.mark.parametrize(
    "text, found",
    [
        # a list that holds a gazetteer person: the other items are people too
        ("اردوغان در حاشیه نشست با علی‌اف، پاشینیان و نعمتوف دیدار کرد.", ["نعمتوف", "علیاف", "پاشینیان"]),
        ("اردوغان در حاشیه نشست با علی اف و آرزومانیان دیدار کرد.", ["آرزومانیان", "علیاف"]),
        ("رئیس‌جمهور چین با نظربایف، سلیمانوف و کریم‌اف گفت‌وگو کرد.", ["سلیمانوف", "نظربایف", "کریماف"]),
        # after a collective word, surnames alone (a gazetteer one and invented ones)
        ("رهبران نعمتوف، تاشیف و توقایف در نشست سخنرانی کردند.", ["توقایف", "نعمتوف", "تاشیف"]),
        ("آقایان ظریفی و سلیمانوف سند را امضا کردند.", ["ظریفی", "سلیمانوف"]),
    ],
)
def test_surnames_listed_with_a_person_or_after_a_collective_word(text: str, found: list[str]) -> None:
    written = written_in(text)
    assert all(gz.key(f) in written for f in found)
    assert len(written) == len(found) + ("اردوغان" in text)


@pytest.mark.parametrize(
    "text",
    [
        "به گزارش ایرنا، پوتین وارد شد.",  # the agency before a comma is no list item
        "رهبران روسیه، چین و هند در نشست با پوتین دیدار کردند.",  # states after a collective word
        "پوتین و ایرانیان مقیم آن شهر دیدار کرد.",  # a place's people, not a surname
        "پوتین و همسرش وارد شدند.",  # a spouse unnamed
    ],
)
def test_lists_take_no_words_that_are_not_names(text: str) -> None:
    assert names_in(text) == ["پوتین"]


def test_a_spouse_named_after_the_kinship_word_is_a_person() -> None:
    assert "مارینا کوالیووا" in names_in("شی جین‌پینگ و همسرش، مارینا کوالیووا، از مهمانان استقبال کردند.")
    assert "لیلا احمدی" in names_in("رئیس‌جمهور و همسر وی لیلا احمدی در مراسم بودند.")


@pytest.mark.parametrize(
    "text",
    [
        "استاندار آستراخان از هیئت ایرانی استقبال کرد.",
        "شهردار سمرقند در فرودگاه حضور داشت.",
        "والی تاشکند میزبان مهمانان بود.",
        "استاندار آلماتی گفت که نشست فردا برگزار می‌شود.",
        "شهردار اسلام آباد در فرودگاه حضور داشت.",  # a city of two words written apart
        "سفر کوالا لامپور به تعویق افتاد.",
    ],
)
def test_a_city_after_a_title_is_no_name(text: str) -> None:
    assert names_in(text) == []


def test_a_city_still_ends_a_titles_complement_before_an_apposition() -> None:
    assert names_in("سفیر ایران در مسکو، کاظم جلالی، در نشست حضور داشت.") == ["کاظم جلالی"]


def test_surname_shape() -> None:
    g = gz.load()
    assert all(surname_shape(w, g) for w in ("نعمتوف", "سلیمان اف", "آرزومانیان", "ماتوینکو", "تاشیف"))
    assert not any(surname_shape(w, g) for w in ("ایرانیان", "دانشجویان", "سمرقند", "کیروف"))


@pytest.mark.parametrize(
    "text, name",
    [
        # a common middle word between a given name and a rare surname, both sides of the title
        ("در این نشست محمد کبیر ناصرزی معاون وزیر خارجه افغانستان سخنرانی کرد.", "محمد کبیر ناصرزی"),
        ("معاون وزیر خارجه افغانستان محمد کبیر ناصرزی سخنرانی کرد.", "محمد کبیر ناصرزی"),
        ("احمد شریف هوتکی سفیر افغانستان در تهران گفت که نشست برگزار شد.", "احمد شریف هوتکی"),
        # «شیخ» joined to an «ال» word is a surname, not the honorific
        ("مهدی شیخ‌الاسلام معاون وزیر امور خارجه ایران وارد شد.", "مهدی شیخ‌الاسلام"),
        ("رضا شیخ الاسلام سفیر ایران در کابل در نشست حاضر بود.", "رضا شیخ‌الاسلام"),
    ],
)
def test_the_full_span_of_three_part_names(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        ("به گزارش خبرگزاری محلی، صفر رحیم اف افزود که نشست برگزار می‌شود.", "صفر رحیم\u200cاف"),
        ("بختیار صادق اف معاون نخست‌وزیر ازبکستان وارد شد.", "بختیار صادق\u200cاف"),
        ("تیمور جلیل اوف وزیر خارجه تاجیکستان سخنرانی کرد.", "تیمور جلیل\u200cاوف"),
    ],
)
def test_a_surname_piece_written_apart_is_reported_joined_by_a_zwnj(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        ("غلامرضا الهام با اشاره به نشست آینده گفت که اسناد آماده است.", "غلامرضا الهام"),
        ("محمود عباسی در گفت‌وگو با خبرنگاران اظهار داشت که نشست برگزار می‌شود.", "محمود عباسی"),
    ],
)
def test_a_name_before_a_phrase_said_of_people(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_a_document_before_a_phrase_said_of_people_is_no_name() -> None:
    assert names_in("بیانیه پایانی با اشاره به همکاری‌ها منتشر شد.") == []


ZARIF_DAY = dt.date(2019, 6, 14)  # Zarif foreign minister, Rouhani president (offices.csv)
AREF_DAY = dt.date(2025, 5, 10)  # Aref first vice-president


@pytest.mark.parametrize(
    "texts, day, name",
    [
        (("وزیر خارجه ایران وارد بیشکک شد.", "سفر ظریف به منظور شرکت در نشست انجام می‌شود."), ZARIF_DAY, "Zarif"),
        (("وزیر امور خارجه کشورمان وارد شد.", "نشست با حضور ظریف آغاز شد."), ZARIF_DAY, "Zarif"),
        (("معاون اول رئیس‌جمهور در نشست سخنرانی خواهد کرد.", "عارف افزود: اسناد آماده است."), AREF_DAY, "Aref"),
        (("رئیس‌جمهور وارد دوشنبه شد.", "روحانی در فرودگاه مورد استقبال قرار گرفت."), ZARIF_DAY, "Rouhani"),
    ],
)
def test_a_lone_common_surname_of_a_title_the_article_writes(texts: tuple[str, ...], day: dt.date, name: str) -> None:
    found = [n for n in people(*texts, day=day)["name_en"] if n]
    assert any(name in n for n in found)


@pytest.mark.parametrize(
    "texts, day",
    [
        # no title of theirs in the article
        (("نشست وارد مرحله ظریفی شد.", "نکته ظریف این است که سند آماده است."), ZARIF_DAY),
        # a title with no state: only a surname that opens a sentence counts
        (("رئیس‌جمهور وارد دوشنبه شد.", "مقامات روحانی کشور در فرودگاه بودند."), ZARIF_DAY),
        # the article's date outside the term
        (("وزیر خارجه ایران وارد بیشکک شد.", "سفر ظریف به منظور شرکت در نشست انجام می‌شود."), dt.date(2023, 6, 1)),
        # no date at all
        (("وزیر خارجه ایران وارد بیشکک شد.", "سفر ظریف به منظور شرکت در نشست انجام می‌شود."), None),
    ],
)
def test_a_lone_common_word_without_a_title_held_that_day_is_no_one(texts: tuple[str, ...], day: dt.date) -> None:
    assert [n for n in people(*texts, day=day)["name_fa"] if n] == []


@pytest.mark.parametrize(
    "text, name_en",
    [
        ("هوشیار زیباری در نشست خبری گفت که هیئت عراقی وارد شده است.", "Hoshyar Zebari"),
        ("به گفته غلامحسین الهام، اجلاس هفته آینده برگزار می‌شود.", "Gholam-Hossein Elham"),
        # a common word as given name («شاهد» witness; «جمعه» Friday as surname): found by the full spelling
        ("شاهد خاقان عباسی در مراسم افتتاح خط لوله سخنرانی کرد.", "Shahid Khaqan Abbasi"),
        ("دالر جمعه در حاشیه کنفرانس با هیئت همراه دیدار کرد.", "Daler Juma"),
    ],
)
def test_officials_added_to_the_gazetteer_are_found_without_a_title(text: str, name_en: str) -> None:
    assert list(people(text)["name_en"]) == [name_en]


@pytest.mark.parametrize(
    "text",
    [
        "شهردار کازان از رهبران استقبال کرد.",
        "استاندار اوفا در مراسم حضور داشت.",
        "شهردار تیانجین گفت که نشست آماده است.",
    ],
)
def test_a_meeting_venue_of_the_reference_tables_is_no_name(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("نعمتوف گفت که سند آماده امضا است.", "نعمتوف"),
        ("کراوچنکو افزود که هیئت‌ها رسیده‌اند.", "کراوچنکو"),
        ("نورمحمد اف تصریح کرد که همکاری ادامه دارد.", "نورمحمد\u200cاف"),
    ],
)
def test_a_lone_surname_of_a_surname_shape_before_a_verb_of_saying(text: str, name: str) -> None:
    assert names_in(text) == [name]


def test_a_lone_common_word_before_a_verb_of_saying_is_no_name() -> None:
    assert names_in("کارشناسان گفت که نشست برگزار شد.", "ایرانیان افزود که سفر انجام شد.") == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("رهبرانی از جمله نعمتوف، تاشیف و سلیمانوف در نشست حضور داشتند.", ["نعمتوف", "سلیمانوف", "تاشیف"]),
        ("کشورهایی از جمله روسیه، چین و هند در نشست شرکت کردند.", []),
        ("سازمان‌هایی از جمله اوراسیا، اکو و یونسکو همکاری دارند.", []),
    ],
)
def test_a_list_after_including(text: str, found: list[str]) -> None:
    assert written_in(text) == sorted(gz.key(f) for f in found)


@pytest.mark.parametrize(
    "texts",
    [
        ("فرهاد اسدوف سخنگوی وزارت خارجه ازبکستان گفت که نشست آغاز شد.", "اسدوف تاکید کرد که اسناد آماده است."),
        ("بهرام اسدوف معاون وزیر خارجه تاجیکستان وارد شد.", "به گفته آقای اسدوف، نشست فردا است."),
    ],
)
def test_a_lone_surname_is_the_person_the_article_names_in_full_not_a_namesake(texts: tuple[str, ...]) -> None:
    df = people(*texts)
    assert list(df["name_en"].fillna("")) == [""]
    assert len(df) == 1


@pytest.mark.parametrize(
    "text, name_en",
    [
        ("پس از آن، لاوراف وارد سالن شد و سخنرانی کرد.", "Sergey Lavrov"),
        ("صادر جاپاراف رئیس‌جمهور قرقیزستان سخنرانی کرد.", "Sadyr Japarov"),
        ("نورسلطان نظربایف و سپس نظربایوف", "Nursultan Nazarbayev"),
        ("در این دیدار پسکاف گفت که نشست آغاز شد.", "Dmitry Peskov"),
    ],
)
def test_the_spellings_of_a_russian_ending_match_one_another(text: str, name_en: str) -> None:
    assert set(people(text)["name_en"]) == {name_en}


def test_ending_variants_follow_the_english_ending() -> None:
    assert sorted(gz.ending_variants("سرگئی لاوروف", "Sergey Lavrov")) == ["سرگئی لاوراف", "سرگئی لاوراوف"]
    assert gz.ending_variants("نظربایف", "Nursultan Nazarbayev") == ["نظربایوف"]
    assert gz.ending_variants("علی‌اف", "Ilham Aliyev") == []  # -ev written «اف»: no safe other spelling
    assert gz.ending_variants("معروف", "Maruf") == []


@pytest.mark.parametrize("text", ["آقایان لاوروف و وانگ یی در نشست بودند.", "خانم‌ها لاوروف و وانگ یی در نشست بودند."])
def test_a_plural_courtesy_title_is_no_part_of_a_name(text: str) -> None:
    assert sorted(gz.key(w) for w in people(text)["name_written"]) == sorted(gz.key(w) for w in ("لاوروف", "وانگ یی"))


def test_a_range_of_days_dates_the_article_like_a_day() -> None:
    days = {"start": ["2021-03-29"], "end": ["2021-03-30"], "precision": ["range"], "relative": [False]}
    assert article_day(None, days) == dt.date(2021, 3, 29)
    years = {"start": ["2011-01-01"], "end": ["2019-12-31"], "precision": ["range"], "relative": [False]}
    assert article_day(None, years) is None


@pytest.mark.parametrize(
    "texts",
    [
        ("وزیر خارجه ایران وارد دوشنبه شد.", "سفر ظریف برای شرکت در نشست (۲۴ تا ۲۵ خرداد ۱۳۹۸) انجام می‌شود."),
        ("وزیر امور خارجه ایران به بیشکک رفت.", "ظریف در نشست ۱۳ و ۱۴ ژوئن ۲۰۱۹ سخنرانی خواهد کرد."),
    ],
)
def test_a_lone_surname_of_a_title_in_an_article_dated_by_a_range(texts: tuple[str, ...]) -> None:
    rows = [(i, 0, "headline" if i == 0 else "body", normalize(t)) for i, t in enumerate(texts)]
    attendees = extract_all(pd.DataFrame(rows, columns=contracts.SENTENCES), None)["attendees"]
    assert list(attendees["name_en"]) == ["Mohammad Javad Zarif"]


@pytest.mark.parametrize(
    "texts",
    [
        ("رئیس‌جمهور وارد دوشنبه شد.", "غنی سازی اورانیوم در نشست مطرح نشد."),
        ("رئیس‌جمهور وارد دوشنبه شد.", "روحانی ون کشور در فرودگاه بودند."),
    ],
)
def test_a_titles_lone_surname_is_no_piece_of_a_common_word_written_apart(texts: tuple[str, ...]) -> None:
    assert [n for n in people(*texts, day=ZARIF_DAY)["name_fa"] if n] == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("به گزارش خبرنگار ما، کوروش ناصری نماینده ایران در این نشست گفت که کار ادامه دارد.", "کوروش ناصری"),
        ("نماینده افغانستان، محمد عالم ایزدیار، در نشست سخنرانی کرد.", "محمد عالم ایزدیار"),
        ("فرهاد نعمتوف نماینده ازبکستان نیز حاضر بود.", "فرهاد نعمتوف"),
    ],
)
def test_a_states_representative_is_a_title(text: str, name: str) -> None:
    df = people(text)
    assert list(df["name_fa"]) == [name]
    assert list(df["role_fa"]) == ["نماینده"]


def test_representatives_of_states_with_no_names_are_no_people() -> None:
    assert names_in("نمایندگان ایران، روسیه و چین در نشست حضور داشتند.") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("کوروش ناصری در سخنانی در این نشست گفت که همکاری ادامه دارد.", "کوروش ناصری"),
        ("به گزارش ایرنا، کوروش ناصری در نشست حضور داشت.", "کوروش ناصری"),
        ("گروه سیاسی: کوروش ناصری امروز وارد شد.", "کوروش ناصری"),
        ("فرهاد نعمتوف: همکاری ادامه دارد", "فرهاد نعمتوف"),  # a headline's speaker
        ("کوروش ناصری: همکاری ادامه دارد", "کوروش ناصری"),
        ("عبدالرحیم کریمی ضمن اشاره به اهمیت نشست، از میزبان تشکر کرد.", "عبدالرحیم کریمی"),
    ],
)
def test_a_name_that_opens_a_sentence(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "حسن همجواری در نشست مطرح شد.",  # a given name's word and a common word: no clause of saying
        "بر اساس اصول احترام متقابل، حسن همجواری و عدم مداخله تاکید شد.",  # not the sentence's opening
        "علی رغم تلاش‌ها، نشست برگزار نشد.",  # one common word written apart
        "اسلام آباد میزبان نشست بود.",  # a place
        "بسم‌الله الرحمن الرحیم، نشست آغاز شد.",  # a formula
    ],
)
def test_an_opening_that_is_no_name(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("به گفته فرهاد نعمتوف، همکاری ادامه دارد.", "فرهاد نعمتوف"),
        ("پیام کوروش ناصری به نشست قرائت شد.", "کوروش ناصری"),
        ("سفر عبدالرحیم کریمی به تهران انجام شد.", "عبدالرحیم کریمی"),
        ("هیئت ما پس از دیدار با کوروش ناصری به هتل بازگشت.", "کوروش ناصری"),
    ],
)
def test_a_name_after_a_phrase_said_of_a_persons_words_or_acts(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, name_en",
    [
        ("در حاشیه اجلاس، پزشکیان با پوتین، شی، مودی و اردوغان دیدار کرد.", "Xi Jinping"),
        ("روسای جمهور روسیه، چین و ایران، پوتین، شی و پزشکیان در نشست حاضر بودند.", "Xi Jinping"),
    ],
)
def test_a_chinese_leader_alone_is_named_by_the_family_name_first(text: str, name_en: str) -> None:
    assert name_en in set(people(text)["name_en"])


def test_a_family_name_first_is_indexed_as_the_surname() -> None:
    assert [p.name_en for p in gz.load().surnames[gz.key("شی")]] == ["Xi Jinping"]
    assert names_in("هر شی در این نمایشگاه قیمتی دارد.") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("همچنین بهروز کمالوندی سخنگوی سازمان در نشست حاضر بود.", "بهروز کمالوندی"),
        ("سهراب نوری‌زاده گفت که نشست برگزار شد.", "سهراب نوری\u200cزاده"),
        ("زلمی رسولی در سخنانی گفت که اسناد آماده است.", "زلمی رسولی"),
    ],
)
def test_given_names_that_are_also_words(text: str, name: str) -> None:
    assert names_in(text) == [name]


@pytest.mark.parametrize(
    "text, names",
    [
        # the last item of a list before a plural title, the title set off by a comma (name_lists._whole_item)
        (
            "تام گرینر و رینا کاظمی، نمایندگان ویژه امریکا در امور افغانستان با وزیر خارجه دیدار کردند.",
            ["تام گرینر", "رینا کاظمی"],
        ),
        # nouns listed before a plural title, no «و» before the last: no names
        ("در این اجلاس، استادان، مفتیان ارشد، وزرای خارجه و کارشناسان شرکت کردند.", []),
    ],
)
def test_a_list_of_names_before_a_plural_title_set_off_by_a_comma(text: str, names: list[str]) -> None:
    assert names_in(text) == names


@pytest.mark.parametrize(
    "text, holder, title",
    [
        # «name title, name title»: the name before its title holds it, the next item's after the comma is another
        (
            "بهرام نوری معاون وزیر خارجه قرقیزستان، دکتر تیمور بالتاباییف و دیگران در این نشست سخنرانی کردند.",
            "بهرام نوری",
            "معاون وزیر امور خارجه",
        ),
        ("نعمت سلیم وزیر نیرو تاجیکستان، داکتر کمال رحیمی در نشست شرکت کردند.", "نعمت سلیم", "وزیر نیرو"),
    ],
)
def test_a_name_before_its_title_holds_it_before_the_next_item(text: str, holder: str, title: str) -> None:
    df = people(text)
    assert df.loc[df["name_written"] == holder, "role_fa"].tolist() == [title]


def test_a_common_word_as_a_full_name_only_given_name_opens_no_name() -> None:
    # «شاهد» (witness) opens a gazetteer name listed by its full spelling only: alone it is the word
    assert names_in("ما باید شاهد باشیم که این نشست به نتیجه برسد.") == []
