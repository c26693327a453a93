"""One action of the plan: its five details, their warnings, how it is going, and its notes.

The details can be typed in only while the version is not decided on, and
then each has a plain-words checker under it, since the family reads them
(:attr:`ActionCard.checkers`). How the action is going (status and notes) is
recorded on any version still followed.
The page watches :attr:`ActionCard.details` and :attr:`ActionCard.reason` to
save them as they are typed.

Signals:
    status_chosen(int, object): the action's id and the ``ActionStatus`` chosen.
    note_added(int, str): the action's id and the note typed.
    remove_requested(int): the action's id.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.enums import ActionStatus
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.plan import FollowedAction
from fgc_desktop.store.database import Database
from fgc_desktop.ui.arrangements.fields import (
    choose_data,
    clear_layout,
    combo,
    line_edit,
    place,
    text_box,
)
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import label, show_date
from fgc_desktop.ui.plain_language.checker import PlainWordsChecker
from fgc_desktop.ui.plain_language.hint import PlainWordsHint
from fgc_desktop.ui.plan.words import DETAILS, overdue_words
from fgc_desktop.ui.widgets import scaled_font

LONG_DETAILS = ("what", "how_known")


def signed_line(icon_name: str, text: str, bold: bool = False) -> QWidget:
    """A line of words after a small sign, so a state is never told by colour alone."""
    line = QWidget()
    row = QHBoxLayout(line)
    row.setContentsMargins(0, 0, 0, 0)
    sign = QLabel()
    side = sign.fontMetrics().height()
    sign.setPixmap(icon(icon_name).pixmap(side, side))
    words = QLabel(text)
    words.setWordWrap(True)
    words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    words.setAccessibleName(text)
    if bold:
        words.setFont(scaled_font(words, 1.0, bold=True))
    row.addWidget(sign, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(words, 1)
    return line


class ActionCard(QFrame):
    status_chosen = Signal(int, object)
    note_added = Signal(int, str)
    remove_requested = Signal(int)

    def __init__(self, db: Database, action: FollowedAction, number: int, editable: bool,
                 followed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.action_id = action.line.id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_("Action {number}").format(number=number))
        self.details: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.checkers: dict[str, PlainWordsChecker | PlainWordsHint] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        texts = {"what": action.line.what, "who": action.line.who, "when": action.line.when,
                 "how_known": action.line.how_known, "who_checks": action.line.who_checks}
        spots = {"what": (0, 0, 3), "who": (1, 0, 1), "when": (1, 2, 1),
                 "how_known": (2, 0, 3), "who_checks": (3, 0, 1)}
        for field, (row, column, span) in spots.items():
            editor = self._editor(field, texts[field], number, editable)
            place(grid, 2 * row, column, _(DETAILS[field]), editor, span)
            if editable:
                checker = self._checker(editor, _(DETAILS[field]))
                self.checkers[field] = checker
                grid.addWidget(checker, 2 * row + 1, column + 1, 1, span)
        self.state = QVBoxLayout()
        self.status = combo(_("How action {number} is going").format(number=number),
                            [(label(status), status.value) for status in ActionStatus])
        self.status.setEnabled(followed)
        self.status.activated.connect(self._status_picked)
        self.reason = line_edit(_("Why action {number} was not done").format(number=number),
                                _("Why it was not done"))
        self.reason.setReadOnly(not followed)
        self.notes = QVBoxLayout()
        self.new_note = line_edit(_("New note on action {number}").format(number=number),
                                  _("A note on how it is going, then Enter"))
        self.new_note.returnPressed.connect(self._add_note)
        self.add_note = QPushButton(icon("plus"), _("Add note"))
        self.add_note.setAccessibleName(_("Add the note to action {number}").format(
            number=number))
        self.add_note.clicked.connect(self._add_note)
        for widget in (self.new_note, self.add_note):
            widget.setVisible(followed)
        self._lay_out(grid, number, editable)
        self.show_progress(action)

    def _editor(self, field: str, text: str, number: int, editable: bool
                ) -> QLineEdit | QPlainTextEdit:
        name = _("{detail} (action {number})").format(detail=_(DETAILS[field]), number=number)
        editor: QLineEdit | QPlainTextEdit
        if field in LONG_DETAILS:
            editor = text_box(name, lines=2)
            editor.setPlainText(text)
        else:
            editor = line_edit(name, _("a date like 2026-05-01, or words like every Friday")
                               if field == "when" else "")
            editor.setText(text)
        editor.setReadOnly(not editable)
        self.details[field] = editor
        return editor

    def _checker(self, editor: QLineEdit | QPlainTextEdit, name: str
                 ) -> PlainWordsChecker | PlainWordsHint:
        if isinstance(editor, QPlainTextEdit):
            return PlainWordsChecker(self._db, editor, name)
        return PlainWordsHint(self._db, editor, name)

    def _lay_out(self, grid: QGridLayout, number: int, editable: bool) -> None:
        title = QLabel(_("Action {number}").format(number=number))
        title.setFont(scaled_font(title, 1.1, bold=True))
        top = QHBoxLayout()
        top.addWidget(title, 1)
        if editable:
            remove = QPushButton(icon("trash"), _("Remove"))
            remove.setAccessibleName(_("Remove action {number}").format(number=number))
            remove.clicked.connect(lambda: self.remove_requested.emit(self.action_id))
            top.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        going = QGridLayout()
        place(going, 0, 0, _("How it is going"), self.status)
        self.reason_label = place(going, 0, 2, _("Why not done"), self.reason)
        going.setColumnStretch(3, 1)
        adding = QHBoxLayout()
        adding.addWidget(self.new_note, 1)
        adding.addWidget(self.add_note)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.state)
        layout.addLayout(grid)
        layout.addLayout(going)
        layout.addLayout(self.notes)
        layout.addLayout(adding)

    def show_progress(self, action: FollowedAction) -> None:
        """Shows the status, the warnings, whether it is overdue, and the notes as stored."""
        choose_data(self.status, action.status.value)
        if not self.reason.hasFocus():
            self.reason.setText(action.status_reason)
        self._follow_status()
        clear_layout(self.state)
        if action.days_overdue and action.line.by_when:
            self.state.addWidget(signed_line(
                "clock-exclamation", overdue_words(action.days_overdue,
                                                show_date(action.line.by_when)), bold=True))
        for warning in action.warnings:
            self.state.addWidget(signed_line("alert-triangle", warning.text))
        clear_layout(self.notes)
        for written in action.notes:
            by = f" ({written.by_whom})" if written.by_whom else ""
            self.notes.addWidget(signed_line(
                "note", f"{show_date(written.written_on)}{by}: {written.text}"))

    def _status_picked(self) -> None:
        self._follow_status()
        chosen = ActionStatus(self.status.currentData())
        if chosen is ActionStatus.NOT_DONE:
            self.reason.setFocus()
        self.status_chosen.emit(self.action_id, chosen)

    def _follow_status(self) -> None:
        not_done = ActionStatus(self.status.currentData()) is ActionStatus.NOT_DONE
        self.reason.setVisible(not_done)
        self.reason_label.setVisible(not_done)

    def _add_note(self) -> None:
        if self.new_note.text().strip():
            self.note_added.emit(self.action_id, self.new_note.text())

    def chosen_status(self) -> ActionStatus:
        return ActionStatus(self.status.currentData())
