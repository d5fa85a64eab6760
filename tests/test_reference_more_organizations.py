"""The organizations beyond the first ten, end to end: a short article written for the test finds
the organization (from its usual Persian name and from a Dari or shortened one), a look-alike does
not, the sourced tables give each state the standing the sources date, notebooks 04 and 05's
figure builders draw the organization from the bundled files, and the words of their names unmake
no surname."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest
from people_fixtures import names_in

from helpers import paths, reference
from helpers.figures import cadence as cadence_figures
from helpers.figures import membership as membership_figures
from helpers.reference import cadence, membership
from helpers.text import ingest, offices


class Case(NamedTuple):
    headline: str
    body: str
    other_name: str
    """A headline naming the organization another way (Dari, shortened)."""
    look_alike: str
    """A headline with words of the name that must not find it."""
    standings: dict[tuple[str, str], str | None]
    """(ISO3, day) -> the membership standing on that day (None: not a member, suspended or frozen one)."""


CASES = {
    "GCC": Case(
        "چهل و ششمین اجلاس سران شورای همکاری خلیج فارس در منامه برگزار شد",
        "رهبران شش کشور عضو شورای همکاری خلیج فارس در منامه گرد هم آمدند و بیانیه پایانی را تصویب کردند.",
        "نشست سران شورای همکاری کشورهای عربی خلیج در ریاض دایر شد",
        "رزمایش دریایی در خلیج فارس و شورای امنیت سازمان ملل",
        {("QAT", "2019-06-01"): "member", ("BHR", "1981-05-24"): None, ("YEM", "2010-01-01"): None},
    ),
    "LAS": Case(
        "سی و چهارمین نشست سران اتحادیه عرب در بغداد آغاز شد",
        "رهبران و نمایندگان کشورهای عضو اتحادیه عرب در کاخ دولت در بغداد گرد هم آمدند و درباره غزه گفت‌وگو کردند.",
        "اجلاس سران جامعه دول عربی در قاهره دایر شد",
        "نشست فعالان جامعه عرب خوزستان در اهواز برگزار شد",
        {
            ("EGY", "1985-01-01"): "suspended",
            ("EGY", "1990-01-01"): "member",
            ("SYR", "2015-01-01"): "suspended",
            ("SYR", "2024-01-01"): "member",
            ("COM", "1990-01-01"): None,
            ("ERI", "2010-01-01"): None,  # an observer, not a member
        },
    ),
    "NATO": Case(
        "نشست سران ناتو در لاهه با حضور رهبران ۳۲ کشور عضو آغاز شد",
        "رهبران کشورهای عضو ناتو در لاهه درباره هزینه‌های دفاعی گفت‌وگو کردند و بیانیه پایانی را تصویب کردند.",
        "اجلاس سران سازمان پیمان اتلانتیک شمالی در واشنگتن دایر شد",
        "دولت از حل مشکل ناتوان است و توفان در اقیانوس اطلس شمالی ادامه دارد",
        {
            ("FIN", "2023-01-01"): None,
            ("FIN", "2023-06-01"): "member",
            ("SWE", "2024-06-01"): "member",
            ("ESP", "1980-01-01"): None,
            ("FRA", "1970-01-01"): "member",  # out of the integrated command, still a member
        },
    ),
    "OTS": Case(
        "یازدهمین نشست سران سازمان کشورهای ترک در بیشکک برگزار شد",
        "رهبران کشورهای عضو سازمان کشورهای ترک در بیشکک درباره همکاری اقتصادی و حمل‌ونقل گفت‌وگو کردند.",
        "اجلاس شورای همکاری دولتهای ترکزبان در باکو",
        "آموزش زبان ترکی در مدارس ترکمنستان و ترکیه گسترش یافت",
        {
            ("UZB", "2019-01-01"): None,
            ("UZB", "2020-01-01"): "member",
            ("TUR", "2010-01-01"): "member",
            ("HUN", "2024-01-01"): None,  # an observer
        },
    ),
    "ASEAN": Case(
        "چهل و هفتمین اجلاس سران آسه‌آن در کوالالامپور آغاز شد",
        "رهبران کشورهای عضو آسه‌آن در کوالالامپور گرد هم آمدند و تیمور شرقی به عضویت این اتحادیه درآمد.",
        "نشست سران اتحادیه کشورهای جنوب شرقی آسیا در جاکارتا برگزار شد",
        "مسابقات فوتبال کشورهای آسیای جنوب شرقی در هانوی آغاز شد",
        {
            ("TLS", "2024-01-01"): None,  # an observer
            ("TLS", "2025-11-01"): "member",
            ("BRN", "1983-01-01"): None,
            ("KHM", "2000-01-01"): "member",
        },
    ),
    "SAARC": Case(
        "هجدهمین نشست سران سارک در کاتماندو پایان یافت",
        "رهبران هشت کشور عضو سارک در کاتماندو اعلامیه‌ای درباره همکاری‌های منطقه‌ای امضا کردند.",
        "اجلاس سران سازمان همکاری منطقه‌ای جنوب آسیا در اسلام‌آباد به تعویق افتاد",
        "همکاری‌های اقتصادی منطقه‌ای در جنوب آسیا گسترش می‌یابد",
        {("AFG", "2006-01-01"): None, ("AFG", "2008-01-01"): "member", ("IND", "1990-01-01"): "member"},
    ),
    "G20": Case(
        "نوزدهمین نشست سران گروه ۲۰ در ریودوژانیرو آغاز شد",
        "رهبران اقتصادهای بزرگ جهان در نشست گروه بیست درباره بدهی کشورهای فقیر و تغییر اقلیم گفت‌وگو کردند.",
        "اجلاس سران گروپ بیست در جوهانسبرگ دایر شد",
        "سران گروه هفت درباره بیست سال همکاری اقتصادی گفت‌وگو کردند",
        {
            ("IDN", "1999-06-01"): None,
            ("IDN", "2000-01-01"): "member",
            ("TUR", "2024-01-01"): "member",
            ("IRN", "2024-01-01"): None,
        },
    ),
    "OPEC": Case(
        "نشست وزیران نفت اوپک در وین برگزار شد",
        "وزیران نفت کشورهای عضو اوپک در وین درباره سقف تولید گفت‌وگو کردند و کاهش تولید را تصویب کردند.",
        "کنفرانس سازمان کشورهای صادر کننده نفت در الجزیره دایر شد",
        "درآمد کشورهای صادرکننده نفت خاورمیانه افزایش یافت",
        {
            ("QAT", "2018-06-01"): "member",
            ("QAT", "2019-06-01"): None,
            ("ECU", "2000-01-01"): "suspended",
            ("GAB", "2000-01-01"): None,
            ("GAB", "2017-01-01"): "member",
            ("IDN", "2016-06-01"): "member",
            ("IDN", "2017-06-01"): "suspended",
            ("AGO", "2024-06-01"): None,
        },
    ),
    "NAM": Case(
        "نوزدهمین اجلاس سران جنبش عدم تعهد در کامپالا آغاز شد",
        "رهبران و نمایندگان کشورهای عضو جنبش عدم تعهد در کامپالا درباره غزه و بدهی کشورهای در حال توسعه گفت‌وگو کردند.",
        "نشست سران کشورهای عدم انسلاک در باکو دایر شد",
        "دولت به عدم تعهد طرف مقابل به توافق اعتراض کرد",
        {
            ("IND", "1961-09-01"): "member",
            ("IND", "1961-08-31"): None,
            ("AFG", "2000-01-01"): "member",
            ("SYR", "1962-01-01"): None,  # in the United Arab Republic at Belgrade; later accessions not listed
        },
    ),
    "ACD": Case(
        "سومین اجلاس سران گفتگوی همکاری آسیا در دوحه برگزار شد",
        "رهبران کشورهای عضو گفت‌وگوی همکاری آسیا در دوحه درباره دیپلماسی ورزشی گفت‌وگو کردند.",
        "نشست مجمع گفت و گوی همکاری آسیا در کویت دایر شد",
        "گفت‌وگوی همکاری میان ایران و چین در آسیا ادامه دارد",
        {("IRN", "2024-01-01"): None},  # members are not listed: no sourced dates
    ),
    "G7": Case(
        "چهل و نهمین نشست سران گروه هفت در هیروشیما آغاز شد",
        "رهبران کشورهای عضو گروه ۷ در هیروشیما درباره اوکراین و امنیت اقتصادی گفت‌وگو کردند.",
        "اجلاس سران گروه هشت در بیرمنگام دایر شد",
        "هفت گروه از دانش‌آموزان در مسابقه ملی شرکت کردند",
        {
            ("CAN", "1976-01-01"): None,
            ("CAN", "1977-01-01"): "member",
            ("RUS", "1997-07-01"): None,  # Denver's "Summit of the Eight" is no accession
            ("RUS", "2000-01-01"): "member",
            ("RUS", "2015-01-01"): "suspended",
            ("DEU", "1980-01-01"): "member",  # West Germany's seat
        },
    ),
    "GECF": Case(
        "هفتمین اجلاس سران مجمع کشورهای صادرکننده گاز در الجزیره برگزار شد",
        "رهبران کشورهای عضو مجمع کشورهای صادرکننده گاز در الجزیره درباره بازار گاز و سرمایه‌گذاری گفت‌وگو کردند.",
        "نشست سران مجمع کشورهای صادر کننده گاز در دوحه دایر شد",
        "صادرات گاز کشورهای منطقه افزایش یافت",
        {
            ("IRN", "2008-01-01"): None,
            ("IRN", "2009-01-01"): "member",
            ("TTO", "2020-01-01"): "member",
            ("SEN", "2025-01-01"): None,  # an observer
        },
    ),
    "APEC": Case(
        "نشست رهبران اقتصادی اپک در لیما آغاز شد",
        "رهبران اقتصادهای عضو همکاری اقتصادی آسیا و اقیانوسیه در لیما درباره تجارت آزاد گفت‌وگو کردند.",
        "اجلاس سران سازمان همکاری اقتصادی آسیا و اقیانوسیه در بانکوک دایر شد",
        "همکاری اقتصادی کشورهای آسیا با اقیانوسیه گسترش یافت",
        {
            ("CHN", "1990-01-01"): None,
            ("CHN", "1992-01-01"): "member",
            ("RUS", "1998-01-01"): None,
            ("RUS", "1999-01-01"): "member",
            ("TWN", "2000-01-01"): "member",  # as Chinese Taipei
        },
    ),
    "AU": Case(
        "سی و نهمین اجلاس سران اتحادیه آفریقا در آدیس آبابا آغاز شد",
        "رهبران کشورهای عضو اتحادیه آفریقا در آدیس آبابا درباره آب، صلح و امنیت گفت‌وگو کردند.",
        "نشست سران اتحادیه افریقا در آدیس آبابا دایر شد",
        "تیم ملی فوتبال در جام ملت‌های آفریقا به مصاف مراکش رفت",
        {
            ("MAR", "1970-01-01"): "member",  # an OAU founder
            ("MAR", "1990-01-01"): None,  # left in 1984
            ("MAR", "2018-01-01"): "member",
            ("EGY", "2014-01-01"): "suspended",
            ("GAB", "2024-06-01"): "suspended",
            ("GAB", "2025-06-01"): "member",
            ("SSD", "2010-01-01"): None,
        },
    ),
    "OSCE": Case(
        "نشست شورای وزیران سازمان امنیت و همکاری اروپا در وین برگزار شد",
        "وزیران خارجه کشورهای عضو سازمان امنیت و همکاری اروپا در وین درباره اوکراین گفت‌وگو کردند.",
        "اجلاس سران سازمان امنیت و همکاری در اروپا در آستانه دایر شد",
        "همکاری امنیتی کشورهای اروپا با آسیا گسترش یافت",
        {
            ("RUS", "1980-01-01"): "member",  # as the Soviet Union, a signatory of 1975
            ("ALB", "1980-01-01"): None,
            ("KAZ", "1992-02-01"): "member",
            ("MNE", "2006-01-01"): None,
            ("MNE", "2007-01-01"): "member",
            ("MNG", "2012-11-20"): None,  # a Partner for Co-operation, not listed
            ("MNG", "2012-11-21"): "member",
        },
    ),
    "HOA": Case(
        "نهمین کنفرانس قلب آسیا – فرایند استانبول در دوشنبه برگزار شد",
        "وزیران خارجه کشورهای عضو کنفرانس قلب آسیا در دوشنبه درباره صلح افغانستان گفت‌وگو کردند.",
        "نشست وزیران خارجه پروسه استانبول در باکو دایر شد",
        "افغانستان قلب آسیا است و نقش ترانزیتی دارد",
        {
            ("AFG", "2012-01-01"): "member",
            ("AZE", "2011-12-01"): None,  # joined in 2012 by its own account
            ("AZE", "2013-01-01"): "member",
            ("UZB", "2021-03-30"): None,  # a participant by 2021, no dated step found
        },
    ),
    "PUIC": Case(
        "سیزدهمین اجلاس اتحادیه مجالس کشورهای عضو سازمان همکاری اسلامی در تهران آغاز شد",
        "رؤسای مجالس کشورهای عضو اتحادیه مجالس کشورهای عضو سازمان همکاری اسلامی در تهران درباره فلسطین گفت‌وگو کردند.",
        "اجلاس اتحادیه بین المجالس کشورهای اسلامی در الجزیره دایر شد",
        "اجلاس اتحادیه بین المجالس در ژنو برگزار شد",
        {
            ("IRN", "2000-01-01"): "member",
            ("AFG", "2007-01-01"): None,
            ("AFG", "2009-01-01"): "member",
            ("CIV", "2000-01-01"): None,  # 2001 by its own parliament's account
            ("COM", "2014-01-01"): "member",
        },
    ),
    "APA": Case(
        "پانزدهمین اجلاس عمومی مجمع مجالس آسیایی در باکو آغاز شد",
        "رؤسای مجالس کشورهای عضو مجمع مجالس آسیایی در باکو درباره همکاری پارلمانی گفت‌وگو کردند.",
        "اجلاس کمیته سیاسی مجمع بین المجالس آسیایی در مشهد دایر شد",
        "نشست مجمع پارلمانی آسیا و اقیانوسیه در کانبرا برگزار شد",
        {
            ("RUS", "2000-01-01"): "member",  # a founder of the AAPP, 1999
            ("IND", "2009-12-09"): None,
            ("IND", "2009-12-10"): "member",  # admitted at the Bandung plenary
            ("QAT", "2019-11-30"): None,
            ("QAT", "2020-01-01"): "member",
        },
    ),
}


def _page(headline: str, body: str) -> str:
    """A page as ingest reads it: headline, a dateline, body paragraphs."""
    return f"{headline}\nتاریخ انتشار: ۱۲ آذر ۱۴۰۴ - ۱۸:۲۰\n\n{body}\n\nاین نشست یک روز طول کشید.\n"


def _found(headline: str, body: str) -> list[str]:
    return ingest.segment(_page(headline, body)).record["organizations"]


@pytest.mark.parametrize("organization", sorted(CASES))
def test_a_written_summit_report_is_about_the_organization(organization: str) -> None:
    case = CASES[organization]
    assert _found(case.headline, case.body) == [organization]


@pytest.mark.parametrize("organization", sorted(CASES))
def test_the_organization_is_found_from_another_spelling(organization: str) -> None:
    case = CASES[organization]
    assert _found(case.other_name, "رهبران درباره همکاری منطقه‌ای گفت‌وگو کردند.") == [organization]


@pytest.mark.parametrize("organization", sorted(CASES))
def test_words_of_the_name_alone_do_not_find_it(organization: str) -> None:
    assert organization not in _found(CASES[organization].look_alike, "گزارش‌ها از ادامه گفت‌وگوها حکایت دارد.")


@pytest.mark.parametrize("organization", sorted(CASES))
def test_states_have_the_standing_the_sources_date(organization: str) -> None:
    spans = membership.periods(reference.load(None, organization).events)
    for (iso3, day), expected in CASES[organization].standings.items():
        on_day = membership.status_on(spans, pd.Timestamp(day)).set_index("iso3")["status"]
        assert on_day.get(iso3) == expected, (iso3, day)


@pytest.mark.parametrize("organization", sorted(CASES))
def test_the_notebooks_figure_builders_draw_the_organization(organization: str) -> None:
    ref = reference.load(None, organization)
    spans = membership.periods(ref.events)
    day = ref.sessions["date"].max()
    attendance = membership.attendance(spans, day, None)
    timeline = membership_figures.timeline_plotly(spans, membership.milestones(ref.events), attendance, day)
    drawn = {label for trace in timeline.data if trace.type == "bar" for label in trace.y}
    assert len(drawn) == spans["iso3"].nunique()
    calendar = cadence_figures.calendar_plotly(ref.sessions, cadence.article_dates(None), day, labels="en")
    assert sum(len(trace.x) for trace in calendar.data) == len(ref.sessions)
    assert cadence.per_year(ref.sessions)["count"].sum() == len(ref.sessions)


HEADS = {
    # (organization, day) -> the gazetteer ids of the heads of the secretariat in office that day
    ("GCC", "2015-06-01"): ["al_zayani"],
    ("GCC", "2023-01-31"): ["al_hajraf"],
    ("GCC", "2023-02-01"): ["albudaiwi"],
    ("LAS", "2020-01-01"): ["aboul_gheit"],
    ("LAS", "2026-09-01"): [],  # his second term ended in June 2026; no successor is sourced
    ("NATO", "2009-07-31"): ["de_hoop_scheffer"],
    ("NATO", "2009-08-01"): ["rasmussen"],
    ("NATO", "2024-09-30"): ["stoltenberg"],
    ("NATO", "2025-06-24"): ["rutte"],
    ("ASEAN", "2022-12-31"): ["lim_jock_hoi"],
    ("ASEAN", "2023-01-09"): ["kao_kim_hourn"],
    ("OPEC", "2016-07-31"): ["el_badri"],
    ("OPEC", "2016-08-01"): ["barkindo"],
    ("OPEC", "2022-07-20"): [],  # Barkindo died in office on 5 July 2022; no acting head is listed
    ("OPEC", "2022-08-01"): ["al_ghais"],
}


@pytest.mark.parametrize(("organization", "day"), sorted(HEADS))
def test_the_head_of_the_secretariat_is_the_one_in_office_that_day(organization: str, day: str) -> None:
    """The terms of secretaries_general.csv reach the gazetteer's people: one head a day, the
    handover day the successor's (the predecessor's term ends the day before)."""
    assert offices.load().holders("secretary_general", organization, day) == HEADS[(organization, day)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ترکی الفیصل، رئیس سابق اطلاعات عربستان، در این نشست سخنرانی کرد.", "ترکی الفیصل"),
        ("حسن فارسی، سفیر ایران، با وزیر دیدار کرد.", "حسن فارسی"),
        ("محمد عربی، معاون وزیر خارجه، در نشست حضور داشت.", "محمد عربی"),
        ("علی خلیجی، نماینده مجلس، گفت این نشست مهم است.", "علی خلیجی"),
    ],
)
def test_a_surname_made_of_an_organizations_word_stays_a_name(text: str, name: str) -> None:
    """The gazetteer reads the words of organization names as title words (their adjectives in -ی
    are no names): «ترک», «فارس», «عرب», «خلیج» came in with these organizations and must not
    unmake the surnames built on them."""
    assert names_in(text) == [name]


def test_the_eu_membership_rows_give_the_standings_the_sources_date() -> None:
    """The EU's membership rows: the UK's withdrawal ends its membership, and 27 states are
    members after it. Since session 15 some European Council meetings are rows too, so the EU is
    drawn like the others."""
    events = reference.load_events(paths.REFERENCE / reference.EVENTS_FILE, "EU")
    spans = membership.periods(events)

    def members(day: str) -> set[str]:
        on_day = membership.status_on(spans, pd.Timestamp(day))
        return set(on_day.loc[on_day["status"] == "member", "iso3"])

    assert "GBR" in members("2019-12-31") and "GBR" not in members("2020-02-01")
    assert "HRV" not in members("2013-06-30") and "HRV" in members("2013-07-01")
    assert len(members("1960-01-01")) == 6 and len(members("2021-01-01")) == 27
    assert "EU" in reference.organizations()
    sessions = reference.load(None, "EU").sessions
    assert len(sessions) > 0
