"""The preparation log as a table, and the editor for the visit or call chosen in it.

Every change in the editor is saved as it is made: typed text after a short
pause, a tick, a choice or a picked date at once.

Signals (of :class:`ContactEditor`):
    saved(str, object): a field and the value as stored.
    failed(str, str): a field and what is wrong with the value.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from fgc_desktop.domain.enums import ContactKind
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.contacts import ContactRow, update_contact_field
from fgc_desktop.store.database import Database
from fgc_desktop.ui.autosave import FieldSaver
from fgc_desktop.ui.labels import label, show_date
from fgc_desktop.ui.people.bound_fields import BoundFields
from fgc_desktop.ui.people.explained_boxes import ExplainedBoxes
from fgc_desktop.ui.people.table_keys import TableKeys
from fgc_desktop.ui.people.words import topic_words

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Date", "With", "How", "By", "What was explained", "Notes")


class ContactsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ContactRow] = []

    def set_rows(self, rows: Sequence[ContactRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[ContactRow]) -> bool:
        """Shows new values for the same contacts in the same order; False if they differ."""
        if [row.id for row in rows] != [row.id for row in self.rows]:
            return False
        self.rows = list(rows)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(COLUMNS) - 1))
        return True

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
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.AccessibleTextRole):
            return None
        contact = self.rows[index.row()]
        explained = ", ".join(topic_words(key) for key in contact.explained)
        cells = (show_date(contact.on), contact.person_name, label(contact.kind),
                 contact.by_whom, explained, contact.notes)
        text = cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " · ".join(line for line in text.splitlines() if line.strip())
        return text


class ContactsTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts = ContactsModel(self)
        self.setModel(self.contacts)
        self.setAccessibleName(_("Visits and calls"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.keys = TableKeys(self)

    def fit_columns(self) -> None:
        self.resizeColumnsToContents()
        widest = self.fontMetrics().averageCharWidth() * 30
        for column in range(len(COLUMNS) - 1):
            self.setColumnWidth(column, min(self.columnWidth(column), widest))

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self.contacts.rows[index.row()].id if index.isValid() else None

    def choose(self, contact_id: int | None) -> None:
        rows = [row.id for row in self.contacts.rows]
        if not rows:
            return
        row = rows.index(contact_id) if contact_id in rows else len(rows) - 1
        self.selectRow(row)
        self.setCurrentIndex(self.contacts.index(row, 0))


class ContactEditor(QWidget):
    saved = Signal(str, object)
    failed = Signal(str, str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.contact_id: int | None = None
        self.saver = FieldSaver(self._save, parent=self)
        self.saver.saved.connect(self.saved)
        self.saver.failed.connect(self.failed)
        self.fields = BoundFields(self.saver, self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kinds = [(label(kind), kind.value) for kind in ContactKind]
        for caption, editor in (
            (_("&With"), self.fields.choice("participant_id", _("With whom"))),
            (_("&Date"), self.fields.date("contact_on", _("Date of the visit or call"))),
            (_("Ho&w"), self.fields.choice("kind", _("How"), kinds)),
            (_("&By whom"), self.fields.line("by_whom", _("By whom"))),
            (_("&Notes"), self.fields.text("notes", _("Notes"), lines=4)),
        ):
            caption_label = QLabel(caption)
            caption_label.setBuddy(editor)
            form.addRow(caption_label, editor)
        self.explained = ExplainedBoxes()
        self.explained.changed.connect(self._explained_changed)
        self._form = QWidget()
        self._form.setLayout(form)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._side_by_side: bool | None = None
        self.fit_width(self.sizeHint().width())

    def fit_width(self, width: int) -> None:
        """The topics beside the form when there is room, else beneath it."""
        two = self.explained.width_for(2)
        beside = width >= self._form.minimumSizeHint().width() + two + self._layout.spacing()
        self.explained.set_columns(2 if beside or width >= two else 1)
        if beside == self._side_by_side:
            return
        self._side_by_side = beside
        self._layout.addWidget(self._form, 0, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(self.explained, 0 if beside else 1, 1 if beside else 0,
                               Qt.AlignmentFlag.AlignTop)
        self._layout.setColumnStretch(0, 1)
        self._layout.setColumnStretch(1, 1 if beside else 0)
        self._layout.setRowStretch(2, 1)

    def show_contact(self, contact: ContactRow | None, people: Sequence[tuple[int, str]]
                     ) -> None:
        """Shows one contact, after saving anything typed for the last one."""
        self.flush()
        self.contact_id = contact.id if contact else None
        self.setEnabled(contact is not None)
        self.fields.replace_items("participant_id",
                                  [(name, str(person_id)) for person_id, name in people])
        if contact is None:
            self.fields.load({"participant_id": "", "contact_on": None, "kind": "",
                              "by_whom": "", "notes": ""})
            self.explained.set_keys(())
            return
        self.fields.load({"participant_id": contact.person_id, "contact_on": contact.on,
                          "kind": contact.kind.value, "by_whom": contact.by_whom,
                          "notes": contact.notes})
        self.explained.set_keys(contact.explained)

    def flush(self) -> None:
        self.saver.flush()

    def _explained_changed(self, keys: list[str]) -> None:
        self.saver.edited("explained", keys)
        self.saver.flush()

    def _save(self, field: str, value: Any) -> Any:
        assert self.contact_id is not None
        if field == "participant_id":
            value = int(value)
        return update_contact_field(self.db, self.contact_id, field, value)
