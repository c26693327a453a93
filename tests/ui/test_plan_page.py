"""The family plan page: versions kept, actions followed, overdue marked, the plan sent out."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import ActionStatus, DeliveryMethod, PlanStatus, ReferrerDecision
from fgc_desktop.guidance.progress import StepProgress
from fgc_desktop.services import plan_edits as edits
from fgc_desktop.services.conferences import find_conference_id
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.guidance import conference_steps
from fgc_desktop.services.plan import PlanView, get_plan, start_new_version
from fgc_desktop.store.database import Database
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.pages.meeting import MeetingPage
from fgc_desktop.ui.pages.plan import PlanPage
from fgc_desktop.ui.plan.action_card import ActionCard
from tests.services.test_arrangements import Family, build_family
from tests.services.test_plan import agreed_plan, presented_plan
from tests.ui.conftest import texts_in
from tests.ui.test_arrangements_page import pick


def _open(window: MainWindow, conference_id: int) -> PlanPage:
    window.open_conference(conference_id, "plan")
    page = window.workspace.pages["plan"]
    assert isinstance(page, PlanPage)
    return page


def _agreed(window: MainWindow, db: Database) -> tuple[PlanPage, Family]:
    family = agreed_plan(db)
    return _open(window, family.conference_id), family


def _stored(db: Database, cid: int, number: int | None = None) -> PlanView:
    plan = get_plan(db, cid, number).plan
    assert plan is not None
    return plan


def _card(page: PlanPage, index: int) -> ActionCard:
    return list(page.action_list.cards.values())[index]


def choose(box: QComboBox, text: str) -> None:
    """Chooses an item as a mouse user does, from the open list: one choice, one signal."""
    index = box.findText(text)
    assert index >= 0
    box.setCurrentIndex(index)
    box.activated.emit(index)


def _type(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def test_the_agreed_plan_shows_its_version_and_is_kept_as_it_was(
    window: MainWindow, db: Database
) -> None:
    page, _family = _agreed(window, db)

    assert page.bar.versions.currentText() == "Version 1 · 12 Mar 2026 · Agreed"
    assert "Made at the family group conference on 12 Mar 2026." in page.bar.made.text()
    assert any("kept as it was" in text for text in texts_in(page.bar))
    card = _card(page, 0)
    assert all(editor.isReadOnly() for editor in card.details.values())
    assert card.status.isEnabled() and card.new_note.isVisibleTo(page)
    assert not page.action_list.new_action.isVisibleTo(page)
    assert not page.bar.compare.isEnabled() and page.bar.new_version.isEnabled()


def test_an_overdue_action_stands_out_with_a_sign_and_words(
    window: MainWindow, db: Database
) -> None:
    page, _family = _agreed(window, db)

    overdue = [text for text in texts_in(_card(page, 1)) if text.startswith("Overdue")]
    assert len(overdue) == 1 and "due 16 Mar 2026" in overdue[0]
    assert not any(text.startswith("Overdue") for text in texts_in(_card(page, 0)))
    assert "1 overdue." in page.action_list.summary.text()


def test_missing_details_are_warned_beside_the_action(window: MainWindow, db: Database) -> None:
    page, _family = _agreed(window, db)

    warned = texts_in(_card(page, 1))
    assert "How everyone will know it is done: not written yet. Say how everyone will know " \
           "it is done." in warned
    assert "Who checks: not written yet. Name the person who checks it happens." in warned
    assert not any("not written yet" in text for text in texts_in(_card(page, 0)))


def test_not_done_is_refused_until_the_reason_is_given(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _agreed(window, db)
    card = _card(page, 1)

    choose(card.status, "Not done")

    assert "Say why the action was not done" in page.status.text()
    assert _stored(db, family.conference_id).actions[1].status is ActionStatus.NOT_STARTED
    assert card.reason.isVisibleTo(page)
    _type(qtbot, card.reason, "The line was busy all week")
    page.flush()
    stored = _stored(db, family.conference_id).actions[1]
    assert (stored.status, stored.status_reason) == (ActionStatus.NOT_DONE,
                                                     "The line was busy all week")
    assert "Say why" not in page.status.text()


def test_a_note_is_added_with_today_s_date(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    page, family = _agreed(window, db)
    card = _card(page, 0)

    _type(qtbot, card.new_note, "On time every day this week")
    qtbot.keyClick(card.new_note, Qt.Key.Key_Return)

    [written] = _stored(db, family.conference_id).actions[0].notes
    assert (written.written_on, written.text) == (date.today(), "On time every day this week")
    assert card.new_note.text() == ""
    assert any(text.endswith(": On time every day this week") for text in texts_in(card))


def test_a_new_version_is_started_changed_and_agreed(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _agreed(window, db)
    cid = family.conference_id

    dialog = page.ask_new_version()
    qtbot.keyClicks(dialog.reason_box, "Wren has moved house")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert page.bar.versions.currentData() == 2
    who = _card(page, 0).details["who"]
    assert isinstance(who, QLineEdit) and not who.isReadOnly()
    _type(qtbot, who, "Linnet and Corvin")
    page.flush()
    assert _stored(db, cid, 2).actions[0].line.who == "Linnet and Corvin"
    assert _stored(db, cid, 1).actions[0].line.who == "Linnet"

    qtbot.mouseClick(page.decision.buttons[ReferrerDecision.AGREED], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _card(page, 0).details["who"].isReadOnly())
    assert [v.status for v in get_plan(db, cid).versions] == [PlanStatus.SUPERSEDED,
                                                              PlanStatus.AGREED]


def test_the_compare_view_shows_both_versions_and_what_changed(
    window: MainWindow, db: Database
) -> None:
    family = agreed_plan(db)
    cid = family.conference_id
    start_new_version(db, cid, "Wren has moved house")
    walk, call = (a.line for a in _stored(db, cid, 2).actions)
    edits.update_action(db, cid, walk.id, "who", "Linnet and Corvin")
    edits.remove_action(db, cid, call.id)
    edits.add_action(db, cid, 2, "Corvin fixes the heating")
    page = _open(window, cid)

    dialog = page.open_compare()

    shown = dialog.view.toPlainText()
    assert (dialog.left.currentData(), dialog.right.currentData()) == (1, 2)
    assert "1 added, 1 taken out, 1 changed." in shown
    assert "Changed: who does it" in shown and "Linnet and Corvin" in shown
    assert "Taken out" in shown and "Wren calls the health visitor" in shown
    assert "Added" in shown and "Corvin fixes the heating" in shown


def test_sending_the_plan_is_recorded_and_ticks_the_step(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _agreed(window, db)
    cid = family.conference_id
    sending = page.distribution

    for name in ("Wren Fennimore (Mother)", "Tess Sampleworth (Social worker)"):
        pick(qtbot, sending.person, name)
        qtbot.mouseClick(sending.add_button, Qt.MouseButton.LeftButton)
    for person, way in ((family.mother, "Handed over"), (family.worker, "Emailed")):
        pick(qtbot, page.distribution.methods[person], way)
        day = page.distribution.days[person]
        _type(qtbot, day.line, "2026-03-14")
    page.flush()

    sent = {r.person.id: (r.method, r.sent_on) for r in _stored(db, cid).recipients}
    assert sent == {family.mother: (DeliveryMethod.HANDED_OVER, date(2026, 3, 14)),
                    family.worker: (DeliveryMethod.EMAILED, date(2026, 3, 14))}
    step = next(s for s in conference_steps(db, cid) if s.step.key == "plan_sent_on_time")
    assert step.progress is StepProgress.DONE


def test_taking_someone_off_the_list_can_be_undone(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _agreed(window, db)
    pick(qtbot, page.distribution.person, "Linnet Fennimore (Aunt)")
    qtbot.mouseClick(page.distribution.add_button, Qt.MouseButton.LeftButton)
    take_off = next(button for button in page.distribution.findChildren(QPushButton)
                    if button.accessibleName() == "Take Linnet Fennimore off the list")

    qtbot.mouseClick(take_off, Qt.MouseButton.LeftButton)
    assert _stored(db, family.conference_id).recipients == ()
    qtbot.mouseClick(page.undo.button, Qt.MouseButton.LeftButton)

    assert [r.person.id for r in _stored(db, family.conference_id).recipients] == [family.aunt]
    assert family.aunt in page.distribution.methods


def test_a_conference_without_a_plan_points_to_the_meeting_page(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = _open(window, build_family(db).conference_id)

    assert page.empty.isVisibleTo(page) and not page.sections[0].isVisibleTo(page)
    qtbot.mouseClick(page.to_meeting, Qt.MouseButton.LeftButton)
    assert window.workspace.current_key() == "meeting"


def test_the_demo_plan_changed_at_its_review_shows_both_versions(
    window: MainWindow, db: Database
) -> None:
    load_demo(db)
    page = _open(window, find_conference_id(db, "DEMO-0005"))

    titles = [page.bar.versions.itemText(i) for i in range(page.bar.versions.count())]
    assert [title.split(" · ")[0] for title in titles] == ["Version 2", "Version 1"]
    assert page.bar.compare.isEnabled()
    assert "Made at the review on" in page.bar.made.text()
    page.show_version(1)
    assert "Replaced by a newer version" in page.bar.versions.currentText()
    assert not _card(page, 0).status.isEnabled()


def test_the_meeting_page_shows_each_action_s_warnings(
    window: MainWindow, db: Database
) -> None:
    family = presented_plan(db)
    window.open_conference(family.conference_id, "meeting")
    page = window.workspace.pages["meeting"]
    assert isinstance(page, MeetingPage)
    table = page.action_table.table

    checks = [table.item(row, table.columnCount() - 1) for row in range(table.rowCount())]
    assert [item.text() for item in checks] == [
        "All clear", "How everyone will know: missing\nWho checks: missing"]
    assert "Who checks: not written yet." in checks[1].toolTip()
    assert not checks[0].flags() & Qt.ItemFlag.ItemIsEditable



def test_the_back_up_plan_is_checked_for_plain_words(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    family = presented_plan(db)
    page = _open(window, family.conference_id)
    editor = page.texts.texts["backup_plan"]
    editor.setPlainText("If the contingency fails we will hold a strategy discussion.")
    checker = page.texts.checkers["backup_plan"]
    qtbot.waitUntil(lambda: len(checker.check.jargon) == 2, timeout=3000)
