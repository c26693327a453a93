"""The data-safety dialogs, driven as a coordinator would: back up, restore, history, keeping."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import Role
from fgc_desktop.services.backup import make_backup, needs_passphrase, read_backup
from fgc_desktop.services.conferences import (
    create_conference,
    find_conference_id,
    get_conference_fields,
    update_conference_field,
)
from fgc_desktop.services.versioned_edits import save_conference_field
from fgc_desktop.store.conflicts import ConflictError
from fgc_desktop.store.database import Database, sqlite_url
from fgc_desktop.store.models import Conference, Participant
from fgc_desktop.ui.audit_dialog import AuditDialog
from fgc_desktop.ui.backup_dialog import BackupDialog
from fgc_desktop.ui.conflict_dialog import KEEP_MINE, ConflictDialog
from fgc_desktop.ui.restore_dialog import RestoreDialog
from fgc_desktop.ui.retention_dialog import RetentionDialog

PASSPHRASE = "blue kettle song"


@pytest.fixture(autouse=True)
def no_work_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def family(db: Database) -> int:
    conference_id = create_conference(db, "FGC-TEST-0031", "Dialogby")
    update_conference_field(db, conference_id, "worries", "Mum works nights.")
    return conference_id


def opened(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def unnamed_controls(dialog: QWidget) -> list[str]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QTableWidget, QListWidget, QPlainTextEdit)
    return [type(widget).__name__ for kind in kinds for widget in dialog.findChildren(kind)
            if widget.isVisibleTo(dialog) and not widget.accessibleName()]


def test_backing_up_with_a_passphrase_typed_twice(
    qtbot: QtBot, db: Database, data_folder: Path, family: int, tmp_path: Path
) -> None:
    dialog = opened(qtbot, BackupDialog(db, data_folder))
    assert isinstance(dialog, BackupDialog)
    assert unnamed_controls(dialog) == []
    dialog.folder.setText(str(tmp_path / "stick"))
    qtbot.mouseClick(dialog.protect, Qt.MouseButton.LeftButton,
                     pos=QPoint(4, dialog.protect.height() // 2))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, "blue kettle sang")
    qtbot.mouseClick(dialog.back_up, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.message.text()
    assert not (tmp_path / "stick").exists()

    dialog.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000) as made:
        qtbot.mouseClick(dialog.back_up, Qt.MouseButton.LeftButton)

    path = made.args[0]
    assert path.parent == tmp_path / "stick" and needs_passphrase(path)
    assert read_backup(path, PASSPHRASE).summary.conferences == (
        ("FGC-TEST-0031", "Dialogby"),)
    assert "Backed up to" in dialog.message.text()


def test_restoring_shows_the_backup_first_then_replaces_the_data(
    qtbot: QtBot, db: Database, data_folder: Path, family: int
) -> None:
    make_backup(db, data_folder / "backups" / "fgc-backup-20260302-093000",
                passphrase=PASSPHRASE)
    create_conference(db, "FGC-TEST-0032", "Afterby")
    dialog = opened(qtbot, RestoreDialog(db, data_folder))
    assert isinstance(dialog, RestoreDialog)
    assert dialog.backups.count() == 1 and dialog.passphrase.isEnabled()
    assert not dialog.replace_button.isEnabled()

    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.replace_button.isEnabled(), timeout=20_000)
    assert "FGC-TEST-0031  Dialogby" in dialog.contents.text()
    assert "Conferences: 1" in dialog.contents.text()
    assert find_conference_id(db, "FGC-TEST-0032"), "showing replaced nothing"
    assert unnamed_controls(dialog) == []

    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert dialog.confirm.isVisible()
    with qtbot.waitSignal(dialog.restored, timeout=20_000) as restored:
        qtbot.mouseClick(dialog.confirm.yes, Qt.MouseButton.LeftButton)

    kept = restored.args[0]
    assert isinstance(kept, Path) and kept.exists()
    assert "previous data is kept" in dialog.message.text()
    reopened = Database(sqlite_url(data_folder))
    try:
        assert [row.reference for row in _references(reopened)] == ["FGC-TEST-0031"]
    finally:
        reopened.close()


def test_a_wrong_passphrase_is_said_plainly(
    qtbot: QtBot, db: Database, data_folder: Path, family: int
) -> None:
    make_backup(db, data_folder / "backups" / "sealed", passphrase=PASSPHRASE)
    dialog = opened(qtbot, RestoreDialog(None, data_folder))
    assert isinstance(dialog, RestoreDialog)
    qtbot.keyClicks(dialog.passphrase, "not the one")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open" in dialog.message.text(), timeout=20_000)
    assert not dialog.replace_button.isEnabled()


def test_the_history_shows_a_conference_and_one_person(
    qtbot: QtBot, db: Database, data_folder: Path, family: int
) -> None:
    with db.session() as session:
        conference = session.get(Conference, family)
        assert conference is not None
        conference.participants.append(
            Participant(given_name="Rowan", family_name="Dialogby", role=Role.FAMILY))
    dialog = opened(qtbot, AuditDialog(db, data_folder, conference_id=family))
    assert isinstance(dialog, AuditDialog)
    assert unnamed_controls(dialog) == []
    rows = _table(dialog.table)
    assert rows[1][3:] == ["Changed", "Worries", "(empty)", "Mum works nights."]
    assert rows[1][1] == "Test Coordinator"

    dialog.person.setCurrentIndex(dialog.person.findText("Rowan Dialogby"))

    assert [row[2:4] for row in _table(dialog.table)] == [["Person: Rowan Dialogby", "Added"]]


def test_records_past_their_keeping_period_are_ticked_and_deleted(
    qtbot: QtBot, db: Database, data_folder: Path, family: int
) -> None:
    keep = create_conference(db, "FGC-TEST-0033", "Keepsby")
    with db.session() as session:
        conference = session.get(Conference, family)
        assert conference is not None
        conference.closed_on = date(2001, 5, 1)
    dialog = opened(qtbot, RetentionDialog(db, data_folder))
    assert isinstance(dialog, RetentionDialog)
    assert unnamed_controls(dialog) == []
    assert _table(dialog.table) == [["FGC-TEST-0031", "Dialogby", "1 May 2001", ""]]
    assert not dialog.delete_button.isEnabled()

    dialog.set_ticked("FGC-TEST-0031")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.confirm.isVisible()
    with qtbot.waitSignal(dialog.deleted) as deleted:
        qtbot.mouseClick(dialog.confirm.yes, Qt.MouseButton.LeftButton)

    assert deleted.args[0] == ["FGC-TEST-0031"]
    assert _table(dialog.table) == []
    assert [row.reference for row in _references(db)] == ["FGC-TEST-0033"]
    assert get_conference_fields(db, keep)["family_name"] == "Keepsby"


def test_a_conflict_shows_both_versions_and_keeps_the_one_chosen(
    qtbot: QtBot, db: Database, data_folder: Path, family: int
) -> None:
    seen = get_conference_fields(db, family)["version"]
    other = Database(sqlite_url(data_folder), actor="Sam Colleague")
    save_conference_field(other, family, "worries", "Dad works nights.", seen,
                          "Mum works nights.")
    other.close()
    with pytest.raises(ConflictError) as raised:
        save_conference_field(db, family, "worries", "Both work nights.", seen,
                              "Mum works nights.")
    dialog = opened(qtbot, ConflictDialog(raised.value))
    assert isinstance(dialog, ConflictDialog)
    assert unnamed_controls(dialog) == []
    assert dialog.theirs.toPlainText() == "Dad works nights."
    assert dialog.yours.toPlainText() == "Both work nights."

    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)

    assert chosen.args == [KEEP_MINE] and dialog.choice == KEEP_MINE
    conflict = raised.value
    save_conference_field(db, family, conflict.field, conflict.yours,
                          conflict.current_version, conflict.theirs)
    assert get_conference_fields(db, family)["worries"] == "Both work nights."


def _table(table: QTableWidget) -> list[list[str]]:
    return [[(item.text() if (item := table.item(row, column)) else "")
             for column in range(table.columnCount())] for row in range(table.rowCount())]


def _references(db: Database) -> list[Conference]:
    from sqlalchemy import select

    with db.session() as session:
        return list(session.scalars(select(Conference).order_by(Conference.reference)))
