"""The reading level's word list, loaded once off the UI thread so typing never waits for it.

``textstat`` reads its dictionary the first time it measures a text, which
takes about a second. The first checker made starts that work on the thread
pool; until it is done, checkers show their other findings and say the
reading level is on its way, then show it.

Signals:
    ready(): the reading level can now be measured at once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject, Signal

from fgc_desktop.domain.readability import measure
from fgc_desktop.ui.background import BackgroundTask

# Enough everyday words for the measurement to load everything it uses.
WARM_UP_TEXT = ("The family meets on Friday at the school. Gran brings the children, and "
                "everyone agrees a plan that keeps them safe.")


def _measure_once() -> object:
    return measure(WARM_UP_TEXT)


class ReadingLevels(QObject):
    ready = Signal()

    def __init__(self, work: Callable[[], object] = _measure_once,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.is_ready = False
        self._task = BackgroundTask(work, self)
        self._task.succeeded.connect(self._finished)
        # Should loading fail, measuring on the UI thread still works, only slower once.
        self._task.failed.connect(self._finished)

    def start(self) -> None:
        """Starts loading on the thread pool, once."""
        if not self.is_ready and not self._task.running:
            self._task.start()

    def _finished(self, _outcome: object) -> None:
        self.is_ready = True
        self.ready.emit()


@cache
def reading_levels() -> ReadingLevels:
    """The app's one loader, started the first time a checker asks for it."""
    levels = ReadingLevels()
    levels.start()
    return levels
