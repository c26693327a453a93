"""What each workspace page reads: the record as it stands, in a sensible order."""

from datetime import date

from fgc_desktop.domain.enums import (
    ActionStatus,
    Attendance,
    ChoiceMadeBy,
    ContactKind,
    MeetingStatus,
    ReplyStatus,
    SharingChoice,
)
from fgc_desktop.services import summaries
from fgc_desktop.store.database import Database
from tests.ui.sample_conference import build_empty_conference, build_sample_conference


def test_people_lists_the_child_first_with_language_and_reply(db: Database) -> None:
    conference_id = build_sample_conference(db)

    people = summaries.people(db, conference_id)

    assert [person.name for person in people] == [
        "Pip Testerson", "Maple Testerson", "Hazel Quill", "Sam Example",
    ]
    assert people[0].is_subject_child
    hazel = people[2]
    assert (hazel.language_code, hazel.needs_interpreter) == ("ar", True)
    assert hazel.reply is ReplyStatus.VIEWS_ANOTHER_WAY


def test_preparation_contacts_are_oldest_first(db: Database) -> None:
    conference_id = build_sample_conference(db)

    contacts = summaries.preparation_contacts(db, conference_id)

    assert [(c.on, c.kind, c.person) for c in contacts] == [
        (date(2026, 2, 2), ContactKind.VISIT, "Maple Testerson"),
        (date(2026, 2, 4), ContactKind.PHONE_CALL, "Hazel Quill"),
    ]


def test_conference_meeting_carries_choices_times_and_attendance(db: Database) -> None:
    conference_id = build_sample_conference(db)

    meeting = summaries.conference_meeting(db, conference_id)

    assert meeting is not None
    assert meeting.status is MeetingStatus.HELD
    assert meeting.venue_name == "Elmfield Community Hall"
    assert [(c.value, c.made_by, c.made_by_person) for c in meeting.choices] == [
        ("Elmfield Community Hall", ChoiceMadeBy.FAMILY, "Maple Testerson"),
        ("Sandwiches and fruit", ChoiceMadeBy.TOGETHER, ""),
    ]
    start, end = meeting.private_time_times
    assert start is not None and end is not None and start.hour == 11 and end.minute == 30
    assert [(a.name, a.attendance) for a in meeting.attendees] == [
        ("Maple Testerson", Attendance.ATTENDED),
        ("Hazel Quill", Attendance.VIEWS_ANOTHER_WAY),
    ]


def test_sharing_items_carry_each_persons_decision(db: Database) -> None:
    conference_id = build_sample_conference(db)

    (item,) = summaries.sharing_items(db, conference_id)

    assert item.title == "School attendance record"
    assert [(d.person, d.choice) for d in item.decisions] == [
        ("Maple Testerson", SharingChoice.SHARE), ("Hazel Quill", SharingChoice.SUMMARY),
    ]


def test_latest_plan_has_its_actions_in_order(db: Database) -> None:
    conference_id = build_sample_conference(db)

    plan = summaries.latest_plan(db, conference_id)

    assert plan is not None
    assert (plan.number, plan.family_lead, plan.review_date) == (
        1, "Maple Testerson", date(2026, 6, 12),
    )
    assert [(a.what, a.status) for a in plan.actions] == [
        ("Walk Pip to school each morning", ActionStatus.IN_PROGRESS),
        ("Meet the school's family worker", ActionStatus.DONE),
    ]


def test_review_lists_review_meetings_and_outcomes(db: Database) -> None:
    conference_id = build_sample_conference(db)

    found = summaries.review(db, conference_id)

    assert [meeting.venue_name for meeting in found.meetings] == ["Elmfield Library"]
    assert [(o.child, o.months_after) for o in found.outcomes] == [("Pip Testerson", 3)]


def test_a_fresh_referral_has_nothing_recorded_yet(db: Database) -> None:
    conference_id = build_empty_conference(db)

    assert summaries.people(db, conference_id) == ()
    assert summaries.preparation_contacts(db, conference_id) == ()
    assert summaries.conference_meeting(db, conference_id) is None
    assert summaries.sharing_items(db, conference_id) == ()
    assert summaries.latest_plan(db, conference_id) is None
    assert summaries.review(db, conference_id) == summaries.ReviewSummary((), ())


def test_another_conferences_records_are_not_mixed_in(db: Database) -> None:
    build_sample_conference(db)
    other = build_empty_conference(db)

    assert summaries.people(db, other) == ()
    assert summaries.conference_meeting(db, other) is None
