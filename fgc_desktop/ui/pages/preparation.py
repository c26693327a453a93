"""The preparation log: every visit and call before the meeting, and who is still to contact.

The table lists the whole conference's visits and calls; the one chosen is
edited beneath it and saved as it is changed. Beside the table, each invited
family member and each child shows whether they have been contacted, as the
good-practice step reads it. A new contact is logged in a small dialog;
removing one can be undone from the status line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.stages import PageInfo
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.conferences import get_conference_fields
from fgc_desktop.services.contacts import contact_states, list_contacts, remove_contact
from fgc_desktop.services.people import list_people
from fgc_desktop.services.removal import Removed, restore
from fgc_desktop.store.database import Database
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.pages.base import WorkspacePage
from fgc_desktop.ui.people.contact_dialog import ContactDialog
from fgc_desktop.ui.people.contact_states import ContactStates
from fgc_desktop.ui.people.contacts_log import ContactEditor, ContactsTable
from fgc_desktop.ui.people.scrolling import QuietScroll
from fgc_desktop.ui.people.status_line import StatusLine
from fgc_desktop.ui.widgets import heading, note


class PreparationPage(WorkspacePage):
    def __init__(self, db: Database, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.people: list[tuple[int, str]] = []
        self.contact_dialog: ContactDialog | None = None
        self._quiet = False  # while the table is rebuilt under the contact being edited
        self._sized = False
        self.status = StatusLine()
        top = QHBoxLayout()
        top.addWidget(heading(_(info.title)), 1)
        top.addWidget(self.status, 2)

        self.log_button = QPushButton(icon("phone"), _("&Log a visit or call…"))
        self.log_button.setAccessibleName(_("Log a visit or call"))
        self.log_button.setToolTip(_("Log a visit or call (Insert or Ctrl+N in the table)"))
        self.log_button.clicked.connect(lambda: self.log_contact(None))
        self.remove_button = QPushButton(icon("trash"), _("&Remove"))
        self.remove_button.setAccessibleName(_("Remove the chosen visit or call"))
        self.remove_button.setToolTip(_("Remove the chosen visit or call (Delete). You can "
                                        "undo it."))
        self.remove_button.clicked.connect(self.remove_current)
        self.editor = ContactEditor(db)
        self.editor.saved.connect(self._saved)
        self.editor.failed.connect(self.status.problem)
        self.table = ContactsTable()
        self.table.keys.add.connect(lambda: self.log_contact(None))
        self.table.keys.remove.connect(self.remove_current)
        self.table.keys.edit.connect(lambda: self.editor.fields.editors["notes"].setFocus())
        self.table.selectionModel().currentRowChanged.connect(self._contact_chosen)
        self.empty = note(_("No visits or calls are logged yet. Each time you meet or call "
                            "someone to prepare them for the meeting, log it here, with what "
                            "you explained."))
        self.states = ContactStates()
        self.states.log_requested.connect(self.log_contact)

        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        log = QWidget()
        log_column = QVBoxLayout(log)
        log_column.setContentsMargins(0, 0, 0, 0)
        log_column.addLayout(buttons)
        log_column.addWidget(self.empty)
        log_column.addWidget(self.table, 1)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.setChildrenCollapsible(False)
        upper.addWidget(log)
        upper.addWidget(self.states)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(QuietScroll(self.editor, self.editor.fit_width))
        self.splitter.setStretchFactor(0, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Shares the height between the log and the editor once the page has a real size."""
        if not self._sized and event.size().height() > 0:
            self._sized = True
            height = event.size().height()
            self.splitter.setSizes([height * 11 // 20, height * 9 // 20])
        super().resizeEvent(event)

    def refresh(self) -> None:
        self.status.clear()
        self.status.undo.dismiss()
        self._reload(self.table.current_id())

    def flush(self) -> None:
        self.editor.flush()

    def _reload(self, keep: int | None) -> None:
        assert self.conference_id is not None
        self.people = [(row.id, row.name) for row in list_people(self.db, self.conference_id)]
        rows = list_contacts(self.db, self.conference_id)
        self.table.contacts.set_rows(rows)
        self.table.fit_columns()
        self.table.choose(keep)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.remove_button.setEnabled(bool(rows))
        self._contact_chosen()
        self.states.show_states(contact_states(self.db, self.conference_id))

    def _contact_chosen(self, *_args: Any) -> None:
        chosen = self.table.current_id()
        if self._quiet or (chosen is not None and chosen == self.editor.contact_id):
            return
        row = next((row for row in self.table.contacts.rows if row.id == chosen), None)
        self.editor.show_contact(row, self.people)

    def log_contact(self, person_id: int | None) -> None:
        """Opens the dialog to log a visit or call, with ``person_id`` chosen if given."""
        assert self.conference_id is not None
        self.flush()
        if not self.people:
            self.status.problem("contact", _("Add people on the People page first, then log "
                                             "your visits and calls with them here."))
            return
        coordinator = str(get_conference_fields(self.db, self.conference_id)["coordinator_name"])
        dialog = ContactDialog(self.db, self.people, person_id, coordinator, self)
        dialog.logged.connect(self._logged)
        dialog.finished.connect(dialog.deleteLater)
        self.contact_dialog = dialog
        dialog.open()

    def _logged(self, contact_id: int) -> None:
        self.status.saved("contact")
        self._reload(contact_id)
        self.conference_changed.emit()

    def remove_current(self) -> None:
        contact_id = self.table.current_id()
        if contact_id is None:
            return
        self.flush()
        try:
            removed = remove_contact(self.db, contact_id)
        except UserError as error:
            self.status.problem("remove", str(error))
            return
        self.editor.contact_id = None
        self._reload(None)
        self.status.offer_undo(
            _("Removed the visit or call with {name}.").format(name=removed.description),
            lambda: self._put_back(removed))
        self.table.setFocus()
        self.conference_changed.emit()

    def _put_back(self, removed: Removed) -> None:
        try:
            contact_id = restore(self.db, removed)
        except UserError as error:
            self.status.problem("undo", str(error))
            return
        self.status.saved("undo")
        self._reload(contact_id)
        self.conference_changed.emit()

    def _saved(self, field: str, _value: object) -> None:
        self.status.saved(field)
        assert self.conference_id is not None
        rows = list_contacts(self.db, self.conference_id)
        if not self.table.contacts.update_rows(rows):
            self._quiet = True
            try:
                self.table.contacts.set_rows(rows)
                self.table.choose(self.editor.contact_id)
            finally:
                self._quiet = False
        self.states.show_states(contact_states(self.db, self.conference_id))
        self.conference_changed.emit()
