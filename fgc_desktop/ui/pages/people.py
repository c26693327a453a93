"""The family network: everyone in the conference, their details, a picture, who must not meet.

Three tabs: the list of people with the chosen person's details beside it (saved
as they are typed), the picture of the network (printable), and the pairs of
people who must not meet. Removing a person also removes what belongs to them
(their visits and calls, seats at meetings, sharing decisions, “must not meet”
lines); Undo in the status line puts all of it back.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.enums import Role
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.stages import PageInfo
from fgc_desktop.i18n.catalogue import _, ngettext
from fgc_desktop.services.conferences import get_conference_fields
from fgc_desktop.services.people import PersonRow, add_person, list_people, remove_person
from fgc_desktop.services.removal import Removed, restore
from fgc_desktop.services.separations import list_separations
from fgc_desktop.store.database import Database
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import label, show_date
from fgc_desktop.ui.pages.base import WorkspacePage
from fgc_desktop.ui.people.contact_dialog import ContactDialog
from fgc_desktop.ui.people.network_panel import NetworkPanel
from fgc_desktop.ui.people.people_table import PeopleTable
from fgc_desktop.ui.people.person_editor import PersonEditor
from fgc_desktop.ui.people.scrolling import QuietScroll
from fgc_desktop.ui.people.separations_editor import SeparationsEditor
from fgc_desktop.ui.people.status_line import StatusLine
from fgc_desktop.ui.widgets import heading, note

LIST_TAB, PICTURE_TAB, SEPARATIONS_TAB = range(3)
# Wider than this many average characters, the details sit beside the table.
WIDE_CHARACTERS = 190


class PeoplePage(WorkspacePage):
    def __init__(self, db: Database, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.rows: list[PersonRow] = []
        self.contact_dialog: ContactDialog | None = None
        self._picture_stale = True
        self._quiet = False  # while the table is rebuilt; the editor is then told directly
        self.status = StatusLine()
        top = QHBoxLayout()
        top.addWidget(heading(_(info.title)), 1)
        top.addWidget(self.status, 2)

        self.table = PeopleTable()
        self.table.keys.add.connect(self.start_adding)
        self.table.keys.remove.connect(self.remove_current)
        self.table.keys.edit.connect(self._edit_current)
        self.table.selectionModel().currentRowChanged.connect(self._person_chosen)
        self.editor = PersonEditor(db)
        self.editor.saved.connect(self._saved)
        self.editor.failed.connect(self.status.problem)
        self.editor.log_contact_requested.connect(self.log_contact)
        self.picture = NetworkPanel()
        self.separations = SeparationsEditor(db)
        self.separations.saved.connect(self._separations_saved)
        self.separations.failed.connect(self.status.problem)
        self.separations.removed.connect(self._separation_removed)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_("Views of the family network"))
        self.tabs.tabBar().setAccessibleName(_("Views of the family network"))
        self.tabs.addTab(self._list_tab(), icon("users"), _("&List of people"))
        self.tabs.addTab(self.picture, icon("users-group"), _("P&icture of the network"))
        self.tabs.addTab(QuietScroll(self.separations), icon("lock"), _("&Must not meet"))
        self.tabs.currentChanged.connect(self._tab_chosen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The details beside the table when there is room, else beneath it."""
        wide = event.size().width() >= WIDE_CHARACTERS * self.fontMetrics().averageCharWidth()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.splitter.orientation():
            self.splitter.setOrientation(orientation)
            total = event.size().width() if wide else event.size().height()
            self.splitter.setSizes([total * 11 // 20, total * 9 // 20] if wide
                                   else [total * 2 // 5, total * 3 // 5])
        super().resizeEvent(event)

    def _list_tab(self) -> QWidget:
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(_("Given name of the new person"))
        self.new_name.setPlaceholderText(_("Given name"))
        self.new_name.returnPressed.connect(self.add_new_person)
        self.new_role = QComboBox()
        self.new_role.setAccessibleName(_("Role of the new person"))
        for role in Role:
            self.new_role.addItem(label(role), role.value)
        self.add_button = QPushButton(icon("user-plus"), _("&Add"))
        self.add_button.setAccessibleName(_("Add this person"))
        self.add_button.setToolTip(_("Add a person (Insert or Ctrl+N in the table)"))
        self.add_button.clicked.connect(self.add_new_person)
        adding = QHBoxLayout()
        caption = QLabel(_("New &person:"))
        caption.setBuddy(self.new_name)
        for widget in (caption, self.new_name, self.new_role, self.add_button):
            adding.addWidget(widget)
        adding.setStretch(1, 1)
        self.remove_button = QPushButton(icon("trash"), _("&Remove person"))
        self.remove_button.setAccessibleName(_("Remove the chosen person"))
        self.remove_button.setToolTip(_("Remove the chosen person (Delete). You can undo it."))
        self.remove_button.clicked.connect(self.remove_current)
        self.empty = note(_("No one is recorded yet. Add the child, the family's network "
                            "and the professionals here, one by one."))
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(adding)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        removing = QHBoxLayout()
        removing.addWidget(self.remove_button)
        removing.addStretch(1)
        column.addLayout(removing)

        scroll = QuietScroll(self.editor, self.editor.fit_width)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        return self.splitter

    def refresh(self) -> None:
        assert self.conference_id is not None
        self.status.clear()
        self.status.undo.dismiss()
        self._reload(self.table.current_id())

    def flush(self) -> None:
        self.editor.flush()
        self.separations.flush()

    def _reload(self, keep: int | None) -> None:
        """Reads everyone again and shows ``keep`` (or the first person) in the editor."""
        assert self.conference_id is not None
        self.rows = list_people(self.db, self.conference_id)
        self._quiet = True
        try:
            self.table.people.set_rows(self.rows)
            self.table.fit_columns()
            self.table.choose(keep)
        finally:
            self._quiet = False
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        self.remove_button.setEnabled(bool(self.rows))
        self.editor.show_person(self.table.current_id(), self.rows)
        self.separations.show_conference(
            self.conference_id, [(row.id, row.name) for row in self.rows])
        self._picture_changed()

    def _person_chosen(self, *_args: Any) -> None:
        person_id = self.table.current_id()
        if not self._quiet and person_id != self.editor.person_id:
            self.editor.show_person(person_id, self.rows)

    def _edit_current(self) -> None:
        if self.editor.person_id is not None:
            self.editor.fields.editors["given_name"].setFocus()

    def start_adding(self) -> None:
        self.tabs.setCurrentIndex(LIST_TAB)
        self.new_name.setFocus()
        self.new_name.selectAll()

    def add_new_person(self) -> None:
        assert self.conference_id is not None
        self.flush()
        try:
            person_id = add_person(self.db, self.conference_id, self.new_name.text(),
                                   self.new_role.currentData())
        except UserError as error:
            self.status.problem("new_person", str(error))
            self.new_name.setFocus()
            return
        self.new_name.clear()
        self.status.saved("new_person")
        self._reload(person_id)
        self.editor.fields.editors["family_name"].setFocus()
        self.conference_changed.emit()

    def remove_current(self) -> None:
        person_id = self.table.current_id()
        if person_id is None:
            return
        self.flush()
        row = self.table.currentIndex().row()
        try:
            removed = remove_person(self.db, person_id)
        except UserError as error:
            self.status.problem("remove", str(error))
            return
        neighbours = [other.id for other in self.rows if other.id != person_id]
        self._reload(neighbours[min(row, len(neighbours) - 1)] if neighbours else None)
        self.status.offer_undo(_removed_words(removed), lambda: self._put_back(removed))
        self.table.setFocus()
        self.conference_changed.emit()

    def _put_back(self, removed: Removed) -> None:
        try:
            restored = restore(self.db, removed)
        except UserError as error:
            self.status.problem("undo", str(error))
            return
        self.status.saved("undo")
        if removed.entity == "Participant":
            self._reload(restored)
        else:
            self._reload(self.table.current_id())
        self.conference_changed.emit()

    def _saved(self, field: str, _value: object) -> None:
        self.status.saved(field)
        assert self.conference_id is not None
        rows = list_people(self.db, self.conference_id)
        if self.table.people.update_rows(rows):
            self.rows = rows
        else:
            self._reload(self.editor.person_id)
        self._picture_changed()
        self.conference_changed.emit()

    def _separations_saved(self, field: str) -> None:
        self.status.saved(field)
        self._picture_changed()
        self.conference_changed.emit()

    def _separation_removed(self, removed: Removed) -> None:
        assert self.conference_id is not None
        self.separations.show_conference(self.conference_id,
                                         [(row.id, row.name) for row in self.rows])
        self.status.offer_undo(
            _("Removed the line: {pair} must not meet.").format(pair=removed.description),
            lambda: self._put_back(removed))
        self._picture_changed()
        self.conference_changed.emit()

    def log_contact(self) -> None:
        """Opens the dialog to log a visit or call with the chosen person."""
        assert self.conference_id is not None
        coordinator = str(get_conference_fields(self.db, self.conference_id)["coordinator_name"])
        dialog = ContactDialog(self.db, [(row.id, row.name) for row in self.rows],
                               self.editor.person_id, coordinator, self)
        dialog.logged.connect(self._contact_logged)
        dialog.finished.connect(dialog.deleteLater)
        self.contact_dialog = dialog
        dialog.open()

    def _contact_logged(self, _contact_id: int) -> None:
        assert self.conference_id is not None
        if self.editor.person_id is not None:
            self.editor.contacts.show_person(self.conference_id, self.editor.person_id)
        self.status.saved("contact")
        self.conference_changed.emit()

    def _picture_changed(self) -> None:
        self._picture_stale = True
        if self.tabs.currentIndex() == PICTURE_TAB:
            self._draw_picture()

    def _tab_chosen(self, index: int) -> None:
        self.flush()
        if index == PICTURE_TAB and self._picture_stale:
            self._draw_picture()

    def _draw_picture(self) -> None:
        assert self.conference_id is not None
        fields = get_conference_fields(self.db, self.conference_id)
        title = _("The family network of the {family} family ({reference}), {day}").format(
            family=fields["family_name"], reference=fields["reference"],
            day=show_date(date.today()))
        self.picture.show_network(list_people(self.db, self.conference_id),
                                  list_separations(self.db, self.conference_id), title,
                                  f"{fields['reference']}-network")
        self._picture_stale = False


def _removed_words(removed: Removed) -> str:
    count = len(removed.belongings)
    if not count:
        return _("Removed {name}.").format(name=removed.description)
    return ngettext(
        "Removed {name} and {count} record of theirs (visits, seats, sharing, "
        "must-not-meet lines).",
        "Removed {name} and {count} records of theirs (visits, seats, sharing, "
        "must-not-meet lines).", count).format(name=removed.description, count=count)
