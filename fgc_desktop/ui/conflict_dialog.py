"""When another coordinator saved the same field first: both versions side by side, you choose.

``ConflictDialog(conflict, parent)`` shows a
:class:`~fgc_desktop.store.conflicts.ConflictError`. Open it with ``open()``
and listen to ``chosen(str)``, or ``exec()`` it and read ``choice``:
``KEEP_MINE`` or ``KEEP_THEIRS`` (closing the dialog counts as keeping theirs,
so nothing is overwritten without a decision). Then:

- keep mine: ``save_conference_field(db, id, conflict.field, conflict.yours,
  conflict.current_version, conflict.theirs)``;
- keep theirs: show ``conflict.theirs``.

Either way, reload the page's other fields, which may have changed too.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.store.conflicts import ConflictError
from fgc_desktop.ui.dialog_parts import wrapped
from fgc_desktop.ui.labels import show_date, show_date_time
from fgc_desktop.ui.widgets import heading

KEEP_MINE = "mine"
KEEP_THEIRS = "theirs"


class ConflictDialog(QDialog):
    """Their words and yours, and a button to keep each."""

    chosen = Signal(str)

    def __init__(self, conflict: ConflictError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice = KEEP_THEIRS
        self.setWindowTitle(_("Changed by someone else"))
        self.setAccessibleName(_("Changed by someone else"))
        who = conflict.changed_by.actor or _("another coordinator")
        when = show_date_time(conflict.changed_by.at) if conflict.changed_by.at else ""
        self.theirs = _version_box(_("Their version"), conflict.theirs)
        self.yours = _version_box(_("Your version"), conflict.yours)
        their_caption = QLabel(
            _("&Their version, saved by {who} on {when}").format(who=who, when=when) if when
            else _("&Their version, saved by {who}").format(who=who))
        their_caption.setBuddy(self.theirs)
        your_caption = QLabel(_("&Your version, not saved yet"))
        your_caption.setBuddy(self.yours)
        grid = QGridLayout()
        grid.addWidget(their_caption, 0, 0)
        grid.addWidget(your_caption, 0, 1)
        grid.addWidget(self.theirs, 1, 0)
        grid.addWidget(self.yours, 1, 1)
        self.keep_theirs = QPushButton(_("Keep t&heirs"))
        self.keep_theirs.setAccessibleName(_("Keep their version"))
        self.keep_theirs.clicked.connect(lambda: self._choose(KEEP_THEIRS))
        self.keep_mine = QPushButton(_("Keep &mine"))
        self.keep_mine.setAccessibleName(_("Keep my version"))
        self.keep_mine.clicked.connect(lambda: self._choose(KEEP_MINE))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_theirs)
        buttons.addWidget(self.keep_mine)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(conflict.title))
        layout.addWidget(wrapped(_(
            "{who} saved this while you were working on it. Nothing has been overwritten. "
            "Choose which version to keep. You can copy words from either box first.").format(
                who=who)))
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self.keep_theirs.setFocus()
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 110, self.fontMetrics().height() * 20)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.chosen.emit(choice)
        self.accept()


def shown_value(value: Any) -> str:
    """A field's value as the coordinator typed or picked it."""
    if value is None or value == "":
        return _("(empty)")
    if isinstance(value, date):
        return show_date(value)
    return str(value)


def _version_box(name: str, value: Any) -> QPlainTextEdit:
    box = QPlainTextEdit(shown_value(value))
    box.setReadOnly(True)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    return box
