"""A compact plain-words checker under a text box: it suggests as you type, never blocks.

One line sums it up (“2 words to explain · 1 long sentence · reading age about
12”); the line is a button that opens the details with the plainer words to
use. Jargon is underlined with a wavy line in the text box itself, as a spelling
checker would (the line's shape, not a colour, says "look here"); the underline
is drawn over the text and never changes it, so nothing is saved because of it.
The check runs after a short pause in typing, and again when the service's
glossary changes (see :mod:`~fgc_desktop.ui.plain_language.watching`). A
one-line box gets the compact :class:`~fgc_desktop.ui.plain_language.hint.PlainWordsHint`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.store.database import Database
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.plain_language import words
from fgc_desktop.ui.plain_language.watching import PlainWordsWatch


class PlainWordsChecker(PlainWordsWatch):
    """Watches ``editor`` and says, in a line, how plain its words are."""

    def __init__(
        self, db: Database, editor: QPlainTextEdit, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, editor, parent)
        self._text_box = editor
        self._underline = QTextCharFormat()
        self._underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)

        self.status_icon = QLabel()
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.toggle.setAccessibleName(_("Plain words: {name}").format(name=name))
        self.toggle.toggled.connect(self._show_details)

        self.details = QLabel()
        self.details.setWordWrap(True)
        # The details wrap to the width the text box above gives them, never widen it.
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.details.setAccessibleName(_("Suggestions for {name}").format(name=name))
        self.add_word = QPushButton(icon("vocabulary"), _("Add a word to the glossary…"))
        self.add_word.setAccessibleName(_("Add a word to the glossary"))
        self.add_word.clicked.connect(self.open_glossary)
        self.panel = QWidget()
        panel = QVBoxLayout(self.panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.details)
        panel.addWidget(self.add_word, 0, Qt.AlignmentFlag.AlignLeft)
        self.panel.hide()

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.status_icon)
        line.addWidget(self.toggle, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(line)
        layout.addWidget(self.panel)

        self.run_check()

    @property
    def summary(self) -> str:
        return self.toggle.text()

    def show_check(self, text: str) -> None:
        self._underline_jargon(text)
        line = words.summary(self.check, self.level_ready)
        self.toggle.setText(line)
        self.toggle.setAccessibleDescription(line)
        attention = words.needs_attention(self.check, self.level_ready)
        size = self.fontMetrics().height()
        self.status_icon.setPixmap(
            icon("bulb" if attention else "circle-check").pixmap(size, size))
        self.status_icon.setToolTip(_("Suggestions") if attention else _("No suggestions"))
        parts = words.details(self.check, self.level_ready)
        if self.glossary_problem:
            parts.append((_("Glossary"), [self.glossary_problem]))
        self.details.setText(words.details_html(parts))
        self.details.setAccessibleDescription(words.details_plain(parts))

    def _underline_jargon(self, text: str) -> None:
        marks = []
        for start, end in self.jargon_spans(text):
            cursor = QTextCursor(self._text_box.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor
            mark.format = self._underline
            marks.append(mark)
        self._text_box.setExtraSelections(marks)

    def _show_details(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.panel.setVisible(shown)
