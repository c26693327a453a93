"""Words and icons for a step's state, so the checklist and the overview say it the same way.

A state is always shown as an icon and a word, never by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from fgc_desktop.domain.text import N_
from fgc_desktop.guidance.progress import StepProgress, StepStatus
from fgc_desktop.guidance.steps import PATHWAY_TITLES, Pathway, PracticeStep
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.icons import icon

_WORDS = {
    StepProgress.DONE: N_("Done"),
    StepProgress.OPEN: N_("To do"),
    StepProgress.NOT_APPLICABLE: N_("Not applicable"),
}

STATE_ICONS = {
    StepProgress.DONE: "circle-check",
    StepProgress.OPEN: "circle-dashed",
    StepProgress.NOT_APPLICABLE: "circle-minus",
}


def state_word(progress: StepProgress) -> str:
    return _(_WORDS[progress])


def pathway_names(step: PracticeStep) -> str:
    """The pathways a step serves, in the registry's order."""
    return ", ".join(_(PATHWAY_TITLES[pathway]) for pathway in Pathway if pathway in step.pathways)


def what_is_left(status: StepStatus) -> str:
    """The rule's own sentence, or the coordinator's reason when it was marked by hand."""
    if status.progress is StepProgress.NOT_APPLICABLE and status.marked_by_hand:
        return _("Reason: {reason}").format(reason=status.reason)
    return _(status.detail) if status.detail else ""


def spoken(status: StepStatus) -> str:
    """One line a screen reader reads for a step: its title and its state."""
    return _("{title}: {state}").format(title=_(status.step.title),
                                        state=state_word(status.progress))


def state_pixmap(progress: StepProgress, widget: QWidget) -> QPixmap:
    """The state's icon at the height of a line of the widget's text."""
    side = widget.fontMetrics().height()
    return icon(STATE_ICONS[progress]).pixmap(QSize(side, side), widget.devicePixelRatioF())
