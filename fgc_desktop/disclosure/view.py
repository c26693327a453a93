"""The answer to “what may this recipient see?”: plain, frozen data and nothing more.

Every document is built from a :class:`RecipientView` alone, so whatever is
not in it cannot be printed. It holds no database object and no id a document
could use to look something up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from fgc_desktop.domain.enums import (
    ChildParticipation,
    InformationCategory,
    MeetingKind,
    MeetingSession,
    ReferrerDecision,
    Role,
)


@dataclass(frozen=True)
class FreeText:
    """Words someone typed, in English, with an interpreter's translations beside them.

    ``translations`` holds ``(language code, text)`` pairs, each already passed
    through the recipient's confidential guard like the English.
    """

    english: str = ""
    translations: tuple[tuple[str, str], ...] = ()

    def translation(self, language: str) -> str | None:
        """The words in ``language``, or ``None`` when no one has translated them."""
        return next((text for code, text in self.translations if code == language), None)


@dataclass(frozen=True)
class ServiceDetails:
    """How families reach the service; printed on documents instead of anyone's own address.

    The coordinator's own phone and email are printed only when
    ``print_coordinator_contact`` is on; otherwise the view leaves them empty.
    """

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    coordinator_name: str = ""
    coordinator_phone: str = ""
    coordinator_email: str = ""
    print_coordinator_contact: bool = False


@dataclass(frozen=True)
class RecipientDetails:
    """The person a document is for. Their own contact details appear only in their own view.

    ``first_name`` is the name they are known by, to greet a child;
    ``child_participation`` is the way a child has chosen to take part.
    ``interpreter_language`` (set when they need an interpreter),
    ``needs_childcare`` and ``needs_travel_help`` are their own needs, so a
    letter can promise that help before any meeting is planned.
    """

    uid: str
    name: str
    first_name: str
    language: str
    role: Role
    relationship: str
    is_child: bool
    child_participation: ChildParticipation
    advocate_name: str
    address: str
    phone: str
    email: str
    interpreter_language: str = ""
    needs_childcare: bool = False
    needs_travel_help: bool = False


@dataclass(frozen=True)
class MeetingView:
    """The next planned meeting, as this recipient needs to know it.

    A meeting that has been held, postponed or cancelled never reaches a view,
    so no invitation can give the time and place of a meeting already over.

    ``childcare`` and ``travel_help`` are what is offered to this recipient for
    their own needs; ``interpreter_language`` is set when they need one.
    ``session`` is the part of the meeting they are invited to, if settled.
    """

    kind: MeetingKind
    starts_at: datetime | None
    ends_at: datetime | None
    venue_name: str
    venue_address: str
    venue_access: str
    food: str
    information_start: datetime | None
    information_end: datetime | None
    private_time_start: datetime | None
    private_time_end: datetime | None
    agreement_start: datetime | None
    agreement_end: datetime | None
    private_family_time: bool
    interpreter_language: str
    interpreter_booked: bool
    childcare: str
    travel_help: str
    session: MeetingSession | None


@dataclass(frozen=True)
class ItemView:
    """One piece of information the recipient may read: its full text, or a summary."""

    uid: str
    title: str
    category: InformationCategory
    body: FreeText
    is_summary: bool

    @property
    def text(self) -> str:
        """The words as they were typed, in English."""
        return self.body.english


@dataclass(frozen=True)
class InviteeView:
    """Another person (invited, or at the meeting): a name and how they are related.

    Never how to reach them.
    """

    name: str
    relationship: str


@dataclass(frozen=True)
class ActionView:
    what: FreeText
    who: FreeText
    by_when: date | None
    by_when_text: FreeText
    how_known: FreeText
    who_checks: FreeText


@dataclass(frozen=True)
class PlanView:
    """The family plan, for the people on its distribution list only.

    ``took_part`` is who was at the meeting that made the plan.
    """

    uid: str
    number: int
    created_on: date | None
    took_part: tuple[InviteeView, ...]
    actions: tuple[ActionView, ...]
    help_from_services: FreeText
    backup_plan: FreeText
    monitoring: FreeText
    review_date: date | None
    family_lead_name: str
    referrer_decision: ReferrerDecision
    referrer_reasons: FreeText
    distribution: tuple[str, ...]


@dataclass(frozen=True)
class RecipientView:
    """Everything one recipient's documents may print.

    ``recipient`` is ``None`` for a document for anyone (the leaflet): such a
    view carries the service's details and the reference, and no name, no
    meeting, no information and no plan.
    """

    reference: str
    service: ServiceDetails
    recipient: RecipientDetails | None = None
    family_name: str = ""
    children: tuple[str, ...] = ()
    meeting: MeetingView | None = None
    review_date: date | None = None
    items: tuple[ItemView, ...] = ()
    invitees: tuple[InviteeView, ...] = ()
    plan: PlanView | None = None

    @property
    def is_for_anyone(self) -> bool:
        return self.recipient is None

    def carried_items(self) -> list[dict[str, str]]:
        """The uid and title of each item carried, as the disclosure log keeps them."""
        return [{"uid": item.uid, "title": item.title} for item in self.items]
