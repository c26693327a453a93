"""Copies of a SQLite database: taken while it is in use, read back, and put in place.

SQLite's online backup copies every page inside one read transaction, so the
copy is consistent even while the app goes on saving. Copies are handled in
memory: a backup's contents are read without writing a decrypted copy to disk.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fgc_desktop.domain.errors import UserError

_BUSY_MS = 5000


@dataclass(frozen=True)
class SnapshotSummary:
    """What a copy holds, for a coordinator to check before restoring it."""

    schema_revision: str
    conferences: tuple[tuple[str, str], ...]
    newest_change_at: datetime | None
    newest_change_by: str


def known_revisions() -> list[str]:
    """This app's schema revisions, newest first; Alembic is loaded only when this is asked."""
    from alembic.script import ScriptDirectory

    from fgc_desktop.store.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return [revision.revision for revision in script.walk_revisions()]


def copy_database(path: Path) -> bytes:
    """The whole database at ``path`` as it stands now, committed changes only."""
    try:
        with closing(sqlite3.connect(path, timeout=_BUSY_MS / 1000)) as source, \
                closing(sqlite3.connect(":memory:")) as memory:
            source.backup(memory)
            data = _without_wal(memory.serialize())
        with closing(open_copy(data)):
            return data
    except (sqlite3.Error, UserError) as error:
        raise UserError(
            "FGC Desktop could not take a whole copy of the database, so no backup was "
            "made. Try again in a moment. If this keeps happening, the database may be "
            "damaged: restore your newest backup or ask your IT service for help."
        ) from error


def open_copy(data: bytes, checked: bool = True) -> sqlite3.Connection:
    """A private in-memory database holding ``data``, checked whole unless already done."""
    memory = sqlite3.connect(":memory:")
    try:
        memory.deserialize(_without_wal(data))
        if checked:
            check_integrity(memory)
    except sqlite3.DatabaseError as error:
        memory.close()
        raise UserError(
            "The database inside this backup is damaged. Choose another backup."
        ) from error
    except UserError:
        memory.close()
        raise
    return memory


def _without_wal(data: bytes) -> bytes:
    """The file marked for a rollback journal: a write-ahead log cannot live in memory.

    Bytes 18 and 19 of SQLite's header name the journal kind; the app's own
    settings put the write-ahead log back when the file is opened again.
    """
    if len(data) < 20 or data[18:20] != b"\x02\x02":
        return data
    return data[:18] + b"\x01\x01" + data[20:]


def check_integrity(connection: sqlite3.Connection) -> None:
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    if problems != ["ok"]:
        raise UserError("The database inside this backup is damaged. Choose another backup.")


def schema_revision(connection: sqlite3.Connection) -> str:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        row = None
    if row is None:
        raise UserError("This file holds no FGC Desktop data. Choose an FGC Desktop backup.")
    return str(row[0])


def check_revision_is_known(revision: str) -> None:
    """Refuses data from a newer app, which this one would misread."""
    if revision not in known_revisions():
        raise UserError(
            "This backup was made by a newer version of FGC Desktop "
            f"(its data is at revision {revision}). Install the newest version of "
            "FGC Desktop, then restore it. Nothing has been changed."
        )


def summarise(connection: sqlite3.Connection) -> SnapshotSummary:
    """Counts and names read with plain SQL that every schema revision answers."""
    revision = schema_revision(connection)
    conferences = tuple(
        (str(reference), str(family_name))
        for reference, family_name in connection.execute(
            "SELECT reference, family_name FROM conferences ORDER BY reference")
    )
    newest = connection.execute(
        "SELECT at, actor FROM audit_entries ORDER BY at DESC, id DESC LIMIT 1").fetchone()
    return SnapshotSummary(
        schema_revision=revision,
        conferences=conferences,
        newest_change_at=_as_utc(newest[0]) if newest else None,
        newest_change_by=str(newest[1]) if newest else "",
    )


def replace_database_file(connection: sqlite3.Connection, live: Path, aside: Path) -> Path | None:
    """Puts the copy in ``connection`` at ``live``; the replaced file is kept at ``aside``.

    The copy is written and synced beside the live file first, and moved over it
    in one step, so a crash at any moment leaves either the old database or the
    new one. Nothing may have the live database open.
    """
    incoming = live.with_name(live.name + ".restoring")
    incoming.unlink(missing_ok=True)
    with closing(sqlite3.connect(incoming)) as target:
        connection.backup(target)
    _sync(incoming)
    kept = _set_aside(live, aside)
    os.replace(incoming, live)
    _sync_folder(live.parent)
    return kept


def _set_aside(live: Path, aside: Path) -> Path | None:
    """Copies the live database aside, with any log it has, as it was last closed."""
    if not live.exists():
        return None
    _fold_in_log(live)
    for suffix in ("", "-wal", "-shm"):
        companion = live.with_name(live.name + suffix)
        if companion.exists():
            shutil.copy2(companion, aside.with_name(aside.name + suffix))
            if suffix:
                companion.unlink()
    _sync(aside)
    return aside


def _fold_in_log(live: Path) -> None:
    """Moves committed changes from the write-ahead log into the file, where it can."""
    try:
        with closing(sqlite3.connect(live, timeout=_BUSY_MS / 1000)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError:
        return


def _sync(path: Path) -> None:
    with path.open("rb") as stream:
        os.fsync(stream.fileno())


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _as_utc(value: object) -> datetime | None:
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
