"""The sharing grid on screen, decided from the keyboard or with the mouse.

On a cell: S shares, U asks for a summary in the cell itself, N does not
share, Delete goes back to the default; Enter, a double click or the context
menu offer the same choices. Ctrl+Delete removes the row's information (so does
the row header's menu); Insert or Ctrl+N adds some.

Signals:
    decide_requested(int, int, object): an item id, a person id, and a
        ``SharingChoice`` or ``None`` to go back to the default.
    remove_requested(int): an item id.
    add_requested(): a new piece of information.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from fgc_desktop.domain.enums import SharingChoice
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.sharing.grid_model import SharingGridModel
from fgc_desktop.ui.sharing.words import CHOICE_ICONS

_Index = QModelIndex | QPersistentModelIndex
CHOICE_KEYS = {
    Qt.Key.Key_S: SharingChoice.SHARE,
    Qt.Key.Key_N: SharingChoice.WITHHOLD,
}
SUMMARY_WIDTH_CHARS = 48
CELL_WIDTH_CHARS = 24
HEADER_WIDTH_CHARS = 36
MENU_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2})


class SummaryDelegate(QStyledItemDelegate):
    """A line in the cell for the summary's words: Enter saves them, Esc leaves them.

    Esc while typing cancels the typing, rather than leaving the conference.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(_("Summary"))
        editor.setPlaceholderText(_("The summary this person will read; Enter saves"))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        """Wider than a cell, so a sentence fits; kept inside the grid's visible part."""
        rect = option.rect
        width = max(rect.width(), editor.fontMetrics().averageCharWidth() * SUMMARY_WIDTH_CHARS)
        holder = editor.parentWidget()
        visible = holder.width() if holder is not None else width
        left = max(0, min(rect.left(), visible - width))
        height = max(rect.height() // 2, editor.sizeHint().height())
        editor.setGeometry(left, rect.top(), min(width, visible), height)


class SharingGridView(QTableView):
    decide_requested = Signal(int, int, object)
    remove_requested = Signal(int)
    add_requested = Signal()

    def __init__(self, model: SharingGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.setAccessibleName(_("Who sees what"))
        self.setAccessibleDescription(_(
            "A row for each piece of information, a column for each person. On a cell: S to "
            "share, U for a summary, N to not share, Delete to go back to the default, Enter "
            "for a menu. Ctrl+Delete removes the information, Insert adds some."))
        self.setItemDelegate(SummaryDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        characters = self.fontMetrics().averageCharWidth()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setMaximumWidth(characters * HEADER_WIDTH_CHARS)
        rows.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        rows.customContextMenuRequested.connect(self._row_menu)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setMaximumSectionSize(characters * CELL_WIDTH_CHARS)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def event(self, event: QEvent) -> bool:
        """Ctrl+N adds information here, rather than a new conference."""
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.New)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)  # a key the summary's line did not use
        elif event.matches(QKeySequence.StandardKey.New) or key == Qt.Key.Key_Insert:
            self.add_requested.emit()
        elif not index.isValid():
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.ControlModifier:
            self._remove(index.row())
        elif modifiers != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._decide(index, None)
        elif key in CHOICE_KEYS:
            self._decide(index, CHOICE_KEYS[Qt.Key(key)])
        elif key == Qt.Key.Key_U:
            self.edit(index)
        elif key in MENU_KEYS:
            self.choice_menu(index).popup(
                self.viewport().mapToGlobal(self.visualRect(index).bottomLeft()))
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            super().mouseDoubleClickEvent(event)
            return
        self.setCurrentIndex(index)
        self.choice_menu(index).popup(event.globalPosition().toPoint())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
            self.choice_menu(index).popup(event.globalPos())

    def choice_menu(self, index: _Index) -> QMenu:
        """The choices for one cell, with the key that makes each."""
        menu = QMenu(self)
        menu.setAccessibleName(_("Decide"))
        for choice, text, key in (
            (SharingChoice.SHARE, _("&Share"), "S"),
            (SharingChoice.SUMMARY, _("A s&ummary only…"), "U"),
            (SharingChoice.WITHHOLD, _("&Not shared"), "N"),
        ):
            action = QAction(icon(CHOICE_ICONS[choice]), f"{text}\t{key}", menu)
            if choice is SharingChoice.SUMMARY:
                action.triggered.connect(
                    lambda: self.edit(self._model.index(index.row(), index.column())))
            else:
                action.triggered.connect(lambda _checked=False, c=choice: self._decide(index, c))
            menu.addAction(action)
        menu.addSeparator()
        clear = menu.addAction(_("&Clear: back to the default") + "\tDelete")
        clear.triggered.connect(lambda: self._decide(index, None))
        remove = menu.addAction(icon("trash"), _("&Remove this information") + "\tCtrl+Delete")
        remove.triggered.connect(lambda: self._remove(index.row()))
        return menu

    def _row_menu(self, position: QPoint) -> None:
        row = self.verticalHeader().logicalIndexAt(position)
        if self._model.item_at(row) is None:
            return
        menu = QMenu(self)
        remove = menu.addAction(icon("trash"), _("&Remove this information"))
        remove.triggered.connect(lambda: self._remove(row))
        menu.popup(self.verticalHeader().mapToGlobal(position))

    def _decide(self, index: _Index, choice: SharingChoice | None) -> None:
        found = self._model.cell_at(index)
        if found is not None:
            item, person, _cell = found
            self.decide_requested.emit(item.id, person.id, choice)

    def _remove(self, row: int) -> None:
        item = self._model.item_at(row)
        if item is not None:
            self.remove_requested.emit(item.id)
