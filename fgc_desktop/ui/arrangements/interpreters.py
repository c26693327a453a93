"""One line per language an interpreter is needed for: booked or not, who, the agency, notes.

The languages come from the people who need an interpreter; one can be added
by hand from the registry of languages. Each language shows in its own script.

Signals:
    booked(str, bool): a language's booking was ticked or unticked.
    add_requested(str): the coordinator added a language by hand.
    remove_requested(str): the coordinator removed (or cleared) a language's booking.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import LANGUAGES
from fgc_desktop.services.interpreters import BOOKING_TEXT, InterpreterLine
from fgc_desktop.ui.arrangements.fields import clear_layout, combo, line_edit
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import language_label
from fgc_desktop.ui.widgets import note

HINTS = {"interpreter_name": N_("Interpreter's name"), "agency": N_("Agency"),
         "notes": N_("Notes")}
LEFT_TO_RIGHT = "\u200e"


class InterpreterList(QWidget):
    booked = Signal(str, bool)
    add_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: dict[str, dict[str, QLineEdit]] = {}
        self.ticks: dict[str, QCheckBox] = {}
        self.removers: dict[str, QPushButton] = {}
        self.empty = note(_("Nobody invited needs an interpreter. Add a language if someone "
                            "does."))
        self._grid = QGridLayout()
        self._grid.setColumnStretch(2, 1)
        self._grid.setColumnStretch(3, 1)
        self.add_choice = combo(_("Language to add"), [])
        self.add_button = QPushButton(icon("plus"), _("Add lang&uage"))
        self.add_button.setAccessibleName(_("Add a language for an interpreter"))
        self.add_button.clicked.connect(self._add)
        adding = QHBoxLayout()
        caption = QLabel(_("Someone else &needs:"))
        caption.setBuddy(self.add_choice)
        adding.addWidget(caption)
        adding.addWidget(self.add_choice)
        adding.addWidget(self.add_button)
        adding.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self._grid)
        layout.addLayout(adding)

    def show_lines(self, lines: Sequence[InterpreterLine]) -> None:
        clear_layout(self._grid)
        self.lines.clear()
        self.ticks.clear()
        self.removers.clear()
        for row, line in enumerate(lines):
            self._add_row(row, line)
        self.empty.setVisible(not lines)
        listed = {line.language for line in lines}
        self.add_choice.clear()
        for language in LANGUAGES:
            if language.code not in listed:
                self.add_choice.addItem(language.label, language.code)

    def _add_row(self, row: int, line: InterpreterLine) -> None:
        """Two grid rows per language: the booking, then its notes."""
        name = language_label(line.language)
        who = (_("For {names}").format(names=", ".join(line.needed_by)) if line.needed_by
               else _("Added by hand"))
        # The mark keeps a right-to-left name from turning the whole caption around.
        caption = QLabel(f"{LEFT_TO_RIGHT}<b>{escape(name)}</b><br>{escape(who)}")
        caption.setAccessibleName(f"{name}. {who}")
        caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        first = 2 * row
        self._grid.addWidget(caption, first, 0, 2, 1)
        tick = QCheckBox(_("Booked"))
        tick.setAccessibleName(_("{language} interpreter booked").format(language=name))
        tick.setChecked(bool(line.booking and line.booking.booked))
        tick.clicked.connect(lambda checked, code=line.language: self.booked.emit(code, checked))
        self.ticks[line.language] = tick
        self._grid.addWidget(tick, first, 1)
        editors = {}
        for field in BOOKING_TEXT:
            hint = _(HINTS[field])
            editors[field] = line_edit(
                _("{language}: {detail}").format(language=name, detail=hint), hint)
            editors[field].setText(getattr(line.booking, field) if line.booking else "")
        self._grid.addWidget(editors["interpreter_name"], first, 2)
        self._grid.addWidget(editors["agency"], first, 3)
        self._grid.addWidget(editors["notes"], first + 1, 1, 1, 3)
        self.lines[line.language] = editors
        remove = QPushButton(_("Clear") if line.needed_by else _("Remove"))
        remove.setAccessibleName(_("Remove the {language} booking").format(language=name))
        remove.setEnabled(line.booking is not None)
        remove.clicked.connect(lambda _checked, code=line.language:
                               self.remove_requested.emit(code))
        self.removers[line.language] = remove
        self._grid.addWidget(remove, first, 4)

    def mark_recorded(self, code: str) -> None:
        """A booking now exists for ``code``, so it can be removed."""
        if code in self.removers:
            self.removers[code].setEnabled(True)

    def _add(self) -> None:
        code = self.add_choice.currentData()
        if code:
            self.add_requested.emit(str(code))
