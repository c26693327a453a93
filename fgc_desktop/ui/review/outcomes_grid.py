"""Each child's follow-ups: where they live 3, 6 and 12 months on, and any care proceedings.

One line per follow-up, with a second line for notes. Dates and notes are
typed (the page saves them as they are typed); the choices are saved at once.

Signals:
    answer_chosen(int, str, object): a follow-up's id, the answer's name, and its value.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.enums import LivingArrangement
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.outcomes import FollowUpState, OutcomeLine
from fgc_desktop.ui.arrangements.fields import choose_data, clear_layout, combo, line_edit
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.labels import label, show_date
from fgc_desktop.ui.plan.action_card import signed_line
from fgc_desktop.ui.review.words import STATE_ICONS, after_label, state_label
from fgc_desktop.ui.widgets import note

COLUMNS = (N_("Child"), N_("Follow-up"), N_("Where they live"), N_("Care proceedings"))


class OutcomesGrid(QWidget):
    answer_chosen = Signal(int, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.living: dict[int, QComboBox] = {}
        self.proceedings: dict[int, QComboBox] = {}
        self.dates: dict[tuple[int, str], DateField] = {}
        self.notes: dict[int, QLineEdit] = {}
        self.empty = note(_("Nothing is due yet. Once the meeting is marked held, each child "
                            "has a follow-up 3, 6 and 12 months after it."))
        self._grid = QGridLayout()
        self._grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self._grid)

    def show_lines(self, lines: Sequence[OutcomeLine], today: date) -> None:
        clear_layout(self._grid)
        for found in (self.living, self.proceedings, self.dates, self.notes):
            found.clear()
        self.empty.setVisible(not lines)
        if not lines:
            return
        for column, title in enumerate(COLUMNS):
            caption = QLabel(f"<b>{_(title)}</b>")
            self._grid.addWidget(caption, 0, column)
        shown_child = None
        for index, line in enumerate(lines):
            self._add_line(1 + 2 * index, line, today, line.child.id != shown_child)
            shown_child = line.child.id

    def _add_line(self, row: int, line: OutcomeLine, today: date, first: bool) -> None:
        who = _("{child}, {after}").format(child=line.child.name,
                                           after=after_label(line.months_after))
        state = line.state(today)
        words = _("{state} · due {day}").format(state=state_label(state),
                                                day=show_date(line.due_on))
        if state is FollowUpState.RECORDED and line.recorded_on:
            words = _("Recorded {day}").format(day=show_date(line.recorded_on))
        living = combo(_("Where {who} is living").format(who=who),
                       [(_("Not recorded"), None),
                        *((label(way), way.value) for way in LivingArrangement)])
        choose_data(living, line.living.value if line.living else None)
        living.activated.connect(lambda _index, oid=line.id: self.answer_chosen.emit(
            oid, "living", self.living[oid].currentData()))
        issued = combo(_("Care proceedings issued for {who}").format(who=who),
                       [(_("Not recorded"), None), (_("Yes"), True), (_("No"), False)])
        choose_data(issued, line.care_proceedings_issued)
        issued.activated.connect(lambda _index, oid=line.id: self.answer_chosen.emit(
            oid, "care_proceedings_issued", self.proceedings[oid].currentData()))
        self.living[line.id], self.proceedings[line.id] = living, issued
        if first:
            self._grid.addWidget(QLabel(line.child.name), row, 0)
        self._grid.addWidget(signed_line(STATE_ICONS[state],
                                         f"{after_label(line.months_after)}: {words}"), row, 1)
        self._grid.addWidget(living, row, 2)
        self._grid.addWidget(issued, row, 3)
        looked_after = self._date(line, "looked_after_since", line.looked_after_since,
                                  _("Looked after since, for {who}").format(who=who))
        looked_after.setEnabled(line.living is LivingArrangement.LOOKED_AFTER)
        issued_on = self._date(line, "proceedings_issued_on", line.proceedings_issued_on,
                               _("Care proceedings issued on, for {who}").format(who=who))
        issued_on.setEnabled(bool(line.care_proceedings_issued))
        notes = line_edit(_("Notes on {who}").format(who=who), _("Notes (kept here only)"))
        notes.setText(line.notes)
        self.notes[line.id] = notes
        more = QHBoxLayout()
        for caption, editor in ((_("Looked after since"), looked_after),
                                (_("Proceedings issued on"), issued_on),
                                (_("Notes"), notes)):
            words_label = QLabel(caption)
            words_label.setBuddy(editor)
            more.addWidget(words_label)
            more.addWidget(editor, 1 if editor is notes else 0)
        self._grid.addLayout(more, row + 1, 1, 1, len(COLUMNS) - 1)

    def _date(self, line: OutcomeLine, field: str, value: date | None, name: str) -> DateField:
        field_editor = DateField(name)
        field_editor.set_date(value)
        self.dates[(line.id, field)] = field_editor
        return field_editor
