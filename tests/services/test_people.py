"""The family network: people added, edited, removed and put back; who must not meet whom."""

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from fgc_desktop.domain.enums import (
    ChildParticipation,
    ContactKind,
    InvitationStatus,
    ReplyStatus,
    Role,
)
from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.contacts import add_contact, list_contacts
from fgc_desktop.services.people import (
    add_person,
    get_person,
    list_people,
    remove_person,
    update_person_field,
)
from fgc_desktop.services.removal import Removed, restore
from fgc_desktop.services.separations import (
    add_separation,
    list_separations,
    remove_separation,
    update_separation_field,
)
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import (
    AuditEntry,
    Entity,
    MeetingAttendee,
    Participant,
    SharingDecision,
)
from tests.ui.sample_conference import build_empty_conference, build_sample_conference

TODAY = date(2026, 11, 26)


def _person_id(db: Database, conference_id: int, name: str) -> int:
    return next(row.id for row in list_people(db, conference_id) if row.name == name)


def test_a_person_is_added_with_a_name_and_a_role(db: Database) -> None:
    conference_id = build_empty_conference(db)

    person_id = add_person(db, conference_id, "  Nell ", Role.FRIEND)

    fields = get_person(db, person_id)
    assert (fields["given_name"], fields["role"]) == ("Nell", Role.FRIEND)
    assert fields["preferred_language"] == "en"
    assert fields["invitation_status"] is InvitationStatus.UNDECIDED


@pytest.mark.parametrize(("name", "role", "message"), [
    ("", Role.FAMILY, "Given name cannot be empty"),
    ("x" * 100_000, Role.FAMILY, "Given name is too long: 100,000 characters"),
    ("Nell", "cousin", "Role: choose one of the options"),
])
def test_a_person_without_a_good_name_or_role_is_refused(
    db: Database, name: str, role: Any, message: str
) -> None:
    conference_id = build_empty_conference(db)

    with pytest.raises(UserError, match=message):
        add_person(db, conference_id, name, role)

    assert list_people(db, conference_id) == []


def test_no_one_is_added_to_a_conference_that_is_gone(db: Database) -> None:
    with pytest.raises(UserError, match="no longer exists"):
        add_person(db, 999, "Nell")


@pytest.mark.parametrize(("field", "value", "stored"), [
    ("family_name", " Quill ", "Quill"),
    ("role", "advocate", Role.ADVOCATE),
    ("preferred_language", "bn", "bn"),
    ("interpreter_language", "", ""),
    ("needs_interpreter", True, True),
    ("access_needs", "A ground-floor room", "A ground-floor room"),
    ("date_of_birth", "2015-04-30", date(2015, 4, 30)),
    ("date_of_birth", "", None),
    ("child_participation", "written_views", ChildParticipation.WRITTEN_VIEWS),
    ("invitation_status", "invited", InvitationStatus.INVITED),
    ("invited_on", "2026-11-20", date(2026, 11, 20)),
    ("reply_status", "coming", ReplyStatus.COMING),
    ("contact_confidential", True, True),
])
def test_each_field_is_checked_and_stored(
    db: Database, field: str, value: Any, stored: Any
) -> None:
    person_id = add_person(db, build_empty_conference(db), "Nell")

    assert update_person_field(db, person_id, field, value, today=TODAY) == stored
    assert get_person(db, person_id)[field] == stored


@pytest.mark.parametrize(("field", "value", "message"), [
    ("given_name", "   ", "Given name cannot be empty"),
    ("notes", "x" * 20_001, "Notes is too long"),
    ("date_of_birth", "2015-02-30", "not a real date"),
    ("date_of_birth", "2026-11-27", "in the future"),
    ("date_of_birth", "1850-01-01", "more than a century ago"),
    ("replied_on", "yesterday", "not a real date"),
    ("preferred_language", "xx", "choose a language from the list"),
    ("preferred_language", "", "Language cannot be empty"),
    ("needs_childcare", "yes", "choose yes or no"),
    ("reply_status", "perhaps", "choose one of the options"),
])
def test_a_bad_value_is_refused_and_the_old_one_kept(
    db: Database, field: str, value: Any, message: str
) -> None:
    person_id = add_person(db, build_empty_conference(db), "Nell")
    before = get_person(db, person_id)[field]

    with pytest.raises(UserError, match=message):
        update_person_field(db, person_id, field, value, today=TODAY)

    assert get_person(db, person_id)[field] == before


def test_an_unknown_field_is_a_defect_not_a_message(db: Database) -> None:
    person_id = add_person(db, build_empty_conference(db), "Nell")
    with pytest.raises(ValueError, match="not a field of a person"):
        update_person_field(db, person_id, "conference_id", 2)


def test_editing_someone_removed_meanwhile_says_so(db: Database) -> None:
    person_id = add_person(db, build_empty_conference(db), "Nell")
    remove_person(db, person_id)
    with pytest.raises(UserError, match="no longer in this conference"):
        update_person_field(db, person_id, "family_name", "Quill")
    with pytest.raises(UserError, match="no longer in this conference"):
        get_person(db, person_id)


def test_an_advocate_is_someone_else_in_the_same_conference(db: Database) -> None:
    conference_id = build_empty_conference(db)
    child = add_person(db, conference_id, "Pip", Role.CHILD)
    advocate = add_person(db, conference_id, "Robin", Role.ADVOCATE)
    stranger = add_person(db, build_empty_conference(db, "FGC-2026-0002"), "Stray")

    assert update_person_field(db, child, "advocate_id", advocate) == advocate
    with pytest.raises(UserError, match="not in this conference"):
        update_person_field(db, child, "advocate_id", stranger)
    with pytest.raises(UserError, match="their own advocate"):
        update_person_field(db, child, "advocate_id", child)
    assert get_person(db, child)["advocate_id"] == advocate
    assert update_person_field(db, child, "advocate_id", None) is None


def test_the_list_puts_children_first_and_names_needs(db: Database) -> None:
    conference_id = build_sample_conference(db)

    rows = list_people(db, conference_id)

    assert rows[0].name == "Pip Testerson" and rows[0].is_subject_child
    hazel = next(row for row in rows if row.name == "Hazel Quill")
    assert hazel.needs == ("interpreter",)
    assert hazel.interpreter_language == "ar"
    assert hazel.reply is ReplyStatus.VIEWS_ANOTHER_WAY


def test_a_known_as_name_is_the_name_shown(db: Database) -> None:
    conference_id = build_empty_conference(db)
    person_id = add_person(db, conference_id, "Margaret")
    update_person_field(db, person_id, "family_name", "Quill")
    update_person_field(db, person_id, "known_as", "Peggy")
    assert [row.name for row in list_people(db, conference_id)] == ["Peggy Quill"]


def _count(db: Database, model: type[Entity]) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_removing_a_person_takes_their_records_and_restore_brings_them_back(
    db: Database,
) -> None:
    conference_id = build_sample_conference(db)
    mother = _person_id(db, conference_id, "Maple Testerson")
    grandmother = _person_id(db, conference_id, "Hazel Quill")
    add_separation(db, conference_id, mother, grandmother, "A reason", "An arrangement")
    attendees, decisions = _count(db, MeetingAttendee), _count(db, SharingDecision)

    removed = remove_person(db, mother)

    assert "Maple Testerson" not in [row.name for row in list_people(db, conference_id)]
    assert list_separations(db, conference_id) == []
    assert [row.person_name for row in list_contacts(db, conference_id)] == ["Hazel Quill"]
    assert _count(db, MeetingAttendee) == attendees - 1
    assert _count(db, SharingDecision) == decisions - 1

    back = restore(db, removed)

    fields = get_person(db, back)
    assert fields["name"] == "Maple Testerson"
    assert fields["preferred_language"] == "pl"
    assert [row.first_name for row in list_separations(db, conference_id)] == [
        "Maple Testerson"]
    assert sorted(row.person_name for row in list_contacts(db, conference_id)) == [
        "Hazel Quill", "Maple Testerson"]
    assert _count(db, MeetingAttendee) == attendees
    assert _count(db, SharingDecision) == decisions


def test_restore_keeps_the_uid_and_relinks_what_pointed_at_the_person(db: Database) -> None:
    conference_id = build_empty_conference(db)
    child = add_person(db, conference_id, "Pip", Role.CHILD)
    advocate = add_person(db, conference_id, "Robin", Role.ADVOCATE)
    update_person_field(db, child, "advocate_id", advocate)
    with db.session() as session:
        uid = session.get(Participant, advocate).uid

    removed = remove_person(db, advocate)
    assert get_person(db, child)["advocate_id"] is None
    back = restore(db, removed)

    assert get_person(db, child)["advocate_id"] == back
    with db.session() as session:
        assert session.get(Participant, back).uid == uid
    with pytest.raises(UserError, match="back already"):
        restore(db, removed)


def test_a_separation_whose_other_person_has_gone_is_not_restored(db: Database) -> None:
    conference_id = build_empty_conference(db)
    first = add_person(db, conference_id, "Ash")
    second = add_person(db, conference_id, "Birch")
    add_separation(db, conference_id, first, second)

    removed_first = remove_person(db, first)
    remove_person(db, second)
    restore(db, removed_first)

    assert [row.name for row in list_people(db, conference_id)] == ["Ash"]
    assert list_separations(db, conference_id) == []


def test_removal_and_restore_are_in_the_audit_trail(db: Database) -> None:
    conference_id = build_empty_conference(db)
    person_id = add_person(db, conference_id, "Nell")
    add_contact(db, person_id, TODAY, ContactKind.VISIT, today=TODAY)

    restore(db, remove_person(db, person_id))

    with db.session() as session:
        entries = [tuple(row) for row in session.execute(
            select(AuditEntry.entity, AuditEntry.action).order_by(AuditEntry.id))]
    assert entries == [
        ("conferences", "insert"), ("participants", "insert"), ("preparation_contacts", "insert"),
        ("preparation_contacts", "delete"), ("participants", "delete"),
        ("participants", "insert"), ("preparation_contacts", "insert"),
    ]


def test_nothing_hangs_from_what_a_person_takes_with_them() -> None:
    """Restore rebuilds one level of belongings; a deeper level would need teaching it."""
    belonging_tables = {
        table.name for table in Entity.metadata.sorted_tables
        if any(key.column.table.name == "participants" and key.ondelete == "CASCADE"
               for column in table.columns for key in column.foreign_keys)
    }
    pointed_at = {
        key.column.table.name for table in Entity.metadata.sorted_tables
        for column in table.columns for key in column.foreign_keys
    }
    assert belonging_tables and not belonging_tables & pointed_at


def test_a_removal_snapshot_says_whom_it_removed(db: Database) -> None:
    person_id = add_person(db, build_empty_conference(db), "Nell")
    removed = remove_person(db, person_id)
    assert isinstance(removed, Removed)
    assert removed.description == "Nell"
    with pytest.raises(UserError, match="no longer in this conference"):
        remove_person(db, person_id)


def test_two_people_who_must_not_meet_are_recorded_once(db: Database) -> None:
    conference_id = build_empty_conference(db)
    first = add_person(db, conference_id, "Ash")
    second = add_person(db, conference_id, "Birch")

    separation = add_separation(db, conference_id, first, second, " Court order ", "")

    rows = list_separations(db, conference_id)
    assert [(row.first_name, row.second_name, row.reason) for row in rows] == [
        ("Ash", "Birch", "Court order")]
    with pytest.raises(UserError, match="already recorded"):
        add_separation(db, conference_id, second, first)
    with pytest.raises(UserError, match="two different people"):
        add_separation(db, conference_id, first, first)
    assert update_separation_field(db, separation, "arrangement", "Separate rooms") == (
        "Separate rooms")
    assert list_separations(db, conference_id)[0].arrangement == "Separate rooms"


def test_a_separation_needs_both_people_in_this_conference(db: Database) -> None:
    conference_id = build_empty_conference(db)
    first = add_person(db, conference_id, "Ash")
    stranger = add_person(db, build_empty_conference(db, "FGC-2026-0002"), "Stray")
    with pytest.raises(UserError, match="Both people must be in this conference"):
        add_separation(db, conference_id, first, stranger)
    with pytest.raises(UserError, match="no longer in this conference"):
        add_separation(db, conference_id, first, 999)
    with pytest.raises(UserError, match="too long"):
        add_separation(db, conference_id, first, stranger, reason="x" * 5000)


def test_a_separation_is_removed_and_put_back(db: Database) -> None:
    conference_id = build_empty_conference(db)
    first = add_person(db, conference_id, "Ash")
    second = add_person(db, conference_id, "Birch")
    separation = add_separation(db, conference_id, first, second, "Court order")

    removed = remove_separation(db, separation)

    assert removed.description == "Ash and Birch"
    assert list_separations(db, conference_id) == []
    with pytest.raises(UserError, match="removed already"):
        remove_separation(db, separation)
    with pytest.raises(UserError, match="was removed"):
        update_separation_field(db, separation, "reason", "Still")
    restore(db, removed)
    assert [row.reason for row in list_separations(db, conference_id)] == ["Court order"]


def test_a_date_of_birth_today_is_accepted(db: Database) -> None:
    person_id = add_person(db, build_empty_conference(db), "Newborn")
    assert update_person_field(db, person_id, "date_of_birth", date.today()) == date.today()
    with pytest.raises(UserError, match="in the future"):
        update_person_field(db, person_id, "date_of_birth", date.today() + timedelta(days=1))
