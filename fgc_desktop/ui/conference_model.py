"""The conference list as a table model that reads a page of rows at a time.

A service may hold ten thousand conferences; the view asks for more rows only
as the coordinator scrolls, so opening the window stays quick.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from fgc_desktop.domain.enums import Stage
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.conferences import ConferenceRow, first_page, list_conferences
from fgc_desktop.store.database import Database
from fgc_desktop.ui.labels import label, show_date

PAGE_SIZE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ListFilter:
    search: str = ""
    stage: Stage | None = None
    include_archived: bool = False


class ConferenceTableModel(QAbstractTableModel):
    """Rows of :class:`ConferenceRow`; ``ROW_ROLE`` gives the row itself."""

    COLUMNS = ("reference", "family", "stage", "next_date", "coordinator")

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._filter = ListFilter()
        self._rows: list[ConferenceRow] = []
        self._total = 0

    @property
    def current_filter(self) -> ListFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many conferences match, loaded or not."""
        return self._total

    def set_filter(self, wanted: ListFilter) -> None:
        self._filter = wanted
        self.reload()

    def reload(self) -> None:
        """Reads the first page again, e.g. after a conference was added or archived."""
        rows, total = first_page(
            self._db, PAGE_SIZE, self._filter.search, self._filter.stage,
            self._filter.include_archived,
        )
        self.beginResetModel()
        self._rows, self._total = rows, total
        self.endResetModel()

    def _read(self, offset: int) -> list[ConferenceRow]:
        return list_conferences(
            self._db, self._filter.search, self._filter.stage, self._filter.include_archived,
            offset=offset, limit=PAGE_SIZE,
        )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._read(len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (_("Reference"), _("Family"), _("Stage"), _("Next date"), _("Coordinator"))
        return titles[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole and row.archived:
            return _("Archived")
        return None

    def _text(self, row: ConferenceRow, column: str) -> str:
        if column == "reference":
            return row.reference
        if column == "family":
            return row.family_name
        if column == "stage":
            stage = label(row.stage)
            return _("{stage} (archived)").format(stage=stage) if row.archived else stage
        if column == "next_date":
            return show_date(row.next_date)
        return row.coordinator_name

    def row_at(self, row: int) -> ConferenceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, conference_id: int) -> int | None:
        """Where a conference sits among the rows loaded so far."""
        for number, row in enumerate(self._rows):
            if row.id == conference_id:
                return number
        return None
