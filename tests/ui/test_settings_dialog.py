"""The settings dialog, used as a coordinator uses it: edit, press OK or Esc, read back."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fgc_desktop import settings as registry
from fgc_desktop.domain.errors import UserError
from fgc_desktop.services import settings as settings_service
from fgc_desktop.services.settings import load_settings, save_setting
from fgc_desktop.settings import CONNECTION_FILE, SettingSpec, read_database_url
from fgc_desktop.store.database import Database
from fgc_desktop.ui.settings_dialog import SettingsDialog
from fgc_desktop.ui.settings_editors import LanguageEditor
from fgc_desktop.ui.settings_logo import LogoEditor, logo_png_base64_from_file
from fgc_desktop.ui.settings_widgets import Mnemonics

W = TypeVar("W", bound=QWidget)


def opened(qtbot: QtBot, db: Database, data_folder: Path) -> SettingsDialog:
    """The dialog on screen and active, as it is when opened from the menu."""
    dialog = SettingsDialog(db, data_folder)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


@pytest.fixture
def dialog(qtbot: QtBot, db: Database, data_folder: Path) -> SettingsDialog:
    return opened(qtbot, db, data_folder)


def control(dialog: QDialog, kind: type[W], name: str) -> W:
    """The one control of ``kind`` a screen reader would call ``name``."""
    matches = [widget for widget in dialog.findChildren(kind) if widget.accessibleName() == name]
    assert len(matches) == 1, f"expected one {kind.__name__} called {name!r}"
    return matches[0]


def press(qtbot: QtBot, dialog: QDialog, which: QDialogButtonBox.StandardButton) -> None:
    button_box = dialog.findChild(QDialogButtonBox)
    assert button_box is not None
    qtbot.mouseClick(button_box.button(which), Qt.MouseButton.LeftButton)


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def make_picture(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("teal"))
    assert image.save(str(path))
    return path


def test_edits_are_saved_when_enter_is_pressed(
    qtbot: QtBot, dialog: SettingsDialog, db: Database
) -> None:
    name = control(dialog, QLineEdit, "Service name")
    replace_text(qtbot, name, "Riverside Family Meetings")
    target = control(dialog, QSpinBox, "Target days from meeting to plan sent out")
    replace_text(qtbot, target, "14")
    qtbot.keyClick(control(dialog, QCheckBox, "Print the coordinator's own phone and email on "
                           "documents"), Qt.Key.Key_Space)

    qtbot.keyClick(name, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = load_settings(db)
    assert saved["service_name"] == "Riverside Family Meetings"
    assert saved["target_days_plan_sent"] == 14
    assert saved["print_coordinator_contact"] is True


@pytest.mark.parametrize("how", ["escape", "cancel button"])
def test_cancel_discards_edits(
    qtbot: QtBot, dialog: SettingsDialog, db: Database, data_folder: Path, how: str
) -> None:
    before = load_settings(db)
    replace_text(qtbot, control(dialog, QLineEdit, "Service name"), "Not Kept")
    replace_text(qtbot, control(dialog, QSpinBox, "Keep closed records for (months)"), "12")

    if how == "escape":
        qtbot.keyClick(control(dialog, QLineEdit, "Service name"), Qt.Key.Key_Escape)
    else:
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert load_settings(db) == before
    assert not (data_folder / CONNECTION_FILE).exists()


def test_dialog_shows_the_stored_values(qtbot: QtBot, db: Database, data_folder: Path) -> None:
    save_setting(db, "coordinator_name", "Testy McTestface")
    save_setting(db, "target_days_to_review", 60)
    dialog = SettingsDialog(db, data_folder)
    qtbot.addWidget(dialog)

    assert control(dialog, QLineEdit, "Your name").text() == "Testy McTestface"
    assert control(dialog, QSpinBox, "Target days from meeting to review").value() == 60


def test_numbers_keep_to_the_registry_limits(dialog: SettingsDialog) -> None:
    spin = control(dialog, QSpinBox, "Target days from meeting to plan sent out")
    assert (spin.minimum(), spin.maximum()) == (1, 90)


def test_logo_file_becomes_small_png_text(qtbot: QtBot, tmp_path: Path) -> None:
    picture = make_picture(tmp_path / "big logo.png", 1800, 600)

    stored = logo_png_base64_from_file(picture)

    image = QImage()
    assert image.loadFromData(base64.b64decode(stored), "PNG")
    assert (image.width(), image.height()) == (600, 200)


def test_a_small_logo_keeps_its_size(qtbot: QtBot, tmp_path: Path) -> None:
    stored = logo_png_base64_from_file(make_picture(tmp_path / "small.png", 120, 40))

    image = QImage()
    assert image.loadFromData(base64.b64decode(stored), "PNG")
    assert (image.width(), image.height()) == (120, 40)


def test_a_file_that_is_not_a_picture_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Not a picture at all.", encoding="utf-8")

    with pytest.raises(UserError, match=r"“notes\.txt” is not a picture.*PNG or JPEG"):
        logo_png_base64_from_file(notes)


def test_logo_chosen_in_the_dialog_is_saved_and_can_be_removed(
    qtbot: QtBot, dialog: SettingsDialog, db: Database, data_folder: Path, tmp_path: Path
) -> None:
    logo = dialog.editor("service_logo_png")
    assert isinstance(logo, LogoEditor)
    remove = control(dialog, QPushButton, "Remove the service logo")
    assert not remove.isEnabled()
    notes = tmp_path / "notes.txt"
    notes.write_text("Not a picture.", encoding="utf-8")

    logo.use_file(notes)
    assert "not a picture" in logo.problem()
    logo.use_file(make_picture(tmp_path / "logo.png", 300, 100))
    assert logo.problem() == ""
    assert remove.isEnabled()
    dialog.accept()
    assert load_settings(db)["service_logo_png"] == logo.value() != ""

    again = opened(qtbot, db, data_folder)
    qtbot.mouseClick(control(again, QPushButton, "Remove the service logo"),
                     Qt.MouseButton.LeftButton)
    again.accept()
    assert load_settings(db)["service_logo_png"] == ""


def test_changing_the_language_says_when_it_takes_effect(
    qtbot: QtBot, dialog: SettingsDialog, db: Database
) -> None:
    choice = control(dialog, QComboBox, "Interface language")
    assert [choice.itemText(index) for index in range(choice.count())] == ["English", "Cymraeg"]
    language = dialog.editor("interface_language")
    assert isinstance(language, LanguageEditor)

    choice.setCurrentIndex(choice.findData("cy"))

    assert "Cymraeg the next time you start it" in language.note()
    dialog.accept()
    assert load_settings(db)["interface_language"] == "cy"


def open_tab(qtbot: QtBot, dialog: QDialog, title: str) -> None:
    """Switches tab as a keyboard user would, with Alt and the tab's underlined letter."""
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    titles = [tabs.tabText(index) for index in range(tabs.count())]
    marked = next(text for text in titles if text.replace("&", "") == title)
    press_alt_letter(qtbot, dialog, marked)
    assert tabs.tabText(tabs.currentIndex()) == marked


def press_alt_letter(qtbot: QtBot, dialog: QDialog, marked_text: str) -> None:
    letter = _mnemonic(marked_text)
    assert letter is not None
    qtbot.keyClick(dialog.focusWidget(), letter, Qt.KeyboardModifier.AltModifier)


def choose(qtbot: QtBot, dialog: QDialog, button: QRadioButton) -> None:
    press_alt_letter(qtbot, dialog, button.text())
    qtbot.waitUntil(button.isChecked)


def choose_server(qtbot: QtBot, dialog: SettingsDialog, url: str) -> None:
    open_tab(qtbot, dialog, "Database")
    choose(qtbot, dialog, control(dialog, QRadioButton, "A shared server"))
    field = control(dialog, QLineEdit, "Server address")
    assert field.isEnabled()
    replace_text(qtbot, field, url)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("not a database address", "is not a database address"),
        ("postgresql://someone@server:port/fgc", "It should look like postgresql+psycopg://"),
        ("", "Enter the shared server's address"),
    ],
)
def test_a_bad_server_address_keeps_the_dialog_open_and_writes_nothing(
    qtbot: QtBot, dialog: SettingsDialog, db: Database, data_folder: Path, url: str, problem: str
) -> None:
    before = load_settings(db)
    replace_text(qtbot, control(dialog, QLineEdit, "Service name"), "Not Yet Saved")
    choose_server(qtbot, dialog, url)

    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    assert dialog.isVisible()
    assert problem in dialog.message()
    assert dialog.focusWidget() is control(dialog, QLineEdit, "Server address")
    assert not (data_folder / CONNECTION_FILE).exists()
    assert load_settings(db) == before


def test_a_server_address_is_written_for_the_next_start(
    qtbot: QtBot, dialog: SettingsDialog, data_folder: Path
) -> None:
    url = "postgresql+psycopg://coordinator@fgc-server.example/fgc"
    choose_server(qtbot, dialog, url)
    assert "next time it starts" in dialog.database.message()

    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert read_database_url(data_folder) == url


def test_choosing_this_computer_again_forgets_the_server(
    qtbot: QtBot, db: Database, data_folder: Path
) -> None:
    registry.write_database_url(data_folder, "postgresql+psycopg://someone@server/fgc")
    dialog = opened(qtbot, db, data_folder)
    assert control(dialog, QRadioButton, "A shared server").isChecked()

    open_tab(qtbot, dialog, "Database")
    choose(qtbot, dialog, control(dialog, QRadioButton, "This computer (recommended)"))
    dialog.accept()

    assert read_database_url(data_folder) == ""


def test_unreadable_connection_file_is_explained_and_replaced_on_ok(
    qtbot: QtBot, db: Database, data_folder: Path
) -> None:
    (data_folder / CONNECTION_FILE).write_text("{ not json", encoding="utf-8")
    dialog = SettingsDialog(db, data_folder)
    qtbot.addWidget(dialog)

    assert "could not be read" in dialog.database.message()
    dialog.accept()

    assert json.loads((data_folder / CONNECTION_FILE).read_text(encoding="utf-8")) == {
        "database_url": ""
    }


def focusable_controls(dialog: QDialog) -> Iterator[QWidget]:
    """Every widget Tab can reach, leaving out the parts inside Qt's own compound controls."""
    compound = (QComboBox, QAbstractSpinBox, QTabBar)
    for widget in dialog.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy():
            continue
        parent = widget.parentWidget()
        inside_compound = False
        while parent is not None and parent is not dialog:
            inside_compound = inside_compound or isinstance(parent, compound)
            parent = parent.parentWidget()
        if not inside_compound:
            yield widget


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def test_every_control_has_an_accessible_name(dialog: SettingsDialog) -> None:
    controls = list(focusable_controls(dialog))
    assert len(controls) > 15
    assert [type(widget).__name__ for widget in controls if not spoken_name(widget)] == []


def test_every_field_has_a_label_with_its_own_letter(dialog: SettingsDialog) -> None:
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    tab_letters = [_mnemonic(tabs.tabText(index)) for index in range(tabs.count())]
    labelled = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for widget in focusable_controls(dialog):
        if isinstance(widget, (QLineEdit, QSpinBox, QComboBox)) or widget.inherits(
            "QPlainTextEdit"
        ):
            assert widget in labelled, widget.accessibleName()
    for index in range(tabs.count()):
        page = tabs.widget(index)
        assert page is not None
        letters = [_mnemonic(label.text()) for label in page.findChildren(QLabel)
                   if label.buddy()]
        letters += [_mnemonic(button.text()) for button in page.findChildren(QAbstractButton)]
        letters += tab_letters
        assert None not in letters
        assert len(letters) == len(set(letters)), letters


def _mnemonic(text: str) -> str | None:
    marker = text.replace("&&", "").find("&")
    return text.replace("&&", "")[marker + 1].casefold() if marker >= 0 else None


def test_mnemonics_prefer_the_start_of_a_word() -> None:
    letters = Mnemonics(taken="s")
    assert letters.mark("Service name") == "Service &name"
    assert letters.mark("Service number") == "S&ervice number"
    assert letters.mark("Salt & pepper") == "Salt && &pepper"


def test_a_setting_added_to_the_registry_appears_and_is_saved(
    qtbot: QtBot, db: Database, data_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reminder = SettingSpec("reminder_days_before_meeting", 3,
                           "Days before the meeting to remind the family", 0, 14)
    extended = (*registry.SETTINGS, reminder)
    monkeypatch.setattr(registry, "SETTINGS", extended)
    monkeypatch.setattr(registry, "SETTING_SPECS", {spec.key: spec for spec in extended})
    monkeypatch.setattr(settings_service, "SETTINGS", extended)
    dialog = opened(qtbot, db, data_folder)

    spin = control(dialog, QSpinBox, "Days before the meeting to remind the family")
    assert (spin.value(), spin.maximum()) == (3, 14)
    replace_text(qtbot, spin, "5")
    dialog.accept()

    assert load_settings(db)["reminder_days_before_meeting"] == 5


def test_backups_have_their_own_tab_with_help_and_both_are_saved(
    qtbot: QtBot, dialog: SettingsDialog, db: Database, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    titles = [tabs.tabText(index).replace("&", "") for index in range(tabs.count())]
    tabs.setCurrentIndex(titles.index("Backups"))
    page = tabs.currentWidget()
    assert page is not None
    fields = [*page.findChildren(QSpinBox), *page.findChildren(QLineEdit)]
    assert [field.accessibleName() for field in fields if field.accessibleName()] == [
        "Daily backups to keep", "Folder for backups (empty: the app's own folder)"]
    shown = [label.text() for label in page.findChildren(QLabel)]
    assert any(text.startswith("How many daily backups to keep") for text in shown)
    assert any(text.startswith("Folder for backups; empty means") for text in shown)

    keep = control(dialog, QSpinBox, "Daily backups to keep")
    replace_text(qtbot, keep, "7")
    chosen = tmp_path / "Backups on the shared drive"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(chosen))
    qtbot.mouseClick(control(dialog, QPushButton, "Choose a folder for: Folder for backups "
                             "(empty: the app's own folder)"), Qt.MouseButton.LeftButton)
    folder = control(dialog, QLineEdit, "Folder for backups (empty: the app's own folder)")
    assert folder.text() == str(chosen)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    saved = load_settings(db)
    assert (saved["backup_keep"], saved["backup_folder"]) == (7, str(chosen))


def test_an_emptied_backup_folder_goes_back_to_the_data_folder(
    qtbot: QtBot, db: Database, data_folder: Path
) -> None:
    save_setting(db, "backup_folder", "/somewhere/else")
    dialog = opened(qtbot, db, data_folder)
    replace_text(qtbot, control(dialog, QLineEdit,
                                "Folder for backups (empty: the app's own folder)"), " ")
    dialog.accept()
    assert load_settings(db)["backup_folder"] == ""
