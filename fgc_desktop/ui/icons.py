"""Bundled outline icons, drawn in the palette's own text colour.

The SVGs draw with ``currentColor``; the engine fills that in from the
application palette each time it paints, so the icons follow the system's light
or dark mode without being made again.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from fgc_desktop.paths import resources_dir

APP_ICON = "users-group"


@cache
def _svg(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


def _colour(mode: QIcon.Mode, role: QPalette.ColorRole) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, role)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, role)


class PaletteIconEngine(QIconEngine):
    """Renders one bundled SVG in the current palette colour at any size."""

    def __init__(self, name: str, role: QPalette.ColorRole) -> None:
        super().__init__()
        self._name = name
        self._role = role

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        colour = _colour(mode, self._role).name()
        svg = _svg(self._name).replace("currentColor", colour)
        QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self._name, self._role)


def icon(name: str) -> QIcon:
    """A bundled icon in the palette's text colour."""
    return QIcon(PaletteIconEngine(name, QPalette.ColorRole.WindowText))


def app_icon() -> QIcon:
    """The window and taskbar icon, in the system's accent colour."""
    return QIcon(PaletteIconEngine(APP_ICON, QPalette.ColorRole.Highlight))
