"""Follow-up: reminders of what is due, the review meetings, and where the children live.

Opening the page makes any follow-ups that are missing (three per child,
counted from the meeting), so a reminder is never lost; those due or
overdue are listed first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from fgc_desktop.domain.enums import Attendance, MeetingStatus
from fgc_desktop.domain.stages import PageInfo
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import outcomes, reviews
from fgc_desktop.services.reviews import Reviews
from fgc_desktop.store.database import Database
from fgc_desktop.ui.arrangements.choice_picker import Section
from fgc_desktop.ui.arrangements.editing_page import EditingPage
from fgc_desktop.ui.arrangements.fields import clear_layout, line_edit, place, time_edit
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import show_date
from fgc_desktop.ui.plan.action_card import signed_line
from fgc_desktop.ui.review.outcomes_grid import OutcomesGrid
from fgc_desktop.ui.review.review_box import ReviewBox
from fgc_desktop.ui.review.words import STATE_ICONS, reminder
from fgc_desktop.ui.widgets import note


class ReviewPage(EditingPage):
    def __init__(self, db: Database, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.today = date.today()
        self.boxes: dict[int, ReviewBox] = {}
        self.due = QVBoxLayout()
        self.body.addWidget(self._section(_("Follow-ups due"), self.due))
        self.review_date = note()
        self.new_day = DateField(_("Day of the new review"))
        self.new_time = time_edit(_("Start time of the new review"))
        self.new_time.setText("10:00")
        self.new_venue = line_edit(_("Where the new review is"), _("Place, or the family's home"))
        self.arrange = QPushButton(icon("calendar-repeat"), _("&Arrange a review"))
        self.arrange.setAccessibleName(_("Arrange a review meeting on this day"))
        self.arrange.clicked.connect(self.arrange_review)
        self.meetings = QVBoxLayout()
        self.body.addWidget(self._section(_("Review meetings"), self._scheduling(),
                                          self.meetings))
        self.outcomes = OutcomesGrid()
        self.outcomes.answer_chosen.connect(self._answer_chosen)
        holder = QVBoxLayout()
        holder.addWidget(self.outcomes)
        self.body.addWidget(self._section(_("Where the children are living"), holder))
        self.body.addStretch(1)

    @staticmethod
    def _section(title: str, *parts: QVBoxLayout | QGridLayout) -> Section:
        section = Section(title)
        for part in parts:
            section.rows.addLayout(part)
        return section

    def _scheduling(self) -> QVBoxLayout:
        grid = QGridLayout()
        place(grid, 0, 0, _("&Day"), self.new_day)
        place(grid, 0, 2, _("S&tarts at"), self.new_time)
        place(grid, 0, 4, _("&Where"), self.new_venue)
        grid.setColumnStretch(5, 1)
        row = QHBoxLayout()
        row.addLayout(grid, 1)
        row.addWidget(self.arrange)
        layout = QVBoxLayout()
        layout.addWidget(self.review_date)
        layout.addLayout(row)
        return layout

    def _id(self) -> int:
        assert self.conference_id is not None
        return self.conference_id

    def refresh(self) -> None:
        self.begin_refresh()
        self.today = date.today()
        self.loading = True
        try:
            found = reviews.get_reviews(self.db, self._id())
            self._show_reviews(found)
            self._show_follow_ups()
        finally:
            self.loading = False

    def _show_reviews(self, found: Reviews) -> None:
        if found.review_date is None:
            self.review_date.setText(_("The plan has no review date yet. Type the day of the "
                                       "review to arrange it."))
        else:
            self.review_date.setText(_("The plan's review date is {day}.").format(
                day=show_date(found.review_date)))
        self.new_day.set_date(found.review_date)
        clear_layout(self.meetings)
        self.boxes.clear()
        if not found.meetings:
            self.meetings.addWidget(note(_("No review meeting is arranged yet. A review checks "
                                           "how the plan is going, often within three "
                                           "months.")))
        for meeting in reversed(found.meetings):
            box = ReviewBox(meeting, found.can_update_plan)
            self._watch(box)
            self.boxes[meeting.id] = box
            self.meetings.addWidget(box)

    def _watch(self, box: ReviewBox) -> None:
        mid = box.meeting_id
        self.watch(f"review:{mid}:when", box.starts, box.when)
        box.day.edited.connect(lambda _text: self.edited(f"review:{mid}:when", box.when()))
        self.saver.watch_focus(box.day.line)
        for field, editor in box.texts.items():
            self.watch(f"review:{mid}:{field}", editor)
        box.status_chosen.connect(self._status_chosen)
        box.attendance_chosen.connect(self._attendance_chosen)
        box.update_plan_requested.connect(self.update_plan)
        box.open_plan_requested.connect(lambda: self.open_page_requested.emit("plan"))

    def _show_follow_ups(self) -> None:
        found = outcomes.follow_ups(self.db, self._id(), self.today)
        clear_layout(self.due)
        for line in found.waiting:
            self.due.addWidget(signed_line(STATE_ICONS[line.state(self.today)],
                                           reminder(line, self.today), bold=True))
        if not found.waiting:
            self.due.addWidget(note(_("No follow-up is due in the next two weeks.")))
        self.outcomes.show_lines(found.lines, self.today)
        for (outcome_id, field), editor in self.outcomes.dates.items():
            key = f"outcome:{outcome_id}:{field}"
            editor.edited.connect(lambda text, key=key: self.edited(key, text))
            self.saver.watch_focus(editor.line)
        for outcome_id, notes in self.outcomes.notes.items():
            self.watch(f"outcome:{outcome_id}:notes", notes)

    def save(self, key: str, value: Any) -> Any:
        kind, meeting_or_outcome, field = key.split(":")
        record_id = int(meeting_or_outcome)
        if kind == "outcome":
            return outcomes.record_outcome(self.db, self._id(), record_id, field, value,
                                           self.today)
        if field == "when":
            return reviews.set_review_time(self.db, self._id(), record_id, *value)
        return reviews.update_review_text(self.db, self._id(), record_id, field, value)

    def _act_and_show(self, key: str, action: Callable[[], object]) -> bool:
        self.flush()
        if self.act(key, action):
            self.refresh()
            return True
        return False

    def arrange_review(self) -> None:
        day, starts, venue = self.new_day.text(), self.new_time.text(), self.new_venue.text()
        if self._act_and_show("arrange", lambda: reviews.schedule_review(
                self.db, self._id(), day, starts, venue)):
            self.new_venue.clear()

    def _status_chosen(self, meeting_id: int, status: MeetingStatus) -> None:
        self._act_and_show(f"status:{meeting_id}", lambda: reviews.set_review_status(
            self.db, self._id(), meeting_id, status))

    def _attendance_chosen(self, meeting_id: int, person_id: int,
                           attendance: Attendance) -> None:
        self.act(f"attendance:{meeting_id}:{person_id}", lambda: (
            reviews.set_review_attendance(self.db, self._id(), meeting_id, person_id,
                                          attendance)))

    def update_plan(self, meeting_id: int) -> None:
        """Starts the new plan version made at this review, and shows it."""
        if self._act_and_show(f"plan:{meeting_id}", lambda: reviews.update_plan_at_review(
                self.db, self._id(), meeting_id)):
            self.open_page_requested.emit("plan")

    def _answer_chosen(self, outcome_id: int, field: str, value: object) -> None:
        self._act_and_show(f"outcome:{outcome_id}:{field}", lambda: outcomes.record_outcome(
            self.db, self._id(), outcome_id, field, value, self.today))
