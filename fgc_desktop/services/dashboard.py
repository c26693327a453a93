"""The Home dashboard: what needs a coordinator's attention across all conferences.

Meetings, reviews and overdue actions are plain queries with limits that start
from the conferences in progress, so Home opens quickly over years of closed
ones. Only preparation steps need whole conferences (their rules read
everything), so only the few conferences whose meetings come soonest are
loaded for them, a handful at a time until the section is full.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from fgc_desktop.domain.enums import ActionStatus, MeetingKind, MeetingStatus, Stage
from fgc_desktop.domain.stages import stage_order
from fgc_desktop.guidance.progress import StepProgress, evaluate
from fgc_desktop.guidance.rules import RuleContext, conference_meeting
from fgc_desktop.services.guidance import rule_context
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import (
    Conference,
    InformationItem,
    Meeting,
    Outcome,
    Participant,
    PlanAction,
    PlanVersion,
    Separation,
)

ROW_LIMIT = 100
"""The most lines one section shows; its heading still counts them all."""
STEP_CONFERENCE_LIMIT = 50
"""The most conferences being prepared that are read in full for their steps."""
STEP_BATCH = 15
"""They are read this many at a time, nearest first, until the section has its lines."""
REVIEW_WINDOW_DAYS = 30
OUTCOME_WINDOW_DAYS = 14
PREPARING = (Stage.REFERRAL, Stage.PREPARATION, Stage.MEETING)
OPEN_ACTION = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)

RowT = TypeVar("RowT")

WHAT_STEP_RULES_READ = (
    selectinload(Conference.participants),
    selectinload(Conference.consents),
    selectinload(Conference.separations).selectinload(Separation.first),
    selectinload(Conference.separations).selectinload(Separation.second),
    selectinload(Conference.contacts),
    selectinload(Conference.meetings).selectinload(Meeting.choices),
    selectinload(Conference.meetings).selectinload(Meeting.attendees),
    selectinload(Conference.meetings).selectinload(Meeting.interpreters),
    selectinload(Conference.information_items).selectinload(InformationItem.decisions),
    selectinload(Conference.plan_versions).selectinload(PlanVersion.recipients),
    selectinload(Conference.step_marks),
)
"""Everything the good-practice rules read, and no more: a whole conference less its plan
actions, outcomes, documents and translations: seven fewer queries a batch. A test
evaluates every step with nothing else loadable, so a rule that reads more fails it."""


@dataclass(frozen=True)
class DashboardRow:
    """A line on Home: the conference it belongs to and the page that deals with it."""

    conference_id: int
    reference: str
    family_name: str
    page_key: str


@dataclass(frozen=True)
class MeetingComingUp(DashboardRow):
    kind: MeetingKind
    starts_at: datetime
    venue_name: str
    days_away: int


@dataclass(frozen=True)
class StepDue(DashboardRow):
    step_key: str
    title: str
    detail: str
    meeting_on: date | None
    """The conference meeting's day, or the target date when none is arranged."""
    days_away: int | None


class ReviewKind(StrEnum):
    REVIEW_DATE = "review_date"
    REVIEW_MEETING = "review_meeting"
    OUTCOME = "outcome"


@dataclass(frozen=True)
class ReviewDue(DashboardRow):
    kind: ReviewKind
    due_on: date
    days_away: int
    child_name: str = ""
    months_after: int = 0


@dataclass(frozen=True)
class OverdueAction(DashboardRow):
    what: str
    who: str
    by_when: date
    status: ActionStatus
    days_overdue: int


@dataclass(frozen=True)
class Section(Generic[RowT]):
    rows: tuple[RowT, ...]
    total: int
    """How many there are in all; more than ``len(rows)`` when the list is cut short."""


@dataclass(frozen=True)
class Dashboard:
    today: date
    conferences: int
    """Conferences neither archived nor closed."""
    meetings: Section[MeetingComingUp]
    steps: Section[StepDue]
    reviews: Section[ReviewDue]
    actions: Section[OverdueAction]
    step_conferences_read: int
    step_conferences_waiting: int
    """Conferences being prepared in all; more than were read when there are very many."""


def load_dashboard(db: Database, today: date | None = None) -> Dashboard:
    today = today or date.today()
    context = rule_context(db, today)
    with db.session() as session:
        steps, read, waiting = _steps_due(session, context)
        return Dashboard(
            today=today,
            conferences=_count(session, select(Conference.id).where(_active())),
            meetings=_meetings_coming_up(session, today),
            steps=steps,
            reviews=_reviews_due(session, today),
            actions=_overdue_actions(session, today),
            step_conferences_read=read,
            step_conferences_waiting=waiting,
        )


def _start_of(day: date) -> datetime:
    """Midnight at the start of ``day`` on the computer's clock, as stored (UTC)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def _active() -> Any:
    return (Conference.archived.is_(False)) & (Conference.stage != Stage.CLOSED)


def _of_active_conference(conference_id: Any) -> Any:
    """The row belongs to a conference in progress.

    Asked as ``IN`` the few conferences in progress, so the database starts from
    them and follows the index on each table's conference, rather than reading
    every row of years of closed conferences.
    """
    return conference_id.in_(select(Conference.id).where(_active()))


def _first_rows(session: Session, query: Select[Any], limit: int | None = None
                ) -> tuple[list[Any], int]:
    """The first rows (``ROW_LIMIT`` unless told), and how many there are in all, in one pass."""
    counted = (query.add_columns(func.count().over().label("total_rows"))
               .limit(limit or ROW_LIMIT))
    rows = list(session.execute(counted))
    return rows, int(rows[0].total_rows) if rows else 0


def _count(session: Session, query: Select[Any]) -> int:
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


def _conference_columns() -> tuple[Any, ...]:
    return Conference.id.label("conference_id"), Conference.reference, Conference.family_name


def _meetings_coming_up(session: Session, today: date) -> Section[MeetingComingUp]:
    query = (
        select(*_conference_columns(), Meeting.kind, Meeting.starts_at, Meeting.venue_name)
        .join(Conference, Meeting.conference_id == Conference.id)
        .where(_active(), Meeting.status == MeetingStatus.PLANNED,
               Meeting.starts_at >= _start_of(today))
        .order_by(Meeting.starts_at, Meeting.id)
    )
    found, total = _first_rows(session, query)
    rows = tuple(
        MeetingComingUp(
            row.conference_id, row.reference, row.family_name,
            "review" if row.kind is MeetingKind.REVIEW else "arrangements",
            row.kind, row.starts_at, row.venue_name,
            (_local_day(row.starts_at) - today).days,
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
        select(*_conference_columns(), PlanVersion.review_date.label("due_on"))
        .join(Conference, PlanVersion.conference_id == Conference.id)
        .where(_of_active_conference(PlanVersion.conference_id), _is_latest_plan(),
               PlanVersion.review_date.is_not(None),
               PlanVersion.review_date <= today + timedelta(days=REVIEW_WINDOW_DAYS),
               ~review_since_plan)
        .order_by(PlanVersion.review_date, Conference.reference)
    )


def _review_meetings(today: date) -> Select[Any]:
    return (
        select(*_conference_columns(), Meeting.starts_at)
        .join(Conference, Meeting.conference_id == Conference.id)
        .where(_active(), Meeting.kind == MeetingKind.REVIEW,
               Meeting.status == MeetingStatus.PLANNED,
               Meeting.starts_at < _start_of(today + timedelta(days=REVIEW_WINDOW_DAYS + 1)))
        .order_by(Meeting.starts_at, Meeting.id)
    )


def _outcomes(today: date) -> Select[Any]:
    return (
        select(*_conference_columns(), Outcome.due_on, Outcome.months_after,
               Participant.given_name, Participant.known_as,
               Participant.family_name.label("child_family_name"))
        .join(Conference, Outcome.conference_id == Conference.id)
        .join(Participant, Outcome.child_id == Participant.id)
        .where(_of_active_conference(Outcome.conference_id), Outcome.recorded_on.is_(None),
               Outcome.due_on <= today + timedelta(days=OUTCOME_WINDOW_DAYS))
        .order_by(Outcome.due_on, Conference.reference, Outcome.id)
    )


def _reviews_due(session: Session, today: date) -> Section[ReviewDue]:
    date_rows, dates_total = _first_rows(session, _review_dates(today))
    meeting_rows, meetings_total = _first_rows(session, _review_meetings(today))
    outcome_rows, outcomes_total = _first_rows(session, _outcomes(today))
    found = [_review(row, ReviewKind.REVIEW_DATE, row.due_on, today) for row in date_rows]
    found += [_review(row, ReviewKind.REVIEW_MEETING, _local_day(row.starts_at), today)
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
    return Section(tuple(found[:ROW_LIMIT]), dates_total + meetings_total + outcomes_total)


def _review(row: Any, kind: ReviewKind, due_on: date, today: date, child_name: str = "",
            months_after: int = 0) -> ReviewDue:
    return ReviewDue(row.conference_id, row.reference, row.family_name, "review", kind,
                     due_on, (due_on - today).days, child_name, months_after)


def _current_plans() -> Select[Any]:
    """The newest plan version of each conference in progress."""
    return select(PlanVersion.id).where(_of_active_conference(PlanVersion.conference_id),
                                        _is_latest_plan())


def _overdue_actions(session: Session, today: date) -> Section[OverdueAction]:
    query = (
        select(*_conference_columns(), PlanAction.what, PlanAction.who, PlanAction.by_when,
               PlanAction.status)
        .join(PlanVersion, PlanAction.plan_version_id == PlanVersion.id)
        .join(Conference, PlanVersion.conference_id == Conference.id)
        .where(PlanAction.plan_version_id.in_(_current_plans()), PlanAction.by_when < today,
               PlanAction.status.in_(OPEN_ACTION))
        .order_by(PlanAction.by_when, Conference.reference, PlanAction.position)
    )
    found, total = _first_rows(session, query)
    rows = tuple(
        OverdueAction(row.conference_id, row.reference, row.family_name, "plan", row.what,
                      row.who, row.by_when, row.status, (today - row.by_when).days)
        for row in found
    )
    return Section(rows, total)


def _preparing_conferences() -> Select[Any]:
    """Conferences being prepared, the soonest meeting (or target meeting date) first.

    The meeting is looked up for each of these few conferences alone, not
    summed up over every meeting ever held.
    """
    meeting_at = (
        select(func.max(Meeting.starts_at))
        .where(Meeting.conference_id == Conference.id, Meeting.kind == MeetingKind.CONFERENCE,
               Meeting.status != MeetingStatus.CANCELLED)
        .correlate(Conference)
        .scalar_subquery()
    )
    nearest: Any = func.coalesce(meeting_at, Conference.target_meeting_date).label("nearest")
    return (
        select(Conference.id, nearest)
        .where(_active(), Conference.stage.in_(PREPARING))
        .order_by(nearest.is_(None), nearest, Conference.reference)
    )


def _meeting_day(conference: Conference) -> date | None:
    meeting = conference_meeting(conference)
    if meeting is not None and meeting.starts_at is not None:
        return _local_day(meeting.starts_at)
    return conference.target_meeting_date


def _steps_due(session: Session, context: RuleContext
               ) -> tuple[Section[StepDue], int, int]:
    """Steps of the conferences whose meetings come first, read a few at a time until the
    section is full: reading a conference whole is the dearest thing Home does."""
    nearest, waiting = _first_rows(session, _preparing_conferences(), STEP_CONFERENCE_LIMIT)
    ids = [row.id for row in nearest]
    found: list[StepDue] = []
    read = 0
    while read < len(ids) and len(found) < ROW_LIMIT:
        batch = ids[read:read + STEP_BATCH]
        conferences: Sequence[Conference] = session.scalars(
            select(Conference).where(Conference.id.in_(batch)).options(*WHAT_STEP_RULES_READ)
        ).all()
        found += [row for conference in sorted(conferences, key=_nearest_first)
                  for row in _open_steps(conference, context)]
        read += len(batch)
    return Section(tuple(found[:ROW_LIMIT]), len(found)), read, waiting


def _nearest_first(conference: Conference) -> tuple[date, str]:
    return _meeting_day(conference) or date.max, conference.reference


def _open_steps(conference: Conference, context: RuleContext) -> list[StepDue]:
    """The open steps of the stages up to the conference's own.

    Steps of the meeting itself only count once the meeting's day has come.
    """
    meeting_on = _meeting_day(conference)
    reached = stage_order(conference.stage)
    days_away = (meeting_on - context.today).days if meeting_on else None
    return [
        StepDue(conference.id, conference.reference, conference.family_name, status.step.page,
                status.step.key, status.step.title, status.detail, meeting_on, days_away)
        for status in evaluate(conference, context)
        if status.progress is StepProgress.OPEN
        and status.step.stage in PREPARING
        and stage_order(status.step.stage) <= reached
        and (status.step.stage is not Stage.MEETING
             or (meeting_on is not None and meeting_on <= context.today))
    ]
