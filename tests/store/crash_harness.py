"""Killing the app mid-edit, again and again, and checking nothing it reported saved was lost.

A helper process imports the app once and, for each round, forks a child that
opens the database the way the app does and makes a scripted series of edits
through the services, printing ``saved N`` only after edit N has returned (and
so has been committed). The parent kills the child with SIGKILL at a random
moment, then opens the database again, as the next start of the app would, and
checks that every edit reported saved is there and that SQLite finds the file
whole. Forking from a warm process keeps each round short; the child itself
starts from an unopened database every time.

Run ``python -m tests.store.crash_harness`` to start the helper process by hand.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text

from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.conferences import (
    create_conference,
    find_conference_id,
    set_archived,
    update_conference_field,
)
from fgc_desktop.store.database import Database, sqlite_url
from fgc_desktop.store.models import Conference

ROOT = Path(__file__).resolve().parents[2]
_EDITS_PER_CHILD = 1_000_000
_EDITS_PER_GROUP = 4


def can_kill() -> bool:
    return hasattr(os, "fork") and hasattr(signal, "SIGKILL")


def _note(number: int) -> str:
    """A few kilobytes, so that one edit spans several database pages."""
    return " ".join([f"Note written by edit {number}."] * 100)


def expected(number: int) -> tuple[str, str, object]:
    """The reference, field and value that edit ``number`` leaves behind."""
    group = number - number % _EDITS_PER_GROUP
    reference = f"CRASH-{group:07d}"
    step = number % _EDITS_PER_GROUP
    if step == 0:
        return reference, "family_name", f"Family {group}"
    if step == 1:
        return reference, "worries", f"Worry from edit {number}"
    if step == 2:
        return reference, "notes", _note(number)
    return reference, "archived", True


def perform(db: Database, number: int) -> None:
    """Edit ``number``, through the same services the app's pages call."""
    reference, field_name, value = expected(number)
    if field_name == "family_name":
        try:
            create_conference(db, reference, str(value))
        except UserError:
            find_conference_id(db, reference)  # made before the last kill, not yet reported
        return
    conference_id = find_conference_id(db, reference)
    if field_name == "archived":
        set_archived(db, conference_id, True)
    else:
        update_conference_field(db, conference_id, field_name, value)


def find_losses(folder: Path, reported: set[int]) -> list[str]:
    """Opens the database as the app does and lists every reported edit that is missing."""
    db = Database(sqlite_url(folder), actor="Crash Checker")
    try:
        with db.session() as session:
            rows = session.execute(select(
                Conference.reference, Conference.family_name, Conference.worries,
                Conference.notes, Conference.archived,
            ).where(Conference.reference.like("CRASH-%"))).all()
        with db.engine.connect() as connection:
            integrity = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
    finally:
        db.close()
    stored = {row.reference: row._asdict() for row in rows}
    problems = [] if integrity == ["ok"] else [f"integrity check: {integrity[:5]}"]
    for number in sorted(reported):
        reference, field_name, value = expected(number)
        record = stored.get(reference)
        if record is None:
            problems.append(f"edit {number}: {reference} is missing")
        elif record[field_name] != value:
            problems.append(f"edit {number}: {reference}.{field_name} was not saved")
    return problems


@dataclass
class Soak:
    """Rounds of edit-then-kill against one data folder, and what they found."""

    folder: Path
    seed: int = 0
    max_delay: float = 0.4
    kills: int = 0
    checks: int = 0
    reported: set[int] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        environment = {**os.environ, "PYTHONPATH": str(ROOT)}
        self._helper = subprocess.Popen(
            [sys.executable, "-m", "tests.store.crash_harness"], cwd=ROOT, env=environment,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._expect("ready")

    def round(self) -> None:
        """One child: start, edit, killed at a random moment; then the check."""
        assert self._helper.stdin is not None
        start = max(self.reported, default=-1) + 1
        self._helper.stdin.write(f"{self.folder}\t{start}\n")
        self._helper.stdin.flush()
        pid = int(self._expect("child").split()[1])
        time.sleep(self._random.uniform(0, self.max_delay))
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            self.problems.append(f"child {pid} ended before it was killed")
        self._expect(f"gone {pid}")
        self.kills += 1
        self.problems.extend(find_losses(self.folder, self.reported))
        self.checks += len(self.reported)

    def close(self) -> None:
        assert self._helper.stdin is not None and self._helper.stdout is not None
        self._helper.stdin.close()
        try:
            self._helper.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._helper.kill()
            self._helper.wait()
        self._reader.join(timeout=10)
        self._helper.stdout.close()

    def _read(self) -> None:
        assert self._helper.stdout is not None
        for line in self._helper.stdout:
            self._lines.put(line.strip())
        self._lines.put("helper ended")

    def _expect(self, prefix: str) -> str:
        """Waits for a line starting with ``prefix``, taking in every ``saved`` on the way."""
        while True:
            line = self._lines.get(timeout=60)
            if line.startswith("saved "):
                self.reported.add(int(line.split()[1]))
            elif line.startswith(prefix):
                return line
            else:
                raise RuntimeError(f"the crash helper said: {line}")


def _child(folder: Path, start: int) -> None:
    try:
        db = Database(sqlite_url(folder), actor="Crash Child")
        for number in range(start, start + _EDITS_PER_CHILD):
            perform(db, number)
            os.write(1, f"saved {number}\n".encode())
    except Exception as error:
        os.write(1, f"failed {error!r}\n".encode())


def _warm_up() -> None:
    """Imports what the first open and edit load lazily, so each child starts quickly."""
    with tempfile.TemporaryDirectory() as folder:
        db = Database(sqlite_url(Path(folder)), actor="Warm Up")
        for number in range(_EDITS_PER_GROUP):
            perform(db, number)
        db.close()


def _helper_loop() -> None:
    """Reads ``folder<TAB>start`` lines; forks a child for each, and reports when it is gone."""
    _warm_up()
    os.write(1, b"ready\n")
    for line in sys.stdin:
        folder, start = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            try:
                _child(Path(folder), int(start))
            finally:
                os._exit(0)
        os.write(1, f"child {pid}\n".encode())
        os.waitpid(pid, 0)
        os.write(1, f"gone {pid}\n".encode())


if __name__ == "__main__":
    _helper_loop()
