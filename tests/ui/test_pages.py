"""Each workspace page shows what is recorded, or says plainly that nothing is yet."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.stages import PAGES
from fgc_desktop.services.conferences import find_conference_id
from fgc_desktop.services.demo import DEMO_CONFERENCES, load_demo
from fgc_desktop.store.database import Database
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.pages import PAGE_ICONS, WorkspacePage, page_type
from fgc_desktop.ui.workspace import Workspace
from tests.ui.conftest import texts_in
from tests.ui.sample_conference import build_empty_conference

# Pages that edit what they show are tested in their own modules.
EDITING_PAGES = {"referral", "people", "preparation", "arrangements", "sharing", "meeting",
                 "plan", "review"}
SUMMARY_PAGES = [page.key for page in PAGES if page.key not in EDITING_PAGES]


def _page_texts(window: MainWindow, conference_id: int, key: str) -> list[str]:
    window.open_conference(conference_id, key)
    assert window.workspace.current_key() == key
    return texts_in(window.workspace.pages[key])


@pytest.mark.parametrize("key", SUMMARY_PAGES)
def test_an_empty_page_says_nothing_is_recorded_yet(
    window: MainWindow, db: Database, key: str
) -> None:
    conference_id = build_empty_conference(db)
    window.open_conference(conference_id, key)
    page = window.workspace.pages[key]

    assert page.findChildren(QTableWidget) == []
    sentences = [text for text in texts_in(page) if text.endswith(".") and len(text) > 30]
    assert sentences, f"the {key} page shows no sentence when empty"


def test_every_demo_conference_opens_on_every_page(window: MainWindow, db: Database) -> None:
    load_demo(db)
    for reference, _build in DEMO_CONFERENCES:
        conference_id = find_conference_id(db, reference)
        for page in PAGES:
            window.open_conference(conference_id, page.key)
            assert window.workspace.current_key() == page.key


def test_every_page_has_its_class_and_icon() -> None:
    for info in PAGES:
        assert issubclass(page_type(info.key), WorkspacePage)
        assert info.key in PAGE_ICONS


def test_the_window_starts_without_the_workspace_and_builds_each_page_when_first_shown(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    """Start is quick at scale: no conference page is built until a conference is opened."""
    assert window.findChildren(Workspace) == []

    window.open_conference(build_empty_conference(db), "referral")
    assert list(window.workspace.pages) == ["referral"]

    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.current_key() == "people"
    assert list(window.workspace.pages) == ["referral", "people"]
    assert window.workspace.pages["people"].isVisible()
