"""Draws ``fgc-desktop.ico`` from ``app-icon.svg``: one PNG image for each size Windows asks for.

Run after changing the SVG: ``python packaging/make_icon.py``. The icon file is
kept in the repository so that a build needs no drawing step.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICON_HEADER = struct.Struct("<HHH")
ENTRY = struct.Struct("<BBBBHHII")


def png_of(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    return bytes(data.data())


def ico_of(images: dict[int, bytes]) -> bytes:
    """An ICO file holding PNG images, as Windows Vista and later read them."""
    header = ICON_HEADER.pack(0, 1, len(images))
    offset = ICON_HEADER.size + ENTRY.size * len(images)
    entries, bodies = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries += ENTRY.pack(side, side, 0, 0, 1, 32, len(png), offset)
        bodies += png
        offset += len(png)
    return header + entries + bodies


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "app-icon.svg"))
    if not renderer.isValid():
        raise SystemExit("app-icon.svg could not be read.")
    icon = ico_of({size: png_of(renderer, size) for size in SIZES})
    (HERE / "fgc-desktop.ico").write_bytes(icon)
    app.quit()


if __name__ == "__main__":
    main()
