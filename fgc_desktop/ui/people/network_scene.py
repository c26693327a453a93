"""The picture of the family network, as a graphics scene.

The child or children sit in the centre, in a frame. Family, friends and
support people make an inner ring, professionals, advocates and interpreters an
outer one. Each person has a line to the centre with their relationship on it;
the box's outline and the words in it say whether they are coming; a speech
bubble with a language code marks who needs an interpreter; a dashed line with
a struck-through circle joins two people who must not meet. A key explains it all.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from fgc_desktop.domain.enums import Role
from fgc_desktop.i18n.catalogue import _, ngettext
from fgc_desktop.services.people import PersonRow
from fgc_desktop.services.separations import SeparationRow
from fgc_desktop.ui.labels import language_label
from fgc_desktop.ui.people.legend import add_legend
from fgc_desktop.ui.people.network_items import (
    NODE_HEIGHT,
    InterpreterMark,
    LineLabel,
    PersonNode,
    SeparationMark,
    node_width,
    text_font,
)
from fgc_desktop.ui.people.words import standing

OUTER_ROLES = frozenset({Role.PROFESSIONAL, Role.ADVOCATE, Role.INTERPRETER})
CHILDREN_PER_ROW = 3
FLATTEN = 0.6  # the rings are ellipses, wider than tall, to suit a landscape page
LABEL_ROOM = 5.0  # units between rings, for the relationship on each line
LABEL_WIDTH = 12.0  # units beside the centre, where a line and its words run sideways
BOW = 0.35  # how far a “must not meet” link bows out, as a share of its length


class NetworkScene(QGraphicsScene):
    def __init__(self, people: Sequence[PersonRow], separations: Sequence[SeparationRow],
                 palette: QPalette, unit: float) -> None:
        super().__init__()
        self.palette_used = palette
        self.unit = unit
        self.person_items: dict[int, PersonNode] = {}
        self.interpreter_marks: dict[int, InterpreterMark] = {}
        self.separation_marks: dict[int, SeparationMark] = {}
        self.relationship_labels: dict[int, LineLabel] = {}
        self.box_width = node_width([person.name for person in people], unit)
        children = [person for person in people if person.is_subject_child]
        others = [person for person in people if not person.is_subject_child]
        frame = self._centre(children)
        inner = [person for person in others if person.role not in OUTER_ROLES]
        outer = [person for person in others if person.role in OUTER_ROLES]
        rx, ry = self._ring(inner, frame, 0.0, 0.0, _even(len(inner)), inner=True)
        self._ring(outer, frame, rx + self.box_width + 2 * unit,
                   ry + (NODE_HEIGHT + LABEL_ROOM) * unit, _between(len(inner), len(outer)),
                   inner=False)
        for separation in separations:
            self._keep_apart(separation)
        bounds = self.itemsBoundingRect()
        add_legend(self, QPointF(bounds.right() + 3 * unit, bounds.top()), palette, unit)

    def _centre(self, children: Sequence[PersonRow]) -> QRectF:
        """Places the children in rows at the centre and frames them; returns the frame."""
        unit = self.unit
        step_x, step_y = self.box_width + 1.5 * unit, (NODE_HEIGHT + 1.2) * unit
        rows = max(1, math.ceil(len(children) / CHILDREN_PER_ROW))
        for number, child in enumerate(children):
            row, column = divmod(number, CHILDREN_PER_ROW)
            in_row = min(CHILDREN_PER_ROW, len(children) - row * CHILDREN_PER_ROW)
            self._place(child, QPointF((column - (in_row - 1) / 2) * step_x,
                                       (row - (rows - 1) / 2) * step_y))
        span = min(max(len(children), 1), CHILDREN_PER_ROW)
        caption = ngettext("The child this meeting is about",
                           "The children this meeting is about", len(children))
        if not children:
            caption = _("No child is recorded yet")
        frame = QRectF(-span * step_x / 2, -rows * step_y / 2 - 1.6 * unit,
                       span * step_x, rows * step_y + 1.6 * unit)
        box = QGraphicsRectItem(frame)
        box.setPen(QPen(self.palette_used.color(QPalette.ColorRole.Text), unit * 0.2))
        box.setBrush(self.palette_used.color(QPalette.ColorRole.AlternateBase))
        box.setZValue(1.8)
        self.addItem(box)
        words = QGraphicsSimpleTextItem(caption, box)
        words.setFont(text_font(unit, 0.85, bold=True))
        words.setBrush(self.palette_used.color(QPalette.ColorRole.Text))
        words.setPos(frame.center().x() - words.boundingRect().width() / 2,
                     frame.top() + 0.3 * unit)
        return frame

    def _ring(self, people: Sequence[PersonRow], frame: QRectF, min_rx: float, min_ry: float,
              angles: Sequence[float], inner: bool) -> tuple[float, float]:
        """Places people evenly round an ellipse that clears what is inside it."""
        unit = self.unit
        width, height = self.box_width, NODE_HEIGHT * unit
        rx = max(min_rx, frame.width() / 2 + width / 2 + LABEL_WIDTH * unit,
                 len(people) * (width + 1.5 * unit) / (2 * math.pi))
        ry = max(min_ry, rx * FLATTEN, frame.height() / 2 + height / 2 + LABEL_ROOM * unit)
        for person, angle in zip(people, angles, strict=True):
            where = QPointF(rx * math.cos(angle), ry * math.sin(angle))
            self._place(person, where)
            self._line_to_centre(person, where, frame, inner)
        return rx, ry

    def _place(self, person: PersonRow, where: QPointF) -> None:
        unit = self.unit
        node = PersonNode(person.id, person.name, standing(person), self.palette_used, unit,
                          self.box_width)
        node.setPos(where)
        self.addItem(node)
        self.person_items[person.id] = node
        if person.needs_interpreter:
            language = language_label(person.interpreter_language)
            mark = InterpreterMark(
                person.interpreter_language,
                _("{name} needs an interpreter: {language}").format(name=person.name,
                                                                   language=language),
                self.palette_used, unit, node)
            mark.setPos(self.box_width / 2 - mark.boundingRect().width() * 0.8,
                        -NODE_HEIGHT * unit / 2 - unit * 1.2)
            self.interpreter_marks[person.id] = mark

    def _line_to_centre(self, person: PersonRow, where: QPointF, frame: QRectF,
                        inner: bool) -> None:
        """A line to the centre, the relationship midway (inner ring) or near the person."""
        unit = self.unit
        line = QGraphicsLineItem(QLineF(frame.center(), where))
        line.setPen(QPen(self.palette_used.color(QPalette.ColorRole.Text), unit * 0.1))
        line.setZValue(0)
        self.addItem(line)
        if not person.relationship:
            return
        node_rect = self.person_items[person.id].mapRectToScene(
            self.person_items[person.id].boundingRect())
        line_to = QLineF(frame.center(), where)
        arrive = 1 - _last_inside(node_rect, where, frame.center())
        leave = (_last_inside(frame, frame.center(), where) if inner
                 else arrive - LABEL_ROOM * unit / line_to.length())
        label = LineLabel(person.relationship, self.palette_used, unit)
        label.setPos(line_to.pointAt((leave + arrive) / 2))
        self.addItem(label)
        self.relationship_labels[person.id] = label

    def _keep_apart(self, separation: SeparationRow) -> None:
        first = self.person_items.get(separation.first_id)
        second = self.person_items.get(separation.second_id)
        if first is None or second is None:
            return
        unit = self.unit
        link = QLineF(first.scenePos(), second.scenePos())
        middle = link.center()
        outward = QLineF(QPointF(0, 0), middle)
        bow = QLineF(middle, middle + QPointF(outward.dx(), outward.dy()) * (
            BOW * link.length() / max(outward.length(), 1.0)))
        path = QPainterPath(link.p1())
        path.quadTo(bow.p2(), link.p2())
        dashed = QGraphicsPathItem(path)
        pen = QPen(self.palette_used.color(QPalette.ColorRole.Text), unit * 0.25)
        pen.setStyle(Qt.PenStyle.DashLine)
        dashed.setPen(pen)
        dashed.setZValue(1.5)
        self.addItem(dashed)
        tip = _("{first} and {second} must not meet").format(first=separation.first_name,
                                                             second=separation.second_name)
        mark = SeparationMark(_("must not meet"), tip, self.palette_used, unit)
        mark.setPos(path.pointAtPercent(0.5))
        self.addItem(mark)
        self.separation_marks[separation.id] = mark


def _even(count: int, offset: float = 0.0) -> list[float]:
    """``count`` angles evenly round a circle, the first at the top."""
    return [-math.pi / 2 + offset + 2 * math.pi * number / count for number in range(count)]


def _between(inner: int, outer: int) -> list[float]:
    """Angles for the outer ring in the gaps between inner people, so lines do not cross them."""
    if not inner or outer > inner:
        return _even(outer, math.pi / max(inner, 1))
    step = 2 * math.pi / inner
    gaps = sorted({math.floor(number * inner / outer) for number in range(outer)})
    return [-math.pi / 2 + step * (gap + 0.5) for gap in gaps]


def _last_inside(rect: QRectF, start: QPointF, end: QPointF) -> float:
    """How far along ``start``→``end`` the line leaves ``rect`` (``start`` lies inside)."""
    line = QLineF(start, end)
    low, high = 0.0, 1.0
    for _step in range(24):
        middle = (low + high) / 2
        if rect.contains(line.pointAt(middle)):
            low = middle
        else:
            high = middle
    return low


def describe(people: Sequence[PersonRow], separations: Sequence[SeparationRow]) -> str:
    """The picture in one sentence, for screen readers."""
    children = [person.name for person in people if person.is_subject_child]
    interpreters = sum(person.needs_interpreter for person in people)
    return _("{people} people. In the centre: {children}. {interpreters} need an interpreter. "
             "{pairs} pairs must not meet.").format(
        people=len(people), children=", ".join(children) or _("no child yet"),
        interpreters=interpreters, pairs=len(separations))
