"""Recording consent on the referral page, as a coordinator does."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import ConsentEvent, Role
from fgc_desktop.services.consent import list_consents
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference, Participant
from fgc_desktop.ui.consent_panel import SOMEONE_ELSE, ConsentPanel


def _panel(qtbot: QtBot, db: Database) -> tuple[ConsentPanel, int]:
    with db.session() as session:
        conference = Conference(reference="T-1", family_name="Testwood")
        conference.participants.append(Participant(
            given_name="Ffion", family_name="Testwood", role=Role.FAMILY,
            has_parental_responsibility=True))
        session.add(conference)
        session.flush()
        conference_id = conference.id
    panel = ConsentPanel(db)
    qtbot.addWidget(panel)
    panel.load(conference_id)
    panel.show()
    return panel, conference_id


def test_recording_withdrawal_and_undoing_a_removal(qtbot: QtBot, db: Database) -> None:
    panel, conference_id = _panel(qtbot, db)
    assert panel.who.itemText(0) == "Ffion Testwood"
    panel.on.line.setText("2026-11-02")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.record, Qt.MouseButton.LeftButton)
    panel.decision.setCurrentIndex(panel.decision.findData(ConsentEvent.WITHDRAWN))
    panel.who.setCurrentIndex(panel.who.findData(SOMEONE_ELSE))
    qtbot.keyClicks(panel.other_name, "Dafydd Testwood")
    panel.on.line.setText("2026-11-20")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.record, Qt.MouseButton.LeftButton)
    stored = [(line.event, line.by_name) for line in list_consents(db, conference_id)]
    assert stored == [(ConsentEvent.GIVEN, "Ffion Testwood"),
                      (ConsentEvent.WITHDRAWN, "Dafydd Testwood")]
    assert panel.table.rowCount() == 2

    panel.table.selectRow(1)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.remove, Qt.MouseButton.LeftButton)
    assert len(list_consents(db, conference_id)) == 1
    assert panel.undo.isVisible()
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.undo, Qt.MouseButton.LeftButton)
    assert len(list_consents(db, conference_id)) == 2


def test_an_impossible_date_is_explained_and_nothing_saved(qtbot: QtBot, db: Database) -> None:
    panel, conference_id = _panel(qtbot, db)
    panel.on.line.setText("2026-02-30")
    qtbot.mouseClick(panel.record, Qt.MouseButton.LeftButton)
    assert "not a real date" in panel.message.text()
    assert list_consents(db, conference_id) == []
