"""The lines Home shows, one kind per section, each naming the page that deals with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Generic, TypeVar

from fgc_desktop.domain.enums import ActionStatus, MeetingKind

RowT = TypeVar("RowT")


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
