"""The schema revision this version of the app expects, and the one a database holds.

Both are known without importing Alembic, which costs about 0.4 s at start:
Alembic is loaded only when a database needs upgrading. A test checks
``HEAD_REVISION`` against the migration scripts, so a new migration cannot be
left out here.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

HEAD_REVISION = "0002"
VERSION_TABLE = "alembic_version"


def stored_revision(connection: Connection) -> str | None:
    """The revision recorded in the database; None for a new, empty one."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    found = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    return found[0] if len(found) == 1 else None


def is_current(connection: Connection) -> bool:
    return stored_revision(connection) == HEAD_REVISION
