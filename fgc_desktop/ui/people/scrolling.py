"""A frameless scroll area that takes no focus, so a page fits small or scaled screens.

Given ``fit_width``, it tells its content how wide it may be whenever that
changes, so the content can choose its columns and never scrolls sideways.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class QuietScroll(QScrollArea):
    def __init__(self, content: QWidget, fit_width: Callable[[int], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit_width = fit_width
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if fit_width is not None:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._fit_width is not None:
            self._fit_width(self.viewport().width())
        super().resizeEvent(event)
