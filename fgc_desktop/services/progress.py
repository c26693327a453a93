"""Where one conference stands, read in one short session: for the header and the overview.

The header shows the family, the stage and how many steps are done and left,
read in one load of only what the step rules need (it is read again after
every save). The overview adds the progress per pathway, the key dates, the
arrangement warnings and what to do next. Both come from the same rules so
they never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from fgc_desktop.domain.enums import MeetingKind, MeetingStatus, Stage
from fgc_desktop.domain.stages import stage_order
from fgc_desktop.guidance.progress import (
    PathwayProgress,
    StepProgress,
    StepStatus,
    evaluate,
    pathway_progress,
)
from fgc_desktop.guidance.rules import conference_meeting
from fgc_desktop.guidance.warnings import arrangement_warnings
from fgc_desktop.services.guidance import rule_context
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import WHAT_STEP_RULES_READ, load_conference
from fgc_desktop.store.models import Conference


@dataclass(frozen=True)
class StepCounts:
    """Steps that count (not-applicable ones do not), and how many of them are done."""

    done: int
    total: int

    @property
    def left(self) -> int:
        return self.total - self.done


@dataclass(frozen=True)
class ConferenceHeader:
    """What the workspace's header and step checklist show, from one read."""

    reference: str
    family_name: str
    stage: Stage
    archived: bool
    steps: tuple[StepStatus, ...]

    @property
    def counts(self) -> StepCounts:
        return count_steps(self.steps)


@dataclass(frozen=True)
class KeyDates:
    referral: date | None
    target_meeting: date | None
    meeting: datetime | None
    review: date | None


@dataclass(frozen=True)
class ConferenceProgress:
    stage: Stage
    steps: tuple[StepStatus, ...]
    pathways: tuple[PathwayProgress, ...]
    dates: KeyDates
    warnings: tuple[str, ...]

    @property
    def counts(self) -> StepCounts:
        return count_steps(self.steps)

    @property
    def next_steps(self) -> tuple[StepStatus, ...]:
        return next_steps(self.steps, self.stage)


def count_steps(statuses: Iterable[StepStatus]) -> StepCounts:
    counted = [status for status in statuses if status.counts]
    done = sum(1 for status in counted if status.progress is StepProgress.DONE)
    return StepCounts(done, len(counted))


def next_steps(statuses: Iterable[StepStatus], stage: Stage) -> tuple[StepStatus, ...]:
    """Open steps of the conference's stage and of the stages before it, earliest first.

    A closed conference has nothing left to do.
    """
    if stage is Stage.CLOSED:
        return ()
    now = stage_order(stage)
    waiting = [
        status for status in statuses
        if status.progress is StepProgress.OPEN and stage_order(status.step.stage) <= now
    ]
    return tuple(sorted(waiting, key=lambda status: stage_order(status.step.stage)))


def key_dates(conference: Conference) -> KeyDates:
    """The referral, the target, the meeting, and the next review (a review meeting first)."""
    meeting = conference_meeting(conference)
    reviews = sorted(
        planned.starts_at.date() for planned in conference.meetings
        if planned.kind is MeetingKind.REVIEW and planned.status is MeetingStatus.PLANNED
        and planned.starts_at is not None
    )
    plans = conference.plan_versions
    review = reviews[0] if reviews else (plans[-1].review_date if plans else None)
    return KeyDates(
        referral=conference.referral_date,
        target_meeting=conference.target_meeting_date,
        meeting=meeting.starts_at if meeting is not None else None,
        review=review,
    )


def conference_header(db: Database, conference_id: int, today: date | None = None
                      ) -> ConferenceHeader:
    context = rule_context(db, today)
    with db.session() as session:
        conference = load_conference(session, conference_id, WHAT_STEP_RULES_READ)
        return ConferenceHeader(
            reference=conference.reference,
            family_name=conference.family_name,
            stage=conference.stage,
            archived=conference.archived,
            steps=tuple(evaluate(conference, context)),
        )


def conference_progress(db: Database, conference_id: int, today: date | None = None
                        ) -> ConferenceProgress:
    context = rule_context(db, today)
    with db.session() as session:
        conference = load_conference(session, conference_id)
        statuses = tuple(evaluate(conference, context))
        return ConferenceProgress(
            stage=conference.stage,
            steps=statuses,
            pathways=tuple(pathway_progress(statuses)),
            dates=key_dates(conference),
            warnings=tuple(arrangement_warnings(conference, context.today)),
        )
