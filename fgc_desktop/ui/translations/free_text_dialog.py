"""Where an interpreter types translations of what the coordinator wrote for the family.

One language at a time: the English on the left, the translation on the right,
saved as it is typed, so closing the window never loses work. A text left
without a translation prints in English with a note in the family's language.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import language
from fgc_desktop.services.text_translations import (
    TRANSLATOR_LENGTH,
    TranslatableText,
    latest_translator,
    list_texts,
    save_translation,
    translation_languages,
)
from fgc_desktop.store.database import Database
from fgc_desktop.ui.autosave import FieldSaver
from fgc_desktop.ui.dialog_parts import close_buttons, labelled_row
from fgc_desktop.ui.settings_widgets import MessageLabel
from fgc_desktop.ui.translations.free_text_rows import TranslationRows, text_key
from fgc_desktop.ui.translations.language_fonts import language_font
from fgc_desktop.ui.widgets import note


class FreeTextTranslationsDialog(QDialog):
    """Translations of the family's text into the languages this conference's people read."""

    def __init__(self, db: Database, conference_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._conference_id = conference_id
        self._texts: dict[str, TranslatableText] = {}
        self._saved_here: set[str] = set()
        self._signed_as = ""
        self._failures = 0
        self._rows: TranslationRows | None = None
        self._shown_language: str | None = None
        self.setWindowTitle(_("Translations of the family's text"))
        self._saver = FieldSaver(self._save, parent=self)
        self._saver.saved.connect(self._show_saved)
        self._saver.failed.connect(self._show_problem)
        self.language_choice = QComboBox()
        self.language_choice.setAccessibleName(_("Language of the translation"))
        self.translator_field = QLineEdit()
        self.translator_field.setMaxLength(TRANSLATOR_LENGTH)
        self.translator_field.setAccessibleName(_("Translated by"))
        self.translator_field.setPlaceholderText(_("The interpreter's name"))
        self.translator_field.editingFinished.connect(self._sign_translations)
        self._message = MessageLabel()
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setAccessibleName(_("The English and its translation"))
        buttons = close_buttons()
        buttons.rejected.connect(self.reject)
        self._lay_out(buttons)
        self._fill_languages()
        self.language_choice.currentIndexChanged.connect(self._show_language)
        self._show_language()
        self._size_to_fit_text()

    @property
    def rows(self) -> TranslationRows | None:
        return self._rows

    def message(self) -> str:
        return self._message.text()

    def done(self, result: int) -> None:
        """Saves what is still waiting before the window goes.

        If that last save is refused, the window stays open once to show why;
        closing again leaves the last good translation as it was.
        """
        failures = self._failures
        self._saver.flush()
        if self._failures == failures:
            super().done(result)

    def _lay_out(self, buttons: QWidget) -> None:
        form = QFormLayout()
        labelled_row(form, _("&Language:"), self.language_choice)
        labelled_row(form, _("Translated &by:"), self.translator_field)
        layout = QVBoxLayout(self)
        intro = note(_(
            "Type each translation beside the English. It is saved as you type, and Ctrl+Z "
            "takes back a change. A text with no translation is printed in English, with a "
            "note in the family's language saying whom to ask for help."
        ))
        intro.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._message)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(buttons)

    def _fill_languages(self) -> None:
        for code in translation_languages(self._db, self._conference_id):
            self.language_choice.addItem(language(code).label, code)
            font = language_font(self.language_choice.font(), code)
            self.language_choice.setItemData(self.language_choice.count() - 1, font,
                                             Qt.ItemDataRole.FontRole)
        self.language_choice.setEnabled(self.language_choice.count() > 0)
        self.translator_field.setEnabled(self.language_choice.count() > 0)

    def _show_language(self) -> None:
        """Saves any waiting edit in the language shown so far, then shows the chosen one."""
        self._saver.flush()
        self._message.clear()
        self._saved_here.clear()
        chosen = self.language_choice.currentData()
        code = self._shown_language = chosen if isinstance(chosen, str) else None
        if code is None:
            self._rows = None
            self._scroll.setWidget(note(_(
                "Everyone in this conference reads English. Choose a person's language on "
                "the People page, and it appears here."
            )))
            return
        texts = list_texts(self._db, self._conference_id, code)
        self._texts = {text_key(text): text for text in texts}
        self._signed_as = latest_translator(self._db, self._conference_id, code)
        self.translator_field.setText(self._signed_as)
        if not texts:
            self._rows = None
            self._scroll.setWidget(note(_(
                "There is nothing to translate yet. Summaries, the plan's actions and the "
                "back-up plan appear here once they are written."
            )))
            return
        self._rows = TranslationRows(texts, code)
        self._rows.edited.connect(self._saver.edited)
        self._rows.left.connect(self._saver.flush)
        self._rows.entered.connect(self._scroll.ensureWidgetVisible)
        self._scroll.setWidget(self._rows)

    def _save(self, key: str, translation: str) -> str:
        """Keeps one translation; the name it is signed with, for the line under the box."""
        code = self._shown_language
        if code is None:
            return ""
        text = self._texts[key]
        name = self.translator_field.text()
        save_translation(self._db, self._conference_id, text.owner_uid, text.field, code,
                         translation, name)
        self._saved_here.add(key)
        return name.strip() if translation.strip() else ""

    def _show_saved(self, key: str, name: object) -> None:
        self._message.clear()
        if self._rows is not None:
            self._rows.show_translator(key, str(name))

    def _show_problem(self, key: str, problem: str) -> None:
        self._failures += 1
        self._message.show_problem(problem)

    def _sign_translations(self) -> None:
        """Puts the name typed last on the translations made in this window.

        An interpreter who types the translations first and their name after is
        still credited with all of them.
        """
        name = self.translator_field.text().strip()
        if self._rows is None or name == self._signed_as:
            return
        self._signed_as = name
        self._saver.flush()
        for key in sorted(self._saved_here):
            text = self._texts[key]
            translation = self._rows.editor(text).toPlainText()
            if translation.strip():
                self._saver.edited(key, translation)
        self._saver.flush()

    def _size_to_fit_text(self) -> None:
        """Room for a few texts side by side, measured in text so it grows with scaling."""
        metrics = self.fontMetrics()
        wanted = QSize(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 36)
        screen = self.screen().availableSize() * 0.9
        self.resize(wanted.boundedTo(screen))
