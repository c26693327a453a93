"""Home's plain queries: meetings coming up, reviews due and overdue plan actions.

Each starts from the conferences in progress, so Home opens quickly over years
of closed ones, and reads at most ``limit`` lines while counting them all in
the same pass.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from fgc_desktop.domain.enums import ActionStatus, MeetingKind, MeetingStatus, Stage
from fgc_desktop.services.dashboard_rows import (
    MeetingComingUp,
    OverdueAction,
    ReviewDue,
    ReviewKind,
    Section,
)
from fgc_desktop.store.models import (
    Conference,
    Meeting,
    Outcome,
    Participant,
    PlanAction,
    PlanVersion,
)

REVIEW_WINDOW_DAYS = 30
OUTCOME_WINDOW_DAYS = 14
OPEN_ACTION = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)


def start_of(day: date) -> datetime:
    """Midnight at the start of ``day`` on the computer's clock, as stored (UTC)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def active() -> Any:
    return (Conference.archived.is_(False)) & (Conference.stage != Stage.CLOSED)


def of_active_conference(conference_id: Any) -> Any:
    """The row belongs to a conference in progress.

    Asked as ``IN`` the few conferences in progress, so the database starts from
    them and follows the index on each table's conference, rather than reading
    every row of years of closed conferences.
    """
    return conference_id.in_(select(Conference.id).where(active()))


def first_rows(session: Session, query: Select[Any], limit: int) -> tuple[list[Any], int]:
    """The first ``limit`` rows, and how many there are in all, in one pass."""
    counted = query.add_columns(func.count().over().label("total_rows")).limit(limit)
    rows = list(session.execute(counted))
    return rows, int(rows[0].total_rows) if rows else 0


def count(session: Session, query: Select[Any]) -> int:
    inner = query.order_by(None).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def _is_latest_plan() -> Any:
    """The plan version is its conference's newest (looked up by the unique number index)."""
    newer = aliased(PlanVersion)
    return PlanVersion.number == (
        select(func.max(newer.number))
        .where(newer.conference_id == PlanVersion.conference_id)
        .scalar_subquery()
    )


def conference_columns() -> tuple[Any, ...]:
    return Conference.id.label("conference_id"), Conference.reference, Conference.family_name


def meetings_coming_up(session: Session, today: date, limit: int) -> Section[MeetingComingUp]:
    query = (
        select(*conference_columns(), Meeting.kind, Meeting.starts_at, Meeting.venue_name)
        .join(Conference, Meeting.conference_id == Conference.id)
        .where(active(), Meeting.status == MeetingStatus.PLANNED,
               Meeting.starts_at >= start_of(today))
        .order_by(Meeting.starts_at, Meeting.id)
    )
    found, total = first_rows(session, query, limit)
    rows = tuple(
        MeetingComingUp(
            row.conference_id, row.reference, row.family_name,
            "review" if row.kind is MeetingKind.REVIEW else "arrangements",
            row.kind, row.starts_at, row.venue_name,
            (local_day(row.starts_at) - today).days,
        )
        for row in found
    )
    return Section(rows, total)


def _review_dates(today: date) -> Select[Any]:
    """Review dates of current plans not yet met by a review meeting planned or held."""
    review_since_plan = (
        select(Meeting.id)
        .where(Meeting.conference_id == PlanVersion.conference_id,
               Meeting.kind == MeetingKind.REVIEW,
               Meeting.status.in_((MeetingStatus.PLANNED, MeetingStatus.HELD)),
               Meeting.starts_at >= PlanVersion.created_on)
        .exists()
    )
    return (
        select(*conference_columns(), PlanVersion.review_date.label("due_on"))
        .join(Conference, PlanVersion.conference_id == Conference.id)
        .where(of_active_conference(PlanVersion.conference_id), _is_latest_plan(),
               PlanVersion.review_date.is_not(None),
               PlanVersion.review_date <= today + timedelta(days=REVIEW_WINDOW_DAYS),
               ~review_since_plan)
        .order_by(PlanVersion.review_date, Conference.reference)
    )


def _review_meetings(today: date) -> Select[Any]:
    return (
        select(*conference_columns(), Meeting.starts_at)
        .join(Conference, Meeting.conference_id == Conference.id)
        .where(active(), Meeting.kind == MeetingKind.REVIEW,
               Meeting.status == MeetingStatus.PLANNED,
               Meeting.starts_at < start_of(today + timedelta(days=REVIEW_WINDOW_DAYS + 1)))
        .order_by(Meeting.starts_at, Meeting.id)
    )


def _outcomes(today: date) -> Select[Any]:
    return (
        select(*conference_columns(), Outcome.due_on, Outcome.months_after,
               Participant.given_name, Participant.known_as,
               Participant.family_name.label("child_family_name"))
        .join(Conference, Outcome.conference_id == Conference.id)
        .join(Participant, Outcome.child_id == Participant.id)
        .where(of_active_conference(Outcome.conference_id), Outcome.recorded_on.is_(None),
               Outcome.due_on <= today + timedelta(days=OUTCOME_WINDOW_DAYS))
        .order_by(Outcome.due_on, Conference.reference, Outcome.id)
    )


def reviews_due(session: Session, today: date, limit: int) -> Section[ReviewDue]:
    date_rows, dates_total = first_rows(session, _review_dates(today), limit)
    meeting_rows, meetings_total = first_rows(session, _review_meetings(today), limit)
    outcome_rows, outcomes_total = first_rows(session, _outcomes(today), limit)
    found = [_review(row, ReviewKind.REVIEW_DATE, row.due_on, today) for row in date_rows]
    found += [_review(row, ReviewKind.REVIEW_MEETING, local_day(row.starts_at), today)
              for row in meeting_rows]
    found += [
        _review(row, ReviewKind.OUTCOME, row.due_on, today,
                " ".join(part for part in (row.known_as or row.given_name,
                                           row.child_family_name) if part),
                row.months_after)
        for row in outcome_rows
    ]
    order = list(ReviewKind)
    found.sort(key=lambda due: (due.due_on, order.index(due.kind), due.reference))
    return Section(tuple(found[:limit]), dates_total + meetings_total + outcomes_total)


def _review(row: Any, kind: ReviewKind, due_on: date, today: date, child_name: str = "",
            months_after: int = 0) -> ReviewDue:
    return ReviewDue(row.conference_id, row.reference, row.family_name, "review", kind,
                     due_on, (due_on - today).days, child_name, months_after)


def _current_plans() -> Select[Any]:
    """The newest plan version of each conference in progress."""
    return select(PlanVersion.id).where(of_active_conference(PlanVersion.conference_id),
                                        _is_latest_plan())


def overdue_actions(session: Session, today: date, limit: int) -> Section[OverdueAction]:
    query = (
        select(*conference_columns(), PlanAction.what, PlanAction.who, PlanAction.by_when,
               PlanAction.status)
        .join(PlanVersion, PlanAction.plan_version_id == PlanVersion.id)
        .join(Conference, PlanVersion.conference_id == Conference.id)
        .where(PlanAction.plan_version_id.in_(_current_plans()), PlanAction.by_when < today,
               PlanAction.status.in_(OPEN_ACTION))
        .order_by(PlanAction.by_when, Conference.reference, PlanAction.position)
    )
    found, total = first_rows(session, query, limit)
    rows = tuple(
        OverdueAction(row.conference_id, row.reference, row.family_name, "plan", row.what,
                      row.who, row.by_when, row.status, (today - row.by_when).days)
        for row in found
    )
    return Section(rows, total)
