"""Review meetings: arranged from the plan's review date, who came, what they decided.

A review checks how the plan is going. When the family changes its plan
there, the change is a new version of the plan made at that review, so the
plan agreed before it is kept as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import Attendance, MeetingKind, MeetingStatus
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.domain.validation import check_date, check_text
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.arrangements import (
    Person,
    at_local,
    conference_person,
    invitee_lines,
    local_parts,
    parse_time,
)
from fgc_desktop.services.plan import CAN_FOLLOW_ON, start_new_version
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import load_conference
from fgc_desktop.store.models import Meeting, MeetingAttendee

DEFAULT_START = time(10, 0)
TEXTS: dict[str, tuple[str, int]] = {
    "venue_name": (N_("Where"), 160),
    "venue_address": (N_("Address"), 2_000),
    "outcome": (N_("What the review decided"), 10_000),
}


@dataclass(frozen=True)
class ReviewAttendee:
    person: Person
    attendance: Attendance


@dataclass(frozen=True)
class ReviewMeeting:
    id: int
    status: MeetingStatus
    day: date | None
    starts: time | None
    venue_name: str
    venue_address: str
    outcome: str
    attendees: tuple[ReviewAttendee, ...]
    plan_version: int | None
    """The plan version made at this review, if the family changed its plan there."""


@dataclass(frozen=True)
class Reviews:
    review_date: date | None
    """The latest plan's review date: when the family meets again."""
    plan_number: int | None
    can_update_plan: bool
    meetings: tuple[ReviewMeeting, ...]


def get_reviews(db: Database, conference_id: int) -> Reviews:
    with db.session() as session:
        conference = load_conference(session, conference_id)
        latest = conference.plan_versions[-1] if conference.plan_versions else None
        made_at = {v.made_at_meeting_id: v.number for v in conference.plan_versions
                   if v.made_at_meeting_id is not None}
        meetings = []
        for meeting in conference.meetings:
            if meeting.kind is not MeetingKind.REVIEW:
                continue
            came = {a.participant_id: a.attendance for a in meeting.attendees}
            day, starts = local_parts(meeting.starts_at)
            meetings.append(ReviewMeeting(
                meeting.id, meeting.status, day, starts, meeting.venue_name,
                meeting.venue_address, meeting.outcome,
                tuple(ReviewAttendee(line.person, came.get(line.person.id, Attendance.EXPECTED))
                      for line in invitee_lines(conference, meeting)),
                made_at.get(meeting.id),
            ))
        return Reviews(
            review_date=latest.review_date if latest else None,
            plan_number=latest.number if latest else None,
            can_update_plan=latest is not None and latest.status in CAN_FOLLOW_ON,
            meetings=tuple(meetings),
        )


def schedule_review(db: Database, conference_id: int, day: Any = None, starts: Any = None,
                    venue: Any = "") -> int:
    """Arranges a review meeting, on the plan's review date unless another day is given."""
    on = check_date(_("Day of the review"), day)
    start = parse_time(_("Start time"), starts) or DEFAULT_START
    title, longest = TEXTS["venue_name"]
    where = check_text(_(title), venue, longest)
    with db.session() as session:
        conference = load_conference(session, conference_id)
        latest = conference.plan_versions[-1] if conference.plan_versions else None
        on = on or (latest.review_date if latest else None)
        if on is None:
            raise UserError(_("There is no review date in the plan yet. Type the day of the "
                              "review, like 2026-12-03."))
        meeting = Meeting(kind=MeetingKind.REVIEW, status=MeetingStatus.PLANNED,
                          starts_at=at_local(on, start), venue_name=where)
        conference.meetings.append(meeting)
        session.flush()
        return meeting.id


def _review(session: Session, conference_id: int, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if (meeting is None or meeting.conference_id != conference_id
            or meeting.kind is not MeetingKind.REVIEW):
        raise UserError(_("That review meeting is no longer there. Reopen the page."))
    return meeting


def set_review_time(db: Database, conference_id: int, meeting_id: int, day: Any,
                    starts: Any) -> tuple[date, time]:
    """Moves the review to another day or time; both are needed."""
    on = check_date(_("Day of the review"), day)
    start = parse_time(_("Start time"), starts)
    if on is None or start is None:
        raise UserError(_("Enter both the day and the start time of the review, like "
                          "2026-12-03 and 10:00."))
    with db.session() as session:
        _review(session, conference_id, meeting_id).starts_at = at_local(on, start)
    return on, start


def update_review_text(db: Database, conference_id: int, meeting_id: int, field: str,
                       value: Any) -> str:
    """Saves where the review is, its address, or what it decided."""
    if field not in TEXTS:
        raise ValueError(f"{field} is not a detail of a review meeting")
    title, longest = TEXTS[field]
    text = check_text(_(title), value, longest)
    with db.session() as session:
        setattr(_review(session, conference_id, meeting_id), field, text)
    return text


def set_review_status(db: Database, conference_id: int, meeting_id: int,
                      status: MeetingStatus) -> None:
    """Planned, held, put off or called off."""
    status = MeetingStatus(status)
    with db.session() as session:
        _review(session, conference_id, meeting_id).status = status


def set_review_attendance(db: Database, conference_id: int, meeting_id: int,
                          participant_id: int, attendance: Attendance) -> None:
    attendance = Attendance(attendance)
    with db.session() as session:
        meeting = _review(session, conference_id, meeting_id)
        someone = conference_person(session, conference_id, participant_id)
        row = next((a for a in meeting.attendees if a.participant_id == someone.id), None)
        if row is None:
            meeting.attendees.append(MeetingAttendee(participant=someone,
                                                     attendance=attendance))
        else:
            row.attendance = attendance


def update_plan_at_review(db: Database, conference_id: int, meeting_id: int,
                          today: date | None = None) -> int:
    """Starts a new version of the plan made at this review; returns its number."""
    with db.session() as session:
        meeting = _review(session, conference_id, meeting_id)
        if meeting.status is MeetingStatus.CANCELLED:
            raise UserError(_("This review was cancelled. Change the plan at a review that "
                              "takes place."))
        conference = load_conference(session, conference_id)
        made = next((v.number for v in conference.plan_versions
                     if v.made_at_meeting_id == meeting_id), None)
    if made is not None:
        raise UserError(_("Version {number} of the plan was already made at this review. "
                          "Change it on The family plan page.").format(number=made))
    return start_new_version(db, conference_id, at_meeting_id=meeting_id, today=today)
