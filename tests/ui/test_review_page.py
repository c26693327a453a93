"""The follow-up page: reminders first, reviews arranged and recorded, where children live."""

from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import Attendance, LivingArrangement, MeetingKind, MeetingStatus
from fgc_desktop.services import arrangements as arr
from fgc_desktop.services import meeting_record as rec
from fgc_desktop.services.outcomes import follow_ups, months_later
from fgc_desktop.services.plan import get_plan
from fgc_desktop.services.reviews import get_reviews, schedule_review
from fgc_desktop.store.database import Database
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.pages.plan import PlanPage
from fgc_desktop.ui.pages.review import ReviewPage
from tests.services.test_arrangements import build_family
from tests.services.test_plan import agreed_plan
from tests.ui.conftest import texts_in
from tests.ui.test_plan_page import choose


def _open(qtbot: QtBot, window: MainWindow, conference_id: int) -> ReviewPage:
    """Opens the page and lets Qt lay it out, as it has long done before anyone clicks."""
    window.open_conference(conference_id, "review")
    page = window.workspace.pages["review"]
    assert isinstance(page, ReviewPage)
    qtbot.wait(1)
    return page


def _held_before(db: Database, due_in_days: int) -> tuple[int, date]:
    """A conference held three months before a day ``due_in_days`` from today; and that day."""
    cid = build_family(db).conference_id
    day = months_later(date.today() + timedelta(days=due_in_days), -3)
    arr.set_meeting_time(db, cid, day.isoformat(), "10:00", "13:00")
    rec.set_meeting_status(db, cid, MeetingStatus.HELD)
    return cid, months_later(day, 3)


def _shown(qtbot: QtBot, page: ReviewPage) -> list[str]:
    """The words in view, once Qt has shown new lines and deleted the ones they replace."""
    qtbot.wait(1)
    return [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]


def _reminders(qtbot: QtBot, page: ReviewPage) -> list[str]:
    return [text for text in _shown(qtbot, page) if "where Robin Fennimore is living" in text]


def test_a_follow_up_due_soon_is_listed_first(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    cid, due = _held_before(db, 5)

    page = _open(qtbot, window, cid)

    [line] = _reminders(qtbot, page)
    assert line.startswith("Due soon: where Robin Fennimore is living 3 months on")
    assert line.endswith(f"in {(due - date.today()).days} days.")
    assert len(follow_ups(db, cid).lines) == 3


def test_an_overdue_follow_up_says_how_late_it_is(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    cid, due = _held_before(db, -3)

    [line] = _reminders(qtbot, _open(qtbot, window, cid))
    assert line.startswith("Overdue:")
    assert line.endswith(f"{(date.today() - due).days} days ago.")


def test_recording_where_a_child_lives_ends_the_reminder(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    cid, _due = _held_before(db, -3)
    page = _open(qtbot, window, cid)
    three_months = next(line.id for line in follow_ups(db, cid).lines if line.months_after == 3)

    choose(page.outcomes.living[three_months], "Looked after")
    page.outcomes.dates[(three_months, "looked_after_since")].line.setText("2026-01-02")
    page.outcomes.dates[(three_months, "looked_after_since")].edited.emit("2026-01-02")
    page.flush()

    stored = next(line for line in follow_ups(db, cid).lines if line.id == three_months)
    assert (stored.living, stored.recorded_on, stored.looked_after_since) == (
        LivingArrangement.LOOKED_AFTER, date.today(), date(2026, 1, 2))
    assert _reminders(qtbot, page) == []
    assert "No follow-up is due in the next two weeks." in _shown(qtbot, page)


def test_a_review_is_arranged_from_the_plan_s_review_date(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    cid = agreed_plan(db).conference_id
    page = _open(qtbot, window, cid)

    assert page.new_day.text() == "2026-06-12"
    assert "The plan's review date is 12 Jun 2026." in texts_in(page)
    page.new_venue.setText("Elmfield Library")
    qtbot.mouseClick(page.arrange, Qt.MouseButton.LeftButton)

    [meeting] = get_reviews(db, cid).meetings
    assert (meeting.day, meeting.starts, meeting.venue_name, meeting.status) == (
        date(2026, 6, 12), time(10, 0), "Elmfield Library", MeetingStatus.PLANNED)
    assert list(page.boxes) == [meeting.id]


def test_attendance_held_and_outcome_are_saved(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    family = agreed_plan(db)
    meeting_id = schedule_review(db, family.conference_id)
    page = _open(qtbot, window, family.conference_id)
    box = page.boxes[meeting_id]

    choose(box.attendance[family.mother], "Came")
    choose(box.attendance[family.aunt], "Did not come")
    outcome = box.texts["outcome"]
    outcome.setFocus()
    qtbot.keyClicks(outcome, "The plan is working")
    choose(page.boxes[meeting_id].status, "Held")

    [meeting] = get_reviews(db, family.conference_id).meetings
    came = {line.person.id: line.attendance for line in meeting.attendees}
    assert (came[family.mother], came[family.aunt]) == (Attendance.ATTENDED, Attendance.ABSENT)
    assert (meeting.status, meeting.outcome) == (MeetingStatus.HELD, "The plan is working")


def test_a_review_updates_the_plan_with_a_new_version(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    family = agreed_plan(db)
    cid = family.conference_id
    meeting_id = schedule_review(db, cid)
    page = _open(qtbot, window, cid)

    qtbot.mouseClick(page.boxes[meeting_id].update_plan, Qt.MouseButton.LeftButton)

    plan = get_plan(db, cid).plan
    assert plan is not None
    assert (plan.number, plan.made_at, plan.based_on) == (2, MeetingKind.REVIEW, 1)
    assert window.workspace.current_key() == "plan"
    shown = window.workspace.pages["plan"]
    assert isinstance(shown, PlanPage) and shown.bar.versions.currentData() == 2
    window.workspace.show_page("review")
    assert "Version 2 of the plan was made at this review." in texts_in(page)


def test_there_is_no_review_invitations_button_until_documents_can_open_at_one(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = _open(qtbot, window, agreed_plan(db).conference_id)

    assert not [b for b in page.findChildren(QPushButton) if "nvitation" in b.text()]
