"""Small pieces the settings dialog is built from: keyboard letters, messages and help text."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget


class Mnemonics:
    """Hands out Alt+letter shortcuts so that no two labels on one page share a letter.

    Titles come from the settings registry and from translators, so the letters
    are chosen here rather than written into the strings.
    """

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken = {letter.casefold() for letter in taken}

    @property
    def taken(self) -> frozenset[str]:
        return frozenset(self._taken)

    def mark(self, text: str) -> str:
        """``text`` with ``&`` before its first free letter, trying the starts of words first."""
        for index in self._candidates(text):
            letter = text[index].casefold()
            if letter not in self._taken:
                self._taken.add(letter)
                return _escape(text[:index]) + "&" + _escape(text[index:])
        return _escape(text)

    @staticmethod
    def _candidates(text: str) -> list[int]:
        letters = [index for index, char in enumerate(text) if char.isascii() and char.isalnum()]
        word_starts = [index for index in letters if index == 0 or not text[index - 1].isalnum()]
        return word_starts + [index for index in letters if index not in word_starts]


def _escape(text: str) -> str:
    return text.replace("&", "&&")


def help_label(text: str) -> QLabel:
    """A line of advice shown under a field."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class MessageLabel(QWidget):
    """A problem or a note shown inline, and announced to screen readers when it appears."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel()
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._text, 1)
        self.hide()

    def text(self) -> str:
        return self._text.text()

    def show_problem(self, text: str) -> None:
        self._show(text, QStyle.StandardPixmap.SP_MessageBoxWarning,
                   QAccessible.AnnouncementPoliteness.Assertive)

    def show_note(self, text: str) -> None:
        self._show(text, QStyle.StandardPixmap.SP_MessageBoxInformation,
                   QAccessible.AnnouncementPoliteness.Polite)

    def clear(self) -> None:
        self._text.clear()
        self.hide()

    def _show(
        self, text: str, icon: QStyle.StandardPixmap,
        politeness: QAccessible.AnnouncementPoliteness,
    ) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self._text.setText(text)
        self.show()
        announcement = QAccessibleAnnouncementEvent(self._text, text)
        announcement.setPoliteness(politeness)
        QAccessible.updateAccessibility(announcement)
