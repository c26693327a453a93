"""File ▸ Records past their keeping period: review them, tick, and delete for good.

``RetentionDialog(db, data_dir, parent)``; emits ``deleted(list)`` with the
references deleted, so the conference list can refresh. Nothing is ticked at
first, and deleting asks once more inside the dialog. Deleting removes the
conference's history of changes too; the notes left behind (reference, when,
by whom) are listed under the table.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _, ngettext
from fgc_desktop.services.retention import (
    RetentionCandidate,
    delete_for_retention,
    due_for_deletion,
    past_deletions,
)
from fgc_desktop.services.settings import get_setting
from fgc_desktop.store.database import Database
from fgc_desktop.ui.dialog_parts import close_buttons, wrapped
from fgc_desktop.ui.labels import show_date, show_date_time
from fgc_desktop.ui.settings_widgets import MessageLabel


class RetentionDialog(QDialog):
    """The list of conferences due for deletion, with a tick box for each."""

    deleted = Signal(list)

    def __init__(self, db: Database, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._candidates: list[RetentionCandidate] = []
        self.setWindowTitle(_("Records past their keeping period"))
        self.setAccessibleName(_("Records past their keeping period"))
        months = int(get_setting(db, "retention_months"))
        self.table = _table(_("Conferences past their keeping period"),
                            [_("Reference"), _("Family name"), _("Closed on"), _("Archived on")])
        self.table.itemChanged.connect(self._update_buttons)
        self.earlier = _table(_("Conferences deleted earlier"),
                              [_("Reference"), _("Deleted"), _("By")])
        self.message = MessageLabel()
        self.delete_button = QPushButton(_("&Delete the ticked records…"))
        self.delete_button.setAccessibleName(_("Delete the ticked records"))
        self.delete_button.clicked.connect(self.ask_to_delete)
        self.confirm = _Confirmation(self)
        self.confirm.yes.clicked.connect(self.confirm_delete)
        self.confirm.no.clicked.connect(self.confirm.hide)
        buttons = close_buttons()
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(_(
            "Your service keeps closed records for {months} months (see Settings). These "
            "conferences were closed or archived longer ago than that. Check each one "
            "against your records policy, tick those to delete, then delete them.").format(
                months=months)))
        layout.addWidget(wrapped(_(
            "Deleting cannot be undone. It removes everything recorded about the family, "
            "and the conference's history of changes too. All that is kept is a note of "
            "its reference, when it was deleted and by whom.")))
        layout.addWidget(self.table, 3)
        layout.addWidget(self.message)
        layout.addWidget(self.confirm)
        self.earlier_label = QLabel(_("Deleted &earlier:"))
        self.earlier_label.setBuddy(self.earlier)
        layout.addWidget(self.earlier_label)
        layout.addWidget(self.earlier, 1)
        layout.addWidget(buttons)
        self.refresh()
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 100, self.fontMetrics().height() * 28)

    def refresh(self) -> None:
        self._candidates = due_for_deletion(self._db)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._candidates))
        for row, candidate in enumerate(self._candidates):
            tick = QTableWidgetItem(candidate.reference)
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, tick)
            for column, text in enumerate((candidate.family_name, show_date(candidate.closed_on),
                                           show_date(candidate.archived_on)), start=1):
                self.table.setItem(row, column, _read_only(text))
        self.table.blockSignals(False)
        if not self._candidates:
            self.message.show_note(_("No conference is past the keeping period."))
        self._show_earlier()
        self._update_buttons()

    def _show_earlier(self) -> None:
        earlier = past_deletions(self._db)
        self.earlier.setRowCount(len(earlier))
        for row, past in enumerate(earlier):
            for column, text in enumerate(
                    (past.reference, show_date_time(past.deleted_at), past.deleted_by)):
                self.earlier.setItem(row, column, _read_only(text))
        self.earlier_label.setVisible(bool(earlier))
        self.earlier.setVisible(bool(earlier))

    def set_ticked(self, reference: str, ticked: bool = True) -> None:
        for row, candidate in enumerate(self._candidates):
            if candidate.reference == reference:
                state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                self._tick(row).setCheckState(state)

    def ticked(self) -> list[RetentionCandidate]:
        return [candidate for row, candidate in enumerate(self._candidates)
                if self._tick(row).checkState() == Qt.CheckState.Checked]

    def ask_to_delete(self) -> None:
        chosen = self.ticked()
        if chosen:
            self.confirm.ask(len(chosen))

    def confirm_delete(self) -> None:
        self.confirm.hide()
        try:
            references = delete_for_retention(self._db, [item.id for item in self.ticked()])
        except UserError as error:
            self.message.show_problem(str(error))
            self.refresh()
            return
        self.refresh()
        self.message.show_note(_("Deleted: {references}.").format(
            references=", ".join(references)))
        self.deleted.emit(references)

    def _tick(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, 0)
        assert item is not None
        return item

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.ticked()))


def _table(name: str, headings: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class _Confirmation(QWidget):
    """Asks once more, inside the dialog, before anything is deleted."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.question = wrapped("")
        self.yes = QPushButton(_("&Yes, delete for good"))
        self.yes.setAccessibleName(_("Yes, delete for good"))
        self.no = QPushButton(_("&Keep them"))
        self.no.setAccessibleName(_("Keep them"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.question, 1)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        self.hide()

    def ask(self, count: int) -> None:
        self.question.setText(ngettext(
            "Delete this conference, everything recorded in it and its history of "
            "changes? This cannot be undone.",
            "Delete these {count} conferences, everything recorded in them and their "
            "history of changes? This cannot be undone.", count).format(count=count))
        self.show()
        self.yes.setFocus()
