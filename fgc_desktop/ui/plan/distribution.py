"""Who receives this version of the plan, and when and how it reached each of them.

One line per person: how it was sent (not yet, handed over, posted, emailed)
and the day. Choosing how without a day records today, which can be changed.

Signals:
    sending_edited(int, object): a person's id and ``(method or None, day typed)``.
    add_requested(int): the id of the person to put on the list.
    remove_requested(int): the id of the person to take off the list.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.enums import DeliveryMethod
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.arrangements import Person
from fgc_desktop.services.plan import RecipientLine
from fgc_desktop.ui.arrangements.fields import choose_data, clear_layout, combo, place
from fgc_desktop.ui.arrangements.people_lists import who
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.plan.words import method_label
from fgc_desktop.ui.widgets import note


class DistributionList(QWidget):
    sending_edited = Signal(int, object)
    add_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.methods: dict[int, QComboBox] = {}
        self.days: dict[int, DateField] = {}
        self.target = note()
        self.empty = note(_("Nobody is on the list yet. Add each person who should have a "
                            "copy of this plan."))
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 1)
        self.person = combo(_("Person to add to the list"), [])
        self.add_button = QPushButton(icon("user-plus"), _("Add to the &list"))
        self.add_button.setAccessibleName(_("Add the person to the list"))
        self.add_button.clicked.connect(self._add)
        adding = QGridLayout()
        place(adding, 0, 0, _("&Send to"), self.person)
        row = QHBoxLayout()
        row.addLayout(adding)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.target)
        layout.addWidget(self.empty)
        layout.addLayout(self._grid)
        layout.addLayout(row)

    def show_list(self, recipients: Sequence[RecipientLine], people: Sequence[Person]) -> None:
        clear_layout(self._grid)
        self.methods.clear()
        self.days.clear()
        self.empty.setVisible(not recipients)
        for row, line in enumerate(recipients):
            self._add_line(row, line)
        listed = {line.person.id for line in recipients}
        self.person.clear()
        for someone in people:
            if someone.id not in listed:
                text = (f"{someone.name} ({someone.relationship})" if someone.relationship
                        else someone.name)
                self.person.addItem(text, someone.id)
        self.person.setEnabled(self.person.count() > 0)
        self.add_button.setEnabled(self.person.count() > 0)

    def _add_line(self, row: int, line: RecipientLine) -> None:
        someone = line.person
        method = combo(_("How the plan reached {name}").format(name=someone.name),
                       [(_("Not sent yet"), None),
                        *((method_label(way), way.value) for way in DeliveryMethod)])
        choose_data(method, line.method.value if line.method else None)
        day = DateField(_("Day the plan reached {name}").format(name=someone.name))
        day.set_date(line.sent_on)
        method.activated.connect(lambda _index, pid=someone.id: self._edited(pid))
        day.edited.connect(lambda _text, pid=someone.id: self._edited(pid))
        remove = QPushButton(icon("trash"), _("Take off"))
        remove.setAccessibleName(_("Take {name} off the list").format(name=someone.name))
        remove.clicked.connect(lambda _checked=False, pid=someone.id: self.remove_requested
                               .emit(pid))
        self.methods[someone.id] = method
        self.days[someone.id] = day
        self._grid.addWidget(who(someone), row, 0)
        self._grid.addWidget(method, row, 1)
        self._grid.addWidget(day, row, 2)
        self._grid.addWidget(remove, row, 3)

    def value(self, person_id: int) -> tuple[DeliveryMethod | None, str]:
        data = self.methods[person_id].currentData()
        return (None if data is None else DeliveryMethod(data)), self.days[person_id].text()

    def show_sent(self, line: RecipientLine) -> None:
        """Shows one person's sending as stored, e.g. today's date filled in."""
        day = self.days.get(line.person.id)
        if day is not None and not day.line.hasFocus():
            day.set_date(line.sent_on)

    def _edited(self, person_id: int) -> None:
        self.sending_edited.emit(person_id, self.value(person_id))

    def _add(self) -> None:
        chosen = self.person.currentData()
        if chosen is not None:
            self.add_requested.emit(int(chosen))
