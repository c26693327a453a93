"""One conference open: a header, the list of pages, and the page in view.

Signals:
    back_requested(): the coordinator wants the conference list again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.stages import PAGES, page_for_stage
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.conferences import get_conference_fields
from fgc_desktop.store.database import Database
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import label
from fgc_desktop.ui.pages import PAGE_ICONS, PAGE_TYPES, WorkspacePage
from fgc_desktop.ui.widgets import scaled_font

KEY_ROLE = Qt.ItemDataRole.UserRole


class Workspace(QWidget):
    back_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.conference_id: int | None = None
        self.reference = ""
        self.archived = False

        self.back = QToolButton()
        self.back.setIcon(icon("arrow-left"))
        self.back.setText(_("All conferences"))
        self.back.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back.setToolTip(_("Back to the list of conferences (Ctrl+W or Esc)"))
        self.back.setAccessibleName(_("Back to all conferences"))
        self.back.clicked.connect(self.back_requested)
        self.family = QLabel()
        self.family.setFont(scaled_font(self.family, 1.6, bold=True))
        self.family.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.family)
        titles.addWidget(self.details)
        header = QHBoxLayout()
        header.addWidget(self.back, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(12)
        header.addLayout(titles, 1)

        self.nav = QListWidget()
        self.nav.setAccessibleName(_("Pages of this conference"))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self.pages: dict[str, WorkspacePage] = {}
        for number, info in enumerate(PAGES, start=1):
            item = QListWidgetItem(icon(PAGE_ICONS[info.key]), _(info.title))
            item.setData(KEY_ROLE, info.key)
            item.setToolTip(_("Alt+{number}").format(number=number))
            self.nav.addItem(item)
            page = PAGE_TYPES[info.key](db, info)
            page.conference_changed.connect(self.refresh_header)
            self.pages[info.key] = page
            self.stack.addWidget(page)
            jump = QShortcut(QKeySequence(f"Alt+{number}"), self)
            jump.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            jump.activated.connect(lambda key=info.key: self.show_page(key))
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 4 * self.nav.spacing()
                                 + 2 * self.nav.frameWidth())
        self.nav.currentRowChanged.connect(self._row_chosen)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)

        page_area = QWidget()
        page_layout = QVBoxLayout(page_area)
        page_layout.setContentsMargins(12, 0, 0, 0)
        page_layout.addWidget(self.stack)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(page_area)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.nav.minimumWidth(), 4 * self.nav.minimumWidth()])

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.back, self.nav)

    def open(self, conference_id: int, page_key: str | None = None) -> None:
        """Shows a conference at the given page, or the page for its stage."""
        self.flush()
        self.conference_id = conference_id
        fields = self.refresh_header()
        key = page_key if page_key in self.pages else page_for_stage(fields["stage"]).key
        self.show_page(key, force=True)

    def show_page(self, key: str, force: bool = False) -> None:
        if key == self.current_key() and not force:
            return
        self.flush()
        row = [info.key for info in PAGES].index(key)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        if self.conference_id is not None:
            page.load(self.conference_id)

    def current_key(self) -> str:
        page = self.stack.currentWidget()
        assert isinstance(page, WorkspacePage)
        return page.info.key

    def current_page(self) -> WorkspacePage:
        return self.pages[self.current_key()]

    def flush(self) -> None:
        """Saves what the page in view holds unsaved; called before anything else happens."""
        self.current_page().flush()

    def splitter_state(self) -> QByteArray:
        return self.splitter.saveState()

    def restore_splitter_state(self, state: QByteArray) -> None:
        self.splitter.restoreState(state)

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self.show_page(PAGES[row].key)

    def refresh_header(self) -> dict[str, Any]:
        """Shows the family name, reference and stage as stored now."""
        assert self.conference_id is not None
        fields = get_conference_fields(self._db, self.conference_id)
        self.reference = str(fields["reference"])
        self.archived = bool(fields["archived"])
        self.family.setText(str(fields["family_name"]))
        parts = [self.reference, label(fields["stage"])]
        if fields["archived"]:
            parts.append(_("archived"))
        self.details.setText("  ·  ".join(parts))
        self.family.setAccessibleName(self.family.text())
        self.details.setAccessibleName(self.details.text())
        return fields
