"""Tick boxes for what was explained in a visit or call, from the one list in the services.

Signals:
    changed(list): the keys ticked now, in the list's order.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QWidget

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.contacts import EXPLAINED_TOPICS

COLUMNS = 2


class ExplainedBoxes(QGroupBox):
    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("What was explained"), parent)
        self.boxes: dict[str, QCheckBox] = {}
        self._grid = QGridLayout(self)
        for topic in EXPLAINED_TOPICS:
            box = QCheckBox(_(topic.label))
            box.setAccessibleName(_("Explained: {topic}").format(topic=_(topic.label)))
            box.toggled.connect(self._toggled)
            self.boxes[topic.key] = box
        self.columns = 0
        self.set_columns(COLUMNS)
        self._quiet = False

    def set_columns(self, columns: int) -> None:
        """Lays the boxes out in ``columns`` columns, reading down each column."""
        if columns == self.columns:
            return
        self.columns = columns
        per_column = -(-len(self.boxes) // columns)
        for number, box in enumerate(self.boxes.values()):
            self._grid.addWidget(box, number % per_column, number // per_column)

    def width_for(self, columns: int) -> int:
        """How wide the boxes need to be in ``columns`` columns."""
        widest = max(box.sizeHint().width() for box in self.boxes.values())
        margins = self.contentsMargins().left() + self.contentsMargins().right()
        return columns * widest + (columns - 1) * self._grid.horizontalSpacing() + margins

    def keys(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_keys(self, keys: Iterable[str]) -> None:
        """Shows what is stored without reporting it as a change."""
        wanted = set(keys)
        self._quiet = True
        try:
            for key, box in self.boxes.items():
                box.setChecked(key in wanted)
        finally:
            self._quiet = False

    def _toggled(self) -> None:
        if not self._quiet:
            self.changed.emit(self.keys())
