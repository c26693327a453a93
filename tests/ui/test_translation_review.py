"""The Translations screen, and the word about draft translations on the Documents page."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import Stage
from fgc_desktop.domain.stages import PageInfo
from fgc_desktop.i18n.catalogue import DOCUMENTS_DOMAIN, catalogue, override_path
from fgc_desktop.i18n.status import approve_language, language_status
from fgc_desktop.services.demo import load_demo
from fgc_desktop.store.database import Database
from fgc_desktop.ui.documents import DocumentsPage
from fgc_desktop.ui.translations.review_dialog import TranslationReviewDialog
from tests.documents.demo_cases import conference_id, set_service


def _open(qtbot: QtBot, data_folder: Path, code: str) -> TranslationReviewDialog:
    dialog = TranslationReviewDialog(data_folder)
    qtbot.addWidget(dialog)
    dialog.choose_language(code)
    dialog.show()
    return dialog


def _find(qtbot: QtBot, dialog: TranslationReviewDialog, english: str) -> None:
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, english)
    assert dialog.table.rowCount() >= 1
    dialog.table.setCurrentCell(0, 0)
    message = dialog.editor.message
    assert message is not None and message.english[0] == english


def test_a_correction_is_saved_and_is_there_when_the_screen_opens_again(
    qtbot: QtBot, data_folder: Path,
) -> None:
    dialog = _open(qtbot, data_folder, "cy")
    _find(qtbot, dialog, "Who comes")
    assert not dialog.save_button.isEnabled()
    dialog.editor.boxes[0].setPlainText("Pwy fydd yno")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in dialog.problem.text()
    dialog.close()

    again = _open(qtbot, data_folder, "cy")
    again.show_choice.setCurrentIndex(again.show_choice.findData("corrected"))

    assert again.table.rowCount() == 1
    assert again.table.item(0, 1).text() == "Pwy fydd yno"
    assert again.table.item(0, 2).text() == "Corrected"
    assert catalogue(DOCUMENTS_DOMAIN, "cy").gettext("Who comes") == "Pwy fydd yno"


def test_a_correction_without_its_placeholder_is_refused_in_plain_words(
    qtbot: QtBot, data_folder: Path,
) -> None:
    dialog = _open(qtbot, data_folder, "cy")
    _find(qtbot, dialog, "Hello %(name)s,")
    dialog.editor.boxes[0].setPlainText("Helo,")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert "%(name)s is missing" in dialog.problem.text()
    assert not override_path(DOCUMENTS_DOMAIN, "cy").exists()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.editor.texts() == ("Helo %(name)s,",)


def test_arabic_is_edited_right_to_left_with_a_plural_box_for_each_form(
    qtbot: QtBot, data_folder: Path,
) -> None:
    dialog = _open(qtbot, data_folder, "ar")
    _find(qtbot, dialog, "The plan has %(count)s step.")
    assert len(dialog.editor.boxes) == 6
    assert all(box.layoutDirection() == Qt.LayoutDirection.RightToLeft
               for box in dialog.editor.boxes)


def test_approving_a_language_names_the_reviewer_and_lasts(
    qtbot: QtBot, data_folder: Path,
) -> None:
    dialog = _open(qtbot, data_folder, "pl")
    assert dialog.status.text().startswith("Draft")
    assert not dialog.approve_button.isEnabled()
    qtbot.keyClicks(dialog.reviewer, "Ewa Testowa")
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)

    assert dialog.status.text().startswith("Reviewed by Ewa Testowa")
    dialog.close()
    assert _open(qtbot, data_folder, "pl").status.text().startswith("Reviewed by Ewa Testowa")


def test_a_damaged_import_is_explained_and_changes_nothing(
    qtbot: QtBot, data_folder: Path, tmp_path: Path,
) -> None:
    dialog = _open(qtbot, data_folder, "cy")
    exported = tmp_path / "cy.po"
    dialog.export_to(exported)
    exported.write_text(exported.read_text(encoding="utf-8")[:900], encoding="utf-8")

    dialog.import_from(exported)

    assert "Nothing was changed" in dialog.problem.text()
    assert not override_path(DOCUMENTS_DOMAIN, "cy").exists()


# --- the Documents page ------------------------------------------------------------------

@pytest.fixture
def page(qtbot: QtBot, db: Database) -> Iterator[DocumentsPage]:
    load_demo(db)
    set_service(db)
    shown = DocumentsPage(db, PageInfo("documents", "Documents", Stage.PREPARATION))
    qtbot.addWidget(shown)
    shown.load(conference_id(db, "DEMO-0004"))
    shown.show()
    yield shown
    QThreadPool.globalInstance().waitForDone()


class Answers:
    """Stands in for the coordinator at each message box: reads it, then chooses."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, choice: str) -> None:
        self.seen: list[str] = []
        self.choice = choice
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._answer(box))

    def _answer(self, box: QMessageBox) -> int:
        self.seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == self.choice).click()
        return 0


def test_a_draft_translation_is_mentioned_once_per_document_before_saving(
    page: DocumentsPage, monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(monkeypatch, "Continue")
    folders_asked: list[str] = []
    monkeypatch.setattr(page, "_ask_folder", lambda title, _then: folders_asked.append(title))

    page.controls.save_button.click()
    page.controls.save_button.click()

    assert len(answers.seen) == 1 and len(folders_asked) == 2
    assert "“Invitation” in اردو (Urdu)" in answers.seen[0]
    assert "qualified interpreter" in answers.seen[0]

    page.controls.choose_kind("plan")
    page.controls.save_button.click()
    assert len(answers.seen) == 2, "another document is mentioned again"


def test_cancelling_at_the_draft_message_saves_nothing(
    page: DocumentsPage, monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(monkeypatch, "Cancel")
    folders_asked: list[str] = []
    monkeypatch.setattr(page, "_ask_folder", lambda title, _then: folders_asked.append(title))

    page.controls.save_button.click()

    assert len(answers.seen) == 1 and folders_asked == []


def test_the_pack_lists_its_draft_languages_in_one_message(
    page: DocumentsPage, monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = Answers(monkeypatch, "Continue")
    monkeypatch.setattr(page, "_ask_folder", lambda _title, _then: None)
    page.controls.pack_button.click()
    assert len(answers.seen) == 1 and "“Invitation pack”" in answers.seen[0]


def test_a_reviewed_language_is_printed_without_a_word(
    page: DocumentsPage, monkeypatch: pytest.MonkeyPatch,
) -> None:
    approve_language("ur", "Test Reviewer")
    assert not language_status("ur").is_draft
    answers = Answers(monkeypatch, "Continue")
    folders_asked: list[str] = []
    monkeypatch.setattr(page, "_ask_folder", lambda title, _then: folders_asked.append(title))
    for row in range(page.controls.people.count()):
        item = page.controls.people.item(row)
        item.setCheckState(Qt.CheckState.Checked if "اردو" in item.text()
                           else Qt.CheckState.Unchecked)

    page.controls.save_button.click()

    assert answers.seen == [] and len(folders_asked) == 1
