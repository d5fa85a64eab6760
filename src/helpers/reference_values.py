"""The coded values of the reference tables and of the tables built from them: a membership event's
kind, a state's standing in an organization, a session's kind, format and status, a head of the
secretariat's role, and what the article says of a member state. StrEnums, like the contracts' own
value sets (`contracts.VALUES`), so a member is the plain string the CSV files hold; `VALUES` says
which column takes which.

Kept apart from `helpers.reference` (which loads pandas) so that `figures.labels` can name them."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from helpers.contracts import Precision


class EventKind(StrEnum):
    """A membership event (the events' `kind`): of the organization as a whole (its milestones),
    of a state's membership, of a standing beside it, or a notice that changes no standing."""

    TREATY_SIGNED = "treaty_signed"
    IN_FORCE = "in_force"
    TRANSFORMED = "transformed"
    CHARTER_SIGNED = "charter_signed"
    CHARTER_IN_FORCE = "charter_in_force"
    SIGNED = "signed"
    ACCEDED = "acceded"
    REJOINED = "rejoined"
    ASSOCIATE = "associate"
    DID_NOT_RENEW = "did_not_renew"
    WITHDREW = "withdrew"
    SUSPENDED = "suspended"
    FROZE = "froze"
    RESUMED = "resumed"
    OBSERVER = "observer"
    DIALOGUE_PARTNER = "dialogue_partner"
    PARTNER = "partner"
    OBSERVER_ENDED = "observer_ended"
    DIALOGUE_PARTNER_ENDED = "dialogue_partner_ended"
    PARTNER_ENDED = "partner_ended"
    INVITED = "invited"
    DECLINED = "declined"


class Milestone(NamedTuple):
    """How an event of the organization as a whole is labelled: in full (hover, legend, the events
    table) and as the short mark drawn on a figure's axis."""

    label_en: str
    label_fa: str
    short_en: str
    short_fa: str


MILESTONES = {
    EventKind.TREATY_SIGNED: Milestone("Treaty signed", "امضای پیمان", "treaty", "پیمان"),
    EventKind.IN_FORCE: Milestone("Treaty in force", "اجرای پیمان", "in force", "اجرا"),
    EventKind.TRANSFORMED: Milestone("Decision to form the organization", "تصمیم به تشکیل سازمان", "decision", "تصمیم"),
    EventKind.CHARTER_SIGNED: Milestone("Charter signed", "امضای منشور", "charter", "منشور"),
    EventKind.CHARTER_IN_FORCE: Milestone("Charter in force", "اجرای منشور", "charter in force", "اجرای منشور"),
}


class Standing(StrEnum):
    """A state's standing in an organization (the periods' `status`): membership first, then the
    standings beside it."""

    MEMBER = "member"
    SUSPENDED = "suspended"
    FROZEN = "frozen"
    ASSOCIATE = "associate"  # takes part without full membership (Turkmenistan in the CIS)
    OBSERVER = "observer"
    DIALOGUE_PARTNER = "dialogue_partner"  # the SCO's
    PARTNER = "partner"  # BRICS partner countries


AFFILIATIONS = (Standing.OBSERVER, Standing.DIALOGUE_PARTNER, Standing.PARTNER)
"""Standings beside membership (observers, the SCO's dialogue partners, BRICS partner countries).
Each opens with an event of its own kind and closes with `<kind>_ended`; becoming a member closes
any that is still open."""


class SessionKind(StrEnum):
    """What the sources call a council session (`unknown`: they only say «اجلاس»)."""

    REGULAR = "regular"
    EXTRAORDINARY = "extraordinary"
    INFORMAL = "informal"
    UNKNOWN = "unknown"


class SessionFormat(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    HYBRID = "hybrid"


class SessionStatus(StrEnum):
    HELD = "held"
    ANNOUNCED = "announced"  # the next session, not yet known to be held


class SecretaryRole(StrEnum):
    """The head of the secretariat's title: the CIS has an executive secretary, the EAEU the chairman
    of the Eurasian Economic Commission's Board, the CICA an executive director until 2022."""

    SECRETARY_GENERAL = "secretary_general"
    EXECUTIVE_SECRETARY = "executive_secretary"
    BOARD_CHAIR = "board_chair"
    EXECUTIVE_DIRECTOR = "executive_director"
    ACTING = "acting"


class ArticleSays(StrEnum):
    """What the article's attendees table, and its table of states named as taking part, say of a member
    state on the article's day (the attendance table's `article`)."""

    ATTENDED = "attended"  # host, chair or attended
    NAMED_AS_TAKING_PART = "named as taking part"  # only in a list of those taking part (named_as_taking_part table)
    ABSENT = "absent"
    EXPECTED = "expected"  # a person of it to attend: a report before the meeting
    MENTIONED = "mentioned"  # incoming or mentioned
    NOT_IN_TABLE = "not in attendees table"  # no person or stated absence of it: the text may still name the state
    NO_ATTENDEES_TABLE = "no attendees table"


VALUES: dict[str, tuple[type[StrEnum], ...]] = {
    "status": (Standing, SessionStatus),
    "membership": (Standing,),
    "kind": (EventKind, SessionKind),
    "format": (SessionFormat,),
    "role": (SecretaryRole,),
    "article": (ArticleSays,),
    "start_precision": (Precision,),
    "end_precision": (Precision,),
}
"""The value sets a reference column may take, by column name: a column shows the names of the set
that holds all its values (a periods table's `status` is a standing, a sessions table's is held or
announced)."""
