"""Back up, restore, history and records past their keeping period, reached from the window."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu
from pytestqt.qtbot import QtBot

from fgc_desktop.services.backup import automatic_backups, backups_folder, make_backup
from fgc_desktop.services.conferences import create_conference, list_conferences
from fgc_desktop.services.settings import save_setting
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference
from fgc_desktop.ui.audit_dialog import AuditDialog
from fgc_desktop.ui.backup_dialog import BackupDialog
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.restore_dialog import RestoreDialog
from fgc_desktop.ui.retention_dialog import RetentionDialog
from tests.ui.conftest import WindowFactory

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def no_work_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def opened_by(qtbot: QtBot, window: MainWindow, action: QAction) -> QDialog:
    action.trigger()
    dialog = window.safety.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and dialog.isModal()
    return dialog


def test_each_menu_item_opens_its_dialog(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    conference_id = create_conference(db, "FGC-TEST-0041", "Menuby")
    safety = window.safety
    assert not safety.conference_history_action.isEnabled()
    for action, kind in ((safety.backup_action, BackupDialog),
                         (safety.restore_action, RestoreDialog),
                         (safety.retention_action, RetentionDialog),
                         (safety.history_action, AuditDialog)):
        dialog = opened_by(qtbot, window, action)
        assert isinstance(dialog, kind)
        dialog.reject()
        qtbot.waitUntil(lambda: window.safety.dialog is None)

    window.open_conference(conference_id)
    assert safety.conference_history_action.isEnabled()
    dialog = opened_by(qtbot, window, safety.conference_history_action)
    assert isinstance(dialog, AuditDialog)
    assert dialog.conference.currentData() == conference_id
    assert dialog.table.rowCount() >= 1


def test_the_menu_items_each_have_their_own_letter(window: MainWindow) -> None:
    for menu in window.menuBar().findChildren(QMenu):
        texts = [action.text() for action in menu.actions() if action.text()]
        letters = [text[text.index("&") + 1].casefold() for text in texts if "&" in text]
        assert len(letters) == len(texts) == len(set(letters)), texts
    assert window.safety.conference_history_action.shortcut().toString() == "Ctrl+H"


def test_a_backup_made_from_the_menu_writes_a_file(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    create_conference(db, "FGC-TEST-0042", "Copyton")
    dialog = opened_by(qtbot, window, window.safety.backup_action)
    assert isinstance(dialog, BackupDialog)
    dialog.folder.setText(str(tmp_path / "stick"))
    with qtbot.waitSignal(dialog.backed_up, timeout=WAIT_MS) as made:
        qtbot.mouseClick(dialog.back_up, Qt.MouseButton.LeftButton)

    assert made.args[0].is_file() and made.args[0].parent == tmp_path / "stick"
    assert "Backed up to" in window.statusBar().currentMessage()


def test_a_restore_shows_the_restored_data_with_no_old_database_left(
    qtbot: QtBot, make_window: WindowFactory, db: Database, data_folder: Path
) -> None:
    create_conference(db, "FGC-TEST-0043", "Keptsby")
    make_backup(db, backups_folder(db, data_folder) / "fgc-backup-20260302-093000")
    later = create_conference(db, "FGC-TEST-0044", "Laterby")
    window = make_window(db)
    window.open_conference(later)
    old_views = [window.home, window.list_view, window.workspace]

    dialog = opened_by(qtbot, window, window.safety.restore_action)
    assert isinstance(dialog, RestoreDialog)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.replace_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm.yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.db is not db, timeout=WAIT_MS)
    try:
        qtbot.waitUntil(lambda: window.safety.dialog is None)
        assert not window.in_workspace()
        assert window.stack.currentWidget() is window.home
        assert all(view not in window.findChildren(QObject) for view in old_views)
        assert [row.reference for row in list_conferences(window.db)] == ["FGC-TEST-0043"]
        window.show_list()
        assert window.list_view.model.rowCount() == 1
        assert "previous data is kept" in window.statusBar().currentMessage()
        assert databases_held(window) == {id(window.db)}
    finally:
        window.db.close()


def databases_held(window: MainWindow) -> set[int]:
    """Every database any part of the window keeps a reference to."""
    parts: list[QObject] = [window, *window.findChildren(QObject)]
    return {id(value) for part in parts for value in vars(part).values()
            if isinstance(value, Database)}


def test_the_daily_backup_is_made_once_a_day_in_the_background(
    qtbot: QtBot, window: MainWindow, db: Database, data_folder: Path
) -> None:
    create_conference(db, "FGC-TEST-0045", "Dailyby")
    for _time in range(2):
        window.safety.back_up_if_due()
        task = window.safety.daily_backup
        assert task is not None
        qtbot.waitUntil(lambda task=task: not task.running, timeout=WAIT_MS)

    assert len(automatic_backups(backups_folder(db, data_folder))) == 1
    assert window.statusBar().currentMessage() == ""
    assert window.safety.restore_action.isEnabled()


def test_a_failed_daily_backup_is_mentioned_in_the_status_bar_only(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    in_the_way = tmp_path / "not-a-folder"
    in_the_way.write_text("a file where the backups folder should be")
    save_setting(db, "backup_folder", str(in_the_way))

    window.safety.back_up_if_due()
    qtbot.waitUntil(lambda: "Today's backup was not made" in
                    window.statusBar().currentMessage(), timeout=WAIT_MS)

    assert QApplication.activeModalWidget() is None


def test_deleting_the_open_conference_for_retention_goes_home(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    old = create_conference(db, "FGC-TEST-0046", "Oldhamby")
    create_conference(db, "FGC-TEST-0047", "Staysby")
    with db.session() as session:
        conference = session.get(Conference, old)
        assert conference is not None
        conference.closed_on = date(2001, 1, 1)
    window.open_conference(old)

    dialog = opened_by(qtbot, window, window.safety.retention_action)
    assert isinstance(dialog, RetentionDialog)
    assert any("removes everything recorded about the family, and the conference's history"
               in text for text in label_texts(dialog))
    dialog.set_ticked("FGC-TEST-0046")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.deleted):
        qtbot.mouseClick(dialog.confirm.yes, Qt.MouseButton.LeftButton)

    assert not window.in_workspace()
    window.show_list()
    assert window.list_view.model.rowCount() == 1
    first = dialog.earlier.item(0, 0)
    assert dialog.earlier.rowCount() == 1 and first is not None
    assert first.text() == "FGC-TEST-0046"


def label_texts(dialog: QDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]
