"""The shapes of the network picture: a person, an interpreter mark, a “must not meet” link.

Sizes are in scene units derived from one ``unit`` (the text height), and text
uses pixel sizes in those units, so the picture looks the same on screen, on
paper and in a PNG. Colours come from the palette the picture is drawn with;
meaning is carried by line style and words, never by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from fgc_desktop.ui.people.words import Standing, standing_words

NODE_HEIGHT = 3.4  # in units; the width follows the longest name, within limits
NARROWEST_NODE, WIDEST_NODE = 9.0, 17.0

# Line style and weight (in hundredths of a unit) for where someone stands.
STANDING_PENS: dict[Standing, tuple[Qt.PenStyle, int]] = {
    Standing.COMING: (Qt.PenStyle.SolidLine, 28),
    Standing.VIEWS_ANOTHER_WAY: (Qt.PenStyle.DashDotLine, 16),
    Standing.AWAITING: (Qt.PenStyle.SolidLine, 10),
    Standing.TO_INVITE: (Qt.PenStyle.DashLine, 10),
    Standing.NOT_COMING: (Qt.PenStyle.DotLine, 10),
}


def text_font(unit: float, scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(unit * scale)))
    font.setBold(bold)
    return font


def node_width(names: list[str], unit: float) -> float:
    """One width for every box: the longest name's, between the narrowest and widest allowed."""
    metrics = QFontMetricsF(text_font(unit, 1.0, bold=True))
    longest = max((metrics.horizontalAdvance(name) for name in names), default=0.0)
    return min(max(longest + 1.4 * unit, NARROWEST_NODE * unit), WIDEST_NODE * unit)


def standing_pen(value: Standing, palette: QPalette, unit: float) -> QPen:
    style, weight = STANDING_PENS[value]
    pen = QPen(palette.color(QPalette.ColorRole.Text), unit * weight / 100)
    pen.setStyle(style)
    return pen


class PersonNode(QGraphicsItem):
    """A box with the person's name and, beneath it, where they stand for the meeting."""

    def __init__(self, person_id: int, name: str, value: Standing, palette: QPalette,
                 unit: float, width: float) -> None:
        super().__init__()
        self.person_id = person_id
        self.name = name
        self.standing = value
        self._palette = palette
        self._unit = unit
        self.rect = QRectF(-width / 2, -NODE_HEIGHT * unit / 2, width, NODE_HEIGHT * unit)
        self.setZValue(2)
        self.setToolTip(f"{name}: {standing_words(value)}")

    def boundingRect(self) -> QRectF:
        margin = self._unit / 2
        return self.rect.adjusted(-margin, -margin, margin, margin)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        unit = self._unit
        painter.setPen(standing_pen(self.standing, self._palette, unit))
        painter.setBrush(self._palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(self.rect, unit * 0.6, unit * 0.6)
        painter.setPen(self._palette.color(QPalette.ColorRole.Text))
        inner = self.rect.adjusted(unit * 0.5, unit * 0.3, -unit * 0.5, -unit * 0.3)
        top, bottom = inner.adjusted(0, 0, 0, -inner.height() / 2), inner.adjusted(
            0, inner.height() / 2, 0, 0)
        name_font = text_font(unit, 1.0, bold=True)
        painter.setFont(name_font)
        shown = QFontMetricsF(name_font).elidedText(self.name, Qt.TextElideMode.ElideRight,
                                                    inner.width())
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, shown)
        painter.setFont(text_font(unit, 0.85))
        painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, standing_words(self.standing))


class InterpreterMark(QGraphicsItem):
    """A speech bubble with the interpreter's language code, on a person's top corner."""

    def __init__(self, code: str, tip: str, palette: QPalette, unit: float,
                 parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.code = code.upper()
        self._palette = palette
        self._unit = unit
        width = QFontMetricsF(text_font(unit, 0.8, bold=True)).horizontalAdvance(self.code)
        self._bubble = QRectF(0, 0, width + unit, unit * 1.4)
        self.setToolTip(tip)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return self._bubble.adjusted(-self._unit / 4, -self._unit / 4, self._unit / 4,
                                     self._unit * 0.8)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        unit, bubble = self._unit, self._bubble
        path = QPainterPath()
        path.addRoundedRect(bubble, unit * 0.4, unit * 0.4)
        tail = QPainterPath(QPointF(bubble.left() + unit * 0.4, bubble.bottom() - 1))
        tail.lineTo(bubble.left() + unit * 0.3, bubble.bottom() + unit * 0.6)
        tail.lineTo(bubble.left() + unit * 1.0, bubble.bottom() - 1)
        tail.closeSubpath()
        painter.setPen(QPen(self._palette.color(QPalette.ColorRole.Text), unit * 0.1))
        painter.setBrush(self._palette.color(QPalette.ColorRole.Base))
        painter.drawPath(path.united(tail))
        painter.setFont(text_font(unit, 0.8, bold=True))
        painter.drawText(bubble, Qt.AlignmentFlag.AlignCenter, self.code)


class SeparationMark(QGraphicsItem):
    """A circle struck through, with “must not meet” beneath: drawn on the link between two."""

    def __init__(self, words: str, tip: str, palette: QPalette, unit: float) -> None:
        super().__init__()
        self.words = words
        self._palette = palette
        self._unit = unit
        self._font = text_font(unit, 0.8, bold=True)
        self._text_width = QFontMetricsF(self._font).horizontalAdvance(words) + unit
        self.setToolTip(tip)
        self.setZValue(4)

    def boundingRect(self) -> QRectF:
        unit = self._unit
        width = max(self._text_width, unit * 2)
        return QRectF(-width / 2, -unit, width, unit * 3.4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        unit = self._unit
        text, base = (self._palette.color(QPalette.ColorRole.Text),
                      self._palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(text, unit * 0.2))
        painter.setBrush(base)
        radius = unit * 0.8
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        slash = QLineF(QPointF(-radius, radius), QPointF(radius, -radius))
        painter.drawLine(QLineF(slash.pointAt(0.15), slash.pointAt(0.85)))
        label = QRectF(-self._text_width / 2, radius + unit * 0.2, self._text_width,
                       unit * 1.3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(label, unit * 0.3, unit * 0.3)
        painter.setPen(text)
        painter.setFont(self._font)
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, self.words)


class LineLabel(QGraphicsItem):
    """Words on a line (the relationship to the child), on a patch of the base colour."""

    def __init__(self, words: str, palette: QPalette, unit: float) -> None:
        super().__init__()
        self.words = words
        self._palette = palette
        self._font = text_font(unit, 0.8)
        metrics = QFontMetricsF(self._font)
        shown = metrics.elidedText(words, Qt.TextElideMode.ElideRight, unit * 14)
        self._shown = shown
        width = metrics.horizontalAdvance(shown) + unit * 0.6
        self._rect = QRectF(-width / 2, -unit * 0.7, width, unit * 1.4)
        self.setToolTip(words)
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._palette.color(QPalette.ColorRole.Base))
        painter.drawRect(self._rect)
        painter.setPen(self._palette.color(QPalette.ColorRole.Text))
        painter.setFont(self._font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._shown)
