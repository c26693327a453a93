"""Review meetings are arranged from the plan's review date, and can make a new plan version."""

from datetime import date, time

import pytest

from fgc_desktop.domain.enums import (
    Attendance,
    MeetingKind,
    MeetingStatus,
    PlanStatus,
    ReferrerDecision,
)
from fgc_desktop.domain.errors import UserError
from fgc_desktop.services import reviews
from fgc_desktop.services.dashboard import ReviewKind, load_dashboard
from fgc_desktop.services.plan import get_plan, record_decision
from fgc_desktop.store.database import Database
from tests.services.test_arrangements import build_family
from tests.services.test_plan import TODAY, agreed_plan

REVIEW_DAY = date(2026, 6, 12)


def _only_review(db: Database, cid: int) -> reviews.ReviewMeeting:
    [meeting] = reviews.get_reviews(db, cid).meetings
    return meeting


def test_a_review_is_arranged_on_the_plan_s_review_date(db: Database) -> None:
    cid = agreed_plan(db).conference_id

    reviews.schedule_review(db, cid)

    found = reviews.get_reviews(db, cid)
    assert found.review_date == REVIEW_DAY
    [meeting] = found.meetings
    assert (meeting.status, meeting.day, meeting.starts) == (
        MeetingStatus.PLANNED, REVIEW_DAY, time(10, 0))
    home = load_dashboard(db, date(2026, 6, 1))
    assert [(r.kind, r.due_on) for r in home.reviews.rows
            if r.kind is ReviewKind.REVIEW_MEETING] == [(ReviewKind.REVIEW_MEETING, REVIEW_DAY)]


def test_another_day_time_and_place_can_be_chosen(db: Database) -> None:
    cid = agreed_plan(db).conference_id

    meeting_id = reviews.schedule_review(db, cid, "2026-06-19", "4pm", "Elmfield Library")
    reviews.set_review_time(db, cid, meeting_id, "2026-06-20", "11:30")

    meeting = _only_review(db, cid)
    assert (meeting.day, meeting.starts, meeting.venue_name) == (
        date(2026, 6, 20), time(11, 30), "Elmfield Library")
    with pytest.raises(UserError, match="both the day and the start time"):
        reviews.set_review_time(db, cid, meeting_id, "", "11:30")


def test_without_a_review_date_the_day_must_be_typed(db: Database) -> None:
    cid = build_family(db).conference_id

    with pytest.raises(UserError, match="no review date"):
        reviews.schedule_review(db, cid)
    assert reviews.get_reviews(db, cid).meetings == ()


def test_attendance_held_and_outcome_are_recorded(db: Database) -> None:
    family = agreed_plan(db)
    cid = family.conference_id
    meeting_id = reviews.schedule_review(db, cid)

    reviews.set_review_attendance(db, cid, meeting_id, family.mother, Attendance.ATTENDED)
    reviews.set_review_attendance(db, cid, meeting_id, family.aunt, Attendance.ABSENT)
    reviews.set_review_status(db, cid, meeting_id, MeetingStatus.HELD)
    reviews.update_review_text(db, cid, meeting_id, "outcome", "  The plan is working.  ")

    meeting = _only_review(db, cid)
    came = {line.person.id: line.attendance for line in meeting.attendees}
    assert came[family.mother] is Attendance.ATTENDED
    assert came[family.aunt] is Attendance.ABSENT
    assert came[family.father] is Attendance.EXPECTED
    assert (meeting.status, meeting.outcome) == (MeetingStatus.HELD, "The plan is working.")


def test_a_review_can_update_the_plan_once(db: Database) -> None:
    cid = agreed_plan(db).conference_id
    meeting_id = reviews.schedule_review(db, cid)
    reviews.set_review_status(db, cid, meeting_id, MeetingStatus.HELD)

    number = reviews.update_plan_at_review(db, cid, meeting_id, today=REVIEW_DAY)

    plan = get_plan(db, cid, today=TODAY).plan
    assert plan is not None and number == plan.number == 2
    assert (plan.made_at, plan.made_on, plan.based_on) == (MeetingKind.REVIEW, REVIEW_DAY, 1)
    assert plan.review_date is None and len(plan.actions) == 2
    assert _only_review(db, cid).plan_version == 2
    with pytest.raises(UserError, match="already made at this review"):
        reviews.update_plan_at_review(db, cid, meeting_id)

    record_decision(db, cid, 2, ReferrerDecision.AGREED, today=REVIEW_DAY)
    assert [v.status for v in get_plan(db, cid).versions] == [PlanStatus.SUPERSEDED,
                                                               PlanStatus.AGREED]


def test_a_cancelled_review_cannot_change_the_plan(db: Database) -> None:
    cid = agreed_plan(db).conference_id
    meeting_id = reviews.schedule_review(db, cid)
    reviews.set_review_status(db, cid, meeting_id, MeetingStatus.CANCELLED)

    with pytest.raises(UserError, match="cancelled"):
        reviews.update_plan_at_review(db, cid, meeting_id)
    assert reviews.get_reviews(db, cid).plan_number == 1
