"""The app killed at random moments mid-edit loses nothing it had shown as saved."""

import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from fgc_desktop.services.conferences import create_conference
from fgc_desktop.store.database import DATABASE_FILE, Database, sqlite_url
from tests.store.crash_harness import Soak, can_kill

KILLS = 50


@pytest.mark.skipif(not can_kill(), reason="killing a process mid-edit needs fork and SIGKILL")
def test_every_edit_reported_saved_survives_being_killed(data_folder: Path) -> None:
    started = time.monotonic()
    soak = Soak(data_folder, seed=9)
    try:
        for _round in range(KILLS):
            soak.round()
    finally:
        soak.close()
    assert soak.problems == []
    assert soak.kills == KILLS
    assert len(soak.reported) > KILLS, "the children were killed before saving anything"
    assert time.monotonic() - started < 120


def test_a_first_start_cut_short_leaves_no_half_made_database(
    data_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    upgrade = command.upgrade

    def upgrade_then_power_cut(*arguments: Any) -> None:
        upgrade(*arguments)
        raise RuntimeError("power cut before the migration was committed")

    monkeypatch.setattr(command, "upgrade", upgrade_then_power_cut)
    with pytest.raises(RuntimeError, match="power cut"):
        Database(sqlite_url(data_folder))
    with closing(sqlite3.connect(data_folder / DATABASE_FILE)) as raw:
        assert raw.execute("SELECT name FROM sqlite_master").fetchall() == []

    monkeypatch.undo()
    db = Database(sqlite_url(data_folder))
    assert create_conference(db, "FGC-TEST-0001", "Restartby")
    db.close()
