"""Showing and printing PDF bytes with QtPdf: a preview widget and page-by-page printing.

:func:`print_pdfs` draws each page as an image onto any paged device, so the
print dialog's printer and a test's PDF-file printer share one path.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize
from PySide6.QtGui import QPagedPaintDevice, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _

PRINT_DPI = 300  # enough for crisp text; more only makes the job slower
POINTS_PER_INCH = 72


def open_pdf(pdf: bytes, parent: QObject) -> QPdfDocument:
    """A QtPdf document over ``pdf``, owned by ``parent``; it keeps the bytes alive."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() is not QPdfDocument.Status.Ready:
        raise UserError(_("The document could not be shown. Try making it again."))
    return document


class PdfPreview(QPdfView):
    """The pages of one document, one under the other, as wide as the view.

    The documents shown belong to ``owner``, never to the view itself: a
    QPdfDocument destroyed as the view's child tells the half-destroyed view
    that it closed, and the view crashes (Qt 6.12).
    """

    def __init__(self, parent: QWidget, owner: QObject) -> None:
        super().__init__(parent)
        self._owner = owner
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setAccessibleName(_("Preview of the document"))
        self._shown: QPdfDocument | None = None

    def show_pdf(self, pdf: bytes) -> None:
        previous = self._shown
        self._shown = open_pdf(pdf, self._owner)
        self.setDocument(self._shown)
        if previous is not None:
            previous.deleteLater()

    def clear(self) -> None:
        self.setDocument(None)  # type: ignore[arg-type]  # Qt accepts no document
        if self._shown is not None:
            self._shown.deleteLater()
            self._shown = None

    def page_count(self) -> int:
        return self._shown.pageCount() if self._shown is not None else 0


def print_pdfs(pdfs: Sequence[bytes], device: QPagedPaintDevice) -> int:
    """Prints every page of every document on ``device``; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(device):
        raise UserError(_("The printer could not be started. Check the printer, or save the "
                          "documents and print the files."))
    printed = 0
    owner = QObject()
    try:
        for pdf in pdfs:
            document = open_pdf(pdf, owner)
            for page in range(document.pageCount()):
                if printed and not device.newPage():
                    raise UserError(_("The printer stopped part-way. Check the printer and "
                                      "try again."))
                _draw_page(painter, document, page, device)
                printed += 1
    finally:
        painter.end()
        owner.deleteLater()
    return printed


def _draw_page(
    painter: QPainter, document: QPdfDocument, page: int, device: QPagedPaintDevice
) -> None:
    """One page, scaled to fit the printable area and centred in it."""
    points = document.pagePointSize(page)
    target = QRect(0, 0, device.width(), device.height())
    scale = min(target.width() / points.width(), target.height() / points.height())
    size = QSize(round(points.width() * scale), round(points.height() * scale))
    pixels = QSize(round(points.width() * PRINT_DPI / POINTS_PER_INCH),
                   round(points.height() * PRINT_DPI / POINTS_PER_INCH))
    image = document.render(page, pixels)
    left = (target.width() - size.width()) // 2
    top = (target.height() - size.height()) // 2
    painter.drawImage(QRect(left, top, size.width(), size.height()), image)
