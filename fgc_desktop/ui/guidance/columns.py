"""Widgets side by side when there is room, one under another when there is not.

So the overview reads well on a laptop at 150% scaling and on a wide screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class Columns(QWidget):
    def __init__(self, widgets: Sequence[QWidget], column_chars: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._column_width = self.fontMetrics().averageCharWidth() * column_chars
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self._arrange(1)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for column in range(len(self._widgets)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for index, widget in enumerate(self._widgets):
            self._grid.addWidget(widget, index // columns, index % columns,
                                 Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:
        fits = max(1, event.size().width() // max(1, self._column_width))
        self._arrange(min(len(self._widgets), fits))
        super().resizeEvent(event)
