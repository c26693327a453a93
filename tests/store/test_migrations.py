"""Migrations build the schema the models describe, from empty and from every revision."""

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event

from fgc_desktop.store.database import _set_sqlite_pragmas
from fgc_desktop.store.migrate import alembic_config, current_revision, upgrade_to_head
from fgc_desktop.store.models import Base

REVISIONS = [
    script.revision
    for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
]


def _engine(path: Path):  # type: ignore[no-untyped-def]
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def test_the_migrations_match_the_models(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "fresh.sqlite3")
    upgrade_to_head(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == [], "the models changed without a migration: run alembic revision"


@pytest.mark.parametrize("revision", REVISIONS)
def test_each_revision_upgrades_to_the_newest(tmp_path: Path, revision: str) -> None:
    engine = _engine(tmp_path / f"at-{revision}.sqlite3")
    upgrade_to_head(engine, revision)
    assert current_revision(engine) == revision
    upgrade_to_head(engine)
    assert current_revision(engine) == REVISIONS[0]
