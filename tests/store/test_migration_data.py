"""A database filled at any earlier schema revision keeps every row when it is upgraded.

Rows are written with plain SQL against the tables as they stood at that
revision (read back from the database itself), so the test needs no change
when a migration is added: it fills each revision it finds.
"""

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Engine,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    create_engine,
    event,
    select,
)
from sqlalchemy.engine import Connection

from fgc_desktop.store.database import _set_sqlite_pragmas
from fgc_desktop.store.migrate import current_revision, head_revision, upgrade_to_head
from fgc_desktop.store.snapshot import known_revisions

OLDEST_FIRST = list(reversed(known_revisions()))
Inserted = dict[str, tuple[dict[str, Any], dict[str, Any]]]


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'filled.sqlite3'}")
        event.listen(engine, "connect", _set_sqlite_pragmas)
    else:
        engine = create_engine(request.getfixturevalue("postgres_url"))
    yield engine
    engine.dispose()


@pytest.mark.parametrize("revision", OLDEST_FIRST)
def test_rows_written_at_a_revision_survive_the_upgrade(
    empty_engine: Engine, revision: str
) -> None:
    upgrade_to_head(empty_engine, revision)
    with empty_engine.begin() as connection:
        inserted = fill_every_table(connection)
    assert len(inserted) > 10, "the schema at this revision was not read"

    upgrade_to_head(empty_engine)

    assert current_revision(empty_engine) == head_revision()
    with empty_engine.connect() as connection:
        tables = _reflect(connection)
        for name, (key, values) in inserted.items():
            assert name in tables, f"the table {name} and its rows were lost"
            table = tables[name]
            query = select(table).where(*(table.c[column] == value
                                          for column, value in key.items()))
            row = connection.execute(query).mappings().one_or_none()
            assert row is not None, f"the row written to {name} was lost"
            for column, value in values.items():
                if column in row:
                    assert _same(row[column], value), f"{name}.{column} changed"


def fill_every_table(connection: Connection) -> Inserted:
    """One row in every table, parents before children; each table's key and values."""
    inserted: Inserted = {}
    for table in _reflect(connection).values():
        values = {
            column.name: value
            for column in table.columns
            if (value := _value_for(table, column, inserted)) is not None
        }
        result = connection.execute(table.insert().values(values))
        primary = result.inserted_primary_key
        key = {column.name: primary[index] for index, column in enumerate(table.primary_key)}
        inserted[table.name] = (key, values)
    return inserted


def _reflect(connection: Connection) -> dict[str, Table]:
    metadata = MetaData()
    metadata.reflect(connection)
    return {table.name: table for table in metadata.sorted_tables
            if table.name != "alembic_version"}


def _value_for(table: Table, column: Column[Any], inserted: Inserted) -> Any:
    """A value that fits the column, or None to leave it out."""
    for foreign in column.foreign_keys:
        parent = inserted.get(foreign.column.table.name)
        if parent is not None:
            return parent[0].get(foreign.column.name, parent[1].get(foreign.column.name))
    if column.primary_key and isinstance(column.type, Integer):
        return None
    if column.nullable and not column.primary_key:
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        return True
    if isinstance(kind, Integer | Numeric):
        return 7
    if isinstance(kind, DateTime):
        return datetime(2024, 2, 29, 13, 45, 10, tzinfo=UTC if kind.timezone else None)
    if isinstance(kind, Date):
        return date(2024, 2, 29)
    if isinstance(kind, JSON):
        return {"kept": [1, "two"]}
    if isinstance(kind, String | Text):
        text = f"{table.name} {column.name} kept"
        return text[: kind.length] if getattr(kind, "length", None) else text
    raise AssertionError(f"no test value for {table.name}.{column.name} ({kind!r})")


def _same(stored: Any, written: Any) -> bool:
    """Equal, counting times by the moment they name (SQLite keeps no zone)."""
    if isinstance(stored, datetime) and isinstance(written, datetime):
        return _naive_utc(stored) == _naive_utc(written)
    return bool(stored == written)


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
