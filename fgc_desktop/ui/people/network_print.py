"""Printing and saving the network picture.

:func:`paint_network` draws a title and the whole picture onto any painter, so
a printer, a PDF file and a PNG image share one path, and a test can print to a
PDF without a dialog. Paper is drawn with a light palette whatever the screen's
mode: dark mode's white text would vanish on white paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
)
from PySide6.QtWidgets import QGraphicsScene

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.people import PersonRow
from fgc_desktop.services.separations import SeparationRow
from fgc_desktop.ui.people.network_items import text_font
from fgc_desktop.ui.people.network_scene import NetworkScene

PAPER_UNIT = 20.0  # scene units per line of text; the picture is scaled to the page
TITLE_LINES = 40  # the title is a fortieth of the page's height
PNG_SCALE = 2.0
PAGE_MARGINS_MM = (12.0, 12.0, 12.0, 12.0)


def paper_palette() -> QPalette:
    """Black on white, made by Qt from a white base."""
    return QPalette(QColor(Qt.GlobalColor.white))


def paint_network(painter: QPainter, target: QRectF, scene: QGraphicsScene, title: str) -> None:
    """Draws ``title`` across the top of ``target`` and the picture, kept in proportion, below."""
    unit = target.height() / TITLE_LINES
    painter.save()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    painter.setFont(text_font(unit, 1.2, bold=True))
    painter.setPen(paper_palette().color(QPalette.ColorRole.Text))
    heading = QRectF(target.left(), target.top(), target.width(), unit * 2)
    painter.drawText(heading, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    picture = target.adjusted(0, unit * 3, 0, 0)
    margin = unit
    source = scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin)
    scene.render(painter, picture, source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.restore()


def paper_scene(people: Sequence[PersonRow], separations: Sequence[SeparationRow]
                ) -> NetworkScene:
    return NetworkScene(people, separations, paper_palette(), PAPER_UNIT)


def print_network(device: QPagedPaintDevice, people: Sequence[PersonRow],
                  separations: Sequence[SeparationRow], title: str) -> None:
    """Prints the picture on one page of ``device`` (a printer or a PDF writer)."""
    scene = paper_scene(people, separations)
    painter = QPainter()
    if not painter.begin(device):
        raise UserError(_("The picture could not be printed. Check the printer, or save "
                          "the picture as a PDF and print that."))
    try:
        paint_network(painter, QRectF(0, 0, device.width(), device.height()), scene, title)
    finally:
        painter.end()


def save_pdf(path: Path, people: Sequence[PersonRow], separations: Sequence[SeparationRow],
             title: str) -> None:
    """Saves the picture as a one-page landscape A4 PDF."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageMargins(QMarginsF(*PAGE_MARGINS_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    print_network(writer, people, separations, title)


def save_png(path: Path, people: Sequence[PersonRow], separations: Sequence[SeparationRow],
             title: str) -> None:
    scene = paper_scene(people, separations)
    bounds = scene.itemsBoundingRect()
    size = QSizeF(bounds.width(), bounds.height() * (1 + 3 / TITLE_LINES)) * PNG_SCALE
    image = QImage(size.toSize(), QImage.Format.Format_ARGB32)
    image.fill(paper_palette().color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        paint_network(painter, QRectF(0, 0, size.width(), size.height()), scene, title)
    finally:
        painter.end()
    if not image.save(str(path if path.suffix else path.with_suffix(".png"))):
        raise UserError(_("The picture could not be saved to {path}. Choose another folder."
                          ).format(path=path))
