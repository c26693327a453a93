"""Recording the meeting as it happened: who came, its three parts, and the plan presented.

The plan the family presents is version 1 of the family plan, made on the
first edit. The referrer's decision on it sets the version's status; changing a
plan the referrer did not agree is a later step of the plan's own page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import Attendance, MeetingStatus, PlanStatus, ReferrerDecision
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.plan_checks import ActionDetails, ActionWarning, action_warnings
from fgc_desktop.domain.text import N_
from fgc_desktop.domain.validation import check_date, check_text
from fgc_desktop.guidance.rules import FAMILY_ROLES, first_plan
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.arrangements import (
    InviteeLine,
    Person,
    at_local,
    conference_person,
    find_meeting,
    invitee_lines,
    local_parts,
    meeting_for_edit,
    parse_time,
    person,
)
from fgc_desktop.services.outcomes import ensure_due_outcomes
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import load_conference
from fgc_desktop.store.models import MeetingAttendee, PlanAction, PlanVersion

# Each part of the meeting and the columns holding its start and end. The titles here
# and below are marked for translation and translated with ``_()`` where shown.
PARTS: dict[str, tuple[str, str, str]] = {
    "information": (N_("Information sharing"), "information_start", "information_end"),
    "private_time": (N_("Private family time"), "private_time_start", "private_time_end"),
    "agreement": (N_("Agreeing the plan"), "agreement_start", "agreement_end"),
}
PLAN_TEXT: dict[str, tuple[str, int]] = {
    "help_from_services": (N_("Help from services"), 10_000),
    "backup_plan": (N_("The back-up plan"), 10_000),
    "monitoring": (N_("How the plan will be checked"), 10_000),
}
ACTION_TEXT: dict[str, tuple[str, int]] = {
    "what": (N_("What will be done"), 2_000),
    "who": (N_("Who does it"), 500),
    "how_known": (N_("How everyone will know it is done"), 2_000),
    "who_checks": (N_("Who checks"), 500),
}
BY_WHEN_TEXT_LENGTH = 120
DECIDED = {ReferrerDecision.AGREED: PlanStatus.AGREED,
           ReferrerDecision.NOT_AGREED: PlanStatus.NOT_AGREED,
           ReferrerDecision.PENDING: PlanStatus.PRESENTED}


@dataclass(frozen=True)
class AttendeeLine:
    invitee: InviteeLine
    attendance: Attendance
    views_another_way: str


@dataclass(frozen=True)
class ActionLine:
    """One action of the plan; also what an Undo puts back after a removal."""

    id: int
    position: int
    what: str
    who: str
    by_when: date | None
    by_when_text: str
    how_known: str
    who_checks: str

    @property
    def when(self) -> str:
        """The deadline as typed: a date as year-month-day, or words like “every Friday”."""
        return self.by_when.isoformat() if self.by_when else self.by_when_text

    @property
    def warnings(self) -> list[ActionWarning]:
        """What is missing or vague in this action; a warning never stops it being saved."""
        return action_warnings(ActionDetails(self.what, self.who, self.by_when,
                                             self.by_when_text, self.how_known,
                                             self.who_checks))


@dataclass(frozen=True)
class PresentedPlan:
    number: int
    status: PlanStatus
    text: dict[str, str]
    review_date: date | None
    family_lead_id: int | None
    actions: tuple[ActionLine, ...]
    decision: ReferrerDecision
    reasons: str
    decided_on: date | None

    @property
    def editable(self) -> bool:
        """A plan replaced at a review is kept as it was."""
        return self.status is not PlanStatus.SUPERSEDED


@dataclass(frozen=True)
class MeetingRecord:
    status: MeetingStatus | None
    starts_at: datetime | None
    venue_name: str
    parts: dict[str, tuple[time | None, time | None]]
    private_time_without_professionals: bool | None
    outcome: str
    attendees: tuple[AttendeeLine, ...]
    family: tuple[Person, ...]
    plan: PresentedPlan | None

    @property
    def private_time_minutes(self) -> int | None:
        """How long the family had on its own, from the times recorded."""
        return minutes_between(*self.parts["private_time"])


def minutes_between(start: time | None, end: time | None) -> int | None:
    if start is None or end is None:
        return None
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def get_meeting_record(db: Database, conference_id: int) -> MeetingRecord:
    with db.session() as session:
        conference = load_conference(session, conference_id)
        meeting = find_meeting(session, conference_id)
        rows = {a.participant_id: a for a in (meeting.attendees if meeting else [])}
        plan = first_plan(conference)
        return MeetingRecord(
            status=meeting.status if meeting else None,
            starts_at=meeting.starts_at if meeting else None,
            venue_name=meeting.venue_name if meeting else "",
            parts={part: (local_parts(getattr(meeting, start) if meeting else None)[1],
                          local_parts(getattr(meeting, end) if meeting else None)[1])
                   for part, (_title, start, end) in PARTS.items()},
            private_time_without_professionals=(
                meeting.private_time_without_professionals if meeting else None),
            outcome=meeting.outcome if meeting else "",
            attendees=tuple(
                AttendeeLine(line, row.attendance, row.views_another_way) if row
                else AttendeeLine(line, Attendance.EXPECTED, "")
                for line in invitee_lines(conference, meeting)
                for row in [rows.get(line.person.id)]
            ),
            family=tuple(person(p) for p in conference.participants if p.role in FAMILY_ROLES),
            plan=_presented(plan) if plan else None,
        )


def _presented(plan: PlanVersion) -> PresentedPlan:
    return PresentedPlan(
        number=plan.number, status=plan.status,
        text={field: getattr(plan, field) for field in PLAN_TEXT},
        review_date=plan.review_date, family_lead_id=plan.family_lead_id,
        actions=tuple(action_line(action) for action in plan.actions),
        decision=plan.referrer_decision, reasons=plan.referrer_reasons,
        decided_on=plan.referrer_decided_on,
    )


def action_line(action: PlanAction) -> ActionLine:
    return ActionLine(action.id, action.position, action.what, action.who, action.by_when,
                      action.by_when_text, action.how_known, action.who_checks)


def set_meeting_status(db: Database, conference_id: int, status: MeetingStatus) -> None:
    """Saves the meeting's status; once held, each child's 3, 6 and 12-month follow-ups
    are due, so Home can remind the coordinator."""
    status = MeetingStatus(status)
    with db.session() as session:
        meeting_for_edit(session, conference_id).status = status
        if status is MeetingStatus.HELD:
            session.flush()
            ensure_due_outcomes(load_conference(session, conference_id))


def set_part_times(db: Database, conference_id: int, part: str, starts: Any, ends: Any
                   ) -> tuple[time | None, time | None]:
    """Saves when one part began and ended, on the meeting's own day."""
    title, start_column, end_column = PARTS[part]
    title = _(title)
    start = parse_time(_("{part}, start").format(part=title), starts)
    end = parse_time(_("{part}, end").format(part=title), ends)
    if start is not None and end is not None and end <= start:
        raise UserError(_("{part} cannot end before it starts. Check the end time.").format(
            part=title))
    with db.session() as session:
        meeting = meeting_for_edit(session, conference_id)
        day = local_parts(meeting.starts_at)[0]
        if day is None and (start or end):
            raise UserError(_("Set the meeting's date on the Meeting arrangements page "
                              "first. The times of its parts are on that day."))
        setattr(meeting, start_column, at_local(day, start) if day and start else None)
        setattr(meeting, end_column, at_local(day, end) if day and end else None)
    return start, end


def set_private_time_without_professionals(db: Database, conference_id: int,
                                           held: bool | None) -> None:
    """Yes, no, or not recorded (``None``)."""
    with db.session() as session:
        meeting_for_edit(session, conference_id).private_time_without_professionals = (
            None if held is None else bool(held))


def _attendee(session: Session, conference_id: int, participant_id: int) -> MeetingAttendee:
    someone = conference_person(session, conference_id, participant_id)
    meeting = meeting_for_edit(session, conference_id)
    row = next((a for a in meeting.attendees if a.participant_id == someone.id), None)
    if row is None:
        row = MeetingAttendee(participant=someone)
        meeting.attendees.append(row)
    return row


def set_attendance(db: Database, conference_id: int, participant_id: int,
                   attendance: Attendance) -> None:
    attendance = Attendance(attendance)
    with db.session() as session:
        _attendee(session, conference_id, participant_id).attendance = attendance


def set_views_another_way(db: Database, conference_id: int, participant_id: int,
                          how: Any) -> str:
    """How a person who did not come gave their views: a letter, a drawing, a message."""
    text = check_text(_("How they gave their views"), how, 2_000)
    with db.session() as session:
        _attendee(session, conference_id, participant_id).views_another_way = text
    return text


def _first_plan(session: Session, conference_id: int, today: date | None = None
                ) -> PlanVersion:
    """Version 1 of the plan, made (as presented at the meeting) on the first edit."""
    conference = load_conference(session, conference_id)
    plan = first_plan(conference)
    if plan is None:
        meeting = find_meeting(session, conference_id)
        plan = PlanVersion(number=1, status=PlanStatus.PRESENTED,
                           created_on=today or date.today(),
                           made_at_meeting_id=meeting.id if meeting else None)
        conference.plan_versions.append(plan)
        session.flush()
    if plan.status is PlanStatus.SUPERSEDED:
        raise UserError(_("This plan was replaced at a review and is kept as it was. "
                          "Change the newer version on the family plan page."))
    return plan


def _plan_for_edit(session: Session, conference_id: int) -> PlanVersion:
    """Version 1 while its words may still change: once the referrer has decided, the
    plan is kept as it was, and changes go in a new version on the family plan page."""
    plan = _first_plan(session, conference_id)
    if plan.status not in (PlanStatus.DRAFT, PlanStatus.PRESENTED):
        raise UserError(_("The referrer has decided on this plan, so it is kept as it was. "
                          "To change it, start a new version on the family plan page."))
    return plan


def update_plan_field(db: Database, conference_id: int, field: str, value: Any) -> Any:
    """Saves the help from services, back-up plan, checking, review date or family lead."""
    if field in PLAN_TEXT:
        title, longest = PLAN_TEXT[field]
        checked: Any = check_text(_(title), value, longest)
    elif field == "review_date":
        checked = check_date(_("Review date"), value)
    elif field != "family_lead_id":
        raise ValueError(f"{field} is not a field of the presented plan")
    with db.session() as session:
        if field == "family_lead_id":
            checked = (None if value is None
                       else conference_person(session, conference_id, value).id)
        setattr(_plan_for_edit(session, conference_id), field, checked)
    return checked


def add_action(db: Database, conference_id: int, what: Any) -> ActionLine:
    """Adds an action at the end of the plan; what will be done must be said."""
    text = check_text(_(ACTION_TEXT["what"][0]), what, ACTION_TEXT["what"][1], required=True)
    with db.session() as session:
        plan = _plan_for_edit(session, conference_id)
        action = PlanAction(what=text,
                            position=max((a.position for a in plan.actions), default=0) + 1)
        plan.actions.append(action)
        session.flush()
        return action_line(action)


def _action(session: Session, conference_id: int, action_id: int) -> PlanAction:
    plan = _plan_for_edit(session, conference_id)
    action = session.get(PlanAction, action_id)
    if action is None or action.plan_version_id != plan.id:
        raise UserError(_("That action is no longer in the plan. Reopen the page."))
    return action


def action_changes(field: str, value: Any) -> dict[str, Any]:
    """The checked columns for one detail of an action, on any plan version.

    “By when” takes a date or words like “every Friday”.
    """
    if field == "when":
        return dict(zip(("by_when", "by_when_text"), _deadline(value), strict=True))
    if field in ACTION_TEXT:
        title, longest = ACTION_TEXT[field]
        return {field: check_text(_(title), value, longest, required=field == "what")}
    raise ValueError(f"{field} is not a detail of a plan action")


def restored_action(plan: PlanVersion, removed: ActionLine) -> PlanAction:
    """Puts a removed action back in ``plan`` at its old place (the caller flushes)."""
    action = PlanAction(
        position=removed.position, what=removed.what, who=removed.who,
        by_when=removed.by_when, by_when_text=removed.by_when_text,
        how_known=removed.how_known, who_checks=removed.who_checks)
    plan.actions.append(action)
    return action


def update_action(db: Database, conference_id: int, action_id: int, field: str,
                  value: Any) -> ActionLine:
    """Saves one detail of an action on the plan as presented."""
    changes = action_changes(field, value)
    with db.session() as session:
        action = _action(session, conference_id, action_id)
        for name, checked in changes.items():
            setattr(action, name, checked)
        return action_line(action)


def _deadline(value: Any) -> tuple[date | None, str]:
    title = _("By when")
    text = check_text(title, value, BY_WHEN_TEXT_LENGTH)
    try:
        return check_date(title, text), ""
    except UserError:
        return None, text


def remove_action(db: Database, conference_id: int, action_id: int) -> ActionLine:
    """Removes an action; returns it so that an Undo can put it back."""
    with db.session() as session:
        action = _action(session, conference_id, action_id)
        removed = action_line(action)
        action.plan_version.actions.remove(action)
    return removed


def restore_action(db: Database, conference_id: int, removed: ActionLine) -> ActionLine:
    """Puts a removed action back in its place."""
    with db.session() as session:
        action = restored_action(_plan_for_edit(session, conference_id), removed)
        session.flush()
        return action_line(action)


def record_referrer_decision(db: Database, conference_id: int, decision: ReferrerDecision,
                             reasons: Any = "", decided_on: Any = None,
                             today: date | None = None) -> None:
    """The referrer agrees the plan, does not (with reasons), or has not decided yet."""
    decision = ReferrerDecision(decision)
    text = check_text(_("The referrer's reasons"), reasons, 10_000)
    if decision is ReferrerDecision.NOT_AGREED and not text:
        raise UserError(_("Write the referrer's reasons for not agreeing the plan, so the "
                          "family knows what to change."))
    on = check_date(_("Date of the decision"), decided_on)
    with db.session() as session:
        plan = _first_plan(session, conference_id)
        plan.referrer_decision, plan.referrer_reasons = decision, text
        plan.status = DECIDED[decision]
        plan.referrer_decided_on = (None if decision is ReferrerDecision.PENDING
                                    else on or today or date.today())
