"""Recording the meeting: who came, its three parts, the plan presented and the decision on it."""

from datetime import date, time

import pytest
from sqlalchemy import select

from fgc_desktop.domain.enums import (
    Attendance,
    MeetingSession,
    MeetingStatus,
    PlanStatus,
    ReferrerDecision,
)
from fgc_desktop.domain.errors import UserError
from fgc_desktop.guidance.progress import StepProgress
from fgc_desktop.services import arrangements as arr
from fgc_desktop.services import meeting_record as rec
from fgc_desktop.services.guidance import conference_steps
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import PlanVersion
from tests.services.test_arrangements import TODAY, Family, build_family

MEETING_DAY = date(2026, 3, 12)


def _arranged(db: Database) -> Family:
    family = build_family(db)
    arr.set_meeting_time(db, family.conference_id, MEETING_DAY.isoformat(), "10:00", "13:00")
    return family


def _plan(db: Database, conference_id: int) -> rec.PresentedPlan:
    plan = rec.get_meeting_record(db, conference_id).plan
    assert plan is not None
    return plan


def test_nothing_is_recorded_before_the_meeting(db: Database) -> None:
    record = rec.get_meeting_record(db, build_family(db).conference_id)

    assert record.status is None and record.plan is None
    assert record.parts["private_time"] == (None, None)
    assert record.private_time_minutes is None
    assert [line.attendance for line in record.attendees] == [Attendance.EXPECTED] * 4


def test_a_held_meeting_with_time_alone_ticks_the_step(db: Database) -> None:
    family = _arranged(db)

    rec.set_meeting_status(db, family.conference_id, MeetingStatus.HELD)
    rec.set_private_time_without_professionals(db, family.conference_id, True)

    steps = {s.step.key: s.progress for s in conference_steps(db, family.conference_id, TODAY)}
    assert steps["private_time_held"] is StepProgress.DONE
    record = rec.get_meeting_record(db, family.conference_id)
    assert record.status is MeetingStatus.HELD
    assert record.private_time_without_professionals is True


def test_not_recorded_is_kept_apart_from_no(db: Database) -> None:
    family = _arranged(db)
    rec.set_private_time_without_professionals(db, family.conference_id, False)
    said_no = rec.get_meeting_record(db, family.conference_id)

    rec.set_private_time_without_professionals(db, family.conference_id, None)

    assert said_no.private_time_without_professionals is False
    assert rec.get_meeting_record(db, family.conference_id).private_time_without_professionals \
        is None


def test_the_three_parts_are_stored_on_the_meeting_day(db: Database) -> None:
    family = _arranged(db)

    rec.set_part_times(db, family.conference_id, "information", "10:00", "10:50")
    rec.set_part_times(db, family.conference_id, "private_time", "11:00", "12:20")
    rec.set_part_times(db, family.conference_id, "agreement", "12:30", "")

    record = rec.get_meeting_record(db, family.conference_id)
    assert record.parts == {"information": (time(10), time(10, 50)),
                            "private_time": (time(11), time(12, 20)),
                            "agreement": (time(12, 30), None)}
    assert record.private_time_minutes == 80
    with db.session() as session:
        meeting = arr.find_meeting(session, family.conference_id)
        assert meeting is not None
        assert arr.local_parts(meeting.private_time_start)[0] == MEETING_DAY


@pytest.mark.parametrize(("starts", "ends", "message"), [
    ("11:00", "10:00", "Private family time cannot end before it starts"),
    ("eleven", "", "“eleven” is not a time of day"),
])
def test_impossible_part_times_are_refused(db: Database, starts: str, ends: str,
                                           message: str) -> None:
    family = _arranged(db)
    rec.set_part_times(db, family.conference_id, "private_time", "11:00", "12:00")

    with pytest.raises(UserError, match=message):
        rec.set_part_times(db, family.conference_id, "private_time", starts, ends)

    assert rec.get_meeting_record(db, family.conference_id).private_time_minutes == 60


def test_part_times_need_the_meeting_date_first(db: Database) -> None:
    family = build_family(db)

    with pytest.raises(UserError, match="Set the meeting's date"):
        rec.set_part_times(db, family.conference_id, "information", "10:00", "")


def test_attendance_and_views_given_another_way(db: Database) -> None:
    family = _arranged(db)
    arr.set_session(db, family.conference_id, family.father, MeetingSession.INFORMATION_ONLY)

    rec.set_attendance(db, family.conference_id, family.mother, Attendance.ATTENDED)
    rec.set_attendance(db, family.conference_id, family.father, Attendance.ATTENDED_PART)
    rec.set_attendance(db, family.conference_id, family.child, Attendance.VIEWS_ANOTHER_WAY)
    stored = rec.set_views_another_way(db, family.conference_id, family.child,
                                       " A drawing of home ")

    lines = {line.invitee.person.id: line
             for line in rec.get_meeting_record(db, family.conference_id).attendees}
    assert stored == "A drawing of home"
    assert lines[family.mother].attendance is Attendance.ATTENDED
    assert lines[family.father].attendance is Attendance.ATTENDED_PART
    assert lines[family.father].invitee.session is MeetingSession.INFORMATION_ONLY
    assert lines[family.child].views_another_way == "A drawing of home"
    assert lines[family.aunt].attendance is Attendance.EXPECTED


def test_attendance_for_someone_elses_person_is_refused(db: Database) -> None:
    family, other = _arranged(db), build_family(db, "FGC-2026-0102")

    with pytest.raises(UserError, match="no longer in this conference"):
        rec.set_attendance(db, family.conference_id, other.mother, Attendance.ATTENDED)
    with pytest.raises(UserError, match="too long"):
        rec.set_views_another_way(db, family.conference_id, family.child, "x" * 2_001)


def test_the_first_edit_of_the_plan_makes_version_one_as_presented(db: Database) -> None:
    family = _arranged(db)

    rec.update_plan_field(db, family.conference_id, "backup_plan", "Gran takes Robin in.")

    with db.session() as session:
        plan = session.scalars(select(PlanVersion)).one()
        meeting = arr.find_meeting(session, family.conference_id)
        assert meeting is not None
        assert (plan.number, plan.status, plan.made_at_meeting_id) == (
            1, PlanStatus.PRESENTED, meeting.id)
    assert _plan(db, family.conference_id).text["backup_plan"] == "Gran takes Robin in."


def test_the_review_date_and_family_lead_are_stored(db: Database) -> None:
    family = _arranged(db)

    rec.update_plan_field(db, family.conference_id, "review_date", "2026-06-12")
    rec.update_plan_field(db, family.conference_id, "family_lead_id", family.aunt)

    plan = _plan(db, family.conference_id)
    assert (plan.review_date, plan.family_lead_id) == (date(2026, 6, 12), family.aunt)
    rec.update_plan_field(db, family.conference_id, "family_lead_id", None)
    assert _plan(db, family.conference_id).family_lead_id is None


def test_bad_plan_details_are_refused(db: Database) -> None:
    family, other = _arranged(db), build_family(db, "FGC-2026-0102")

    with pytest.raises(UserError, match="not a real date"):
        rec.update_plan_field(db, family.conference_id, "review_date", "next spring")
    with pytest.raises(UserError, match="no longer in this conference"):
        rec.update_plan_field(db, family.conference_id, "family_lead_id", other.aunt)
    with pytest.raises(UserError, match="The back-up plan is too long"):
        rec.update_plan_field(db, family.conference_id, "backup_plan", "x" * 10_001)
    with pytest.raises(ValueError, match="status"):
        rec.update_plan_field(db, family.conference_id, "status", "agreed")


def test_actions_are_added_in_order_with_a_date_or_words_for_when(db: Database) -> None:
    family = _arranged(db)

    first = rec.add_action(db, family.conference_id, "Walk Robin to school")
    second = rec.add_action(db, family.conference_id, "Call Gran on Sundays")
    rec.update_action(db, family.conference_id, first.id, "when", "2026-04-01")
    rec.update_action(db, family.conference_id, second.id, "when", "Every Sunday")
    rec.update_action(db, family.conference_id, first.id, "who", "Linnet")
    rec.update_action(db, family.conference_id, first.id, "how_known", "The school says so")
    rec.update_action(db, family.conference_id, first.id, "who_checks", "Tess")

    actions = _plan(db, family.conference_id).actions
    assert [a.what for a in actions] == ["Walk Robin to school", "Call Gran on Sundays"]
    assert (actions[0].by_when, actions[0].by_when_text) == (date(2026, 4, 1), "")
    assert (actions[1].by_when, actions[1].when) == (None, "Every Sunday")
    assert (actions[0].who, actions[0].how_known, actions[0].who_checks) == (
        "Linnet", "The school says so", "Tess")


def test_an_action_must_say_what_will_be_done(db: Database) -> None:
    family = _arranged(db)
    action = rec.add_action(db, family.conference_id, "Walk Robin to school")

    with pytest.raises(UserError, match="What will be done cannot be empty"):
        rec.add_action(db, family.conference_id, "  ")
    with pytest.raises(UserError, match="What will be done cannot be empty"):
        rec.update_action(db, family.conference_id, action.id, "what", "")
    with pytest.raises(UserError, match="By when is too long"):
        rec.update_action(db, family.conference_id, action.id, "when", "x" * 121)
    with pytest.raises(ValueError, match="status"):
        rec.update_action(db, family.conference_id, action.id, "status", "done")

    assert [a.what for a in _plan(db, family.conference_id).actions] == [
        "Walk Robin to school"]


def test_a_removed_action_comes_back_in_its_place(db: Database) -> None:
    family = _arranged(db)
    for what in ("One", "Two", "Three"):
        rec.add_action(db, family.conference_id, what)
    middle = _plan(db, family.conference_id).actions[1]

    removed = rec.remove_action(db, family.conference_id, middle.id)
    after_removal = [a.what for a in _plan(db, family.conference_id).actions]
    rec.restore_action(db, family.conference_id, removed)

    assert after_removal == ["One", "Three"]
    assert [a.what for a in _plan(db, family.conference_id).actions] == ["One", "Two", "Three"]


def test_an_action_of_another_plan_is_refused(db: Database) -> None:
    family, other = _arranged(db), build_family(db, "FGC-2026-0102")
    theirs = rec.add_action(db, other.conference_id, "Someone else's action")

    with pytest.raises(UserError, match="no longer in the plan"):
        rec.remove_action(db, family.conference_id, theirs.id)


def test_not_agreed_needs_reasons(db: Database) -> None:
    family = _arranged(db)
    rec.add_action(db, family.conference_id, "Walk Robin to school")

    with pytest.raises(UserError, match="Write the referrer's reasons"):
        rec.record_referrer_decision(db, family.conference_id, ReferrerDecision.NOT_AGREED,
                                     "  ", "2026-03-12")

    plan = _plan(db, family.conference_id)
    assert (plan.decision, plan.status) == (ReferrerDecision.PENDING, PlanStatus.PRESENTED)


def test_the_referrers_decision_sets_the_plans_status(db: Database) -> None:
    family = _arranged(db)

    rec.record_referrer_decision(db, family.conference_id, ReferrerDecision.NOT_AGREED,
                                 "Robin's school run is not covered.", "2026-03-12")
    not_agreed = _plan(db, family.conference_id)
    rec.record_referrer_decision(db, family.conference_id, ReferrerDecision.AGREED,
                                 today=date(2026, 3, 13))
    agreed = _plan(db, family.conference_id)
    rec.record_referrer_decision(db, family.conference_id, ReferrerDecision.PENDING)

    assert (not_agreed.status, not_agreed.decided_on, not_agreed.reasons) == (
        PlanStatus.NOT_AGREED, date(2026, 3, 12), "Robin's school run is not covered.")
    assert (agreed.status, agreed.decided_on) == (PlanStatus.AGREED, date(2026, 3, 13))
    pending = _plan(db, family.conference_id)
    assert (pending.status, pending.decided_on) == (PlanStatus.PRESENTED, None)


def test_a_bad_decision_date_is_refused(db: Database) -> None:
    family = _arranged(db)

    with pytest.raises(UserError, match="Date of the decision"):
        rec.record_referrer_decision(db, family.conference_id, ReferrerDecision.AGREED,
                                     "", "12/03/2026")


def test_a_plan_replaced_at_a_review_is_kept_as_it_was(db: Database) -> None:
    family = _arranged(db)
    action = rec.add_action(db, family.conference_id, "Walk Robin to school")
    with db.session() as session:
        session.scalars(select(PlanVersion)).one().status = PlanStatus.SUPERSEDED

    assert not _plan(db, family.conference_id).editable
    with pytest.raises(UserError, match="replaced at a review"):
        rec.update_action(db, family.conference_id, action.id, "what", "Something else")
    with pytest.raises(UserError, match="replaced at a review"):
        rec.record_referrer_decision(db, family.conference_id, ReferrerDecision.AGREED)


def test_holding_the_meeting_makes_each_childs_follow_ups_due(db: Database) -> None:
    from sqlalchemy import select

    from fgc_desktop.domain.enums import MeetingStatus, Role
    from fgc_desktop.services.arrangements import set_meeting_time
    from fgc_desktop.services.meeting_record import set_meeting_status
    from fgc_desktop.store.models import Conference, Outcome, Participant

    with db.session() as session:
        conference = Conference(reference="T-9", family_name="Testwood")
        conference.participants.append(Participant(given_name="Sam", role=Role.CHILD,
                                                   is_subject_child=True))
        session.add(conference)
        session.flush()
        conference_id = conference.id
    set_meeting_time(db, conference_id, "2026-11-20", "10:00", "13:00")
    set_meeting_status(db, conference_id, MeetingStatus.HELD)
    with db.session() as session:
        months = sorted(session.scalars(select(Outcome.months_after)))
    assert months == [3, 6, 12]


def test_the_agreed_plan_cannot_be_changed_from_the_meeting_page(db: Database) -> None:
    import pytest

    from fgc_desktop.domain.enums import ReferrerDecision
    from fgc_desktop.domain.errors import UserError
    from fgc_desktop.services import meeting_record
    from fgc_desktop.services.plan import get_plan
    from tests.services.test_plan import agreed_plan

    family = agreed_plan(db)
    cid = family.conference_id
    before = get_plan(db, cid, 1).plan
    assert before is not None
    with pytest.raises(UserError, match="kept as it was"):
        meeting_record.add_action(db, cid, "Something new")
    with pytest.raises(UserError, match="kept as it was"):
        meeting_record.update_plan_field(db, cid, "backup_plan", "Another back-up")
    meeting_record.record_referrer_decision(db, cid, ReferrerDecision.NOT_AGREED,
                                            "The school run is not covered.")
    after = get_plan(db, cid, 1).plan
    assert after is not None and after.actions == before.actions
