"""The service's logo: read from a picture file, kept small, stored with the data as PNG text."""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.settings import SettingSpec
from fgc_desktop.ui.settings_editors import SettingEditor
from fgc_desktop.ui.settings_widgets import MessageLabel, Mnemonics

MAX_LOGO_SIDE = 600
"""Large enough to print sharply at letter-heading size, small enough to keep in the database."""

_PREVIEW_LINES = 4


def logo_png_base64_from_file(path: Path) -> str:
    """The picture at ``path`` as base64 PNG text, no more than 600 pixels on its longer side."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise UserError(
            _("“{name}” is not a picture FGC Desktop can read. "
              "Choose a PNG or JPEG file.").format(name=path.name)
        )
    if max(image.width(), image.height()) > MAX_LOGO_SIDE:
        image = image.scaled(
            MAX_LOGO_SIDE, MAX_LOGO_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    buffer.close()
    return base64.b64encode(data.data()).decode("ascii")


def image_from_base64(text: str) -> QImage:
    """The stored logo as an image; a null image when there is none or it is damaged."""
    image = QImage()
    try:
        image.loadFromData(base64.b64decode(text, validate=True), "PNG")
    except (binascii.Error, ValueError):
        return QImage()
    return image


class LogoEditor(SettingEditor):
    """A preview of the logo with buttons to choose a picture or remove it."""

    def __init__(self, spec: SettingSpec, value: Any, mnemonics: Mnemonics) -> None:
        super().__init__(spec, value, mnemonics)
        self._value = str(value)
        self._preview = QLabel()
        self._preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._choose = QPushButton(mnemonics.mark(_("Choose…")))
        self._choose.setAccessibleName(_("Choose a picture for the service logo"))
        self._choose.clicked.connect(self._ask_for_file)
        self._remove = QPushButton(mnemonics.mark(_("Remove")))
        self._remove.setAccessibleName(_("Remove the service logo"))
        self._remove.clicked.connect(self.remove)
        self._message = MessageLabel()
        self.focus_widget = self._choose
        self.widget = self._layout()
        self._show_preview()

    def value(self) -> str:
        return self._value

    def problem(self) -> str:
        return self._message.text()

    def use_file(self, path: Path) -> None:
        try:
            self._value = logo_png_base64_from_file(path)
        except UserError as error:
            self._message.show_problem(str(error))
            return
        self._message.clear()
        self._show_preview()

    def remove(self) -> None:
        self._value = ""
        self._message.clear()
        self._show_preview()
        self._choose.setFocus()

    def _layout(self) -> QWidget:
        buttons = QHBoxLayout()
        buttons.addWidget(self._choose)
        buttons.addWidget(self._remove)
        buttons.addStretch(1)
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._preview)
        layout.addLayout(buttons)
        layout.addWidget(self._message)
        return container

    def _ask_for_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.widget, _("Choose the service logo"), str(Path.home()),
            _("Pictures (*.png *.jpg *.jpeg)"),
        )
        if chosen:
            self.use_file(Path(chosen))

    def _show_preview(self) -> None:
        self._remove.setEnabled(bool(self._value))
        if not self._value:
            self._preview.setPixmap(QPixmap())
            self._preview.setText(_("No logo yet."))
            return
        image = image_from_base64(self._value)
        if image.isNull():
            self._preview.setPixmap(QPixmap())
            self._preview.setText(_("The saved logo cannot be shown. Choose the picture again."))
            return
        self._preview.setPixmap(self._preview_pixmap(image))

    def _preview_pixmap(self, image: QImage) -> QPixmap:
        """The logo no taller than a few lines of text, sharp on high-resolution screens."""
        ratio = self._preview.devicePixelRatioF()
        height = round(self._preview.fontMetrics().lineSpacing() * _PREVIEW_LINES * ratio)
        if image.height() > height or image.width() > height * 4:
            image = image.scaled(height * 4, height, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        return pixmap
