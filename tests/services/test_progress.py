"""The header's counts and the overview's snapshot agree with the step rules and the record."""

from datetime import UTC, date, datetime

from sqlalchemy import select

from fgc_desktop.domain.enums import MeetingKind, MeetingStatus, Stage, StepState
from fgc_desktop.guidance.progress import StepProgress, pathway_progress
from fgc_desktop.services.conferences import update_conference_field
from fgc_desktop.services.guidance import conference_steps, mark_step
from fgc_desktop.services.progress import conference_progress, count_steps, next_steps
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Meeting
from tests.ui.sample_conference import build_empty_conference, build_sample_conference

TODAY = date(2026, 3, 1)


def test_counts_leave_out_steps_that_do_not_apply(db: Database) -> None:
    conference_id = build_empty_conference(db)
    before = conference_progress(db, conference_id, TODAY).counts

    mark_step(db, conference_id, "consent_recorded", StepState.NOT_APPLICABLE,
              "Consent was given to the referring team.")
    after = conference_progress(db, conference_id, TODAY).counts

    assert after.total == before.total - 1
    assert after.done == before.done
    assert after.left == after.total - after.done


def test_counts_follow_what_is_recorded(db: Database) -> None:
    conference_id = build_empty_conference(db)
    before = conference_progress(db, conference_id, TODAY).counts
    for field in ("worries", "strengths", "bottom_lines", "questions"):
        update_conference_field(db, conference_id, field, "Something in plain words.")

    after = conference_progress(db, conference_id, TODAY).counts

    assert after.done == before.done + 1
    assert after.left == before.left - 1


def test_pathways_match_the_guidance_rules(db: Database) -> None:
    conference_id = build_sample_conference(db)

    progress = conference_progress(db, conference_id, TODAY)

    expected = pathway_progress(conference_steps(db, conference_id, TODAY))
    assert list(progress.pathways) == expected
    assert progress.counts == count_steps(progress.steps)


def test_key_dates_come_from_the_referral_the_meeting_and_the_review(db: Database) -> None:
    conference_id = build_sample_conference(db)
    update_conference_field(db, conference_id, "target_meeting_date", "2026-03-10")

    dates = conference_progress(db, conference_id, TODAY).dates

    assert dates.referral == date(2026, 1, 20)
    assert dates.target_meeting == date(2026, 3, 10)
    assert dates.meeting == datetime(2026, 3, 12, 10, tzinfo=UTC)
    assert dates.review == date(2026, 3, 28)


def test_without_a_review_meeting_the_plan_s_review_date_is_shown(db: Database) -> None:
    conference_id = build_sample_conference(db)
    with db.session() as session:
        reviews = select(Meeting).where(Meeting.conference_id == conference_id,
                                        Meeting.kind == MeetingKind.REVIEW)
        for meeting in session.scalars(reviews):
            meeting.status = MeetingStatus.CANCELLED

    assert conference_progress(db, conference_id, TODAY).dates.review == date(2026, 6, 12)


def test_an_empty_conference_has_no_dates_but_the_referral(db: Database) -> None:
    conference_id = build_empty_conference(db)

    dates = conference_progress(db, conference_id, TODAY).dates

    assert (dates.referral, dates.target_meeting, dates.meeting, dates.review) == (
        date(2026, 1, 20), None, None, None)


def test_next_steps_are_the_open_ones_up_to_the_stage_earliest_first(db: Database) -> None:
    conference_id = build_empty_conference(db)
    update_conference_field(db, conference_id, "stage", Stage.PREPARATION)

    progress = conference_progress(db, conference_id, TODAY)

    stages = [status.step.stage for status in progress.next_steps]
    assert stages[0] is Stage.REFERRAL
    assert set(stages) == {Stage.REFERRAL, Stage.PREPARATION}
    assert stages == sorted(stages, key=[Stage.REFERRAL, Stage.PREPARATION].index)
    assert all(status.progress is StepProgress.OPEN for status in progress.next_steps)


def test_a_closed_conference_has_nothing_to_do_next(db: Database) -> None:
    conference_id = build_empty_conference(db)
    statuses = conference_steps(db, conference_id, TODAY)

    assert next_steps(statuses, Stage.CLOSED) == ()
    assert next_steps(statuses, Stage.REFERRAL)
