"""Small builders for the arrangements pages' editors, so each is named and sized alike."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.widgets import plain


def line_edit(name: str, hint: str = "") -> QLineEdit:
    editor = QLineEdit()
    editor.setAccessibleName(name)
    editor.setPlaceholderText(hint)
    return editor


def time_edit(name: str) -> QLineEdit:
    """A time of day typed as 16:00; the service reads it and explains a mistake."""
    editor = line_edit(name, _("hh:mm"))
    editor.setAccessibleDescription(_("A time of day, like 16:00."))
    editor.setMaxLength(8)
    editor.setMaximumWidth(editor.fontMetrics().horizontalAdvance("00:00 pm") * 2)
    return editor


def text_box(name: str, hint: str = "", lines: int = 3) -> QPlainTextEdit:
    """Several lines of text; Tab moves on rather than typing a tab."""
    editor = QPlainTextEdit()
    editor.setAccessibleName(plain(name))
    editor.setPlaceholderText(hint)
    editor.setTabChangesFocus(True)
    margins = editor.frameWidth() + int(editor.document().documentMargin())
    editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * lines + 2 * margins)
    editor.setMaximumHeight(editor.minimumHeight() * 3 // 2)
    return editor


def combo(name: str, items: Iterable[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for text, data in items:
        box.addItem(text, data)
    return box


def choose_data(box: QComboBox, data: Any) -> None:
    """Shows the item holding ``data`` without telling anyone it changed."""
    found = next((index for index in range(box.count()) if box.itemData(index) == data), 0)
    box.blockSignals(True)
    box.setCurrentIndex(found)
    box.blockSignals(False)


def place(grid: QGridLayout, row: int, column: int, caption: str, editor: QWidget,
          span: int = 1) -> QLabel:
    """A caption with its mnemonic pointing at the editor beside it."""
    label = QLabel(caption)
    label.setBuddy(editor)
    grid.addWidget(label, row, column)
    grid.addWidget(editor, row, column + 1, 1, span)
    return label


def clear_layout(layout: QLayout) -> None:
    """Empties a layout that is rebuilt from fresh data; widgets go once their signals finish."""
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            clear_layout(inner)
