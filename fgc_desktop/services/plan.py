"""The family plan over time: each version kept as it was agreed, and new versions made from it.

Version 1 is made on the Meeting page as the family presents its plan (see
:mod:`fgc_desktop.services.meeting_record`). A plan the referrer has decided
on is kept as it was; a change makes version N+1, a copy of the latest
version's actions that points back to it. The older version is marked
replaced only when the new one is agreed, so both versions stay readable.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import (
    ActionStatus,
    DeliveryMethod,
    MeetingKind,
    PlanStatus,
    ReferrerDecision,
)
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.plan_checks import ActionWarning
from fgc_desktop.domain.validation import check_date, check_text
from fgc_desktop.guidance.rules import FAMILY_ROLES
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.arrangements import Person, local_parts, person
from fgc_desktop.services.meeting_record import DECIDED, PLAN_TEXT, ActionLine, action_line
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import load_conference
from fgc_desktop.store.models import Conference, Meeting, PlanAction, PlanRecipient, PlanVersion

EDITABLE = (PlanStatus.DRAFT, PlanStatus.PRESENTED)
"""A plan not yet decided on can be changed; a decided one is kept as it was."""
CAN_FOLLOW_ON = (PlanStatus.AGREED, PlanStatus.NOT_AGREED)
"""A new version starts from a plan the referrer agreed, or one the family must revise."""
OPEN_ACTION = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
REASON_LENGTH = 2_000


@dataclass(frozen=True)
class NoteLine:
    id: int
    written_on: date
    text: str
    by_whom: str


@dataclass(frozen=True)
class FollowedAction:
    """An action as agreed, how it is going, and what is missing or vague in it."""

    line: ActionLine
    status: ActionStatus
    status_reason: str
    notes: tuple[NoteLine, ...]
    warnings: tuple[ActionWarning, ...]
    days_overdue: int
    """Days past its date and not done; 0 when it is not overdue."""


@dataclass(frozen=True)
class RecipientLine:
    person: Person
    method: DeliveryMethod | None
    sent_on: date | None


@dataclass(frozen=True)
class VersionLine:
    number: int
    status: PlanStatus
    made_on: date
    """The day of the meeting that made it, else the day it was written."""


@dataclass(frozen=True)
class PlanView:
    number: int
    status: PlanStatus
    created_on: date
    based_on: int | None
    made_at: MeetingKind | None
    made_on: date | None
    reason: str
    decision: ReferrerDecision
    reasons: str
    decided_on: date | None
    text: dict[str, str]
    review_date: date | None
    family_lead_id: int | None
    actions: tuple[FollowedAction, ...]
    recipients: tuple[RecipientLine, ...]
    latest: bool

    @property
    def editable(self) -> bool:
        """Whether what the plan says can change; a decided plan is kept as it was."""
        return self.status in EDITABLE

    @property
    def followed(self) -> bool:
        """Whether its actions' progress is still recorded; a replaced plan is history."""
        return self.status is not PlanStatus.SUPERSEDED


@dataclass(frozen=True)
class FamilyPlan:
    versions: tuple[VersionLine, ...]
    plan: PlanView | None
    family: tuple[Person, ...]
    people: tuple[Person, ...]

    @property
    def can_start_new_version(self) -> bool:
        return bool(self.versions) and self.versions[-1].status in CAN_FOLLOW_ON


def _followed(action: PlanAction, latest: bool, today: date) -> FollowedAction:
    line = action_line(action)
    late = (latest and action.by_when is not None and action.by_when < today
            and action.status in OPEN_ACTION)
    return FollowedAction(
        line, action.status, action.status_reason,
        tuple(NoteLine(n.id, n.written_on, n.text, n.by_whom) for n in action.notes),
        tuple(line.warnings),
        (today - action.by_when).days if late and action.by_when else 0,
    )


def version_day(plan: PlanVersion, meetings: Iterable[Meeting]) -> date:
    """The day a version was made: its meeting's day, else the day it was written down."""
    meeting = next((m for m in meetings if m.id == plan.made_at_meeting_id), None)
    return (local_parts(meeting.starts_at)[0] if meeting else None) or plan.created_on


def plan_view(plan: PlanVersion, conference: Conference, today: date | None = None
              ) -> PlanView:
    """One version in full; ``conference`` must be fully loaded."""
    today = today or date.today()
    by_id = {version.id: version.number for version in conference.plan_versions}
    meeting = next((m for m in conference.meetings if m.id == plan.made_at_meeting_id), None)
    latest = plan is conference.plan_versions[-1]
    return PlanView(
        number=plan.number, status=plan.status, created_on=plan.created_on,
        based_on=by_id.get(plan.based_on_id) if plan.based_on_id else None,
        made_at=meeting.kind if meeting else None,
        made_on=local_parts(meeting.starts_at)[0] if meeting else None,
        reason=plan.notes, decision=plan.referrer_decision, reasons=plan.referrer_reasons,
        decided_on=plan.referrer_decided_on,
        text={field: getattr(plan, field) for field in PLAN_TEXT},
        review_date=plan.review_date, family_lead_id=plan.family_lead_id,
        actions=tuple(_followed(action, latest, today) for action in plan.actions),
        recipients=tuple(RecipientLine(person(r.participant), r.method, r.sent_on)
                         for r in plan.recipients),
        latest=latest,
    )


def get_plan(db: Database, conference_id: int, number: int | None = None,
             today: date | None = None) -> FamilyPlan:
    """Every version, and the one numbered ``number`` in full (the latest when not given)."""
    today = today or date.today()
    with db.session() as session:
        conference = load_conference(session, conference_id)
        versions = conference.plan_versions
        shown = next((v for v in versions if v.number == number),
                     versions[-1] if versions else None)
        return FamilyPlan(
            versions=tuple(VersionLine(v.number, v.status, version_day(v, conference.meetings))
                           for v in versions),
            plan=plan_view(shown, conference, today) if shown else None,
            family=tuple(person(p) for p in conference.participants if p.role in FAMILY_ROLES),
            people=tuple(person(p) for p in conference.participants),
        )


def find_version(session: Session, conference_id: int, number: int) -> PlanVersion:
    conference = load_conference(session, conference_id)
    found = next((v for v in conference.plan_versions if v.number == number), None)
    if found is None:
        raise UserError(_("Version {number} of the plan is no longer there. "
                          "Reopen the page.").format(number=number))
    return found


def version_for_edit(session: Session, conference_id: int, number: int) -> PlanVersion:
    """A version whose words may still change, or a message saying where changes go."""
    plan = find_version(session, conference_id, number)
    check_editable(plan)
    return plan


def check_editable(plan: PlanVersion) -> None:
    if plan.status not in EDITABLE:
        raise UserError(_("Version {number} was decided on and is kept as it was. To "
                          "change the plan, start a new version.").format(number=plan.number))


def start_new_version(db: Database, conference_id: int, reason: Any = "",
                      at_meeting_id: int | None = None, today: date | None = None) -> int:
    """Copies the latest version's actions into a new version; returns its number.

    Made at a review meeting (``at_meeting_id``), or by hand, when a reason is
    needed so that anyone reading later knows why the plan changed.
    """
    text = check_text(_("Why the plan is changing"), reason, REASON_LENGTH,
                      required=at_meeting_id is None)
    with db.session() as session:
        conference = load_conference(session, conference_id)
        if not conference.plan_versions:
            raise UserError(_("There is no plan yet. Type the family's plan on the Meeting "
                              "page first."))
        latest = conference.plan_versions[-1]
        if latest.status not in CAN_FOLLOW_ON:
            raise UserError(_("Version {number} is not decided on yet, so it can still be "
                              "changed. Change it, rather than starting another.").format(
                number=latest.number))
        meeting = session.get(Meeting, at_meeting_id) if at_meeting_id is not None else None
        if at_meeting_id is not None and (meeting is None
                                          or meeting.conference_id != conference_id):
            raise UserError(_("That review meeting is no longer there. Reopen the page."))
        conference.plan_versions.append(_copy(latest, text, meeting, today or date.today()))
        return latest.number + 1


def _copy(latest: PlanVersion, reason: str, meeting: Meeting | None, today: date
          ) -> PlanVersion:
    """The next version: the same actions (with how each is going), words and people to
    send it to, not yet sent. A review sets its own next review date, so it starts empty."""
    copy = PlanVersion(
        number=latest.number + 1, based_on_id=latest.id, status=PlanStatus.DRAFT,
        created_on=today, made_at_meeting_id=meeting.id if meeting else None, notes=reason,
        review_date=None if meeting else latest.review_date,
        family_lead_id=latest.family_lead_id,
        **{field: getattr(latest, field) for field in PLAN_TEXT},
    )
    copy.actions = [
        PlanAction(position=a.position, what=a.what, who=a.who, by_when=a.by_when,
                   by_when_text=a.by_when_text, how_known=a.how_known,
                   who_checks=a.who_checks, status=a.status, status_reason=a.status_reason)
        for a in latest.actions
    ]
    copy.recipients = [PlanRecipient(participant_id=r.participant_id) for r in latest.recipients]
    return copy


def record_decision(db: Database, conference_id: int, number: int,
                    decision: ReferrerDecision, reasons: Any = "", decided_on: Any = None,
                    today: date | None = None) -> None:
    """The referrer agrees a version, or does not (with the reasons given at the time).

    Agreeing a later version marks the one it was based on as replaced; taking
    the agreement back returns that one to what its own decision says.
    """
    decision = ReferrerDecision(decision)
    text = check_text(_("The referrer's reasons"), reasons, 10_000)
    if decision is ReferrerDecision.NOT_AGREED and not text:
        raise UserError(_("Write the referrer's reasons for not agreeing the plan, so the "
                          "family knows what to change."))
    on = check_date(_("Date of the decision"), decided_on)
    with db.session() as session:
        plan = find_version(session, conference_id, number)
        if plan is not plan.conference.plan_versions[-1]:
            raise UserError(_("Version {number} has a newer version, and is kept as it was. "
                              "Record the decision on the newest version.").format(
                number=number))
        plan.referrer_decision, plan.referrer_reasons = decision, text
        plan.status = DECIDED[decision]
        plan.referrer_decided_on = (None if decision is ReferrerDecision.PENDING
                                    else on or today or date.today())
        earlier = session.get(PlanVersion, plan.based_on_id) if plan.based_on_id else None
        if earlier is not None:
            earlier.status = (PlanStatus.SUPERSEDED if decision is ReferrerDecision.AGREED
                              else DECIDED[earlier.referrer_decision])
