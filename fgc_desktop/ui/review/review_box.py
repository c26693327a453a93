"""One review meeting: when and where, whether it was held, who came, what it decided.

The page watches the typed fields (:attr:`day`, :attr:`starts`, :attr:`texts`)
to save them as they are typed; choices are sent as signals and saved at once.

Signals:
    status_chosen(int, object): the meeting's id and its ``MeetingStatus``.
    attendance_chosen(int, int, object): the meeting's id, a person's id, their ``Attendance``.
    update_plan_requested(int): start a new plan version made at this meeting.
    open_plan_requested(): show the family plan page.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from fgc_desktop.domain.enums import Attendance, MeetingStatus
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.reviews import ReviewMeeting
from fgc_desktop.ui.arrangements.fields import (
    choose_data,
    combo,
    line_edit,
    place,
    text_box,
    time_edit,
)
from fgc_desktop.ui.arrangements.people_lists import who
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import label, show_date
from fgc_desktop.ui.plan.action_card import signed_line


def review_title(meeting: ReviewMeeting) -> str:
    if meeting.day is None:
        return _("Review, no day yet")
    return _("Review on {day}").format(day=show_date(meeting.day))


class ReviewBox(QGroupBox):
    status_chosen = Signal(int, object)
    attendance_chosen = Signal(int, int, object)
    update_plan_requested = Signal(int)
    open_plan_requested = Signal()

    def __init__(self, meeting: ReviewMeeting, can_update_plan: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(review_title(meeting), parent)
        self.meeting_id = meeting.id
        title = review_title(meeting)
        self.setAccessibleName(title)
        self.status = combo(_("Status of the {review}").format(review=title.lower()),
                            [(label(status), status.value) for status in MeetingStatus])
        choose_data(self.status, meeting.status.value)
        self.status.activated.connect(lambda _index: self.status_chosen.emit(
            self.meeting_id, MeetingStatus(self.status.currentData())))
        self.day = DateField(_("Day of the review"))
        self.day.set_date(meeting.day)
        self.starts: QLineEdit = time_edit(_("Start time of the review"))
        self.starts.setText(meeting.starts.strftime("%H:%M") if meeting.starts else "")
        self.texts: dict[str, QLineEdit | QPlainTextEdit] = {
            "venue_name": line_edit(_("Where the review is"), _("Place, or the family's home")),
            "venue_address": line_edit(_("Address of the review"), _("Address")),
            "outcome": text_box(_("What the review decided"),
                                _("How the plan is going, and anything the family changed"),
                                2),
        }
        for field, editor in self.texts.items():
            value = getattr(meeting, field)
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            else:
                editor.setText(value)
        self.attendance: dict[int, QComboBox] = {}
        grid = QGridLayout(self)
        place(grid, 0, 0, _("Status"), self.status)
        place(grid, 0, 2, _("Day"), self.day)
        place(grid, 0, 4, _("Starts at"), self.starts)
        place(grid, 1, 0, _("Where"), self.texts["venue_name"], 3)
        place(grid, 1, 4, _("Address"), self.texts["venue_address"], 1)
        place(grid, 2, 0, _("Who came"), self._attendance(meeting), 5)
        place(grid, 3, 0, _("What it decided"), self.texts["outcome"], 5)
        grid.addLayout(self._plan_row(meeting, can_update_plan), 4, 0, 1, 6)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

    def _attendance(self, meeting: ReviewMeeting) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, line in enumerate(meeting.attendees):
            box = combo(_("Did {name} come to the review").format(name=line.person.name),
                        [(label(way), way.value) for way in Attendance])
            choose_data(box, line.attendance.value)
            box.activated.connect(lambda _index, pid=line.person.id: self.attendance_chosen
                                  .emit(self.meeting_id, pid,
                                        Attendance(self.attendance[pid].currentData())))
            self.attendance[line.person.id] = box
            row, column = divmod(index, 2)
            grid.addWidget(who(line.person), row, 2 * column)
            grid.addWidget(box, row, 2 * column + 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        return holder

    def _plan_row(self, meeting: ReviewMeeting, can_update_plan: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        if meeting.plan_version is not None:
            row.addWidget(signed_line("versions", _(
                "Version {number} of the plan was made at this review.").format(
                    number=meeting.plan_version)), 1)
            open_plan = QPushButton(icon("checklist"), _("Open the family plan"))
            open_plan.clicked.connect(self.open_plan_requested)
            row.addWidget(open_plan)
            return row
        self.update_plan = QPushButton(icon("versions"), _("Update the plan at this review"))
        self.update_plan.setAccessibleName(_("Update the plan at this review: start a new "
                                             "version"))
        allowed = can_update_plan and meeting.status is not MeetingStatus.CANCELLED
        self.update_plan.setEnabled(allowed)
        self.update_plan.setToolTip(
            _("The plan agreed before is kept as it was. The new version starts as a copy "
              "of its actions.") if allowed else
            _("Not now: the newest version of the plan is still being written, or this "
              "review was cancelled."))
        self.update_plan.clicked.connect(lambda: self.update_plan_requested.emit(
            self.meeting_id))
        row.addStretch(1)
        row.addWidget(self.update_plan)
        return row

    def when(self) -> tuple[str, str]:
        return self.day.text(), self.starts.text()
