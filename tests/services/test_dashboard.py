"""Home's sections across all conferences, on known data with a fixed today."""

from datetime import date, datetime, time, timedelta

import pytest

from fgc_desktop.domain.enums import (
    ActionStatus,
    MeetingKind,
    MeetingStatus,
    Role,
    Stage,
    StepState,
)
from fgc_desktop.services import dashboard
from fgc_desktop.services.dashboard import ReviewKind, load_dashboard
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import (
    Conference,
    Meeting,
    Outcome,
    Participant,
    PlanAction,
    PlanVersion,
    StepMark,
)

TODAY = date(2026, 3, 2)


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def at(offset: int, hour: int = 10) -> datetime:
    """A local time ``offset`` days from TODAY, as the coordinator's clock shows it."""
    return datetime.combine(day(offset), time(hour)).astimezone()


def add_conference(db: Database, reference: str, family: str, stage: Stage,
                   archived: bool = False, target_in: int | None = None) -> int:
    with db.session() as session:
        conference = Conference(
            reference=reference, family_name=family, stage=stage, archived=archived,
            target_meeting_date=day(target_in) if target_in is not None else None,
        )
        session.add(conference)
        session.flush()
        return conference.id


def add_meeting(db: Database, conference_id: int, offset: int, kind: MeetingKind,
                status: MeetingStatus = MeetingStatus.PLANNED, venue: str = "",
                private_time: bool | None = None) -> None:
    with db.session() as session:
        session.add(Meeting(conference_id=conference_id, kind=kind, status=status,
                            starts_at=at(offset), venue_name=venue,
                            private_time_without_professionals=private_time))


def add_plan(db: Database, conference_id: int, number: int, created_in: int,
             review_in: int | None, actions: list[tuple[str, int, ActionStatus]]) -> None:
    with db.session() as session:
        plan = PlanVersion(
            conference_id=conference_id, number=number, created_on=day(created_in),
            review_date=day(review_in) if review_in is not None else None,
        )
        plan.actions = [
            PlanAction(position=position, what=what, who="Aunt Testina", by_when=day(due_in),
                       status=status)
            for position, (what, due_in, status) in enumerate(actions)
        ]
        session.add(plan)


def add_outcome(db: Database, conference_id: int, months: int, due_in: int,
                recorded: bool = False) -> None:
    with db.session() as session:
        child = Participant(conference_id=conference_id, given_name="Pippa",
                            family_name=f"Sample{months}", role=Role.CHILD,
                            is_subject_child=True)
        session.add(child)
        session.flush()
        session.add(Outcome(conference_id=conference_id, child_id=child.id, months_after=months,
                            due_on=day(due_in), recorded_on=day(due_in) if recorded else None))


def test_meetings_coming_up_are_planned_ones_from_today_soonest_first(db: Database) -> None:
    ash = add_conference(db, "FGC-T-0001", "Ashgrove", Stage.PREPARATION)
    beech = add_conference(db, "FGC-T-0002", "Beechwood", Stage.REVIEW)
    hidden = add_conference(db, "FGC-T-0003", "Hiddenfold", Stage.PREPARATION, archived=True)
    add_meeting(db, ash, 5, MeetingKind.CONFERENCE, venue="Testville Hall")
    add_meeting(db, beech, 0, MeetingKind.REVIEW, venue="Beech Home")
    add_meeting(db, ash, -3, MeetingKind.CONFERENCE)
    add_meeting(db, ash, 2, MeetingKind.CONFERENCE, MeetingStatus.CANCELLED)
    add_meeting(db, beech, -40, MeetingKind.CONFERENCE, MeetingStatus.HELD)
    add_meeting(db, hidden, 1, MeetingKind.CONFERENCE)

    meetings = load_dashboard(db, TODAY).meetings

    assert meetings.total == 2
    assert [(m.reference, m.kind, m.days_away, m.venue_name, m.page_key)
            for m in meetings.rows] == [
        ("FGC-T-0002", MeetingKind.REVIEW, 0, "Beech Home", "review"),
        ("FGC-T-0001", MeetingKind.CONFERENCE, 5, "Testville Hall", "arrangements"),
    ]
    assert meetings.rows[1].family_name == "Ashgrove"
    assert meetings.rows[1].starts_at == at(5)


def test_a_long_list_is_cut_short_but_counted_in_full(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dashboard, "ROW_LIMIT", 2)
    ash = add_conference(db, "FGC-T-0001", "Ashgrove", Stage.PREPARATION)
    for offset in (9, 3, 6):
        add_meeting(db, ash, offset, MeetingKind.CONFERENCE)

    meetings = load_dashboard(db, TODAY).meetings

    assert meetings.total == 3
    assert [m.days_away for m in meetings.rows] == [3, 6]


def test_reviews_due_cover_review_dates_review_meetings_and_follow_ups(db: Database) -> None:
    beech = add_conference(db, "FGC-T-0002", "Beechwood", Stage.REVIEW)
    add_plan(db, beech, 1, -100, -60, [])
    add_plan(db, beech, 2, -20, 10, [])
    cedar = add_conference(db, "FGC-T-0004", "Cedarfield", Stage.REVIEW)
    add_plan(db, cedar, 1, -30, 20, [])
    add_meeting(db, cedar, 20, MeetingKind.REVIEW)
    add_meeting(db, cedar, 31, MeetingKind.REVIEW)
    late = add_conference(db, "FGC-T-0005", "Larchmont", Stage.PLAN)
    add_plan(db, late, 1, -60, -7, [])
    add_plan(db, add_conference(db, "FGC-T-0006", "Farholt", Stage.PLAN), 1, -5, 45, [])
    add_outcome(db, beech, 3, 7)
    add_outcome(db, beech, 6, 20)
    add_outcome(db, cedar, 3, -3, recorded=True)
    add_outcome(db, cedar, 12, -30)
    hidden = add_conference(db, "FGC-T-0003", "Hiddenfold", Stage.REVIEW, archived=True)
    add_plan(db, hidden, 1, -30, 2, [])
    add_outcome(db, hidden, 3, 1)

    reviews = load_dashboard(db, TODAY).reviews

    assert [(r.reference, r.kind, r.days_away) for r in reviews.rows] == [
        ("FGC-T-0004", ReviewKind.OUTCOME, -30),
        ("FGC-T-0005", ReviewKind.REVIEW_DATE, -7),
        ("FGC-T-0002", ReviewKind.OUTCOME, 7),
        ("FGC-T-0002", ReviewKind.REVIEW_DATE, 10),
        ("FGC-T-0004", ReviewKind.REVIEW_MEETING, 20),
    ]
    assert reviews.total == 5
    assert {r.page_key for r in reviews.rows} == {"review"}
    assert (reviews.rows[0].child_name, reviews.rows[0].months_after) == ("Pippa Sample12", 12)
    assert reviews.rows[1].due_on == day(-7)


def test_overdue_actions_come_from_each_conferences_latest_plan(db: Database) -> None:
    beech = add_conference(db, "FGC-T-0002", "Beechwood", Stage.REVIEW)
    add_plan(db, beech, 1, -100, -60, [("Old plan's action", -70, ActionStatus.NOT_STARTED)])
    add_plan(db, beech, 2, -20, 50, [
        ("Phone the school", -5, ActionStatus.NOT_STARTED),
        ("Fix the boiler", -2, ActionStatus.DONE),
        ("Visit Nan", -10, ActionStatus.IN_PROGRESS),
        ("Bake a cake", -1, ActionStatus.NOT_DONE),
        ("Paint the fence", 3, ActionStatus.NOT_STARTED),
        ("Start today", 0, ActionStatus.NOT_STARTED),
    ])
    hidden = add_conference(db, "FGC-T-0003", "Hiddenfold", Stage.REVIEW, archived=True)
    add_plan(db, hidden, 1, -30, 50, [("Hidden action", -4, ActionStatus.NOT_STARTED)])

    actions = load_dashboard(db, TODAY).actions

    assert [(a.what, a.days_overdue, a.status) for a in actions.rows] == [
        ("Visit Nan", 10, ActionStatus.IN_PROGRESS),
        ("Phone the school", 5, ActionStatus.NOT_STARTED),
    ]
    assert actions.total == 2
    assert {(a.reference, a.page_key, a.who) for a in actions.rows} == {
        ("FGC-T-0002", "plan", "Aunt Testina")}


def test_preparation_steps_due_come_nearest_meeting_first(db: Database) -> None:
    add_conference(db, "FGC-T-0010", "Rowan", Stage.REFERRAL, target_in=40)
    preparing = add_conference(db, "FGC-T-0011", "Sorrel", Stage.PREPARATION, target_in=60)
    add_meeting(db, preparing, 5, MeetingKind.CONFERENCE)
    soon = add_conference(db, "FGC-T-0012", "Tansy", Stage.MEETING)
    add_meeting(db, soon, 2, MeetingKind.CONFERENCE)
    held = add_conference(db, "FGC-T-0013", "Umber", Stage.MEETING)
    add_meeting(db, held, -1, MeetingKind.CONFERENCE, MeetingStatus.HELD, private_time=False)
    add_conference(db, "FGC-T-0014", "Vetch", Stage.PREPARATION)
    add_conference(db, "FGC-T-0015", "Willow", Stage.PLAN, target_in=1)
    add_conference(db, "FGC-T-0016", "Hiddenfold", Stage.PREPARATION, archived=True,
                   target_in=1)
    with db.session() as session:
        session.add(StepMark(conference_id=preparing, step_key="professionals_briefed",
                             state=StepState.NOT_APPLICABLE, reason="No professionals."))

    found = load_dashboard(db, TODAY)
    steps = found.steps.rows

    order = list(dict.fromkeys(step.reference for step in steps))
    assert order == ["FGC-T-0013", "FGC-T-0012", "FGC-T-0011", "FGC-T-0010", "FGC-T-0014"]
    by_conference = {ref: [s.step_key for s in steps if s.reference == ref] for ref in order}
    assert by_conference["FGC-T-0010"] == ["consent_recorded", "referral_in_plain_words"]
    assert "private_time_held" in by_conference["FGC-T-0013"]
    assert "private_time_held" not in by_conference["FGC-T-0012"]
    assert "everyone_contacted" in by_conference["FGC-T-0011"]
    assert "professionals_briefed" not in by_conference["FGC-T-0011"]
    assert "professionals_briefed" in by_conference["FGC-T-0012"]
    first = steps[0]
    assert (first.meeting_on, first.days_away, first.page_key) == (day(-1), -1, "referral")
    assert first.title == "Consent recorded"
    assert first.detail == "No consent is recorded yet."
    rowan = next(s for s in steps if s.reference == "FGC-T-0010")
    assert (rowan.meeting_on, rowan.days_away) == (day(40), 40)
    vetch = next(s for s in steps if s.reference == "FGC-T-0014")
    assert (vetch.meeting_on, vetch.days_away) == (None, None)
    assert found.steps.total == len(steps)
    assert (found.step_conferences_read, found.step_conferences_waiting) == (5, 5)


def test_only_the_nearest_conferences_are_read_for_their_steps(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dashboard, "STEP_CONFERENCE_LIMIT", 2)
    for number, target_in in enumerate((30, 10, 20), start=1):
        add_conference(db, f"FGC-T-{number:04d}", "Testfamily", Stage.REFERRAL,
                       target_in=target_in)

    found = load_dashboard(db, TODAY)

    assert list(dict.fromkeys(s.reference for s in found.steps.rows)) == [
        "FGC-T-0002", "FGC-T-0003"]
    assert (found.step_conferences_read, found.step_conferences_waiting) == (2, 3)


def test_an_empty_database_has_an_empty_dashboard(db: Database) -> None:
    found = load_dashboard(db, TODAY)

    assert found.conferences == 0
    for section in (found.meetings, found.steps, found.reviews, found.actions):
        assert (section.rows, section.total) == ((), 0)


def test_closed_and_archived_conferences_are_left_out(db: Database) -> None:
    for reference, stage, archived in (("FGC-T-0001", Stage.CLOSED, False),
                                       ("FGC-T-0002", Stage.PREPARATION, True)):
        conference = add_conference(db, reference, "Gonewell", stage, archived, target_in=3)
        add_meeting(db, conference, 3, MeetingKind.REVIEW)
        add_plan(db, conference, 1, -30, 2, [("Late", -3, ActionStatus.NOT_STARTED)])
        add_outcome(db, conference, 3, 1)
    add_conference(db, "FGC-T-0003", "Stillhere", Stage.REFERRAL)

    found = load_dashboard(db, TODAY)

    assert found.conferences == 1
    assert [row.reference for row in found.steps.rows] == ["FGC-T-0003", "FGC-T-0003"]
    for section in (found.meetings, found.reviews, found.actions):
        assert section.rows == ()
