"""Who has been contacted before the meeting: each invited family member and each child.

Read exactly as the good-practice step “everyone contacted” reads it. Each line
carries an icon and words (never colour alone). Enter or a double click on a
line logs a visit or call with that person.

Signals:
    log_requested(int): the person to log a contact with.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.contacts import ContactState
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import show_date
from fgc_desktop.ui.widgets import note

ID_ROLE = Qt.ItemDataRole.UserRole


class ContactStates(QGroupBox):
    log_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Contacted before the meeting?"), parent)
        self.summary = note()
        self.people = QListWidget()
        self.people.setAccessibleName(_("Who has been contacted"))
        self.people.setToolTip(_("Press Enter or double-click to log a visit or call."))
        self.people.setWordWrap(True)
        self.people.setSpacing(2)
        self.people.itemActivated.connect(
            lambda item: self.log_requested.emit(int(item.data(ID_ROLE))))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.people, 1)

    def show_states(self, states: Sequence[ContactState]) -> None:
        self.people.clear()
        waiting = [state for state in states if not state.contacted]
        for state in sorted(states, key=lambda state: state.contacted):
            if state.contacted:
                words = _("{name}\nContacted, last on {day}").format(
                    name=state.name, day=show_date(state.last_contact))
            else:
                words = _("{name}\nNot contacted yet").format(name=state.name)
            item = QListWidgetItem(icon("user-check" if state.contacted else "user-question"),
                                   words)
            item.setData(ID_ROLE, state.person_id)
            self.people.addItem(item)
        if not states:
            text = _("No one in the family is invited yet. Set invitations on the People "
                     "page; each person invited, and each child, then shows here.")
        elif waiting:
            text = _("{count} of {total} still to contact before the meeting.").format(
                count=len(waiting), total=len(states))
        else:
            text = _("Everyone invited, and each child, has been contacted.")
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.people.setVisible(bool(states))
