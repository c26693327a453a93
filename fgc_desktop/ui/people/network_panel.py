"""The picture of the family network on screen, with Print, Save as PDF and Save as picture.

The picture fits the space it has unless its words would become too small to
read; then it is shown at a readable size, centred on the children, to drag
or scroll around. Zoom in, Zoom out and Whole picture change that. It is drawn
in the screen's own palette; printing and saving draw it again in black on white.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFontInfo,
    QKeySequence,
    QPageLayout,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QTransform,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.people import PersonRow
from fgc_desktop.services.separations import SeparationRow
from fgc_desktop.ui.folders import documents_folder
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.people.network_print import print_network, save_pdf, save_png
from fgc_desktop.ui.people.network_scene import NetworkScene, describe
from fgc_desktop.ui.widgets import plain

SMALLEST_READABLE = 0.8  # the picture's words at 80% of the window's text, no smaller
ZOOM_STEP = 1.25
SMALLEST_ZOOM, LARGEST_ZOOM = 0.2, 3.0


class NetworkPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[PersonRow] = []
        self.separations: list[SeparationRow] = []
        self.title = ""
        self.file_stem = "network"
        self.scene: NetworkScene | None = None
        self.view = QGraphicsView()
        self.view.setAccessibleName(_("Picture of the family network"))
        self.view.viewport().setAccessibleName(_("Picture of the family network"))
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing
                                 | QPainter.RenderHint.TextAntialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.zoom: float | None = None  # None: as large as fits, but readable
        self.whole_picture = False
        self.print_button = self._button(_("&Print…"), "printer", self.print_picture)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(_("Print the picture (Ctrl+P)"))
        self.pdf_button = self._button(_("Save as P&DF…"), "file-type-pdf", self.save_as_pdf)
        self.png_button = self._button(_("Save as pictu&re…"), "photo", self.save_as_png)
        self.zoom_in = _icon_button(_("Zoom in (Ctrl and +)"), "zoom-in",
                                    lambda: self._zoom_by(ZOOM_STEP))
        self.zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_out = _icon_button(_("Zoom out (Ctrl and -)"), "zoom-out",
                                     lambda: self._zoom_by(1 / ZOOM_STEP))
        self.zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.whole = _icon_button(_("Show the whole picture"), "zoom-reset", self.show_whole)
        self.view.setToolTip(_("Hover over a person, a mark or a line to read it in full; "
                               "drag to move around. The list of people holds the same "
                               "facts in words."))
        buttons = QHBoxLayout()
        outputs: tuple[QWidget, ...] = (self.print_button, self.pdf_button, self.png_button)
        zooms: tuple[QWidget, ...] = (self.zoom_out, self.zoom_in, self.whole)
        for widget in outputs:
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in zooms:
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def _button(self, text: str, icon_name: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setAccessibleName(plain(text))
        button.clicked.connect(action)
        return button

    def show_network(self, people: Sequence[PersonRow], separations: Sequence[SeparationRow],
                     title: str, file_stem: str) -> None:
        self.people, self.separations = list(people), list(separations)
        self.title, self.file_stem = title, file_stem
        old = self.scene
        unit = float(QFontInfo(self.font()).pixelSize())
        self.scene = NetworkScene(self.people, self.separations, self.palette(), unit)
        self.view.setScene(self.scene)
        if old is not None:
            old.deleteLater()
        self.view.setAccessibleDescription(describe(self.people, self.separations))
        self._fit()

    def _fit(self) -> None:
        """Fits the picture, but never smaller than readable, unless zoomed by hand."""
        if self.scene is None:
            return
        margin = self.scene.unit
        whole = self.scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin)
        self.view.setSceneRect(whole)
        if self.whole_picture:
            self.view.fitInView(whole, Qt.AspectRatioMode.KeepAspectRatio)
            return
        if self.zoom is None:
            viewport = self.view.viewport().size()
            fits = min(viewport.width() / whole.width(), viewport.height() / whole.height())
            scale = max(fits, SMALLEST_READABLE)
        else:
            scale = self.zoom
        self.view.setTransform(QTransform.fromScale(scale, scale))
        self.view.centerOn(0, 0)

    def show_whole(self) -> None:
        """The whole picture in view, however small its words, until zoomed again."""
        self.whole_picture = True
        self._fit()

    def _zoom_by(self, factor: float) -> None:
        self.whole_picture = False
        self.zoom = min(max(self.view.transform().m11() * factor, SMALLEST_ZOOM), LARGEST_ZOOM)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def print_picture(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_("Print the picture of the family network"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._guarded(lambda: print_network(printer, self.people, self.separations,
                                                self.title))

    def save_as_pdf(self) -> None:
        path = self._ask_path(_("Save the picture as a PDF"), "pdf", _("PDF files (*.pdf)"))
        if path is not None:
            self._guarded(lambda: save_pdf(path, self.people, self.separations, self.title))

    def save_as_png(self) -> None:
        path = self._ask_path(_("Save the picture"), "png", _("PNG pictures (*.png)"))
        if path is not None:
            self._guarded(lambda: save_png(path, self.people, self.separations, self.title))

    def _ask_path(self, caption: str, suffix: str, kinds: str) -> Path | None:
        folder = documents_folder()
        suggested = str(Path(folder) / f"{self.file_stem}.{suffix}")
        chosen, _kind = QFileDialog.getSaveFileName(self, caption, suggested, kinds)
        return Path(chosen) if chosen else None

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except UserError as error:
            QMessageBox.warning(self, _("Picture of the family network"), str(error))


def _icon_button(words: str, icon_name: str, action: Callable[[], None]) -> QToolButton:
    """A small button with an icon; its words are its tooltip and its name for screen readers."""
    button = QToolButton()
    button.setIcon(icon(icon_name))
    button.setToolTip(words)
    button.setAccessibleName(words)
    button.clicked.connect(action)
    return button
