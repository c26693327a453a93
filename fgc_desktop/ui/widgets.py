"""Small widget helpers shared by the window and the pages: headings, buttons, plain names."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QWidget


def plain(text: str) -> str:
    """Menu text without its ``&`` mnemonic marks or trailing dots, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font made larger or smaller, so headings follow the system's text size."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def heading(text: str, factor: float = 1.35, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setWordWrap(True)
    label.setAccessibleName(plain(text))
    return label


def note(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A quiet line of help or of news (nothing recorded yet, saved, a problem)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def action_button(action: QAction, parent: QWidget | None = None) -> QToolButton:
    """A button that mirrors a menu action: its text, icon, enabled state and name."""
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    _NameFollower(button, action)
    return button


class _NameFollower(QObject):
    """Renames the button when its action is renamed; goes with the button, and so does the link.

    The action usually outlives the button (the window's actions, a view's
    buttons), so the link must not outlive the button.
    """

    def __init__(self, button: QToolButton, action: QAction) -> None:
        super().__init__(button)
        self._button = button
        self._action = action
        action.changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        self._button.setAccessibleName(plain(self._action.text()))
