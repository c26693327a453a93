"""The sharing page: decide with the keyboard, filter, decide for a role, preview, print the log."""

from pathlib import Path

from pdfminer.high_level import extract_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fgc_desktop.domain.enums import Role, Sensitivity, SharingChoice
from fgc_desktop.services import disclosure_log, sharing
from fgc_desktop.services.conferences import find_conference_id
from fgc_desktop.services.demo import load_demo
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import InformationItem, Participant, SharingDecision
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.pages.sharing import SharingPage
from fgc_desktop.ui.sharing.role_dialog import RoleDecisionDialog
from tests.ui.conftest import texts_in
from tests.ui.sample_conference import build_sample_conference


def _open(window: MainWindow, conference_id: int) -> SharingPage:
    window.open_conference(conference_id, "sharing")
    page = window.workspace.pages["sharing"]
    assert isinstance(page, SharingPage)
    return page


def _people(db: Database, conference_id: int) -> dict[str, int]:
    with db.session() as session:
        return {p.given_name: p.id for p in session.scalars(
            select(Participant).where(Participant.conference_id == conference_id))}


def _item_id(db: Database, title: str) -> int:
    with db.session() as session:
        found = session.scalar(select(InformationItem.id).where(InformationItem.title == title))
    assert found is not None
    return found


def _stored(db: Database, item_id: int, person_id: int) -> SharingDecision | None:
    with db.session() as session:
        return session.scalar(select(SharingDecision).where(
            SharingDecision.item_id == item_id, SharingDecision.participant_id == person_id))


def _cell_for(page: SharingPage, qtbot: QtBot, item_id: int, person_id: int) -> None:
    page.select(item_id, person_id)
    page.grid.setFocus()
    qtbot.waitUntil(page.grid.hasFocus)


def test_keys_decide_clear_and_undo(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    conference_id = build_sample_conference(db)
    people = _people(db, conference_id)
    item_id = _item_id(db, "School attendance record")
    page = _open(window, conference_id)
    _cell_for(page, qtbot, item_id, people["Sam"])

    qtbot.keyClick(page.grid, Qt.Key.Key_N)

    decision = _stored(db, item_id, people["Sam"])
    assert decision is not None and decision.choice is SharingChoice.WITHHOLD
    assert decision.decided_by == "Test Coordinator"
    assert page.model.data(page.grid.currentIndex()).startswith("Not shared")

    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert _stored(db, item_id, people["Sam"]) is None
    assert page.model.data(page.grid.currentIndex()) == "Not decided\ndefault: not shared"

    qtbot.mouseClick(page.undo.button, Qt.MouseButton.LeftButton)
    decision = _stored(db, item_id, people["Sam"])
    assert decision is not None and decision.choice is SharingChoice.WITHHOLD

    _cell_for(page, qtbot, item_id, people["Sam"])
    qtbot.keyClick(page.grid, Qt.Key.Key_S)
    decision = _stored(db, item_id, people["Sam"])
    assert decision is not None and decision.choice is SharingChoice.SHARE


def test_u_asks_for_the_summary_in_the_cell(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    people = _people(db, conference_id)
    item_id = _item_id(db, "School attendance record")
    page = _open(window, conference_id)
    _cell_for(page, qtbot, item_id, people["Pip"])

    qtbot.keyClick(page.grid, Qt.Key.Key_U)
    editor = page.grid.findChild(QLineEdit)
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "You have missed some school.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    def saved() -> None:
        decision = _stored(db, item_id, people["Pip"])
        assert decision is not None and decision.choice is SharingChoice.SUMMARY
        assert decision.summary == "You have missed some school."

    qtbot.waitUntil(saved)
    assert page.decision.summary.text() == "You have missed some school."


def test_a_summary_with_no_words_is_explained_and_not_saved(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    people = _people(db, conference_id)
    item_id = _item_id(db, "School attendance record")
    page = _open(window, conference_id)
    _cell_for(page, qtbot, item_id, people["Pip"])

    qtbot.keyClick(page.grid, Qt.Key.Key_U)
    editor = page.grid.findChild(QLineEdit)
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: "Write the summary Pip Testerson will read" in page.status.text())
    assert _stored(db, item_id, people["Pip"]) is None


def test_escape_leaves_the_summary_and_stays_in_the_conference(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    people = _people(db, conference_id)
    item_id = _item_id(db, "School attendance record")
    page = _open(window, conference_id)
    _cell_for(page, qtbot, item_id, people["Pip"])

    qtbot.keyClick(page.grid, Qt.Key.Key_U)
    editor = page.grid.findChild(QLineEdit)
    assert editor is not None
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Not this")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    qtbot.waitUntil(lambda: page.grid.state() != page.grid.State.EditingState)
    assert window.in_workspace()
    assert _stored(db, item_id, people["Pip"]) is None


def test_the_reason_typed_for_a_decision_is_kept(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    people = _people(db, conference_id)
    item_id = _item_id(db, "School attendance record")
    page = _open(window, conference_id)
    _cell_for(page, qtbot, item_id, people["Maple"])

    page.decision.reason.setFocus()
    qtbot.keyClicks(page.decision.reason, "Maple asked to see it.")
    page.grid.setFocus()

    decision = _stored(db, item_id, people["Maple"])
    assert decision is not None and decision.reason == "Maple asked to see it."


def test_only_undecided_hides_what_is_decided_for_everyone(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    done = sharing.add_item(db, conference_id, "Decided for all")
    for person_id in _people(db, conference_id).values():
        sharing.decide(db, done, person_id, SharingChoice.WITHHOLD)
    page = _open(window, conference_id)
    assert page.model.rowCount() == 2

    qtbot.mouseClick(page.only_undecided, Qt.MouseButton.LeftButton)

    assert page.model.rowCount() == 1
    assert page.model.item_at(0) is not None
    assert page.model.item_at(0).title == "School attendance record"  # type: ignore[union-attr]


def test_deciding_for_a_role(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    conference_id = build_sample_conference(db)
    people = _people(db, conference_id)
    item_id = _item_id(db, "School attendance record")
    page = _open(window, conference_id)
    page.select(item_id)

    dialog = page.decide_for_role()
    assert isinstance(dialog, RoleDecisionDialog)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.FAMILY))
    dialog.choice.setCurrentIndex(dialog.choice.findData(SharingChoice.WITHHOLD))
    qtbot.keyClicks(dialog.reason, "Decided with the social worker")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    for name in ("Maple", "Hazel"):
        decision = _stored(db, item_id, people[name])
        assert decision is not None and decision.choice is SharingChoice.WITHHOLD
        assert decision.reason == "Decided with the social worker"
    assert _stored(db, item_id, people["Sam"]) is None
    assert not dialog.isVisible()


def test_what_a_person_receives_shows_their_texts_and_what_is_kept(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    load_demo(db)
    conference_id = find_conference_id(db, "DEMO-0002")
    people = _people(db, conference_id)
    page = _open(window, conference_id)

    page.tabs.setCurrentWidget(page.receive)
    page.receive.show_person(people["Yusuf"])
    shown = page.receive.page.toPlainText()

    assert "Last winter the police came to help keep Mum safe." in shown
    assert "Mum is getting help to feel better." in shown
    assert "Police were called in February" not in shown
    assert "Where Layla and the children live" in shown.split("Kept from them")[1]
    assert "Flat 3" not in shown

    sharing.decide(db, _item_id(db, "Where Layla and the children live"), people["Layla"],
                   SharingChoice.SHARE)
    page.refresh()
    page.receive.show_person(people["Layla"])
    assert "Flat 3, 8 Quiet Lane." in page.receive.page.toPlainText()


def test_adding_editing_and_removing_information(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    page = _open(window, conference_id)
    page.grid.setFocus()

    qtbot.keyClick(page.grid, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    title = page.items.title_line
    assert title.hasFocus()
    qtbot.keyClicks(title, "Housing")
    page.items.words.setFocus()
    qtbot.keyClicks(page.items.words, "The family has a new flat.")
    page.items.sensitivity.setCurrentIndex(
        page.items.sensitivity.findData(Sensitivity.ORDINARY))
    page.items.sensitivity.activated.emit(page.items.sensitivity.currentIndex())
    with db.session() as session:
        item = session.scalar(select(InformationItem).where(InformationItem.title == "Housing"))
        assert item is not None
        assert (item.text, item.sensitivity) == ("The family has a new flat.",
                                                 Sensitivity.ORDINARY)
    assert page.model.rowCount() == 2

    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    with db.session() as session:
        assert session.scalar(select(InformationItem).where(
            InformationItem.title == "Housing")) is None
    qtbot.mouseClick(page.undo.button, Qt.MouseButton.LeftButton)
    with db.session() as session:
        assert session.scalar(select(InformationItem).where(
            InformationItem.title == "Housing")) is not None


def test_the_familys_consent_is_recorded_in_the_item(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)
    item_id = _item_id(db, "School attendance record")
    page = _open(window, conference_id)
    page.select(item_id)

    qtbot.mouseClick(page.items.needs_consent, Qt.MouseButton.LeftButton)
    page.items.consent.setCurrentIndex(page.items.consent.findData(True))
    page.items.consent.activated.emit(page.items.consent.currentIndex())
    page.items.consent_by.setFocus()
    qtbot.keyClicks(page.items.consent_by, "Maple Testerson")
    page.grid.setFocus()

    with db.session() as session:
        item = session.get(InformationItem, item_id)
        assert item is not None
        assert (item.needs_family_consent, item.family_consent, item.family_consent_by) == (
            True, True, "Maple Testerson")


def test_printing_the_log_writes_every_document_to_a_pdf(
    window: MainWindow, db: Database, tmp_path: Path
) -> None:
    conference_id = build_sample_conference(db)
    people = _people(db, conference_id)
    disclosure_log.record_document(db, conference_id, people["Maple"], "invitation", "pl",
                                   "maple.pdf", b"first", [{"uid": "u1", "title": "Worries"}])
    disclosure_log.record_document(db, conference_id, people["Hazel"], "invitation", "ar",
                                   "hazel.pdf", b"second", [])
    page = _open(window, conference_id)
    page.tabs.setCurrentWidget(page.log)
    assert page.log.model.rowCount() == 2

    page.log.show_person(people["Maple"])
    assert page.log.model.rowCount() == 1
    path = tmp_path / "log.pdf"
    page.log.save_to(path)

    text = " ".join(extract_text(str(path)).split())
    assert path.read_bytes().startswith(b"%PDF")
    assert "Maple Testerson" in text and "Hazel Quill" not in text
    assert disclosure_log.conference_log(db, conference_id, people["Maple"])[0].sha256[:20] \
        in text.replace(" ", "")


def test_an_empty_conference_says_what_to_do(window: MainWindow, db: Database) -> None:
    from tests.ui.sample_conference import build_empty_conference

    page = _open(window, build_empty_conference(db))

    assert not page.grid.isVisible()
    assert any(text.startswith("No information is listed yet.") for text in texts_in(page))
