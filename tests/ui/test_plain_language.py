"""The plain-words checker under a text box or a one-line box, and the glossary it uses."""

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.plain_words import check_plain_words
from fgc_desktop.services import glossary
from fgc_desktop.store.database import Database
from fgc_desktop.ui.plain_language import watching, words
from fgc_desktop.ui.plain_language.checker import PlainWordsChecker
from fgc_desktop.ui.plain_language.glossary_dialog import GlossaryDialog
from fgc_desktop.ui.plain_language.hint import PlainWordsHint
from fgc_desktop.ui.plain_language.reading_levels import (
    WARM_UP_TEXT,
    ReadingLevels,
    reading_levels,
)

WORRIES = ("Mum has not engaged with the PLO and the boys may become LAC. "
           "When Mum has been drinking in the evening the boys are often left to make their "
           "own tea and put themselves to bed without an adult in the house.")

ACTION = "The LAC review under s.20 will happen ASAP"

Checked = tuple[QPlainTextEdit, PlainWordsChecker]
Hinted = tuple[QLineEdit, PlainWordsHint]


@pytest.fixture(autouse=True)
def level_ready(qtbot: QtBot) -> None:
    """Most tests read the reading level at once: wait, once, until it can be measured."""
    qtbot.waitUntil(lambda: reading_levels().is_ready, timeout=10000)


def _host(qtbot: QtBot, editor: QWidget, checker: QWidget) -> QWidget:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.addWidget(editor)
    layout.addWidget(checker)
    with qtbot.waitExposed(host):
        host.show()
    with qtbot.waitActive(host):
        host.activateWindow()
    return host


@pytest.fixture
def make_checked(qtbot: QtBot, db: Database) -> Callable[[], Checked]:
    """A text box with a checker under it, as a page lays them out."""
    hosts: list[QWidget] = []

    def make() -> Checked:
        editor = QPlainTextEdit()
        editor.setTabChangesFocus(True)
        checker = PlainWordsChecker(db, editor, "Worries")
        hosts.append(_host(qtbot, editor, checker))
        return editor, checker

    return make


@pytest.fixture
def hinted(qtbot: QtBot, db: Database) -> Iterator[Hinted]:
    """A one-line box with its hint under it, as an action card lays them out."""
    editor = QLineEdit()
    editor.setAccessibleName("What will be done")
    hint = PlainWordsHint(db, editor, "What will be done")
    host = _host(qtbot, editor, hint)
    yield editor, hint
    host.close()


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


def test_a_one_line_box_gets_a_short_hint_with_the_plainer_words(
    qtbot: QtBot, hinted: Hinted
) -> None:
    editor, hint = hinted
    assert hint.isHidden()
    editor.setFocus()

    qtbot.keyClicks(editor, ACTION)

    qtbot.waitUntil(lambda: not hint.isHidden())
    assert hint.text == ("“LAC”: try “a child in care”. “s.20”: try “the child living away "
                         "from home with the parents' agreement”.")
    assert hint.text in editor.accessibleDescription()
    assert "Say that parents can ask for it to end at any time." in hint.words.toolTip()
    assert editor.text() == ACTION


def test_plain_words_in_a_one_line_box_leave_no_hint(qtbot: QtBot, hinted: Hinted) -> None:
    editor, hint = hinted
    editor.setText(ACTION)
    hint.run_check()
    assert not hint.isHidden()

    editor.setText("Gran takes Kai to school on Monday")
    hint.run_check()

    assert hint.isHidden()
    assert hint.text == ""
    assert editor.accessibleDescription() == ""


def test_a_hint_hides_with_its_box_and_adds_words_to_the_glossary(
    qtbot: QtBot, hinted: Hinted, db: Database
) -> None:
    editor, hint = hinted
    editor.setText("Ask the IRO before the FNM")
    hint.run_check()
    editor.hide()
    assert hint.isHidden()
    editor.show()
    assert not hint.isHidden()
    editor.setSelection(len("Ask the IRO before the "), 3)

    qtbot.mouseClick(hint.add_word, Qt.MouseButton.LeftButton)
    dialog = hint.dialog
    assert dialog is not None and dialog.term.text() == "FNM"
    dialog.plainer.setText("family network meeting")
    dialog.add()

    assert "“FNM”: try “family network meeting”." in hint.text


def test_the_reading_level_is_loaded_off_the_ui_thread_and_shown_once_ready(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    on_ui_thread = []

    def slow_load() -> object:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        release.wait(timeout=10)
        return check_plain_words(WARM_UP_TEXT)

    levels = ReadingLevels(slow_load)
    levels.start()
    monkeypatch.setattr(watching, "reading_levels", lambda: levels)
    editor = QPlainTextEdit(WORRIES)

    try:
        checker = PlainWordsChecker(db, editor, "Worries")
        host = _host(qtbot, editor, checker)

        assert checker.summary == ("3 words to explain · 1 long sentence · reading age: "
                                   "working it out…")
        assert "Working out the reading level…" in checker.details.accessibleDescription()
    finally:
        release.set()
    qtbot.waitUntil(lambda: checker.level_ready)
    assert host.isVisible()
    assert on_ui_thread == [False]
    assert checker.summary == "3 words to explain · 1 long sentence · reading age about 12"
    assert checker.check == check_plain_words(WORRIES)
    QThreadPool.globalInstance().waitForDone()

