"""Logging a new visit or call: with whom, when, how, by whom, notes, what was explained.

The contact is saved when the coordinator presses “Log it”; a value the service
refuses is explained in the dialog, which stays open to put it right. Existing
contacts are edited on the Preparation page, where every change saves at once.

Signals:
    logged(int): the new contact's id.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.enums import ContactKind
from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.contacts import add_contact
from fgc_desktop.store.database import Database
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.labels import label
from fgc_desktop.ui.people.explained_boxes import ExplainedBoxes
from fgc_desktop.ui.widgets import note, plain

NOTES_LINES = 4


class ContactDialog(QDialog):
    logged = Signal(int)

    def __init__(
        self, db: Database, people: Sequence[tuple[int, str]], person_id: int | None,
        by_whom: str, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.contact_id: int | None = None
        self.setWindowTitle(_("Log a visit or call"))
        self.person = QComboBox()
        self.person.setAccessibleName(_("With whom"))
        for known_id, name in people:
            self.person.addItem(name, known_id)
        self.person.setCurrentIndex(max(self.person.findData(person_id), 0))
        self.on = DateField(_("Date of the visit or call"))
        self.on.set_date(date.today())
        self.kind = QComboBox()
        self.kind.setAccessibleName(_("How"))
        for kind in ContactKind:
            self.kind.addItem(label(kind), kind.value)
        self.by_whom = QLineEdit(by_whom)
        self.by_whom.setAccessibleName(_("By whom"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(_("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * NOTES_LINES)
        self.explained = ExplainedBoxes()
        self.problem = note()
        self.problem.setAccessibleName(_("Problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.log_button = buttons.addButton(_("&Log it"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.log_button.setAccessibleName(_("Log it"))
        self.log_button.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(plain(cancel.text()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        for caption, editor in ((_("&With"), self.person), (_("&Date"), self.on),
                                (_("&How"), self.kind), (_("&By whom"), self.by_whom),
                                (_("&Notes"), self.notes)):
            caption_label = QLabel(caption)
            caption_label.setBuddy(editor)
            form.addRow(caption_label, editor)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explained)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        person_id = self.person.currentData()
        if person_id is None:
            self._show_problem(_("Add the person to the family network first, then log "
                                 "the visit or call."))
            return
        try:
            self.contact_id = add_contact(
                self.db, int(person_id), self.on.text(), self.kind.currentData(),
                by_whom=self.by_whom.text(), notes=self.notes.toPlainText(),
                explained=self.explained.keys(),
            )
        except UserError as error:
            self._show_problem(str(error))
            return
        self.logged.emit(self.contact_id)
        super().accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleDescription(text)
