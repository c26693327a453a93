"""Opening the database: the engine, SQLite's safety settings, migrations, sessions.

Every edit is committed as it is made, in its own short session; there is no
Save button to forget. Opening is kept quick at a service's scale: the file is
read whole for damage only when damage is likely (see ``store.integrity``), and
Alembic is imported only when the schema is older than the app's.
"""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from fgc_desktop.domain.errors import UserError
from fgc_desktop.store import integrity
from fgc_desktop.store.audit import ACTOR_KEY, install_audit
from fgc_desktop.store.revision import is_current

DATABASE_FILE = "fgc-desktop.sqlite3"


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / DATABASE_FILE).as_posix()}"


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys on; a write-ahead log synced in full, so a power cut loses nothing committed."""
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class Database:
    """An open, migrated database and the factory for its sessions."""

    def __init__(self, url: str, actor: str | None = None) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as error:
            raise UserError(
                f"The database address “{url}” is not valid. "
                "Check the database setting, or leave it empty to use the local file."
            ) from error
        self.url = parsed
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.engine: Engine = create_engine(parsed, pool_pre_ping=not self.is_sqlite)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _set_sqlite_pragmas)
        self.actor = actor if actor is not None else default_actor()
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        install_audit(self._factory)
        self.file = _local_file(parsed.database) if self.is_sqlite else None
        try:
            checked_on = _refuse_damaged_file(self.file)
            _upgrade_if_older(self.engine, self.is_sqlite)
        except (OperationalError, DatabaseError) as error:
            self.engine.dispose()
            raise UserError(_open_failure_message(parsed.render_as_string(), error)) from error
        except NewerSchema as error:
            self.engine.dispose()
            raise UserError(
                "This database was made by a newer version of FGC Desktop. "
                "Install the newest version, then open it again. Nothing has been changed."
            ) from error
        if self.file is not None:
            integrity.mark_open(self.file, checked_on)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends, or rolls back on any error.

        A database that is busy, damaged, full or out of reach becomes a
        :class:`UserError` saying the change was not saved and what to do.
        """
        try:
            with self._factory() as session:
                session.info[ACTOR_KEY] = self.actor
                with session.begin():
                    yield session
        except DatabaseError as error:
            message = _use_failure_message(error)
            if message is None:
                raise
            raise UserError(message) from error

    def close(self) -> None:
        """Closes every connection, then records the clean close so the next start is quick."""
        self.engine.dispose()
        if self.file is not None:
            integrity.mark_closed(self.file)


class NewerSchema(Exception):
    """The database holds a schema revision this version of the app does not know."""


def _open_failure_message(url: str, error: Exception) -> str:
    text = str(getattr(error, "orig", error)).lower()
    if "locked" in text:
        return (
            "The database is in use by another program and could not be opened. "
            "Close any other copy of FGC Desktop, then try again."
        )
    if "not a database" in text or "malformed" in text:
        return (
            "The database file is damaged and could not be opened. Nothing has been changed. "
            "Restore it from a backup, or ask your IT service for help."
        )
    return f"The database could not be opened ({text}). Check the database setting."


def _upgrade_if_older(engine: Engine, is_sqlite: bool) -> None:
    """Upgrades the schema unless it is already the app's own (read with one plain query)."""
    with engine.connect() as connection:
        if is_current(connection):
            return
    _upgrade_whole(engine, is_sqlite)


def _upgrade_whole(engine: Engine, is_sqlite: bool) -> None:
    """Runs the migrations as one transaction, so a crash part-way leaves the old schema.

    Python's sqlite3 module starts a transaction only before a data change, so
    each CREATE TABLE would otherwise be committed on its own. An explicit
    BEGIN IMMEDIATE holds them together and keeps a second copy of the app from
    migrating at the same time.
    """
    from alembic import command
    from alembic.util import CommandError

    from fgc_desktop.store.migrate import alembic_config

    with engine.begin() as connection:
        if is_sqlite:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            command.upgrade(alembic_config(connection), "head")
        except CommandError as error:
            raise NewerSchema(str(error)) from error


def _use_failure_message(error: DatabaseError) -> str | None:
    text = str(getattr(error, "orig", error)).lower()
    not_saved = "Your last change was not saved."
    if error.connection_invalidated:
        return (
            f"The database server could not be reached. {not_saved} "
            "Check the network connection, then try again."
        )
    if "locked" in text or "busy" in text:
        return (
            f"The database is busy in another program. {not_saved} "
            "Close any other copy of FGC Desktop, then try again."
        )
    if "malformed" in text or "not a database" in text:
        return (
            f"The database file is damaged. {not_saved} Close FGC Desktop, "
            "then restore your newest backup or ask your IT service for help."
        )
    if "disk is full" in text:
        return f"The disk is full. {not_saved} Free some space, then try again."
    if "readonly" in text or "read-only" in text:
        return (
            f"The database file cannot be written to. {not_saved} "
            "Ask your IT service to check you may change the data folder."
        )
    return None


def _local_file(database: str | None) -> Path | None:
    """The SQLite file on disk, or None for a database in memory."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).resolve()


def _refuse_damaged_file(path: Path | None) -> str:
    """Checks the file read-only when damage is likely; the day it was last found sound."""
    if path is None:
        return ""
    try:
        return integrity.check_before_opening(path)
    except sqlite3.DatabaseError as error:
        raise UserError(_open_failure_message(str(path), error)) from error


def open_database(url: str, actor: str | None = None) -> Database:
    return Database(url, actor)
