"""The settings dialog: the service, the coordinator, targets, backups, language, database.

The form is built from the settings registry, so a new setting appears here
without touching this module; only the address, the logo, the interface
language and the database are handled by name. Nothing is saved until OK.
A new interface language is used from the next start, so the window is never
half in one language and half in another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop import settings as registry
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import language
from fgc_desktop.services.settings import load_settings, save_setting
from fgc_desktop.settings import SettingSpec
from fgc_desktop.store.database import Database
from fgc_desktop.ui.qt_translation import language_in_use
from fgc_desktop.ui.settings_database import DatabaseChoice
from fgc_desktop.ui.settings_editors import (
    CheckEditor,
    FolderEditor,
    LanguageEditor,
    LineEditor,
    MultilineEditor,
    NumberEditor,
    SettingEditor,
)
from fgc_desktop.ui.settings_logo import LogoEditor
from fgc_desktop.ui.settings_widgets import MessageLabel, Mnemonics, help_label


@dataclass(frozen=True)
class Section:
    """A tab of the dialog, holding the settings whose keys start with one of its prefixes."""

    title: str
    prefixes: tuple[str, ...]


SECTIONS: tuple[Section, ...] = (
    Section(N_("Service"), ("service_", "print_")),
    Section(N_("You"), ("coordinator_",)),
    Section(N_("Targets and keeping records"), ("target_", "retention_")),
    Section(N_("Backups"), ("backup_",)),
    Section(N_("Language"), ("interface_",)),
)
OTHER_SECTION_TITLE = N_("Other")
DATABASE_SECTION_TITLE = N_("Database")

EDITORS_BY_KEY: dict[str, type[SettingEditor]] = {
    "service_address": MultilineEditor,
    "service_logo_png": LogoEditor,
    "interface_language": LanguageEditor,
    "backup_folder": FolderEditor,
}
EDITORS_BY_TYPE: dict[type, type[SettingEditor]] = {
    str: LineEditor,
    int: NumberEditor,
    bool: CheckEditor,
}

_TARGET_HELP = N_("Set this to your service's own target.")
_OWN_CONTACT_HELP = N_("Printed on documents only if you tick that choice on the Service tab.")
HELP: dict[str, str] = {
    "service_name": N_("Shown on every letter and leaflet."),
    "service_address": N_("Printed on documents so families know where to find the service."),
    "service_phone": N_("Printed on documents so families can call the service."),
    "service_email": N_("Printed on documents so families can write to the service."),
    "service_logo_png": N_("Printed at the top of documents. Choose a PNG or JPEG picture."),
    "print_coordinator_contact": N_(
        "Leave this off to give families only the service's phone and email."
    ),
    "coordinator_name": N_("Shown on letters as the person running the conference."),
    "coordinator_phone": _OWN_CONTACT_HELP,
    "coordinator_email": _OWN_CONTACT_HELP,
    "target_days_to_meeting": _TARGET_HELP,
    "target_days_plan_sent": _TARGET_HELP,
    "target_days_to_review": _TARGET_HELP,
    "retention_months": N_("Your council's records policy says how long this should be."),
    "backup_keep": N_("How many daily backups to keep. FGC Desktop makes one a day by itself "
                      "and removes the oldest."),
    "backup_folder": N_("Folder for backups; empty means the “backups” folder in the app's "
                        "data folder."),
    "interface_language": N_(
        "The language of FGC Desktop's own menus and buttons. "
        "Each family's documents are in the language chosen for that family."
    ),
}


def sections_with_settings() -> list[tuple[str, list[SettingSpec]]]:
    """Each tab's title and settings, in registry order; unclaimed settings go under Other."""
    grouped: dict[str, list[SettingSpec]] = {section.title: [] for section in SECTIONS}
    grouped[OTHER_SECTION_TITLE] = []
    for spec in (spec for spec in registry.SETTINGS if spec.in_settings_dialog):
        section = next(
            (section for section in SECTIONS if spec.key.startswith(section.prefixes)), None
        )
        grouped[section.title if section else OTHER_SECTION_TITLE].append(spec)
    return [(title, specs) for title, specs in grouped.items() if specs]


class SettingsDialog(QDialog):
    """Changes the settings; OK checks and saves them, Cancel leaves everything as it was."""

    def __init__(self, db: Database, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(_("Settings"))
        self._editors: dict[str, SettingEditor] = {}
        sections = sections_with_settings()
        tab_letters = Mnemonics()
        tab_titles = [
            tab_letters.mark(_(title))
            for title in [*(title for title, _specs in sections), DATABASE_SECTION_TITLE]
        ]
        self._tabs = QTabWidget()
        self._tabs.setAccessibleName(_("Kinds of setting"))
        self._tabs.tabBar().setAccessibleName(_("Kinds of setting"))
        values = load_settings(db)
        for (_title, specs), tab_title in zip(sections, tab_titles, strict=False):
            page = self._form_page(specs, values, Mnemonics(tab_letters.taken))
            self._tabs.addTab(_scrolling(page), tab_title)
        self._database = DatabaseChoice(data_dir, Mnemonics(tab_letters.taken))
        self._tabs.addTab(_scrolling(self._database), tab_titles[-1])
        self._message = MessageLabel()
        self._language_note = MessageLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(self._language_note)
        layout.addWidget(self._message)
        layout.addWidget(buttons)
        self._follow_language_choice()
        next(iter(self._editors.values())).focus_widget.setFocus()
        self._size_to_fit_text()

    def editor(self, key: str) -> SettingEditor:
        return self._editors[key]

    @property
    def database(self) -> DatabaseChoice:
        return self._database

    def message(self) -> str:
        return self._message.text()

    def language_note(self) -> str:
        return self._language_note.text()

    def accept(self) -> None:
        """Saves what changed, or shows what is wrong and stays open with nothing saved."""
        changes = {key: editor for key, editor in self._editors.items() if editor.is_changed()}
        for editor in changes.values():
            try:
                editor.spec.check(editor.value())
            except UserError as error:
                self._show_problem(str(error), editor.focus_widget)
                return
        try:
            url = self._database.chosen_url()
            if self._database.is_changed():
                self._database.save(url)
        except UserError as error:
            self._show_problem(str(error), self._database.url_field)
            return
        for key, editor in changes.items():
            save_setting(self._db, key, editor.value())
        super().accept()

    def _follow_language_choice(self) -> None:
        editor = self._editors.get("interface_language")
        if editor is not None and isinstance(editor.focus_widget, QComboBox):
            editor.focus_widget.currentIndexChanged.connect(self._explain_language_waiting)
        self._explain_language_waiting()

    def _explain_language_waiting(self) -> None:
        """Says so when a language chosen earlier waits for the next start.

        A choice changed here is explained beside the choice itself.
        """
        editor = self._editors.get("interface_language")
        if editor is None or editor.is_changed() or editor.value() == language_in_use():
            self._language_note.clear()
            return
        self._language_note.show_note(
            _("FGC Desktop will be in {language} the next time you start it.").format(
                language=language(str(editor.value())).native_name
            )
        )

    def _size_to_fit_text(self) -> None:
        """Room for most pages without scrolling, measured in text so it grows with scaling."""
        metrics = self.fontMetrics()
        wanted = self.sizeHint().expandedTo(
            QSize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 30)
        )
        screen = self.screen().availableSize() * 0.9
        self.resize(wanted.boundedTo(screen))

    def _form_page(
        self, specs: Sequence[SettingSpec], values: dict[str, object], mnemonics: Mnemonics
    ) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            editor_type = EDITORS_BY_KEY.get(spec.key) or EDITORS_BY_TYPE[spec.kind]
            label = None if editor_type.has_own_label else QLabel(mnemonics.mark(_(spec.title)))
            editor = editor_type(spec, values[spec.key], mnemonics)
            self._editors[spec.key] = editor
            field = _with_help(editor, HELP.get(spec.key))
            if label is None:
                form.addRow("", field)
            else:
                label.setBuddy(editor.focus_widget)
                form.addRow(label, field)
        return page

    def _show_problem(self, text: str, widget: QWidget) -> None:
        self._message.show_problem(text)
        for index in range(self._tabs.count()):
            page = self._tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self._tabs.setCurrentIndex(index)
        widget.setFocus()


def _with_help(editor: SettingEditor, help_text: str | None) -> QWidget:
    """The editor with its advice underneath, which screen readers also read with the field."""
    if not help_text:
        return editor.widget
    editor.focus_widget.setAccessibleDescription(_(help_text))
    container = QWidget()
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(editor.widget)
    layout.addWidget(help_label(_(help_text)))
    return container


def _scrolling(page: QWidget) -> QScrollArea:
    """The page in a scroll area, so it stays usable on a small screen at large text sizes."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
