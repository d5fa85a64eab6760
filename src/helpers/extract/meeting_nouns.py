"""The nouns that name a meeting («نشست», «اجلاس», «همایش»), folded: one copy for every rule that reads
them: where an act is placed at the meeting (helpers.extract.meeting_place), the status and time cues
(helpers.extract.cues, time_cues, occasions) and the document rules' earlier, later and named meetings
(helpers.extract.document_cues, document_bounds, document_outside). A module of its own because
meeting_place is built on document_cues, which could not import them from there."""

from __future__ import annotations

ASSEMBLY = "مجمع"
"""An assembly («مجمع»): a meeting («در مجمع عمومی گفت»), but also the standing body that meets and its
standing offices («رئیس مجمع», «مجمع تشخیص مصلحت»): a chair's title names this meeting's chair only with
an ordinal («رئیس هشتادمین مجمع عمومی», helpers.extract.cues.CHAIR_TITLE)."""
CONFERENCE = "کنفرانس|کمفرانس"
"""A conference, also in its Dari spelling («کمفرانس», as a Dari report writes «کمفرانس خبری»)."""
SITTING = f"نشست|نشستهای|اجلاس|اجلاسیه|جلسه|جلسات|همایش|{CONFERENCE}|گردهمایی"
"""The meeting nouns that name a sitting, never a standing body, and «جلسات», the sessions that make it up
(«ریاست جلسات کنفرانس»): MEETING less ASSEMBLY, for the chair's title and the chair handed over, which of
a standing body are its standing office."""
MEETING = f"{SITTING}|{ASSEMBLY}"
"""Words for the meeting itself, as cues name it («در این نشست», «میزبان اجلاس»)."""
