"""Opening is quick when all is well, and still finds a damaged file when damage is likely."""

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.conferences import create_conference, find_conference_id
from fgc_desktop.store import integrity
from fgc_desktop.store.database import DATABASE_FILE, Database, sqlite_url
from fgc_desktop.store.migrate import alembic_config
from fgc_desktop.store.revision import HEAD_REVISION


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file read whole for damage, in order."""
    made: list[Path] = []
    real = integrity.quick_check

    def counted(database: Path) -> None:
        made.append(database)
        real(database)

    monkeypatch.setattr(integrity, "quick_check", counted)
    return made


@pytest.fixture
def closed_cleanly(data_folder: Path) -> Path:
    db = Database(sqlite_url(data_folder), actor="Test Coordinator")
    create_conference(db, "FGC-TEST-0001", "Quickford")
    db.close()
    return data_folder / DATABASE_FILE


def test_the_app_knows_the_newest_migration_without_alembic() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_a_current_database_opens_without_loading_alembic(closed_cleanly: Path) -> None:
    script = ("import sys; from fgc_desktop.cli import open_database; from pathlib import Path; "
              f"open_database(Path({str(closed_cleanly.parent)!r})).close(); "
              "print('alembic' in sys.modules)")
    shown = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONPATH": str(Path.cwd())})
    assert shown.stdout.strip() == "False"


def test_a_cleanly_closed_file_is_opened_without_reading_it_whole(
    closed_cleanly: Path, checks: list[Path]
) -> None:
    db = Database(sqlite_url(closed_cleanly.parent))
    assert find_conference_id(db, "FGC-TEST-0001")
    db.close()
    assert checks == []


def test_after_a_crash_the_file_is_checked_on_opening(
    data_folder: Path, checks: list[Path]
) -> None:
    crashed = Database(sqlite_url(data_folder))
    create_conference(crashed, "FGC-TEST-0002", "Suddenstop")
    # Never closed, as when the computer loses power.
    reopened = Database(sqlite_url(data_folder))
    assert checks == [(data_folder / DATABASE_FILE).resolve()]
    reopened.close()
    crashed.engine.dispose()


def test_a_file_changed_after_closing_is_checked(closed_cleanly: Path, checks: list[Path]
                                                 ) -> None:
    os.utime(closed_cleanly, ns=(0, closed_cleanly.stat().st_mtime_ns + 1_000_000_000))
    Database(sqlite_url(closed_cleanly.parent)).close()
    assert len(checks) == 1


def test_a_file_unchecked_for_a_week_is_checked(closed_cleanly: Path) -> None:
    today = date.today()
    assert not integrity.needs_check(closed_cleanly, today)
    assert not integrity.needs_check(closed_cleanly, today + timedelta(days=6))
    assert integrity.needs_check(closed_cleanly, today + timedelta(days=7))


def test_a_file_damaged_after_a_crash_is_refused_untouched(data_folder: Path) -> None:
    crashed = Database(sqlite_url(data_folder))
    for number in range(60):
        create_conference(crashed, f"FGC-TEST-{number:03d}", "Examplefield " * 8)
    crashed.engine.dispose()
    path = data_folder / DATABASE_FILE
    modified = path.stat().st_mtime_ns
    with path.open("r+b") as stream:
        stream.seek(4096 * 4)
        stream.write(bytes(range(256)) * 2)
    os.utime(path, ns=(0, modified))
    damaged = path.read_bytes()

    with pytest.raises(UserError, match=r"damaged.*Nothing has been changed"):
        Database(sqlite_url(data_folder))

    assert path.read_bytes() == damaged
