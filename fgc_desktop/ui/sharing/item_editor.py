"""The piece of information chosen in the grid: its words, where it comes from, and consent.

Typed text is saved after a pause and when a field loses focus; a choice from a
list is saved at once. A value the service refuses is reported through
``failed`` and the database keeps the last good one.

Signals:
    saved(str): a field of the item was stored.
    failed(str, str): a field and the message saying what to put right.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from fgc_desktop.disclosure.grid import GridItem, GridPerson
from fgc_desktop.domain.enums import InformationCategory, Sensitivity
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import sharing
from fgc_desktop.store.database import Database
from fgc_desktop.ui.autosave import FieldSaver
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.labels import label
from fgc_desktop.ui.plain_language.checker import PlainWordsChecker
from fgc_desktop.ui.plain_language.hint import PlainWordsHint
from fgc_desktop.ui.widgets import note

TEXT_LINES = 3
CONSENT_CHOICES = ((None, "Not asked yet"), (True, "Given"), (False, "Refused"))


class ItemEditor(QGroupBox):
    saved = Signal(str)
    failed = Signal(str, str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(_("The information"), parent)
        self._db = db
        self._item_id: int | None = None
        self._loading = False
        self.saver = FieldSaver(self._save, parent=self)
        self.saver.saved.connect(lambda name, _value: self.saved.emit(name))
        self.saver.failed.connect(self.failed)

        self.title_line = self._line("title", _("Title"))
        # The title is printed for the family above the words, so it is checked like them.
        self.title_hint = PlainWordsHint(db, self.title_line, _("Title"))
        self.source_line = self._line("source", _("Where it comes from"))
        self.category = self._choices("category", _("Kind"), InformationCategory)
        self.sensitivity = self._choices("sensitivity", _("How sensitive"), Sensitivity)
        self.about = QComboBox()
        self.about.setAccessibleName(_("About whom"))
        self.about.activated.connect(lambda: self._chosen("about_participant_id", self.about))
        self.words = QPlainTextEdit()
        self.words.setAccessibleName(_("The information"))
        self.words.setPlaceholderText(_("In plain words, as the family will read it"))
        self.words.setTabChangesFocus(True)
        margins = self.words.frameWidth() + int(self.words.document().documentMargin())
        self.words.setMinimumHeight(self.words.fontMetrics().lineSpacing() * TEXT_LINES
                                   + 2 * margins)
        self.words.setMaximumHeight(self.words.minimumHeight() * 3)
        self.words.textChanged.connect(lambda: self._edited("text", self.words.toPlainText()))
        self.saver.watch_focus(self.words)
        self.needs_consent = QCheckBox(_("Needs the family's c&onsent"))
        self.needs_consent.setAccessibleName(_("Needs the family's consent"))
        self.needs_consent.toggled.connect(self._consent_needed)
        self.consent = QComboBox()
        self.consent.setAccessibleName(_("The family's consent"))
        for value, text in CONSENT_CHOICES:
            self.consent.addItem(_(text), value)
        self.consent.activated.connect(lambda: self._chosen("family_consent", self.consent))
        self.consent_by = self._line("family_consent_by", _("Consent given or refused by"))
        self.consent_on = DateField(_("Date of consent"))
        self.consent_on.edited.connect(lambda text: self._edited("family_consent_on", text))
        self.saver.watch_focus(self.consent_on.line)
        self._lay_out()
        self.show_item(None, ())

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        self._place(grid, 0, 0, _("&Title"), self.title_line)
        self._place(grid, 0, 2, _("&Where it comes from"), self.source_line)
        grid.addWidget(self.title_hint, 1, 1, 1, 3)
        self._place(grid, 2, 0, _("&Kind"), self.category)
        self._place(grid, 2, 2, _("How &sensitive"), self.sensitivity)
        self._place(grid, 3, 0, _("A&bout"), self.about)
        grid.addWidget(self.needs_consent, 3, 2, 1, 2)
        self._place(grid, 4, 0, _("Cons&ent"), self.consent)
        self._place(grid, 4, 2, _("B&y"), self.consent_by)
        self._place(grid, 5, 2, _("O&n"), self.consent_on)
        caption = QLabel(_("The wor&ds"))
        caption.setBuddy(self.words)
        grid.addWidget(caption, 6, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.words, 6, 1, 1, 3)
        grid.addWidget(note(_("The title is printed above the words or their summary: keep "
                              "it neutral.")), 7, 1, 1, 3)
        grid.addWidget(PlainWordsChecker(self._db, self.words, _("The information")), 8, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    @staticmethod
    def _place(grid: QGridLayout, row: int, column: int, caption: str, editor: QWidget) -> None:
        shown = QLabel(caption)
        shown.setBuddy(editor)
        grid.addWidget(shown, row, column)
        grid.addWidget(editor, row, column + 1)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        editor = QLineEdit()
        editor.setAccessibleName(accessible)
        editor.textEdited.connect(lambda text: self._edited(name, text))
        self.saver.watch_focus(editor)
        return editor

    def _choices(self, name: str, accessible: str, values: type[StrEnum]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        for value in values:
            combo.addItem(label(value), value)
        combo.activated.connect(lambda: self._chosen(name, combo))
        return combo

    def show_item(
        self, item: GridItem | None, everyone: Sequence[GridPerson], again: bool = False
    ) -> None:
        """Shows an item's fields, saving anything typed for the one before.

        The item already shown is left as it is, so typing is never interrupted
        by its own save, unless ``again`` asks to read it afresh.
        """
        if not again and item is not None and item.id == self._item_id:
            return
        self.saver.flush()
        self._item_id = item.id if item is not None else None
        self._loading = True
        try:
            self.about.clear()
            self.about.addItem(_("Nobody in particular"), None)
            for person in everyone:
                self.about.addItem(person.name, person.id)
            if item is not None:
                self._fill(item)
        finally:
            self._loading = False
        for widget in self.findChildren(QWidget):
            widget.setEnabled(item is not None)
        self._consent_enabled()

    def _fill(self, item: GridItem) -> None:
        self.title_line.setText(item.title)
        self.source_line.setText(item.source)
        self.words.setPlainText(item.text)
        self.category.setCurrentIndex(self.category.findData(item.category))
        self.sensitivity.setCurrentIndex(self.sensitivity.findData(item.sensitivity))
        self.about.setCurrentIndex(max(0, self.about.findData(item.about_id)))
        self.needs_consent.setChecked(item.needs_family_consent)
        self.consent.setCurrentIndex(
            [value for value, _text in CONSENT_CHOICES].index(item.family_consent))
        self.consent_by.setText(item.family_consent_by)
        self.consent_on.set_date(item.family_consent_on)

    def _consent_enabled(self) -> None:
        wanted = self._item_id is not None and self.needs_consent.isChecked()
        for widget in (self.consent, self.consent_by, self.consent_on):
            widget.setEnabled(wanted)

    def _consent_needed(self, checked: bool) -> None:
        self._consent_enabled()
        if not self._loading:
            self._edited("needs_family_consent", checked)
            self.saver.flush()

    def _chosen(self, name: str, combo: QComboBox) -> None:
        self._edited(name, combo.currentData())
        self.saver.flush()

    def _edited(self, name: str, value: Any) -> None:
        if not self._loading and self._item_id is not None:
            self.saver.edited(name, value)

    def _save(self, name: str, value: Any) -> Any:
        assert self._item_id is not None
        return sharing.update_item(self._db, self._item_id, name, value)

    def focus_title(self) -> None:
        self.title_line.setFocus()
        self.title_line.selectAll()
