"""The checklist beside a workspace page: that page's good-practice steps and their reasons.

Every step has a row made once, so the keyboard order stays put; a page shows
only its own rows. Ticks and not-applicable marks are saved through the
guidance service at once; the workspace then reads every step again.

Signals:
    changed(): a step was ticked, unticked or marked; counts may have changed.
    hide_requested(): the coordinator closed the checklist.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.enums import StepState
from fgc_desktop.domain.errors import UserError
from fgc_desktop.guidance.progress import StepStatus
from fgc_desktop.guidance.steps import STEPS, steps_for_page
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.guidance import clear_step_mark, mark_step
from fgc_desktop.services.progress import count_steps
from fgc_desktop.store.database import Database
from fgc_desktop.ui.guidance.step_row import StepRow
from fgc_desktop.ui.guidance.wrapping import wrapped
from fgc_desktop.ui.widgets import heading

# Wide enough for a short sentence a line, narrow enough to leave the page its room.
WIDTH_IN_CHARACTERS = 32


def has_steps(page_key: str) -> bool:
    return bool(steps_for_page(page_key))


class StepChecklist(QWidget):
    changed = Signal()
    hide_requested = Signal()

    def __init__(self, db: Database, hide_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.conference_id: int | None = None
        self.page_key = ""
        self.title = heading(_("Steps for this page"), 1.1)
        self.hide_button = QToolButton()
        self.hide_button.setText(_("Hide"))
        self.hide_button.setToolTip(hide_hint)
        self.hide_button.setAccessibleName(_("Hide the steps"))
        self.hide_button.clicked.connect(self.hide_requested)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        self.summary = wrapped()

        self.rows: dict[str, StepRow] = {}
        content = QWidget()
        listing = QVBoxLayout(content)
        listing.setContentsMargins(0, 0, self.fontMetrics().averageCharWidth(), 0)
        for step in STEPS:
            row = StepRow(step)
            row.ticked.connect(lambda done, row=row: self._tick(row, done))
            row.not_applicable.connect(lambda reason, row=row: self._not_applicable(row, reason))
            row.applies_again.connect(lambda row=row: self._applies_again(row))
            self.rows[step.key] = row
            listing.addWidget(row)
        listing.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_IN_CHARACTERS * 2 // 3)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def preferred_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * WIDTH_IN_CHARACTERS

    def show_page(self, page_key: str) -> None:
        self.page_key = page_key
        for row in self.rows.values():
            row.setVisible(row.step.page == page_key)

    def show_statuses(self, conference_id: int, statuses: Sequence[StepStatus]) -> None:
        """Shows each step as it stands now; the page's own steps are counted in the summary."""
        if conference_id != self.conference_id:
            for row in self.rows.values():
                row.close_reason_editor()
        self.conference_id = conference_id
        for status in statuses:
            self.rows[status.step.key].show_status(status)
        counts = count_steps(status for status in statuses if status.step.page == self.page_key)
        text = _("{done} of {total} done here · {left} left").format(
            done=counts.done, total=counts.total, left=counts.left)
        self.summary.setText(text)
        self.summary.setAccessibleName(text)

    def _tick(self, row: StepRow, done: bool) -> None:
        assert self.conference_id is not None
        try:
            if done:
                mark_step(self._db, self.conference_id, row.step.key, StepState.DONE_BY_HAND)
            else:
                clear_step_mark(self._db, self.conference_id, row.step.key)
        except UserError as error:
            row.show_error(str(error))
        self.changed.emit()

    def _not_applicable(self, row: StepRow, reason: str) -> None:
        assert self.conference_id is not None
        try:
            mark_step(self._db, self.conference_id, row.step.key, StepState.NOT_APPLICABLE,
                      reason)
        except UserError as error:
            row.show_error(str(error))
            row.reason.setFocus()
            return
        row.close_reason_editor()
        self.changed.emit()
        row.focus_first_control()

    def _applies_again(self, row: StepRow) -> None:
        assert self.conference_id is not None
        clear_step_mark(self._db, self.conference_id, row.step.key)
        self.changed.emit()
        row.focus_first_control()
