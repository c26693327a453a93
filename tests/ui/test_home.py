"""Home: the window opens on it, each section lists what is due, and each line opens its page."""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import ActionStatus, MeetingKind, Role, Stage
from fgc_desktop.services.dashboard import load_dashboard
from fgc_desktop.services.demo import load_demo
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import (
    Conference,
    Meeting,
    Outcome,
    Participant,
    PlanAction,
    PlanVersion,
)
from fgc_desktop.ui.home.lines import how_due, how_soon, step_line
from fgc_desktop.ui.home.section import DashboardSection
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory

CTRL = Qt.KeyboardModifier.ControlModifier


def _cells(section: DashboardSection, column: int) -> list[str]:
    table = section.table
    return [table.cell_text(row, column) for row in range(table.row_count())]


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key,
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


def _family_with_follow_ups(db: Database) -> int:
    """A conference at review with an overdue action and a follow-up due next week."""
    today = date.today()
    with db.session() as session:
        conference = Conference(reference="FGC-T-0001", family_name="Testbury",
                                stage=Stage.REVIEW)
        child = Participant(given_name="Pip", family_name="Testbury", role=Role.CHILD,
                            is_subject_child=True)
        conference.participants.append(child)
        plan = PlanVersion(number=1, created_on=today - timedelta(days=40),
                           review_date=today + timedelta(days=60))
        plan.actions.append(PlanAction(what="Fix the garden gate", who="Uncle Testo",
                                       by_when=today - timedelta(days=3),
                                       status=ActionStatus.NOT_STARTED))
        conference.plan_versions.append(plan)
        session.add(conference)
        session.flush()
        session.add(Outcome(conference_id=conference.id, child_id=child.id, months_after=3,
                            due_on=today + timedelta(days=6)))
        return conference.id


def test_the_window_starts_on_home_when_no_conference_was_open(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.home
    assert window.home_action.isChecked() and not window.list_action.isChecked()
    assert window.home.title.text() == "Home"


def test_an_empty_database_says_so_in_every_section(window: MainWindow) -> None:
    assert "There are no conferences yet" in window.home.intro.text()
    for section in window.home.sections:
        assert section.empty.isVisible() and not section.table.isVisible()
        assert "(0)" in section.heading.text()
    assert window.home.overdue.empty.text() == "No plan actions are overdue."


def test_home_lists_the_demo_conferences_due_soon(
    make_window: WindowFactory, db: Database
) -> None:
    load_demo(db)
    window = make_window(db)
    home = window.home

    assert home.meetings.heading.text() == "Meetings coming up (2)"
    assert _cells(home.meetings, 2) == ["DEMO-0003", "DEMO-0002"]
    assert _cells(home.meetings, 1) == ["In 2 days", "In 18 days"]
    assert _cells(home.meetings, 4) == ["Conference", "Conference"]
    expected = [step_line(row).cells for row in load_dashboard(db).steps.rows]
    shown = [tuple(_cells(home.steps, column)[row] for column in range(6))
             for row in range(home.steps.table.row_count())]
    assert shown == expected and shown
    references = _cells(home.steps, 2)
    assert references == sorted(references, key=["DEMO-0003", "DEMO-0002"].index)
    assert home.reviews.empty.isVisible()
    assert home.overdue.empty.isVisible()
    assert "5 conferences in progress" in home.intro.text()


def test_enter_on_a_meeting_opens_its_arrangements_and_escape_comes_home(
    qtbot: QtBot, make_window: WindowFactory, db: Database
) -> None:
    load_demo(db)
    window = make_window(db)
    table = window.home.meetings.table
    table.setFocus()

    qtbot.keyClick(table, Qt.Key.Key_Return)

    assert window.in_workspace()
    assert window.workspace.reference == "DEMO-0003"
    assert window.workspace.current_key() == "arrangements"
    assert window.workspace.back.text() == "Home"
    _press(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_enter_on_a_step_opens_the_steps_page(
    qtbot: QtBot, make_window: WindowFactory, db: Database
) -> None:
    load_demo(db)
    window = make_window(db)
    second = load_dashboard(db).steps.rows[1]
    table = window.home.steps.table
    table.setFocus()
    table.choose_row(1)

    qtbot.keyClick(table, Qt.Key.Key_Enter)

    assert window.workspace.conference_id == second.conference_id
    assert window.workspace.current_key() == second.page_key


def test_follow_ups_open_the_review_page_and_overdue_actions_the_plan(
    qtbot: QtBot, make_window: WindowFactory, db: Database
) -> None:
    conference_id = _family_with_follow_ups(db)
    window = make_window(db)
    home = window.home
    assert _cells(home.reviews, 4) == ["Where Pip Testbury is living, 3 months on"]
    assert _cells(home.overdue, 6) == ["Fix the garden gate"]
    assert _cells(home.overdue, 1) == ["3 days"]

    home.reviews.table.setFocus()
    qtbot.keyClick(home.reviews.table, Qt.Key.Key_Return)
    assert (window.workspace.conference_id, window.workspace.current_key()) == (
        conference_id, "review")

    _press(qtbot, window, Qt.Key.Key_W, CTRL)
    table = home.overdue.table
    cell = table.visualRect(table.model().index(0, 6)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert window.workspace.current_key() == "plan"


def test_ctrl_1_and_ctrl_2_switch_between_home_and_the_list(
    qtbot: QtBot, make_window: WindowFactory, db: Database
) -> None:
    load_demo(db)
    window = make_window(db)

    _press(qtbot, window, Qt.Key.Key_2, CTRL)
    assert window.stack.currentWidget() is window.list_view
    assert window.list_action.isChecked() and not window.home_action.isChecked()
    _press(qtbot, window, Qt.Key.Key_1, CTRL)
    assert window.stack.currentWidget() is window.home
    assert window.focusWidget() is window.home.meetings.table
    _press(qtbot, window, Qt.Key.Key_1, CTRL)
    assert window.home_action.isChecked()

    window.open_conference(load_dashboard(db).meetings.rows[0].conference_id)
    _press(qtbot, window, Qt.Key.Key_2, CTRL)
    assert window.stack.currentWidget() is window.list_view


def test_back_returns_to_the_list_when_the_conference_was_opened_from_it(
    qtbot: QtBot, make_window: WindowFactory, db: Database
) -> None:
    load_demo(db)
    window = make_window(db)
    window.show_list()
    window.list_view.table.setFocus()
    qtbot.keyClick(window.list_view.table, Qt.Key.Key_Return)
    assert window.in_workspace()
    assert window.workspace.back.text() == "All conferences"
    assert window.back_action.text() == "&Back to all conferences"

    qtbot.mouseClick(window.workspace.back, Qt.MouseButton.LeftButton)

    assert window.stack.currentWidget() is window.list_view


def test_home_is_read_again_each_time_it_is_shown(
    qtbot: QtBot, make_window: WindowFactory, db: Database
) -> None:
    window = make_window(db)
    with db.session() as session:
        session.add(Conference(reference="FGC-T-0002", family_name="Newcombe",
                               stage=Stage.PREPARATION, meetings=[Meeting(
                                   kind=MeetingKind.CONFERENCE,
                                   starts_at=datetime.combine(
                                       date.today() + timedelta(days=4), time(11)).astimezone(),
                                   venue_name="Testford Hall")]))
    assert window.home.meetings.table.row_count() == 0

    _press(qtbot, window, Qt.Key.Key_2, CTRL)
    _press(qtbot, window, Qt.Key.Key_1, CTRL)

    assert _cells(window.home.meetings, 5) == ["Testford Hall"]
    assert window.home.meetings.heading.text() == "Meetings coming up (1)"


def test_home_names_every_control(make_window: WindowFactory, db: Database) -> None:
    load_demo(db)
    _family_with_follow_ups(db)
    window = make_window(db)

    unnamed = [
        type(widget).__name__ for widget in window.findChildren(QWidget)
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.accessibleName().strip()
    ]

    assert unnamed == []


def test_how_soon_and_how_due_say_it_in_plain_words() -> None:
    assert [how_soon(days) for days in (None, 0, 1, 5, -1, -3)] == [
        "No date yet", "Today", "Tomorrow", "In 5 days", "1 day ago", "3 days ago"]
    assert [how_due(days) for days in (2, -1, -3)] == [
        "In 2 days", "Overdue by 1 day", "Overdue by 3 days"]
