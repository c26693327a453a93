"""The conference at a glance: what to do next, warnings, key dates, progress per pathway.

Read-only. Each next step is a button that opens the page where it is done.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.enums import Stage
from fgc_desktop.domain.stages import PAGES, PageInfo, stage_info
from fgc_desktop.guidance.progress import StepStatus
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.progress import ConferenceProgress, KeyDates, conference_progress
from fgc_desktop.store.database import Database
from fgc_desktop.ui.guidance.columns import Columns
from fgc_desktop.ui.guidance.pathway_card import PathwayCard
from fgc_desktop.ui.guidance.states import what_is_left
from fgc_desktop.ui.guidance.wrapping import wrapped
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import show_date, show_date_time
from fgc_desktop.ui.pages.base import WorkspacePage
from fgc_desktop.ui.widgets import heading

PAGE_TITLES = {page.key: page.title for page in PAGES}
# How wide a column must be, in characters, before the overview puts another beside it.
NEXT_STEPS_CHARS = 56
PATHWAY_CHARS = 40


def _section(title: str, *widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading(title, 1.1))
    for widget in widgets:
        layout.addWidget(widget)
    return holder


class OverviewPage(WorkspacePage):
    def __init__(self, db: Database, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.next_buttons: list[QCommandLinkButton] = []
        self.cards: list[PathwayCard] = []
        self.dates: dict[str, QLabel] = {}
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stage = wrapped()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(_(info.title)))
        layout.addWidget(self.stage)
        layout.addWidget(self._scroll, 1)

    def refresh(self) -> None:
        assert self.conference_id is not None
        progress = conference_progress(self.db, self.conference_id)
        info = stage_info(progress.stage)
        counts = progress.counts
        self.stage.setText(_("Stage: {stage}. {summary} {done} of {total} steps done, {left} "
                             "left.").format(stage=_(info.title), summary=_(info.summary),
                                             done=counts.done, total=counts.total,
                                             left=counts.left))
        self.stage.setAccessibleName(self.stage.text())
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(body.spacing() * 3)
        if progress.warnings:
            body.addWidget(self._warnings(progress.warnings))
        body.addWidget(Columns((self._next(progress), self._dates(progress.dates)),
                               NEXT_STEPS_CHARS))
        self.cards = [PathwayCard(pathway, progress.steps) for pathway in progress.pathways]
        body.addWidget(_section(_("Progress by pathway"), Columns(self.cards, PATHWAY_CHARS)))
        body.addStretch(1)
        self._scroll.setWidget(content)

    def _warnings(self, warnings: tuple[str, ...]) -> QWidget:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for row, warning in enumerate(warnings):
            sign = QLabel()
            side = sign.fontMetrics().height()
            sign.setPixmap(icon("alert-triangle").pixmap(QSize(side, side),
                                                        sign.devicePixelRatioF()))
            grid.addWidget(sign, row, 0, Qt.AlignmentFlag.AlignTop)
            text = wrapped(_("Warning: {warning}").format(warning=_(warning)))
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            text.setAccessibleName(text.text())
            grid.addWidget(text, row, 1)
        grid.setColumnStretch(1, 1)
        holder = QWidget()
        holder.setLayout(grid)
        return _section(_("Check the arrangements"), holder)

    def _next(self, progress: ConferenceProgress) -> QWidget:
        self.next_buttons = [self._next_button(status) for status in progress.next_steps]
        if self.next_buttons:
            return _section(_("What to do next"), *self.next_buttons)
        if progress.stage is Stage.CLOSED:
            return _section(_("What to do next"), wrapped(_("This conference is closed.")))
        return _section(_("What to do next"),
                        wrapped(_("Nothing is left to do at this stage. When the family is "
                               "ready, move the conference on to its next stage.")))

    def _next_button(self, status: StepStatus) -> QCommandLinkButton:
        page = _(PAGE_TITLES[status.step.page])
        left = what_is_left(status)
        description = _("Page: {page}.").format(page=page)
        button = QCommandLinkButton(_(status.step.title),
                                    f"{left} {description}" if left else description)
        button.setIcon(icon("arrow-right"))
        button.setAccessibleName(_("Go to {page}: {title}").format(page=page,
                                                                   title=_(status.step.title)))
        button.setAccessibleDescription(button.description())
        button.clicked.connect(lambda: self.open_page_requested.emit(status.step.page))
        return button

    def _dates(self, dates: KeyDates) -> QWidget:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.dates = {}
        for key, caption, shown in (
            ("referral", _("Referral"), show_date(dates.referral)),
            ("target_meeting", _("Target date for the meeting"), show_date(dates.target_meeting)),
            ("meeting", _("The meeting"), show_date_time(dates.meeting)),
            ("review", _("Review"), show_date(dates.review)),
        ):
            value = QLabel(shown or _("Not set yet"))
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(caption)
            form.addRow(caption, value)
            self.dates[key] = value
        holder = QWidget()
        holder.setLayout(form)
        return _section(_("Key dates"), holder)
