"""What the window looked like when it was closed, kept beside the data in window.ini.

Kept in the data folder (not the registry) so a test, or a second data folder,
never disturbs another's layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

FILE_NAME = "window.ini"


@dataclass
class WindowLayout:
    geometry: QByteArray | None = None
    window_state: QByteArray | None = None
    list_columns: QByteArray | None = None
    splitter: QByteArray | None = None
    open_reference: str = ""
    open_page: str = ""


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / FILE_NAME), QSettings.Format.IniFormat)


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(key, "")
    return value if isinstance(value, str) else ""


def read_layout(data_dir: Path) -> WindowLayout:
    settings = _settings(data_dir)
    return WindowLayout(
        geometry=_bytes(settings, "window/geometry"),
        window_state=_bytes(settings, "window/state"),
        list_columns=_bytes(settings, "list/columns"),
        splitter=_bytes(settings, "workspace/splitter"),
        open_reference=_text(settings, "workspace/reference"),
        open_page=_text(settings, "workspace/page"),
    )


def write_layout(data_dir: Path, layout: WindowLayout) -> None:
    settings = _settings(data_dir)
    for key, value in (
        ("window/geometry", layout.geometry), ("window/state", layout.window_state),
        ("list/columns", layout.list_columns), ("workspace/splitter", layout.splitter),
    ):
        if value is not None:
            settings.setValue(key, value)
    settings.setValue("workspace/reference", layout.open_reference)
    settings.setValue("workspace/page", layout.open_page)
    settings.sync()
