"""“Chosen by” beside a heading: who made one arrangement, and for the family, which person.

Signals:
    chosen(object, object): who chose (a ``ChoiceMadeBy``, or ``None`` for not
        recorded) and the person's id, or ``None``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fgc_desktop.domain.enums import ChoiceMadeBy
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.arrangements import Choice, Person
from fgc_desktop.ui.arrangements.fields import choose_data, combo
from fgc_desktop.ui.arrangements.words import MADE_BY, made_by_label

# Choices the family made, alone or with the coordinator, can name the person.
NAMES_A_PERSON = (ChoiceMadeBy.FAMILY, ChoiceMadeBy.TOGETHER)


class ChoicePicker(QWidget):
    chosen = Signal(object, object)

    def __init__(self, topic: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by = combo(_("Who chose {topic}").format(topic=topic),
                        [(_("Not recorded"), None),
                         *((made_by_label(made_by), made_by.value) for made_by in MADE_BY)])
        self.by.setToolTip(_("Who chose {topic}: the family, the coordinator, or both "
                             "together").format(topic=topic))
        self.person = combo(_("Who in the family chose {topic}").format(topic=topic),
                            [(_("Someone in the family"), None)])
        caption = QLabel(_("Chosen by:"))
        caption.setBuddy(self.by)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.by)
        layout.addWidget(self.person)
        self.by.activated.connect(self._by_chosen)
        self.person.activated.connect(self._emit)
        self._follow()

    def set_people(self, people: Sequence[Person]) -> None:
        self.person.blockSignals(True)
        while self.person.count() > 1:
            self.person.removeItem(1)
        for someone in people:
            self.person.addItem(someone.name, someone.id)
        self.person.blockSignals(False)

    def show_choice(self, choice: Choice | None) -> None:
        choose_data(self.by, choice.made_by.value if choice else None)
        choose_data(self.person, choice.participant_id if choice else None)
        self._follow()

    def made_by(self) -> ChoiceMadeBy | None:
        data = self.by.currentData()
        return None if data is None else ChoiceMadeBy(data)

    def _follow(self) -> None:
        self.person.setVisible(self.made_by() in NAMES_A_PERSON)

    def _by_chosen(self) -> None:
        self._follow()
        self._emit()

    def _emit(self) -> None:
        made_by = self.made_by()
        person = self.person.currentData() if made_by in NAMES_A_PERSON else None
        self.chosen.emit(made_by, person)


class Section(QGroupBox):
    """A titled part of the form, with its “Chosen by” picker first when it has one."""

    def __init__(self, title: str, picker: ChoicePicker | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title)
        self.rows = QVBoxLayout(self)
        if picker is not None:
            self.rows.addWidget(picker, 0, Qt.AlignmentFlag.AlignLeft)
