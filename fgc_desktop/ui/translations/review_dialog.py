"""Tools ▸ Translations: a reviewer checks a language's family documents and approves it.

``TranslationReviewDialog(data_dir, parent)``: ``data_dir`` is the app's data
folder, where the service's corrections and approvals are kept. The English
and the words in use sit side by side; a reviewer corrects a message, saves
it (it is checked first), approves the language with their name, and can
export the catalogue as a ``.po`` for an outside translator and import it back.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import DOCUMENTS_DOMAIN, _, source_path, use_data_folder
from fgc_desktop.i18n.exchange import export_catalogue, import_catalogue
from fgc_desktop.i18n.languages import LANGUAGES, language
from fgc_desktop.i18n.overrides import (
    ReviewMessage,
    form_examples,
    review_messages,
    save_corrections,
)
from fgc_desktop.i18n.status import REVIEWER_LENGTH, approve_language, language_status
from fgc_desktop.ui.dialog_parts import close_buttons, labelled_row
from fgc_desktop.ui.folders import documents_folder
from fgc_desktop.ui.labels import show_date
from fgc_desktop.ui.settings_widgets import MessageLabel
from fgc_desktop.ui.translations.language_fonts import language_font
from fgc_desktop.ui.translations.review_editor import MessageEditor

ALL, CORRECTED = "all", "corrected"
ENGLISH_COLUMN, TRANSLATION_COLUMN, CORRECTED_COLUMN = range(3)
TABLE_SHARE = 45  # percent of the height for the list; the splitter moves


class RightToLeftCells(QStyledItemDelegate):
    """Cells set right to left, so Arabic-script words and their full stops read in order."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.RightToLeft


def reviewable_languages() -> list[str]:
    """The languages whose family documents the app ships in words of their own."""
    return [lang.code for lang in LANGUAGES
            if lang.code != "en" and source_path(DOCUMENTS_DOMAIN, lang.code).exists()]


class TranslationReviewDialog(QDialog):
    """Chooses a language, lists its messages, edits one, approves the whole language."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_data_folder(data_dir)
        self.messages: list[ReviewMessage] = []
        self._examples: tuple[tuple[int, ...], ...] = ()
        self._loaded_code = "en"
        self.setWindowTitle(_("Translations of family documents"))
        self.setAccessibleName(self.windowTitle())
        self.language_choice = QComboBox()
        self.language_choice.setAccessibleName(_("Language"))
        for code in reviewable_languages():
            self.language_choice.addItem(language(code).label, code)
        self.status = MessageLabel()
        self.show_choice = QComboBox()
        self.show_choice.setAccessibleName(_("Show"))
        self.show_choice.addItem(_("All messages"), ALL)
        self.show_choice.addItem(_("Only those corrected here"), CORRECTED)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Words in the English or the translation"))
        self.search.setAccessibleName(_("Search"))
        self.search.setClearButtonEnabled(True)
        self.table = self._make_table()
        self._right_to_left = RightToLeftCells(self.table)
        self._left_to_right = self.table.itemDelegate()
        self.editor = MessageEditor()
        self.problem = MessageLabel()
        self.save_button = QPushButton(_("&Save correction"))
        self.undo_button = QPushButton(_("&Put back the app's words"))
        self.reviewer = QLineEdit()
        self.reviewer.setMaxLength(REVIEWER_LENGTH)
        self.reviewer.setAccessibleName(_("Reviewer's name"))
        self.approve_button = QPushButton(_("&Approve this language"))
        self.export_button = QPushButton(_("E&xport .po…"))
        self.import_button = QPushButton(_("&Import .po…"))
        for button in (self.save_button, self.undo_button, self.approve_button,
                       self.export_button, self.import_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self._lay_out()
        self.language_choice.currentIndexChanged.connect(lambda _i: self._load_language())
        self.show_choice.currentIndexChanged.connect(lambda _i: self._fill_table())
        self.search.textChanged.connect(lambda _t: self._fill_table())
        self.table.currentCellChanged.connect(self._moved)
        self.editor.edited.connect(self._enable)
        self.save_button.clicked.connect(self.save_current)
        self.undo_button.clicked.connect(self.undo_current)
        self.approve_button.clicked.connect(self.approve)
        self.reviewer.textChanged.connect(lambda _t: self._enable())
        self.export_button.clicked.connect(self._ask_export)
        self.import_button.clicked.connect(self._ask_import)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_current)
        width, height = self.fontMetrics().averageCharWidth(), self.fontMetrics().height()
        self.resize(width * 160, height * 44)
        self._load_language()

    # --- layout ----------------------------------------------------------------------------

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setAccessibleName(_("Messages"))
        table.setHorizontalHeaderLabels([_("English"), _("Translation"), _("Corrected")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(ENGLISH_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TRANSLATION_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CORRECTED_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _lay_out(self) -> None:
        choose = QFormLayout()
        labelled_row(choose, _("&Language:"), self.language_choice)
        filters = QHBoxLayout()
        filters.addWidget(self.show_choice)
        filters.addWidget(self.search, 1)
        labelled_row(choose, _("Sho&w:"), self.show_choice, filters)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        editing = QWidget()
        edit_layout = QVBoxLayout(editing)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addWidget(scroll, 1)
        edit_layout.addWidget(self.problem)
        edit_buttons = QHBoxLayout()
        edit_buttons.addWidget(self.save_button)
        edit_buttons.addWidget(self.undo_button)
        edit_buttons.addStretch(1)
        edit_layout.addLayout(edit_buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(editing)
        split.setStretchFactor(0, TABLE_SHARE)
        split.setStretchFactor(1, 100 - TABLE_SHARE)
        split.setChildrenCollapsible(False)
        approval = QFormLayout()
        approve_row = QHBoxLayout()
        approve_row.addWidget(self.reviewer, 1)
        approve_row.addWidget(self.approve_button)
        labelled_row(approval, _("&Reviewer's name:"), self.reviewer, approve_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        buttons = close_buttons()
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addLayout(approval)
        layout.addLayout(bottom)

    # --- showing ---------------------------------------------------------------------------

    def code(self) -> str:
        """The language whose messages are listed."""
        return self._loaded_code

    def choose_language(self, code: str) -> None:
        self.language_choice.setCurrentIndex(max(0, self.language_choice.findData(code)))

    def _load_language(self) -> None:
        self.problem.clear()
        self._keep_typed()
        code = self._loaded_code = str(self.language_choice.currentData() or "en")
        self.messages = review_messages(code) if code != "en" else []
        self._examples = form_examples(code) if code != "en" else ()
        self._show_status()
        self._fill_table()

    def _show_status(self) -> None:
        status = language_status(self.code())
        if status.is_draft and status.reviewed_by:
            self.status.show_problem(_(
                "Draft: changed since {name} approved it on {day}. Check the changes, then "
                "approve it again.").format(name=status.reviewed_by,
                                            day=show_date(status.reviewed_on)))
        elif status.is_draft:
            self.status.show_problem(_(
                "Draft: a machine-assisted translation. A qualified interpreter should check "
                "every message, correct what is wrong, then approve the language."))
        else:
            self.status.show_note(_("Reviewed by {name} on {day}.").format(
                name=status.reviewed_by, day=show_date(status.reviewed_on)))

    def shown_messages(self) -> list[ReviewMessage]:
        wanted = self.search.text().strip().casefold()
        only_corrected = self.show_choice.currentData() == CORRECTED
        return [message for message in self.messages
                if (message.corrected or not only_corrected)
                and (not wanted or wanted in _searchable(message))]

    def _fill_table(self) -> None:
        self._keep_typed()
        shown = self.shown_messages()
        font = language_font(self.table.font(), self.code())
        self.table.setItemDelegateForColumn(
            TRANSLATION_COLUMN, self._right_to_left if language(self.code()).right_to_left
            else self._left_to_right)
        self.table.blockSignals(True)
        self.table.setRowCount(len(shown))
        for row, message in enumerate(shown):
            english = QTableWidgetItem(" / ".join(message.english))
            english.setData(Qt.ItemDataRole.UserRole, message.key)
            if message.comments:
                english.setToolTip("\n".join(message.comments))
            translated = QTableWidgetItem(" / ".join(message.translation))
            translated.setFont(font)
            corrected = QTableWidgetItem(_("Corrected") if message.corrected else "")
            for column, item in enumerate((english, translated, corrected)):
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        if shown:
            self.table.setCurrentCell(0, ENGLISH_COLUMN)
        self._show_current()

    def current_message(self) -> ReviewMessage | None:
        key = self._key_at(self.table.currentRow())
        return next((m for m in self.messages if m.key == key), None)

    def _moved(self, row: int, _column: int, previous_row: int, _previous_column: int) -> None:
        """Keeps what was typed for the message left; stays on it if it cannot be kept."""
        leaving = self.editor.message
        if leaving is None or not self.editor.changed():
            self._show_current()
            return
        going_to = self._key_at(row)
        if not self._change(leaving, self.editor.texts()):
            self.table.blockSignals(True)
            self.table.setCurrentCell(previous_row, ENGLISH_COLUMN)
            self.table.blockSignals(False)
            return
        if going_to is not None:
            self._select(going_to)

    def _key_at(self, row: int) -> tuple[str, str | None] | None:
        item = self.table.item(row, ENGLISH_COLUMN)
        return None if item is None else tuple(item.data(Qt.ItemDataRole.UserRole))

    def _show_current(self) -> None:
        self.editor.show_message(self.current_message(), self.code(), self._examples)
        self._enable()

    def _enable(self) -> None:
        message = self.editor.message
        self.save_button.setEnabled(self.editor.changed())
        if self.editor.changed():
            self.undo_button.setText(_("&Undo my change"))
        else:
            self.undo_button.setText(_("&Put back the app's words"))
        self.undo_button.setAccessibleName(self.undo_button.text().replace("&", ""))
        self.undo_button.setEnabled(self.editor.changed() or (
            message is not None and message.corrected))
        self.approve_button.setEnabled(bool(self.reviewer.text().strip()) and bool(self.messages))

    # --- changing --------------------------------------------------------------------------

    def save_current(self) -> None:
        """Keeps the words in the editor for the message shown, or says why not."""
        message = self.editor.message
        if message is None or not self.editor.changed():
            return
        self._change(message, self.editor.texts())

    def undo_current(self) -> None:
        """Drops the change being typed; without one, puts back the app's own words."""
        message = self.editor.message
        if message is None:
            return
        if self.editor.changed():
            self.problem.clear()
            self._show_current()
        elif message.corrected:
            self._change(message, message.shipped)

    def _change(self, message: ReviewMessage, texts: tuple[str, ...]) -> bool:
        """Saves ``texts`` for ``message`` and shows the list again; False if refused."""
        try:
            save_corrections(self.code(), {message.key: texts})
        except UserError as error:
            self.problem.show_problem(str(error))
            return False
        self.editor.show_message(None, self.code(), self._examples)
        self.messages = review_messages(self.code())
        self._show_status()
        self._fill_table()
        self._select(message.key)
        self.problem.show_note(_("Saved. Documents use the new words from now on."))
        return True

    def _keep_typed(self) -> None:
        """Saves a change left in the editor before the list is shown again, or says why not."""
        message = self.editor.message
        if message is not None and self.editor.changed():
            try:
                save_corrections(self.code(), {message.key: self.editor.texts()})
                self.messages = review_messages(self.code())
            except UserError as error:
                self.problem.show_problem(_("Your change was not kept. {reason}").format(
                    reason=error))
        self.editor.show_message(None, self.code(), self._examples)

    def _select(self, key: tuple[str, str | None]) -> None:
        for row in range(self.table.rowCount()):
            if self._key_at(row) == key:
                self.table.setCurrentCell(row, ENGLISH_COLUMN)
                return

    def approve(self) -> None:
        """Records that the reviewer named has checked every message of this language."""
        if self.editor.changed():
            self.save_current()
            if self.editor.changed():
                return
        try:
            approve_language(self.code(), self.reviewer.text(), date.today())
        except UserError as error:
            self.problem.show_problem(str(error))
            return
        self._show_status()

    # --- exchanging with outside translators ----------------------------------------------

    def _ask_export(self) -> None:
        suggested = str(Path(documents_folder()) / f"fgc_documents-{self.code()}.po")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _("Export the catalogue"), suggested, _("Translation catalogues (*.po)"))
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> None:
        try:
            export_catalogue(self.code(), path)
        except OSError as error:
            self.problem.show_problem(_("{file} could not be written ({reason}). Choose "
                                        "another folder.").format(
                                            file=path.name, reason=error.strerror or error))
            return
        self.problem.show_note(_("Saved {file}. Send it to the translator; import it back "
                                 "when it is done.").format(file=path))

    def _ask_import(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _("Import a catalogue"), documents_folder(),
            _("Translation catalogues (*.po)"))
        if chosen:
            self.import_from(Path(chosen))

    def import_from(self, path: Path) -> None:
        try:
            differing = import_catalogue(self.code(), path)
        except UserError as error:
            self.problem.show_problem(str(error))
            return
        self._load_language()
        self.problem.show_note(_("Imported {file}: {count} messages now differ from the "
                                 "app's words.").format(file=path.name, count=differing))

    def done(self, result: int) -> None:
        """Keeps an unsaved correction on closing; stays open if it cannot be kept."""
        self.save_current()
        if not self.editor.changed():
            super().done(result)


def _searchable(message: ReviewMessage) -> str:
    return " ".join((*message.english, *message.translation, *message.comments)).casefold()
