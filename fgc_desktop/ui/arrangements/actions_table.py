"""The plan's actions as the family presented them: what, who, by when, how known, who checks.

Enter or F2 edits a cell, Delete removes the action (the page offers Undo), and
Insert goes to the box for a new action. “By when” takes a date (2026-04-01)
or words (every Friday). The last column says what is missing or vague and
which words a family may not know, with the plainer words in its tooltip; it
is checked again whenever a cell is stored or the service's glossary changes.

Signals:
    cell_edited(int, str, str): an action's id, the detail, and the text typed.
    add_requested(str): what the new action is.
    remove_requested(int): the id of the action to remove.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.plain_words import JargonHit
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.meeting_record import ActionLine
from fgc_desktop.store.database import Database
from fgc_desktop.ui.arrangements.fields import line_edit
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.plain_language.source import glossary_source

COLUMNS: tuple[tuple[str, str], ...] = (
    ("what", N_("What will be done")), ("who", N_("Who does it")), ("when", N_("By when")),
    ("how_known", N_("How everyone will know")), ("who_checks", N_("Who checks")),
)
# After the editable columns, a read-only one says what is missing or vague; it never blocks.
CHECK_TITLE = N_("To check")
PROBLEMS = {"missing": N_("missing"), "vague": N_("vague"), "nobody": N_("names nobody")}
ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN_ROWS_WHEN_EMPTY = 2
EDITING = (QAbstractItemView.EditTrigger.DoubleClicked
           | QAbstractItemView.EditTrigger.EditKeyPressed
           | QAbstractItemView.EditTrigger.AnyKeyPressed)


class ActionsTable(QWidget):
    cell_edited = Signal(int, str, str)
    add_requested = Signal(str)
    remove_requested = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._glossary = glossary_source(db)
        self._glossary.changed.connect(self._check_again)
        self._actions: dict[int, ActionLine] = {}
        self.table = QTableWidget(0, len(COLUMNS) + 1)
        self.table.setAccessibleName(_("Actions of the plan"))
        self.table.setAccessibleDescription(_("Enter or F2 edits a cell, Delete removes an "
                                              "action, Insert adds one."))
        self.table.setHorizontalHeaderLabels([*(_(title) for _field, title in COLUMNS),
                                              _(CHECK_TITLE)])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(EDITING)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        header = self.table.horizontalHeader()
        for column, (field, _title) in enumerate(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if field in ("what", "how_known")
                                        else QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self.table.edit)
        self.table.itemChanged.connect(self._changed)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self._remove_current)
        insert_key = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        insert_key.activated.connect(self.new_action_focus)

        self.new_action = line_edit(_("New action"),
                                    _("Type what will be done, then press Enter"))
        self.new_action.returnPressed.connect(self._add)
        self.add_button = QPushButton(icon("plus"), _("Add acti&on"))
        self.add_button.setAccessibleName(_("Add the action"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(icon("trash"), _("Re&move action"))
        self.remove_button.setAccessibleName(_("Remove the chosen action"))
        self.remove_button.clicked.connect(self._remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_action, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_actions(self, actions: Sequence[ActionLine], editable: bool) -> None:
        self._actions.clear()
        self.table.blockSignals(True)
        self.table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            self._fill(row, action)
        self.table.blockSignals(False)
        self.table.setEditTriggers(EDITING if editable
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        for widget in (self.new_action, self.add_button, self.remove_button):
            widget.setEnabled(editable)
        self._fit()

    def show_action(self, action: ActionLine) -> None:
        """Shows one action as stored, e.g. after a cell was refused or tidied."""
        for row in range(self.table.rowCount()):
            if self.action_id(row) == action.id:
                self.table.blockSignals(True)
                self._fill(row, action)
                self.table.blockSignals(False)
        self._fit()

    def _fill(self, row: int, action: ActionLine) -> None:
        self._actions[action.id] = action
        texts = {"what": action.what, "who": action.who, "when": action.when,
                 "how_known": action.how_known, "who_checks": action.who_checks}
        for column, (field, title) in enumerate(COLUMNS):
            item = QTableWidgetItem(texts[field])
            item.setData(ID_ROLE, action.id)
            item.setToolTip(_(title))
            self.table.setItem(row, column, item)
        self.table.setItem(row, len(COLUMNS), self._check_item(action))

    def _check_item(self, action: ActionLine) -> QTableWidgetItem:
        """The action's warnings and words to explain in short, the full words as its tooltip."""
        warnings = action.warnings
        jargon = self._jargon(action)
        titles = dict(COLUMNS)
        lines = [f"{_(titles[w.field])}: {_(PROBLEMS[w.problem])}" for w in warnings]
        if jargon:
            lines.append(_("Words to explain: {words}").format(
                words=", ".join(hit.found for hit in jargon)))
        item = QTableWidgetItem(icon("alert-triangle" if warnings else
                                     "bulb" if jargon else "circle-check"),
                                "\n".join(lines) or _("All clear"))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        full = " ".join([*(w.text for w in warnings), *(
            _("“{word}”: try “{plainer}”.").format(word=hit.found, plainer=hit.instead)
            for hit in jargon)]) or _("Every detail is there.")
        item.setToolTip(full)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, full)
        item.setData(ID_ROLE, action.id)
        return item

    def _jargon(self, action: ActionLine) -> list[JargonHit]:
        details = (action.what, action.who, action.by_when_text, action.how_known,
                   action.who_checks)
        return self._glossary.glossary.find("\n".join(details))

    def _check_again(self) -> None:
        """Says again which words to explain, once the service's glossary has changed."""
        for row in range(self.table.rowCount()):
            action_id = self.action_id(row)
            if action_id is not None:
                self.table.blockSignals(True)
                self.table.setItem(row, len(COLUMNS), self._check_item(self._actions[action_id]))
                self.table.blockSignals(False)
        self._fit()

    def action_id(self, row: int) -> int | None:
        item = self.table.item(row, 0)
        return int(item.data(ID_ROLE)) if item is not None else None

    def _fit(self) -> None:
        """The page scrolls, not the table: it is as tall as its rows."""
        self.table.resizeRowsToContents()
        rows = self.table.verticalHeader().length() or (
            SHOWN_ROWS_WHEN_EMPTY * self.table.verticalHeader().defaultSectionSize())
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows
                                  + 2 * self.table.frameWidth())

    def _changed(self, item: QTableWidgetItem) -> None:
        action_id = self.action_id(item.row())
        if action_id is not None and item.column() < len(COLUMNS):
            self.cell_edited.emit(action_id, COLUMNS[item.column()][0], item.text())
            self._fit()

    def _add(self) -> None:
        if self.new_action.text().strip():
            self.add_requested.emit(self.new_action.text())

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        action_id = self.action_id(row) if row >= 0 else None
        if action_id is not None and self.remove_button.isEnabled():
            self.remove_requested.emit(action_id)

    def new_action_focus(self) -> None:
        self.new_action.setFocus()
