"""A plain horizontal bar chart drawn with QPainter, in the palette's own colours.

QtCharts is not in PySide6-Essentials, and a report needs only bars. Each
bar has its label on the left and its figure in words on the right, so the
chart reads without colour, and the same words make its accessible
description for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

LINE_SPACING = 1.7
"""Each bar's height, in lines of text."""
LEAST_BAR_CHARS = 12


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    words: str
    """The figure as shown beside the bar: “12”, or “5 of 11”."""


class BarChart(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bars: tuple[Bar, ...] = ()
        self.scale = 1.0

    def show_bars(self, bars: Sequence[Bar], scale: float | None = None) -> None:
        """Draws ``bars``; a bar of ``scale`` fills the width (the largest bar when not given)."""
        self.bars = tuple(bars)
        self.scale = scale or max((bar.value for bar in self.bars), default=0) or 1.0
        self.setAccessibleDescription("; ".join(f"{bar.label}: {bar.words}"
                                                for bar in self.bars))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return round(self.fontMetrics().height() * LINE_SPACING)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        labels = max((metrics.horizontalAdvance(bar.label) for bar in self.bars), default=0)
        return QSize(labels + metrics.averageCharWidth() * (LEAST_BAR_CHARS + 12),
                     max(1, len(self.bars)) * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        palette = self.palette()
        gap = metrics.averageCharWidth()
        labels = max((metrics.horizontalAdvance(bar.label) for bar in self.bars), default=0)
        words = max((metrics.horizontalAdvance(bar.words) for bar in self.bars), default=0)
        left = labels + gap
        room = max(self.width() - left - words - 2 * gap, gap * LEAST_BAR_CHARS // 2)
        row = self._row_height()
        thickness = metrics.height() * 0.9
        for index, bar in enumerate(self.bars):
            top = index * row
            middle = top + (row - thickness) / 2
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(0, top, labels, row),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                             bar.label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
            painter.drawRect(QRectF(left, middle, room, thickness))
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            filled = room * min(bar.value / self.scale, 1.0) if self.scale else 0.0
            painter.drawRect(QRectF(left, middle, filled, thickness))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(left + room + gap, top, words + gap, row),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             bar.words)
        painter.end()
