"""The demo: invented conferences that give every page something to show."""

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fgc_desktop.cli import main
from fgc_desktop.domain.enums import (
    ActionStatus,
    ChildParticipation,
    ConsentEvent,
    MeetingKind,
    MeetingStatus,
    PlanStatus,
    Role,
    SharingChoice,
    Stage,
)
from fgc_desktop.domain.sessions import sessions_overlap
from fgc_desktop.services import demo
from fgc_desktop.services.conferences import create_conference, list_conferences
from fgc_desktop.services.demo import load_demo
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import (
    ActionNote,
    Base,
    Conference,
    ConsentRecord,
    Entity,
    InformationItem,
    InterpreterBooking,
    Meeting,
    MeetingAttendee,
    Outcome,
    Participant,
    PlanAction,
    PlanVersion,
    ProducedDocument,
    Separation,
    SharingDecision,
)

# A leap day, so dates counted back in years and months must land on real days.
TODAY = date(2028, 2, 29)
ALL_REFERENCES = [f"DEMO-000{number}" for number in range(1, 7)]


@pytest.fixture
def loaded(db: Database) -> Database:
    assert load_demo(db, TODAY) == ALL_REFERENCES
    return db


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _count(session: Session, model: type[Base]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_there_is_a_conference_at_every_stage(loaded: Database) -> None:
    with loaded.session() as session:
        stages = set(session.scalars(select(Conference.stage)))
    assert stages == set(Stage)


def test_family_members_read_welsh_polish_arabic_urdu_and_bengali(loaded: Database) -> None:
    with loaded.session() as session:
        languages = set(session.scalars(
            select(Participant.preferred_language).where(Participant.role == Role.FAMILY)
        ))
    assert {"cy", "pl", "ar", "ur", "bn"} <= languages


def test_a_child_of_14_comes_to_the_meeting_to_speak_for_themselves(loaded: Database) -> None:
    with loaded.session() as session:
        children = session.scalars(select(Participant).where(
            Participant.is_subject_child.is_(True),
            Participant.child_participation == ChildParticipation.ATTENDS,
        )).all()
        fourteen = [child for child in children
                    if child.date_of_birth and _age(child.date_of_birth, TODAY) == 14]
        assert fourteen
        assert "speak for himself" in fourteen[0].notes
        assert fourteen[0].advocate is not None
        assert fourteen[0].advocate.role == Role.ADVOCATE


def test_an_address_is_confidential_with_a_reason(loaded: Database) -> None:
    with loaded.session() as session:
        hidden = session.scalars(
            select(Participant).where(Participant.contact_confidential.is_(True))
        ).all()
    assert hidden
    assert all(person.address and person.confidential_reason for person in hidden)


def test_two_people_who_must_not_meet_are_kept_apart_at_the_meeting(loaded: Database) -> None:
    with loaded.session() as session:
        separation = session.scalars(select(Separation)).one()
        assert separation.first.conference_id == separation.conference_id
        assert separation.second.conference_id == separation.conference_id
        assert separation.reason and separation.arrangement
        sessions = {
            attendee.participant_id: attendee.session
            for attendee in session.scalars(select(MeetingAttendee).join(Meeting).where(
                Meeting.conference_id == separation.conference_id))
        }
    assert not sessions_overlap(sessions[separation.first_id], sessions[separation.second_id])


def test_a_plan_changed_at_its_review_has_two_versions(loaded: Database) -> None:
    with loaded.session() as session:
        second = session.scalars(select(PlanVersion).where(PlanVersion.number == 2)).one()
        first = session.get(PlanVersion, second.based_on_id)
        review = session.get(Meeting, second.made_at_meeting_id)
    assert first is not None and first.status == PlanStatus.SUPERSEDED
    assert first.conference_id == second.conference_id
    assert second.status == PlanStatus.AGREED
    assert review is not None
    assert (review.kind, review.status) == (MeetingKind.REVIEW, MeetingStatus.HELD)


def test_outcomes_are_recorded_when_due_and_a_year_on(loaded: Database) -> None:
    with loaded.session() as session:
        outcomes = session.scalars(select(Outcome)).all()
    recorded = {item.months_after for item in outcomes if item.recorded_on is not None}
    waiting = [item for item in outcomes if item.recorded_on is None]
    assert recorded == {3, 6, 12}
    assert waiting and all(item.due_on > TODAY for item in waiting)
    assert any(item.care_proceedings_issued is False for item in outcomes)


def test_actions_show_every_status_with_dated_notes(loaded: Database) -> None:
    with loaded.session() as session:
        actions = session.scalars(select(PlanAction)).all()
        noted = session.scalars(select(ActionNote)).all()
    assert {action.status for action in actions} == set(ActionStatus)
    assert all(a.status_reason for a in actions if a.status == ActionStatus.NOT_DONE)
    assert noted and all(note.written_on <= TODAY for note in noted)


def test_sharing_decisions_of_every_kind(loaded: Database) -> None:
    with loaded.session() as session:
        decisions = session.scalars(select(SharingDecision)).all()
        needing_consent = session.scalars(
            select(InformationItem).where(InformationItem.needs_family_consent.is_(True))
        ).all()
    assert {decision.choice for decision in decisions} == set(SharingChoice)
    assert all(d.summary for d in decisions if d.choice == SharingChoice.SUMMARY)
    assert all(d.reason for d in decisions if d.choice == SharingChoice.WITHHOLD)
    assert needing_consent and needing_consent[0].family_consent_by


def test_one_interpreter_is_booked_and_one_is_not_yet(loaded: Database) -> None:
    with loaded.session() as session:
        bookings = session.scalars(select(InterpreterBooking)).all()
    assert {booking.booked for booking in bookings} == {True, False}


def test_a_withdrawal_keeps_the_record_of_consent(loaded: Database) -> None:
    with loaded.session() as session:
        records = session.scalars(select(ConsentRecord)).all()
    withdrawn = [record for record in records if record.event == ConsentEvent.WITHDRAWN]
    assert withdrawn
    earlier = [record for record in records if record.participant_id
               == withdrawn[0].participant_id and record.on < withdrawn[0].on]
    assert [record.event for record in earlier] == [ConsentEvent.GIVEN]


def test_the_disclosure_log_names_what_each_document_carried(loaded: Database) -> None:
    with loaded.session() as session:
        documents = session.scalars(select(ProducedDocument)).all()
        titles = dict(session.execute(select(InformationItem.uid, InformationItem.title)).all())
    carrying = [document for document in documents if document.carried_items]
    assert carrying
    for document in carrying:
        assert len(document.sha256) == 64
        for carried in document.carried_items:
            assert titles[carried["uid"]] == carried["title"]


def test_every_table_of_the_model_has_rows(loaded: Database) -> None:
    entities = [mapper.class_ for mapper in Base.registry.mappers
                if issubclass(mapper.class_, Entity)]
    with loaded.session() as session:
        empty = [model.__name__ for model in entities if _count(session, model) == 0]
    assert entities and not empty


def test_every_open_conference_has_a_date_coming_up(loaded: Database) -> None:
    rows = {row.reference: row for row in list_conferences(loaded, include_archived=True)}
    open_rows = [row for row in rows.values() if row.stage != Stage.CLOSED]
    assert all(row.next_date is not None and row.next_date >= TODAY for row in open_rows)
    meeting = next(row for row in open_rows if row.stage == Stage.MEETING)
    assert meeting.next_date is not None and (meeting.next_date - TODAY).days <= 3
    assert [row.archived for row in rows.values() if row.stage == Stage.CLOSED] == [True]


def test_loading_twice_adds_nothing(loaded: Database) -> None:
    with loaded.session() as session:
        before = _count(session, Participant)
    assert load_demo(loaded, TODAY) == []
    with loaded.session() as session:
        assert _count(session, Participant) == before
        assert _count(session, Conference) == len(ALL_REFERENCES)


def test_a_reference_already_taken_is_skipped(db: Database) -> None:
    create_conference(db, "DEMO-0003", "A family of our own")
    loaded = load_demo(db, TODAY)
    assert "DEMO-0003" not in loaded
    assert len(loaded) == len(ALL_REFERENCES) - 1


def test_a_failure_leaves_no_half_conference(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference, build = demo.DEMO_CONFERENCES[1]

    def build_then_fail(session: Session, reference: str, today: date) -> None:
        build(session, reference, today)
        session.flush()
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(demo, "DEMO_CONFERENCES", (
        demo.DEMO_CONFERENCES[0], (reference, build_then_fail)))
    with pytest.raises(RuntimeError):
        load_demo(db, TODAY)
    with db.session() as session:
        assert list(session.scalars(select(Conference.reference))) == ["DEMO-0001"]
        assert _count(session, Separation) == 0
    monkeypatch.undo()
    assert load_demo(db, TODAY) == ALL_REFERENCES[1:]


def test_the_command_line_loads_the_demo_and_lists_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    printed = capsys.readouterr().out
    assert printed.splitlines() == [f"Loaded {reference}." for reference in ALL_REFERENCES]
    assert main(["list"]) == 0
    listed = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert sorted(listed) == ALL_REFERENCES[:-1]
    assert main(["list", "--all"]) == 0
    listed = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert sorted(listed) == ALL_REFERENCES
