"""Running slow file work (backups, restores) off the UI thread, with the result as a signal.

The work is a plain function that never touches widgets; its result, or the
message of the :class:`UserError` it raised, comes back on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _


class BackgroundTask(QObject):
    """One piece of work on the shared thread pool.

    Signals:
        succeeded(object): the work's return value.
        failed(str): a message for the coordinator.
    """

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.running = False

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(_Runner(self))

    def _finish(self, result: object, problem: str | None) -> None:
        self.running = False
        if problem is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(problem)


class _Relay(QObject):
    """Carries the outcome from the worker thread to the task, on the task's thread."""

    done = Signal(object, object)


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self._work = task._work
        self._relay = _Relay()
        self._relay.moveToThread(task.thread())
        self._relay.done.connect(task._finish)

    def run(self) -> None:
        try:
            result = self._work()
        except UserError as error:
            self._relay.done.emit(None, str(error))
        except OSError as error:
            self._relay.done.emit(None, _("{reason}. Check the folder and try again.").format(
                reason=error.strerror or str(error)))
        except Exception:
            self._relay.done.emit(None, _("Something went wrong, and nothing was changed. "
                                          "Please tell your IT service."))
            raise
        else:
            self._relay.done.emit(result, None)
