"""Consent on the referral page: who gave, refused or withdrew it, and when.

Signals:
    changed(): a consent entry was recorded, removed or put back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fgc_desktop.domain.enums import ConsentEvent
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.consent import (
    consent_givers,
    list_consents,
    put_back_consent,
    record_consent,
    remove_consent,
)
from fgc_desktop.services.removal import Removed
from fgc_desktop.store.database import Database
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.labels import show_date
from fgc_desktop.ui.widgets import note

EVENT_WORDS = {
    ConsentEvent.GIVEN: N_("Gave consent"),
    ConsentEvent.REFUSED: N_("Refused"),
    ConsentEvent.WITHDRAWN: N_("Withdrew consent"),
}
SOMEONE_ELSE = -1


class ConsentPanel(QGroupBox):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(_("Consent"), parent)
        self.db = db
        self.conference_id: int | None = None
        self._removed: Removed | None = None

        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(_("Consent recorded"))
        self.table.setHorizontalHeaderLabels([_("Date"), _("Who"), _("What"), _("Notes")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(self.table.sizeHintForRow(0) * 5 + 40)

        self.who = QComboBox()
        self.who.setAccessibleName(_("Who"))
        self.other_name = QLineEdit()
        self.other_name.setAccessibleName(_("Name of someone else"))
        self.other_name.setPlaceholderText(_("Name, if someone else"))
        self.decision = QComboBox()
        self.decision.setAccessibleName(_("What they decided"))
        for event, words in EVENT_WORDS.items():
            self.decision.addItem(_(words), event)
        self.on = DateField(_("Date of consent"))
        self.notes = QLineEdit()
        self.notes.setAccessibleName(_("Notes on consent"))
        self.notes.setPlaceholderText(_("Notes (optional)"))
        self.record = QPushButton(_("&Record"))
        self.record.setAccessibleName(_("Record consent"))
        self.record.clicked.connect(self._record)
        self.remove = QPushButton(_("Remove entry"))
        self.remove.setAccessibleName(_("Remove the chosen consent entry"))
        self.remove.clicked.connect(self._remove)
        self.undo = QPushButton(_("Undo"))
        self.undo.setAccessibleName(_("Undo removing the consent entry"))
        self.undo.clicked.connect(self._undo)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(_("Consent message"))

        form = QGridLayout(self)
        form.addWidget(note(_("Parents with parental responsibility agree to the meeting, and "
                              "can change their mind at any time.")), 0, 0, 1, 4)
        form.addWidget(self.table, 1, 0, 1, 4)
        form.addWidget(self.who, 2, 0)
        form.addWidget(self.other_name, 2, 1)
        form.addWidget(self.decision, 2, 2)
        form.addWidget(self.on, 2, 3)
        form.addWidget(self.notes, 3, 0, 1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record)
        buttons.addWidget(self.remove)
        buttons.addWidget(self.undo)
        form.addLayout(buttons, 3, 3)
        form.addWidget(self.message, 4, 0, 1, 4)

    def load(self, conference_id: int) -> None:
        self.conference_id = conference_id
        self._removed = None
        self.who.clear()
        for giver in consent_givers(self.db, conference_id):
            self.who.addItem(giver.name, giver.id)
        self.who.addItem(_("Someone else"), SOMEONE_ELSE)
        self.on.set_date(date.today())
        self._fill()

    def _fill(self) -> None:
        lines = list_consents(self.db, self.conference_id) if self.conference_id else []
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (show_date(line.on), line.by_name, _(EVENT_WORDS[line.event]), line.notes)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, line.id)
                self.table.setItem(row, column, item)
        self.remove.setEnabled(bool(lines))
        self.undo.setVisible(self._removed is not None)

    def _record(self) -> None:
        if self.conference_id is None:
            return
        chosen = self.who.currentData()
        try:
            record_consent(
                self.db, self.conference_id, self.decision.currentData(), self.on.text(),
                participant_id=None if chosen == SOMEONE_ELSE else chosen,
                by_name=self.other_name.text(), notes=self.notes.text(),
            )
        except UserError as error:
            self.message.setText(str(error))
            return
        self.message.setText(_("Recorded."))
        self.notes.clear()
        self.other_name.clear()
        self._after_change()

    def _remove(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            self.message.setText(_("Choose the entry to remove first."))
            return
        try:
            self._removed = remove_consent(self.db, int(item.data(Qt.ItemDataRole.UserRole)))
        except UserError as error:
            self.message.setText(str(error))
            return
        self.message.setText(_("Entry removed. Choose Undo to put it back."))
        self._after_change()

    def _undo(self) -> None:
        if self._removed is None:
            return
        put_back_consent(self.db, self._removed)
        self._removed = None
        self.message.setText(_("Put back."))
        self._after_change()

    def _after_change(self) -> None:
        self._fill()
        self.changed.emit()
