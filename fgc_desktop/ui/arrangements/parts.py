"""The three parts of the meeting with their times, and the family's time alone.

Signals:
    without_professionals_chosen(object): ``True``, ``False`` or ``None`` (not recorded).
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.meeting_record import PARTS, MeetingRecord
from fgc_desktop.ui.arrangements.fields import choose_data, combo, place, time_edit
from fgc_desktop.ui.arrangements.words import show_minutes
from fgc_desktop.ui.widgets import note

CAPTIONS = {"information": N_("&Information sharing"), "private_time": N_("&Private family time"),
            "agreement": N_("Agr&eeing the plan")}


def shown_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


class MeetingParts(QWidget):
    without_professionals_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.times: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(_("Started")), 0, 1)
        grid.addWidget(QLabel(_("Ended")), 0, 2)
        for row, part in enumerate(PARTS, start=1):
            title = PARTS[part][0]
            start = time_edit(_("{part}: started").format(part=_(title)))
            end = time_edit(_("{part}: ended").format(part=_(title)))
            place(grid, row, 0, _(CAPTIONS[part]), start)
            grid.addWidget(end, row, 2)
            self.times[part] = (start, end)
        grid.setColumnStretch(3, 1)
        self.without = combo(_("Professionals left for private family time"), [
            (_("Not recorded"), None), (_("Yes, the family was on its own"), True),
            (_("No, professionals stayed"), False)])
        self.without.activated.connect(
            lambda _index: self.without_professionals_chosen.emit(self.without.currentData()))
        place(grid, len(PARTS) + 1, 0, _("Professionals lef&t"), self.without, span=2)
        self.length = note()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.length)

    def part_value(self, part: str) -> tuple[str, str]:
        start, end = self.times[part]
        return start.text(), end.text()

    def show_record(self, record: MeetingRecord) -> None:
        """Times can only be typed once the meeting has a date: they are on that day."""
        for part, (start, end) in self.times.items():
            started, ended = record.parts[part]
            start.setText(shown_time(started))
            end.setText(shown_time(ended))
            start.setEnabled(record.starts_at is not None)
            end.setEnabled(record.starts_at is not None)
        choose_data(self.without, record.private_time_without_professionals)
        self.show_length(record.private_time_minutes)

    def show_length(self, minutes: int | None) -> None:
        self.length.setText(
            _("Private family time lasted {length}.").format(length=show_minutes(minutes))
            if minutes is not None else
            _("Type when private family time started and ended to see how long it lasted."))
