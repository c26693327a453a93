"""A label that wraps and asks for the height its lines need at the width it is given.

``QLabel.setSizePolicy`` replaces the height-for-width flag that word wrap sets,
so wrapped text in a narrow column is clipped; this label keeps the flag.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def wrapped(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label
