"""The plan as the family presented it: actions, help, a back-up plan, checking, a review date.

This is what is needed to type the plan in during or after the meeting; the
family plan page does the rest (sending it out, following it up). The family
reads all of it, so each text has a plain-words checker under it.

Signals:
    lead_chosen(object): the family lead's id, or ``None``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from fgc_desktop.domain.enums import PlanStatus
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.arrangements import Person
from fgc_desktop.services.meeting_record import PresentedPlan
from fgc_desktop.store.database import Database
from fgc_desktop.ui.arrangements.actions_table import ActionsTable
from fgc_desktop.ui.arrangements.fields import choose_data, combo, place, text_box
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.labels import label
from fgc_desktop.ui.plain_language.checker import PlainWordsChecker
from fgc_desktop.ui.widgets import note, plain

TEXTS = {
    "help_from_services": (N_("Help from ser&vices"),
                           N_("What the council and others will do to help")),
    "backup_plan": (N_("The &back-up plan"), N_("What happens if the plan does not work")),
    "monitoring": (N_("How it will be chec&ked"), N_("Who keeps an eye on the plan, and how")),
}


class PresentedPlanBox(QWidget):
    lead_chosen = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = note()
        self.action_table = ActionsTable(db)
        self.texts: dict[str, QPlainTextEdit] = {}
        self.checkers: dict[str, PlainWordsChecker] = {}
        texts = QGridLayout()
        for column, (field, (caption, hint)) in enumerate(TEXTS.items()):
            editor = text_box(_(caption), _(hint))
            self.texts[field] = editor
            title = QLabel(_(caption))
            title.setBuddy(editor)
            texts.addWidget(title, 0, column)
            texts.addWidget(editor, 1, column)
            checker = PlainWordsChecker(db, editor, plain(_(caption)))
            self.checkers[field] = checker
            texts.addWidget(checker, 2, column)
        self.review_date = DateField(_("Review date"))
        self.lead = combo(_("Family lead"), [(_("Not chosen yet"), None)])
        self.lead.activated.connect(lambda _index: self.lead_chosen.emit(self.lead.currentData()))
        more = QGridLayout()
        place(more, 0, 0, _("Review &date"), self.review_date)
        place(more, 0, 2, _("Family &lead"), self.lead)
        more.setColumnStretch(1, 1)
        more.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(self.action_table)
        layout.addLayout(texts)
        layout.addLayout(more)

    def show_plan(self, plan: PresentedPlan | None, family: Sequence[Person]) -> None:
        self.lead.clear()
        self.lead.addItem(_("Not chosen yet"), None)
        for someone in family:
            self.lead.addItem(someone.name, someone.id)
        choose_data(self.lead, plan.family_lead_id if plan else None)
        self.action_table.show_actions(plan.actions if plan else (), plan is None or plan.editable)
        for field, editor in self.texts.items():
            editor.setPlainText(plan.text[field] if plan else "")
            editor.setReadOnly(plan is not None and not plan.editable)
        self.review_date.set_date(plan.review_date if plan else None)
        editable = plan is None or plan.editable
        self.review_date.setEnabled(editable)
        self.lead.setEnabled(editable)
        self.state.setText(self.state_text(plan))

    @staticmethod
    def state_text(plan: PresentedPlan | None) -> str:
        if plan is None:
            return _("Type the family's plan as they present it. It becomes version 1 of the "
                     "family plan.")
        if plan.status is PlanStatus.SUPERSEDED:
            return _("This plan was changed at a review and is kept as it was. The newer "
                     "version is on The family plan page.")
        return _("Version {number} of the family plan. {status}.").format(
            number=plan.number, status=label(plan.status))
