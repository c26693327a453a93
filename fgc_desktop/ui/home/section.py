"""One section of Home: a heading with its count, a table of lines, or a plain sentence.

Signals:
    open_requested(int, str): open this conference at this page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.home.lines import Line
from fgc_desktop.ui.widgets import heading, note

TARGET_ROLE = Qt.ItemDataRole.UserRole
FEWEST_ROWS_IN_VIEW = 6
"""A long section shows at least this many lines, and more when the window has room."""
LONG_COLUMN_SHARE = 0.4
LONG_COLUMN_CHARS = 45


class LineTable(QTableWidget):
    """A read-only table of dashboard lines.

    Its chosen line is highlighted only while it has the keyboard, so one table
    stands out. A long column before the last is kept narrow enough to leave
    room for the last one.
    """

    def __init__(self, columns: Sequence[str], long_column: int | None) -> None:
        super().__init__(0, len(columns))
        self._long_column = long_column
        self.setHorizontalHeaderLabels([_(column) for column in columns])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        self._size_columns_to_contents()
        header.setStretchLastSection(True)

    def _size_columns_to_contents(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self._long_column is not None:
            header.setSectionResizeMode(self._long_column, QHeaderView.ResizeMode.Interactive)

    def show_lines(self, lines: Sequence[Line]) -> None:
        # Sizing columns to their contents after every cell made a refill of a few
        # hundred lines take seconds; measure once, after all cells are in.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.clearContents()
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(line.cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
            first = self.item(row, 0)
            assert first is not None
            first.setData(TARGET_ROLE, (line.conference_id, line.page_key))
        self._size_columns_to_contents()
        if lines:
            self.setCurrentCell(0, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.setMinimumHeight(self._height_for(min(len(lines), FEWEST_ROWS_IN_VIEW)))
        self.setMaximumHeight(self._height_for(len(lines)))
        self._fit_long_column()

    def target(self) -> tuple[int, str] | None:
        """The conference and page of the chosen line."""
        item = self.item(self.currentRow(), 0)
        if item is None:
            return None
        conference_id, page_key = item.data(TARGET_ROLE)
        return int(conference_id), str(page_key)

    def _height_for(self, rows: int) -> int:
        return (self.horizontalHeader().sizeHint().height()
                + max(rows, 1) * self.verticalHeader().defaultSectionSize()
                + 2 * self.frameWidth())

    def _fit_long_column(self) -> None:
        if self._long_column is None:
            return
        room = max(LONG_COLUMN_CHARS * self.fontMetrics().averageCharWidth(),
                   int(self.viewport().width() * LONG_COLUMN_SHARE))
        self.setColumnWidth(self._long_column,
                            min(room, self.sizeHintForColumn(self._long_column)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_long_column()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.currentRow() >= 0:
            self.selectRow(self.currentRow())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.clearSelection()


class DashboardSection(QWidget):
    open_requested = Signal(int, str)

    def __init__(self, title: str, empty: str, columns: Sequence[str],
                 long_column: int | None = None, parent: QWidget | None = None) -> None:
        """``title`` holds ``{n}`` for the count; ``empty`` is said when there is nothing."""
        super().__init__(parent)
        self._title = title
        self.heading = heading("", 1.15)
        self.cut_short = note()
        self.cut_short.hide()
        self.empty = note(empty)
        self.empty.setAccessibleName(empty)
        self.table = LineTable(columns, long_column)
        self.table.activated.connect(self._activated)

        for words in (self.heading, self.cut_short, self.empty):
            words.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinAndMaxSize)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.cut_short)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def show_lines(self, lines: Sequence[Line], total: int, cut_short: str = "") -> None:
        """Shows the lines, the count of all of them, and why some are left out, if they are."""
        title = self._title.format(n=f"{total:,}")
        self.heading.setText(title)
        self.heading.setAccessibleName(title)
        self.table.setAccessibleName(title)
        self.cut_short.setText(cut_short)
        self.cut_short.setVisible(bool(cut_short))
        self.table.show_lines(lines)
        self.table.setVisible(bool(lines))
        self.empty.setVisible(not lines)
        policy = QSizePolicy.Policy.Expanding if lines else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, policy)

    def has_lines(self) -> bool:
        return self.table.rowCount() > 0

    def _activated(self) -> None:
        if (target := self.table.target()) is not None:
            self.open_requested.emit(*target)
