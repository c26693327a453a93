"""Finding a damaged database file before anyone works in it, without slowing every start.

SQLite's ``PRAGMA quick_check`` reads every page of the file: about 400 ms
over ten thousand conferences, too dear to pay on every start. So the file is
checked on opening only when damage is at all likely:

* the app did not close it cleanly last time: the record beside it still says
  it is open, or SQLite's write-ahead log was left behind (a crash, a power
  cut, or a second copy of the app that is still open);
* it changed since the app closed it: its size or modification time differ
  from those recorded then (copied over, put back by hand, touched by another
  program);
* it has not been checked for ``CHECK_EVERY_DAYS``, or never: a backstop for
  a failing disk, paid on one start a week.

A file that was checked, closed cleanly and left alone since is opened
straight away. Damage that appears while the app runs is still caught when a
session meets it (``Database.session`` says the change was not saved and what
to do). The record is a small JSON file beside the database; a missing or
unreadable record just means the next start checks.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from pathlib import Path

CHECK_EVERY_DAYS = 7
RECORD_SUFFIX = ".health.json"


@dataclass(frozen=True)
class HealthRecord:
    """What the app last knew of the file: open or cleanly closed, and when it was checked."""

    open: bool
    checked_on: str
    size: int
    modified_ns: int


def record_path(database: Path) -> Path:
    return database.with_name(database.name + RECORD_SUFFIX)


def read_record(database: Path) -> HealthRecord | None:
    try:
        return HealthRecord(**json.loads(record_path(database).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _write_record(database: Path, record: HealthRecord) -> None:
    """Written whole or not at all, so a crash part-way leaves the old record."""
    target = record_path(database)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_text(json.dumps(asdict(record)), encoding="utf-8")
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)


def needs_check(database: Path, today: date) -> bool:
    """Whether damage is likely enough to read the whole file (see the module's notes)."""
    record = read_record(database)
    if record is None or record.open:
        return True
    wal = database.with_name(database.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        return True
    stat = database.stat()
    if (stat.st_size, stat.st_mtime_ns) != (record.size, record.modified_ns):
        return True
    try:
        checked = date.fromisoformat(record.checked_on)
    except ValueError:
        return True
    return not checked <= today < checked + timedelta(days=CHECK_EVERY_DAYS)


def quick_check(database: Path) -> None:
    """Reads the whole file read-only, so a damaged one is never written to.

    Raises ``sqlite3.DatabaseError`` in SQLite's own words: damaged, or locked.
    """
    with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=5)) as raw:
        problems = raw.execute("PRAGMA quick_check").fetchall()
    if problems != [("ok",)]:
        raise sqlite3.DatabaseError("malformed: " + "; ".join(str(row[0]) for row in problems[:3]))


def check_before_opening(database: Path, today: date | None = None) -> str:
    """Checks the file if it needs it; the day it was last found sound ("" if never).

    Raises ``sqlite3.DatabaseError`` as :func:`quick_check` does. A missing or
    empty file is new: there is nothing to check yet.
    """
    today = today or date.today()
    if not database.is_file() or database.stat().st_size == 0:
        return today.isoformat()
    if needs_check(database, today):
        quick_check(database)
        return today.isoformat()
    record = read_record(database)
    return record.checked_on if record is not None else ""


def mark_open(database: Path, checked_on: str) -> None:
    """Records that the app has the file open: if it is not marked closed, the next start checks."""
    _write_record(database, HealthRecord(open=True, checked_on=checked_on, size=0,
                                         modified_ns=0))


def mark_closed(database: Path) -> None:
    """Records a clean close, with the file's size and time, after the last connection went."""
    record = read_record(database)
    if record is None or not database.is_file():
        return
    stat = database.stat()
    _write_record(database, replace(record, open=False, size=stat.st_size,
                                    modified_ns=stat.st_mtime_ns))
