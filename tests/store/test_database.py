"""The database opens safely, migrates itself and refuses to lose or falsify history."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from fgc_desktop.domain.enums import Role
from fgc_desktop.domain.errors import UserError
from fgc_desktop.store.database import DATABASE_FILE, Database, sqlite_url
from fgc_desktop.store.migrate import current_revision, head_revision
from fgc_desktop.store.models import AuditEntry, Base, Conference, Participant


def test_a_new_database_is_migrated_to_the_newest_revision(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as connection:
        tables = {
            row[0] for row in connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
    assert set(Base.metadata.tables) <= tables


def test_sqlite_is_set_up_for_safety(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2


def test_opening_again_keeps_the_data(data_folder: Path) -> None:
    first = Database(sqlite_url(data_folder))
    with first.session() as session:
        session.add(Conference(reference="FGC-TEST-1", family_name="Testwood"))
    first.close()
    second = Database(sqlite_url(data_folder))
    with second.session() as session:
        assert session.scalar(select(Conference.family_name)) == "Testwood"
    second.close()


def test_a_failed_edit_is_rolled_back_whole(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as session:
        session.add(Conference(reference="FGC-TEST-2", family_name="Halfway"))
        session.flush()
        raise RuntimeError("power cut")
    with db.session() as session:
        assert session.scalar(select(func.count(Conference.id))) == 0
        assert session.scalar(select(func.count(AuditEntry.id))) == 0


def test_every_change_is_audited_with_who_when_old_and_new(db: Database) -> None:
    with db.session() as session:
        conference = Conference(reference="FGC-TEST-3", family_name="Exampleton")
        session.add(conference)
        session.flush()
        conference_id = conference.id
    with db.session() as session:
        stored = session.get(Conference, conference_id)
        assert stored is not None
        stored.worries = "Nobody is sure who collects Sam from school."
    with db.session() as session:
        change = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert change.actor == "Test Coordinator"
    assert change.conference_id == conference_id
    assert change.field == "worries"
    assert change.old_value == ""
    assert change.new_value == "Nobody is sure who collects Sam from school."
    assert change.at.tzinfo is not None


def test_a_person_is_audited_against_their_conference(db: Database) -> None:
    with db.session() as session:
        conference = Conference(reference="FGC-TEST-4", family_name="Sampleby")
        conference.participants.append(Participant(given_name="Nia", role=Role.FAMILY))
        session.add(conference)
    with db.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "participants")).one()
        person = session.scalars(select(Participant)).one()
    assert entry.action == "insert"
    assert entry.participant_id == person.id
    assert entry.conference_id == person.conference_id
    assert '"given_name": "Nia"' in (entry.new_value or "")


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entries SET actor = 'someone else'",
    "DELETE FROM audit_entries",
])
def test_the_audit_trail_cannot_be_changed(db: Database, statement: str) -> None:
    with db.session() as session:
        session.add(Conference(reference="FGC-TEST-5", family_name="Trailford"))
    with pytest.raises(IntegrityError, match="audit trail cannot be changed"), \
            db.session() as session:
        session.execute(text(statement))
    with db.session() as session:
        assert session.scalar(select(func.count(AuditEntry.id))) == 1


def test_a_damaged_database_file_gets_a_clear_message(data_folder: Path) -> None:
    (data_folder / DATABASE_FILE).write_bytes(b"this is not a database, just some text" * 100)
    with pytest.raises(UserError, match="damaged"):
        Database(sqlite_url(data_folder))


def test_a_bad_server_address_gets_a_clear_message() -> None:
    with pytest.raises(UserError, match="not valid"):
        Database("this is not a url")


def test_a_deleted_conference_leaves_its_history(db: Database) -> None:
    with db.session() as session:
        conference = Conference(reference="FGC-TEST-6", family_name="Goneby")
        conference.participants.append(Participant(given_name="Ola", role=Role.FAMILY))
        session.add(conference)
    with db.session() as session:
        session.delete(session.scalars(select(Conference)).one())
    with db.session() as session:
        actions = sorted(session.scalars(select(AuditEntry.action)))
    assert actions == ["delete", "delete", "insert", "insert"]
    raw = sqlite3.connect(db.url.database or "")
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    raw.close()
