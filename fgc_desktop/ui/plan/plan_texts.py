"""The rest of a plan version: help from services, the back-up plan, checking, review, lead.

Editable only while the version is not decided on. The page watches
:attr:`PlanTexts.texts` and :attr:`PlanTexts.review_date` to save them as typed.

Signals:
    lead_chosen(object): the family lead's id, or ``None``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPlainTextEdit, QWidget

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.arrangements import Person
from fgc_desktop.services.plan import PlanView
from fgc_desktop.store.database import Database
from fgc_desktop.ui.arrangements.fields import choose_data, combo, place, text_box
from fgc_desktop.ui.arrangements.presented_plan import TEXTS
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.plain_language.checker import PlainWordsChecker
from fgc_desktop.ui.widgets import plain


class PlanTexts(QWidget):
    lead_chosen = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts: dict[str, QPlainTextEdit] = {}
        self.checkers: dict[str, PlainWordsChecker] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (field, (caption, hint)) in enumerate(TEXTS.items()):
            editor = text_box(_(caption), _(hint))
            self.texts[field] = editor
            place(grid, 2 * row, 0, _(caption), editor, 3)
            checker = PlainWordsChecker(db, editor, plain(_(caption)))
            self.checkers[field] = checker
            grid.addWidget(checker, 2 * row + 1, 1, 1, 3)
        self.review_date = DateField(_("Review date"))
        self.lead = combo(_("Family lead"), [(_("Not chosen yet"), None)])
        self.lead.activated.connect(lambda _index: self.lead_chosen.emit(self.lead.currentData()))
        place(grid, 2 * len(TEXTS), 0, _("Review &date"), self.review_date)
        place(grid, 2 * len(TEXTS), 2, _("Family &lead"), self.lead)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def show_plan(self, plan: PlanView, family: Sequence[Person]) -> None:
        self.lead.clear()
        self.lead.addItem(_("Not chosen yet"), None)
        for someone in family:
            self.lead.addItem(someone.name, someone.id)
        choose_data(self.lead, plan.family_lead_id)
        for field, editor in self.texts.items():
            editor.setPlainText(plan.text[field])
            editor.setReadOnly(not plan.editable)
        self.review_date.set_date(plan.review_date)
        self.review_date.setEnabled(plan.editable)
        self.lead.setEnabled(plan.editable)
