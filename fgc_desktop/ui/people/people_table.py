"""The table of everyone in the conference, one row per person.

Keys, as in every table of the app (see ``table_keys``): Insert or Ctrl+N adds,
Delete removes (with Undo), Enter or F2 goes to the chosen person's details.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.people import PersonRow
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import label, language_label
from fgc_desktop.ui.people.table_keys import TableKeys
from fgc_desktop.ui.people.words import needs_words

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Name", "Role", "Relationship to the child", "Language", "Invitation", "Reply",
           "Needs")


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PersonRow] = []

    def set_rows(self, rows: Sequence[PersonRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[PersonRow]) -> bool:
        """Shows new values for the same people in the same order; False if they differ."""
        if [row.id for row in rows] != [row.id for row in self.rows]:
            return False
        self.rows = list(rows)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(COLUMNS) - 1))
        return True

    def row_of(self, person_id: int) -> int:
        return next((number for number, row in enumerate(self.rows) if row.id == person_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _cell(person, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tip(person, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and person.confidential:
            return icon("lock")
        if role == Qt.ItemDataRole.FontRole and person.is_subject_child and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _cell(person: PersonRow, column: int) -> str:
    if column == 0:
        return person.name
    if column == 1:
        return label(person.role)
    if column == 2:
        return person.relationship
    if column == 3:
        return language_label(person.language)
    if column == 4:
        return label(person.invitation)
    if column == 5:
        return label(person.reply)
    return needs_words(person.needs)


def _tip(person: PersonRow, column: int) -> str:
    if column == 0 and person.confidential:
        return _("{name}'s address and phone are confidential: they are never printed on "
                 "anyone else's papers.").format(name=person.name)
    if column == 0 and person.is_subject_child:
        return _("The meeting is about {name}.").format(name=person.name)
    if column == 3 and person.needs_interpreter:
        return _("Needs an interpreter: {language}").format(
            language=language_label(person.interpreter_language))
    return _cell(person, column)


class PeopleTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = PeopleModel(self)
        self.setModel(self.people)
        self.setAccessibleName(_("People in this conference"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.keys = TableKeys(self)

    def fit_columns(self) -> None:
        """Columns as wide as their words, names and relationships within reason."""
        self.resizeColumnsToContents()
        widest = self.fontMetrics().averageCharWidth() * 24
        for column in (0, 2):
            self.setColumnWidth(column, min(self.columnWidth(column), widest))

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self.people.rows[index.row()].id if index.isValid() else None

    def choose(self, person_id: int | None) -> None:
        row = self.people.row_of(person_id) if person_id is not None else -1
        if row < 0 and self.people.rows:
            row = 0
        if row >= 0:
            self.selectRow(row)
            self.setCurrentIndex(self.people.index(row, 0))
