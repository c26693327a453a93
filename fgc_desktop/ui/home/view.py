"""Home: what needs the coordinator across all conferences, each line one step from its page.

Signals:
    open_requested(int, str): open this conference at this page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeVar

from babel.dates import format_date
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from fgc_desktop.i18n.catalogue import _, interface_locale, ngettext
from fgc_desktop.services.dashboard import (
    OUTCOME_WINDOW_DAYS,
    REVIEW_WINDOW_DAYS,
    Dashboard,
    Section,
    load_dashboard,
)
from fgc_desktop.store.database import Database
from fgc_desktop.ui.home.lines import (
    ACTION_COLUMNS,
    MEETING_COLUMNS,
    REVIEW_COLUMNS,
    STEP_COLUMNS,
    Line,
    action_line,
    meeting_line,
    review_line,
    step_line,
)
from fgc_desktop.ui.home.section import DashboardSection
from fgc_desktop.ui.widgets import action_button, heading, note

RowT = TypeVar("RowT")


def _today_words(today: date) -> str:
    return format_date(today, "EEEE d MMMM y", locale=interface_locale())


def _show(section: DashboardSection, found: Section[RowT], line: Callable[[RowT], Line]
          ) -> None:
    lines = [line(row) for row in found.rows]
    cut_short = ""
    if found.total > len(lines):
        cut_short = _("Showing the first {shown} of {total}.").format(
            shown=len(lines), total=f"{found.total:,}")
    section.show_lines(lines, found.total, cut_short)


class HomeView(QWidget):
    open_requested = Signal(int, str)

    def __init__(self, db: Database, actions: Sequence[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.title = heading(_("Home"), 1.6)
        self.intro = note()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        self.buttons = [action_button(action) for action in actions]
        for button in self.buttons:
            top.addWidget(button)

        self.meetings = DashboardSection(
            _("Meetings coming up ({n})"), _("No meetings are planned from today on."),
            MEETING_COLUMNS)
        self.steps = DashboardSection(
            _("Preparation steps due ({n})"),
            _("No preparation steps are waiting. Every conference being prepared is up to "
              "date."),
            STEP_COLUMNS, long_column=4)
        self.reviews = DashboardSection(
            _("Reviews due ({n})"),
            _("No reviews are due in the next {review} days, and no follow-ups in the next "
              "{outcome} days.").format(review=REVIEW_WINDOW_DAYS, outcome=OUTCOME_WINDOW_DAYS),
            REVIEW_COLUMNS)
        self.overdue = DashboardSection(
            _("Overdue plan actions ({n})"), _("No plan actions are overdue."),
            ACTION_COLUMNS)
        self.sections = (self.meetings, self.steps, self.reviews, self.overdue)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(top)
        page_layout.addWidget(self.intro)
        for section in self.sections:
            page_layout.addSpacing(page.fontMetrics().height())
            page_layout.addWidget(section, 1)
            section.open_requested.connect(self.open_requested)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def refresh(self) -> None:
        """Reads everything again: the coordinator may have changed a conference meanwhile."""
        self.show_dashboard(load_dashboard(self._db))

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self.intro.setText(self._intro(dashboard))
        self.intro.setAccessibleName(self.intro.text())
        _show(self.meetings, dashboard.meetings, meeting_line)
        _show(self.steps, dashboard.steps, step_line)
        _show(self.reviews, dashboard.reviews, review_line)
        _show(self.overdue, dashboard.actions, action_line)
        if dashboard.step_conferences_waiting > dashboard.step_conferences_read:
            self.steps.cut_short.setText(_(
                "Steps for the {read} conferences whose meetings come first, of {all} being "
                "prepared.").format(read=dashboard.step_conferences_read,
                                   all=f"{dashboard.step_conferences_waiting:,}"))
            self.steps.cut_short.show()

    def focus_first_line(self) -> None:
        """Puts the keyboard in the first section with something in it."""
        for section in self.sections:
            if section.has_lines():
                section.table.setFocus()
                return
        if self.buttons:
            self.buttons[0].setFocus()

    @staticmethod
    def _intro(dashboard: Dashboard) -> str:
        today = _("Today is {day}.").format(day=_today_words(dashboard.today))
        if not dashboard.conferences:
            return today + " " + _("There are no conferences yet. Choose New conference to "
                                   "start one.")
        count = ngettext("{n} conference in progress.", "{n} conferences in progress.",
                         dashboard.conferences).format(n=f"{dashboard.conferences:,}")
        return " ".join((today, count, _("Double-click a line, or press Enter on it, to open "
                                         "that conference at the right page.")))
