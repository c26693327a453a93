"""The facts of one conference that the service report counts, and nothing more.

No names, addresses or words anyone typed: only dates, counts, the stage, the
good-practice steps and the children's follow-ups, keyed by stable uids. The
CSV export turns the uids into pseudonyms and the dates into months.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from fgc_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    ConsentEvent,
    LivingArrangement,
    MeetingKind,
    MeetingStatus,
    ReferrerDecision,
    Stage,
)
from fgc_desktop.guidance.progress import StepStatus
from fgc_desktop.guidance.rules import FAMILY_ROLES, conference_meeting, invited_people
from fgc_desktop.services.arrangements import local_parts
from fgc_desktop.services.outcomes import MONTHS_AFTER, held_on, months_later
from fgc_desktop.store.models import Conference, Outcome

CAME = (Attendance.ATTENDED, Attendance.ATTENDED_PART)
InPeriod = Callable[[date | None], bool]


@dataclass(frozen=True)
class ChildOutcome:
    child_uid: str
    months_after: int
    due_on: date
    due_in_period: bool
    recorded_on: date | None
    living: LivingArrangement | None
    care_proceedings_issued: bool | None
    proceedings_issued_on: date | None
    looked_after_since: date | None


@dataclass(frozen=True)
class ConferenceFacts:
    uid: str
    stage: Stage
    referral_date: date | None
    referred_in_period: bool
    consent_given_on: date | None
    """The first day anyone gave consent."""
    consent_given_in_period: bool
    meeting_on: date | None
    """The day the conference meeting was held."""
    meeting_held_in_period: bool
    days_to_meeting: int | None
    children: int
    invited: int
    family_who_came: int
    plan_versions: int
    plans_agreed_in_period: int
    reviews_held_in_period: int
    actions: int
    actions_done: int
    steps: tuple[StepStatus, ...]
    """The good-practice steps of the stages this conference has reached."""
    outcomes: tuple[ChildOutcome, ...]

    @property
    def touches_period(self) -> bool:
        return (self.referred_in_period or self.consent_given_in_period
                or self.meeting_held_in_period or self.plans_agreed_in_period > 0
                or self.reviews_held_in_period > 0
                or any(o.due_in_period for o in self.outcomes))


def conference_facts(conference: Conference, in_period: InPeriod,
                     steps: Sequence[StepStatus]) -> ConferenceFacts:
    """``conference`` must be fully loaded."""
    given = sorted(c.on for c in conference.consents if c.event is ConsentEvent.GIVEN)
    meeting_on = held_on(conference)
    plans = conference.plan_versions
    latest_actions = plans[-1].actions if plans else []
    return ConferenceFacts(
        uid=conference.uid,
        stage=conference.stage,
        referral_date=conference.referral_date,
        referred_in_period=in_period(conference.referral_date),
        consent_given_on=given[0] if given else None,
        consent_given_in_period=any(in_period(day) for day in given),
        meeting_on=meeting_on,
        meeting_held_in_period=in_period(meeting_on),
        days_to_meeting=(meeting_on - conference.referral_date).days
        if meeting_on and conference.referral_date else None,
        children=len(conference.children),
        invited=len(invited_people(conference)),
        family_who_came=_family_who_came(conference),
        plan_versions=len(plans),
        plans_agreed_in_period=sum(
            1 for plan in plans if plan.referrer_decision is ReferrerDecision.AGREED
            and in_period(plan.referrer_decided_on)),
        reviews_held_in_period=sum(
            1 for m in conference.meetings
            if m.kind is MeetingKind.REVIEW and m.status is MeetingStatus.HELD
            and in_period(local_parts(m.starts_at)[0])),
        actions=len(latest_actions),
        actions_done=sum(1 for a in latest_actions if a.status is ActionStatus.DONE),
        steps=tuple(steps),
        outcomes=_child_outcomes(conference, meeting_on, in_period),
    )


def _family_who_came(conference: Conference) -> int:
    meeting = conference_meeting(conference)
    if meeting is None:
        return 0
    family = {p.id for p in conference.participants if p.role in FAMILY_ROLES}
    return sum(1 for a in meeting.attendees
               if a.participant_id in family and a.attendance in CAME)


def _child_outcomes(conference: Conference, meeting_on: date | None, in_period: InPeriod
                    ) -> tuple[ChildOutcome, ...]:
    """Every follow-up recorded, and those due but never opened, as not recorded yet.

    The follow-ups are made when a page reads them, so a conference nobody
    has opened since its meeting has none stored; the report still counts them.
    """
    found = [_recorded(o, in_period) for o in conference.outcomes]
    have = {(o.child_id, o.months_after) for o in conference.outcomes}
    if meeting_on is not None:
        found += [
            _not_recorded(child.uid, months, months_later(meeting_on, months), in_period)
            for child in conference.children for months in MONTHS_AFTER
            if (child.id, months) not in have
        ]
    return tuple(found)


def _recorded(outcome: Outcome, in_period: InPeriod) -> ChildOutcome:
    return ChildOutcome(
        outcome.child.uid, outcome.months_after, outcome.due_on, in_period(outcome.due_on),
        outcome.recorded_on, outcome.living, outcome.care_proceedings_issued,
        outcome.proceedings_issued_on, outcome.looked_after_since,
    )


def _not_recorded(child_uid: str, months: int, due_on: date, in_period: InPeriod
                  ) -> ChildOutcome:
    return ChildOutcome(child_uid, months, due_on, in_period(due_on), None, None, None, None,
                        None)
