"""The people a document is for, each with a tick, their language and the document's.

Each row reads “Saima Misaal · اردو (Urdu) → اردو + English”: the person's own
language named in its own script, then the language or languages the document
will be printed in with the options chosen. Until a language's words are
translated, the row says the words will be in English.

Signals:
    current_changed(): another person was highlighted, so the preview follows.
    checks_changed(): a tick was set or cleared.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from fgc_desktop.documents.wording import has_translations
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import is_supported, language
from fgc_desktop.services.documents import DocumentOptions, Recipient, language_of

ID_ROLE = Qt.ItemDataRole.UserRole


def language_name(code: str) -> str:
    return language(code).native_name if is_supported(code) else code


def document_language_text(own: str, options: DocumentOptions) -> str:
    """What the reader will get, e.g. “Cymraeg + English”, or a note when not yet translated."""
    chosen = language_of(own, options)
    named = " + ".join(language_name(code) for code in chosen)
    if not all(has_translations(code) for code in chosen):
        return _("{languages} (in English until translated)").format(languages=named)
    return named


class RecipientList(QListWidget):
    current_changed = Signal()
    checks_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Who the document is for"))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self._people: list[Recipient] = []
        self.currentRowChanged.connect(lambda _row: self.current_changed.emit())
        self.itemChanged.connect(lambda _item: self.checks_changed.emit())

    def show_people(self, people: Sequence[Recipient], options: DocumentOptions) -> None:
        """Lists ``people``, all ticked, keeping the highlighted person where they stay."""
        kept = self.current_id()
        self._people = list(people)
        self.blockSignals(True)
        self.clear()
        for person in people:
            item = QListWidgetItem(self._row_text(person, options))
            item.setData(ID_ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.addItem(item)
        rows = [index for index, person in enumerate(people) if person.id == kept]
        self.setCurrentRow(rows[0] if rows else (0 if people else -1))
        self.blockSignals(False)
        self.current_changed.emit()
        self.checks_changed.emit()

    def show_options(self, options: DocumentOptions) -> None:
        """Says again which language each document will be in, after the options changed."""
        for row, person in enumerate(self._people):
            item = self.item(row)
            if item is not None:
                item.setText(self._row_text(person, options))

    @staticmethod
    def _row_text(person: Recipient, options: DocumentOptions) -> str:
        own = language(person.language).label if is_supported(person.language) else (
            person.language)
        return _("{name} · {own} → {document}").format(
            name=person.name, own=own, document=document_language_text(person.language, options))

    def current_id(self) -> int | None:
        item = self.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def checked_ids(self) -> list[int]:
        return [int(item.data(ID_ROLE)) for item in self._items()
                if item.checkState() is Qt.CheckState.Checked]

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self._items():
            item.setCheckState(state)

    def set_checked(self, ids: Sequence[int]) -> None:
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if int(item.data(ID_ROLE)) in ids
                               else Qt.CheckState.Unchecked)

    def _items(self) -> list[QListWidgetItem]:
        return [item for item in (self.item(row) for row in range(self.count()))
                if item is not None]
