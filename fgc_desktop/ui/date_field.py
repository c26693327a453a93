"""A date typed as year-month-day, with a calendar to pick from and a button to clear it.

Typing is checked by the service (``check_date``), so an impossible date such
as 2026-02-30 gets the same plain message wherever it is entered.

Signals:
    edited(str): the text changed by the coordinator (typed, picked or cleared).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.icons import icon


class DateField(QWidget):
    edited = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setAccessibleName(name)
        self.line.setAccessibleDescription(_("A date as year-month-day, like 2026-12-03."))
        self.line.setPlaceholderText(_("year-month-day, like 2026-12-03"))
        self.line.setClearButtonEnabled(True)
        self.line.setToolTip(_("Type the date as year-month-day, or pick it from the calendar. "
                               "Clear it to leave it empty."))
        self.pick = QToolButton()
        self.pick.setIcon(icon("calendar-event"))
        self.pick.setToolTip(_("Pick from a calendar"))
        self.pick.setAccessibleName(_("Pick {name} from a calendar").format(name=name.lower()))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self.pick)
        self._menu.aboutToShow.connect(self._prepare_calendar)
        self.pick.setMenu(self._menu)
        self._calendar: QCalendarWidget | None = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self.edited)

    def text(self) -> str:
        return self.line.text()

    def set_date(self, value: date | None) -> None:
        self.line.setText(value.isoformat() if value else "")

    def _prepare_calendar(self) -> None:
        """Makes the calendar on first use and opens it on the date typed, if it is real."""
        if self._calendar is None:
            self._calendar = QCalendarWidget()
            self._calendar.setAccessibleName(_("Calendar"))
            self._calendar.setGridVisible(False)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
            holder = QWidgetAction(self._menu)
            holder.setDefaultWidget(self._calendar)
            self._menu.addAction(holder)
        typed = QDate.fromString(self.line.text().strip(), "yyyy-MM-dd")
        self._calendar.setSelectedDate(typed if typed.isValid() else QDate.currentDate())
        self._calendar.setFocus()

    def _picked(self, chosen: QDate) -> None:
        self._menu.close()
        self.line.setText(chosen.toString("yyyy-MM-dd"))
        self.edited.emit(self.line.text())
        self.line.setFocus()
