"""Who came: one line per invited person, with how anyone who did not come gave their views.

Signals:
    attendance_chosen(int, object): a person's id and their ``Attendance``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from fgc_desktop.domain.enums import Attendance, MeetingSession
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.meeting_record import AttendeeLine
from fgc_desktop.ui.arrangements.fields import choose_data, clear_layout, combo, line_edit
from fgc_desktop.ui.arrangements.people_lists import who
from fgc_desktop.ui.labels import label
from fgc_desktop.ui.widgets import note


class AttendanceList(QWidget):
    attendance_chosen = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[int, QComboBox] = {}
        self.views: dict[int, QLineEdit] = {}
        self.empty = note(_("Nobody is invited yet. Invite people on the People page."))
        self._grid = QGridLayout()
        self._grid.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self._grid)

    def show_lines(self, lines: Sequence[AttendeeLine]) -> None:
        clear_layout(self._grid)
        self.boxes.clear()
        self.views.clear()
        self.empty.setVisible(not lines)
        for row, line in enumerate(lines):
            someone = line.invitee.person
            box = combo(_("Did {name} come").format(name=someone.name),
                        [(label(way), way.value) for way in Attendance])
            choose_data(box, line.attendance.value)
            views = line_edit(_("How {name} gave their views").format(name=someone.name),
                              _("How they gave their views"))
            views.setText(line.views_another_way)
            box.activated.connect(lambda _index, pid=someone.id: self._chosen(pid))
            self.boxes[someone.id] = box
            self.views[someone.id] = views
            session = line.invitee.session
            part = label(session) if session and session is not MeetingSession.WHOLE else ""
            self._grid.addWidget(who(someone), row, 0)
            self._grid.addWidget(QLabel(part), row, 1)
            self._grid.addWidget(box, row, 2)
            self._grid.addWidget(views, row, 3)
            self._follow(someone.id)

    def _chosen(self, person_id: int) -> None:
        self._follow(person_id)
        self.attendance_chosen.emit(person_id, Attendance(self.boxes[person_id].currentData()))

    def _follow(self, person_id: int) -> None:
        """The views box is for those who gave their views another way, or already has words."""
        chosen = Attendance(self.boxes[person_id].currentData())
        views = self.views[person_id]
        views.setEnabled(chosen is Attendance.VIEWS_ANOTHER_WAY or bool(views.text()))
