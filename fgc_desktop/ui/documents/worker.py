"""Making documents off the UI thread, with progress and a way to stop.

The work is a plain function from the documents service; it is given a
``progress(done, total)`` callback and a ``cancelled()`` question, and never
touches a widget. Its outcome, or a message for the coordinator, comes back
through signals, which Qt delivers on the UI thread.

The work and the UI thread share one interpreter lock, so anything the work does
while holding it, the window waits for. The longest such wait was Python's full
garbage collection: typesetting makes enough objects to set one off, and it then
walks the whole app (modules, Qt wrappers, fonts), 60 to 90 ms on two busy cores.
Before each batch the objects already alive are frozen out of collection (they
live as long as the app), so a collection during the work walks only what the
work made.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.documents import Cancelled, Progress

Work = Callable[[Progress, Cancelled], object]
"""Makes documents (an :class:`Outcome`) or a preview (PDF bytes)."""


class DocumentWork(QObject):
    """One batch of documents on the shared thread pool.

    Signals:
        progressed(int, int): documents done so far, and how many in all.
        succeeded(object): what the work returned; an :class:`Outcome` is returned also
            when the work was stopped part-way.
        failed(str): a message for the coordinator.

    Give it a parent that outlives the work: the object must be destroyed on the UI
    thread, never by the pool thread dropping the last reference to it.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self.running = False
        self.succeeded.connect(self._finished)
        self.failed.connect(self._finished)

    def start(self) -> None:
        self.running = True
        _keep_collections_short()
        QThreadPool.globalInstance().start(_Runner(self))

    def cancel(self) -> None:
        """Asks the work to stop before its next document; what is done is kept."""
        self._stop.set()

    def _finished(self) -> None:
        self.running = False

    def run(self) -> None:
        """Runs on a pool thread; every result leaves through a signal."""
        try:
            outcome = self._work(self.progressed.emit, self._stop.is_set)
        except UserError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(_("{reason}: {file}. Choose another folder and try again.").format(
                reason=error.strerror or str(error), file=error.filename or ""))
        except Exception:
            self.failed.emit(_("Something went wrong, and the documents were not all made. "
                               "Please tell your IT service."))
            raise
        else:
            self.succeeded.emit(outcome)


def _keep_collections_short() -> None:
    """Collects the young objects (about a millisecond), then freezes all that is left.

    What is frozen is never collected again, so any cycle of garbage among older
    objects stays; measured, that is about a hundred small objects a pack.
    """
    gc.collect(1)
    gc.freeze()


class _Runner(QRunnable):
    def __init__(self, work: DocumentWork) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work.run()
