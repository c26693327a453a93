"""The arrangements page saves each arrangement as it is made, and warns without blocking."""

from collections.abc import Callable
from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import (
    ChildParticipation,
    ChoiceKind,
    ChoiceMadeBy,
    MeetingSession,
)
from fgc_desktop.guidance.progress import StepProgress
from fgc_desktop.services.arrangements import get_arrangements
from fgc_desktop.services.conferences import find_conference_id
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.guidance import conference_steps
from fgc_desktop.services.interpreters import Booking, get_interpreters
from fgc_desktop.store.database import Database
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.pages.arrangements import ArrangementsPage
from tests.services.test_arrangements import Family, build_family

NEXT_MONTH = date.today() + timedelta(days=30)


def _open(window: MainWindow, db: Database) -> tuple[ArrangementsPage, Family]:
    family = build_family(db)
    window.open_conference(family.conference_id, "arrangements")
    page = window.workspace.pages["arrangements"]
    assert isinstance(page, ArrangementsPage)
    return page, family


def pick(qtbot: QtBot, box: QComboBox, text: str) -> None:
    """Chooses an item the way a keyboard user does: focus the list, press Down until it shows."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentText() == text:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == text


def _type_when(qtbot: QtBot, page: ArrangementsPage, day: date, starts: str,
               ends: str = "") -> None:
    for editor, text in ((page.day.line, day.isoformat()), (page.starts, starts),
                         (page.ends, ends)):
        editor.setFocus()
        editor.selectAll()
        qtbot.keyClicks(editor, text)
    page.flush()


def test_the_date_times_and_venue_are_stored_as_typed(
    qtbot: QtBot, window: MainWindow, db: Database, second_db: Callable[[], Database]
) -> None:
    page, family = _open(window, db)
    assert page.state_note.text().startswith("No meeting is arranged yet.")

    _type_when(qtbot, page, NEXT_MONTH, "16:00", "19:00")
    venue = page.texts["venue_name"]
    venue.setFocus()
    qtbot.keyClicks(venue, "Oakhill Hall")
    page.texts["venue_address"].setFocus()

    stored = get_arrangements(second_db(), family.conference_id)
    assert (stored.day, stored.starts, stored.ends) == (NEXT_MONTH, time(16), time(19))
    assert stored.text["venue_name"] == "Oakhill Hall"
    assert page.status.text() == "Saved"


def test_an_end_before_the_start_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)
    _type_when(qtbot, page, NEXT_MONTH, "16:00", "19:00")

    page.ends.setFocus()
    page.ends.selectAll()
    qtbot.keyClicks(page.ends, "15:00")
    page.flush()

    assert "cannot end before it starts" in page.status.text()
    assert get_arrangements(db, family.conference_id).ends == time(19)


def test_the_family_choosing_time_place_and_food_ticks_the_step(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)

    for kind in (ChoiceKind.TIME, ChoiceKind.PLACE):
        pick(qtbot, page.pickers[kind].by, "The family")
        assert page.pickers[kind].person.isVisible()
        pick(qtbot, page.pickers[kind].person, "Wren Fennimore")
    pick(qtbot, page.pickers[ChoiceKind.FOOD].by, "Together")

    steps = {s.step.key: s.progress for s in conference_steps(db, family.conference_id)}
    assert steps["family_chose_arrangements"] is StepProgress.DONE
    chosen = get_arrangements(db, family.conference_id).choices
    assert chosen[ChoiceKind.PLACE].made_by is ChoiceMadeBy.FAMILY
    assert chosen[ChoiceKind.PLACE].participant_id == family.mother
    assert chosen[ChoiceKind.FOOD].made_by is ChoiceMadeBy.TOGETHER


def test_the_coordinator_choosing_hides_the_family_member(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)
    picker = page.pickers[ChoiceKind.CHILDCARE]

    pick(qtbot, picker.by, "The coordinator")

    assert not picker.person.isVisible()
    chosen = get_arrangements(db, family.conference_id).choices[ChoiceKind.CHILDCARE]
    assert (chosen.made_by, chosen.participant_id) == (ChoiceMadeBy.COORDINATOR, None)


def test_booking_the_interpreter_removes_the_warning(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)
    _type_when(qtbot, page, NEXT_MONTH, "10:00")
    assert any("Linnet Fennimore needs an interpreter" in w for w in page.warnings.shown)

    qtbot.mouseClick(page.interpreters.ticks["pl"], Qt.MouseButton.LeftButton)

    assert not any("needs an interpreter" in w for w in page.warnings.shown)
    booking = get_interpreters(db, family.conference_id)[0].booking
    assert booking is not None and booking.booked


def test_an_interpreters_name_is_saved_and_a_removed_booking_comes_back(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)
    name = page.interpreters.lines["pl"]["interpreter_name"]
    name.setFocus()
    qtbot.keyClicks(name, "Ola Example")
    page.flush()
    page.interpreters.lines["pl"]["agency"].setFocus()
    assert get_interpreters(db, family.conference_id)[0].booking == Booking(
        "pl", False, "Ola Example")

    clear = [b for b in page.interpreters.findChildren(QPushButton)
             if b.accessibleName() == "Remove the Polski (Polish) booking"]
    qtbot.mouseClick(clear[0], Qt.MouseButton.LeftButton)
    assert get_interpreters(db, family.conference_id)[0].booking is None
    qtbot.mouseClick(page.undo.button, Qt.MouseButton.LeftButton)

    assert get_interpreters(db, family.conference_id)[0].booking == Booking(
        "pl", False, "Ola Example")
    assert page.interpreters.lines["pl"]["interpreter_name"].text() == "Ola Example"


def test_a_language_is_added_by_hand(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    page, family = _open(window, db)

    pick(qtbot, page.interpreters.add_choice, "العربية (Arabic)")
    qtbot.mouseClick(page.interpreters.add_button, Qt.MouseButton.LeftButton)

    codes = [line.language for line in get_interpreters(db, family.conference_id)]
    assert codes == ["pl", "ar"]
    assert "ar" in page.interpreters.ticks


def test_separated_people_in_the_same_part_are_warned_about(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)
    pick(qtbot, page.sessions.boxes[family.mother], "The whole meeting")
    assert not any("must not meet" in w for w in page.warnings.shown)

    pick(qtbot, page.sessions.boxes[family.father], "Information sharing only")

    assert any("Wren Fennimore and Corvin Fennimore must not meet" in w
               for w in page.warnings.shown)
    sessions = {line.person.id: line.session
                for line in get_arrangements(db, family.conference_id).invitees}
    assert sessions[family.father] is MeetingSession.INFORMATION_ONLY


def test_a_date_in_the_past_is_warned_about_but_still_saved(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)
    yesterday = date.today() - timedelta(days=1)

    _type_when(qtbot, page, yesterday, "10:00")

    assert any("date is in the past" in w for w in page.warnings.shown)
    assert get_arrangements(db, family.conference_id).day == yesterday


def test_how_a_child_takes_part_and_private_time_are_stored(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page, family = _open(window, db)

    pick(qtbot, page.children_list.boxes[family.child], "Sends written views or a drawing")
    qtbot.mouseClick(page.private_time, Qt.MouseButton.LeftButton)

    stored = get_arrangements(db, family.conference_id)
    assert stored.children[0].participation is ChildParticipation.WRITTEN_VIEWS
    assert stored.private_time_planned


def test_the_demo_arrangements_are_shown(window: MainWindow, db: Database) -> None:
    load_demo(db)
    window.open_conference(find_conference_id(db, "DEMO-0002"), "arrangements")
    page = window.workspace.pages["arrangements"]
    assert isinstance(page, ArrangementsPage)

    assert page.texts["venue_name"].text() == "Exampleton Family Centre (demo)"
    assert page.pickers[ChoiceKind.FOOD].person.currentText() == "Huda Al-Mithal"
    assert page.interpreters.ticks["ar"].isChecked()
    assert not page.interpreters.ticks["ckb"].isChecked()
