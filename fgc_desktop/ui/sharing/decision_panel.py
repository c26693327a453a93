"""The cell chosen in the grid: the decision in words, buttons to change it, its summary and why.

The buttons do what the grid's keys do, for people who use the mouse. The
summary and the reason are saved as they are typed. The person reads the
summary, so a plain-words hint under it suggests plainer words; the reason
stays on the record.

Signals:
    decide_requested(object): a ``SharingChoice``, or ``None`` to go back to the default.
    summary_requested(): the coordinator wants to write a summary in the cell.
    saved(str): the summary or the reason was stored.
    failed(str, str): a field and the message saying what to put right.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from fgc_desktop.disclosure.grid import GridCell, GridItem, GridPerson
from fgc_desktop.domain.enums import SharingChoice
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import sharing
from fgc_desktop.store.database import Database
from fgc_desktop.ui.autosave import FieldSaver
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import show_date_time
from fgc_desktop.ui.plain_language.hint import PlainWordsHint
from fgc_desktop.ui.sharing.words import CHOICE_ICONS, UNDECIDED_ICON, cell_words
from fgc_desktop.ui.widgets import note, scaled_font

REASON_LINES = 2
Found = tuple[GridItem, GridPerson, GridCell]


class DecisionPanel(QGroupBox):
    decide_requested = Signal(object)
    summary_requested = Signal()
    saved = Signal(str)
    failed = Signal(str, str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(_("The decision"), parent)
        self._db = db
        self._cell: tuple[int, int] | None = None
        self._loading = False
        self.saver = FieldSaver(self._save, parent=self)
        self.saver.saved.connect(lambda name, _value: self.saved.emit(name))
        self.saver.failed.connect(self.failed)

        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setFont(scaled_font(self.who, 1.0, bold=True))
        self.state = note()
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[SharingChoice | None, QToolButton] = {}
        row = QHBoxLayout()
        for choice, text, name in (
            (SharingChoice.SHARE, _("Share"), _("Share with this person")),
            (SharingChoice.SUMMARY, _("Summary…"), _("Give this person a summary only")),
            (SharingChoice.WITHHOLD, _("Not shared"), _("Do not share with this person")),
            (None, _("Clear"), _("Clear the decision: back to the default")),
        ):
            row.addWidget(self._button(choice, text, name))
        row.addStretch(1)
        self.summary = QLineEdit()
        self.summary.setAccessibleName(_("Summary"))
        self.summary.setPlaceholderText(_("The words this person reads instead of the full text"))
        self.summary.textEdited.connect(lambda text: self._edited("summary", text))
        self.saver.watch_focus(self.summary)
        self.summary_hint = PlainWordsHint(db, self.summary, _("Summary"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(_("Reason"))
        self.reason.setPlaceholderText(_("Why this was decided, for the record"))
        self.reason.setTabChangesFocus(True)
        margins = self.reason.frameWidth() + int(self.reason.document().documentMargin())
        self.reason.setMinimumHeight(self.reason.fontMetrics().lineSpacing() * REASON_LINES
                                     + 2 * margins)
        self.reason.textChanged.connect(
            lambda: self._edited("reason", self.reason.toPlainText()))
        self.saver.watch_focus(self.reason)
        self.decided = note()

        self.reason.setMaximumHeight(self.reason.minimumHeight() * 2)

        grid = QGridLayout(self)
        grid.addWidget(self.who, 0, 0, 1, 2)
        grid.addWidget(self.state, 1, 0, 1, 2)
        grid.addWidget(self.decided, 2, 0, 1, 2)
        grid.addLayout(row, 3, 0, 1, 2)
        for line, caption, editor in ((4, _("Su&mmary"), self.summary),
                                      (6, _("&Reason"), self.reason)):
            shown = QLabel(caption)
            shown.setBuddy(editor)
            grid.addWidget(shown, line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(editor, line, 1)
        grid.addWidget(self.summary_hint, 5, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(7, 1)
        self.show_cell(None)

    def _button(self, choice: SharingChoice | None, text: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setIcon(icon(CHOICE_ICONS[choice] if choice is not None else UNDECIDED_ICON))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAccessibleName(name)
        button.setToolTip(name)
        if choice is SharingChoice.SUMMARY:
            button.clicked.connect(self.summary_requested)
        else:
            button.clicked.connect(lambda: self.decide_requested.emit(choice))
        self.buttons[choice] = button
        return button

    def show_cell(self, found: Found | None, again: bool = False) -> None:
        """Shows a cell; its texts are read again only for another cell, or when asked."""
        key = (found[0].id, found[1].id) if found is not None else None
        fill = again or key != self._cell
        if fill:
            self.saver.flush()
        self._cell = key
        for widget in self.findChildren(QWidget):
            widget.setEnabled(found is not None)
        if found is None:
            self.who.setText(_("Choose a cell in the grid to see its decision here."))
            self.state.clear()
            self.decided.clear()
            self._fill("", "")
            return
        item, person, cell = found
        self.who.setText(_("{person} · {item}").format(person=person.name, item=item.title))
        self.state.setText(_("Now: {decision}").format(decision=cell_words(cell).sentence))
        self.state.setAccessibleName(self.state.text())
        self.summary.setEnabled(cell.sight.decided is SharingChoice.SUMMARY)
        self.reason.setEnabled(cell.is_decided)
        self.buttons[None].setEnabled(cell.is_decided)
        self.decided.setText(_("Decided by {who}, {when}").format(
            who=cell.decided_by or _("someone"), when=show_date_time(cell.decided_at))
            if cell.is_decided else _("Not decided yet: the default applies."))
        if fill:
            self._fill(cell.summary, cell.reason)

    def _fill(self, summary: str, reason: str) -> None:
        self._loading = True
        try:
            self.summary.setText(summary)
            self.reason.setPlainText(reason)
        finally:
            self._loading = False

    def _edited(self, name: str, value: Any) -> None:
        if not self._loading and self._cell is not None:
            self.saver.edited(name, value)

    def _save(self, name: str, value: Any) -> Any:
        assert self._cell is not None
        item_id, person_id = self._cell
        return sharing.update_decision_text(self._db, item_id, person_id, name, value)
