"""Starting the app (and restoring at start), its menus, settings, and case files."""

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.errors import UserError
from fgc_desktop.services.backup import make_backup
from fgc_desktop.services.conferences import create_conference, list_conferences
from fgc_desktop.store.database import DATABASE_FILE, Database, sqlite_url
from fgc_desktop.ui import app as app_module
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.restore_dialog import RestoreDialog
from fgc_desktop.ui.settings_dialog import SettingsDialog
from fgc_desktop.ui.window_state import FILE_NAME
from tests.ui.conftest import WindowFactory, when_dialog_opens
from tests.ui.sample_conference import REFERENCE, build_sample_conference


def test_a_database_that_cannot_open_is_explained_and_a_restore_offered(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_folder: Path
) -> None:
    shown: list[tuple[str, list[str]]] = []

    def refuse(_folder: Path) -> Database:
        raise UserError("The database file is damaged and could not be opened.")

    def read_and_close(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        shown.append((box.text(), [button.text() for button in box.buttons()]))
        box.reject()

    monkeypatch.setattr("fgc_desktop.cli.open_database", refuse)
    when_dialog_opens(qtbot, read_and_close)

    assert app_module.run_app(data_folder) == app_module.USER_ERROR
    assert shown == [("The database file is damaged and could not be opened.",
                      ["&Restore from a backup…", "&Close"])]


def test_run_app_shows_the_window_and_remembers_its_layout(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_folder: Path
) -> None:
    def close_at_once() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        assert len(windows) == 1 and windows[0].isVisible()
        windows[0].close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(close_at_once))

    assert app_module.run_app(data_folder) == 0
    assert (data_folder / FILE_NAME).is_file()


def test_the_menus_hold_the_promised_actions(window: MainWindow) -> None:
    menus = {
        menu.title(): [action.text() for action in menu.actions() if action.text()]
        for menu in (action.menu() for action in window.menuBar().actions()) if menu
    }

    assert menus["&File"] == ["&New conference…", "&Import case file…", "&Export case file…",
                              "&Back up now…", "&Restore from a backup…",
                              "&History of changes…", "Records past their &keeping period…",
                              "&Settings…", "&Quit"]
    assert menus["&Conference"][:2] == ["&Open", "&Archive"]
    assert menus["&Conference"][-1] == "&History of this conference…"
    assert menus["&Help"] == ["&About FGC Desktop"]
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.new_action.shortcut().toString() == "Ctrl+N"


def test_settings_opens_the_settings_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QWidget] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: opened.append(dialog) or 0)

    window.settings_action.trigger()

    assert len(opened) == 1 and isinstance(opened[0], SettingsDialog)


def test_a_case_file_exported_from_one_folder_imports_into_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_window: WindowFactory,
    db: Database,
) -> None:
    build_sample_conference(db)
    window = make_window(db)
    window.show_list()
    case_file = tmp_path / "case.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(case_file), ""))
    window.export_action.trigger()
    assert case_file.is_file()

    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other = Database(sqlite_url(other_folder))
    try:
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *_args: (str(case_file), ""))
        other_window = make_window(other)
        other_window.import_action.trigger()

        assert [row.reference for row in list_conferences(other)] == [REFERENCE]
        assert other_window.in_workspace()
        assert other_window.workspace.reference == REFERENCE
        other_window.close()
    finally:
        other.close()


def test_importing_a_conference_already_there_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, window: MainWindow, db: Database
) -> None:
    build_sample_conference(db)
    window.show_list()
    case_file = tmp_path / "case.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(case_file), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(case_file), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    window.export_action.trigger()

    window.import_action.trigger()

    assert len(warnings) == 1 and REFERENCE in warnings[0]
    assert not window.in_workspace()


def test_a_damaged_database_is_restored_from_a_backup_at_start(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_folder: Path, db: Database
) -> None:
    create_conference(db, "FGC-TEST-0051", "Savedby")
    make_backup(db, data_folder / "backups" / "fgc-backup-20260302-093000")
    db.close()
    for suffix in ("-wal", "-shm"):
        (data_folder / f"{DATABASE_FILE}{suffix}").unlink(missing_ok=True)
    (data_folder / DATABASE_FILE).write_bytes(b"not a database at all " * 200)
    problems: list[str] = []
    shown: list[str] = []

    def choose_restore(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        problems.append(box.text())
        when_dialog_opens(qtbot, restore_the_newest)
        next(button for button in box.buttons()
             if button.text() == "&Restore from a backup…").click()

    def restore_the_newest(dialog: QDialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        dialog.show_contents()

        def replace_once_read() -> None:
            if not dialog.replace_button.isEnabled():
                QTimer.singleShot(20, replace_once_read)
                return
            dialog.ask_to_replace()
            dialog.confirm.yes.click()

        replace_once_read()

    def look_and_close() -> int:
        window = next(widget for widget in QApplication.topLevelWidgets()
                      if isinstance(widget, MainWindow) and widget.isVisible())
        shown.extend(row.reference for row in list_conferences(window.db))
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(look_and_close))
    when_dialog_opens(qtbot, choose_restore)

    assert app_module.run_app(data_folder) == 0
    assert len(problems) == 1 and "damaged" in problems[0]
    assert shown == ["FGC-TEST-0051"]
    assert list((data_folder).glob("fgc-desktop-replaced-*.sqlite3")), "the damaged file is kept"
