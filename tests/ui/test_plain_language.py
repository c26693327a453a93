"""The plain-words checker under a text box, and the glossary a service adds to."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.plain_words import check_plain_words
from fgc_desktop.services import glossary
from fgc_desktop.store.database import Database
from fgc_desktop.ui.plain_language import words
from fgc_desktop.ui.plain_language.checker import PlainWordsChecker
from fgc_desktop.ui.plain_language.glossary_dialog import GlossaryDialog

WORRIES = ("Mum has not engaged with the PLO and the boys may become LAC. "
           "When Mum has been drinking in the evening the boys are often left to make their "
           "own tea and put themselves to bed without an adult in the house.")

Checked = tuple[QPlainTextEdit, PlainWordsChecker]


@pytest.fixture
def make_checked(qtbot: QtBot, db: Database) -> Callable[[], Checked]:
    """A text box with a checker under it, as a page lays them out."""
    hosts: list[QWidget] = []

    def make() -> Checked:
        host = QWidget()
        hosts.append(host)
        qtbot.addWidget(host)
        editor = QPlainTextEdit()
        editor.setTabChangesFocus(True)
        checker = PlainWordsChecker(db, editor, "Worries")
        layout = QVBoxLayout(host)
        layout.addWidget(editor)
        layout.addWidget(checker)
        with qtbot.waitExposed(host):
            host.show()
        with qtbot.waitActive(host):
            host.activateWindow()
        return editor, checker

    return make


def test_typing_shows_what_to_explain_after_a_short_pause(
    qtbot: QtBot, make_checked: Callable[[], Checked]
) -> None:
    editor, checker = make_checked()
    assert checker.summary == "Plain words: nothing written yet"
    editor.setFocus()

    qtbot.keyClicks(editor, WORRIES)

    expected = "3 words to explain · 1 long sentence · reading age about 12"
    qtbot.waitUntil(lambda: checker.summary == expected)
    assert checker.toggle.accessibleDescription() == expected
    assert checker.status_icon.toolTip() == "Suggestions"


def test_the_details_open_from_the_keyboard_with_the_plainer_words(
    qtbot: QtBot, make_checked: Callable[[], Checked]
) -> None:
    editor, checker = make_checked()
    editor.setPlainText(WORRIES)
    checker.run_check()
    editor.setFocus()
    assert not checker.panel.isVisible()

    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert checker.toggle.hasFocus()
    qtbot.keyClick(checker.toggle, Qt.Key.Key_Space)

    assert checker.panel.isVisible()
    said = checker.details.accessibleDescription()
    assert "“PLO”: try “a formal meeting with the council before it may go to court”." in said
    assert "“LAC”: try “a child in care”." in said
    assert "“When Mum has been drinking in the evening…” has 29 words." in said
    assert checker.toggle.accessibleName() == "Plain words: Worries"
    assert checker.details.accessibleName() == "Suggestions for Worries"
    qtbot.keyClick(checker.toggle, Qt.Key.Key_Space)
    assert not checker.panel.isVisible()


def test_jargon_is_underlined_in_the_text_box(make_checked: Callable[[], Checked]) -> None:
    editor, checker = make_checked()
    editor.setPlainText("Kai is LAC now.")
    checker.run_check()

    marks = editor.extraSelections()

    assert [(mark.cursor.selectionStart(), mark.cursor.selectedText()) for mark in marks] == [
        (7, "LAC")]
    assert marks[0].format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert editor.toPlainText() == "Kai is LAC now."


def test_plain_words_get_a_tick_and_no_suggestions(make_checked: Callable[[], Checked]) -> None:
    editor, checker = make_checked()
    editor.setPlainText("Kai lives with his gran. Mum visits on Sundays. She loves the boys.")
    checker.run_check()

    assert checker.summary == "No jargon · reading age about 6"
    assert checker.status_icon.toolTip() == "No suggestions"


def test_a_word_added_to_the_glossary_counts_at_once_in_every_checker(
    qtbot: QtBot, make_checked: Callable[[], Checked], db: Database
) -> None:
    editor, checker = make_checked()
    other_editor, other = make_checked()
    for box, watcher in ((editor, checker), (other_editor, other)):
        box.setPlainText("We will hold an FNM before Friday.")
        watcher.run_check()
    cursor = editor.textCursor()
    cursor.setPosition(16)
    cursor.setPosition(19, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    checker.toggle.click()

    qtbot.mouseClick(checker.add_word, Qt.MouseButton.LeftButton)
    dialog = checker.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.term.text() == "FNM"
    qtbot.keyClicks(dialog.plainer, "family network meeting")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert [entry.term for entry in glossary.service_terms(db)] == ["FNM"]
    assert other.summary == "1 word to explain"
    assert checker.summary == "1 word to explain"
    assert dialog.problem.text() == "Added “FNM”."
    assert dialog.own.item(0, 1).text() == "family network meeting"


def test_the_glossary_says_what_is_wrong_and_keeps_what_was_typed(
    qtbot: QtBot, db: Database
) -> None:
    dialog = GlossaryDialog(db)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.term, "LAC")
    qtbot.keyClicks(dialog.plainer, "child in care")

    qtbot.keyClick(dialog.plainer, Qt.Key.Key_Return)

    assert "“LAC” is already in the app's glossary" in dialog.problem.text()
    assert dialog.term.text() == "LAC"
    assert glossary.service_terms(db) == []
    assert dialog.app_words.rowCount() >= 40


def test_removing_a_word_can_be_undone(qtbot: QtBot, db: Database) -> None:
    glossary.add_term(db, "FNM", "family network meeting")
    dialog = GlossaryDialog(db)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.own.setFocus()

    qtbot.keyClick(dialog.own, Qt.Key.Key_Delete)

    assert glossary.service_terms(db) == []
    assert dialog.undo.message.text() == "Removed “FNM”."
    qtbot.mouseClick(dialog.undo.button, Qt.MouseButton.LeftButton)
    assert [entry.term for entry in glossary.service_terms(db)] == ["FNM"]
    assert dialog.own.rowCount() == 1


def test_the_summary_line_in_words() -> None:
    assert words.summary(check_plain_words("Kai is LAC and on a CP plan.")) == (
        "2 words to explain")
    assert words.summary(check_plain_words(WORRIES * 3)).startswith(
        "3 words to explain · 3 long sentences · reading age")
