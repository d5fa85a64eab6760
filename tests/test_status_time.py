"""The report's time on sentences written for these tests (invented names, real role titles): which
clause a plan word or a time word belongs to, and what it makes of the presence said near it
(helpers.extract.report_time, helpers.extract.time_cues)."""

from __future__ import annotations

import pytest
from test_status import A_FULL, B_FULL, A, B, statuses

from helpers.extract.time_cues import RELATIVE_CLOSED

C_FULL = "فریدون عبدالحمیدوف معین سیاسی وزارت امور خارجه"
C = "فریدون عبدالحمیدوف"


@pytest.mark.parametrize(
    "text",
    [
        f"نشست سفیران برای آمادگی همایشی که قرار است ماه آینده در باکو برگزار شود، با حضور {A_FULL} آغاز شد.",
        f"جلسه مشورتی درباره اجلاس سران که قرار شده سال آینده تشکیل گردد، با اشتراک {A_FULL} دایر گردید.",
        f"نشست کارشناسان درباره کنفرانسی که پیش‌بینی می‌شود در پاییز برگزار شود، با حضور {A_FULL} برگزار شد.",
        f"نشست هماهنگی برای کنفرانس که قرار است در دوشنبه دایر شود، با اشتراک {C_FULL} برگزار گردید.",
        f"نشست سفیران برای کنفرانسی که قراراست در باکو برگزار شود، با حضور {A_FULL} برگزار شد.",
    ],
    ids=["is-planned", "has-been-planned", "foreseen", "dari", "lost-space"],
)
def test_a_plan_in_a_closed_relative_clause_is_not_the_main_clauses(text: str) -> None:
    got = statuses(text)
    assert got.get(A, got.get(C)) == ("attended", "participation")


@pytest.mark.parametrize(
    "text, status",
    [
        # the plan is the main clause's: presence after it is planned
        (f"قرار است نشست سفیران با حضور {A_FULL} در باکو برگزار شود.", "expected"),
        # the person is inside the still open relative clause of the plan
        (f"این کنفرانس که قرار است {A_FULL} در آن سخنرانی کند، در باکو برگزار می‌شود.", "expected"),
        # no comma after the relative clause's verb: the plan still reaches the presence
        (f"همایشی که قرار است در باکو با حضور {A_FULL} برگزار شود آغاز شد.", "expected"),
        # a comma after a place that ends like a verb closes nothing
        (f"همایشی که قرار است در اسلام‌آباد، با حضور {A_FULL} برگزار شود، به تعویق افتاد.", "expected"),
        # the comma after the place is passed over; the one after the verb closes the clause
        (f"همایشی که قرار است در عشق‌آباد، پایتخت ترکمنستان، برگزار شود، با حضور {A_FULL} آغاز شد.", "attended"),
    ],
    ids=["main-clause-plan", "inside-the-relative", "relative-not-closed", "comma-after-a-place", "apposed-place"],
)
def test_a_plan_of_the_clause_still_plans(text: str, status: str) -> None:
    assert statuses(text)[A][0] == status


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در بدو ورود به باکو گفت این نشست اهمیت زیادی دارد.",
        f"{A_FULL} پس از ورود به فرودگاه آستانه در گفت‌وگو با خبرنگاران از برگزاری نشست استقبال کرد.",
        f"{A_FULL} هنگام ورود به محل برگزاری اجلاس به پرسش خبرنگاران پاسخ داد.",
        f"{A_FULL} به مجرد ورود به دوشنبه با خبرنگاران صحبت کرد.",
        f"{A_FULL} بعد از ورودش به تاشکند، به خبرنگاران گفت که فردا در نشست سخنرانی خواهد کرد.",
        f"{A_FULL} در لحظه ورود به شهر سمرقند گفت کشورش از این نشست پشتیبانی میکند.",
    ],
    ids=["at-the-start", "after-airport", "entering-venue", "dari-as-soon-as", "his-arrival", "city-lost-zwnj"],
)
def test_arrival_said_as_a_time_is_arrival(text: str) -> None:
    assert statuses(text)[A] == ("attended", "arrival")


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} پیش از ورود به باکو گفت این نشست اهمیت زیادی دارد.",
        f"{A_FULL} پس از ورود به مرحله تازه مذاکرات گفت این نشست اهمیت زیادی دارد.",
        f"{A_FULL} گفت ورود این کشور به سازمان به زودی انجام می‌شود.",
    ],
    ids=["before-arrival", "a-stage-not-a-place", "joining-no-time"],
)
def test_before_arriving_or_entering_a_stage_is_no_arrival(text: str) -> None:
    assert statuses(text)[A][1] != "arrival"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} برای شرکت در نشست سران به قرقیزستان رفت.",
        f"{A_FULL} به منظور اشتراک در کنفرانس قلب آسیا دیروز به ترکیه رفت.",
        f"{A_FULL} جهت اشتراک در نشست وزیران خارجه، به پاکستان رفته است.",
        f"{A_FULL} برای حضور در اجلاس سران به شهر سمرقند رفتند.",
    ],
    ids=["went", "dari-yesterday", "dari-perfect", "plural"],
)
def test_went_to_attend_is_set_off(text: str) -> None:
    assert statuses(text)[A] == ("expected", "departure")


@pytest.mark.parametrize(
    "text, cue",
    [
        (f"{A_FULL} که برای شرکت در نشست عازم آستانه شده، با {B_FULL} دیدار کرد.", "sidelines"),
        (f"{A_FULL} که جهت اشتراک در نشست ویژه، عازم جده شده، با {B_FULL} ملاقات کرد.", "sidelines"),
        (f"{A_FULL} که برای شرکت در نشست به آستانه رفته است، با {B_FULL} دیدار کرد.", "sidelines"),
        (f"{A_FULL} که برای حضور در اجلاس راهی باکو شد، در افتتاحیه این نشست گفت که کشورش آماده همکاری است.", "speech"),
    ],
    ids=["set-off-participle", "dari-comma-inside", "went-perfect", "then-spoke"],
)
def test_a_set_off_in_the_subjects_relative_clause_leaves_the_main_verb(text: str, cue: str) -> None:
    assert statuses(text)[A][1] == cue


@pytest.mark.parametrize(
    "text",
    [
        # no other cue after the relative clause: the set-off is all that is said
        f"{A_FULL} که برای شرکت در نشست عازم آستانه شده، رئیس هیئت کشورش است.",
        # «که» after a verb of saying opens the reported words, no relative clause
        f"سخنگو اعلام کرد که {A_FULL} برای شرکت در نشست عازم آستانه شده، و فردا در نشست شرکت خواهد کرد.",
    ],
    ids=["nothing-after", "reported-not-relative"],
)
def test_a_set_off_with_nothing_after_it_stays(text: str) -> None:
    assert statuses(text)[A][0] == "expected"


HELD = "اجلاس سران کشورهای ترک‌زبان در شهر آستانه برگزار می‌شود."
STATIVE = f"در این اجلاس {A_FULL} نیز حضور دارد."


@pytest.mark.parametrize(
    "texts",
    [
        (HELD, STATIVE, "در نخستین روز این اجلاس وزیران خارجه گرد هم آمدند."),
        (HELD, STATIVE, f"{B_FULL} در این اجلاس سخنرانی کرد."),
        (HELD, f"{B_FULL} در حاشیه این اجلاس با همتای ترکمن خود دیدار کرده است.", STATIVE),
        ("نشست وزیران خارجه در شهر دوشنبه دایر می‌گردد.", STATIVE, f"{B_FULL} در این نشست اشتراک ورزید."),
        ("اجلاس سران در آستانه برگزار میشود.", STATIVE, "وزیران خارجه در روز نخست این اجلاس حضور داشتند."),
        # told done before the sentence that sets the time: the headline's news, the present follows it
        (f"{B_FULL} در این اجلاس سخنرانی کرد.", HELD, STATIVE),
        ("وزیران خارجه در نخستین روز این اجلاس گرد هم آمدند.", HELD, STATIVE),
    ],
    ids=["gathered", "spoke", "met-before-the-stative", "dari", "lost-zwnj", "spoke-first", "gathered-first"],
)
def test_a_bare_present_held_is_the_present_of_a_report_during_the_meeting(texts: tuple[str, ...]) -> None:
    assert statuses(*texts)[A] == ("attended", "participation")


@pytest.mark.parametrize(
    "texts",
    [
        # a time to come: still before the meeting, whatever else is told as done
        ("اجلاس سران کشورهای ترک‌زبان فردا در آستانه برگزار می‌شود.", STATIVE, f"{B_FULL} در این اجلاس سخنرانی کرد."),
        ("اجلاس سران کشورهای ترک‌زبان در آستانه برگزار خواهد شد.", STATIVE, f"{B_FULL} در این اجلاس سخنرانی کرد."),
        # nothing told as done: a plan, an arrival, a nominal speech, an earlier meeting
        (HELD, STATIVE, f"{B_FULL} در این اجلاس سخنرانی خواهد کرد."),
        (HELD, STATIVE, f"{B_FULL} دیروز وارد آستانه شد."),
        (HELD, STATIVE, f"{B_FULL} در سخنرانی خود در این اجلاس بر همکاری تاکید می‌کند."),
        (HELD, STATIVE, f"{B_FULL} در اجلاس سال گذشته حضور داشت."),
    ],
    ids=["tomorrow", "will-be-held", "will-speak", "arrived", "nominal-speech", "last-year"],
)
def test_before_the_meeting_a_stative_presence_stays_expected(texts: tuple[str, ...]) -> None:
    assert statuses(*texts)[A] == ("expected", "participation")


@pytest.mark.parametrize(
    "rest, closed_at",
    [
        (" در عشق‌آباد، پایتخت ترکمنستان، برگزار شود، با حضور", "برگزار شود،"),
        (" در بغداد، برگزار می‌گردد، با حضور", "برگزار می‌گردد،"),
        (" فردا در آن شرکت کنند، گفت", "شرکت کنند،"),
        (" عازم شهر جده شده، با", "جده شده،"),
        (" در آستانه گرد هم آمده‌اند، و", "آمده‌اند،"),
    ],
    ids=["apposed-place", "dari-present", "subjunctive-plural", "participle", "perfect"],
)
def test_a_relative_clause_closes_after_its_verb_not_after_a_place(rest: str, closed_at: str) -> None:
    closed = RELATIVE_CLOSED.match(rest)
    assert closed is not None and closed.group().endswith(closed_at)


def test_a_place_that_ends_like_a_verb_closes_no_clause() -> None:
    assert RELATIVE_CLOSED.match(" در اسلام‌آباد، با حضور وزیران") is None


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در مراسم افتتاحیه این نشست که با هدف بررسی همکاری‌های منطقه‌ای در چهار سال آینده"
        " برگزار می‌شود، گفت: همکاری ضروری است.",
        f"در جلسه عمومی کنفرانس که امروز و فردا در ژنو برگزار خواهد شد، {A_FULL} بر صلح تأکید کرد.",
        f"{C_FULL} در اجلاس وزیران که با اشتراک نمایندگان پنجاه کشور دایر می‌گردد، بیانیه خود را ایراد نمود.",
        f"{B_FULL} در نشست سران ناتو که قرار است دو روز ادامه یابد، از اعضا سپاسگزاری کرد.",
    ],
    ids=["opening-present", "fronted-future", "dari-present", "plan-in-the-clause"],
)
def test_a_pre_event_word_describing_the_meeting_in_a_closed_clause_plans_no_past_act(text: str) -> None:
    got = statuses(text)
    assert next(v for k, v in got.items() if k in (A, C, "دانیار کوشقاربایف"))[0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در مراسم افتتاحیه این نشست که هفته آینده برگزار می‌شود، سخنرانی خواهد کرد.",
        f"نشستی که با حضور {A_FULL} برگزار خواهد شد، به مسائل منطقه می‌پردازد.",
    ],
    ids=["own-future", "cue-inside-the-clause"],
)
def test_a_plan_the_act_itself_or_its_clause_holds_stays_expected(text: str) -> None:
    assert statuses(text)[A][0] == "expected"


@pytest.mark.parametrize(
    "texts, status",
    [
        (("اجلاس وزیران امروز در تهران گشایش یافت.", f"{A_FULL} در این اجلاس سخنرانی خواهد کرد."), "attended"),
        (("کنفرانس عمومی یونسکو گشایش یافته است.", f"{A_FULL} در این کنفرانس سخنرانی خواهد کرد."), "attended"),
        (("اجلاس وزیران فردا در تهران گشایش می‌یابد.", f"{A_FULL} در این اجلاس سخنرانی خواهد کرد."), "expected"),
        (("نشست سران هفته آینده گشایش خواهد یافت.", f"{A_FULL} در این نشست سخنرانی خواهد کرد."), "expected"),
    ],
    ids=["opened", "has-opened", "opens-tomorrow", "will-open"],
)
def test_opened_is_held(texts: tuple[str, ...], status: str) -> None:
    assert statuses(*texts)[A][0] == status


@pytest.mark.parametrize(
    "texts",
    [
        (
            "نشست وزیران خارجه ۳+۳ امروز در استانبول برگزار می‌شود.",
            "وزرای خارجه ایران، روسیه و ارمنستان در این نشست هستند.",
            f"{A_FULL} در حاشیه این نشست با وزیران دیدار خواهد کرد.",
        ),
        (
            "اجلاس سران اتحادیه آفریقا امروز در آدیس‌آبابا برگزار می‌شود.",
            "رهبران کشورهای عضو در این اجلاس حضور دارند.",
            f"{A_FULL} در این اجلاس سخنرانی خواهد کرد.",
        ),
        (
            "نشست شورای وزیران امروز در کابل دایر می‌گردد.",
            "وزیران کشورهای عضو در این نشست اشتراک کردند.",
            f"{C_FULL} در این نشست بیانیه ایراد خواهد کرد.",  # Dari, told as done
        ),
    ],
    ids=["ministers-are-there", "leaders-present", "dari-took-part"],
)
def test_held_today_and_told_present_is_under_way(texts: tuple[str, ...]) -> None:
    got = statuses(*texts)
    assert got.get(A, got.get(C))[0] == "attended"


@pytest.mark.parametrize(
    "texts",
    [
        ("نشست وزیران خارجه ۳+۳ امروز در استانبول برگزار می‌شود.", f"{A_FULL} در این نشست سخنرانی خواهد کرد."),
        (
            "اجلاس سران اتحادیه آفریقا امروز در آدیس‌آبابا برگزار می‌شود.",
            "رهبران کشورهای عضو در این اجلاس حضور خواهند داشت.",
            f"{A_FULL} در این اجلاس سخنرانی خواهد کرد.",
        ),
    ],
    ids=["nothing-told-present", "presence-still-to-come"],
)
def test_held_today_with_nothing_told_present_is_still_a_plan(texts: tuple[str, ...]) -> None:
    assert statuses(*texts)[A][0] == "expected"


@pytest.mark.parametrize(
    "texts, status",
    [
        (
            (
                "اجلاس سران سازمان همکاری شانگهای فردا در آستانه برگزار می‌شود.",
                "نخستین اجلاس سران این سازمان در شانگهای برگزار شد.",
                f"{A_FULL} در این اجلاس سخنرانی خواهد کرد.",
            ),
            "expected",
        ),
        (
            (
                "نشست وزیران خارجه همسایگان افغانستان هفته آینده در تونشی برگزار خواهد شد.",
                "دومین نشست این گروه ماه بعد در تهران برگزار شده بود.",
                f"{A_FULL} در این نشست سخنرانی خواهد کرد.",
            ),
            "expected",
        ),
        (
            (
                "اجلاس سران سازمان همکاری شانگهای فردا در آستانه برگزار می‌شود.",
                "این اجلاس صبح امروز با حضور سران کشورهای عضو برگزار شد.",
                f"{A_FULL} در این اجلاس سخنرانی خواهد کرد.",
            ),
            "attended",
        ),
        (
            (
                "اجلاس وزیران اکو فردا در باکو برگزار می‌شود.",
                "اجلاس وزیران اکو در باکو آغاز به کار کرد.",
                f"{A_FULL} در این اجلاس سخنرانی خواهد کرد.",
            ),
            "attended",
        ),
    ],
    ids=["first-summit-held", "second-meeting-had-been-held", "this-one-held-today", "begun"],
)
def test_a_meeting_held_told_after_it_was_to_come_is_an_earlier_one(texts: tuple[str, ...], status: str) -> None:
    """Once the report has said the meeting is to come, a meeting told held (not begun, no «امروز», no «این
    نشست») is an earlier one told as background: what someone will do at this one is still a plan."""
    assert statuses(*texts)[A][0] == status


@pytest.mark.parametrize(
    "texts",
    [
        (
            "نشست وزیران بازرگانی اکو فردا در تهران برگزار می‌شود.",
            f"در جلسه هیئت رئیسه کمیته ملی اتاق اکو که روز گذشته با حضور {A_FULL} و {B_FULL} برگزار شد، "
            "دستور کار نشست بررسی شد.",
        ),
        (
            "اجلاس سران سازمان همکاری شانگهای هفته آینده در آستانه برگزار خواهد شد.",
            f"سومین نشست وزیران انرژی این سازمان در ماه جون با اشتراک {A_FULL} و {B_FULL} در دوشنبه دایر گردید.",
        ),
        (
            "نشست وزیران نفت اوپک پلاس هفته آینده به صورت مجازی برگزار خواهد شد.",
            f"{A_FULL} و {B_FULL} این سخنان را پس از پایان نشست مجازی کشورهای عربی صادرکننده نفت"
            " در جمع خبرنگاران گفتند.",
        ),
    ],
    ids=["yesterdays-committee", "third-ministerial", "after-another-ended"],
)
def test_presence_at_a_meeting_told_held_while_this_one_is_to_come_is_at_that_one(texts: tuple[str, ...]) -> None:
    """The meeting told held once the report has said this one is to come is an earlier one (as the report's
    time reads it, above): who took part in it is not placed at this one."""
    got = statuses(*texts)
    assert got[A][0] == got[B][0] == "mentioned"


def test_presence_at_this_meeting_told_held_today_still_counts() -> None:
    """Not a meeting told begun or held today: «امروز» names this one's day."""
    got = statuses("نشست وزیران بازرگانی اکو فردا در تهران برگزار می‌شود.", f"نشست امروز با حضور {A_FULL} برگزار شد.")
    assert got[A][0] != "mentioned"


def test_words_after_this_meeting_ended_still_place_the_speaker() -> None:
    """After the end of this meeting, in a report of it held, the speaker was there."""
    got = statuses(
        "نشست وزیران نفت اوپک امروز در وین برگزار شد.", f"{A_FULL} پس از پایان نشست به خبرنگاران گفت که توافق شد."
    )
    assert got[A][0] == "attended"


@pytest.mark.parametrize(
    "texts",
    [
        (
            "اجلاس وزرای خارجه ناتو امروز در بروکسل آغاز شد.",
            "نشست بعدی سران ناتو سال آینده در لاهه برگزار خواهد شد.",
            f"{A_FULL} در جلسه عصر بر همکاری تاکید خواهد کرد.",
        ),
        (
            "کنفرانس رؤسای مجالس کشورهای اسلامی در باماکو برگزار شد.",
            "دوازدهمین دوره کنفرانس رؤسای مجالس در کشور مالی برگزار خواهد شد.",
            f"{A_FULL} در جلسه پایانی سخنرانی خواهد کرد.",
        ),
    ],
    ids=["next-summit", "twelfth-session"],
)
def test_a_meeting_to_come_told_after_it_was_under_way_is_a_later_one(texts: tuple[str, ...]) -> None:
    """Once the report has said the meeting is under way, a meeting told to come (no «امروز», no «این
    نشست») is a later one: what someone will do later in this one is still presence."""
    assert statuses(*texts)[A][0] == "attended"


@pytest.mark.parametrize(
    "text",
    [
        f"{A_FULL} در سخنرانی افتتاحیه این مجمع با تأکید بر اینکه «ایران شریکی مطمئن خواهد بود» گفت: ما خواهان صلحیم.",
        f"{A_FULL} در سخنرانی خود در این اجلاس با بیان اینکه «تجارت منطقه گسترش خواهد یافت» بر همکاری تأکید کرد.",
    ],
    ids=["opening-speech-quote", "speech-stressed-quote"],
)
def test_a_future_inside_a_quotation_plans_no_cue_outside_it(text: str) -> None:
    """«X در سخنرانی افتتاحیه با تأکید بر اینکه «… خواهد بود» گفت»: the future is the quoted words' own."""
    assert statuses(text)[A][0] == "attended"
