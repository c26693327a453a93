"""Opening the database: the engine, SQLite's safety settings, migrations, sessions.

Every edit is committed as it is made, in its own short session; there is no
Save button to forget.
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
from fgc_desktop.store.audit import ACTOR_KEY, install_audit
from fgc_desktop.store.migrate import upgrade_to_head

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
        try:
            upgrade_to_head(self.engine)
        except (OperationalError, DatabaseError) as error:
            self.engine.dispose()
            raise UserError(_open_failure_message(parsed.render_as_string(), error)) from error

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends, or rolls back on any error."""
        with self._factory() as session:
            session.info[ACTOR_KEY] = self.actor
            with session.begin():
                yield session

    def close(self) -> None:
        self.engine.dispose()


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


def open_database(url: str, actor: str | None = None) -> Database:
    return Database(url, actor)
