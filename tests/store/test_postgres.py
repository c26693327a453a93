"""A team's shared PostgreSQL server: the schema is made and migrated there, and kept honest."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.audit_view import conference_history
from fgc_desktop.services.backup import backup_if_due, make_backup, restore_backup
from fgc_desktop.services.conferences import (
    create_conference,
    get_conference_fields,
    update_conference_field,
)
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.retention import (
    delete_for_retention,
    due_for_deletion,
    past_deletions,
)
from fgc_desktop.settings import write_database_url
from fgc_desktop.store.database import Database
from fgc_desktop.store.migrate import current_revision, head_revision
from fgc_desktop.store.models import AuditEntry, Base, Conference


@pytest.fixture
def server_db(postgres_url: str) -> Iterator[Database]:
    database = Database(postgres_url, actor="Team Coordinator")
    yield database
    database.close()


def test_the_schema_is_made_and_migrated_on_the_server(server_db: Database) -> None:
    assert server_db.engine.dialect.name == "postgresql"
    assert current_revision(server_db.engine) == head_revision()
    with server_db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_opening_the_server_again_keeps_the_data(postgres_url: str) -> None:
    first = Database(postgres_url, actor="Ana Coordinator")
    conference_id = create_conference(first, "FGC-TEAM-0001", "Serverby")
    first.close()
    second = Database(postgres_url, actor="Ben Coordinator")
    assert get_conference_fields(second, conference_id)["family_name"] == "Serverby"
    second.close()


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entries SET actor = 'someone else'",
    "DELETE FROM audit_entries",
])
def test_the_audit_trail_cannot_be_changed_on_the_server(
    server_db: Database, statement: str
) -> None:
    conference_id = create_conference(server_db, "FGC-TEAM-0002", "Trailford")
    update_conference_field(server_db, conference_id, "worries", "Written once.")
    with pytest.raises(DatabaseError, match="audit trail cannot be changed"), \
            server_db.session() as session:
        session.execute(text(statement))
    with server_db.session() as session:
        assert session.scalar(select(func.count(AuditEntry.id))) == 2
        assert set(session.scalars(select(AuditEntry.actor))) == {"Team Coordinator"}


def test_backups_on_a_server_point_to_the_server_s_own(
    server_db: Database, postgres_url: str, data_folder: Path, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="made on the server itself"):
        make_backup(server_db, tmp_path / "team")
    assert backup_if_due(server_db, data_folder) is None
    write_database_url(data_folder, postgres_url)
    with pytest.raises(UserError, match="made on the server itself"):
        restore_backup(tmp_path / "any.fgcbackup", data_folder)


def test_a_whole_conference_is_deleted_at_the_end_of_its_period(server_db: Database) -> None:
    load_demo(server_db, date(2026, 11, 26))
    due = due_for_deletion(server_db, date(2034, 1, 15))
    assert [candidate.reference for candidate in due] == ["DEMO-0006"]

    delete_for_retention(server_db, [due[0].id], date(2034, 1, 15))

    with server_db.session() as session:
        assert session.scalar(select(func.count(Conference.id))) == 5
    assert conference_history(server_db, due[0].id) == []
    assert [note.reference for note in past_deletions(server_db)] == ["DEMO-0006"]
