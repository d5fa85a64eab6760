"""Attendee rules on sentences written for these tests (invented names, real role titles)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import contracts
from helpers.extract.attendees import extract_attendees
from helpers.text.tokenize import normalize


def sentences(*texts: str, role: str = "body", normalized: bool = True) -> pd.DataFrame:
    rows = [(i, i, role, normalize(t) if normalized else t) for i, t in enumerate(texts)]
    return pd.DataFrame(rows, columns=contracts.SENTENCES)


def by_name(df: pd.DataFrame) -> dict[str, dict]:
    return {r["name_fa"]: r for r in df.to_dict("records")}


@pytest.mark.parametrize("normalized", [True, False])
def test_unknown_name_before_a_role_title(normalized: bool) -> None:
    df = extract_attendees(
        sentences("در این نشست، بختیار نورالدینوف رئیسجمهور ازبکستان حضور داشت.", normalized=normalized)
    )
    (row,) = df.to_dict("records")
    assert row["name_fa"] == "بختیار نورالدینوف"
    assert row["name_en"] is None
    assert (row["role_en"], row["country_iso3"], row["status"]) == ("President", "UZB", "attended")


def test_unknown_name_after_role_and_state() -> None:
    df = extract_attendees(sentences("رئیس‌جمهور قزاقستان، دانیار کوشقاربایف، در اجلاس شرکت کرد."))
    row = by_name(df)["دانیار کوشقاربایف"]
    assert (row["country_iso3"], row["status"], row["name_en"]) == ("KAZ", "attended", None)


def test_list_after_a_plural_title() -> None:
    text = (
        "رؤسای جمهور آذربایجان، فرهاد گلشنوف، قزاقستان، تیمور اکبرالیف و تاجیکستان، رستم قادرزادوف در نشست شرکت کردند."
    )
    rows = by_name(extract_attendees(sentences(text)))
    assert {n: r["country_iso3"] for n, r in rows.items()} == {
        "فرهاد گلشنوف": "AZE",
        "تیمور اکبرالیف": "KAZ",
        "رستم قادرزادوف": "TJK",
    }
    assert {r["status"] for r in rows.values()} == {"attended"}
    assert {r["role_en"] for r in rows.values()} == {"President"}


def test_host_chair_and_verb_cues() -> None:
    df = extract_attendees(
        sentences(
            "اجلاس به میزبانی ارسلان بیکمرادوف، رئیس‌جمهور قرقیزستان، برگزار شد.",
            "به ریاست سرژ وارتانوف وزیر امور خارجه ارمنستان، نشست وزیران برگزار شد.",
            "کامیل توردیف نخست‌وزیر تاجیکستان نیز در اجلاس حضور یافت.",
        )
    )
    status = {r["name_fa"]: r["status"] for r in df.to_dict("records")}
    assert status == {"ارسلان بیکمرادوف": "host", "سرژ وارتانوف": "chair", "کامیل توردیف": "attended"}


def test_chair_written_after_the_person() -> None:
    df = extract_attendees(sentences("ماکسیم ولوشین وزیر دفاع بلاروس ریاست این جلسه را بر عهده داشت."))
    assert df["status"].tolist() == ["chair"]


def test_split_minister_title_is_repaired_when_tokenize_did_not() -> None:
    df = extract_attendees(
        sentences("به ریاست جینبک کولوبایف و زیر امور خارجه قرقیزستان، جلسه برگزار شد.", normalized=False)
    )
    (row,) = df.to_dict("records")
    assert (row["role_en"], row["country_iso3"], row["status"]) == ("Foreign Minister", "KGZ", "chair")


def test_absent_state_without_a_person_is_a_nameless_row() -> None:
    df = extract_attendees(sentences("مولداوی، عضو این سازمان، در اجلاس شرکت نکرد."))
    (row,) = df.to_dict("records")
    assert (row["name_fa"], row["name_written"], row["country_iso3"], row["status"]) == (None, "", "MDA", "absent")


def test_absent_person_replaces_the_nameless_state_row() -> None:
    df = extract_attendees(
        sentences("آرام سرکیسیان، نخست‌وزیر ارمنستان، در این نشست اشتراک نکرد.", "ارمنستان در نشست شرکت نکرد.")
    )
    assert df["name_fa"].tolist() == ["آرام سرکیسیان"]
    assert df["status"].tolist() == ["absent"]


def test_dari_participation_verb() -> None:
    df = extract_attendees(sentences("ولادیمیر پوتن رییس جمهور روسیه در این نشست اشتراک ورزید."))
    assert df[["name_en", "status"]].values.tolist() == [["Vladimir Putin", "attended"]]


def test_incoming_secretary_general_takes_the_organization_as_country() -> None:
    df = extract_attendees(
        sentences(
            "نشست سازمان پیمان امنیت جمعی برگزار شد.",
            "نورلان ساتپایف، دبیرکل جدید سازمان، از آغاز سال آینده کار خود را شروع خواهد کرد.",
        )
    )
    (row,) = df.to_dict("records")
    assert (row["name_fa"], row["status"], row["role_en"], row["country_en"], row["country_iso3"]) == (
        "نورلان ساتپایف",
        "incoming",
        "Secretary General",
        "Collective Security Treaty Organization",
        None,
    )


def test_one_row_per_person_strongest_status_first_evidence() -> None:
    df = extract_attendees(
        sentences(
            "پوتین پیش از نشست با خبرنگاران گفت‌وگو کرد.",
            "ولادیمیر پوتین رئیس‌جمهور روسیه در نشست حضور داشت.",
            "پوتین در پایان نشست سخنرانی کرد.",
        )
    )
    (row,) = df.to_dict("records")
    assert (row["status"], row["paragraph"], row["role_en"]) == ("attended", 1, "President")


def test_person_with_no_cue_is_mentioned_with_gazetteer_role() -> None:
    (row,) = extract_attendees(sentences("لوکاشنکو از نتایج نشست ابراز رضایت کرد.")).to_dict("records")
    assert (row["status"], row["role_en"], row["country_iso3"]) == ("mentioned", "President", "BLR")


def test_other_stories_are_not_attendees() -> None:
    df = pd.concat(
        [
            sentences("رئیس پارلمان ارمنستان، گاگیک مارتیروسیان، به باکو سفر کرد", role="other_headline"),
            sentences("مرتبط: نخست‌وزیر پاکستان، یوسف قاسمی، به چین رفت", role="related"),
        ]
    )
    assert extract_attendees(df).empty
    assert list(extract_attendees(df).columns) == contracts.ATTENDEES


def test_common_words_next_to_a_role_are_not_names() -> None:
    df = extract_attendees(
        sentences(
            "رئیس‌جمهور روسیه با عنوان‌کردن نقش سازمان پیشنهاد داد.", "سخنان رئیس‌جمهور قزاقستان درباره امنیت منطقه بود."
        )
    )
    assert df.empty


def test_names_before_a_plural_title_pair_with_states_in_order() -> None:
    text = "الیاس موسایف و تیمور کریموف، رؤسای جمهور ازبکستان و ترکمنستان، در نشست حضور داشتند."
    rows = by_name(extract_attendees(sentences(text)))
    assert {n: r["country_iso3"] for n, r in rows.items()} == {"الیاس موسایف": "UZB", "تیمور کریموف": "TKM"}


def test_head_of_a_host_state_is_the_host() -> None:
    df = extract_attendees(
        sentences(
            "نشست به میزبانی ازبکستان در سمرقند برگزار شد.",
            "شوکت میرضیایف رئیس‌جمهور ازبکستان و پوتین در نشست حضور داشتند.",
        )
    )
    status = {r["name_fa"]: r["status"] for r in df.to_dict("records")}
    assert status == {"شوکت میرضیایف": "host", "پوتین": "attended"}  # as written, not people.csv's spelling


@pytest.mark.parametrize(
    ("texts", "host"),
    [
        (
            (
                "سومین نشست وزیران به میزبانی ایران در تهران برگزار شد.",
                "کامران صدری وزیر امور خارجه ایران در آغاز نشست سخنرانی کرد.",
            ),
            "کامران صدری",
        ),
        (
            (
                "اجلاس با میزبانی افغانستان در کابل دایر شد.",
                "نجیب‌الله وردک وزیر خارجه افغانستان در این اجلاس اشتراک کرد.",
            ),
            "نجیب‌الله وردک",
        ),
        (
            (
                "این همایش به میزبانی ترکیه برگزار شد.",
                "سلیم آیدین وزیر خارجه ترکیه و نوری کایا وزیر دفاع ترکیه در همایش حضور داشتند.",
                "سلیم آیدین در افتتاحیه همایش سخنرانی کرد.",
            ),
            "سلیم آیدین",
        ),
    ],
)
def test_the_one_official_of_a_host_state_at_the_meeting_hosts(texts: tuple[str, ...], host: str) -> None:
    rows = extract_attendees(sentences(*texts))
    named = rows[rows["name_fa"].notna()]
    assert named[named["status"] == "host"]["name_fa"].tolist() == [host]


@pytest.mark.parametrize(
    "texts",
    [
        # no hosting word: the venue alone makes nobody host (README, session 11)
        ("نشست وزیران در تهران برگزار شد.", "کامران صدری وزیر امور خارجه ایران در آغاز نشست سخنرانی کرد."),
        # two of the host state's officials speak: nothing says which one hosts
        (
            "نشست به میزبانی ایران برگزار شد.",
            "کامران صدری وزیر امور خارجه ایران و بهرام نیکو وزیر نفت ایران در نشست سخنرانی کردند.",
        ),
        # two states given as host (a past edition's beside this one's): nothing says which one
        (
            "نشست به میزبانی ایران برگزار شد.",
            "نخستین دور این نشست در سال ۲۰۱۱ به میزبانی ترکیه برگزار شده بود.",
            "سلیم آیدین وزیر خارجه ترکیه در نشست سخنرانی کرد.",
        ),
        # an official of another state
        ("نشست به میزبانی ایران برگزار شد.", "سلیم آیدین وزیر خارجه ترکیه در نشست سخنرانی کرد."),
    ],
)
def test_no_host_official_without_a_hosting_word_or_with_two_speakers(texts: tuple[str, ...]) -> None:
    df = extract_attendees(sentences(*texts))
    assert "host" not in df[df["name_fa"].notna()]["status"].tolist()


def test_quoted_name_and_host_of_them() -> None:
    df = extract_attendees(sentences("«بختیار نورالدینوف» رئیس‌جمهور ازبکستان که میزبان آن‌ها بود، سخنرانی کرد."))
    assert df[["name_fa", "status"]].values.tolist() == [["بختیار نورالدینوف", "host"]]


def test_words_before_a_title_in_a_list_phrase_are_not_a_name() -> None:
    assert extract_attendees(sentences("از جمله برنامه‌های سفر رئیس‌جمهور ایران دیدار با سران است.")).empty
    assert extract_attendees(sentences("این بیانیه به امضای معاون اول رئیس‌جمهور رسید.")).empty


def test_common_words_around_an_unknown_surname_stay_out_of_the_name() -> None:
    df = extract_attendees(sentences("این بیانیه به امضای گلنار بایمحمدوا معاون نخست‌وزیر قزاقستان رسید."))
    assert df["name_fa"].tolist() == ["گلنار بایمحمدوا"]


def test_status_of_a_title_alone_goes_to_the_named_holder() -> None:
    df = extract_attendees(sentences("نشست به ریاست نخست‌وزیر هند آغاز شد.", "نارندرا مودی نخستین سخنران نشست بود."))
    assert df[["name_en", "status"]].values.tolist() == [["Narendra Modi", "chair"]]


def test_a_name_of_two_given_names_is_kept() -> None:
    df = extract_attendees(sentences("انور ابراهیم، نخست‌وزیر مالزی، در اجلاس شرکت کرد."))
    assert df[["name_fa", "status"]].values.tolist() == [["انور ابراهیم", "attended"]]


@pytest.mark.parametrize(
    "text, status, cue",
    [
        # presence: speech, a meeting on the sidelines, a message read out, arrival, gathering
        ("بختیار نورالدینوف رئیس‌جمهور ازبکستان در آغاز این نشست گفت که همکاری ادامه دارد.", "attended", "speech"),
        ("نشست با سخنرانی بختیار نورالدینوف رئیس‌جمهور ازبکستان پایان یافت.", "attended", "speech"),
        ("در حاشیه اجلاس، بختیار نورالدینوف رئیس‌جمهور ازبکستان با همتای خود دیدار کرد.", "attended", "sidelines"),
        ("بختیار نورالدینوف رئیس‌جمهور ازبکستان پیام رهبر کشورش را در نشست قرائت کرد.", "attended", "message"),
        ("بختیار نورالدینوف رئیس‌جمهور ازبکستان برای شرکت در نشست وارد آستانه شد.", "attended", "arrival"),
        ("رئیس‌جمهور ازبکستان، بختیار نورالدینوف، در این اجلاس شرکت دارد.", "attended", "participation"),
        # pre-event wording: expected
        ("بختیار نورالدینوف رئیس‌جمهور ازبکستان در این نشست شرکت خواهد کرد.", "expected", "planned"),
        ("قرار است بختیار نورالدینوف رئیس‌جمهور ازبکستان در این نشست سخنرانی کند.", "expected", "planned"),
        ("بختیار نورالدینوف رئیس‌جمهور ازبکستان برای شرکت در نشست عازم آستانه شد.", "expected", "departure"),
        ("نشست فردا با حضور بختیار نورالدینوف رئیس‌جمهور ازبکستان برگزار می‌شود.", "expected", "participation"),
        ("بختیار نورالدینوف رئیس‌جمهور ازبکستان ریاست نشست را بر عهده خواهد داشت.", "expected", "planned"),
        # absence wordings
        ("بختیار نورالدینوف رئیس‌جمهور ازبکستان اعلام کرد نمی‌تواند در نشست شرکت کند.", "absent", "absence"),
        ("بختیار نورالدینوف رئیس‌جمهور ازبکستان از حضور در این نشست خودداری کرد.", "absent", "absence"),
        ("بختیار نورالدینوف رئیس‌جمهور ازبکستان در نشست حضور نخواهد داشت.", "absent", "absence"),
        ("بختیار نورالدینوف رئیس‌جمهور ازبکستان از شرکت در نشست انصراف داد.", "absent", "absence"),
        ("بختیار نورالدینوف رئیس‌جمهور ازبکستان نشست سران را افتتاح کرد.", "attended", "speech"),
        # hosting and chairing keep their cue; no cue leaves the cue empty
        ("بختیار نورالدینوف رئیس‌جمهور ازبکستان میزبان این نشست بود.", "host", "hosting"),
        ("نشست به ریاست بختیار نورالدینوف رئیس‌جمهور ازبکستان برگزار شد.", "chair", "chairing"),
        ("بختیار نورالدینوف رئیس‌جمهور ازبکستان دیروز به پایتخت بازگشت.", "mentioned", None),
    ],
)
def test_status_and_cue_from_what_the_sentence_says(text: str, status: str, cue: str | None) -> None:
    row = by_name(extract_attendees(sentences(text)))["بختیار نورالدینوف"]
    assert (row["status"], row["cue"]) == (status, cue)


def test_a_later_report_of_presence_outranks_a_plan() -> None:
    df = extract_attendees(
        sentences(
            "بختیار نورالدینوف رئیس‌جمهور ازبکستان در نشست شرکت خواهد کرد.",
            "نورالدینوف در این اجلاس سخنرانی کرد.",
        )
    )
    row = by_name(df)["بختیار نورالدینوف"]
    assert (row["status"], row["cue"], row["paragraph"]) == ("attended", "speech", 1)


def test_verbs_are_not_said_of_someone_who_invited_or_welcomed() -> None:
    df = by_name(
        extract_attendees(
            sentences(
                "بختیار نورالدینوف رئیس‌جمهور ازبکستان به دعوت دانیار کوشقاربایف رئیس‌جمهور قزاقستان در نشست شرکت کرد."
            )
        )
    )
    assert df["بختیار نورالدینوف"]["status"] == "attended"
    assert df["دانیار کوشقاربایف"]["status"] == "mentioned"


def test_with_the_presence_of_speaks_only_of_those_after_it() -> None:
    df = by_name(
        extract_attendees(
            sentences(
                "دانیار کوشقاربایف رئیس‌جمهور قزاقستان گفت نشست با حضور بختیار نورالدینوف رئیس‌جمهور ازبکستان برگزار شد."
            )
        )
    )
    assert (df["بختیار نورالدینوف"]["status"], df["بختیار نورالدینوف"]["cue"]) == ("attended", "participation")
    assert df["دانیار کوشقاربایف"]["status"] == "mentioned"


def test_a_surname_alone_later_is_the_same_person() -> None:
    df = extract_attendees(
        sentences("بختیار نورالدینوف رئیس‌جمهور ازبکستان به آستانه رفت.", "نورالدینوف در این نشست سخنرانی کرد.")
    )
    (row,) = df.to_dict("records")
    # name_written is the fullest form the page writes, not that of the row with the strongest status
    assert (row["name_fa"], row["status"], row["name_written"]) == (
        "بختیار نورالدینوف",
        "attended",
        "بختیار نورالدینوف",
    )


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        ("تیمور بکمرادوف سخنگوی وزارت خارجه قزاقستان در نشست حضور داشت.", "تیمور بکمرادوف", "سخنگو", "قزاقستان"),
        ("سخنگوی وزارت امور خارجه قزاقستان، تیمور بکمرادوف، در نشست حضور داشت.", "تیمور بکمرادوف", "سخنگو", "قزاقستان"),
        ("تیمور بکمرادوف سفیر قزاقستان در تهران در نشست حضور داشت.", "تیمور بکمرادوف", "سفیر", "قزاقستان"),
        # the country further on in the title
        (
            "تیمور بکمرادوف نماینده ویژه رئیس‌جمهور قزاقستان در امور منطقه در نشست حضور داشت.",
            "تیمور بکمرادوف",
            "نماینده ویژه",
            "قزاقستان",
        ),
        (
            "تیمور بکمرادوف رئیس کمیسیون امنیت ملی مجلس قزاقستان در نشست حضور داشت.",
            "تیمور بکمرادوف",
            "رئیس کمیسیون",
            "قزاقستان",
        ),
        # Arabic names keep their joiners; honorifics stay out
        ("شیخ تمیم بن حمد آل ثانی امیر قطر در نشست حضور داشت.", "تمیم بن حمد آل ثانی", "امیر", "قطر"),
        ("تیمور بن بکمرادوف ولیعهد عربستان سعودی در نشست حضور داشت.", "تیمور بن بکمرادوف", "ولیعهد", "عربستان سعودی"),
        (
            "تیمور بکمرادوف سرپرست وزارت خارجه قزاقستان در نشست حضور داشت.",
            "تیمور بکمرادوف",
            "سرپرست وزارت امور خارجه",
            "قزاقستان",
        ),
        (
            "تیمور بکمرادوف معاون وزیر خارجه قزاقستان در نشست حضور داشت.",
            "تیمور بکمرادوف",
            "معاون وزیر امور خارجه",
            "قزاقستان",
        ),
    ],
)
def test_titles_beyond_heads_of_state(text: str, name: str, role: str, country: str) -> None:
    row = by_name(extract_attendees(sentences(text)))[name]
    assert (row["role_fa"], row["country_fa"]) == (role, country)


@pytest.mark.parametrize(
    "text",
    ["وزیر خارجه کشورمان در نشست شرکت کرد.", "وی در نشست شرکت کرد و رئیس‌جمهور CSTO سخنرانی کرد."],
)
def test_never_a_pronoun_a_country_word_or_an_acronym(text: str) -> None:
    assert extract_attendees(sentences(text)).empty


def test_a_spokesman_reporting_someone_elses_presence_is_only_mentioned() -> None:
    df = by_name(
        extract_attendees(
            sentences(
                "تیمور بکمرادوف سخنگوی وزارت خارجه قزاقستان تأیید کرد: بختیار نورالدینوف رئیس‌جمهور ازبکستان"
                " در نشست شرکت خواهد کرد."
            )
        )
    )
    assert (df["تیمور بکمرادوف"]["status"], df["بختیار نورالدینوف"]["status"]) == ("mentioned", "expected")


def test_someone_reporting_their_own_absence_is_absent() -> None:
    (row,) = extract_attendees(
        sentences("بختیار نورالدینوف رئیس‌جمهور ازبکستان اعلام کرد که نمی‌تواند در نشست شرکت کند.")
    ).to_dict("records")
    assert row["status"] == "absent"


def test_the_sender_of_a_message_read_out_is_not_the_reader() -> None:
    df = by_name(
        extract_attendees(
            sentences(
                "تیمور بکمرادوف معاون نخست‌وزیر قزاقستان پیام تبریک محترم بختیار نورالدینوف رئیس‌جمهور ازبکستان"
                " را قرائت کرد."
            )
        )
    )
    assert (df["تیمور بکمرادوف"]["cue"], df["بختیار نورالدینوف"]["status"]) == ("message", "mentioned")


def test_those_accompanying_a_delegation_are_expected() -> None:
    (row,) = extract_attendees(
        sentences("تیمور بکمرادوف وزیر خارجه قزاقستان در این سفر رئیس‌جمهور را همراهی خواهد کرد و همراه می‌شود.")
    ).to_dict("records")
    assert row["status"] == "expected"
