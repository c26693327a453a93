"""The interface in Welsh: the app's menus and Qt's own buttons, from the ``fgc_ui`` catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from fgc_desktop.i18n import catalogue as catalogues
from fgc_desktop.services.settings import save_setting
from fgc_desktop.store.database import Database
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.qt_translation import install_qt_translation
from fgc_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import WindowFactory

TINY_WELSH_CATALOGUE = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: cy\\n"

msgid "&File"
msgstr "&Ffeil"

msgid "&Help"
msgstr "&Help"

msgid "Settings"
msgstr "Gosodiadau"

msgctxt "QPlatformTheme"
msgid "Cancel"
msgstr "Canslo"

msgctxt "QPlatformTheme"
msgid "OK"
msgstr "Iawn"

msgctxt "QLineEdit"
msgid "&Copy"
msgstr "&Copïo"

msgctxt "QFileDialog"
msgid "Cancel"
msgstr "Not one of Qt's marked messages"
"""


@pytest.fixture
def welsh_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A tiny Welsh interface catalogue in a folder of its own; English again afterwards."""
    folder = tmp_path / "translations" / "cy" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "fgc_ui.po").write_text(TINY_WELSH_CATALOGUE, encoding="utf-8")
    monkeypatch.setattr(catalogues, "translations_dir", lambda: tmp_path / "translations")
    forget_loaded_catalogues()
    yield
    catalogues.set_interface_language("en")
    install_qt_translation("en")
    forget_loaded_catalogues()


def forget_loaded_catalogues() -> None:
    """Catalogues are read once per run; a test that swaps the files must read them again."""
    catalogues.catalogue.cache_clear()
    catalogues._shipped.cache_clear()


def cancel_text() -> str:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return buttons.button(QDialogButtonBox.StandardButton.Cancel).text()


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_window_is_welsh_when_the_setting_says_so(
    welsh_catalogue: None, db: Database, make_window: WindowFactory
) -> None:
    save_setting(db, "interface_language", "cy")

    window = make_window(db)

    assert "&Ffeil" in menu_titles(window)
    assert "&File" not in menu_titles(window)
    assert cancel_text() == "Canslo"
    assert QLocale().language() == QLocale.Language.Welsh


def test_qt_standard_buttons_and_menus_speak_welsh(
    welsh_catalogue: None, db: Database, make_window: WindowFactory, data_folder: Path,
    qtbot: QtBot,
) -> None:
    save_setting(db, "interface_language", "cy")
    make_window(db)

    dialog = SettingsDialog(db, data_folder)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok, cancel = (buttons.button(which) for which in (QDialogButtonBox.StandardButton.Ok,
                                                     QDialogButtonBox.StandardButton.Cancel))
    line = QLineEdit()
    qtbot.addWidget(line)
    menu = line.createStandardContextMenu()
    copy_texts = [action.text() for action in menu.actions()]

    assert (dialog.windowTitle(), ok.text(), cancel.text()) == ("Gosodiadau", "Iawn", "Canslo")
    assert any(text.startswith("&Copïo") for text in copy_texts)
    assert any(text.startswith("&Paste") for text in copy_texts)


def test_qt_keeps_its_english_for_what_the_catalogue_does_not_know(
    welsh_catalogue: None, db: Database, make_window: WindowFactory
) -> None:
    save_setting(db, "interface_language", "cy")
    make_window(db)

    assert QCoreApplication.translate("QFileDialog", "Cancel") == "Cancel"
    assert QCoreApplication.translate("QPlatformTheme", "Help") == "Help"


def test_back_to_english_takes_every_welsh_word_away(
    welsh_catalogue: None, db: Database, make_window: WindowFactory
) -> None:
    save_setting(db, "interface_language", "cy")
    make_window(db)
    save_setting(db, "interface_language", "en")

    window = make_window(db)

    assert "&File" in menu_titles(window)
    assert cancel_text() == "Cancel"


def test_a_language_the_interface_is_not_in_gives_a_wholly_english_window(
    welsh_catalogue: None, db: Database, make_window: WindowFactory
) -> None:
    save_setting(db, "interface_language", "pl")

    window = make_window(db)

    assert "&File" in menu_titles(window)
    assert cancel_text() == "Cancel"


def test_settings_say_a_language_chosen_earlier_waits_for_the_next_start(
    db: Database, data_folder: Path, qtbot: QtBot
) -> None:
    save_setting(db, "interface_language", "cy")

    dialog = SettingsDialog(db, data_folder)
    qtbot.addWidget(dialog)

    assert "Cymraeg the next time you start it" in dialog.language_note()
    choice = dialog.editor("interface_language").focus_widget
    assert isinstance(choice, QComboBox)
    choice.setCurrentIndex(choice.findData("en"))
    assert dialog.language_note() == ""
