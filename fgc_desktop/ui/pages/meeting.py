"""The meeting as it happened: who came, its three parts, the plan presented, the decision.

Typed in during or after the meeting. The plan the family presents becomes
version 1 of the family plan, and the referrer's decision sets its status.
"""

from __future__ import annotations

from collections.abc import Callable
from textwrap import shorten
from typing import Any

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QWidget

from fgc_desktop.domain.enums import Attendance, MeetingStatus
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.stages import PageInfo
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import arrangements, meeting_record
from fgc_desktop.services.meeting_record import ActionLine, minutes_between
from fgc_desktop.store.database import Database
from fgc_desktop.ui.arrangements.actions_table import ActionsTable
from fgc_desktop.ui.arrangements.attendance import AttendanceList
from fgc_desktop.ui.arrangements.choice_picker import Section
from fgc_desktop.ui.arrangements.decision import DecisionBox
from fgc_desktop.ui.arrangements.editing_page import EditingPage
from fgc_desktop.ui.arrangements.fields import choose_data, combo, place, text_box
from fgc_desktop.ui.arrangements.parts import MeetingParts
from fgc_desktop.ui.arrangements.presented_plan import PresentedPlanBox
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import label, show_date_time
from fgc_desktop.ui.widgets import note

UNDO_WORDS = 40


class MeetingPage(EditingPage):
    def __init__(self, db: Database, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.body.addWidget(self._meeting())
        self.body.addWidget(self._parts())
        self.body.addWidget(self._attendance())
        self.body.addWidget(self._plan())
        self.body.addWidget(self._decision())
        self.body.addStretch(1)

    def _meeting(self) -> Section:
        section = Section(_("The meeting"))
        self.status_box = combo(_("Status of the meeting"),
                                [(label(status), status.value) for status in MeetingStatus])
        self.status_box.activated.connect(lambda _index: self.act("status", lambda: (
            meeting_record.set_meeting_status(self.db, self._id(),
                                              MeetingStatus(self.status_box.currentData())))))
        self.when = note()
        arrange = QPushButton(icon("calendar-event"), _("Meeting &arrangements"))
        arrange.setAccessibleName(_("Open the meeting arrangements"))
        arrange.clicked.connect(lambda: self.open_page_requested.emit("arrangements"))
        row = QHBoxLayout()
        grid = QGridLayout()
        place(grid, 0, 0, _("&Status"), self.status_box)
        row.addLayout(grid)
        row.addWidget(self.when, 1)
        row.addWidget(arrange)
        section.rows.addLayout(row)
        return section

    def _parts(self) -> Section:
        section = Section(_("The three parts"))
        self.parts = MeetingParts()
        for part, (start, end) in self.parts.times.items():
            for editor in (start, end):
                self.watch(f"part:{part}", editor, self._part_value(part))
        self.parts.without_professionals_chosen.connect(lambda held: self.act(
            "without_professionals", lambda: (
                meeting_record.set_private_time_without_professionals(
                    self.db, self._id(), held))))
        self.outcome = text_box(_("What happened"),
                                _("Anything the record should keep about the meeting"), 2)
        self.watch("meeting:outcome", self.outcome)
        section.rows.addWidget(self.parts)
        grid = QGridLayout()
        place(grid, 0, 0, _("&What happened"), self.outcome)
        grid.setColumnStretch(1, 1)
        section.rows.addLayout(grid)
        return section

    def _attendance(self) -> Section:
        section = Section(_("Who came"))
        self.attendance = AttendanceList()
        self.attendance.attendance_chosen.connect(self._attendance_chosen)
        section.rows.addWidget(self.attendance)
        return section

    def _plan(self) -> Section:
        section = Section(_("The plan as the family presented it"))
        self.plan = PresentedPlanBox(self.db)
        for field, editor in self.plan.texts.items():
            self.watch(f"plan:{field}", editor)
        self.plan.review_date.edited.connect(lambda text: self.edited("plan:review_date", text))
        self.saver.watch_focus(self.plan.review_date.line)
        self.plan.lead_chosen.connect(lambda lead: self.act("plan:family_lead_id", lambda: (
            meeting_record.update_plan_field(self.db, self._id(), "family_lead_id", lead))))
        table = self.plan.action_table
        table.add_requested.connect(self._add_action)
        table.cell_edited.connect(self._action_edited)
        table.remove_requested.connect(self._remove_action)
        section.rows.addWidget(self.plan)
        return section

    def _decision(self) -> Section:
        section = Section(_("The referrer's decision"))
        self.decision = DecisionBox(self.db)
        self.decision.edited.connect(lambda: self.edited("decision", self.decision.value()))
        self.decision.group.buttonClicked.connect(lambda _button: self.flush())
        self.saver.watch_focus(self.decision.reasons)
        self.saver.watch_focus(self.decision.decided_on.line)
        section.rows.addWidget(self.decision)
        return section

    def _part_value(self, part: str) -> Callable[[], tuple[str, str]]:
        return lambda: self.parts.part_value(part)

    @property
    def action_table(self) -> ActionsTable:
        return self.plan.action_table

    def _id(self) -> int:
        assert self.conference_id is not None
        return self.conference_id

    def refresh(self) -> None:
        self.begin_refresh()
        record = meeting_record.get_meeting_record(self.db, self._id())
        self.loading = True
        try:
            choose_data(self.status_box, (record.status or MeetingStatus.PLANNED).value)
            self.when.setText(self._when_text(record))
            self.parts.show_record(record)
            self.outcome.setPlainText(record.outcome)
            self.attendance.show_lines(record.attendees)
            for person_id, views in self.attendance.views.items():
                self.watch(f"views:{person_id}", views)
            self.plan.show_plan(record.plan, record.family)
            self.decision.show_plan(record.plan)
        finally:
            self.loading = False

    @staticmethod
    def _when_text(record: meeting_record.MeetingRecord) -> str:
        if record.starts_at is None:
            return _("No date yet. Set it in the meeting arrangements; the times of the "
                     "three parts are on that day.")
        return ", ".join(part for part in (show_date_time(record.starts_at),
                                           record.venue_name) if part)

    def save(self, key: str, value: Any) -> Any:
        kind, _colon, rest = key.partition(":")
        if kind == "part":
            stored = meeting_record.set_part_times(self.db, self._id(), rest, *value)
            if rest == "private_time":
                self.parts.show_length(minutes_between(*stored))
            return stored
        if kind == "meeting":
            return arrangements.update_meeting_text(self.db, self._id(), rest, value)
        if kind == "views":
            return meeting_record.set_views_another_way(self.db, self._id(), int(rest), value)
        if kind == "plan":
            return meeting_record.update_plan_field(self.db, self._id(), rest, value)
        return meeting_record.record_referrer_decision(self.db, self._id(), *value)

    def after_save(self) -> None:
        plan = meeting_record.get_meeting_record(self.db, self._id()).plan
        self.plan.state.setText(self.plan.state_text(plan))

    def _attendance_chosen(self, person_id: int, attendance: Attendance) -> None:
        self.act(f"attendance:{person_id}", lambda: meeting_record.set_attendance(
            self.db, self._id(), person_id, attendance))

    def _show_actions(self) -> None:
        plan = meeting_record.get_meeting_record(self.db, self._id()).plan
        self.action_table.show_actions(plan.actions if plan else (), plan is None or plan.editable)

    def _add_action(self, what: str) -> None:
        self.flush()
        if self.act("actions", lambda: meeting_record.add_action(self.db, self._id(), what)):
            self.action_table.new_action.clear()
            self._show_actions()
            self.action_table.new_action.setFocus()

    def _action_edited(self, action_id: int, field: str, text: str) -> None:
        key = f"action:{action_id}:{field}"
        try:
            stored = meeting_record.update_action(self.db, self._id(), action_id, field, text)
        except UserError as error:
            self.show_problem(key, str(error))
            self._show_actions()
            return
        self.action_table.show_action(stored)
        self.saved(key, stored)

    def _remove_action(self, action_id: int) -> None:
        self.flush()
        conference_id = self._id()
        removed: list[ActionLine] = []
        if self.act("actions", lambda: removed.append(
                meeting_record.remove_action(self.db, conference_id, action_id))):
            self._show_actions()
            self.undo.offer(_("Removed the action “{what}”.").format(
                what=shorten(removed[0].what, UNDO_WORDS, placeholder="…")),
                            lambda: self._restore_action(conference_id, removed[0]))

    def _restore_action(self, conference_id: int, action: ActionLine) -> None:
        if self.act("actions", lambda: meeting_record.restore_action(
                self.db, conference_id, action)) and conference_id == self.conference_id:
            self._show_actions()
            self.action_table.table.setFocus()

