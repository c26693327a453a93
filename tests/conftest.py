"""Fixtures every test may use: a private data folder and an open, migrated database."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fgc_desktop.store.database import Database, sqlite_url


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so none touches a real user's data."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("FGC_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db(data_folder: Path) -> Iterator[Database]:
    database = Database(sqlite_url(data_folder), actor="Test Coordinator")
    yield database
    database.close()
