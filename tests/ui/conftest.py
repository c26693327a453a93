"""Fixtures that build the real main window over a test's own data folder."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.store.database import Database, sqlite_url
from fgc_desktop.ui.app import create_main_window
from fgc_desktop.ui.main_window import MainWindow

WindowFactory = Callable[[Database], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, data_folder: Path) -> WindowFactory:
    """Builds, shows and activates a main window; pytest-qt closes it after the test."""

    def make(db: Database) -> MainWindow:
        window = create_main_window(db, data_folder)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        return window

    return make


@pytest.fixture
def window(make_window: WindowFactory, db: Database) -> MainWindow:
    return make_window(db)


@pytest.fixture
def second_db(data_folder: Path) -> Iterator[Callable[[], Database]]:
    """Opens the same data folder again, as the next start of the app would."""
    opened: list[Database] = []

    def open_again() -> Database:
        database = Database(sqlite_url(data_folder), actor="Test Coordinator")
        opened.append(database)
        return database

    yield open_again
    for database in opened:
        database.close()


def when_dialog_opens(qtbot: QtBot, act: Callable[[QDialog], None]) -> None:
    """Runs ``act`` on the next modal dialog as soon as it is shown."""

    def find_and_act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, find_and_act)
            return
        act(dialog)

    QTimer.singleShot(0, find_and_act)


def texts_in(widget: QWidget) -> list[str]:
    """Every label and table cell text under ``widget``, as a reader sees the page."""
    found = [label.text() for label in widget.findChildren(QLabel)]
    for table in widget.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    found.append(item.text())
    return found
