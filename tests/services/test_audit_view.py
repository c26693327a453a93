"""The audit trail reads as plain words, per conference and per person, deleted ones too."""

from datetime import date

from fgc_desktop.domain.enums import Role, Stage
from fgc_desktop.services.audit_view import (
    EMPTY,
    conference_history,
    conferences_in_history,
    people_in_history,
)
from fgc_desktop.services.conferences import create_conference, update_conference_field
from fgc_desktop.services.retention import delete_for_retention, past_deletions
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference, Participant


def _with_people(db: Database) -> tuple[int, int, int]:
    conference_id = create_conference(db, "FGC-TEST-0007", "Auditon", "Alex Coordinator")
    with db.session() as session:
        conference = session.get(Conference, conference_id)
        assert conference is not None
        kim = Participant(given_name="Kim", family_name="Auditon", role=Role.FAMILY)
        lee = Participant(given_name="Lee", family_name="Example", role=Role.FRIEND)
        conference.participants.extend([kim, lee])
        session.flush()
        kim_id, lee_id = kim.id, lee.id
    return conference_id, kim_id, lee_id


def test_a_conference_s_history_says_when_who_what_and_before_and_after(
    db: Database
) -> None:
    conference_id, _kim, _lee = _with_people(db)
    update_conference_field(db, conference_id, "worries", "Nobody is sure who collects Ash.")
    update_conference_field(db, conference_id, "target_meeting_date", "2026-03-03")
    update_conference_field(db, conference_id, "stage", Stage.PREPARATION)

    lines = conference_history(db, conference_id)

    added = lines[0]
    assert (added.record, added.action, added.after) == (
        "Conference", "Added", "FGC-TEST-0007 Auditon")
    assert added.actor == "Test Coordinator"
    changes = [(line.field, line.before, line.after) for line in lines
               if line.action == "Changed"]
    assert changes == [
        ("Worries", EMPTY, "Nobody is sure who collects Ash."),
        ("Target meeting date", EMPTY, "3 March 2026"),
        ("Stage", "Referral", "Preparation"),
    ]
    assert [line.at for line in lines] == sorted(line.at for line in lines)


def test_one_person_s_history_is_theirs_alone_and_outlives_them(db: Database) -> None:
    conference_id, kim, lee = _with_people(db)
    with db.session() as session:
        person = session.get(Participant, lee)
        assert person is not None
        person.needs_interpreter = True
        person.phone = "01632 960000"
    with db.session() as session:
        session.delete(session.get(Participant, lee))

    history = conference_history(db, conference_id, participant_id=lee)

    assert [(line.record, line.action, line.field) for line in history] == [
        ("Person: Lee Example", "Added", ""),
        ("Person: Lee Example", "Changed", "Phone"),
        ("Person: Lee Example", "Changed", "Needs interpreter"),
        ("Person: Lee Example", "Removed", ""),
    ]
    assert history[2].after == "Yes"
    assert history[-1].before == "Lee Example"
    people = people_in_history(db, conference_id)
    assert [(person.id, person.label, person.still_kept) for person in people] == [
        (kim, "Kim Auditon", True), (lee, "Lee Example", False)]


def test_a_deleted_conference_leaves_only_a_note_of_its_reference(db: Database) -> None:
    conference_id, _kim, _lee = _with_people(db)
    with db.session() as session:
        conference = session.get(Conference, conference_id)
        assert conference is not None
        conference.closed_on = date(2020, 1, 6)
    create_conference(db, "FGC-TEST-0008", "Keptby")

    delete_for_retention(db, [conference_id], date(2030, 1, 1))

    subjects = conferences_in_history(db)
    assert [(subject.label, subject.still_kept) for subject in subjects] == [
        ("FGC-TEST-0008 Keptby", True)]
    assert conference_history(db, conference_id) == []
    assert [note.reference for note in past_deletions(db)] == ["FGC-TEST-0007"]
