"""Builders for the demo's meetings, plans, actions and outcomes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    ChoiceKind,
    ChoiceMadeBy,
    DeliveryMethod,
    LivingArrangement,
    MeetingKind,
    MeetingSession,
    MeetingStatus,
    PlanStatus,
    ReferrerDecision,
)
from fgc_desktop.services.demo_build import add_months, days_from, log_document
from fgc_desktop.store.models import (
    ActionNote,
    Conference,
    InterpreterBooking,
    Meeting,
    MeetingAttendee,
    MeetingChoice,
    Outcome,
    Participant,
    PlanAction,
    PlanRecipient,
    PlanVersion,
)

MEETING_LENGTH = timedelta(hours=3)


@dataclass(frozen=True)
class Venue:
    name: str
    address: str
    access: str = ""


def planned_meeting(
    conference: Conference, kind: MeetingKind, starts_at: datetime, venue: Venue,
    **fields: Any,
) -> Meeting:
    meeting = Meeting(
        kind=kind, status=MeetingStatus.PLANNED, starts_at=starts_at,
        ends_at=starts_at + MEETING_LENGTH, venue_name=venue.name,
        venue_address=venue.address, venue_access=venue.access, **fields,
    )
    conference.meetings.append(meeting)
    return meeting


def held_meeting(
    conference: Conference, kind: MeetingKind, starts_at: datetime, venue: Venue,
    **fields: Any,
) -> Meeting:
    """A meeting that took place in its three parts, with the family alone in the middle."""
    meeting = planned_meeting(
        conference, kind, starts_at, venue, private_time_planned=True, **fields
    )
    meeting.status = MeetingStatus.HELD
    meeting.information_start = starts_at
    meeting.information_end = starts_at + timedelta(minutes=50)
    meeting.private_time_start = starts_at + timedelta(minutes=60)
    meeting.private_time_end = starts_at + timedelta(minutes=140)
    meeting.agreement_start = starts_at + timedelta(minutes=150)
    meeting.agreement_end = starts_at + timedelta(minutes=175)
    meeting.private_time_without_professionals = True
    return meeting


def choose(
    meeting: Meeting, kind: ChoiceKind, value: str, made_by: ChoiceMadeBy, on: date,
    by: Participant | None = None,
) -> None:
    meeting.choices.append(MeetingChoice(
        kind=kind, value=value, made_by=made_by, made_by_participant=by, decided_on=on,
    ))


def seat(
    meeting: Meeting, person: Participant, attendance: Attendance = Attendance.EXPECTED,
    session: MeetingSession = MeetingSession.WHOLE, views_another_way: str = "",
) -> None:
    meeting.attendees.append(MeetingAttendee(
        participant=person, session=session, attendance=attendance,
        views_another_way=views_another_way,
    ))


def seat_all(
    meeting: Meeting, people: Iterable[Participant], attendance: Attendance = Attendance.EXPECTED
) -> None:
    for person in people:
        seat(meeting, person, attendance)


def book_interpreter(
    meeting: Meeting, language: str, booked: bool, notes: str = "", **fields: Any
) -> None:
    meeting.interpreters.append(
        InterpreterBooking(language=language, booked=booked, notes=notes, **fields)
    )


def agreed_plan(
    session: Session, conference: Conference, meeting: Meeting, on: date,
    based_on: PlanVersion | None = None, **fields: Any,
) -> PlanVersion:
    """A plan version the referrer agreed; a new version supersedes the one it is based on."""
    session.flush()
    plan = PlanVersion(
        number=based_on.number + 1 if based_on else 1,
        based_on_id=based_on.id if based_on else None, made_at_meeting_id=meeting.id,
        status=PlanStatus.AGREED, created_on=on, referrer_decision=ReferrerDecision.AGREED,
        referrer_decided_on=on, **fields,
    )
    conference.plan_versions.append(plan)
    if based_on is not None:
        based_on.status = PlanStatus.SUPERSEDED
    return plan


@dataclass(frozen=True)
class Note:
    days: int
    text: str
    by_whom: str


@dataclass(frozen=True)
class ActionSpec:
    """One action of a plan; ``due_in`` and each note's ``days`` count from today."""

    what: str
    who: str
    how_known: str
    who_checks: str
    due_in: int | None = None
    by_when_text: str = ""
    status: ActionStatus = ActionStatus.NOT_STARTED
    status_reason: str = ""
    notes: tuple[Note, ...] = ()


def add_actions(
    plan: PlanVersion, today: date, specs: Sequence[ActionSpec]
) -> list[PlanAction]:
    actions = [_action(position, spec, today) for position, spec in enumerate(specs, 1)]
    plan.actions.extend(actions)
    return actions


def _action(position: int, spec: ActionSpec, today: date) -> PlanAction:
    return PlanAction(
        position=position, what=spec.what, who=spec.who, how_known=spec.how_known,
        who_checks=spec.who_checks, by_when_text=spec.by_when_text,
        by_when=days_from(today, spec.due_in) if spec.due_in is not None else None,
        status=spec.status, status_reason=spec.status_reason,
        notes=[
            ActionNote(written_on=days_from(today, note.days), text=note.text,
                       by_whom=note.by_whom)
            for note in spec.notes
        ],
    )


def send_plan(
    plan: PlanVersion, person: Participant, method: DeliveryMethod | None = None,
    on: date | None = None,
) -> None:
    plan.recipients.append(PlanRecipient(participant=person, method=method, sent_on=on))


def distribute(
    session: Session, conference: Conference, plan: PlanVersion,
    sent: Sequence[tuple[Participant, DeliveryMethod, date]],
    waiting: Iterable[Participant] = (),
) -> None:
    """The plan's distribution list: each copy sent is logged in the person's own language."""
    for person, method, on in sent:
        send_plan(plan, person, method, on)
        log_document(session, conference, person, "plan", person.preferred_language, on,
                     plan=plan)
    for person in waiting:
        send_plan(plan, person)


def outcome(
    conference: Conference, child: Participant, meeting_day: date, months: int,
    living: LivingArrangement | None = None, notes: str = "",
) -> None:
    """Where a child lives ``months`` after the meeting; no ``living`` means not yet known."""
    due_on = add_months(meeting_day, months)
    conference.outcomes.append(Outcome(
        child=child, months_after=months, due_on=due_on,
        recorded_on=due_on + timedelta(days=3) if living else None, living=living,
        care_proceedings_issued=False if living else None, notes=notes,
    ))
