"""The People page: adding, editing and removing people, invitations, and who must not meet."""

from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import InvitationStatus, ReplyStatus, Role
from fgc_desktop.services.contacts import list_contacts
from fgc_desktop.services.people import get_person, list_people
from fgc_desktop.services.separations import list_separations
from fgc_desktop.store.database import Database
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.pages.people import PICTURE_TAB, SEPARATIONS_TAB, PeoplePage
from tests.ui.conftest import texts_in
from tests.ui.sample_conference import build_empty_conference, build_sample_conference
from tests.ui.test_keyboard_and_names import _unnamed_focusable


def _open(window: MainWindow, conference_id: int) -> PeoplePage:
    window.open_conference(conference_id, "people")
    page = window.workspace.pages["people"]
    assert isinstance(page, PeoplePage)
    return page


def _choose(page: PeoplePage, name: str) -> int:
    person_id = next(row.id for row in page.rows if row.name == name)
    page.table.choose(person_id)
    assert page.editor.person_id == person_id
    return person_id


def _type(qtbot: QtBot, editor: Any, text: str) -> None:
    """Replaces a field's text as a coordinator would, then leaves the field."""
    editor.setFocus()
    if isinstance(editor, QLineEdit):
        editor.selectAll()
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
        qtbot.keyClicks(editor, text)
    else:
        editor.setPlainText(text)
    editor.clearFocus()


def _tick(qtbot: QtBot, box: Any) -> None:
    """Clicks a tick box on its box, where a coordinator clicks."""
    assert isinstance(box, QCheckBox)
    qtbot.waitUntil(lambda: box.height() > 0)  # laid out, as on screen
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.height() // 2,
                                                                box.height() // 2))


def _pick(combo: Any, value: str) -> None:
    """Chooses the item holding ``value``, as a click in the list does."""
    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_a_person_is_added_and_edited_through_the_page(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open(window, conference_id)
    qtbot.keyClicks(page.new_name, "Nell")
    _pick(page.new_role, Role.FRIEND.value)
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)

    [row] = list_people(db, conference_id)
    assert page.editor.person_id == row.id
    fields = page.editor.fields.editors
    _type(qtbot, fields["family_name"], "Quillfeather")
    _pick(fields["role"], Role.FAMILY.value)
    _pick(fields["preferred_language"], "bn")
    _tick(qtbot, fields["needs_interpreter"])
    _type(qtbot, fields["access_needs"], "A ground-floor room")

    stored = get_person(db, row.id)
    assert (stored["given_name"], stored["family_name"]) == ("Nell", "Quillfeather")
    assert stored["role"] is Role.FAMILY
    assert stored["preferred_language"] == "bn"
    assert stored["needs_interpreter"] is True
    assert stored["access_needs"] == "A ground-floor room"
    assert page.table.people.rows[0].name == "Nell Quillfeather"
    assert page.status.message.text() == "Saved"


def test_the_language_list_shows_each_language_in_its_own_script(
    window: MainWindow, db: Database
) -> None:
    page = _open(window, build_sample_conference(db))
    _choose(page, "Hazel Quill")
    languages = page.editor.fields.editors["preferred_language"]
    assert isinstance(languages, QComboBox)

    assert languages.currentText() == "العربية (Arabic)"
    assert "বাংলা (Bengali)" in [languages.itemText(row) for row in range(languages.count())]
    hazel = page.table.people.row_of(page.editor.person_id or 0)
    assert page.table.people.index(hazel, 3).data() == "العربية (Arabic)"


def test_a_new_person_without_a_name_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    page = _open(window, conference_id)

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    assert "Given name cannot be empty" in page.status.message.text()
    assert list_people(db, conference_id) == []


def test_an_empty_or_huge_name_shows_a_message_and_keeps_the_old_one(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = _open(window, build_sample_conference(db))
    person_id = _choose(page, "Maple Testerson")
    given_name = page.editor.fields.editors["given_name"]

    _type(qtbot, given_name, "")
    assert "Given name cannot be empty" in page.status.message.text()
    assert get_person(db, person_id)["given_name"] == "Maple"

    assert isinstance(given_name, QLineEdit)
    given_name.setText("x" * 100_000)  # a paste; the box itself keeps 32,767 of them
    given_name.textEdited.emit(given_name.text())
    page.flush()
    assert "Given name is too long" in page.status.message.text()
    assert get_person(db, person_id)["given_name"] == "Maple"

    _type(qtbot, given_name, "Mabel")
    assert get_person(db, person_id)["given_name"] == "Mabel"
    assert page.status.message.text() == "Saved"


def test_an_impossible_or_future_birth_date_is_refused(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = _open(window, build_sample_conference(db))
    child = _choose(page, "Pip Testerson")
    born = page.editor.fields.editors["date_of_birth"]
    assert isinstance(born, DateField)

    _type(qtbot, born.line, "2016-02-30")
    assert "not a real date" in page.status.message.text()
    _type(qtbot, born.line, f"{date.today().year + 1}-01-01")
    assert "in the future" in page.status.message.text()
    assert get_person(db, child)["date_of_birth"] is None

    _type(qtbot, born.line, "2016-02-29")
    assert get_person(db, child)["date_of_birth"] == date(2016, 2, 29)


def test_invitation_and_reply_are_saved_with_their_dates(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = _open(window, build_sample_conference(db))
    person_id = _choose(page, "Sam Example")
    fields = page.editor.fields.editors

    _pick(fields["invitation_status"], InvitationStatus.INVITED.value)
    page.flush()
    _pick(fields["reply_status"], ReplyStatus.NOT_COMING.value)
    page.flush()
    invited_on = fields["invited_on"]
    assert isinstance(invited_on, DateField)
    _type(qtbot, invited_on.line, "2026-01-30")

    stored = get_person(db, person_id)
    assert stored["invitation_status"] is InvitationStatus.INVITED
    assert stored["invited_on"] == date(2026, 1, 30)
    assert stored["reply_status"] is ReplyStatus.NOT_COMING
    assert stored["replied_on"] == date.today()


def test_a_child_gets_an_advocate_chosen_from_the_conference(
    window: MainWindow, db: Database
) -> None:
    page = _open(window, build_sample_conference(db))
    child = _choose(page, "Pip Testerson")
    advocate = next(row.id for row in page.rows if row.name == "Sam Example")

    _pick(page.editor.fields.editors["advocate_id"], str(advocate))
    _pick(page.editor.fields.editors["child_participation"], "written_views")

    assert get_person(db, child)["advocate_id"] == advocate
    assert get_person(db, child)["child_participation"].value == "written_views"


def test_confidential_details_carry_a_warning_in_words(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = _open(window, build_sample_conference(db))
    person_id = _choose(page, "Maple Testerson")
    assert not page.editor.confidential_warning.isVisible()

    _tick(qtbot, page.editor.fields.editors["contact_confidential"])

    assert get_person(db, person_id)["contact_confidential"] is True
    assert page.editor.confidential_warning.isVisible()
    assert any("never printed on anyone else's papers" in text
               for text in texts_in(page.editor.confidential_warning))


def test_delete_removes_a_person_and_undo_brings_them_back_with_their_contacts(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    page = _open(window, conference_id)
    _choose(page, "Maple Testerson")
    page.table.setFocus()

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)

    assert "Maple Testerson" not in [row.name for row in list_people(db, conference_id)]
    assert [row.person_name for row in list_contacts(db, conference_id)] == ["Hazel Quill"]
    assert page.status.undo.isVisible()
    assert "Removed Maple Testerson" in page.status.undo.message.text()

    qtbot.mouseClick(page.status.undo.button, Qt.MouseButton.LeftButton)

    assert "Maple Testerson" in [row.name for row in list_people(db, conference_id)]
    assert sorted(row.person_name for row in list_contacts(db, conference_id)) == [
        "Hazel Quill", "Maple Testerson"]
    assert page.editor.title.text() == "Maple Testerson"


def test_ctrl_n_in_the_table_starts_a_new_person_not_a_new_conference(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = _open(window, build_sample_conference(db))
    page.table.setFocus()

    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert window.focusWidget() is page.new_name
    assert window.in_workspace()


def test_two_people_who_must_not_meet_are_added_and_explained(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    page = _open(window, conference_id)
    page.tabs.setCurrentIndex(SEPARATIONS_TAB)
    editor = page.separations
    editor.first.setCurrentIndex(editor.first.findText("Maple Testerson"))
    editor.second.setCurrentIndex(editor.second.findText("Hazel Quill"))

    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    reason = editor.fields.editors["reason"]
    assert isinstance(reason, QPlainTextEdit)
    _type(qtbot, reason, "A court order keeps them apart.")
    page.flush()

    [row] = list_separations(db, conference_id)
    assert (row.first_name, row.second_name) == ("Maple Testerson", "Hazel Quill")
    assert row.reason == "A court order keeps them apart."

    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert "already recorded" in page.status.message.text()

    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert list_separations(db, conference_id) == []
    qtbot.mouseClick(page.status.undo.button, Qt.MouseButton.LeftButton)
    assert [row.reason for row in list_separations(db, conference_id)] == [
        "A court order keeps them apart."]


def test_a_contact_is_logged_from_a_persons_details(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    page = _open(window, conference_id)
    person_id = _choose(page, "Sam Example")

    qtbot.mouseClick(page.editor.contacts.log, Qt.MouseButton.LeftButton)
    dialog = page.contact_dialog
    assert dialog is not None and dialog.isVisible()
    _tick(qtbot, dialog.explained.boxes["purpose"])
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)

    [contact] = list_contacts(db, conference_id, person_id)
    assert contact.explained == ("purpose",)
    assert contact.by_whom == "Robin Sample"
    assert "Explained: Why the meeting is happening" in page.editor.contacts.lines.text()


def test_the_picture_tab_draws_everyone(window: MainWindow, db: Database) -> None:
    conference_id = build_sample_conference(db)
    page = _open(window, conference_id)

    page.tabs.setCurrentIndex(PICTURE_TAB)

    scene = page.picture.scene
    assert scene is not None
    assert set(scene.person_items) == {row.id for row in list_people(db, conference_id)}
    assert "4 people" in page.picture.view.accessibleDescription()


def test_the_picture_zooms_in_and_shows_the_whole(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = _open(window, build_sample_conference(db))
    page.tabs.setCurrentIndex(PICTURE_TAB)
    view = page.picture.view
    before = view.transform().m11()

    qtbot.mouseClick(page.picture.zoom_in, Qt.MouseButton.LeftButton)
    assert view.transform().m11() > before

    qtbot.mouseClick(page.picture.whole, Qt.MouseButton.LeftButton)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.adjusted(-1, -1, 1, 1).contains(view.sceneRect())


def test_an_empty_conference_says_who_to_add(window: MainWindow, db: Database) -> None:
    page = _open(window, build_empty_conference(db))

    assert page.empty.isVisible()
    assert "No one is recorded yet" in page.empty.text()
    assert not page.editor.form.isVisible()


def test_every_tab_and_the_contact_dialog_name_their_controls(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = _open(window, build_sample_conference(db))
    for tab in (PICTURE_TAB, SEPARATIONS_TAB):
        page.tabs.setCurrentIndex(tab)
        assert _unnamed_focusable(window) == []

    page.tabs.setCurrentIndex(0)
    qtbot.mouseClick(page.editor.contacts.log, Qt.MouseButton.LeftButton)
    assert page.contact_dialog is not None
    assert _unnamed_focusable(page.contact_dialog) == []
    page.contact_dialog.reject()
