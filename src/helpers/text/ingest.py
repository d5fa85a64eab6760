"""Scraped page → article record and labelled paragraphs.

A scraped news page is a run of lines: a section label, a reading-time line, the headline, the lead,
a photo caption with its credit, a dateline, body paragraphs (with «related story» links mixed in)
and, after a list marker, the site's other headlines. The segmenter labels each line by its shape and
position (markers, length, punctuation, blank-line blocks), never by an article's wording, and keeps
the boilerplate labelled rather than deleting it. A body line a fixed-width page broke off
mid-sentence (a hard wrap) is joined to the line carrying the sentence on."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import contracts, paths
from helpers.contracts import Section
from helpers.dates.dateline import (
    DATE_LINE,
    MAX_WORDS,
    READ_WORDS,
    SITE_CLOCK,
    WEEKDAY_DATE,
    Dateline,
    caption_dateline,
    clock_line,
    dateline_prefix,
    iso_prefix,
    leading_dateline,
    news_code_line,
    read_dateline,
    restates_day,
    title_date,
    trailing_dateline,
    witness,
)
from helpers.text import organizations
from helpers.text.language import ARABIC_SCRIPT
from helpers.text.lines import BULLET, LIST_BULLET, fold
from helpers.text.split_dates import rejoin_broken_dates, rejoin_split_dates

_READ_TIME = re.compile(rf"^(\d+)\s*دقیقه\s*(?:{READ_WORDS})?$|^{READ_WORDS}\s*:?\s*(\d+)\s*دقیقه$")
_CREDIT = re.compile(r"(?:^|[/|(\-–]\s*)(?:منبع )?عکس\s*(?:از)?\s*:\s*(?P<credit>[^)]+?)\)?\s*$")
_RELATED = re.compile(r"^(?:مرتبط|بیشتر بخوانید|بخوانید|همچنین بخوانید|مطلب مرتبط|خبر مرتبط)\s*:?\s*")
_OUTLET_PREFIX = re.compile(r"^(?P<outlet>[^-–:]{2,40}?)\s*[-–]\s+")
_TAIL_MARKERS = {
    "اکسپلور",
    "explore",
    "بیشتر بخوانید",
    "اخبار مرتبط",
    "خبرهای مرتبط",
    "مطالب مرتبط",
    "پربازدیدترین",
    "پربازدیدترین ها",
    "پربازدید",
    "آخرین اخبار",
    "دیگر خبرها",
    "دیگر اخبار",
    "پیشنهاد سردبیر",
    "برچسب ها",
}
_SENTENCE_END = (".", "!", "؟", "?", "…", "»", ":", "؛")
_MAX_SECTION_WORDS = 3
_WRAP_WORDS = 6
_WRAP_FILL = 0.8
LIST_MARK = rf"{BULLET}|\d{{1,2}}\s*[.)\-–]"
"""The mark opening a list item: a bullet, a dash, «1.», «2)» (helpers.extract.document_lists reads
documents listed one per line by it)."""
_NEW_ITEM = re.compile(rf"^(?:{LIST_MARK}|[«\"“])")
"""A line opening a list item (LIST_MARK) or a quotation starts something new."""


@dataclass
class Article:
    """One segmented article: the record for article.json and the labelled paragraphs."""

    record: dict[str, Any]
    paragraphs: pd.DataFrame = field(repr=False)


_FIELD_MARK = re.compile(r"[ \t]+(?:#|([^\s\w]|\d)\1{9,})[ \t]+")
"""A hash set off by spaces: the mark an agency's archive puts between a headline and its dateline and text
(«… # تهران - خبرگزاری … ۱۳/۸/۷۴ …»); no sentence writes one (a hashtag has none after it), so it breaks the line.
So does a rule drawn as one mark or digit run ten times or more («0000000000», «----------», «**********»), as an
archive that lost its line breaks keeps between those fields: no number or sentence is written so."""


def _blocks(text: str) -> list[list[str]]:
    """Split into blocks of consecutive non-blank lines (blank = whitespace or NBSP only)."""
    blocks: list[list[str]] = [[]]
    for line in _FIELD_MARK.sub("\n", text).splitlines():
        if line.replace("\u00a0", " ").strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


@functools.lru_cache(maxsize=1024)
def _dateline(folded: str) -> Dateline | None:
    """The dateline's date when the line is one (helpers.dates.dateline reads the shapes), or a photo
    caption's credit with the outlet and the day. Cached: the segmenter asks of a line up to three
    times (is its block header-shaped, is the line, which shape). Names holding a meeting's words
    («اجلاس سران اکو - ۱۲ عقرب ۱۴۰۳») are a headline with its event's day, not a place and an agency."""
    whole = read_dateline(folded) if folded.count(" ") < MAX_WORDS else None
    if whole is not None and not _names_a_meeting(whole):
        return whole
    credit = caption_dateline(folded)
    return credit if credit is not None and not _names_a_meeting(credit) else None


def _names_a_meeting(dateline: Dateline) -> bool:
    """A dateline reading whose names hold a meeting's words (helpers.text.organizations)."""
    return organizations.MEETING_CONTEXT.search(dateline.names) is not None


_SENTENCE_BREAK = re.compile(r"(?<=\w\w[.!؟?])[ \t]*(?=[^\W\d_]|«)")
"""After a sentence end that closes a word of two or more characters (not «ه.ق»), before a letter."""
_LEAD_CUE = re.compile(r"\s(?=به[ \u200c]گزارش|به[ \u200c]نقل[ \u200c]از)")
_ONE_LINE_WORDS = 40


def _unflatten(text: str) -> str:
    """A page that arrived as one long line (its line breaks lost) gets one line per sentence, so the
    segmenter still finds a headline, a lead and a body; a dateline opening it («۷ آذر ۱۴۰۴، ۱۰:۳۰ …»)
    gets a line of its own, and a headline glued to the lead's source cue («… به گزارش …») is cut off
    before the cue. Pages with line breaks are returned unchanged."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) != 1 or len(lines[0].split()) < _ONE_LINE_WORDS:
        return text
    cut = dateline_prefix(lines[0])
    chunks = [chunk.strip() for chunk in _SENTENCE_BREAK.split(lines[0][cut:]) if chunk.strip()]
    first = chunks[0]
    if (cue := _LEAD_CUE.search(first)) and len(first[: cue.start()].split()) >= 3:
        chunks[:1] = [first[: cue.start()], first[cue.start() :].strip()]
    return "\n".join(([lines[0][:cut].strip()] if cut else []) + chunks)


def _is_list_tail(folded_block: list[str]) -> bool:
    """A block of three or more (folded) lines, none ending like a sentence: a list of other headlines."""
    return len(folded_block) >= 3 and not any(line.endswith(_SENTENCE_END) for line in folded_block)


class _Segmenter:
    """Walks the blocks once, labelling each line; the header fields fill in as they are met.

    The header is every block up to and including the one holding the headline; the lead is a
    sentence-like line in the headline's block. After it, blocks are body, except blocks holding only
    header-shaped lines (a dateline or caption set apart) and the trailing list of other headlines."""

    def __init__(self) -> None:
        self.rows: list[tuple[Section, str]] = []
        self.fields: dict[str, Any] = dict.fromkeys(
            ["headline", "lead", "caption", "credit", "published", "published_from", "section"]
            + ["read_time_minutes", "outlet"]
        )
        self.header_done = False
        self.in_tail = False
        self.tail_by_shape = False  # the tail was taken from a list's shape (no marker named it)
        self.folded_headline = ""  # fold(headline), kept: every body line is compared with it
        self.width = 0  # the longest (folded) line of the block being read
        self.open_line = ""  # fold of the last row's line when it breaks off mid-sentence (a hard wrap)
        self.published_rank = 0  # how strongly the dateline that gave `published` witnesses it
        self.site_clocks: list[tuple[str, int]] = []  # (iso, paragraph) of each site's clock, never `published` alone

    def add(self, section: Section, line: str) -> None:
        self.rows.append((section, line))
        self.open_line = ""

    def body(self, line: str, folded: str) -> None:
        """A body row; a line that carries on the sentence the body line above it broke off (a page
        hard-wrapped at a fixed width) joins that row, so a sentence is one paragraph."""
        if self.open_line and _continues(line, folded, self.open_line):
            self.rows[-1] = (Section.BODY, f"{self.rows[-1][1]} {line}")
        else:
            self.add(Section.BODY, line)
        self.open_line = folded if _breaks_off(folded, self.width) else ""

    def dateline(self, line: str, iso: str, shape: str) -> None:
        """A dateline row; the strongest shape (helpers.dates.dateline.witness) sets `published` and
        records where it was read: «تاریخ انتشار» below a site's clock wins. Between equals above the
        body the earliest day wins: a page shows its publication, then its update and the day it was
        read (a site's clock), never a day before the publication."""
        if shape == WEEKDAY_DATE and self.rows and clock_line(fold(self.rows[-1][1])):
            shape = DATE_LINE  # «ساعت ۱۶:۴۱» on the line above: one dateline with its clock, split over two lines
        if shape == WEEKDAY_DATE and self.fields["headline"] is None:
            shape = SITE_CLOCK  # today's date in the masthead, above the headline: not the publication's
        rank = witness("news code") if self._under_code() else witness(shape)
        if shape == SITE_CLOCK:
            self.site_clocks.append((iso, len(self.rows)))
        elif self._publishes(iso, rank):
            self.fields["published"] = iso
            self.fields["published_from"] = {"paragraph": len(self.rows), "shape": shape, "text": line}
            self.published_rank = rank
        self.add(Section.DATELINE, line)

    def _under_code(self) -> bool:
        """A date line right under a news code alone («شناسه خبر: ۲۱۴۷»): the agency's own block,
        as strong a witness as a labelled line (it outranks a site's clock printed higher up)."""
        return bool(self.rows) and self.rows[-1][0] == Section.BOILERPLATE and news_code_line(fold(self.rows[-1][1]))

    def _publishes(self, iso: str, rank: int) -> bool:
        """Whether a dateline of `rank` giving `iso` outranks the one that gave `published`. Between equals
        the earlier day wins above the body, and anywhere over a weekday date alone (WEEKDAY_DATE) or a date line
        above the headline (_above_headline): a site prints today's date there, never a day before the publication."""
        if self.fields["published"] is None:
            return True
        above_body = all(section != Section.BODY for section, _ in self.rows)
        masthead = self.fields["published_from"]["shape"] == WEEKDAY_DATE
        current = self.published_rank
        earlier_wins = above_body or masthead or self._above_headline()
        return rank > current or (rank == current and earlier_wins and iso < self.fields["published"])

    def header_line(self, line: str, folded: str) -> None:
        fields = self.fields
        if (m := _READ_TIME.match(folded)) and fields["read_time_minutes"] is None:
            fields["read_time_minutes"] = int(m.group(1) or m.group(2))
            self.add(Section.READ_TIME, line)
        elif m := _CREDIT.search(folded):
            fields["caption"] = fields["caption"] or line
            fields["credit"] = fields["credit"] or m.group("credit").strip()
            self.add(Section.CAPTION, line)
        elif dateline := _dateline(folded):
            self.dateline(line, dateline.date.isoformat(), dateline.shape)
        elif (
            _stamp_line(folded)
            or _notice(folded)
            or (folded == self.folded_headline if fields["headline"] is not None else _MASTHEAD.match(folded))
        ):
            self.add(Section.BOILERPLATE, line)
        elif fields["headline"] is None and fields["section"] is None and _looks_like_label(folded):
            fields["section"] = line
            self.add(Section.LABEL, line)
        elif fields["headline"] is None and not _in_page_script(line):
            self.add(
                Section.BOILERPLATE, line
            )  # «Skip to main content», «Thumbnail», «T T»: the site's, not the article's
        elif fields["headline"] is None:
            # «• تیتر»: a teaser list's bullet is not the headline's, and the line restating it is boilerplate
            headline = LIST_BULLET.sub("", line).strip()
            fields["headline"], self.folded_headline = headline, fold(headline)
            self.add(Section.HEADLINE, line)
        elif fields["lead"] is None and not self.header_done:
            fields["lead"] = line
            self.add(Section.LEAD, line)
        else:
            self.body_line(line, folded)

    def body_line(self, line: str, folded: str) -> None:
        if folded.lower() in _TAIL_MARKERS:
            self.in_tail = True
            self.add(Section.BOILERPLATE, line)
        elif self.in_tail:
            self.add(Section.OTHER_HEADLINE, line)
        elif related := _RELATED.match(folded):
            if (m := _OUTLET_PREFIX.match(folded[related.end() :])) and self.fields["outlet"] is None:
                self.fields["outlet"] = m.group("outlet").strip()
            self.add(Section.RELATED, line)
        elif _is_header_shaped(folded) or folded == self.folded_headline:
            self.header_line(line, folded)
        else:
            self.body(line, folded)

    def run(self, blocks: list[list[str]]) -> None:
        for block in blocks:
            if not any(section == Section.BODY for section, _ in self.rows):
                block = rejoin_split_dates(block)  # a dateline's fields set on two lines, in the header
            block = rejoin_broken_dates(block)  # a date a hard wrap broke
            folded_block = [fold(line) for line in block]  # once per line: the checks below reuse it
            facts = self._facts_block(folded_block)
            if self.header_done and not self.in_tail and facts is None and self._is_list_tail(folded_block):
                self.in_tail = self.tail_by_shape = True
            elif self.tail_by_shape and any(len(folded.split()) >= _PROSE_WORDS for folded in folded_block):
                self.in_tail = self.tail_by_shape = False  # prose after it: that list was a caption or an advert
            in_header = not self.header_done or all(_is_header_shaped(folded) for folded in folded_block)
            self.width, self.open_line = max(map(len, folded_block)), ""  # no wrap across a blank line
            for line, folded in zip(block, folded_block, strict=True):
                if in_header and not self.in_tail:
                    self.header_line(line, folded)
                elif facts is not None and (_FACT.match(folded) or folded in facts) and not _is_header_shaped(folded):
                    self.add(Section.BOILERPLATE, line)
                else:
                    self.body_line(line, folded)
            self.header_done = self.fields["headline"] is not None
        if self.fields["published"] is None or self._above_headline():
            self.dateline_run_in()
        if self.fields["published"] is None:
            self.restated_clock()

    def _is_list_tail(self, folded_block: list[str]) -> bool:
        """A list of other headlines (_is_list_tail); not a block before any body text that opens with a
        dateline, or with the headline restated and then a dateline (the dateline over the site's share
        buttons), or that restates the headline with no date among its lines (the site's title block: the
        headline again beside its comment count, text-size or share buttons): the header's furniture, and
        the article follows it. A dated line after other lines is a listed story's date."""
        if not _is_list_tail(folded_block):
            return False
        if any(section == Section.BODY for section, _ in self.rows):
            return True
        dated = next((i for i, folded in enumerate(folded_block) if _dateline(folded)), None)
        if dated is None:
            return self.folded_headline not in folded_block
        return any(folded != self.folded_headline for folded in folded_block[:dated])

    def _facts_block(self, folded_block: list[str]) -> frozenset[str] | None:
        """A block of the article's facts under its headline, before any body text: a dateline among
        short «label: value» lines («• انتشار: …», «• سرویس: …», «• شناسه مطلب: …»), the headline
        restated and the agency its dateline names on a line of its own (a site printing its title block
        again: headline, agency, «agency - date»). Not a list of other headlines, though it has that
        shape; its lines other than the dateline are page furniture. The agencies' names when it is
        one, else None."""
        if self.in_tail or any(section == Section.BODY for section, _ in self.rows):
            return None
        datelines = [d for d in map(_dateline, folded_block) if d is not None]
        names = frozenset(d.names for d in datelines if d.names)
        lines_fit = all(
            _FACT.match(folded) or _is_header_shaped(folded) or folded == self.folded_headline or folded in names
            for folded in folded_block
        )
        return names if datelines and lines_fit else None

    def _above_headline(self) -> bool:
        """Whether `published` came from an unlabelled date line above the headline: a site's clock can print
        one (the day the page was read, with its clock), so the article's own dateline may correct it."""
        headline = next((i for i, (section, _) in enumerate(self.rows) if section == Section.HEADLINE), None)
        given = self.fields["published_from"]
        return headline is not None and given["paragraph"] < headline and self.published_rank <= witness(DATE_LINE)

    def dateline_run_in(self) -> None:
        """Without a dateline line, a date opening one of the first text paragraphs as its dateline
        («۲۷ عقرب ۱۴۰۳، …»), a dateline with its clock or label ending it (dateline.trailing_dateline) or an ISO
        date ending it (dateline.title_date) gives `published`; the paragraph
        keeps its section. Over an unlabelled date line above the headline (_above_headline) it wins when it
        gives an earlier day: a page is read on or after the day it was published, never before. Lines with no
        Arabic-script letter or digit are not counted among them: a site's interface strings in English above
        the article («Click here to subscribe.») are furniture, not its first paragraphs."""
        text_rows = [
            (i, line)
            for i, (section, line) in enumerate(self.rows)
            if section in _TEXT_SECTIONS and _PAGE_SCRIPT.search(line)
        ]
        for index, line in text_rows[:_RUN_IN_PARAGRAPHS]:
            dateline = leading_dateline(line) or trailing_dateline(line) or title_date(line)
            if dateline and not _names_a_meeting(dateline):
                if self.fields["published"] is not None and dateline.date.isoformat() >= self.fields["published"]:
                    return
                self.fields["published"] = dateline.date.isoformat()
                self.fields["published_from"] = {"paragraph": index, "shape": dateline.shape, "text": line}
                return

    def restated_clock(self) -> None:
        """With no other dateline, a site's clock whose day the first text paragraphs write again without its
        year (dateline.restates_day: «Saturday, March 24, 2007» over «… روز شنبه ۲۴ مارس …») gives `published`:
        the day the page shows over its title is the article's, not only the day it was read."""
        text_rows = [line for section, line in self.rows if section in _TEXT_SECTIONS and _PAGE_SCRIPT.search(line)]
        for iso, index in self.site_clocks:
            day = dt.date.fromisoformat(iso)
            if any(restates_day(day, row) for row in text_rows[:_RUN_IN_PARAGRAPHS]):
                self.fields["published"] = iso
                self.fields["published_from"] = {
                    "paragraph": index,
                    "shape": "site clock restated",
                    "text": self.rows[index][1],
                }
                return


_MASTHEAD = re.compile(r"^(?:صاحب\s*امتیاز|مدیر\s*مس(?:ئ|و|و\s*)ول|سر\s*دبیر|ناشر)\s*:")
"""«صاحب امتیاز: …», «مدیر مسئول: …», «سردبیر: …»: a newspaper's masthead above the headline."""
_NOTICE = re.compile(
    rf"^(?:{LIST_MARK})?\s*(?:skip to(?: \S+){{1,2}}|(?:رفتن|پرش) به(?: \S+){{1,4}}|دسترسی به محتوای اصلی)\s*$"
    r"|(?:برای|در \S+(?: \S+)?) شما در دسترس نیست|not available in your|(?<![^\W\d_])(?:کوکی|cookie)"
    r"|^(?:دانلود|download)\s(?:(?:صفحات|نسخه|فایل|اپلیکیشن|برنامه|اپ)(?![^\W\d_])|the app)",
    re.IGNORECASE,
)
"""A site's notice to its reader, printed over every page: a skip link alone on its line («Skip to main
content», «۱. رفتن به محتوا», «۲. پرش به منوی اصلی», «دسترسی به محتوای اصلی»), a region block («… در حوزه
جغرافیایی شما در دسترس نیست»), a cookie notice, an offer to download the paper or the app («دانلود صفحات امروز
روزنامه: …»): neither headline nor lead. (A breaking-news banner, «خبر فوری», is left a section label: on some
sites the site's clock follows it, which no rule here reads as one.)"""
_NOTICE_WORDS = 14
"""A notice is a short line; a sentence of the article that says something is unavailable is longer."""


def _notice(folded: str) -> bool:
    """Whether `folded` is a site's notice to its reader (_NOTICE)."""
    return len(folded.split()) <= _NOTICE_WORDS and _NOTICE.search(folded) is not None


_FACT = re.compile(rf"^(?:{BULLET}|\|)?\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*:\s*(?:[^:]{{1,40}}|https?://\S+)$")
"""«• سرویس: سیاسی», «نویسنده: گزارشگر ما», «لینک کوتاه: https://…»: a short label of one or two words, a colon
and a short value or a link."""
_TEXT_SECTIONS = (Section.HEADLINE, Section.LEAD, Section.BODY)
_PAGE_SCRIPT = re.compile(rf"{ARABIC_SCRIPT.pattern}|\d")
"""A letter of the page's script or a digit: a line with neither is an interface string in English."""


def _in_page_script(line: str) -> bool:
    """Whether `line` holds a letter of the page's script. A Persian page's headline does; a line above it with
    none is the site's interface (a skip link, a button's label, an image's alt text, a banner in English)."""
    return any(char.isalpha() and ARABIC_SCRIPT.match(char) for char in line)


_PROSE_WORDS = 25
"""A line this long is a paragraph of text, never an item of a list of other headlines."""
_RUN_IN_PARAGRAPHS = 3


def _looks_like_label(folded: str) -> bool:
    """A section label: a few words, no sentence punctuation, not a date."""
    return len(folded.split()) <= _MAX_SECTION_WORDS and not folded.endswith(_SENTENCE_END)


def _breaks_off(folded: str, width: int) -> bool:
    """A body line cut off by a hard wrap: no sentence end in its last word, and as long as a wrapped
    line is - several words, nearly the width of its block's longest line (a heading or a caption
    line is short next to the paragraph under it)."""
    words = folded.split()
    return (
        len(words) >= _WRAP_WORDS
        and len(folded) >= _WRAP_FILL * width
        and not any(mark in words[-1] for mark in _SENTENCE_END)
    )


def _continues(line: str, folded: str, above: str) -> bool:
    """The next line carries the broken sentence on: not a repeat of the line above (a caption shown
    twice), not a list item or a quotation, not a dateline opening a paragraph."""
    return folded != above and not _NEW_ITEM.match(folded) and leading_dateline(line) is None


def _is_header_shaped(folded: str) -> bool:
    """A reading-time line, a photo caption with credit, a dateline or a news code."""
    return bool(_READ_TIME.match(folded) or _CREDIT.search(folded) or _dateline(folded) or _stamp_line(folded))


def _stamp_line(folded: str) -> bool:
    """A news code alone or a clock alone (maybe labelled): a stamp the site prints beside the dateline."""
    return news_code_line(folded) or clock_line(folded)


def segment(text: str, source: str = "") -> Article:
    """Label every line of a scraped page and collect the header fields into a record."""
    walker = _Segmenter()
    body = text
    if prefix := iso_prefix(text):  # «date 2024-10-09 » glued before the first line: a dateline of its own
        if prefix["day"]:
            walker.dateline(prefix[0].strip(), prefix["iso"], "iso prefix")
        else:  # «date 2025-06»: a dateline row for the month, no publication day
            walker.add(Section.DATELINE, prefix[0].strip())
        body = text[prefix.end() :]
    walker.run(_blocks(_unflatten(body)))
    sections = [str(section) for section, _ in walker.rows]
    lines = [line for _, line in walker.rows]
    columns = {"paragraph": range(len(sections)), "section": sections, "text": lines}
    paragraphs = contracts.frame(columns, contracts.PARAGRAPHS)
    record = {
        "id": paths.article_id(source) if source else None,
        **walker.fields,
        "source": str(source) if source else None,
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "paragraphs": len(paragraphs),
        "body_paragraphs": sections.count(Section.BODY),
        **organizations.as_record(organizations.detect(sections, lines)),
    }
    return Article(record=record, paragraphs=paragraphs)


def give_published(record: dict[str, Any], iso: str) -> None:
    """Set the publication date from outside (the `published` parameter, `--published`), overriding
    the dateline; `published_from` says so and keeps what the page itself gave."""
    try:
        day = dt.date.fromisoformat(iso.strip())
    except ValueError:
        raise ValueError(f"published: {iso!r} is not a date (YYYY-MM-DD)") from None
    record["published_from"] = {"shape": "given", "detected": record.get("published")}
    record["published"] = day.isoformat()


def load(path: str | Path, article_id: str | None = None, published: str = "") -> Article:
    """Read an article file safely (see `helpers.text.sources`) and segment it; a non-empty
    `published` (YYYY-MM-DD) overrides the dateline.

    The id defaults to the file name; sha256 is of the file's bytes, so provenance names the input."""
    from helpers.text.sources import read_article_text

    path = Path(path)
    article = segment(read_article_text(path), source=paths.display(path))
    article.record["id"] = article_id or paths.article_id(path)
    article.record["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    if published:
        give_published(article.record, published)
    return article


def write(article: Article, processed_base: str | Path | None = None) -> Path:
    """Write article.json and paragraphs.parquet (+csv) under data/processed/<id>/."""
    from helpers import storage

    out = paths.processed_dir(article.record["id"], processed_base)
    storage.write_json(out / contracts.ARTICLE, article.record)
    storage.write_table(article.paragraphs, out / contracts.Table.PARAGRAPHS.file)
    return out
