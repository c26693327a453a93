"""The keys every table of the app answers: Insert or Ctrl+N adds, Delete removes, Enter edits.

Ctrl+N is claimed while the table has focus, so it adds a row there rather
than a new conference (the window's Ctrl+N).

Signals:
    add(): Insert or Ctrl+N.
    remove(): Delete.
    edit(): Enter, Return or F2.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView


class TableKeys(QObject):
    add = Signal()
    remove = Signal()
    edit = Signal()

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() in (QEvent.Type.ShortcutOverride,
                                                      QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            signal = self._signal_for(event)
            if signal is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    signal.emit()
                return True
        return super().eventFilter(watched, event)

    def _signal_for(self, event: QKeyEvent) -> SignalInstance | None:
        if event.matches(QKeySequence.StandardKey.New) or event.key() == Qt.Key.Key_Insert:
            return self.add
        if event.key() == Qt.Key.Key_Delete:
            return self.remove
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            return self.edit
        return None
