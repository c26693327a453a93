"""Backups: made while the app is in use, protected by a passphrase, shown before restoring."""

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, select

from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.backup import (
    automatic_backups,
    backup_if_due,
    backups_folder,
    list_backups,
    make_backup,
    needs_passphrase,
    read_backup,
    restore_backup,
)
from fgc_desktop.services.conferences import (
    create_conference,
    find_conference_id,
    get_conference_fields,
    update_conference_field,
)
from fgc_desktop.services.settings import save_setting
from fgc_desktop.store.database import DATABASE_FILE, Database, _set_sqlite_pragmas, sqlite_url
from fgc_desktop.store.migrate import current_revision, head_revision, upgrade_to_head
from fgc_desktop.store.models import Conference
from fgc_desktop.store.sealing import BackupHeader, write_backup_file
from fgc_desktop.store.snapshot import copy_database, known_revisions
from tests.store.test_migration_data import fill_every_table

PASSPHRASE = "three green teapots"


@pytest.fixture
def two_conferences(db: Database) -> Database:
    create_conference(db, "FGC-TEST-0001", "Testwood", "Alex Coordinator")
    conference_id = create_conference(db, "FGC-TEST-0002", "Sampleby")
    update_conference_field(db, conference_id, "worries", "Nobody collects Kit from school.")
    return db


def test_a_backup_shows_what_it_holds_before_anything_is_replaced(
    two_conferences: Database, tmp_path: Path
) -> None:
    before = datetime.now().astimezone()
    made = make_backup(two_conferences, tmp_path / "monday")

    contents = read_backup(made)

    assert made.name == "monday.fgcbackup"
    assert before - timedelta(seconds=1) <= contents.made_at <= datetime.now().astimezone()
    assert contents.summary.schema_revision == head_revision()
    assert contents.summary.conferences == (
        ("FGC-TEST-0001", "Testwood"), ("FGC-TEST-0002", "Sampleby"))
    assert contents.conference_count == 2
    assert contents.summary.newest_change_by == "Test Coordinator"
    assert contents.summary.newest_change_at is not None
    assert not contents.sealed


def test_a_backup_taken_mid_edit_holds_only_what_was_saved(
    two_conferences: Database, tmp_path: Path
) -> None:
    with two_conferences.session() as session:
        session.add(Conference(reference="FGC-TEST-0003", family_name="Halfway"))
        session.flush()
        made = make_backup(two_conferences, tmp_path / "during")
    references = [reference for reference, _name in read_backup(made).summary.conferences]
    assert references == ["FGC-TEST-0001", "FGC-TEST-0002"]
    assert find_conference_id(two_conferences, "FGC-TEST-0003")


def test_a_protected_backup_needs_its_passphrase_and_hides_the_family(
    two_conferences: Database, tmp_path: Path
) -> None:
    made = make_backup(two_conferences, tmp_path / "sealed", passphrase=PASSPHRASE)

    assert needs_passphrase(made)
    assert b"Sampleby" not in made.read_bytes()
    with pytest.raises(UserError, match="protected"):
        read_backup(made)
    with pytest.raises(UserError, match="passphrase does not open this backup"):
        read_backup(made, "three green teacups")
    assert read_backup(made, PASSPHRASE).conference_count == 2


def test_a_short_passphrase_is_refused(two_conferences: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="at least 8 characters"):
        make_backup(two_conferences, tmp_path / "weak", passphrase="tea")
    assert list_backups(tmp_path) == []


@pytest.mark.parametrize("damage", ["cut short", "not a backup", "altered"])
def test_a_damaged_backup_is_named_as_such(
    two_conferences: Database, tmp_path: Path, damage: str
) -> None:
    made = make_backup(two_conferences, tmp_path / "spoilt")
    data = made.read_bytes()
    if damage == "cut short":
        made.write_bytes(data[: len(data) // 2])
    elif damage == "not a backup":
        made.write_bytes(b"PK\x03\x04 a zip file, perhaps")
    else:
        made.write_bytes(data[:-100] + b"\x00" * 100)
    with pytest.raises(UserError, match=r"damaged or incomplete|not an FGC Desktop backup"):
        read_backup(made)


def test_restoring_replaces_the_data_and_keeps_the_old_database_aside(
    two_conferences: Database, data_folder: Path, tmp_path: Path
) -> None:
    made = make_backup(two_conferences, tmp_path / "before-changes", passphrase=PASSPHRASE)
    create_conference(two_conferences, "FGC-TEST-0009", "Laterton")
    second = find_conference_id(two_conferences, "FGC-TEST-0002")
    update_conference_field(two_conferences, second, "worries", "Changed after the backup.")
    two_conferences.close()

    kept = restore_backup(made, data_folder, PASSPHRASE, now=datetime(2026, 3, 2, 9, 30))

    assert kept == data_folder / "fgc-desktop-replaced-20260302-093000.sqlite3"
    with closing(sqlite3.connect(kept)) as aside:
        assert aside.execute("SELECT family_name FROM conferences WHERE reference = ?",
                             ("FGC-TEST-0009",)).fetchone() == ("Laterton",)
    reopened = Database(sqlite_url(data_folder), actor="Test Coordinator")
    try:
        assert get_conference_fields(reopened, second)["worries"] == (
            "Nobody collects Kit from school.")
        with pytest.raises(UserError, match="no conference"):
            find_conference_id(reopened, "FGC-TEST-0009")
        create_conference(reopened, "FGC-TEST-0010", "Afterwards")
    finally:
        reopened.close()


def test_a_damaged_database_can_be_replaced_from_a_backup(
    two_conferences: Database, data_folder: Path, tmp_path: Path
) -> None:
    made = make_backup(two_conferences, tmp_path / "good")
    two_conferences.close()
    live = data_folder / DATABASE_FILE
    live.write_bytes(b"spoilt by a flat battery" * 500)
    with pytest.raises(UserError, match="damaged"):
        Database(sqlite_url(data_folder))

    kept = restore_backup(made, data_folder)

    assert kept is not None and kept.read_bytes().startswith(b"spoilt by a flat battery")
    reopened = Database(sqlite_url(data_folder))
    assert find_conference_id(reopened, "FGC-TEST-0001")
    reopened.close()


def test_a_backup_from_a_newer_version_is_refused(data_folder: Path, tmp_path: Path) -> None:
    future = tmp_path / "future.sqlite3"
    engine = create_engine(f"sqlite:///{future}")
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    engine.dispose()
    backup = tmp_path / "future.fgcbackup"
    header = BackupHeader(made_at=datetime.now().astimezone(), schema_revision="9999_future",
                          app_version="9.9", sealed=False)
    write_backup_file(backup, copy_database(future), header)

    with pytest.raises(UserError, match="newer version of FGC Desktop"):
        read_backup(backup)
    with pytest.raises(UserError, match="newer version of FGC Desktop"):
        restore_backup(backup, data_folder)
    assert not (data_folder / DATABASE_FILE).exists()


@pytest.mark.parametrize("revision", known_revisions())
def test_a_backup_at_an_earlier_revision_is_brought_up_to_date_on_opening(
    data_folder: Path, tmp_path: Path, revision: str
) -> None:
    old = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{old}")
    event.listen(engine, "connect", _set_sqlite_pragmas)
    upgrade_to_head(engine, revision)
    with engine.begin() as connection:
        fill_every_table(connection)
    engine.dispose()
    backup = tmp_path / "old.fgcbackup"
    header = BackupHeader(made_at=datetime.now().astimezone(), schema_revision=revision,
                          app_version="0.0", sealed=False)
    write_backup_file(backup, copy_database(old), header)

    restore_backup(backup, data_folder)

    reopened = Database(sqlite_url(data_folder))
    try:
        assert current_revision(reopened.engine) == head_revision()
        with reopened.session() as session:
            assert session.scalars(select(Conference.reference)).all() == [
                "conferences reference kept"]
    finally:
        reopened.close()


def test_an_automatic_backup_is_made_once_a_day_and_the_newest_are_kept(
    two_conferences: Database, data_folder: Path, tmp_path: Path
) -> None:
    save_setting(two_conferences, "backup_keep", 3)
    by_hand = make_backup(two_conferences, backups_folder(two_conferences, data_folder) / "mine")
    monday = datetime(2026, 3, 2, 9, 0)

    first = backup_if_due(two_conferences, data_folder, monday)
    assert first is not None and first.parent == data_folder / "backups"
    assert backup_if_due(two_conferences, data_folder, monday + timedelta(hours=8)) is None
    for day in range(1, 6):
        assert backup_if_due(two_conferences, data_folder, monday + timedelta(days=day))

    kept = automatic_backups(data_folder / "backups")
    assert [path.name[16:24] for path in kept] == ["20260307", "20260306", "20260305"]
    assert by_hand.exists()
    assert read_backup(kept[0]).conference_count == 2


def test_a_damaged_database_never_pushes_out_a_good_backup(
    two_conferences: Database, data_folder: Path
) -> None:
    save_setting(two_conferences, "backup_keep", 1)
    for number in range(80):
        create_conference(two_conferences, f"FGC-FILL-{number:03d}", "Fillerby " * 10)
    good = backup_if_due(two_conferences, data_folder, datetime(2026, 3, 2, 9, 0))
    two_conferences.engine.dispose()
    live = data_folder / DATABASE_FILE
    with live.open("r+b") as stream:
        stream.seek(4096 * 20)
        stream.write(bytes(range(256)) * 8)

    with pytest.raises(UserError, match="could not take a whole copy"):
        backup_if_due(two_conferences, data_folder, datetime(2026, 3, 3, 9, 0))

    assert automatic_backups(data_folder / "backups") == [good]


def test_backups_go_to_the_folder_chosen_in_the_settings(
    two_conferences: Database, data_folder: Path, tmp_path: Path
) -> None:
    chosen = tmp_path / "usb stick" / "fgc"
    save_setting(two_conferences, "backup_folder", str(chosen))
    made = backup_if_due(two_conferences, data_folder)
    assert made is not None and made.parent == chosen
    assert list_backups(chosen) == [made]
