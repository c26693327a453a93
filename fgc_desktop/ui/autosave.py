"""Saving as you type: each edit is saved after a pause, and at once when asked.

There is no Save button to forget. The page calls :meth:`FieldSaver.edited`
on every keystroke and :meth:`FieldSaver.flush` when a field loses focus or the
page closes; a rejected value leaves the last good one in the database.

Signals:
    saved(str, object): a field and the value as stored.
    failed(str, str): a field and the message saying what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from fgc_desktop.domain.errors import UserError

SAVE_DELAY_MS = 400


class FieldSaver(QObject):
    saved = Signal(str, object)
    failed = Signal(str, str)

    def __init__(
        self, save: Callable[[str, Any], Any], delay_ms: int = SAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._pending: dict[str, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def edited(self, field: str, value: Any) -> None:
        """Remembers the newest value and restarts the pause."""
        self._pending[field] = value
        self._timer.start()

    def flush(self) -> None:
        """Saves every waiting edit now, one short session each."""
        self._timer.stop()
        while self._pending:
            field = next(iter(self._pending))
            value = self._pending.pop(field)
            try:
                stored = self._save(field, value)
            except UserError as error:
                self.failed.emit(field, str(error))
            else:
                self.saved.emit(field, stored)

    def discard(self) -> None:
        """Forgets waiting edits, e.g. when another conference is loaded after a flush."""
        self._timer.stop()
        self._pending.clear()

    def watch_focus(self, widget: QObject) -> None:
        """Saves at once when ``widget`` loses focus."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._pending:
            self.flush()
        return False
