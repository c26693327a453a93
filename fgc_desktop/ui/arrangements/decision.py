"""The referrer's decision on the plan: not yet, agreed, or not agreed with the reasons.

The reasons are printed in the family plan, so they have a plain-words checker.

Signals:
    edited(): the decision, its reasons or its date changed; :meth:`value` holds them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QRadioButton, QWidget

from fgc_desktop.domain.enums import ReferrerDecision
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.meeting_record import PresentedPlan
from fgc_desktop.store.database import Database
from fgc_desktop.ui.arrangements.fields import place, text_box
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.plain_language.checker import PlainWordsChecker
from fgc_desktop.ui.widgets import plain

CHOICES = {
    ReferrerDecision.PENDING: N_("Not decided yet"),
    ReferrerDecision.AGREED: N_("Agreed"),
    ReferrerDecision.NOT_AGREED: N_("Not agreed"),
}


class DecisionBox(QWidget):
    edited = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[ReferrerDecision, QRadioButton] = {}
        row = QHBoxLayout()
        for decision, caption in CHOICES.items():
            button = QRadioButton(_(caption))
            button.setAccessibleName(_("Referrer's decision: {choice}").format(
                choice=plain(_(caption))))
            self.group.addButton(button)
            self.buttons[decision] = button
            row.addWidget(button)
        row.addStretch(1)
        self.group.buttonClicked.connect(lambda _button: self.edited.emit())
        self.reasons = text_box(_("The referrer's reasons"),
                                _("Why the referrer did not agree, in plain words, so the "
                                  "family knows what to change"))
        self.reasons.textChanged.connect(self.edited)
        self.decided_on = DateField(_("Date of the decision"))
        self.decided_on.edited.connect(lambda _text: self.edited.emit())
        dated = QGridLayout()
        place(dated, 0, 0, _("Decided o&n"), self.decided_on)
        row.addLayout(dated)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(row, 0, 0, 1, 2)
        self.reasons_label = place(grid, 1, 0, _("&Reasons"), self.reasons)
        self.checker = PlainWordsChecker(db, self.reasons, _("The referrer's reasons"))
        grid.addWidget(self.checker, 2, 1)
        grid.setColumnStretch(1, 1)

    def value(self) -> tuple[ReferrerDecision, str, str]:
        chosen = next((decision for decision, button in self.buttons.items()
                       if button.isChecked()), ReferrerDecision.PENDING)
        return chosen, self.reasons.toPlainText(), self.decided_on.text()

    def show_plan(self, plan: PresentedPlan | None) -> None:
        decision = plan.decision if plan else ReferrerDecision.PENDING
        self.buttons[decision].setChecked(True)
        self.reasons.setPlainText(plan.reasons if plan else "")
        self.decided_on.set_date(plan.decided_on if plan else None)
        editable = plan is None or plan.editable
        for widget in (*self.buttons.values(), self.reasons, self.decided_on):
            widget.setEnabled(editable)
