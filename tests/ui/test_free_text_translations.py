"""The interpreter's window: type a translation beside the English, close, and find it kept."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fgc_desktop.domain.enums import Role
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import (
    Conference,
    Participant,
    PlanAction,
    PlanVersion,
    TextTranslation,
)
from fgc_desktop.ui.translations.free_text_dialog import FreeTextTranslationsDialog
from tests.ui.conftest import texts_in


@pytest.fixture
def conference_id(db: Database) -> int:
    """An invented family with a Welsh reader, an Arabic reader and a short plan."""
    with db.session() as session:
        conference = Conference(reference="FGC-2026-0555", family_name="Sampleford")
        conference.participants = [
            Participant(given_name="Bryn", family_name="Sampleford", role=Role.FAMILY,
                        preferred_language="cy"),
            Participant(given_name="Noor", family_name="Sampleford", role=Role.FAMILY,
                        preferred_language="ar"),
        ]
        plan = PlanVersion(number=1, created_on=date(2026, 3, 1), backup_plan="Call Nain.")
        plan.actions = [PlanAction(position=1, what="Walk to school", who="Bryn")]
        conference.plan_versions = [plan]
        session.add(conference)
        session.flush()
        return conference.id


def open_dialog(qtbot: QtBot, db: Database, conference_id: int,
                language: str) -> FreeTextTranslationsDialog:
    dialog = FreeTextTranslationsDialog(db, conference_id)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.open()
    dialog.language_choice.setCurrentIndex(dialog.language_choice.findData(language))
    return dialog


def box(dialog: FreeTextTranslationsDialog, label: str) -> QPlainTextEdit:
    rows = dialog.rows
    assert rows is not None
    return next(editor for editor in rows.editors()
                if editor.accessibleName() == f"Translation of {label}")


def press_close(qtbot: QtBot, dialog: FreeTextTranslationsDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Close),
                     Qt.MouseButton.LeftButton)


def close(qtbot: QtBot, dialog: FreeTextTranslationsDialog) -> None:
    press_close(qtbot, dialog)
    assert not dialog.isVisible()


def stored(db: Database) -> list[tuple[str, str, str, str]]:
    with db.session() as session:
        return [(row.field, row.language, row.text, row.translated_by)
                for row in session.scalars(select(TextTranslation).order_by(TextTranslation.id))]


def test_a_welsh_translation_is_kept_after_closing(
    qtbot: QtBot, db: Database, conference_id: int
) -> None:
    dialog = open_dialog(qtbot, db, conference_id, "cy")
    assert dialog.language_choice.itemText(0) == "Cymraeg (Welsh)"
    qtbot.keyClicks(dialog.translator_field, "Ann Interpreter")
    editor = box(dialog, "Action 1: what")
    editor.setFocus()
    qtbot.keyClicks(editor, "Cerdded i'r ysgol")
    close(qtbot, dialog)

    assert stored(db) == [("what", "cy", "Cerdded i'r ysgol", "Ann Interpreter")]
    again = open_dialog(qtbot, db, conference_id, "cy")
    assert box(again, "Action 1: what").toPlainText() == "Cerdded i'r ysgol"
    assert again.translator_field.text() == "Ann Interpreter"
    assert "Translated by Ann Interpreter" in texts_in(again)


def test_a_name_typed_after_the_translation_signs_it(
    qtbot: QtBot, db: Database, conference_id: int
) -> None:
    dialog = open_dialog(qtbot, db, conference_id, "cy")
    box(dialog, "Back-up plan").setPlainText("Ffonio Nain.")
    dialog.translator_field.setFocus()
    qtbot.keyClicks(dialog.translator_field, "Ann Interpreter")
    qtbot.keyClick(dialog.translator_field, Qt.Key.Key_Tab)

    assert stored(db) == [("backup_plan", "cy", "Ffonio Nain.", "Ann Interpreter")]


def test_clearing_removes_and_ctrl_z_puts_it_back(
    qtbot: QtBot, db: Database, conference_id: int
) -> None:
    dialog = open_dialog(qtbot, db, conference_id, "cy")
    editor = box(dialog, "Action 1: who")
    editor.setFocus()
    qtbot.keyClicks(editor, "Bryn")
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert stored(db) == []

    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    close(qtbot, dialog)

    assert stored(db) == [("who", "cy", "Bryn", "")]


def test_tab_goes_from_one_translation_to_the_next(
    qtbot: QtBot, db: Database, conference_id: int
) -> None:
    dialog = open_dialog(qtbot, db, conference_id, "cy")
    first, second = box(dialog, "Action 1: what"), box(dialog, "Action 1: who")
    first.setFocus()

    qtbot.keyClick(first, Qt.Key.Key_Tab)

    assert second.hasFocus()


def test_arabic_is_typed_right_to_left_in_a_font_that_has_it(
    qtbot: QtBot, db: Database, conference_id: int
) -> None:
    dialog = open_dialog(qtbot, db, conference_id, "ar")
    editor = box(dialog, "Back-up plan")

    assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert editor.document().defaultTextOption().textDirection() == (
        Qt.LayoutDirection.RightToLeft)
    assert editor.font().families()[0] == "Noto Naskh Arabic"
    editor.setPlainText("اتصل بالجدة.")
    close(qtbot, dialog)
    assert stored(db) == [("backup_plan", "ar", "اتصل بالجدة.", "")]


def test_too_long_a_translation_is_explained_and_the_last_good_one_kept(
    qtbot: QtBot, db: Database, conference_id: int
) -> None:
    dialog = open_dialog(qtbot, db, conference_id, "cy")
    editor = box(dialog, "Back-up plan")
    editor.setPlainText("Ffonio Nain.")
    qtbot.waitUntil(lambda: stored(db) != [])
    editor.setPlainText("x" * 40_001)
    press_close(qtbot, dialog)

    assert dialog.isVisible()
    assert "The translation is too long" in dialog.message()
    close(qtbot, dialog)
    assert stored(db) == [("backup_plan", "cy", "Ffonio Nain.", "")]


def test_a_family_that_reads_only_english_is_told_where_to_set_a_language(
    qtbot: QtBot, db: Database
) -> None:
    with db.session() as session:
        conference = Conference(reference="FGC-2026-0556", family_name="Plainfield")
        session.add(conference)
        session.flush()
        conference_id = conference.id

    dialog = FreeTextTranslationsDialog(db, conference_id)
    qtbot.addWidget(dialog)

    assert not dialog.language_choice.isEnabled()
    assert any("People page" in text for text in texts_in(dialog))


def test_a_translation_typed_just_before_changing_language_stays_in_its_language(
    qtbot: QtBot, db: Database, conference_id: int
) -> None:
    dialog = open_dialog(qtbot, db, conference_id, "cy")
    box(dialog, "Back-up plan").setPlainText("Ffonio Nain.")

    dialog.language_choice.setCurrentIndex(dialog.language_choice.findData("ar"))

    assert stored(db) == [("backup_plan", "cy", "Ffonio Nain.", "")]
    assert box(dialog, "Back-up plan").toPlainText() == ""
