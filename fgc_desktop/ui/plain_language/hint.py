"""The plain-words checker for a one-line box: a short hint under it, only when it has one.

A one-line box (who does an action, by when, a summary for one person) has
room for neither a summary line nor an underline, so this says nothing while
the words are plain and, when they are not, one line after a bulb sign:
““LAC”: try “a child in care”.” The box's accessible description carries the
same words for screen readers, and the whole details are the hint's tooltip.
It suggests and never blocks; a button beside it adds a word to the glossary.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.store.database import Database
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.plain_language import words
from fgc_desktop.ui.plain_language.watching import PlainWordsWatch


class PlainWordsHint(PlainWordsWatch):
    """Watches a one-line ``editor`` and shows a hint under it when its words could be plainer."""

    def __init__(self, db: Database, editor: QLineEdit, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, editor, parent)
        self._description = editor.accessibleDescription()
        self.sign = QLabel()
        side = self.sign.fontMetrics().height()
        self.sign.setPixmap(icon("bulb").pixmap(side, side))
        self.sign.setToolTip(_("Suggestions"))
        self.words = QLabel()
        self.words.setWordWrap(True)
        # The hint wraps to the width the box above gives it, never widens it.
        self.words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(_("Suggestions for {name}").format(name=name))
        self.add_word = QToolButton()
        self.add_word.setIcon(icon("vocabulary"))
        self.add_word.setAutoRaise(True)
        self.add_word.setToolTip(_("Add a word to the glossary"))
        self.add_word.setAccessibleName(_("Add a word to the glossary"))
        self.add_word.clicked.connect(self.open_glossary)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.sign, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.words, 1)
        line.addWidget(self.add_word, 0, Qt.AlignmentFlag.AlignTop)
        self.run_check()

    @property
    def text(self) -> str:
        """The hint as shown; "" when the words are plain."""
        return self.words.text()

    def show_check(self, text: str) -> None:
        said = words.hint(self.check, self.level_ready)
        self.words.setText(said)
        details = words.details(self.check, self.level_ready)
        if self.glossary_problem:
            details.append((_("Glossary"), [self.glossary_problem]))
        self.words.setToolTip(words.details_plain(details))
        self._editor.setAccessibleDescription(
            " ".join(part for part in (self._description, said) if part))

    def has_something_to_show(self) -> bool:
        return bool(self.text)
