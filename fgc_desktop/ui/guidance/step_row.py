"""One good-practice step in the checklist: its state, why it matters, and what is left.

The row only shows and asks; the checklist saves. A step without a rule has a
tick box; any open step can be marked not applicable with a reason typed
inline, and that mark can be taken back.

Signals:
    ticked(bool): the coordinator ticked or unticked a step done by hand.
    not_applicable(str): the coordinator gave this reason why the step does not apply.
    applies_again(): the coordinator takes back a not-applicable mark.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.guidance.progress import StepProgress, StepStatus
from fgc_desktop.guidance.steps import PracticeStep
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.guidance.states import (
    pathway_names,
    spoken,
    state_pixmap,
    state_word,
    what_is_left,
)
from fgc_desktop.ui.guidance.wrapping import wrapped
from fgc_desktop.ui.widgets import scaled_font

# A step's title takes the keyboard focus, so Tab walks the checklist and a screen
# reader reads each step's state on the way.
READABLE = (Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)


class StepRow(QFrame):
    ticked = Signal(bool)
    not_applicable = Signal(str)
    applies_again = Signal()

    def __init__(self, step: PracticeStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.status: StepStatus | None = None
        self.state_icon = QLabel()
        self.title = QLabel(_(step.title))
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.title, 1.0, bold=True))
        self.title.setTextInteractionFlags(READABLE)
        self.title.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.state = wrapped()
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.why = wrapped(_("Why it matters: {why}").format(why=_(step.why)))
        self.pathways = wrapped(_("Serves: {pathways}").format(pathways=pathway_names(step)))
        self.pathways.setFont(scaled_font(self.pathways, 0.9))

        self.tick = QCheckBox(_("Done"))
        self.tick.setAccessibleName(_("Done: {title}").format(title=_(step.title)))
        self.tick.clicked.connect(self.ticked)
        self.mark_button = QPushButton(_("Not applicable…"))
        self.mark_button.setAccessibleName(
            _("Mark not applicable: {title}").format(title=_(step.title)))
        self.mark_button.clicked.connect(self.open_reason_editor)
        self.applies_button = QPushButton(_("It applies after all"))
        self.applies_button.setAccessibleName(
            _("It applies after all: {title}").format(title=_(step.title)))
        self.applies_button.clicked.connect(self.applies_again)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        for control in (self.tick, self.mark_button, self.applies_button):
            controls.addWidget(control)
        controls.addStretch(1)
        self.tick.hide()
        self.applies_button.hide()

        self.editor = self._reason_editor()
        self.error = wrapped()
        self.error.setFont(scaled_font(self.error, 1.0, bold=True))
        self.error.setAccessibleName(_("Problem"))
        self.error.hide()

        top = QHBoxLayout()
        top.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(top)
        for widget in (self.state, self.why, self.pathways):
            layout.addWidget(widget)
        layout.addLayout(controls)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)

    def _reason_editor(self) -> QWidget:
        editor = QWidget()
        self.reason = QLineEdit()
        self.reason.setAccessibleName(
            _("Why {title} does not apply").format(title=_(self.step.title)))
        self.reason.returnPressed.connect(self._reason_given)
        self.reason.installEventFilter(self)
        caption = QLabel(_("Why does this step not apply?"))
        caption.setWordWrap(True)
        caption.setBuddy(self.reason)
        ok = QPushButton(_("OK"))
        ok.setAccessibleName(_("Mark not applicable"))
        ok.clicked.connect(self._reason_given)
        cancel = QPushButton(_("Cancel"))
        cancel.setAccessibleName(_("Cancel marking not applicable"))
        cancel.clicked.connect(self.close_reason_editor)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(ok)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        editor.hide()
        return editor

    def show_status(self, status: StepStatus) -> None:
        """Shows the step as it stands; an open reason editor stays open while it still fits."""
        self.status = status
        progress = status.progress
        self.state_icon.setPixmap(state_pixmap(progress, self))
        left = what_is_left(status)
        words = f"<b>{escape(state_word(progress))}.</b>"
        self.state.setText(f"{words} {escape(left)}" if left else words)
        marked_not_applicable = progress is StepProgress.NOT_APPLICABLE and status.marked_by_hand
        self.tick.setVisible(self.step.by_hand and progress is not StepProgress.NOT_APPLICABLE)
        self.tick.setChecked(progress is StepProgress.DONE)
        self.applies_button.setVisible(marked_not_applicable)
        if progress is not StepProgress.OPEN:
            self.editor.hide()
        self.mark_button.setVisible(progress is StepProgress.OPEN and self.editor.isHidden())
        description = " ".join(part for part in (left, self.why.text()) if part)
        for widget in (self, self.title):
            widget.setAccessibleName(spoken(status))
            widget.setAccessibleDescription(description)
        self.mark_button.setAccessibleDescription(spoken(status))
        self.tick.setAccessibleDescription(spoken(status))

    def open_reason_editor(self) -> None:
        self.show_error("")
        self.reason.clear()
        self.mark_button.hide()
        self.editor.show()
        self.reason.setFocus()

    def close_reason_editor(self) -> None:
        focus = self.focusWidget()
        had_focus = focus is not None and self.editor.isAncestorOf(focus)
        self.editor.hide()
        self.show_error("")
        open_step = self.status is not None and self.status.progress is StepProgress.OPEN
        self.mark_button.setVisible(open_step)
        if had_focus and open_step:
            self.mark_button.setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleDescription(message)
        self.error.setVisible(bool(message))

    def focus_first_control(self) -> None:
        """After a change, keeps the keyboard in this row on the control that is there now."""
        for control in (self.applies_button, self.mark_button, self.tick):
            if control.isVisibleTo(self):
                control.setFocus()
                return
        self.title.setFocus()

    def _reason_given(self) -> None:
        self.not_applicable.emit(self.reason.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the reason box cancels it, rather than leaving the conference."""
        if watched is self.reason and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.close_reason_editor()
                return True
        return super().eventFilter(watched, event)
