"""One conference open: a header, the list of pages, the page in view, and its steps.

The header shows the stage and how many good-practice steps are done and left;
the checklist beside the page lists that page's steps. Both are read again
whenever a page saves something, a step is marked, or another page is shown.

Each page is built the first time it is shown, so opening the first
conference builds one page rather than ten.

Signals:
    back_requested(): the coordinator wants the conference list again.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.stages import PAGES, page_for_stage
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.progress import ConferenceHeader, conference_header
from fgc_desktop.store.database import Database
from fgc_desktop.ui.guidance.checklist import StepChecklist, has_steps
from fgc_desktop.ui.guidance.focus_order import focusables, set_tab_order
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import label
from fgc_desktop.ui.pages import PAGE_ICONS, WorkspacePage, page_type
from fgc_desktop.ui.widgets import scaled_font

KEY_ROLE = Qt.ItemDataRole.UserRole
STEPS_SHORTCUT = "F9"
# Alt and a digit jumps to a page: Alt+1 is the overview.
PAGE_SHORTCUTS = 10  # Alt+1 to Alt+9, then Alt+0
CHECKLIST = 2
PAGE_KEYS = tuple(info.key for info in PAGES)


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
        self.step_counts = QLabel()
        self.step_counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = QHBoxLayout()
        facts.addWidget(self.details)
        facts.addSpacing(self.fontMetrics().averageCharWidth() * 4)
        facts.addWidget(self.step_counts)
        facts.addStretch(1)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.family)
        titles.addLayout(facts)
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
            item.setToolTip(_("Alt+{number}").format(number=number % 10))
            self.nav.addItem(item)
            if number <= PAGE_SHORTCUTS:
                jump = QShortcut(QKeySequence(f"Alt+{number % 10}"), self)
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
        # Pages scroll inside themselves; their minimum sizes must not force the window
        # past a small laptop screen at 150% scaling.
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        page_layout.addWidget(self.stack)
        hint = _("Show or hide the steps beside the page ({key})").format(key=STEPS_SHORTCUT)
        self.checklist = StepChecklist(db, hint)
        self.checklist.changed.connect(self.refresh_header)
        self._checklist_width = self.checklist.preferred_width()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(page_area)
        self.splitter.addWidget(self.checklist)
        # Collapsible so a hidden checklist is saved with the window's layout as width 0.
        self.splitter.setCollapsible(CHECKLIST, True)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.nav.minimumWidth(), 4 * self.nav.minimumWidth(),
                                self._checklist_width])
        self.splitter.splitterMoved.connect(self._splitter_moved)

        self._make_steps_toggle(hint)
        header.addWidget(self.steps_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.back, self.nav)
        self._checklist_focus = focusables(self.checklist)

    def _make_steps_toggle(self, hint: str) -> None:
        """The header's button and shortcut that show or hide the checklist."""
        self.steps_action = QAction(icon("layout-sidebar-right"), _("Steps"), self)
        self.steps_action.setCheckable(True)
        self.steps_action.setChecked(True)
        self.steps_action.setShortcut(QKeySequence(STEPS_SHORTCUT))
        self.steps_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.steps_action.setToolTip(hint)
        self.steps_action.toggled.connect(self._steps_wanted)
        self.addAction(self.steps_action)
        self.checklist.hide_requested.connect(lambda: self.steps_action.setChecked(False))
        self.steps_button = QToolButton()
        self.steps_button.setDefaultAction(self.steps_action)
        self.steps_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.steps_button.setAccessibleName(_("Steps beside the page"))

    def open(self, conference_id: int, page_key: str | None = None) -> None:
        """Shows a conference at the given page, or the page for its stage.

        The header is read once, before the page, and that one read also gives
        the stage's page and the checklist's steps.
        """
        self.flush()
        self.conference_id = conference_id
        header = conference_header(self._db, conference_id)
        key = page_key if page_key in PAGE_KEYS else page_for_stage(header.stage).key
        self._show(key, header)

    def show_page(self, key: str, force: bool = False) -> None:
        if key == self.current_key() and not force:
            return
        self.flush()
        self._show(key, None)

    def _show(self, key: str, header: ConferenceHeader | None) -> None:
        """Shows the page, loads it, then the header (read now unless it was just read)."""
        row = PAGE_KEYS.index(key)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        page = self._page(key)
        self.stack.setCurrentWidget(page)
        self.checklist.show_page(key)
        self._place_checklist()
        if self.conference_id is not None:
            page.load(self.conference_id)
            if header is None:
                self.refresh_header()
            else:
                self._show_header(header)

    def _page(self, key: str) -> WorkspacePage:
        """The page, built the first time it is asked for."""
        if key not in self.pages:
            page = page_type(key)(self._db, PAGES[PAGE_KEYS.index(key)])
            page.conference_changed.connect(self.refresh_header)
            page.open_page_requested.connect(self.show_page)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def current_key(self) -> str:
        """The key of the page in view; empty before any page has been shown."""
        page = self.stack.currentWidget()
        return page.info.key if isinstance(page, WorkspacePage) else ""

    def current_page(self) -> WorkspacePage | None:
        return self.pages.get(self.current_key())

    def flush(self) -> None:
        """Saves what the page in view holds unsaved; called before anything else happens."""
        if (page := self.current_page()) is not None:
            page.flush()

    def splitter_state(self) -> QByteArray:
        return self.splitter.saveState()

    def restore_splitter_state(self, state: QByteArray) -> None:
        """Restores the widths, and whether the checklist was hidden (saved as width 0)."""
        self.checklist.show()
        self.splitter.restoreState(state)
        width = self.splitter.sizes()[CHECKLIST]
        if width > 0:
            self._checklist_width = width
        self.steps_action.setChecked(width > 0)
        self._place_checklist()

    def _steps_wanted(self, wanted: bool) -> None:
        if wanted:
            self._place_checklist()
            self._give_checklist_room()
        else:
            if self.checklist.isVisible():
                self._checklist_width = self.checklist.width()
            sizes = self.splitter.sizes()
            self.splitter.setSizes([sizes[0], sizes[1] + sizes[CHECKLIST], 0])
            self._place_checklist()
            if self.checklist.isAncestorOf(self.focusWidget()):
                self.nav.setFocus()

    def _place_checklist(self) -> None:
        """Shown when the coordinator wants it and the page in view has steps."""
        key = self.current_key()
        self.steps_action.setEnabled(has_steps(key))
        self.checklist.setVisible(self.steps_action.isChecked() and has_steps(key))

    def _give_checklist_room(self) -> None:
        sizes = self.splitter.sizes()
        if sizes[CHECKLIST] > 0:
            return
        room = sizes[1] - self._checklist_width
        self.splitter.setSizes([sizes[0], max(room, 1), self._checklist_width])

    def _splitter_moved(self) -> None:
        """Dragging the checklist shut hides it, as the shortcut would."""
        if self.checklist.isVisible() and self.splitter.sizes()[CHECKLIST] == 0:
            self.steps_action.setChecked(False)

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self.show_page(PAGES[row].key)

    def refresh_header(self) -> None:
        """Shows the family name, reference, stage and steps as stored now, in one read."""
        assert self.conference_id is not None
        self._show_header(conference_header(self._db, self.conference_id))

    def _show_header(self, header: ConferenceHeader) -> None:
        """The names and stage, the steps done and left, and the page's checklist."""
        assert self.conference_id is not None
        self._show_names(header)
        counts = header.counts
        text = _("{done} of {total} steps done · {left} left").format(
            done=counts.done, total=counts.total, left=counts.left)
        self.step_counts.setText(text)
        self.step_counts.setAccessibleName(text)
        self.checklist.show_statuses(self.conference_id, header.steps)
        self._tab_through_checklist_after_page()

    def _tab_through_checklist_after_page(self) -> None:
        """Tab goes through the page, then its checklist, then the button that hides it."""
        page = self.current_page()
        page_focus = (focusables(page) if page is not None else []) or [self.nav]
        set_tab_order([page_focus[-1], *self._checklist_focus, self.steps_button])

    def _show_names(self, header: ConferenceHeader) -> None:
        self.reference = header.reference
        self.archived = header.archived
        self.family.setText(header.family_name)
        parts = [self.reference, label(header.stage)]
        if header.archived:
            parts.append(_("archived"))
        self.details.setText("  ·  ".join(parts))
        self.family.setAccessibleName(self.family.text())
        self.details.setAccessibleName(self.details.text())

