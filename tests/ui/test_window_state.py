"""The window comes back as it was left: size, column widths, splitter, the open conference."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fgc_desktop.store.database import Database
from tests.ui.conftest import WindowFactory
from tests.ui.sample_conference import build_sample_conference


def test_the_layout_and_open_page_are_restored(
    make_window: WindowFactory, db: Database, second_db: Callable[[], Database]
) -> None:
    conference_id = build_sample_conference(db)
    window = make_window(db)
    window.resize(700, 500)
    window.list_view.table.setColumnWidth(1, 321)
    window.open_conference(conference_id, "plan")
    window.workspace.splitter.setSizes([150, 550])
    nav_width = window.workspace.splitter.sizes()[0]
    window.close()

    again = make_window(second_db())

    assert (again.width(), again.height()) == (700, 500)
    assert again.list_view.table.columnWidth(1) == 321
    assert again.workspace.current_key() == "plan"
    assert again.workspace.back.text() == "Home"
    assert again.workspace.splitter.sizes()[0] == nav_width


def test_a_window_closed_on_the_list_opens_on_home(
    qtbot: QtBot, make_window: WindowFactory, db: Database,
    second_db: Callable[[], Database],
) -> None:
    conference_id = build_sample_conference(db)
    window = make_window(db)
    window.open_conference(conference_id)
    window.show_list()
    window.close()

    again = make_window(second_db())

    assert again.stack.currentWidget() is again.home
    qtbot.keyClick(again.focusWidget() or again, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert again.stack.currentWidget() is again.list_view
    assert again.list_view.current_id() == conference_id
