"""The preparation log: contacts logged, edited and removed; who is still to be contacted."""

from datetime import UTC, date, datetime
from typing import Any

import pytest

from fgc_desktop.domain.enums import ContactKind, InvitationStatus, MeetingKind, Role
from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.conferences import update_conference_field
from fgc_desktop.services.contacts import (
    EXPLAINED_TOPICS,
    TOPIC_KEYS,
    add_contact,
    contact_states,
    list_contacts,
    remove_contact,
    update_contact_field,
)
from fgc_desktop.services.guidance import conference_steps
from fgc_desktop.services.people import add_person, update_person_field
from fgc_desktop.services.removal import restore
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Meeting
from tests.ui.sample_conference import build_empty_conference

TODAY = date(2026, 11, 26)


def _invited(db: Database, conference_id: int, name: str, role: Role = Role.FAMILY) -> int:
    person_id = add_person(db, conference_id, name, role)
    update_person_field(db, person_id, "invitation_status", InvitationStatus.INVITED)
    return person_id


def test_the_topics_keep_the_keys_the_demo_uses() -> None:
    assert {"purpose", "private_family_time", "who_is_invited", "information_sharing",
            "how_the_child_takes_part"} <= set(TOPIC_KEYS)
    assert len(set(TOPIC_KEYS)) == len(EXPLAINED_TOPICS)
    assert all(topic.label for topic in EXPLAINED_TOPICS)


def test_a_contact_is_logged_by_the_coordinator_with_what_was_explained(db: Database) -> None:
    conference_id = build_empty_conference(db)
    update_conference_field(db, conference_id, "coordinator_name", "Robin Sample")
    person_id = add_person(db, conference_id, "Nell")

    add_contact(db, person_id, "2026-11-20", "phone_call", notes=" Called. ",
                explained=["private_family_time", "purpose"], today=TODAY)

    [row] = list_contacts(db, conference_id)
    assert (row.person_name, row.on, row.kind, row.by_whom, row.notes) == (
        "Nell", date(2026, 11, 20), ContactKind.PHONE_CALL, "Robin Sample", "Called.")
    assert row.explained == ("purpose", "private_family_time")


@pytest.mark.parametrize(("changes", "message"), [
    ({"on": ""}, "Enter the date of the visit or call"),
    ({"on": "2026-13-01"}, "not a real date"),
    ({"on": "2026-11-27"}, "in the future"),
    ({"kind": "carrier_pigeon"}, "Choose how you were in touch"),
    ({"notes": "x" * 100_000}, "Notes is too long: 100,000 characters"),
    ({"by_whom": "x" * 121}, "By whom is too long"),
    ({"explained": ["purpose", "astrology"]}, "not on the list"),
])
def test_a_bad_contact_is_refused(db: Database, changes: dict[str, Any], message: str) -> None:
    conference_id = build_empty_conference(db)
    person_id = add_person(db, conference_id, "Nell")
    values: dict[str, Any] = {"on": "2026-11-20", "kind": "visit", **changes}

    with pytest.raises(UserError, match=message):
        add_contact(db, person_id, today=TODAY, **values)

    assert list_contacts(db, conference_id) == []


def test_a_contact_with_someone_removed_is_refused(db: Database) -> None:
    with pytest.raises(UserError, match="no longer in this conference"):
        add_contact(db, 999, TODAY, today=TODAY)


def test_explained_must_be_a_collection_of_keys(db: Database) -> None:
    person_id = add_person(db, build_empty_conference(db), "Nell")
    with pytest.raises(ValueError, match="collection of topic keys"):
        add_contact(db, person_id, TODAY, explained="purpose", today=TODAY)


@pytest.mark.parametrize(("field", "value", "stored"), [
    ("contact_on", "2026-11-01", date(2026, 11, 1)),
    ("kind", "video_call", ContactKind.VIDEO_CALL),
    ("by_whom", "Sam Example", "Sam Example"),
    ("notes", "Met at the café.", "Met at the café."),
    ("explained", {"consent", "purpose"}, ["purpose", "consent"]),
])
def test_each_field_of_a_contact_is_saved(
    db: Database, field: str, value: Any, stored: Any
) -> None:
    conference_id = build_empty_conference(db)
    contact_id = add_contact(db, add_person(db, conference_id, "Nell"), TODAY, today=TODAY)

    assert update_contact_field(db, contact_id, field, value, today=TODAY) == stored

    [row] = list_contacts(db, conference_id)
    shown = {"contact_on": row.on, "kind": row.kind, "by_whom": row.by_whom,
             "notes": row.notes, "explained": list(row.explained)}
    assert shown[field] == stored


def test_a_contact_moves_to_another_person_in_the_same_conference_only(db: Database) -> None:
    conference_id = build_empty_conference(db)
    first = add_person(db, conference_id, "Ash")
    second = add_person(db, conference_id, "Birch")
    stranger = add_person(db, build_empty_conference(db, "FGC-2026-0002"), "Stray")
    contact_id = add_contact(db, first, TODAY, today=TODAY)

    update_contact_field(db, contact_id, "participant_id", second)

    assert [row.person_name for row in list_contacts(db, conference_id)] == ["Birch"]
    assert list_contacts(db, conference_id, first) == []
    with pytest.raises(UserError, match="not in this conference"):
        update_contact_field(db, contact_id, "participant_id", stranger)
    with pytest.raises(UserError, match="Choose the person from the list"):
        update_contact_field(db, contact_id, "participant_id", "Birch")


def test_a_bad_edit_keeps_the_old_value(db: Database) -> None:
    conference_id = build_empty_conference(db)
    contact_id = add_contact(db, add_person(db, conference_id, "Nell"), TODAY, today=TODAY)

    with pytest.raises(UserError, match="in the future"):
        update_contact_field(db, contact_id, "contact_on", "2027-01-01", today=TODAY)
    with pytest.raises(ValueError, match="not a field of a contact"):
        update_contact_field(db, contact_id, "conference_id", 3)

    assert list_contacts(db, conference_id)[0].on == TODAY


def test_a_contact_is_removed_and_put_back(db: Database) -> None:
    conference_id = build_empty_conference(db)
    person_id = add_person(db, conference_id, "Nell")
    contact_id = add_contact(db, person_id, TODAY, explained=["consent"], today=TODAY)

    removed = remove_contact(db, contact_id)

    assert removed.description == "Nell"
    assert list_contacts(db, conference_id) == []
    with pytest.raises(UserError, match="was removed"):
        remove_contact(db, contact_id)
    with pytest.raises(UserError, match="was removed"):
        update_contact_field(db, contact_id, "notes", "Too late")
    restore(db, removed)
    assert [row.explained for row in list_contacts(db, conference_id)] == [("consent",)]


def test_contact_states_follow_the_good_practice_step(db: Database) -> None:
    conference_id = build_empty_conference(db)
    mother = _invited(db, conference_id, "Ash")
    aunt = _invited(db, conference_id, "Birch")
    _invited(db, conference_id, "Sam", Role.PROFESSIONAL)
    add_person(db, conference_id, "Uninvited")
    child = add_person(db, conference_id, "Pip", Role.CHILD)
    update_person_field(db, child, "is_subject_child", True)
    add_contact(db, mother, date(2026, 11, 2), today=TODAY)
    add_contact(db, mother, date(2026, 11, 9), today=TODAY)

    states = {state.name: state for state in contact_states(db, conference_id)}

    assert set(states) == {"Ash", "Birch", "Pip"}
    assert states["Ash"].contacted and states["Ash"].last_contact == date(2026, 11, 9)
    assert not states["Birch"].contacted and states["Birch"].last_contact is None
    step = next(status for status in conference_steps(db, conference_id, TODAY)
                if status.step.key == "everyone_contacted")
    assert "Birch" in step.detail and "Pip" in step.detail and "Ash" not in step.detail
    assert states["Birch"].person_id == aunt


def test_a_contact_after_the_meeting_does_not_count(db: Database) -> None:
    conference_id = build_empty_conference(db)
    person_id = _invited(db, conference_id, "Ash")
    with db.session() as session:
        session.add(Meeting(conference_id=conference_id, kind=MeetingKind.CONFERENCE,
                            starts_at=datetime(2026, 11, 10, 10, tzinfo=UTC)))
    add_contact(db, person_id, date(2026, 11, 12), today=TODAY)

    [state] = contact_states(db, conference_id)

    assert not state.contacted
