"""How long the UI thread goes unanswered while the documents page makes an invitation pack.

Run in its own process by ``benchmarks.scale``. The page is opened on the
newest conference being prepared, the preview is left to finish, then the pack
is made into a temporary folder as the Make pack button would, while a timer on
the UI thread ticks every few milliseconds. The longest gap between two ticks
is the longest stall a coordinator could feel. Prints one JSON line.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

TICK_MS = 5


def _conference_being_prepared(db: object) -> int:
    from sqlalchemy import select

    from fgc_desktop.domain.enums import Stage
    from fgc_desktop.store.database import Database
    from fgc_desktop.store.models import Conference

    assert isinstance(db, Database)
    with db.session() as session:
        found = session.scalar(
            select(Conference.id).where(Conference.stage == Stage.PREPARATION,
                                        Conference.archived.is_(False))
            .order_by(Conference.reference.desc()).limit(1))
    if found is None:
        raise SystemExit("The data set has no conference being prepared.")
    return found


def main(data_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt, QThreadPool, QTimer

    from fgc_desktop.cli import open_database
    from fgc_desktop.domain.enums import Stage
    from fgc_desktop.domain.stages import PageInfo
    from fgc_desktop.services.documents import Outcome
    from fgc_desktop.ui.app import application
    from fgc_desktop.ui.documents import DocumentsPage

    app = application()
    db = open_database(data_dir)
    page = DocumentsPage(db, PageInfo("documents", "Documents", Stage.PREPARATION))
    page.resize(1366, 768)
    page.load(_conference_being_prepared(db))
    page.show()
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()

    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    finished = QEventLoop()
    outcomes: list[object] = []
    page.work_finished.connect(outcomes.append)
    page.work_finished.connect(finished.quit)
    with tempfile.TemporaryDirectory() as folder:
        timer.start()
        started = time.perf_counter()
        ticks.append(started)
        page.make_pack(Path(folder))
        finished.exec()
        ended = time.perf_counter()
        timer.stop()
    ticks.append(ended)
    outcome = outcomes[0] if outcomes else None
    if not isinstance(outcome, Outcome):
        print(page.controls.status.text(), file=sys.stderr)
        return 1
    gaps = [(later - earlier) * 1000 for earlier, later in itertools.pairwise(ticks)]
    print(json.dumps({"stall_ms": max(gaps), "pack_ms": (ended - started) * 1000,
                      "pack_documents": outcome.total}), flush=True)
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
