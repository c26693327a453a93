"""The list of conferences: search as you type, a stage filter, and the archived toggle.

Signals:
    open_requested(int): the coordinator chose a conference to open.
    selection_changed(): the chosen row changed (the window updates its actions).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.stages import STAGES
from fgc_desktop.i18n.catalogue import _, ngettext
from fgc_desktop.services.conferences import ConferenceRow
from fgc_desktop.store.database import Database
from fgc_desktop.ui.conference_model import ConferenceTableModel, ListFilter
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.widgets import action_button, scaled_font

SEARCH_DELAY_MS = 150


class ConferenceListView(QWidget):
    open_requested = Signal(int)
    selection_changed = Signal()

    def __init__(
        self, db: Database, actions: Sequence[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = ConferenceTableModel(db, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search by reference, family, person or coordinator"))
        self.search.setAccessibleName(_("Search conferences"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.stage = QComboBox()
        self.stage.setAccessibleName(_("Show conferences at stage"))
        self.stage.addItem(_("All stages"), None)
        for info in STAGES:
            self.stage.addItem(_(info.title), info.stage)
        self.show_archived = QCheckBox(_("Show archi&ved"))
        self.show_archived.setAccessibleName(_("Show archived conferences"))
        self.count = QLabel()
        self.count.setAccessibleName(_("Number of conferences"))
        self.empty = QLabel()
        self.empty.setFont(scaled_font(self.empty, 1.2))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(_("No conferences"))

        self.table = QTableView()
        self.table.setAccessibleName(_("Conferences"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)

        search_label = QLabel(_("&Search:"))
        search_label.setBuddy(self.search)
        stage_label = QLabel(_("S&tage:"))
        stage_label.setBuddy(self.stage)
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 3)
        filters.addSpacing(12)
        filters.addWidget(stage_label)
        filters.addWidget(self.stage, 1)
        filters.addSpacing(12)
        filters.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        for action in actions:
            buttons.addWidget(action_button(action))
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(self.empty)
        layout.addWidget(self.results, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.stage.currentIndexChanged.connect(self.apply_filter)
        self.show_archived.toggled.connect(self.apply_filter)
        self.table.activated.connect(self._activated)
        self.model.modelReset.connect(self._update_count)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.model.modelReset.connect(self.selection_changed)
        self.apply_filter()
        self._fit_columns()

    def apply_filter(self) -> None:
        """Reads the list again for the search text, stage and archived toggle as they are now."""
        self._search_timer.stop()
        wanted = ListFilter(
            self.search.text(), self.stage.currentData(), self.show_archived.isChecked()
        )
        self.model.set_filter(wanted)
        self._select_row(0)

    def refresh(self, keep: int | None = None) -> None:
        """Reads the list again, keeping the chosen conference chosen where it still shows."""
        keep = keep if keep is not None else self.current_id()
        self.model.reload()
        if keep is None or not self.select_conference(keep):
            self._select_row(0)

    def current_row(self) -> ConferenceRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row else None

    def select_conference(self, conference_id: int) -> bool:
        """Selects a conference, reading further pages until it is found."""
        while (row := self.model.row_of(conference_id)) is None:
            if not self.model.canFetchMore(QModelIndex()):
                return False
            self.model.fetchMore(QModelIndex())
        self._select_row(row)
        return True

    def open_current(self) -> None:
        if (conference_id := self.current_id()) is not None:
            self.open_requested.emit(conference_id)

    def header_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray) -> None:
        self.table.horizontalHeader().restoreState(state)

    def _select_row(self, row: int) -> None:
        if row >= self.model.rowCount():
            self.table.clearSelection()
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))

    def _activated(self) -> None:
        self.open_current()

    def _update_count(self) -> None:
        total = self.model.total
        self.count.setText(ngettext("{n} conference", "{n} conferences", total).format(
            n=f"{total:,}"))
        if total:
            self.results.setCurrentWidget(self.table)
            return
        wanted = self.model.current_filter
        if wanted.search.strip() or wanted.stage is not None:
            self.empty.setText(_("No conference matches this search. Try fewer letters, "
                                 "or choose All stages."))
        else:
            self.empty.setText(_("There are no conferences yet. "
                                 "Choose New conference to start one."))
        self.results.setCurrentWidget(self.empty)

    def _fit_columns(self) -> None:
        """Starting widths from the text, so nothing is cut off at any display scaling."""
        metrics = self.table.fontMetrics()
        samples = ("FGC-2026-00000", "Family name here", "Follow-up and review (archived)",
                   "30 Sept 2026")
        for column, sample in enumerate(samples):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 4
                                      * metrics.averageCharWidth())
