"""The arrangements' warnings, each with a warning sign and words; they never stop an edit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.arrangements.fields import clear_layout
from fgc_desktop.ui.icons import icon


class WarningList(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_("Warnings about the arrangements"))
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(1, 1)
        self.shown: list[str] = []

    def show_warnings(self, warnings: Sequence[str]) -> None:
        self.shown = list(warnings)
        clear_layout(self._grid)
        if warnings:
            lines = [(_("Warning:"), "alert-triangle", text) for text in warnings]
        else:
            lines = [(_("No warnings:"), "circle-check",
                      _("Nothing to warn about in these arrangements."))]
        for row, (prefix, icon_name, text) in enumerate(lines):
            self._grid.addWidget(self._sign(icon_name), row, 0, Qt.AlignmentFlag.AlignTop)
            words = QLabel(text)
            words.setWordWrap(True)
            words.setAccessibleName(f"{prefix} {text}")
            words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._grid.addWidget(words, row, 1)
        self.setAccessibleDescription(" ".join(self.shown))

    def _sign(self, name: str) -> QLabel:
        side = self.fontMetrics().height()
        sign = QLabel()
        sign.setPixmap(icon(name).pixmap(side, side))
        sign.setAccessibleName(_("Warning") if name == "alert-triangle" else _("All clear"))
        return sign
