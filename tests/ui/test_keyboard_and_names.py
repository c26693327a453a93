"""Everything can be reached by keyboard, and every control has a name a screen reader reads."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.stages import PAGES
from fgc_desktop.store.database import Database
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.new_conference_dialog import NewConferenceDialog
from fgc_desktop.ui.pages.referral import ReferralPage
from tests.ui.sample_conference import build_sample_conference


def _unnamed_focusable(top: QWidget) -> list[str]:
    """Visible widgets that take keyboard focus but have no accessible name."""
    return [
        f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
        for widget in top.findChildren(QWidget)
        if widget.isVisible()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.accessibleName().strip()
    ]


def test_the_list_view_names_every_control(window: MainWindow, db: Database) -> None:
    build_sample_conference(db)
    window.list_view.refresh()

    assert _unnamed_focusable(window) == []


@pytest.mark.parametrize("key", [page.key for page in PAGES])
def test_each_workspace_page_names_every_control(
    window: MainWindow, db: Database, key: str
) -> None:
    window.open_conference(build_sample_conference(db), key)

    assert _unnamed_focusable(window) == []


def test_the_new_conference_dialog_names_every_control(qtbot: QtBot, db: Database) -> None:
    dialog = NewConferenceDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()

    assert _unnamed_focusable(dialog) == []


def test_alt_and_a_number_jumps_to_each_page(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    window.open_conference(build_sample_conference(db), "referral")
    for number, page in enumerate(PAGES, start=1):
        qtbot.keyClick(window.focusWidget(), Qt.Key(Qt.Key.Key_0 + number % 10),
                       Qt.KeyboardModifier.AltModifier)
        assert window.workspace.current_key() == page.key


def test_ctrl_w_goes_back_to_the_list_keeping_the_conference_chosen(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    window.list_view.refresh()
    window.open_conference(conference_id)

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)

    assert not window.in_workspace()
    assert window.list_view.current_id() == conference_id


def test_tab_never_gets_stuck_in_a_text_box(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    window.open_conference(build_sample_conference(db), "referral")
    page = window.workspace.pages["referral"]
    assert isinstance(page, ReferralPage)
    worries_box = page.texts["worries"]
    worries_box.setFocus()

    qtbot.keyClick(worries_box, Qt.Key.Key_Tab)

    assert window.focusWidget() is not worries_box


def test_tab_goes_from_the_page_list_through_the_form_in_reading_order(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    window.open_conference(build_sample_conference(db), "referral")
    window.workspace.back.setFocus()
    seen = []
    for _ in range(6):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget().accessibleName())

    assert seen == ["Pages of this conference", "Family name", "Coordinator", "Stage",
                    "Referral date", "Pick referral date from a calendar"]
