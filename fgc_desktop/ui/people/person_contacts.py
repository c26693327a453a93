"""One person's preparation contacts, to read beside their details, and a button to log one.

Contacts are edited on the Preparation page; here they are listed so the
coordinator sees at a glance what this person has been told.

Signals:
    log_requested(): the coordinator wants to log a new contact with this person.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.contacts import ContactRow, list_contacts
from fgc_desktop.store.database import Database
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import label, show_date
from fgc_desktop.ui.people.words import topic_words
from fgc_desktop.ui.widgets import note


class PersonContacts(QGroupBox):
    log_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(_("Visits and calls before the meeting"), parent)
        self.db = db
        self.lines = note()
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log = QPushButton(icon("phone"), _("Log a visit or call…"))
        self.log.setAccessibleName(_("Log a visit or call with this person"))
        self.log.clicked.connect(self.log_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines)
        layout.addLayout(buttons)
        self.shown: list[str] = []

    def show_person(self, conference_id: int, person_id: int) -> None:
        rows = list_contacts(self.db, conference_id, person_id)
        self.shown = [_describe(row) for row in rows] or [
            _("No visit or call yet. Everyone invited should hear about the meeting from "
              "you before it happens.")]
        self.lines.setText("\n\n".join(self.shown))
        self.lines.setAccessibleName(self.title())
        self.lines.setAccessibleDescription(self.lines.text())


def _describe(row: ContactRow) -> str:
    explained = ", ".join(topic_words(key) for key in row.explained)
    parts = [f"{show_date(row.on)} · {label(row.kind)}"]
    if row.by_whom:
        parts.append(_("by {name}").format(name=row.by_whom))
    text = " ".join(parts)
    if explained:
        text += "\n" + _("Explained: {topics}").format(topics=explained)
    if row.notes:
        text += "\n" + row.notes
    return text
