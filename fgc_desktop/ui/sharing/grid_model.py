"""The sharing grid as a table model: a row per piece of information, a column per person.

The row headers name the information, so they stay in sight as the grid
scrolls sideways; each cell shows one person's decision, or the default while
nothing is decided, as an icon and words.

Signals:
    summary_written(int, int, str): an item id, a person id and the summary typed in a cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from fgc_desktop.disclosure.grid import GridCell, GridItem, GridPerson, SharingGrid
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import label
from fgc_desktop.ui.sharing.words import cell_words

_Index = QModelIndex | QPersistentModelIndex


class SharingGridModel(QAbstractTableModel):
    summary_written = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid = SharingGrid((), (), {})
        self._rows: list[GridItem] = []
        self._only_undecided = False

    @property
    def grid(self) -> SharingGrid:
        return self._grid

    def set_grid(self, grid: SharingGrid) -> None:
        self.beginResetModel()
        self._grid = grid
        self._rows = self._visible()
        self.endResetModel()

    def set_only_undecided(self, wanted: bool) -> None:
        self._only_undecided = wanted
        self.set_grid(self._grid)

    def _visible(self) -> list[GridItem]:
        if not self._only_undecided:
            return list(self._grid.items)
        return [item for item in self._grid.items if self._grid.undecided(item.id)]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._grid.people)

    def item_at(self, row: int) -> GridItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def person_at(self, column: int) -> GridPerson | None:
        people = self._grid.people
        return people[column] if 0 <= column < len(people) else None

    def cell_at(self, index: _Index) -> tuple[GridItem, GridPerson, GridCell] | None:
        item, person = self.item_at(index.row()), self.person_at(index.column())
        if item is None or person is None:
            return None
        return item, person, self._grid.cell(item.id, person.id)

    def index_of(self, item_id: int, person_id: int | None) -> QModelIndex:
        """Where an item's cell for a person sits now (the first person's if not given)."""
        row = next((n for n, item in enumerate(self._rows) if item.id == item_id), None)
        if row is None:
            return QModelIndex()
        column = next((n for n, person in enumerate(self._grid.people)
                       if person.id == person_id), 0)
        return self.index(row, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            item = self.item_at(section)
            return self._item_data(item, role) if item is not None else None
        person = self.person_at(section)
        if person is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{person.name}\n{label(person.role)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return _("What {name} may see").format(name=person.name)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.cell_at(index) if index.isValid() else None
        if found is None:
            return None
        return self._cell_data(*found, role=role)

    @staticmethod
    def _item_data(item: GridItem, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.title}\n{label(item.sensitivity)} · {label(item.category)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.title}, {label(item.sensitivity)}, {label(item.category)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.title}\n\n{item.text or _('No words written yet.')}"
        return None

    def _cell_data(self, item: GridItem, person: GridPerson, cell: GridCell, role: int) -> Any:
        words = cell_words(cell)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{words.word}\n{words.detail}" if words.detail else words.word
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(words.icon)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _("{person}, {item}: {decision}").format(
                person=person.name, item=item.title, decision=words.sentence)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [words.sentence]
            if cell.summary:
                lines.append(_("Summary: {text}").format(text=cell.summary))
            if cell.reason:
                lines.append(_("Why: {text}").format(text=cell.reason))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.EditRole:
            return cell.summary
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A summary typed in a cell; the page saves it, so nothing changes here yet."""
        found = self.cell_at(index)
        if role != Qt.ItemDataRole.EditRole or found is None:
            return False
        item, person, _cell = found
        self.summary_written.emit(item.id, person.id, str(value))
        return True
