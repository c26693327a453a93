"""The actions of one plan version as cards, and the box to add one while it can change.

Signals:
    add_requested(str): what the new action is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from fgc_desktop.i18n.catalogue import _, ngettext
from fgc_desktop.services.plan import FollowedAction, PlanView
from fgc_desktop.store.database import Database
from fgc_desktop.ui.arrangements.fields import clear_layout, line_edit
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.plan.action_card import ActionCard
from fgc_desktop.ui.widgets import note


class ActionsList(QWidget):
    add_requested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.cards: dict[int, ActionCard] = {}
        self.summary = note()
        self._cards = QVBoxLayout()
        self.new_action = line_edit(_("New action"),
                                    _("Type what will be done, then press Enter"))
        self.new_action.returnPressed.connect(self._add)
        self.add_button = QPushButton(icon("plus"), _("Add acti&on"))
        self.add_button.setAccessibleName(_("Add the action"))
        self.add_button.clicked.connect(self._add)
        insert_key = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        insert_key.activated.connect(self.new_action.setFocus)
        adding = QHBoxLayout()
        adding.addWidget(self.new_action, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(self._cards)
        layout.addLayout(adding)

    def show_actions(self, plan: PlanView) -> list[ActionCard]:
        """Builds a card per action; returns them so the page can watch their editors."""
        clear_layout(self._cards)
        self.cards.clear()
        for number, action in enumerate(plan.actions, start=1):
            card = ActionCard(self._db, action, number, plan.editable, plan.followed)
            self.cards[action.line.id] = card
            self._cards.addWidget(card)
        for widget in (self.new_action, self.add_button):
            widget.setVisible(plan.editable)
        self.show_summary(plan.actions)
        return list(self.cards.values())

    def show_progress(self, actions: Sequence[FollowedAction]) -> None:
        for action in actions:
            card = self.cards.get(action.line.id)
            if card is not None:
                card.show_progress(action)
        self.show_summary(actions)

    def show_summary(self, actions: Sequence[FollowedAction]) -> None:
        if not actions:
            self.summary.setText(_("This version has no actions yet."))
            return
        late = sum(1 for action in actions if action.days_overdue)
        warned = sum(1 for action in actions if action.warnings)
        parts = [ngettext("{count} action.", "{count} actions.", len(actions)).format(
            count=len(actions))]
        if late:
            parts.append(_("{count} overdue.").format(count=late))
        if warned:
            parts.append(_("{count} with a detail missing or vague.").format(count=warned))
        self.summary.setText(" ".join(parts))

    def _add(self) -> None:
        if self.new_action.text().strip():
            self.add_requested.emit(self.new_action.text())
