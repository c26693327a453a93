"""Creating, editing, finding and archiving conferences, as the window and CLI do."""

from datetime import date, timedelta

import pytest

from fgc_desktop.domain.enums import MeetingKind, Role, Stage
from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.conferences import (
    count_conferences,
    create_conference,
    find_conference_id,
    get_conference_fields,
    list_conferences,
    set_archived,
    suggest_reference,
    update_conference_field,
)
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference, Meeting, Participant


def test_a_new_conference_starts_at_referral(db: Database) -> None:
    conference_id = create_conference(db, "FGC-2026-0001", "Testwood", "Alex Coordinator")
    fields = get_conference_fields(db, conference_id)
    assert fields["stage"] is Stage.REFERRAL
    assert fields["family_name"] == "Testwood"
    assert fields["referral_date"] == date.today()


def test_references_are_suggested_in_turn_and_must_be_unique(db: Database) -> None:
    first = suggest_reference(db, date(2026, 11, 26))
    assert first == "FGC-2026-0001"
    create_conference(db, first, "Testwood")
    assert suggest_reference(db, date(2026, 11, 26)) == "FGC-2026-0002"
    with pytest.raises(UserError, match="already a conference"):
        create_conference(db, first, "Otherby")


@pytest.mark.parametrize(("reference", "family"), [("", "Testwood"), ("FGC-1", "   ")])
def test_empty_names_are_refused_with_a_message(
    db: Database, reference: str, family: str
) -> None:
    with pytest.raises(UserError, match="cannot be empty"):
        create_conference(db, reference, family)
    assert count_conferences(db) == 0


def test_an_edit_is_saved_at_once_and_bad_input_keeps_the_old_value(db: Database) -> None:
    conference_id = create_conference(db, "FGC-2026-0001", "Testwood")
    update_conference_field(db, conference_id, "worries", "  School has seen bruises.  ")
    assert get_conference_fields(db, conference_id)["worries"] == "School has seen bruises."
    with pytest.raises(UserError, match="too long"):
        update_conference_field(db, conference_id, "worries", "x" * 100_000)
    with pytest.raises(UserError, match="cannot be empty"):
        update_conference_field(db, conference_id, "family_name", "")
    with pytest.raises(UserError, match="not a real date"):
        update_conference_field(db, conference_id, "target_meeting_date", "2026-02-30")
    fields = get_conference_fields(db, conference_id)
    assert fields["worries"] == "School has seen bruises."
    assert fields["family_name"] == "Testwood"
    assert fields["target_meeting_date"] is None


def test_search_finds_by_reference_family_coordinator_and_person(db: Database) -> None:
    create_conference(db, "FGC-2026-0001", "Testwood", "Alex Coordinator")
    other = create_conference(db, "FGC-2026-0002", "Sampleby", "Bea Organiser")
    with db.session() as session:
        conference = session.get(Conference, other)
        assert conference is not None
        conference.participants.append(
            Participant(given_name="Zofia", family_name="Przykładowska", role=Role.FAMILY))

    def found(text: str) -> list[str]:
        return [row.reference for row in list_conferences(db, search=text)]

    assert found("0001") == ["FGC-2026-0001"]
    assert found("sample") == ["FGC-2026-0002"]
    assert found("bea") == ["FGC-2026-0002"]
    assert found("zofia") == ["FGC-2026-0002"]
    assert found("") == ["FGC-2026-0002", "FGC-2026-0001"]


def test_stage_filter_and_archive(db: Database) -> None:
    first = create_conference(db, "FGC-2026-0001", "Testwood")
    create_conference(db, "FGC-2026-0002", "Sampleby")
    update_conference_field(db, first, "stage", Stage.PREPARATION)
    assert [row.reference for row in list_conferences(db, stage=Stage.PREPARATION)] == [
        "FGC-2026-0001"]
    set_archived(db, first, True)
    assert count_conferences(db) == 1
    assert count_conferences(db, include_archived=True) == 2
    set_archived(db, first, False)
    assert count_conferences(db) == 2


def test_the_next_date_is_the_planned_meeting_else_the_target(db: Database) -> None:
    conference_id = create_conference(db, "FGC-2026-0001", "Testwood")
    target = date.today() + timedelta(days=30)
    update_conference_field(db, conference_id, "target_meeting_date", target.isoformat())
    assert list_conferences(db)[0].next_date == target
    from datetime import UTC, datetime

    meeting_at = datetime.now(UTC) + timedelta(days=12)
    with db.session() as session:
        session.add(Meeting(conference_id=conference_id, kind=MeetingKind.CONFERENCE,
                            starts_at=meeting_at))
    assert list_conferences(db)[0].next_date == meeting_at.date()


def test_paging_through_a_long_list(db: Database) -> None:
    with db.session() as session:
        session.add_all(
            Conference(reference=f"FGC-2026-{number:04d}", family_name=f"Family {number}")
            for number in range(1, 251)
        )
    assert count_conferences(db) == 250
    page = list_conferences(db, offset=200, limit=100)
    assert len(page) == 50
    assert page[-1].reference == "FGC-2026-0001"


def test_an_unknown_reference_gets_a_message(db: Database) -> None:
    with pytest.raises(UserError, match="no conference with the reference NOPE"):
        find_conference_id(db, "NOPE")
