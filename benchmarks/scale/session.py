"""One start of the real app over the large data set, timed from inside.

Run by ``benchmarks.scale`` in a fresh process each time, so every start pays
for imports and a cold window as a coordinator's would. It starts the way
``fgc-desktop`` does, prints ``shown`` the moment the first window has
painted (the parent times the start from launch to that line), then times
what a coordinator does next and prints the figures as one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SEARCHES = ("Brambleford", "Zara", "FGC-2024-03", "nobody by this name")
OPEN_PER_STAGE = 3


class Timings:
    """Each action's wall-clock time, and the UI thread's own CPU time, in milliseconds.

    On a shared machine the wall clock also counts other programs' turns; the
    thread's CPU time is what the app itself spent.
    """

    def __init__(self, settle: Callable[[], None]) -> None:
        self.settle = settle
        self.figures: dict[str, list[float]] = {}

    def time(self, name: str, action: Callable[[], object]) -> None:
        started, cpu = time.perf_counter(), time.thread_time()
        action()
        self.settle()
        self.figures.setdefault(f"{name}_ms", []).append((time.perf_counter() - started) * 1000)
        self.figures.setdefault(f"{name}_cpu_ms", []).append((time.thread_time() - cpu) * 1000)


def _resident_mb() -> tuple[float, float]:
    """Memory in use now and at its highest, from Linux's own count."""
    now = peak = 0.0
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            now = int(line.split()[1]) / 1024
        elif line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
    return now, peak


def _sample_conferences(db: Any) -> list[int]:
    from sqlalchemy import select

    from fgc_desktop.domain.enums import Stage
    from fgc_desktop.store.models import Conference

    chosen: list[int] = []
    with db.session() as session:
        for stage in Stage:
            chosen += session.scalars(
                select(Conference.id).where(Conference.stage == stage,
                                            Conference.archived.is_(False))
                .order_by(Conference.reference.desc()).limit(OPEN_PER_STAGE)).all()
    return chosen


PREPARATION_WAIT_MS = 1100
PREPARATION_LIMIT_MS = 10_000


def measure(window: Any, settle: Callable[[], None]) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    timings = Timings(settle)
    resident_at_start = _resident_mb()[0]
    timings.time("list_after_home", window.show_list)
    loaded, total = window.list_view.model.rowCount(), window.list_view.model.total
    search = window.list_view.search
    for text in SEARCHES:
        search.clear()
        window.list_view.apply_filter()
        for letter in text:
            def type_letter(letter: str = letter) -> None:
                QTest.keyClicks(search, letter)
                window.list_view.apply_filter()

            timings.time("keystroke", type_letter)
    search.clear()
    window.list_view.apply_filter()
    for conference_id in _sample_conferences(window.db):
        def open_it(chosen: int = conference_id) -> None:
            window.open_conference(chosen)

        timings.time("open_conference", open_it)
        timings.time("home", window.show_home)
    timings.time("home_in_view", window.home.refresh)
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    resident_at_end, resident_peak = _resident_mb()
    return {**timings.figures, "list_rows_loaded": loaded, "list_total": total,
            "resident_at_start_mb": resident_at_start, "resident_at_end_mb": resident_at_end,
            "resident_peak_mb": resident_peak}


def read_home_while_the_app_prepares() -> None:
    """Waits, as a coordinator reads Home, until the app's start-up preparation is done.

    The app loads the reading level's word list a second after its window shows
    (``fgc_desktop.ui.app.prepare_soon``); the measures below are of the app at
    work after that, not of the two competing for the interpreter lock. The wait
    is an event loop of its own, which lets the loading thread run (``QTest.qWait``
    keeps the lock and would starve it).
    """
    from PySide6.QtCore import QEventLoop, QTimer

    from fgc_desktop.ui.plain_language.reading_levels import reading_levels

    loop = QEventLoop()
    QTimer.singleShot(PREPARATION_WAIT_MS, loop.quit)
    loop.exec()
    levels = reading_levels()
    if not levels.is_ready:
        levels.ready.connect(loop.quit)
        QTimer.singleShot(PREPARATION_LIMIT_MS, loop.quit)
        loop.exec()


def main(data_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    (data_dir / "window.ini").unlink(missing_ok=True)
    from PySide6.QtCore import QTimer

    from fgc_desktop.cli import open_database
    from fgc_desktop.ui.app import application, create_main_window, prepare_soon

    app = application()
    db = open_database(data_dir)
    window = create_main_window(db, data_dir)
    window.show()
    prepare_soon()

    def report() -> None:
        window.repaint()
        print("shown", flush=True)
        start_cpu_ms = time.process_time() * 1000
        read_home_while_the_app_prepares()
        figures = {"start_cpu_ms": start_cpu_ms, **measure(window, app.processEvents)}
        print(json.dumps(figures), flush=True)
        app.exit(0)

    QTimer.singleShot(0, report)
    status = app.exec()
    db.close()
    return status


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
