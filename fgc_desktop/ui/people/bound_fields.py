"""Editors bound to named fields, each edit handed to one :class:`FieldSaver`.

Typed text waits for the saver's short pause (and is saved at once when the
field loses focus); a tick, a choice from a list or a date picked from the
calendar is saved at once. Loading values never counts as an edit.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from fgc_desktop.ui.autosave import FieldSaver
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.widgets import plain


class BoundFields(QObject):
    def __init__(self, saver: FieldSaver, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.saver = saver
        self.editors: dict[str, QWidget] = {}
        self._loading = False

    def line(self, field: str, name: str) -> QLineEdit:
        editor = QLineEdit()
        editor.setAccessibleName(name)
        editor.textEdited.connect(lambda text: self._edited(field, text))
        self.saver.watch_focus(editor)
        self.editors[field] = editor
        return editor

    def text(self, field: str, name: str, lines: int = 3, hint: str = "") -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setAccessibleName(name)
        if hint:
            editor.setPlaceholderText(hint)
            editor.setAccessibleDescription(hint)
        editor.setTabChangesFocus(True)
        margins = editor.frameWidth() + int(editor.document().documentMargin())
        # As tall as ``lines`` lines and no taller: longer text scrolls inside.
        editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 2 * margins)
        editor.textChanged.connect(lambda: self._edited(field, editor.toPlainText()))
        self.saver.watch_focus(editor)
        self.editors[field] = editor
        return editor

    def check(self, field: str, caption: str) -> QCheckBox:
        editor = QCheckBox(caption)
        editor.setAccessibleName(plain(caption))
        editor.toggled.connect(lambda ticked: self._edited(field, ticked, at_once=True))
        self.editors[field] = editor
        return editor

    def choice(self, field: str, name: str, items: Sequence[tuple[str, Any]] = ()) -> QComboBox:
        """A list to choose from; each item is its words and the value stored."""
        editor = QComboBox()
        editor.setAccessibleName(name)
        for words, value in items:
            editor.addItem(words, value)
        editor.activated.connect(
            lambda _index: self._edited(field, editor.currentData(), at_once=True))
        self.editors[field] = editor
        return editor

    def date(self, field: str, name: str) -> DateField:
        editor = DateField(name)
        editor.edited.connect(lambda text: self._edited(field, text))
        self.saver.watch_focus(editor.line)
        self.editors[field] = editor
        return editor

    def replace_items(self, field: str, items: Sequence[tuple[str, Any]]) -> None:
        editor = self.editors[field]
        assert isinstance(editor, QComboBox)
        with self.loading():
            editor.clear()
            for words, value in items:
                editor.addItem(words, value)

    def load(self, values: Mapping[str, Any]) -> None:
        """Shows stored values; the saver forgets anything waiting, which was flushed before."""
        self.saver.discard()
        with self.loading():
            for field, editor in self.editors.items():
                if field in values:
                    _show(editor, values[field])

    def show_value(self, field: str, value: Any) -> None:
        """Shows one value the program chose (not typed), without counting it as an edit."""
        with self.loading():
            _show(self.editors[field], value)

    @contextmanager
    def loading(self) -> Iterator[None]:
        was, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = was

    def _edited(self, field: str, value: Any, at_once: bool = False) -> None:
        if self._loading:
            return
        self.saver.edited(field, value)
        if at_once:
            self.saver.flush()


def _show(editor: QWidget, value: Any) -> None:
    if isinstance(editor, DateField):
        editor.set_date(value if isinstance(value, date) else None)
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value or ""))
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(str(value or ""))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QComboBox):
        found = editor.findData(str(value) if value is not None else "")
        editor.setCurrentIndex(max(found, 0))
