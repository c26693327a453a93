"""The disclosure log of one conference on screen: filter by person, copy a fingerprint, print.

The log is only ever added to, so this view shows and prints it and offers no
way to change it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.disclosure.grid import GridPerson
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.disclosure_log import LogEntry, conference_log
from fgc_desktop.store.database import Database
from fgc_desktop.ui.folders import documents_folder
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import language_label, show_date_time
from fgc_desktop.ui.sharing.log_print import (
    kind_words,
    log_html,
    print_html,
    recipient_words,
    save_pdf,
    today_words,
)
from fgc_desktop.ui.widgets import note

_Index = QModelIndex | QPersistentModelIndex
SHORT_HASH = 12
EVERYONE = -1
SHA_COLUMN = 5


class LogTableModel(QAbstractTableModel):
    HEADERS = ("When", "For", "Kind", "Language", "Information carried", "SHA-256", "By")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[LogEntry] = []

    def set_entries(self, entries: Sequence[LogEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SHA_COLUMN:
                return _("{sha256}\nCtrl+C copies it.").format(sha256=entry.sha256)
            if column == 4:
                return "\n".join(item.title for item in entry.carried_items) or None
            if entry.file_name:
                return entry.file_name
        return None

    @staticmethod
    def _text(entry: LogEntry, column: int) -> str:
        carried = ", ".join(item.title for item in entry.carried_items)
        values = (
            show_date_time(entry.produced_at), recipient_words(entry), kind_words(entry.kind),
            language_label(entry.language),
            f"{len(entry.carried_items)}: {carried}" if carried else _("None"),
            entry.sha256[:SHORT_HASH] + "…", entry.produced_by,
        )
        return values[column]


class DisclosureLogView(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._conference_id: int | None = None
        self._title = ""
        self._printer: QPrinter | None = None
        self.person = QComboBox()
        self.person.setAccessibleName(_("Show documents for"))
        self.person.currentIndexChanged.connect(self.refresh)
        self.model = LogTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_("Documents given out"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        copy = QAction(icon("copy"), _("&Copy the SHA-256"), self.table)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_fingerprint)
        self.table.addAction(copy)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.empty = note(_("No documents have been produced for this conference yet. Each "
                            "document made is listed here with what it carried."))
        self.print_button = self._button(_("&Print the log…"), "printer", self.print_log)
        self.save_button = self._button(_("&Save the log as PDF…"), "file-text", self.ask_path)
        caption = QLabel(_("Show &documents for"))
        caption.setBuddy(self.person)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.person, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)

    def _button(self, text: str, icon_name: str, slot: Any) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def load(self, conference_id: int, title: str, everyone: Sequence[GridPerson]) -> None:
        wanted = self.person.currentData() if conference_id == self._conference_id else None
        self._conference_id = conference_id
        self._title = title
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(_("Everyone"), EVERYONE)
        for person in everyone:
            self.person.addItem(person.name, person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(wanted)))
        self.person.blockSignals(False)
        self.refresh()

    def show_person(self, person_id: int) -> None:
        self.person.setCurrentIndex(max(0, self.person.findData(person_id)))

    def refresh(self) -> None:
        if self._conference_id is None:
            return
        chosen = self.person.currentData()
        entries = conference_log(self._db, self._conference_id,
                                 None if chosen in (None, EVERYONE) else int(chosen))
        self.model.set_entries(entries)
        self.empty.setVisible(not entries)
        self.table.setVisible(bool(entries))

    def html(self) -> str:
        person = self.person.currentText() if self.person.currentData() != EVERYONE else ""
        title = (_("Disclosure log: {title}, {person}").format(title=self._title, person=person)
                 if person else _("Disclosure log: {title}").format(title=self._title))
        return log_html(title, self.model.entries, today_words())

    def save_to(self, path: Path) -> None:
        save_pdf(self.html(), path)

    def ask_path(self) -> None:
        documents = documents_folder()
        dialog = QFileDialog(self, _("Save the disclosure log"), documents,
                             _("PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(_("disclosure log.pdf"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: self.save_to(Path(chosen)))
        dialog.open()

    def print_log(self) -> None:
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self._printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._print(dialog))
        QDialog.open(dialog)

    def _print(self, dialog: QPrintDialog) -> None:
        print_html(self.html(), dialog.printer())

    def copy_fingerprint(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.entries):
            QGuiApplication.clipboard().setText(self.model.entries[row].sha256)
