"""The header and the checklist beside each page say which steps are done, open or not needed."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fgc_desktop.domain.enums import StepState
from fgc_desktop.services.conferences import update_conference_field
from fgc_desktop.services.guidance import conference_steps
from fgc_desktop.services.progress import count_steps
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import StepMark
from fgc_desktop.ui.guidance.step_row import StepRow
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.pages.referral import ReferralPage
from tests.ui.conftest import WindowFactory
from tests.ui.sample_conference import build_empty_conference


def _marks(db: Database, conference_id: int) -> dict[str, tuple[StepState, str]]:
    with db.session() as session:
        return {
            mark.step_key: (mark.state, mark.reason)
            for mark in session.scalars(
                select(StepMark).where(StepMark.conference_id == conference_id))
        }


def _row(window: MainWindow, key: str) -> StepRow:
    row = window.workspace.checklist.rows[key]
    assert row.isVisible(), f"the step {key} is not shown beside this page"
    return row


def _counts_text(db: Database, conference_id: int) -> str:
    counts = count_steps(conference_steps(db, conference_id))
    return f"{counts.done} of {counts.total} steps done · {counts.left} left"


def test_the_header_and_checklist_follow_a_page_that_says_it_saved(
    window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    window.open_conference(conference_id, "referral")
    row = _row(window, "referral_in_plain_words")
    page = window.workspace.pages["referral"]
    for field in ("worries", "strengths", "bottom_lines", "questions"):
        update_conference_field(db, conference_id, field, "Pip is often late for school.")

    page.conference_changed.emit()

    assert window.workspace.step_counts.text() == _counts_text(db, conference_id)
    assert row.state.text() == "<b>Done.</b>"


def test_the_header_and_checklist_follow_what_is_typed_on_the_referral(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    window.open_conference(conference_id, "referral")
    header = window.workspace.step_counts
    before = header.text()
    row = _row(window, "referral_in_plain_words")
    assert row.state.text().startswith("<b>To do.</b> Still to write: worries")
    page = window.workspace.pages["referral"]
    assert isinstance(page, ReferralPage)

    for field in ("worries", "strengths", "bottom_lines", "questions"):
        box = page.texts[field]
        box.setFocus()
        qtbot.keyClicks(box, "Pip is often late for school.")
    qtbot.keyClick(page.texts["questions"], Qt.Key.Key_Tab)

    qtbot.waitUntil(lambda: header.text() != before)
    assert header.text() == _counts_text(db, conference_id)
    assert row.state.text() == "<b>Done.</b>"
    assert row.accessibleName() == (
        "Worries, strengths, bottom lines and questions written in plain words: Done")


def test_the_header_counts_on_opening_leave_out_steps_that_do_not_apply(
    window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)

    window.open_conference(conference_id)

    assert window.workspace.current_key() == "referral"
    assert window.workspace.step_counts.text() == _counts_text(db, conference_id)
    assert window.workspace.details.text().endswith("Referral and consent")


def test_a_step_done_by_hand_is_ticked_and_unticked(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    window.open_conference(conference_id, "arrangements")
    row = _row(window, "professionals_briefed")
    before = window.workspace.step_counts.text()

    qtbot.mouseClick(row.tick, Qt.MouseButton.LeftButton)

    assert _marks(db, conference_id) == {"professionals_briefed": (StepState.DONE_BY_HAND, "")}
    assert row.tick.isChecked()
    assert row.state.text() == "<b>Done.</b>"
    assert window.workspace.step_counts.text() != before

    row.tick.setFocus()
    qtbot.keyClick(row.tick, Qt.Key.Key_Space)

    assert _marks(db, conference_id) == {}
    assert not row.tick.isChecked()
    assert window.workspace.step_counts.text() == before


def test_not_applicable_needs_a_reason_shows_it_and_can_be_undone(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    window.open_conference(conference_id, "referral")
    row = _row(window, "consent_recorded")
    total_before = count_steps(conference_steps(db, conference_id)).total

    qtbot.mouseClick(row.mark_button, Qt.MouseButton.LeftButton)
    assert row.reason.hasFocus()
    qtbot.keyClick(row.reason, Qt.Key.Key_Return)

    assert _marks(db, conference_id) == {}
    assert row.error.isVisible()
    assert "Reason cannot be empty" in row.error.text()

    qtbot.keyClicks(row.reason, "Consent was given to the referring team")
    qtbot.keyClick(row.reason, Qt.Key.Key_Return)

    assert _marks(db, conference_id) == {
        "consent_recorded": (StepState.NOT_APPLICABLE, "Consent was given to the referring team")}
    assert not row.editor.isVisible()
    assert not row.error.isVisible()
    assert "Consent was given to the referring team" in row.state.text()
    assert row.state.text().startswith("<b>Not applicable.</b>")
    assert row.applies_button.hasFocus()
    assert f"of {total_before - 1} steps done" in window.workspace.step_counts.text()

    qtbot.keyClick(row.applies_button, Qt.Key.Key_Space)

    assert _marks(db, conference_id) == {}
    assert row.state.text().startswith("<b>To do.</b>")
    assert row.mark_button.isVisible()


def test_escape_in_the_reason_box_cancels_and_stays_in_the_conference(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    window.open_conference(conference_id, "referral")
    row = _row(window, "consent_recorded")
    qtbot.mouseClick(row.mark_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(row.reason, "Not sure yet")

    qtbot.keyClick(row.reason, Qt.Key.Key_Escape)

    assert window.in_workspace()
    assert not row.editor.isVisible()
    assert row.mark_button.hasFocus()
    assert _marks(db, conference_id) == {}


def test_the_checklist_shows_only_the_page_s_steps_and_hides_where_there_are_none(
    window: MainWindow, db: Database
) -> None:
    window.open_conference(build_empty_conference(db), "arrangements")
    checklist = window.workspace.checklist
    shown = {key for key, row in checklist.rows.items() if row.isVisible()}

    assert shown == {"family_chose_arrangements", "language_settled", "private_time_planned",
                     "separations_safe", "professionals_briefed"}
    assert "Why it matters: Plain words help a family trust" in (
        checklist.rows["professionals_briefed"].why.text())
    assert checklist.rows["separations_safe"].state.text().startswith("<b>Not applicable.</b>")

    window.workspace.show_page("overview")

    assert not checklist.isVisible()


def test_the_shortcut_hides_and_shows_the_checklist_and_it_is_remembered(
    qtbot: QtBot, make_window: WindowFactory, db: Database,
    second_db: Callable[[], Database],
) -> None:
    conference_id = build_empty_conference(db)
    window = make_window(db)
    window.open_conference(conference_id, "referral")
    workspace = window.workspace
    assert workspace.checklist.isVisible()

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F9)
    assert not workspace.checklist.isVisible()
    assert not workspace.steps_button.isChecked()

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F9)
    assert workspace.checklist.isVisible()
    assert workspace.checklist.width() > 0

    qtbot.mouseClick(workspace.checklist.hide_button, Qt.MouseButton.LeftButton)
    assert not workspace.checklist.isVisible()
    window.close()

    again = make_window(second_db())

    assert again.workspace.current_key() == "referral"
    assert not again.workspace.checklist.isVisible()
    qtbot.keyClick(again.focusWidget(), Qt.Key.Key_F9)
    assert again.workspace.checklist.isVisible()
    assert again.workspace.checklist.width() > 0
