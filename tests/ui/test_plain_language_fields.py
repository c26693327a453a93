"""The last family-facing words get a plain-words checker: titles, summaries, the meeting's text."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import Role, SharingChoice
from fgc_desktop.services.arrangements import get_arrangements
from fgc_desktop.store.database import Database
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.pages.arrangements import ArrangementsPage
from fgc_desktop.ui.plain_language.checker import PlainWordsChecker
from fgc_desktop.ui.plain_language.hint import PlainWordsHint
from fgc_desktop.ui.plain_language.reading_levels import reading_levels
from fgc_desktop.ui.sharing.role_dialog import RoleDecision, RoleDecisionDialog
from tests.services.test_arrangements import build_family
from tests.ui.sample_conference import build_sample_conference
from tests.ui.test_sharing_page import _item_id, _open

JARGON = "Please bring the CP plan to the LAC review"
PLAINER = ("“CP plan”: try “a plan that says what must change to keep the child safe”. "
           "“LAC”: try “a child in care”.")


@pytest.fixture(autouse=True)
def level_ready(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: reading_levels().is_ready, timeout=10000)


def _type(qtbot: QtBot, editor: QLineEdit | QPlainTextEdit, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def test_an_information_title_gets_a_hint_and_is_saved_all_the_same(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    item_id = _item_id(db, "School attendance record")
    page = _open(window, conference_id)
    page.select(item_id)
    title, hint = page.items.title_line, page.items.title_hint
    assert hint.isHidden()

    _type(qtbot, title, JARGON)

    qtbot.waitUntil(lambda: hint.text == PLAINER)
    assert not hint.isHidden()
    assert PLAINER in title.accessibleDescription()
    page.items.saver.flush()
    assert _item_id(db, JARGON) == item_id


def test_a_summary_decided_for_a_role_gets_a_hint_and_is_never_blocked(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    page = _open(window, conference_id)
    decided: list[RoleDecision] = []

    def apply(chosen: RoleDecision) -> None:
        decided.append(chosen)

    dialog = RoleDecisionDialog(page.model.grid.people, page.model.grid.items, None, apply,
                                page, db=db)
    qtbot.addWidget(dialog)
    dialog.open()
    hint = dialog.summary_hint
    assert isinstance(hint, PlainWordsHint)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.FAMILY))
    dialog.choice.setCurrentIndex(dialog.choice.findData(SharingChoice.SUMMARY))

    _type(qtbot, dialog.summary, JARGON)

    qtbot.waitUntil(lambda: hint.text == PLAINER)
    assert not hint.isHidden()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert [(d.role, d.choice, d.summary) for d in decided] == [
        (Role.FAMILY, SharingChoice.SUMMARY, JARGON)]
    assert not dialog.isVisible()


def _checker(page: ArrangementsPage, field: str) -> PlainWordsChecker:
    checker = page.checkers[field]
    assert isinstance(checker, PlainWordsChecker)
    return checker


PRINTED = ("venue_name", "venue_address", "venue_access", "food", "childcare", "travel_help")


def test_the_meeting_words_printed_in_invitations_are_checked_as_typed(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    family = build_family(db)
    window.open_conference(family.conference_id, "arrangements")
    page = window.workspace.pages["arrangements"]
    assert isinstance(page, ArrangementsPage)
    assert sorted(page.checkers) == sorted(PRINTED)
    venue = page.checkers["venue_name"]
    assert isinstance(venue, PlainWordsHint) and venue.isHidden()

    for field in PRINTED:
        _type(qtbot, page.texts[field], JARGON)

    qtbot.waitUntil(lambda: venue.text == PLAINER)
    assert not venue.isHidden()
    boxes = [_checker(page, field) for field in PRINTED[1:]]
    qtbot.waitUntil(lambda: all(box.summary.startswith("2 words to explain") for box in boxes))
    for box in boxes:
        qtbot.mouseClick(box.toggle, Qt.MouseButton.LeftButton)
        assert "“LAC”: try “a child in care”." in box.details.accessibleDescription()
    page.flush()
    stored = get_arrangements(db, family.conference_id).text
    assert all(stored[field] == JARGON for field in PRINTED)
    assert page.problems == {}


def test_words_the_family_never_reads_have_no_checker(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    family = build_family(db)
    window.open_conference(family.conference_id, "arrangements")
    page = window.workspace.pages["arrangements"]
    assert isinstance(page, ArrangementsPage)

    _type(qtbot, page.texts["dietary_needs"], JARGON)
    page.flush()

    assert "dietary_needs" not in page.checkers
    assert get_arrangements(db, family.conference_id).text["dietary_needs"] == JARGON
