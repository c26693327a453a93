"""The documents page's choices: which document, for whom, how, and what to do with it.

Signals:
    kind_changed(): another kind of document was chosen.
    options_changed(): the language, bilingual or large print changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import LANGUAGES
from fgc_desktop.services.documents import DocumentOptions, Recipient
from fgc_desktop.ui.documents.recipient_list import RecipientList
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.widgets import heading, note, plain


def _button(text: str, icon_name: str) -> QPushButton:
    button = QPushButton(icon(icon_name), text)
    button.setAccessibleName(plain(text))
    return button


class DocumentControls(QWidget):
    kind_changed = Signal()
    options_changed = Signal()

    def __init__(self, title: str, kinds: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.kinds = QComboBox()
        for key, label in kinds:
            self.kinds.addItem(label, key)
        self.kinds.setAccessibleName(_("Document"))
        self.people = RecipientList()
        self.nobody = note(_("This document is for anyone, so it names nobody."))
        self.all_button = _button(_("Tick &everyone"), "user-check")
        self.none_button = _button(_("Tick &nobody"), "circle-minus")
        self.language = QComboBox()
        self.language.addItem(_("Each person's own language"), None)
        for language in LANGUAGES:
            self.language.addItem(language.label, language.code)
        self.language.setAccessibleName(_("Language"))
        self.translations_button = _button(_("T&ranslations of the family's words…"),
                                           "messages")
        self.bilingual = QCheckBox(_("Add &English after their language (Welsh comes first)"))
        self.large_print = QCheckBox(_("&Large print"))
        self.save_button = _button(_("&Save as PDF files…"), "file-type-pdf")
        self.print_button = _button(_("&Print…"), "printer")
        self.pack_button = _button(_("Make the invitation &pack…"), "file-export")
        self.combined = QCheckBox(_("Put the pack in one &combined file"))
        for box in (self.bilingual, self.large_print, self.combined):
            box.setAccessibleName(box.text().replace("&", ""))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(_("Documents made"))
        self.stop_button = _button(_("S&top"), "circle-minus")
        self.status = note()
        self.status.setAccessibleName(_("Documents"))
        self._lay_out(title)
        self.kinds.currentIndexChanged.connect(lambda _index: self.kind_changed.emit())
        for box in (self.bilingual, self.large_print):
            box.toggled.connect(lambda _on: self.options_changed.emit())
        self.language.currentIndexChanged.connect(lambda _index: self.options_changed.emit())
        self.all_button.clicked.connect(lambda: self.people.set_all(True))
        self.none_button.clicked.connect(lambda: self.people.set_all(False))
        self.end_progress("")

    def _lay_out(self, title: str) -> None:
        form = QFormLayout()
        kind_label = QLabel(_("&Document:"))
        kind_label.setBuddy(self.kinds)
        form.addRow(kind_label, self.kinds)
        language_label = QLabel(_("L&anguage:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        form.addRow("", self.translations_button)
        people_label = QLabel(_("&Who it is for, and the language each will get:"))
        people_label.setBuddy(self.people)
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.save_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        pack = QHBoxLayout()
        pack.addWidget(self.pack_button)
        pack.addWidget(self.combined)
        pack.addStretch(1)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        layout.addLayout(form)
        layout.addWidget(people_label)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.nobody)
        layout.addLayout(ticks)
        layout.addWidget(self.bilingual)
        layout.addWidget(self.large_print)
        layout.addLayout(actions)
        layout.addLayout(pack)
        layout.addLayout(working)
        layout.addWidget(self.status)

    def kind(self) -> str:
        return str(self.kinds.currentData())

    def choose_kind(self, key: str) -> None:
        self.kinds.setCurrentIndex(self.kinds.findData(key))

    def options(self) -> DocumentOptions:
        chosen = self.language.currentData()
        return DocumentOptions(str(chosen) if chosen else None, self.bilingual.isChecked(),
                               self.large_print.isChecked())

    def show_people(self, people: Sequence[Recipient], for_anyone: bool) -> None:
        self.people.show_people(people, self.options())
        for widget in (self.people, self.all_button, self.none_button):
            widget.setVisible(not for_anyone)
        self.nobody.setVisible(for_anyone)

    def enable(self, has_people: bool, busy: bool) -> None:
        """Buttons work when there is someone to make a document for and nothing is running."""
        for button in (self.save_button, self.print_button):
            button.setEnabled(has_people and not busy)
        self.pack_button.setEnabled(not busy)

    def say(self, message: str) -> None:
        self.status.setText(message)

    def start_progress(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.stop_button.setVisible(True)
        self.say(_("Making the documents…"))

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.say(_("Made {done} of {total}…").format(done=done, total=total))

    def end_progress(self, message: str) -> None:
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        self.say(message)
