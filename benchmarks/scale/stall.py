"""How long the UI thread goes unanswered while the documents page makes an invitation pack.

Run in its own process by ``benchmarks.scale``. The page is opened on the
newest conference being prepared, its preview is left to finish (a preview it asks
for again may still be running when the first pack starts), then the pack
is made into a temporary folder as the Make pack button would, while a timer on
the UI thread ticks every few milliseconds. The longest gap between two ticks
is the longest stall a coordinator could feel. The pack is made several times
over (``PACKS``, or the second argument), as a coordinator might; prints one
JSON line with each pack's figures in lists.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fgc_desktop.ui.documents import DocumentsPage

TICK_MS = 5
PACKS = 3


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


def _one_pack(page: DocumentsPage) -> tuple[float, float, int | None]:
    """Makes the pack once; the longest gap between ticks, the time it took, and how many
    documents were made (``None`` if it failed)."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from fgc_desktop.services.documents import Outcome

    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    finished = QEventLoop()
    outcomes: list[object] = []

    def finish(outcome: object) -> None:
        outcomes.append(outcome)
        finished.quit()

    page.work_finished.connect(finish)
    with tempfile.TemporaryDirectory() as folder:
        timer.start()
        started = time.perf_counter()
        ticks.append(started)
        page.make_pack(Path(folder))
        finished.exec()
        ended = time.perf_counter()
        timer.stop()
    page.work_finished.disconnect(finish)
    ticks.append(ended)
    outcome = outcomes[0] if outcomes else None
    if not isinstance(outcome, Outcome):
        return 0.0, 0.0, None
    gaps = [(later - earlier) * 1000 for earlier, later in itertools.pairwise(ticks)]
    return max(gaps), (ended - started) * 1000, outcome.total


def main(data_dir: Path, packs_wanted: int = PACKS) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QThreadPool

    from fgc_desktop.cli import open_database
    from fgc_desktop.domain.enums import Stage
    from fgc_desktop.domain.stages import PageInfo
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

    stalls: list[float] = []
    packs: list[float] = []
    documents = 0
    for _ in range(packs_wanted):
        stall_ms, pack_ms, made = _one_pack(page)
        if made is None:
            print(page.controls.status.text(), file=sys.stderr)
            return 1
        stalls.append(stall_ms)
        packs.append(pack_ms)
        documents = made
    print(json.dumps({"stall_ms": stalls, "pack_ms": packs, "pack_documents": documents}),
          flush=True)
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), *(int(count) for count in sys.argv[2:3])))
