"""The referral page saves as you type, explains what it cannot save, and loses nothing."""

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import Stage
from fgc_desktop.services import glossary
from fgc_desktop.services.conferences import get_conference_fields
from fgc_desktop.services.versioned_edits import save_conference_field
from fgc_desktop.store.database import Database, sqlite_url
from fgc_desktop.ui.conflict_dialog import ConflictDialog
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.new_conference_dialog import NewConferenceDialog
from fgc_desktop.ui.pages.referral import ReferralPage
from tests.ui.conftest import WindowFactory, when_dialog_opens
from tests.ui.sample_conference import build_empty_conference


def _referral(window: MainWindow) -> ReferralPage:
    page = window.workspace.pages["referral"]
    assert isinstance(page, ReferralPage)
    return page


def _open_referral(window: MainWindow, conference_id: int) -> ReferralPage:
    window.open_conference(conference_id, "referral")
    return _referral(window)


def _stored(db: Database, conference_id: int, field: str) -> Any:
    return get_conference_fields(db, conference_id)[field]


def test_an_edit_survives_closing_the_window_and_the_conference_reopens(
    qtbot: QtBot, make_window: WindowFactory, db: Database,
    second_db: Callable[[], Database],
) -> None:
    window = make_window(db)

    def fill_in(dialog: QDialog) -> None:
        assert isinstance(dialog, NewConferenceDialog)
        qtbot.keyClicks(dialog.family_name, "Alderwood")
        qtbot.keyClick(dialog.family_name, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, fill_in)
    window.new_action.trigger()
    page = _referral(window)
    worries = page.texts["worries"]
    worries.setFocus()
    qtbot.keyClicks(worries, "Pip often misses school.")
    window.close()

    again = make_window(second_db())

    assert again.in_workspace()
    assert again.workspace.family.text() == "Alderwood"
    assert again.workspace.current_key() == "referral"
    assert _referral(again).texts["worries"].toPlainText() == "Pip often misses school."


def test_typing_is_saved_after_a_short_pause(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open_referral(window, conference_id)

    qtbot.keyClicks(page.lines["referrer_name"], "Sam Example")

    qtbot.waitUntil(lambda: _stored(db, conference_id, "referrer_name") == "Sam Example")
    assert page.status.text() == "Saved"


def test_leaving_a_field_saves_it_at_once(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open_referral(window, conference_id)
    team = page.lines["referrer_team"]
    team.setFocus()

    qtbot.keyClicks(team, "North Team")
    page.lines["referrer_phone"].setFocus()

    assert _stored(db, conference_id, "referrer_team") == "North Team"


def test_an_empty_family_name_is_explained_and_the_old_name_kept(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open_referral(window, conference_id)
    family = page.lines["family_name"]
    family.setFocus()

    family.selectAll()
    qtbot.keyClick(family, Qt.Key.Key_Delete)
    page.flush()

    assert "Family name cannot be empty" in page.status.text()
    assert _stored(db, conference_id, "family_name") == "Emptyfield"
    assert window.workspace.family.text() == "Emptyfield"

    qtbot.keyClicks(family, "Fieldmouse")
    page.flush()
    assert page.status.text() == "Saved"
    assert window.workspace.family.text() == "Fieldmouse"


def test_an_impossible_date_is_explained_and_not_saved(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open_referral(window, conference_id)
    target = page.dates["target_meeting_date"]

    qtbot.keyClicks(target.line, "2026-02-30")
    page.flush()

    assert "is not a real date" in page.status.text()
    assert _stored(db, conference_id, "target_meeting_date") is None

    target.line.clear()
    qtbot.keyClicks(target.line, "2026-03-02")
    page.flush()
    assert _stored(db, conference_id, "target_meeting_date") == date(2026, 3, 2)
    assert page.status.text() == "Saved"


def test_a_date_can_be_cleared(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    conference_id = build_empty_conference(db)
    page = _open_referral(window, conference_id)
    referral_date = page.dates["referral_date"]
    assert referral_date.text() == "2026-01-20"

    referral_date.line.selectAll()
    qtbot.keyClick(referral_date.line, Qt.Key.Key_Backspace)
    page.flush()

    assert _stored(db, conference_id, "referral_date") is None


def test_a_huge_paste_is_refused_and_the_last_good_text_kept(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open_referral(window, conference_id)
    strengths = page.texts["strengths"]
    qtbot.keyClicks(strengths, "Loving grandparents.")
    page.flush()

    strengths.setPlainText("x" * 100_000)
    page.flush()

    assert "Strengths is too long: 100,000 characters" in page.status.text()
    assert _stored(db, conference_id, "strengths") == "Loving grandparents."


def test_changing_the_stage_saves_at_once_and_updates_the_header(
    window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open_referral(window, conference_id)

    page.stage.setCurrentIndex(page.stage.findData(Stage.PREPARATION))
    page.stage.activated.emit(page.stage.currentIndex())

    assert _stored(db, conference_id, "stage") is Stage.PREPARATION
    assert "Preparation" in window.workspace.details.text()


def test_going_to_another_page_saves_what_was_typed(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open_referral(window, conference_id)

    qtbot.keyClicks(page.texts["questions"], "Who will take Pip to school?")
    window.workspace.show_page("plan")

    assert _stored(db, conference_id, "questions") == "Who will take Pip to school?"


REFERRAL_WORDS = ("Kai has been LAC since March and Mum has not engaged with the PLO. When Mum "
                  "has been drinking the boys are often left alone in the evening without an "
                  "adult to make their tea.")


def test_typing_shows_plain_words_findings_and_saves_all_the_same(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open_referral(window, conference_id)
    worries = page.texts["worries"]
    worries.setFocus()

    qtbot.keyClicks(worries, REFERRAL_WORDS)

    checker = page.checkers["worries"]
    qtbot.waitUntil(lambda: checker.summary.startswith(
        "3 words to explain · 1 long sentence · reading age about"))
    qtbot.waitUntil(lambda: _stored(db, conference_id, "worries") == REFERRAL_WORDS)
    assert page.status.text() == "Saved"
    assert sorted(page.checkers) == sorted(
        ["reason_for_referral", "worries", "strengths", "bottom_lines", "questions"])


def test_a_new_glossary_word_is_checked_at_once_and_nothing_is_saved_again(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open_referral(window, conference_id)
    qtbot.keyClicks(page.texts["questions"], "Who will come to the FNM?")
    page.flush()
    page.checkers["questions"].run_check()
    assert page.checkers["questions"].summary == "No jargon"

    checker = page.checkers["questions"]
    checker.open_glossary()
    assert checker.dialog is not None
    checker.dialog.term.setText("FNM")
    checker.dialog.plainer.setText("family network meeting")
    checker.dialog.add()

    assert page.checkers["questions"].summary == "1 word to explain"
    assert not page.saver.has_pending
    assert glossary.service_terms(db)[0].term == "FNM"


@pytest.fixture
def other_coordinator(data_folder: Path) -> Iterator[Database]:
    """The same data opened by a second coordinator, as on a team's shared server."""
    other = Database(sqlite_url(data_folder), actor="Morgan Otherly")
    yield other
    other.close()


def _they_save(other: Database, conference_id: int, field: str, value: str) -> None:
    shown = get_conference_fields(other, conference_id)
    save_conference_field(other, conference_id, field, value, shown["version"], shown[field])


def _conflict(page: ReferralPage) -> ConflictDialog:
    dialog = page.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_keeping_mine_after_someone_else_saved_the_same_field(
    qtbot: QtBot, window: MainWindow, db: Database, other_coordinator: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open_referral(window, conference_id)
    _they_save(other_coordinator, conference_id, "worries", "Their words about Kai.")

    qtbot.keyClicks(page.texts["worries"], "My words about Kai.")
    page.flush()

    dialog = _conflict(page)
    assert dialog.theirs.toPlainText() == "Their words about Kai."
    assert dialog.yours.toPlainText() == "My words about Kai."
    assert "Morgan Otherly" in page.status.text()
    assert _stored(db, conference_id, "worries") == "Their words about Kai."
    qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)

    assert page.conflict_dialog is None
    assert _stored(db, conference_id, "worries") == "My words about Kai."
    assert page.texts["worries"].toPlainText() == "My words about Kai."
    assert page.status.text() == "Saved"
    page.texts["worries"].moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.texts["worries"], " He is seven.")
    page.flush()
    assert page.conflict_dialog is None
    assert _stored(db, conference_id, "worries") == "My words about Kai. He is seven."


def test_keeping_theirs_shows_their_words_and_reads_the_page_again(
    qtbot: QtBot, window: MainWindow, db: Database, other_coordinator: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open_referral(window, conference_id)
    _they_save(other_coordinator, conference_id, "strengths", "Gran visits daily.")
    _they_save(other_coordinator, conference_id, "referrer_team", "South Team")

    qtbot.keyClicks(page.texts["strengths"], "Mum loves the boys.")
    page.flush()
    qtbot.mouseClick(_conflict(page).keep_theirs, Qt.MouseButton.LeftButton)

    assert page.texts["strengths"].toPlainText() == "Gran visits daily."
    assert page.lines["referrer_team"].text() == "South Team"
    assert page.status.text() == "Kept their version."
    assert _stored(db, conference_id, "strengths") == "Gran visits daily."
    page.texts["strengths"].moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.texts["strengths"], " Mum loves the boys.")
    page.flush()
    assert page.conflict_dialog is None
    assert _stored(db, conference_id, "strengths") == "Gran visits daily. Mum loves the boys."


def test_a_change_to_another_field_is_no_conflict(
    qtbot: QtBot, window: MainWindow, db: Database, other_coordinator: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open_referral(window, conference_id)
    _they_save(other_coordinator, conference_id, "referrer_name", "Sam Example")

    qtbot.keyClicks(page.texts["questions"], "Who takes Kai to school?")
    page.flush()

    assert page.conflict_dialog is None
    assert page.status.text() == "Saved"
    assert _stored(db, conference_id, "questions") == "Who takes Kai to school?"
    assert _stored(db, conference_id, "referrer_name") == "Sam Example"
