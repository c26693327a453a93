"""Where every save and open dialog starts: the user's own documents folder."""

from __future__ import annotations

from PySide6.QtCore import QStandardPaths


def documents_folder() -> str:
    """The documents folder (``Documents`` on Windows), as Qt finds it for this user."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
