"""What every plain-words checker shares: when it checks, and against which words.

A checker checks after a short pause in typing, again when the service's
glossary changes, and again once the reading level can be measured (see
:mod:`~fgc_desktop.ui.plain_language.reading_levels`); until then the
jargon and long sentences are found as usual and the level waits. A checker
is shown only while its text box is: a page that hides a box hides its checker.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from fgc_desktop.domain.plain_words import (
    Glossary,
    PlainWordsCheck,
    check_plain_words,
    find_jargon,
)
from fgc_desktop.domain.readability import Readability, long_sentences, split_sentences, words_in
from fgc_desktop.store.database import Database
from fgc_desktop.ui.plain_language.glossary_dialog import GlossaryDialog
from fgc_desktop.ui.plain_language.reading_levels import reading_levels
from fgc_desktop.ui.plain_language.source import glossary_source

CHECK_DELAY_MS = 300


def check_text(text: str, glossary: Glossary, level_ready: bool) -> PlainWordsCheck:
    """The whole check, or, while the level cannot be measured yet, all but the level."""
    if level_ready:
        return check_plain_words(text, glossary)
    counted = Readability(words_in(text), len(split_sentences(text)), 0.0)
    return PlainWordsCheck(tuple(find_jargon(text, glossary)), tuple(long_sentences(text)),
                           counted)


class PlainWordsWatch(QWidget):
    """The checking behind a checker; a subclass shows :attr:`check` in :meth:`show_check`."""

    def __init__(self, db: Database, editor: QPlainTextEdit | QLineEdit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._editor = editor
        self._source = glossary_source(db)
        self._levels = reading_levels()
        self.dialog: GlossaryDialog | None = None
        self.level_ready = self._levels.is_ready
        self.check: PlainWordsCheck = check_text("", self._source.glossary, self.level_ready)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_check)
        self._source.changed.connect(self.run_check)
        if not self.level_ready:
            self._levels.ready.connect(self.run_check)
        editor.textChanged.connect(self.typed)
        editor.installEventFilter(self)

    def typed(self) -> None:
        """Checks once typing pauses."""
        self._timer.start()

    def run_check(self) -> None:
        """Checks the text now (typing waits for a short pause before this runs)."""
        self._timer.stop()
        self.level_ready = self._levels.is_ready
        text = self.text_typed()
        self.check = check_text(text, self._source.glossary, self.level_ready)
        self.show_check(text)
        self.follow_editor()

    def show_check(self, text: str) -> None:
        raise NotImplementedError

    def text_typed(self) -> str:
        editor = self._editor
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def has_something_to_show(self) -> bool:
        """Whether the checker is worth its room; a compact one says so only with a hint."""
        return True

    def follow_editor(self) -> None:
        """Shown while the text box is and there is something to show, hidden otherwise."""
        parent = self._editor.parentWidget()
        shown = parent is None or self._editor.isVisibleTo(parent)
        wanted = shown and self.has_something_to_show()
        # A checker not laid out yet is shown with its parent; shown now, it would be a window.
        if self.parentWidget() is not None or not wanted:
            self.setVisible(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._editor and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.follow_editor()
        return False

    @property
    def glossary_problem(self) -> str:
        """Why the service's own words are not counted, or ""."""
        return self._source.problem

    def jargon_spans(self, text: str) -> list[tuple[int, int]]:
        return self._source.glossary.spans(text)

    def open_glossary(self) -> None:
        """Opens the glossary editor, offering the words selected in the text box."""
        editor = self._editor
        selected = (editor.textCursor().selectedText() if isinstance(editor, QPlainTextEdit)
                    else editor.selectedText())
        self.dialog = GlossaryDialog(self._db, self, suggested=selected.strip())
        self.dialog.open()
