"""A page's status line: “Saved”, or what could not be saved and why, and an Undo.

Problems are kept per field until that field saves, so a message never hides
another; the text is also the label's accessible description, for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.undo_notice import UndoNotice
from fgc_desktop.ui.widgets import note


class StatusLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = note()
        self.message.setAccessibleName(_("Saving"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.undo = UndoNotice()
        self._problems: dict[str, str] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo)

    @property
    def problems(self) -> dict[str, str]:
        return dict(self._problems)

    def saved(self, field: str = "") -> None:
        self._problems.pop(field, None)
        self._show(_("Saved"))

    def problem(self, field: str, message: str) -> None:
        self._problems[field] = message
        self._show("")

    def clear(self) -> None:
        self._problems.clear()
        self._show("")

    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        self.undo.offer(text, undo)
        self._show("")

    def _show(self, news: str) -> None:
        text = "\n".join(self._problems.values()) or news
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        font = self.message.font()
        font.setBold(bool(self._problems))
        self.message.setFont(font)
