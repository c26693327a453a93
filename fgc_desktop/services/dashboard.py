"""The Home dashboard: what needs a coordinator's attention across all conferences.

Meetings, reviews and overdue actions are plain queries with limits that start
from the conferences in progress, so Home opens quickly over years of closed
ones. Only preparation steps need whole conferences (their rules read
everything), so only the few conferences whose meetings come soonest are
loaded for them, a handful at a time until the section is full. The plain
queries are in ``dashboard_queries``, the kinds of line in ``dashboard_rows``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import MeetingKind, MeetingStatus, Stage
from fgc_desktop.domain.stages import stage_order
from fgc_desktop.guidance.progress import StepProgress, evaluate
from fgc_desktop.guidance.rules import RuleContext, conference_meeting
from fgc_desktop.services.dashboard_queries import (
    OUTCOME_WINDOW_DAYS,
    REVIEW_WINDOW_DAYS,
    active,
    count,
    first_rows,
    local_day,
    meetings_coming_up,
    overdue_actions,
    reviews_due,
)
from fgc_desktop.services.dashboard_rows import (
    DashboardRow,
    MeetingComingUp,
    OverdueAction,
    ReviewDue,
    ReviewKind,
    Section,
    StepDue,
)
from fgc_desktop.services.guidance import rule_context
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import WHAT_STEP_RULES_READ
from fgc_desktop.store.models import Conference, Meeting

__all__ = [
    "OUTCOME_WINDOW_DAYS",
    "REVIEW_WINDOW_DAYS",
    "ROW_LIMIT",
    "WHAT_STEP_RULES_READ",
    "Dashboard",
    "DashboardRow",
    "MeetingComingUp",
    "OverdueAction",
    "ReviewDue",
    "ReviewKind",
    "Section",
    "StepDue",
    "load_dashboard",
]

ROW_LIMIT = 100
"""The most lines one section shows; its heading still counts them all."""
STEP_CONFERENCE_LIMIT = 50
"""The most conferences being prepared that are read in full for their steps."""
STEP_BATCH = 15
"""They are read this many at a time, nearest first, until the section has its lines."""
PREPARING = (Stage.REFERRAL, Stage.PREPARATION, Stage.MEETING)


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
            conferences=count(session, select(Conference.id).where(active())),
            meetings=meetings_coming_up(session, today, ROW_LIMIT),
            steps=steps,
            reviews=reviews_due(session, today, ROW_LIMIT),
            actions=overdue_actions(session, today, ROW_LIMIT),
            step_conferences_read=read,
            step_conferences_waiting=waiting,
        )


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
        .where(active(), Conference.stage.in_(PREPARING))
        .order_by(nearest.is_(None), nearest, Conference.reference)
    )


def _meeting_day(conference: Conference) -> date | None:
    meeting = conference_meeting(conference)
    if meeting is not None and meeting.starts_at is not None:
        return local_day(meeting.starts_at)
    return conference.target_meeting_date


def _steps_due(session: Session, context: RuleContext
               ) -> tuple[Section[StepDue], int, int]:
    """Steps of the conferences whose meetings come first, read a few at a time until the
    section is full: reading a conference whole is the dearest thing Home does."""
    nearest, waiting = first_rows(session, _preparing_conferences(), STEP_CONFERENCE_LIMIT)
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
