"""Tab order across widgets that pages make as they fill.

Qt puts a new widget last in the window's Tab order, so a page that fills
itself after the checklist was made would be reached after the checklist.
These helpers read the order as it is and set it again.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def focusables(container: QWidget) -> list[QWidget]:
    """Widgets inside ``container`` that can take the focus, in the window's Tab order."""
    found: list[QWidget] = []
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if container.isAncestorOf(widget) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def set_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes from each widget to the next, in the order given."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
