"""People who must not meet: add a pair, write why and how they are kept apart, remove.

Signals:
    saved(str): a field saved (“separation”, “reason”, “arrangement”).
    failed(str, str): a field and what is wrong.
    removed(object): a :class:`Removed` snapshot, for the page to offer Undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.separations import (
    SeparationRow,
    add_separation,
    list_separations,
    remove_separation,
    update_separation_field,
)
from fgc_desktop.store.database import Database
from fgc_desktop.ui.autosave import FieldSaver
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.people.bound_fields import BoundFields
from fgc_desktop.ui.people.table_keys import TableKeys
from fgc_desktop.ui.widgets import note

ID_ROLE = Qt.ItemDataRole.UserRole


class SeparationsEditor(QWidget):
    saved = Signal(str)
    failed = Signal(str, str)
    removed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.conference_id: int | None = None
        self._people: list[tuple[int, str]] = []
        self._showing: int | None = None
        self.saver = FieldSaver(self._save, parent=self)
        self.saver.saved.connect(lambda field, _value: self.saved.emit(field))
        self.saver.failed.connect(self.failed)
        self.fields = BoundFields(self.saver, self)

        self.first = QComboBox()
        self.first.setAccessibleName(_("First person who must not meet"))
        self.second = QComboBox()
        self.second.setAccessibleName(_("Second person who must not meet"))
        self.add_button = QPushButton(icon("plus"), _("A&dd this pair"))
        self.add_button.setAccessibleName(_("Add this pair"))
        self.add_button.clicked.connect(self.add_pair)
        adding = QGroupBox(_("Two people who must not meet"))
        grid = QGridLayout(adding)
        for column, (caption, combo) in enumerate(((_("&One person"), self.first),
                                                   (_("and &the other"), self.second))):
            caption_label = QLabel(caption)
            caption_label.setBuddy(combo)
            grid.addWidget(caption_label, 0, 2 * column)
            grid.addWidget(combo, 0, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        grid.addWidget(self.add_button, 0, 4)

        self.pairs = QListWidget()
        self.pairs.setAccessibleName(_("People who must not meet"))
        self.pairs.currentItemChanged.connect(self._chosen)
        keys = TableKeys(self.pairs)
        keys.add.connect(self.first.setFocus)
        keys.remove.connect(self.remove_current)
        keys.edit.connect(lambda: self.fields.editors["reason"].setFocus())
        self.remove_button = QPushButton(icon("trash"), _("Remo&ve this pair"))
        self.remove_button.setAccessibleName(_("Remove this pair"))
        self.remove_button.clicked.connect(self.remove_current)
        self.details = QGroupBox(_("Why, and how they are kept apart"))
        form = QFormLayout(self.details)
        for field, caption, name in (
            ("reason", _("&Why they must not meet"), _("Why they must not meet")),
            ("arrangement", _("&How they are kept apart"), _("How they are kept apart")),
        ):
            editor = self.fields.text(field, name, lines=3)
            caption_label = QLabel(caption)
            caption_label.setBuddy(editor)
            form.addRow(caption_label, editor)
        self.empty = note(_("No one is recorded as someone who must not meet another person. "
                            "If a court order or a risk of harm keeps two people apart, "
                            "add them here; the meeting arrangements will warn if both are "
                            "invited to the same part."))

        layout = QVBoxLayout(self)
        layout.addWidget(adding)
        layout.addWidget(self.empty)
        layout.addWidget(self.pairs)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.details, 1)

    def show_conference(self, conference_id: int, people: Sequence[tuple[int, str]],
                        keep: int | None = None) -> None:
        """Shows the pairs recorded, and everyone to choose from as ``(id, name)``."""
        self.flush()
        self.conference_id = conference_id
        self._people = list(people)
        for combo in (self.first, self.second):
            chosen = combo.currentData()
            combo.clear()
            for person_id, name in people:
                combo.addItem(name, person_id)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
        if self.second.count() > 1 and self.second.currentIndex() == self.first.currentIndex():
            self.second.setCurrentIndex(1)
        rows = list_separations(self.db, conference_id)
        self.pairs.blockSignals(True)
        self.pairs.clear()
        for row in rows:
            item = QListWidgetItem(_pair_words(row))
            item.setData(ID_ROLE, row.id)
            self.pairs.addItem(item)
        self.pairs.blockSignals(False)
        self.empty.setVisible(not rows)
        self.pairs.setVisible(bool(rows))
        self.add_button.setEnabled(len(people) > 1)
        ids = [row.id for row in rows]
        self.pairs.setCurrentRow(ids.index(keep) if keep in ids else 0 if ids else -1)
        self._chosen()

    def flush(self) -> None:
        self.saver.flush()

    def current_id(self) -> int | None:
        item = self.pairs.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def add_pair(self) -> None:
        assert self.conference_id is not None
        first, second = self.first.currentData(), self.second.currentData()
        if first is None or second is None:
            return
        try:
            new_id = add_separation(self.db, self.conference_id, first, second)
        except UserError as error:
            self.failed.emit("separation", str(error))
            return
        self.saved.emit("separation")
        self._reload(new_id)
        self.fields.editors["reason"].setFocus()

    def remove_current(self) -> None:
        separation_id = self.current_id()
        if separation_id is None:
            return
        self.flush()
        try:
            removed = remove_separation(self.db, separation_id)
        except UserError as error:
            self.failed.emit("separation", str(error))
            return
        self.removed.emit(removed)

    def _reload(self, keep: int | None) -> None:
        assert self.conference_id is not None
        self.show_conference(self.conference_id, self._people, keep)

    def _chosen(self, *_args: Any) -> None:
        """Shows the pair chosen, read fresh, after saving what was typed for the last one."""
        self.flush()
        self._showing = self.current_id()
        self.details.setEnabled(self._showing is not None)
        self.remove_button.setEnabled(self._showing is not None)
        row = next((row for row in list_separations(self.db, self.conference_id or 0)
                    if row.id == self._showing), None)
        self.fields.load({"reason": row.reason if row else "",
                          "arrangement": row.arrangement if row else ""})

    def _save(self, field: str, value: Any) -> Any:
        assert self._showing is not None
        return update_separation_field(self.db, self._showing, field, value)


def _pair_words(row: SeparationRow) -> str:
    return _("{first} must not meet {second}").format(first=row.first_name,
                                                      second=row.second_name)
