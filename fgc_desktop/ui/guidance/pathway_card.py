"""One pathway on the overview: a bar of its steps done, and each step with its state."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QProgressBar, QWidget

from fgc_desktop.guidance.progress import PathwayProgress, StepStatus
from fgc_desktop.guidance.steps import PATHWAY_TITLES
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.guidance.states import spoken, state_pixmap, state_word


def progress_words(done: int, total: int) -> str:
    if total == 0:
        return _("No steps apply")
    return _("{done} of {total} done").format(done=done, total=total)


class PathwayCard(QGroupBox):
    def __init__(self, progress: PathwayProgress, statuses: Sequence[StepStatus],
                 parent: QWidget | None = None) -> None:
        title = _(PATHWAY_TITLES[progress.pathway])
        super().__init__(title, parent)
        words = progress_words(progress.done, progress.total)
        self.bar = QProgressBar()
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)
        self.bar.setFormat(words)
        self.bar.setAccessibleName(title)
        self.bar.setAccessibleDescription(words)
        grid = QGridLayout(self)
        grid.addWidget(self.bar, 0, 0, 1, 2)
        self.lines: list[QLabel] = []
        for row, status in enumerate(
            (s for s in statuses if progress.pathway in s.step.pathways), start=1
        ):
            mark = QLabel()
            mark.setPixmap(state_pixmap(status.progress, mark))
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            line = QLabel(_("{title} ({state})").format(title=_(status.step.title),
                                                       state=state_word(status.progress)))
            line.setWordWrap(True)
            line.setAccessibleName(spoken(status))
            line.setToolTip(_(status.step.why))
            grid.addWidget(line, row, 1)
            self.lines.append(line)
        grid.setColumnStretch(1, 1)
