"""One section of Home: a heading with its count, a table of lines, or a plain sentence.

Signals:
    open_requested(int, str): open this conference at this page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from fgc_desktop.ui.home.lines import Line
from fgc_desktop.ui.home.table import LineTable
from fgc_desktop.ui.widgets import heading, note


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
        return self.table.row_count() > 0

    def _activated(self) -> None:
        if (target := self.table.target()) is not None:
            self.open_requested.emit(*target)
