"""A read-only page: headed sections of facts and tables, or a plain sentence when empty.

Later issues turn these pages into editors; until then each shows what is
recorded, so a coordinator can read a whole case from the workspace.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.stages import PageInfo
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.store.database import Database
from fgc_desktop.ui.pages.base import WorkspacePage
from fgc_desktop.ui.widgets import heading, note, plain

Facts = Sequence[tuple[str, str]]


class SummaryPage(WorkspacePage):
    """Subclasses write :meth:`fill`, calling the ``add_`` helpers in reading order."""

    def __init__(self, db: Database, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setAccessibleName(_(info.title))
        self._body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(_(info.title)))
        layout.addWidget(self._scroll, 1)

    def refresh(self) -> None:
        content = QWidget()
        self._body = QVBoxLayout(content)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(self._body.spacing() * 2)
        assert self.conference_id is not None
        self.fill(self.conference_id)
        self._body.addStretch(1)
        self._scroll.setWidget(content)

    def fill(self, conference_id: int) -> None:
        raise NotImplementedError

    def add_section(self, title: str) -> None:
        self._body.addWidget(heading(title, 1.1))

    def add_sentence(self, text: str) -> None:
        self._body.addWidget(note(text))

    def add_facts(self, facts: Facts) -> None:
        """Pairs of a caption and a value; an empty value reads “Not recorded”."""
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, value in facts:
            shown = QLabel(value or _("Not recorded"))
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(plain(caption))
            form.addRow(caption, shown)
        holder = QWidget()
        holder.setLayout(form)
        self._body.addWidget(holder)

    def add_table(
        self, name: str, headers: Sequence[str], rows: Sequence[Sequence[str]]
    ) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels(list(headers))
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        for row_number, row in enumerate(rows):
            for column, text in enumerate(row):
                one_line = " · ".join(part for part in text.splitlines() if part.strip())
                item = QTableWidgetItem(one_line)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if one_line != text or len(text) > 40:
                    item.setToolTip(text)
                table.setItem(row_number, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        # The page scrolls, not the table: the table is as tall as its rows.
        table.setFixedHeight(header.sizeHint().height() + table.verticalHeader().length()
                             + 2 * table.frameWidth())
        self._body.addWidget(table)
        return table
