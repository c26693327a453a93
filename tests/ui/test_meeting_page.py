"""The meeting page records who came, the three parts, the plan presented and the decision."""

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import (
    Attendance,
    MeetingStatus,
    PlanStatus,
    ReferrerDecision,
)
from fgc_desktop.guidance.progress import StepProgress
from fgc_desktop.services.arrangements import set_meeting_time
from fgc_desktop.services.guidance import conference_steps
from fgc_desktop.services.meeting_record import get_meeting_record
from fgc_desktop.store.database import Database
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.pages.meeting import MeetingPage
from tests.services.test_arrangements import Family, build_family
from tests.ui.test_arrangements_page import pick

MEETING_DAY = date(2026, 3, 12)


def _open(window: MainWindow, db: Database, dated: bool = True) -> tuple[MeetingPage, Family]:
    family = build_family(db)
    if dated:
        set_meeting_time(db, family.conference_id, MEETING_DAY, "10:00", "13:00")
    window.open_conference(family.conference_id, "meeting")
    page = window.workspace.pages["meeting"]
    assert isinstance(page, MeetingPage)
    return page, family


def _type(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def _add_action(qtbot: QtBot, page: MeetingPage, what: str) -> None:
    box = page.action_table.new_action
    _type(qtbot, box, what)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_attendance_and_views_given_another_way_are_stored(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)

    pick(qtbot, page.attendance.boxes[family.mother], "Came")
    pick(qtbot, page.attendance.boxes[family.child], "Gave views another way")
    _type(qtbot, page.attendance.views[family.child], "A drawing of home")
    page.flush()

    lines = {line.invitee.person.id: line
             for line in get_meeting_record(db, family.conference_id).attendees}
    assert lines[family.mother].attendance is Attendance.ATTENDED
    assert lines[family.child].attendance is Attendance.VIEWS_ANOTHER_WAY
    assert lines[family.child].views_another_way == "A drawing of home"


def test_the_three_parts_and_private_time_are_stored(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)

    pick(qtbot, page.status_box, "Held")
    for part, (start, end) in (("information", ("10:00", "10:45")),
                               ("private_time", ("11:00", "12:20")),
                               ("agreement", ("12:30", "13:00"))):
        _type(qtbot, page.parts.times[part][0], start)
        _type(qtbot, page.parts.times[part][1], end)
    page.flush()
    pick(qtbot, page.parts.without, "Yes, the family was on its own")

    record = get_meeting_record(db, family.conference_id)
    assert record.status is MeetingStatus.HELD
    assert record.parts["private_time"] == (time(11), time(12, 20))
    assert record.parts["agreement"] == (time(12, 30), time(13))
    assert record.private_time_without_professionals is True
    assert page.parts.length.text() == "Private family time lasted 1 hour 20 minutes."
    steps = {s.step.key: s.progress for s in conference_steps(db, family.conference_id)}
    assert steps["private_time_held"] is StepProgress.DONE


def test_a_part_ending_before_it_starts_is_refused(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)

    _type(qtbot, page.parts.times["information"][0], "11:00")
    _type(qtbot, page.parts.times["information"][1], "10:00")
    page.flush()

    assert "Information sharing cannot end before it starts" in page.status.text()
    assert get_meeting_record(db, family.conference_id).parts["information"] == (time(11), None)


def test_part_times_wait_for_the_meeting_date(window: MainWindow, db: Database) -> None:
    page, _family = _open(window, db, dated=False)

    assert not page.parts.times["information"][0].isEnabled()
    assert "No date yet" in page.when.text()


def test_two_actions_are_typed_and_stored_as_version_one(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)

    _add_action(qtbot, page, "Walk Robin to school")
    _add_action(qtbot, page, "Gran has Robin on Fridays")
    table = page.action_table.table
    table.setFocus()
    table.setCurrentCell(1, 2)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Every Friday")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() is not QAbstractItemView.State.EditingState)

    plan = get_meeting_record(db, family.conference_id).plan
    assert plan is not None
    assert (plan.number, plan.status) == (1, PlanStatus.PRESENTED)
    assert [a.what for a in plan.actions] == ["Walk Robin to school", "Gran has Robin on Fridays"]
    assert plan.actions[1].when == "Every Friday"
    assert page.action_table.new_action.text() == ""
    assert page.plan.state.text() == "Version 1 of the family plan. Presented."


def test_enter_edits_a_cell_and_escape_cancels_without_leaving_the_page(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, _family = _open(window, db)
    _add_action(qtbot, page, "Walk Robin to school")
    table = page.action_table.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)

    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    assert window.in_workspace()
    assert window.workspace.current_key() == "meeting"


def test_delete_removes_an_action_undo_brings_it_back_and_insert_adds(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)
    _add_action(qtbot, page, "Walk Robin to school")
    _add_action(qtbot, page, "Gran has Robin on Fridays")
    table = page.action_table.table
    table.setFocus()
    table.setCurrentCell(0, 0)

    qtbot.keyClick(table, Qt.Key.Key_Delete)
    after_delete = get_meeting_record(db, family.conference_id).plan
    qtbot.mouseClick(page.undo.button, Qt.MouseButton.LeftButton)

    assert after_delete is not None
    assert [a.what for a in after_delete.actions] == ["Gran has Robin on Fridays"]
    plan = get_meeting_record(db, family.conference_id).plan
    assert plan is not None
    assert [a.what for a in plan.actions] == ["Walk Robin to school", "Gran has Robin on Fridays"]
    assert table.rowCount() == 2
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert page.action_table.new_action.hasFocus()


def test_the_plan_details_are_stored(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    page, family = _open(window, db)

    backup = page.plan.texts["backup_plan"]
    backup.setFocus()
    qtbot.keyClicks(backup, "Gran takes Robin in.")
    _type(qtbot, page.plan.review_date.line, "2026-06-12")
    page.flush()
    pick(qtbot, page.plan.lead, "Linnet Fennimore")

    plan = get_meeting_record(db, family.conference_id).plan
    assert plan is not None
    assert plan.text["backup_plan"] == "Gran takes Robin in."
    assert (plan.review_date, plan.family_lead_id) == (date(2026, 6, 12), family.aunt)


def test_not_agreed_without_reasons_is_refused_until_they_are_written(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)
    _add_action(qtbot, page, "Walk Robin to school")

    qtbot.mouseClick(page.decision.buttons[ReferrerDecision.NOT_AGREED],
                     Qt.MouseButton.LeftButton)
    refused = get_meeting_record(db, family.conference_id).plan
    message = page.status.text()
    page.decision.reasons.setFocus()
    qtbot.keyClicks(page.decision.reasons, "The school run is not covered.")
    page.flush()

    assert "Write the referrer's reasons" in message
    assert refused is not None and refused.decision is ReferrerDecision.PENDING
    plan = get_meeting_record(db, family.conference_id).plan
    assert plan is not None
    assert (plan.decision, plan.status) == (ReferrerDecision.NOT_AGREED, PlanStatus.NOT_AGREED)
    assert plan.reasons == "The school run is not covered."
    assert page.status.text() == "Saved"


def test_agreed_sets_the_plan_agreed_with_todays_date(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)

    qtbot.mouseClick(page.decision.buttons[ReferrerDecision.AGREED], Qt.MouseButton.LeftButton)

    plan = get_meeting_record(db, family.conference_id).plan
    assert plan is not None
    assert (plan.status, plan.decided_on) == (PlanStatus.AGREED, date.today())
