"""File ▸ History of changes: the audit trail of one conference, or of one person in it.

``AuditDialog(db, data_dir, parent, conference_id=None)``; pass the open
conference's id to start on it. Read-only: the trail cannot be changed from
the app. Deleted conferences and people are listed too, marked as deleted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.audit_view import (
    AuditLine,
    HistorySubject,
    conference_history,
    conferences_in_history,
    people_in_history,
)
from fgc_desktop.store.database import Database
from fgc_desktop.ui.dialog_parts import close_buttons, labelled_row, wrapped
from fgc_desktop.ui.labels import show_date_time

_SHOWN_CHARACTERS = 120


def _columns() -> list[str]:
    return [_("When"), _("Who"), _("Record"), _("What happened"), _("Field"), _("Before"),
            _("After")]


class AuditDialog(QDialog):
    """Chooses a conference and, if wanted, one person; shows their changes oldest first."""

    def __init__(self, db: Database, data_dir: Path, parent: QWidget | None = None,
                 conference_id: int | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(_("History of changes"))
        self.setAccessibleName(_("History of changes"))
        self.conference = QComboBox()
        self.conference.setAccessibleName(_("Conference"))
        self.person = QComboBox()
        self.person.setAccessibleName(_("Person"))
        self.table = QTableWidget(0, len(_columns()))
        self.table.setAccessibleName(_("Changes"))
        self.table.setHorizontalHeaderLabels(_columns())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (5, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.empty = wrapped("")
        form = QFormLayout()
        labelled_row(form, _("&Conference:"), self.conference)
        labelled_row(form, _("&Person:"), self.person)
        buttons = close_buttons()
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(_(
            "Every change is recorded with when it was made and by whom. "
            "This record cannot be changed.")))
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        for subject in conferences_in_history(db):
            self.conference.addItem(_label(subject), subject.id)
        self.conference.currentIndexChanged.connect(self._conference_chosen)
        self.person.currentIndexChanged.connect(self.refresh)
        if conference_id is not None:
            self.conference.setCurrentIndex(max(0, self.conference.findData(conference_id)))
        self._conference_chosen()
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 150, self.fontMetrics().height() * 34)

    def choose_person(self, participant_id: int | None) -> None:
        self.person.setCurrentIndex(max(0, self.person.findData(participant_id)))

    def refresh(self) -> None:
        conference_id = self.conference.currentData()
        lines: list[AuditLine] = []
        if conference_id is not None:
            lines = conference_history(self._db, conference_id, self.person.currentData())
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (show_date_time(line.at), line.actor, line.record, line.action, line.field,
                     line.before, line.after)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _cell(text))
        self.empty.setText("" if lines else _("No changes recorded here yet."))
        self.empty.setVisible(not lines)

    def _conference_chosen(self) -> None:
        conference_id = self.conference.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(_("Everyone and everything"), None)
        if conference_id is not None:
            for subject in people_in_history(self._db, conference_id):
                self.person.addItem(_label(subject), subject.id)
        self.person.blockSignals(False)
        self.refresh()


def _label(subject: HistorySubject) -> str:
    if subject.still_kept:
        return subject.label
    return _("{name} (deleted)").format(name=subject.label)


def _cell(text: str) -> QTableWidgetItem:
    """A cell showing the start of a long text; the whole of it is in the tooltip."""
    shown = text if len(text) <= _SHOWN_CHARACTERS else text[:_SHOWN_CHARACTERS] + "…"
    item = QTableWidgetItem(shown)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if shown != text:
        item.setToolTip(text)
    return item
