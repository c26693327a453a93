"""Lists of people with one choice each: which part of the meeting, and how a child takes part.

Signals:
    SessionList.session_chosen(int, object): a person's id and their ``MeetingSession``.
    ChildList.participation_chosen(int, object): a child's id and their ``ChildParticipation``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from fgc_desktop.domain.enums import ChildParticipation, MeetingSession
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.arrangements import ChildLine, InviteeLine, Person
from fgc_desktop.ui.arrangements.fields import choose_data, clear_layout, combo
from fgc_desktop.ui.arrangements.words import PARTICIPATION, participation_label
from fgc_desktop.ui.labels import label
from fgc_desktop.ui.widgets import note


def who(person: Person) -> QLabel:
    """A person's name with how they are related to the child, as one line."""
    text = f"{person.name} ({person.relationship})" if person.relationship else person.name
    shown = QLabel(text)
    shown.setAccessibleName(text)
    return shown


class _RowList(QWidget):
    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = note(empty_text)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)

    def _clear(self, count: int) -> None:
        clear_layout(self.grid)
        self.empty.setVisible(count == 0)


class SessionList(_RowList):
    session_chosen = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Nobody is invited yet. Invite people on the People page."), parent)
        self.boxes: dict[int, QComboBox] = {}

    def show_lines(self, lines: Sequence[InviteeLine]) -> None:
        self._clear(len(lines))
        self.boxes.clear()
        for row, line in enumerate(lines):
            items: list[tuple[str, str | None]] = (
                [] if line.session else [(_("Not decided yet"), None)])
            items += [(label(part), part.value) for part in MeetingSession]
            box = combo(_("Part of the meeting for {name}").format(name=line.person.name),
                        items)
            choose_data(box, line.session.value if line.session else None)
            box.activated.connect(lambda _index, pid=line.person.id, chosen=box:
                                  self._chosen(pid, chosen))
            self.boxes[line.person.id] = box
            self.grid.addWidget(who(line.person), row, 0)
            self.grid.addWidget(box, row, 1)

    def _chosen(self, person_id: int, box: QComboBox) -> None:
        chosen = box.currentData()
        if chosen is None:
            return
        if box.itemData(0) is None:
            box.blockSignals(True)
            box.removeItem(0)
            box.blockSignals(False)
        self.session_chosen.emit(person_id, MeetingSession(chosen))


class ChildList(_RowList):
    participation_chosen = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("No child is recorded yet. Add the children on the People page."),
                         parent)
        self.boxes: dict[int, QComboBox] = {}

    def show_lines(self, lines: Sequence[ChildLine]) -> None:
        self._clear(len(lines))
        self.boxes.clear()
        for row, line in enumerate(lines):
            box = combo(_("How {name} takes part").format(name=line.person.name),
                        [(participation_label(way), way.value) for way in PARTICIPATION])
            choose_data(box, line.participation.value)
            box.activated.connect(lambda _index, pid=line.person.id, chosen=box:
                                  self.participation_chosen.emit(
                                      pid, ChildParticipation(chosen.currentData())))
            self.boxes[line.person.id] = box
            advocate = (_("Advocate: {name}").format(name=line.advocate) if line.advocate
                        else _("No advocate yet (choose one on the People page)"))
            self.grid.addWidget(who(line.person), row, 0)
            self.grid.addWidget(box, row, 1)
            self.grid.addWidget(QLabel(advocate), row, 2)
