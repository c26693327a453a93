"""What every workspace page shares: it reads its conference afresh each time it is shown.

Signals:
    conference_changed(): something was saved; the header and the step checklist read again.
    open_page_requested(str): the page asks the workspace to show the page with this key.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from fgc_desktop.domain.stages import PageInfo
from fgc_desktop.store.database import Database


class WorkspacePage(QWidget):
    conference_changed = Signal()
    open_page_requested = Signal(str)

    def __init__(self, db: Database, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.info = info
        self.conference_id: int | None = None

    def load(self, conference_id: int) -> None:
        """Shows this conference's record, read fresh from the database."""
        self.flush()
        self.conference_id = conference_id
        self.refresh()

    def refresh(self) -> None:
        """Reads the page's content for ``conference_id``; each page says how."""
        raise NotImplementedError

    def flush(self) -> None:
        """Saves anything typed and not yet saved. Read-only pages have nothing to save."""
