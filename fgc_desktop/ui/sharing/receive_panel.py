"""“What will this person receive?”: pick a person and read exactly what their papers may hold.

The preview is worked out only while it is on screen, so moving around the
grid does not read the whole conference at each step.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from fgc_desktop.disclosure.grid import GridPerson
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import sharing
from fgc_desktop.store.database import Database
from fgc_desktop.ui.labels import label
from fgc_desktop.ui.sharing.preview_html import preview_html
from fgc_desktop.ui.widgets import note

ANYONE = -1


class ReceivePanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._conference_id: int | None = None
        self._stale = False
        self.person = QComboBox()
        self.person.setAccessibleName(_("Person"))
        self.person.currentIndexChanged.connect(self.refresh)
        self.page = QTextBrowser()
        self.page.setAccessibleName(_("What this person will receive"))
        self.page.setOpenLinks(False)
        caption = QLabel(_("&Person"))
        caption.setBuddy(self.person)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.person, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note(_("Exactly what this person's invitation, plan and other papers "
                                "may hold, worked out as each document is made.")))
        layout.addLayout(top)
        layout.addWidget(self.page, 1)

    def load(self, conference_id: int, people: Sequence[GridPerson]) -> None:
        """Lists the people, keeping the one chosen if they are still there."""
        wanted = self.person.currentData()
        self._conference_id = conference_id
        self.person.blockSignals(True)
        self.person.clear()
        for person in people:
            self.person.addItem(f"{person.name} ({label(person.role)})", person.id)
        self.person.addItem(_("Anyone: a leaflet"), ANYONE)
        self.person.setCurrentIndex(max(0, self.person.findData(wanted)))
        self.person.blockSignals(False)
        self.refresh()

    def show_person(self, person_id: int | None) -> None:
        self.person.setCurrentIndex(max(0, self.person.findData(
            ANYONE if person_id is None else person_id)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if self._conference_id is None or self.person.count() == 0:
            return
        self._stale = not self.isVisible()
        if self._stale:
            return
        chosen = self.person.currentData()
        looked = sharing.preview_for(self._db, self._conference_id,
                                     None if chosen == ANYONE else int(chosen))
        self.page.setHtml(preview_html(looked))
