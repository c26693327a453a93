"""The English and its translation side by side, one row per text a family reads.

Signals:
    edited(str, str): a text's key and the translation as typed so far.
    left(str): a text's key, when its box loses focus (save it now).
    entered(QWidget): a translation box that has just taken the focus (bring it into view).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QSizePolicy, QWidget

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import language
from fgc_desktop.services.text_translations import TranslatableText
from fgc_desktop.ui.translations.language_fonts import language_font
from fgc_desktop.ui.widgets import plain, scaled_font

_FEWEST_LINES = 3
_MOST_LINES = 12
_CHARACTERS_A_LINE = 50


def text_key(text: TranslatableText) -> str:
    """One name for a text across the screen and the saver."""
    return f"{text.owner_uid}:{text.field}"


def translator_note(name: str) -> str:
    return _("Translated by {name}").format(name=name) if name else ""


class TranslationRows(QWidget):
    edited = Signal(str, str)
    left = Signal(str)
    entered = Signal(QWidget)

    def __init__(self, texts: Sequence[TranslatableText], language_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editors: dict[str, QPlainTextEdit] = {}
        self._notes: dict[str, QLabel] = {}
        chosen = language(language_code)
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        english_heading = QLabel(_("English"))
        own_heading = QLabel(chosen.native_name)
        own_heading.setFont(language_font(scaled_font(own_heading, 1.0, bold=True),
                                          language_code))
        english_heading.setFont(scaled_font(english_heading, 1.0, bold=True))
        grid.addWidget(english_heading, 0, 0)
        grid.addWidget(own_heading, 0, 1)
        for index, text in enumerate(texts):
            self._add_row(grid, 1 + index * 3, text, language_code, chosen.right_to_left)
        grid.setRowStretch(1 + len(texts) * 3, 1)

    def editor(self, text: TranslatableText) -> QPlainTextEdit:
        return self._editors[text_key(text)]

    def editors(self) -> list[QPlainTextEdit]:
        return list(self._editors.values())

    def show_translator(self, key: str, name: str) -> None:
        note = self._notes[key]
        note.setText(translator_note(name))
        note.setVisible(bool(name))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = watched.property("text_key")
        if event.type() == QEvent.Type.FocusOut and isinstance(key, str):
            self.left.emit(key)
        elif event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.entered.emit(watched)
        return False

    def _add_row(self, grid: QGridLayout, row: int, text: TranslatableText, language_code: str,
                 right_to_left: bool) -> None:
        key = text_key(text)
        caption = QLabel(text.label.replace("&", "&&"))
        caption.setWordWrap(True)
        caption.setFont(scaled_font(caption, 1.0, bold=True))
        english = QLabel(text.english)
        english.setTextFormat(Qt.TextFormat.PlainText)
        english.setWordWrap(True)
        english.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        english.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        english.setAccessibleName(_("English of {label}").format(label=text.label))
        english.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        editor = self._editor(text, language_code, right_to_left)
        caption.setBuddy(editor)
        note = QLabel(translator_note(text.translated_by))
        note.setVisible(bool(text.translated_by))
        note.setTextFormat(Qt.TextFormat.PlainText)
        self._editors[key], self._notes[key] = editor, note
        grid.addWidget(caption, row, 0, 1, 2)
        grid.addWidget(english, row + 1, 0)
        grid.addWidget(editor, row + 1, 1)
        grid.addWidget(note, row + 2, 1)

    def _editor(self, text: TranslatableText, language_code: str,
                right_to_left: bool) -> QPlainTextEdit:
        editor = QPlainTextEdit(text.translation)
        editor.setTabChangesFocus(True)
        editor.setFont(language_font(editor.font(), language_code))
        editor.setAccessibleName(_("Translation of {label}").format(label=plain(text.label)))
        editor.setAccessibleDescription(text.english)
        editor.setProperty("text_key", text_key(text))
        editor.setFixedHeight(_box_height(editor, max(text.english, text.translation, key=len)))
        editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if right_to_left:
            editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            option = editor.document().defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight)
            editor.document().setDefaultTextOption(option)
        option = editor.document().defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        editor.document().setDefaultTextOption(option)
        editor.textChanged.connect(lambda: self.edited.emit(text_key(text),
                                                            editor.toPlainText()))
        editor.installEventFilter(self)
        return editor


def _box_height(editor: QPlainTextEdit, longest: str) -> int:
    """Room for about as many lines as the longer text takes, measured in the box's own font."""
    lines = sum(1 + len(line) // _CHARACTERS_A_LINE for line in longest.splitlines())
    shown = min(max(lines, _FEWEST_LINES), _MOST_LINES)
    margins = editor.contentsMargins()
    padding = int(editor.document().documentMargin() * 2) + margins.top() + margins.bottom()
    return editor.fontMetrics().lineSpacing() * shown + padding
