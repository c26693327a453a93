"""A note in the status bar with an Undo button, for actions that are cheap to take back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fgc_desktop.i18n.catalogue import _

SHOWN_FOR_MS = 20_000


class UndoNotice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.button = QPushButton(_("&Undo"))
        self.button.setAccessibleName(_("Undo"))
        self.button.clicked.connect(self.undo)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_FOR_MS)
        self._timer.timeout.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.button)
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self._undo = undo
        self.show()
        self._timer.start()

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.dismiss()
        if action is not None:
            action()

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo = None
        self.hide()
