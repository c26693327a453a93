"""Read-only views of what is recorded for a conference, one per workspace page.

Each query opens one short session and returns frozen dataclasses, so the
window shows a snapshot and never holds a database object after the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from fgc_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    ChoiceKind,
    ChoiceMadeBy,
    ContactKind,
    InformationCategory,
    InvitationStatus,
    LivingArrangement,
    MeetingKind,
    MeetingSession,
    MeetingStatus,
    PlanStatus,
    ReferrerDecision,
    ReplyStatus,
    Role,
    Sensitivity,
    SharingChoice,
)
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import (
    InformationItem,
    Meeting,
    Outcome,
    Participant,
    PlanVersion,
    PreparationContact,
    SharingDecision,
)


@dataclass(frozen=True)
class PersonLine:
    name: str
    role: Role
    relationship: str
    language_code: str
    needs_interpreter: bool
    is_subject_child: bool
    invitation: InvitationStatus
    reply: ReplyStatus


@dataclass(frozen=True)
class ContactLine:
    on: date
    kind: ContactKind
    person: str
    by_whom: str
    notes: str


@dataclass(frozen=True)
class ChoiceLine:
    kind: ChoiceKind
    value: str
    made_by: ChoiceMadeBy
    made_by_person: str


@dataclass(frozen=True)
class AttendeeLine:
    name: str
    role: Role
    session: MeetingSession
    attendance: Attendance


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting as recorded: its arrangements, the family's choices, its three parts, who came."""

    status: MeetingStatus
    starts_at: datetime | None
    venue_name: str
    venue_address: str
    food: str
    dietary_needs: str
    language_code: str
    childcare: str
    travel_help: str
    private_time_planned: bool
    information_times: tuple[datetime | None, datetime | None]
    private_time_times: tuple[datetime | None, datetime | None]
    agreement_times: tuple[datetime | None, datetime | None]
    private_time_without_professionals: bool | None
    outcome: str
    choices: tuple[ChoiceLine, ...]
    attendees: tuple[AttendeeLine, ...]


@dataclass(frozen=True)
class DecisionLine:
    person: str
    choice: SharingChoice
    summary: str


@dataclass(frozen=True)
class SharingItemLine:
    title: str
    category: InformationCategory
    sensitivity: Sensitivity
    source: str
    decisions: tuple[DecisionLine, ...]


@dataclass(frozen=True)
class ActionLine:
    what: str
    who: str
    by_when: date | None
    by_when_text: str
    status: ActionStatus


@dataclass(frozen=True)
class PlanSummary:
    number: int
    status: PlanStatus
    created_on: date
    referrer_decision: ReferrerDecision
    review_date: date | None
    family_lead: str
    actions: tuple[ActionLine, ...]


@dataclass(frozen=True)
class OutcomeLine:
    child: str
    months_after: int
    due_on: date
    recorded_on: date | None
    living: LivingArrangement | None
    care_proceedings_issued: bool | None


@dataclass(frozen=True)
class ReviewSummary:
    meetings: tuple[MeetingSummary, ...]
    outcomes: tuple[OutcomeLine, ...]


def people(db: Database, conference_id: int) -> tuple[PersonLine, ...]:
    """Everyone in the conference, the children it is about first."""
    query = (
        select(Participant)
        .where(Participant.conference_id == conference_id)
        .order_by(Participant.is_subject_child.desc(), Participant.id)
    )
    with db.session() as session:
        return tuple(
            PersonLine(
                name=person.display_name, role=person.role,
                relationship=person.relationship_to_child,
                language_code=person.preferred_language,
                needs_interpreter=person.needs_interpreter,
                is_subject_child=person.is_subject_child,
                invitation=person.invitation_status, reply=person.reply_status,
            )
            for person in session.scalars(query)
        )


def preparation_contacts(db: Database, conference_id: int) -> tuple[ContactLine, ...]:
    """The log of visits and calls, oldest first."""
    query = (
        select(PreparationContact)
        .where(PreparationContact.conference_id == conference_id)
        .options(selectinload(PreparationContact.participant))
        .order_by(PreparationContact.contact_on, PreparationContact.id)
    )
    with db.session() as session:
        return tuple(
            ContactLine(
                on=contact.contact_on, kind=contact.kind,
                person=contact.participant.display_name, by_whom=contact.by_whom,
                notes=contact.notes,
            )
            for contact in session.scalars(query)
        )


def conference_meeting(db: Database, conference_id: int) -> MeetingSummary | None:
    """The family group conference itself: the latest one arranged, if any."""
    query = (
        select(Meeting)
        .where(Meeting.conference_id == conference_id, Meeting.kind == MeetingKind.CONFERENCE)
        .order_by(Meeting.id.desc())
        .limit(1)
    )
    with db.session() as session:
        meeting = session.scalar(query)
        return None if meeting is None else _meeting_summary(meeting)


def sharing_items(db: Database, conference_id: int) -> tuple[SharingItemLine, ...]:
    """Each piece of information and what was decided for each person."""
    query = (
        select(InformationItem)
        .where(InformationItem.conference_id == conference_id)
        .options(
            selectinload(InformationItem.decisions).selectinload(SharingDecision.participant)
        )
        .order_by(InformationItem.id)
    )
    with db.session() as session:
        return tuple(
            SharingItemLine(
                title=item.title, category=item.category, sensitivity=item.sensitivity,
                source=item.source,
                decisions=tuple(
                    DecisionLine(decision.participant.display_name, decision.choice,
                                 decision.summary)
                    for decision in item.decisions
                ),
            )
            for item in session.scalars(query)
        )


def latest_plan(db: Database, conference_id: int) -> PlanSummary | None:
    """The newest version of the family plan, with its actions in order."""
    query = (
        select(PlanVersion)
        .where(PlanVersion.conference_id == conference_id)
        .order_by(PlanVersion.number.desc())
        .limit(1)
    )
    with db.session() as session:
        plan = session.scalar(query)
        if plan is None:
            return None
        return PlanSummary(
            number=plan.number, status=plan.status, created_on=plan.created_on,
            referrer_decision=plan.referrer_decision, review_date=plan.review_date,
            family_lead=plan.family_lead.display_name if plan.family_lead else "",
            actions=tuple(
                ActionLine(action.what, action.who, action.by_when, action.by_when_text,
                           action.status)
                for action in plan.actions
            ),
        )


def review(db: Database, conference_id: int) -> ReviewSummary:
    """Review meetings in date order, and where each child was living afterwards."""
    meetings = (
        select(Meeting)
        .where(Meeting.conference_id == conference_id, Meeting.kind == MeetingKind.REVIEW)
        .order_by(Meeting.starts_at, Meeting.id)
    )
    outcomes = (
        select(Outcome)
        .where(Outcome.conference_id == conference_id)
        .options(selectinload(Outcome.child))
        .order_by(Outcome.months_after, Outcome.id)
    )
    with db.session() as session:
        return ReviewSummary(
            meetings=tuple(_meeting_summary(meeting) for meeting in session.scalars(meetings)),
            outcomes=tuple(
                OutcomeLine(
                    child=outcome.child.display_name, months_after=outcome.months_after,
                    due_on=outcome.due_on, recorded_on=outcome.recorded_on,
                    living=outcome.living,
                    care_proceedings_issued=outcome.care_proceedings_issued,
                )
                for outcome in session.scalars(outcomes)
            ),
        )


def _meeting_summary(meeting: Meeting) -> MeetingSummary:
    """Reads the meeting inside its session; a conference has only a handful of meetings."""
    return MeetingSummary(
        status=meeting.status, starts_at=meeting.starts_at, venue_name=meeting.venue_name,
        venue_address=meeting.venue_address, food=meeting.food,
        dietary_needs=meeting.dietary_needs, language_code=meeting.language,
        childcare=meeting.childcare, travel_help=meeting.travel_help,
        private_time_planned=meeting.private_time_planned,
        information_times=(meeting.information_start, meeting.information_end),
        private_time_times=(meeting.private_time_start, meeting.private_time_end),
        agreement_times=(meeting.agreement_start, meeting.agreement_end),
        private_time_without_professionals=meeting.private_time_without_professionals,
        outcome=meeting.outcome,
        choices=tuple(
            ChoiceLine(
                choice.kind, choice.value, choice.made_by,
                choice.made_by_participant.display_name if choice.made_by_participant else "",
            )
            for choice in meeting.choices
        ),
        attendees=tuple(
            AttendeeLine(attendee.participant.display_name, attendee.participant.role,
                         attendee.session, attendee.attendance)
            for attendee in meeting.attendees
        ),
    )
