"""The service report for a chosen period: what the service did, and what happened after.

Each figure counts what happened inside the period (both days included):
referrals received, families who gave consent, conference meetings held,
plan versions agreed, reviews held, and follow-ups due. Days from referral to
meeting are for the meetings held in the period. Good-practice steps are for
the families referred in the period, counting only the steps of the stages
each has reached. The per-conference facts behind the figures are kept for
the pseudonymous CSV export (:mod:`fgc_desktop.services.report_export`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from statistics import median

from sqlalchemy import Select, select

from fgc_desktop.domain.enums import LivingArrangement
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.stages import stage_order
from fgc_desktop.guidance.progress import StepStatus, evaluate, pathway_progress
from fgc_desktop.guidance.rules import RuleContext
from fgc_desktop.guidance.steps import Pathway
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.guidance import rule_context
from fgc_desktop.services.outcomes import MONTHS_AFTER
from fgc_desktop.services.report_facts import ConferenceFacts, conference_facts
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import WHOLE_CONFERENCE
from fgc_desktop.store.models import (
    Conference,
    ConsentRecord,
    Meeting,
    Outcome,
    PlanVersion,
)

FOLLOW_UP_REACH_DAYS = 12 * 31 + 2
"""How far before the period a meeting can be and still have a follow-up due in it."""


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def holds(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end


@dataclass(frozen=True)
class DaysToMeeting:
    meetings: int
    median: float | None
    shortest: int | None
    longest: int | None


@dataclass(frozen=True)
class PathwayCount:
    pathway: Pathway
    done: int
    total: int


@dataclass(frozen=True)
class OutcomeCount:
    """The follow-ups due in the period at one point (3, 6 or 12 months)."""

    months_after: int
    living: dict[LivingArrangement, int]
    not_recorded: int
    proceedings_issued: int


@dataclass(frozen=True)
class ServiceReport:
    period: Period
    referrals: int
    consents: int
    meetings_held: int
    plans_agreed: int
    reviews_held: int
    days_to_meeting: DaysToMeeting
    pathways: tuple[PathwayCount, ...]
    outcomes: tuple[OutcomeCount, ...]
    conferences: tuple[ConferenceFacts, ...]


def check_period(start: object, end: object) -> Period:
    if not isinstance(start, date) or not isinstance(end, date):
        raise UserError(_("Choose the first and the last day of the period."))
    if start > end:
        raise UserError(_("The period starts after it ends. Swap the two dates."))
    return Period(start, end)


def build_report(db: Database, start: date | None, end: date | None,
                 today: date | None = None) -> ServiceReport:
    """Reads every conference with something in the period and counts it up."""
    period = check_period(start, end)
    context = rule_context(db, today)
    with db.session() as session:
        ids = {row for query in _touching(period) for row in session.scalars(query)}
        conferences = session.scalars(
            select(Conference).where(Conference.id.in_(ids)).options(*WHOLE_CONFERENCE)
            .order_by(Conference.id)
        ).all()
        facts = [conference_facts(c, period.holds, _reached_steps(c, context))
                 for c in conferences]
    return _count(period, [f for f in facts if f.touches_period])


def _touching(period: Period) -> list[Select[int]]:
    """Queries for the ids of conferences that may have something in the period.

    Meetings are looked for from a year and a month before the period, since a
    meeting then has follow-ups due in it; the facts then test each date exactly.
    """
    start, end = period.start, period.end
    low = datetime.combine(start - timedelta(days=FOLLOW_UP_REACH_DAYS), time.min, UTC)
    high = datetime.combine(end + timedelta(days=2), time.min, UTC)
    return [
        select(Conference.id).where(Conference.referral_date.between(start, end)),
        select(ConsentRecord.conference_id).where(ConsentRecord.on.between(start, end)),
        select(PlanVersion.conference_id).where(
            PlanVersion.referrer_decided_on.between(start, end)),
        select(Outcome.conference_id).where(Outcome.due_on.between(start, end)),
        select(Meeting.conference_id).where(Meeting.starts_at >= low,
                                            Meeting.starts_at < high),
    ]


def _reached_steps(conference: Conference, context: RuleContext) -> list[StepStatus]:
    reached = stage_order(conference.stage)
    return [status for status in evaluate(conference, context)
            if stage_order(status.step.stage) <= reached]


def _count(period: Period, facts: list[ConferenceFacts]) -> ServiceReport:
    days = [f.days_to_meeting for f in facts
            if f.meeting_held_in_period and f.days_to_meeting is not None]
    referred = [f for f in facts if f.referred_in_period]
    return ServiceReport(
        period=period,
        referrals=len(referred),
        consents=sum(1 for f in facts if f.consent_given_in_period),
        meetings_held=sum(1 for f in facts if f.meeting_held_in_period),
        plans_agreed=sum(f.plans_agreed_in_period for f in facts),
        reviews_held=sum(f.reviews_held_in_period for f in facts),
        days_to_meeting=DaysToMeeting(len(days), median(days) if days else None,
                                      min(days, default=None), max(days, default=None)),
        pathways=_pathways(f.steps for f in referred),
        outcomes=tuple(_outcomes(facts, months) for months in MONTHS_AFTER),
        conferences=tuple(facts),
    )


def _pathways(steps: Iterable[tuple[StepStatus, ...]]) -> tuple[PathwayCount, ...]:
    every = [status for statuses in steps for status in statuses]
    return tuple(PathwayCount(p.pathway, p.done, p.total) for p in pathway_progress(every))


def _outcomes(facts: list[ConferenceFacts], months: int) -> OutcomeCount:
    due = [o for f in facts for o in f.outcomes if o.months_after == months and o.due_in_period]
    living = {way: sum(1 for o in due if o.living is way) for way in LivingArrangement}
    return OutcomeCount(months, living, sum(1 for o in due if o.recorded_on is None),
                        sum(1 for o in due if o.care_proceedings_issued))

