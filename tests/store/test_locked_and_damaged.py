"""A database held by another program, or damaged, gets a clear message and is left as it was."""

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event

from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.conferences import (
    create_conference,
    get_conference_fields,
    update_conference_field,
)
from fgc_desktop.store.database import DATABASE_FILE, Database, sqlite_url


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(data_folder: Path) -> Path:
    """A closed database holding a few conferences: the file to lock or damage."""
    db = Database(sqlite_url(data_folder), actor="Test Coordinator")
    for number in range(60):
        create_conference(db, f"FGC-TEST-{number:03d}", "Examplefield " * 8)
    db.close()
    return data_folder / DATABASE_FILE


@pytest.fixture
def other_program(filled: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the database with an exclusive lock."""
    with closing(sqlite3.connect(filled, isolation_level=None)) as other:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE conferences SET notes = 'held' WHERE id = 1")
        yield other
        other.execute("ROLLBACK")


def test_a_locked_database_is_not_opened_and_says_why(
    data_folder: Path, other_program: sqlite3.Connection
) -> None:
    with pytest.raises(UserError, match="in use by another program"):
        Database(sqlite_url(data_folder))


def test_an_edit_blocked_by_another_program_says_it_was_not_saved(
    db: Database, data_folder: Path
) -> None:
    conference_id = create_conference(db, "FGC-TEST-LOCK", "Lockwood")
    update_conference_field(db, conference_id, "worries", "Saved before the lock.")
    event.listen(db.engine, "connect",
                 lambda connection, _record: connection.execute("PRAGMA busy_timeout = 200"))
    db.engine.dispose()
    with closing(sqlite3.connect(data_folder / DATABASE_FILE, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(UserError, match=r"busy in another program.*not saved"):
            update_conference_field(db, conference_id, "worries", "Typed during the lock.")
        other.execute("ROLLBACK")
    assert get_conference_fields(db, conference_id)["worries"] == "Saved before the lock."
    update_conference_field(db, conference_id, "worries", "Typed after the lock.")
    assert get_conference_fields(db, conference_id)["worries"] == "Typed after the lock."


def test_a_damaged_page_is_found_on_opening_and_the_file_left_untouched(filled: Path) -> None:
    data = bytearray(filled.read_bytes())
    page = 4096
    data[page * 4: page * 4 + 512] = bytes(range(256)) * 2
    filled.write_bytes(bytes(data))
    before = _digest(filled)

    with pytest.raises(UserError, match=r"damaged.*Nothing has been changed"):
        Database(sqlite_url(filled.parent))

    assert _digest(filled) == before


def test_a_file_that_is_not_a_database_is_left_untouched(data_folder: Path) -> None:
    path = data_folder / DATABASE_FILE
    path.write_bytes(b"Dear family, this letter is not a database. " * 200)
    before = _digest(path)
    with pytest.raises(UserError, match="damaged"):
        Database(sqlite_url(data_folder))
    assert _digest(path) == before


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(filled: Path) -> None:
    with closing(sqlite3.connect(filled)) as other, other:
        other.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = _digest(filled)
    with pytest.raises(UserError, match="newer version of FGC Desktop"):
        Database(sqlite_url(filled.parent))
    assert _digest(filled) == before
