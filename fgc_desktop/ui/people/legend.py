"""The key beside the network picture: each outline, mark and line, in words."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.people.network_items import InterpreterMark, standing_pen, text_font
from fgc_desktop.ui.people.words import Standing, standing_words

SAMPLE_WIDTH = 3.2  # in units
ROW_HEIGHT = 2.2


def add_legend(scene: QGraphicsScene, top_left: QPointF, palette: QPalette,
               unit: float) -> QGraphicsRectItem:
    """Adds the key at ``top_left`` and returns its frame."""
    frame = QGraphicsRectItem()
    frame.setPen(QPen(palette.color(QPalette.ColorRole.Text), unit * 0.08))
    frame.setBrush(palette.color(QPalette.ColorRole.Base))
    frame.setZValue(5)
    scene.addItem(frame)
    text_colour = palette.color(QPalette.ColorRole.Text)
    row_y = unit * 0.8
    title = QGraphicsSimpleTextItem(_("Key"), frame)
    title.setFont(text_font(unit, 1.0, bold=True))
    title.setBrush(text_colour)
    title.setPos(unit, row_y)
    row_y += ROW_HEIGHT * unit
    widest = title.boundingRect().width()

    def words(text: str) -> None:
        nonlocal row_y, widest
        item = QGraphicsSimpleTextItem(text, frame)
        item.setFont(text_font(unit, 0.85))
        item.setBrush(text_colour)
        left = unit * (SAMPLE_WIDTH + 2)
        item.setPos(left, row_y - item.boundingRect().height() / 2)
        widest = max(widest, left + item.boundingRect().width())
        row_y += ROW_HEIGHT * unit

    sample = QRectF(unit, -unit * 0.7, SAMPLE_WIDTH * unit, unit * 1.4)
    for value in Standing:
        box = QGraphicsPathItem(_rounded(sample.translated(0, row_y), unit), frame)
        box.setPen(standing_pen(value, palette, unit))
        box.setBrush(palette.color(QPalette.ColorRole.Base))
        words(standing_words(value))

    bubble = InterpreterMark("ar", "", palette, unit, frame)
    bubble.setPos(unit * 1.4, row_y - unit)
    words(_("Needs an interpreter (the language's code)"))

    line = QGraphicsLineItem(QLineF(unit, row_y, unit * (1 + SAMPLE_WIDTH), row_y), frame)
    line.setPen(QPen(text_colour, unit * 0.1))
    words(_("Relationship to the child, on the line"))

    dashed_pen = QPen(text_colour, unit * 0.25)
    dashed_pen.setStyle(Qt.PenStyle.DashLine)
    dashed = QGraphicsLineItem(QLineF(unit, row_y, unit * (1 + SAMPLE_WIDTH), row_y), frame)
    dashed.setPen(dashed_pen)
    circle = QPainterPath()
    middle = unit * (1 + SAMPLE_WIDTH / 2)
    circle.addEllipse(QPointF(middle, row_y), unit * 0.55, unit * 0.55)
    circle.moveTo(middle - unit * 0.35, row_y + unit * 0.35)
    circle.lineTo(middle + unit * 0.35, row_y - unit * 0.35)
    struck = QGraphicsPathItem(circle, frame)
    struck.setPen(QPen(text_colour, unit * 0.15))
    struck.setBrush(palette.color(QPalette.ColorRole.Base))
    words(_("Must not meet"))

    frame.setRect(QRectF(0, 0, widest + unit, row_y - unit * 0.6))
    frame.setPos(top_left)
    return frame


def _rounded(rect: QRectF, unit: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, unit * 0.4, unit * 0.4)
    return path
