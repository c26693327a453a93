"""The glossary: the words the checker flags, and the service's own words to add or remove.

The app's words are shown for reference; the service's words can be added and
removed (with Undo). Every change is saved at once and counts at once in every
checker on the same database.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.plain_words import GlossaryEntry, builtin_glossary
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import glossary as service
from fgc_desktop.store.database import Database
from fgc_desktop.ui.dialog_parts import close_buttons, labelled_row, wrapped
from fgc_desktop.ui.plain_language.source import glossary_source
from fgc_desktop.ui.undo_notice import UndoNotice
from fgc_desktop.ui.widgets import heading

WIDEST_COLUMN_CHARACTERS = 36


class GlossaryDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, suggested: str = "") -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(_("Glossary"))
        self.setAccessibleName(_("Glossary"))
        self.term = _line(_("Word or phrase"), suggested)
        self.plainer = _line(_("Plainer words"))
        self.note = _line(_("Note for coordinators"))
        self.add_button = QPushButton(_("&Add to the glossary"))
        self.add_button.setAccessibleName(_("Add to the glossary"))
        self.add_button.clicked.connect(self.add)
        for line in (self.term, self.plainer, self.note):
            line.returnPressed.connect(self.add)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(_("Problem"))
        self.own = _table([_("Word or phrase"), _("Plainer words"), _("Note")],
                          _("Your service's words"))
        self.empty = QLabel(_("Your service has not added any words yet."))
        self.remove_button = QPushButton(_("&Remove"))
        self.remove_button.setAccessibleName(_("Remove the chosen word"))
        self.remove_button.clicked.connect(self.remove_chosen)
        self.own.installEventFilter(self)
        self.undo = UndoNotice(self)
        self.app_words = _table([_("Word"), _("Also written"), _("Plainer words"), _("Note")],
                                _("Words that come with the app"))
        _fill(self.app_words, [(entry.term, ", ".join(entry.also), entry.plainer, entry.note)
                               for entry in builtin_glossary().entries])

        tabs = QTabWidget()
        tabs.setAccessibleName(_("Glossary words"))
        tabs.addTab(self._own_tab(), _("Your &service's words"))
        tabs.addTab(self.app_words, _("Words that come &with the app"))
        buttons = close_buttons()
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Glossary")))
        layout.addWidget(wrapped(_(
            "The plain-words checker suggests plainer words for these. Add the words your "
            "service wants families spared. They count at once, for everyone who uses "
            "this database.")))
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self._show_own()
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 120, self.fontMetrics().height() * 32)

    def _own_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout()
        labelled_row(form, _("&Word or phrase"), self.term)
        labelled_row(form, _("&Plainer words"), self.plainer)
        labelled_row(form, _("&Note (optional)"), self.note)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.problem, 1)
        under = QHBoxLayout()
        under.addWidget(self.remove_button)
        under.addWidget(self.undo)
        under.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.own, 1)
        layout.addLayout(under)
        return tab

    def add(self) -> None:
        """Adds the typed word; what is wrong is said beside the button."""
        try:
            entry = service.add_term(self._db, self.term.text(), self.plainer.text(),
                                     self.note.text())
        except UserError as error:
            self._say(str(error))
            return
        for line in (self.term, self.plainer, self.note):
            line.clear()
        self._changed(_("Added “{word}”.").format(word=entry.term))
        self.term.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the service's list removes the chosen word (Undo puts it back)."""
        if (watched is self.own and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete):
            self.remove_chosen()
            return True
        return super().eventFilter(watched, event)

    def remove_chosen(self) -> None:
        row = self.own.currentRow()
        item = self.own.item(row, 0) if row >= 0 else None
        if item is None:
            self._say(_("Choose a word in the list first."))
            return
        try:
            removed = service.remove_term(self._db, item.text())
        except UserError as error:
            self._say(str(error))
            return
        self._changed("")
        self.undo.offer(_("Removed “{word}”.").format(word=removed.term),
                        lambda: self._put_back(removed))

    def _put_back(self, entry: GlossaryEntry) -> None:
        try:
            service.add_term(self._db, entry.term, entry.plainer, entry.note)
        except UserError as error:
            self._say(str(error))
            return
        self._changed(_("Put back “{word}”.").format(word=entry.term))

    def _changed(self, news: str) -> None:
        glossary_source(self._db).reload(self._db)
        self._show_own()
        self._say(news)

    def _show_own(self) -> None:
        try:
            entries = service.service_terms(self._db)
        except UserError as error:
            entries = []
            self._say(str(error))
        _fill(self.own, [(entry.term, entry.plainer, entry.note) for entry in entries])
        self.remove_button.setEnabled(bool(entries))
        self.empty.setVisible(not entries)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleDescription(text)


def _line(name: str, text: str = "") -> QLineEdit:
    line = QLineEdit(text)
    line.setAccessibleName(name)
    return line


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    widest = table.fontMetrics().averageCharWidth() * WIDEST_COLUMN_CHARACTERS
    for column in range(table.columnCount() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), widest))
    table.resizeRowsToContents()
    if rows:
        table.setCurrentCell(0, 0)
