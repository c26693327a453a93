"""Every free text a family reads has a plain-words checker where the coordinator types it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import ReferrerDecision
from fgc_desktop.services import meeting_record, plan
from fgc_desktop.store.database import Database
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.pages.meeting import MeetingPage
from fgc_desktop.ui.pages.plan import PlanPage
from fgc_desktop.ui.pages.sharing import SharingPage
from fgc_desktop.ui.plain_language.checker import PlainWordsChecker
from fgc_desktop.ui.plain_language.hint import PlainWordsHint
from fgc_desktop.ui.plain_language.reading_levels import reading_levels
from fgc_desktop.ui.plan.action_card import ActionCard
from tests.services.test_plan import presented_plan
from tests.ui.conftest import texts_in
from tests.ui.sample_conference import build_sample_conference
from tests.ui.test_sharing_page import _cell_for, _item_id, _people, _stored

ACTION = "The LAC review under s.20 will happen ASAP"


@pytest.fixture(autouse=True)
def level_ready(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: reading_levels().is_ready, timeout=10000)


def _plan_page(window: MainWindow, db: Database) -> tuple[PlanPage, int]:
    conference_id = presented_plan(db).conference_id
    window.open_conference(conference_id, "plan")
    page = window.workspace.pages["plan"]
    assert isinstance(page, PlanPage)
    return page, conference_id


def _card(page: PlanPage, index: int) -> ActionCard:
    return list(page.action_list.cards.values())[index]


def _retype(qtbot: QtBot, editor: QLineEdit | QPlainTextEdit, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def test_each_detail_of_an_action_card_is_checked_and_saved_as_typed(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, conference_id = _plan_page(window, db)
    card = _card(page, 0)
    assert sorted(card.checkers) == sorted(card.details)

    _retype(qtbot, card.details["what"], ACTION)
    _retype(qtbot, card.details["who"], "The SW and the IRO")

    what = card.checkers["what"]
    assert isinstance(what, PlainWordsChecker)
    qtbot.waitUntil(lambda: what.summary == "2 words to explain")
    who = card.checkers["who"]
    assert isinstance(who, PlainWordsHint)
    qtbot.waitUntil(lambda: who.text.startswith("“SW”: try “social worker”."))
    assert not who.isHidden() and "“IRO”" in who.text
    assert card.checkers["when"].isHidden()
    page.flush()
    stored = plan.get_plan(db, conference_id).plan
    assert stored is not None
    assert (stored.actions[0].line.what, stored.actions[0].line.who) == (
        ACTION, "The SW and the IRO")


def test_a_vague_by_when_and_an_empty_who_checks_are_warned_on_the_card(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, _conference_id = _plan_page(window, db)
    assert "Who checks: not written yet. Name the person who checks it happens." in texts_in(
        _card(page, 1))

    _retype(qtbot, _card(page, 0).details["when"], "ASAP")
    page.flush()

    qtbot.waitUntil(lambda: any(text.startswith("By when: “ASAP” is vague.")
                                for text in texts_in(_card(page, 0))))
    assert "2 with a detail missing or vague." in page.action_list.summary.text()


def test_an_agreed_plan_s_cards_have_no_checkers(window: MainWindow, db: Database) -> None:
    page, conference_id = _plan_page(window, db)
    meeting_record.record_referrer_decision(db, conference_id, ReferrerDecision.AGREED)
    page.refresh()

    assert _card(page, 0).checkers == {}


def test_the_referrer_s_reasons_are_checked_only_while_they_are_asked_for(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, _conference_id = _plan_page(window, db)
    checker = page.decision.checker
    assert checker.isHidden()

    qtbot.mouseClick(page.decision.buttons[ReferrerDecision.NOT_AGREED],
                     Qt.MouseButton.LeftButton)
    _retype(qtbot, page.decision.reasons, "The contingency is not clear.")

    assert not checker.isHidden()
    qtbot.waitUntil(lambda: checker.summary == "1 word to explain")


def test_the_meeting_page_checks_the_actions_and_the_rest_of_the_plan(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = presented_plan(db).conference_id
    window.open_conference(conference_id, "meeting")
    page = window.workspace.pages["meeting"]
    assert isinstance(page, MeetingPage)
    table = page.action_table.table
    item = table.item(0, 0)

    item.setText(ACTION)

    check = table.item(0, table.columnCount() - 1)
    assert check.text() == "What will be done: vague\nWords to explain: LAC, s.20"
    assert "“LAC”: try “a child in care”." in check.toolTip()
    assert sorted(page.plan.checkers) == ["backup_plan", "help_from_services", "monitoring"]
    backup = page.plan.checkers["backup_plan"]
    qtbot.waitUntil(lambda: backup.summary == "No jargon")
    _retype(qtbot, page.plan.texts["backup_plan"], "If the placement ends, Gran steps in.")
    qtbot.waitUntil(lambda: backup.summary == "1 word to explain")
    assert not page.decision.checker.isHidden()


def test_a_summary_for_one_person_gets_a_hint_and_is_saved_all_the_same(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    people = _people(db, conference_id)
    item_id = _item_id(db, "School attendance record")
    window.open_conference(conference_id, "sharing")
    page = window.workspace.pages["sharing"]
    assert isinstance(page, SharingPage)
    _cell_for(page, qtbot, item_id, people["Pip"])
    qtbot.keyClick(page.grid, Qt.Key.Key_U)
    editor = page.grid.findChild(QLineEdit)
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "You have missed some school.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    summary, hint = page.decision.summary, page.decision.summary_hint
    qtbot.waitUntil(lambda: summary.text() == "You have missed some school.")
    assert hint.isHidden()

    _retype(qtbot, summary, "You missed school while the CIN plan was on.")

    qtbot.waitUntil(lambda: hint.text.startswith("“CIN plan”: try “a child who gets extra"))
    assert not hint.isHidden()
    page.decision.saver.flush()
    stored = _stored(db, item_id, people["Pip"])
    assert stored is not None
    assert stored.summary == "You missed school while the CIN plan was on."
