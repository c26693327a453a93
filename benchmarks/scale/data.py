"""Generates the large data set once, straight through SQLAlchemy Core bulk inserts.

The folder is a normal data folder (``--data-dir`` or ``FGC_DATA_DIR`` opens
it in the app), reused while its marker says it holds the same number of
conferences made by the same version of this generator.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.scale.rows import DAYS_OF_HISTORY, ConferenceBuilder, Ids
from fgc_desktop.store.database import Database, sqlite_url
from fgc_desktop.store.models import Base

GENERATOR_VERSION = 1
MARKER = "generated.json"
BATCH = 500
SEED = 20261126
# Parents before children, so the foreign keys hold at every insert.
TABLE_ORDER = (
    "conferences", "participants", "consent_records", "preparation_contacts",
    "information_items", "sharing_decisions", "meetings", "plan_versions", "plan_actions",
    "plan_recipients", "produced_documents", "outcomes", "audit_entries",
)


def default_folder(conferences: int) -> Path:
    return Path(tempfile.gettempdir()) / f"fgc-scale-{conferences}"


def _marker(conferences: int) -> dict[str, int]:
    return {"version": GENERATOR_VERSION, "conferences": conferences}


def is_ready(folder: Path, conferences: int) -> bool:
    marker = folder / MARKER
    if not marker.is_file():
        return False
    written = json.loads(marker.read_text(encoding="utf-8"))
    return bool(written.get("version") == GENERATOR_VERSION
                and written.get("conferences") == conferences)


def generate(folder: Path, conferences: int, today: date | None = None) -> dict[str, int]:
    """Makes the data set afresh in ``folder``; returns how many rows each table got."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    db = Database(sqlite_url(folder), actor="benchmark")
    builder = ConferenceBuilder(random.Random(SEED), Ids(), today or date.today())
    counts: dict[str, int] = dict.fromkeys(TABLE_ORDER, 0)
    step = DAYS_OF_HISTORY / conferences
    try:
        for number in range(conferences):
            builder.conference(round((conferences - 1 - number) * step))
            if (number + 1) % BATCH == 0 or number + 1 == conferences:
                _write(db, builder, counts)
    finally:
        db.close()
    (folder / MARKER).write_text(json.dumps({**_marker(conferences), "rows": counts},
                                            indent=2), encoding="utf-8")
    return counts


def _write(db: Database, builder: ConferenceBuilder, counts: dict[str, int]) -> None:
    with db.engine.begin() as connection:
        for name in TABLE_ORDER:
            rows = builder.rows.pop(name, [])
            if rows:
                connection.execute(Base.metadata.tables[name].insert(), rows)
                counts[name] += len(rows)


def ensure(conferences: int, folder: Path | None = None, fresh: bool = False) -> Path:
    """The folder holding the data set, generated first when it is missing or stale."""
    folder = folder or default_folder(conferences)
    if fresh or not is_ready(folder, conferences):
        started = time.perf_counter()
        counts = generate(folder, conferences)
        print(f"Generated {conferences:,} conferences in {time.perf_counter() - started:.0f} s "
              f"into {folder}: " + ", ".join(f"{n:,} {name}" for name, n in counts.items()))
    return folder
