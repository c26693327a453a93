"""The table of one Home section: a plain model of its lines and a read-only view of it.

A model and view rather than an item per cell: Home is read afresh each time
it is shown, and making, sizing and dropping a few thousand cell objects was
most of what showing it cost. Column widths are measured from the words once
per fill, not asked of every cell by the header.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.home.lines import Line

FEWEST_ROWS_IN_VIEW = 6
"""A long section shows at least this many lines, and more when the window has room."""
LONG_COLUMN_SHARE = 0.4
LONG_COLUMN_CHARS = 45
CELL_PADDING_CHARS = 2

AnyIndex = QModelIndex | QPersistentModelIndex


class LineModel(QAbstractTableModel):
    """The lines of one section, each cell's words also its tooltip."""

    def __init__(self, columns: Sequence[str]) -> None:
        super().__init__()
        self.columns = tuple(_(column) for column in columns)
        self.lines: tuple[Line, ...] = ()

    def show_lines(self, lines: Sequence[Line]) -> None:
        self.beginResetModel()
        self.lines = tuple(lines)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        return self.lines[index.row()].cells[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None


class LineTable(QTableView):
    """A read-only table of dashboard lines.

    Its chosen line is highlighted only while it has the keyboard, so one table
    stands out. A long column before the last is kept narrow enough to leave
    room for the last one.
    """

    def __init__(self, columns: Sequence[str], long_column: int | None) -> None:
        super().__init__()
        self.lines = LineModel(columns)
        self.setModel(self.lines)
        self._long_column = long_column
        self._widths: list[int] = []
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._size_columns()

    def show_lines(self, lines: Sequence[Line]) -> None:
        self.lines.show_lines(lines)
        self._size_columns()
        if lines:
            self.selectionModel().setCurrentIndex(
                self.lines.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.setMinimumHeight(self._height_for(min(len(lines), FEWEST_ROWS_IN_VIEW)))
        self.setMaximumHeight(self._height_for(len(lines)))

    def row_count(self) -> int:
        return self.lines.rowCount()

    def cell_text(self, row: int, column: int) -> str:
        return self.lines.lines[row].cells[column]

    def choose_row(self, row: int) -> None:
        self.setCurrentIndex(self.lines.index(row, 0))

    def target(self) -> tuple[int, str] | None:
        """The conference and page of the chosen line."""
        row = self.currentIndex().row()
        if not 0 <= row < len(self.lines.lines):
            return None
        line = self.lines.lines[row]
        return line.conference_id, line.page_key

    def _size_columns(self) -> None:
        """Each column as wide as its widest words (the heading's too), the long one capped;
        the last fills the room that is left."""
        cells = self.fontMetrics()
        titles = self.horizontalHeader().fontMetrics()
        padding = CELL_PADDING_CHARS * cells.averageCharWidth()
        self._widths = [
            max([titles.horizontalAdvance(title) + padding]
                + [cells.horizontalAdvance(text) + padding
                   for text in {line.cells[column] for line in self.lines.lines}])
            for column, title in enumerate(self.lines.columns)
        ]
        last = len(self._widths) - 1
        for column, width in enumerate(self._widths[:last]):
            if column != self._long_column:
                self.setColumnWidth(column, width)
        self._fit_long_column()

    def _height_for(self, rows: int) -> int:
        return (self.horizontalHeader().sizeHint().height()
                + max(rows, 1) * self.verticalHeader().defaultSectionSize()
                + 2 * self.frameWidth())

    def _fit_long_column(self) -> None:
        if self._long_column is None:
            return
        room = max(LONG_COLUMN_CHARS * self.fontMetrics().averageCharWidth(),
                   int(self.viewport().width() * LONG_COLUMN_SHARE))
        self.setColumnWidth(self._long_column, min(room, self._widths[self._long_column]))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_long_column()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if (row := self.currentIndex().row()) >= 0:
            self.selectRow(row)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.clearSelection()
