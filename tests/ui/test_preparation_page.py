"""The Preparation page: logging visits and calls, what was explained, and who is contacted."""

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import ContactKind, InvitationStatus, Role
from fgc_desktop.services.contacts import contact_states, list_contacts
from fgc_desktop.services.people import add_person, update_person_field
from fgc_desktop.store.database import Database
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.pages.preparation import PreparationPage
from fgc_desktop.ui.people.contact_dialog import ContactDialog
from tests.ui.sample_conference import build_empty_conference, build_sample_conference


def _open(window: MainWindow, conference_id: int) -> PreparationPage:
    window.open_conference(conference_id, "preparation")
    page = window.workspace.pages["preparation"]
    assert isinstance(page, PreparationPage)
    return page


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    qtbot.waitUntil(lambda: box.height() > 0)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton,
                     pos=QPoint(box.height() // 2, box.height() // 2))


def _state_lines(page: PreparationPage) -> list[str]:
    return [page.states.people.item(row).text() for row in range(page.states.people.count())]


def _dialog(page: PreparationPage) -> ContactDialog:
    dialog = page.contact_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_contact_is_logged_with_what_was_explained_and_the_person_is_contacted(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    aunt = add_person(db, conference_id, "Birch", Role.FAMILY)
    update_person_field(db, aunt, "invitation_status", InvitationStatus.INVITED)
    page = _open(window, conference_id)
    assert _state_lines(page) == ["Birch\nNot contacted yet"]

    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ContactKind.PHONE_CALL.value))
    for key in ("purpose", "private_family_time", "consent"):
        _tick(qtbot, dialog.explained.boxes[key])
    qtbot.keyClicks(dialog.notes, "Called Birch after school.")
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)

    [contact] = list_contacts(db, conference_id)
    assert (contact.person_name, contact.kind, contact.on) == (
        "Birch", ContactKind.PHONE_CALL, date.today())
    assert contact.explained == ("purpose", "private_family_time", "consent")
    assert contact.notes == "Called Birch after school."
    assert [state.contacted for state in contact_states(db, conference_id)] == [True]
    assert _state_lines(page)[0].startswith("Birch\nContacted, last on ")
    assert "Everyone invited" in page.states.summary.text()
    assert page.table.current_id() == contact.id


def test_a_future_date_is_refused_and_the_dialog_stays_open(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    page = _open(window, conference_id)
    before = list_contacts(db, conference_id)

    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page)
    dialog.on.line.setText((date.today() + timedelta(days=2)).isoformat())
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert "in the future" in dialog.problem.text()
    assert list_contacts(db, conference_id) == before
    dialog.reject()


def test_a_not_yet_contacted_person_opens_the_dialog_with_them_chosen(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    child = add_person(db, conference_id, "Pip", Role.CHILD)
    update_person_field(db, child, "is_subject_child", True)
    page = _open(window, conference_id)

    item = page.states.people.item(0)
    page.states.people.itemActivated.emit(item)

    assert _dialog(page).person.currentText() == "Pip"
    _dialog(page).reject()


def test_the_chosen_contact_is_edited_and_saved_as_it_changes(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    page = _open(window, conference_id)
    first = list_contacts(db, conference_id)[0]
    page.table.choose(first.id)
    editor = page.editor

    _tick(qtbot, editor.explained.boxes["what_happens"])
    notes = editor.fields.editors["notes"]
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(notes, " Agreed a second visit.")
    notes.clearFocus()
    kind = editor.fields.editors["kind"]
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData(ContactKind.VIDEO_CALL.value))
    kind.activated.emit(kind.currentIndex())

    stored = next(row for row in list_contacts(db, conference_id) if row.id == first.id)
    assert stored.explained == ("what_happens",)
    assert stored.notes == "Explained private family time. Agreed a second visit."
    assert stored.kind is ContactKind.VIDEO_CALL
    assert page.status.message.text() == "Saved"
    assert page.table.current_id() == first.id


def test_a_removed_contact_comes_back_with_undo(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    page = _open(window, conference_id)
    first = list_contacts(db, conference_id)[0]
    page.table.choose(first.id)
    page.table.setFocus()

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)

    assert first.id not in [row.id for row in list_contacts(db, conference_id)]
    assert "Removed the visit or call with Maple Testerson" in page.status.undo.message.text()
    qtbot.mouseClick(page.status.undo.button, Qt.MouseButton.LeftButton)
    assert ("Maple Testerson", "Explained private family time.") in [
        (row.person_name, row.notes) for row in list_contacts(db, conference_id)]


def test_an_empty_log_says_what_to_do(window: MainWindow, db: Database) -> None:
    page = _open(window, build_empty_conference(db))

    assert page.empty.isVisible()
    assert "No visits or calls are logged yet" in page.empty.text()
    assert "No one in the family is invited yet" in page.states.summary.text()
    assert not page.editor.isEnabled()
