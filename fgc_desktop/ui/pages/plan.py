"""The family plan over time: its versions, each action and how it is going, and who has it.

Version 1 is typed on the Meeting page as the family presents it. Here the
coordinator follows the plan: the status and dated notes of each action,
overdue actions marked, the referrer's decision on each version, a new
version when the plan changes (the agreed one is kept as it was), and the
distribution list with when and how each person received the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from textwrap import shorten
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from fgc_desktop.domain.enums import ActionStatus, ReferrerDecision
from fgc_desktop.domain.stages import PageInfo
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import plan as plans
from fgc_desktop.services import plan_distribution as sending
from fgc_desktop.services import plan_edits as edits
from fgc_desktop.services.meeting_record import ActionLine
from fgc_desktop.services.plan import FamilyPlan, PlanView, RecipientLine
from fgc_desktop.services.settings import get_setting
from fgc_desktop.store.database import Database
from fgc_desktop.ui.arrangements.choice_picker import Section
from fgc_desktop.ui.arrangements.decision import DecisionBox
from fgc_desktop.ui.arrangements.editing_page import EditingPage
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import show_date
from fgc_desktop.ui.plan.action_card import ActionCard
from fgc_desktop.ui.plan.actions_list import ActionsList
from fgc_desktop.ui.plan.compare_dialog import CompareDialog
from fgc_desktop.ui.plan.distribution import DistributionList
from fgc_desktop.ui.plan.new_version_dialog import NewVersionDialog
from fgc_desktop.ui.plan.plan_texts import PlanTexts
from fgc_desktop.ui.plan.version_bar import VersionBar
from fgc_desktop.ui.widgets import note

UNDO_WORDS = 40


class PlanPage(EditingPage):
    def __init__(self, db: Database, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.number: int | None = None
        self.whole: FamilyPlan | None = None
        self.empty = note(_("No plan is recorded yet. The family makes its own plan in private "
                            "family time; type it on the Meeting page as they present it."))
        self.to_meeting = QPushButton(icon("messages"), _("Open the &Meeting page"))
        self.to_meeting.clicked.connect(lambda: self.open_page_requested.emit("meeting"))
        self.bar = VersionBar()
        self.bar.version_chosen.connect(self.show_version)
        self.bar.new_version_requested.connect(self.ask_new_version)
        self.bar.compare_requested.connect(self.open_compare)
        self.decision = DecisionBox(db)
        self.decision.edited.connect(lambda: self.edited("decision", self.decision.value()))
        self.decision.edited.connect(self._follow_decision)
        self.reasons_label = next(caption for caption in self.decision.findChildren(QLabel)
                                  if caption.buddy() is self.decision.reasons)
        self.decision.group.buttonClicked.connect(lambda _button: self.flush())
        self.saver.watch_focus(self.decision.reasons)
        self.saver.watch_focus(self.decision.decided_on.line)
        self.action_list = ActionsList(db)
        self.action_list.add_requested.connect(self._add_action)
        self.texts = PlanTexts(db)
        for field, editor in self.texts.texts.items():
            self.watch(f"text:{field}", editor)
        self.texts.review_date.edited.connect(lambda text: self.edited("text:review_date", text))
        self.saver.watch_focus(self.texts.review_date.line)
        self.texts.lead_chosen.connect(lambda lead: self._act("lead", lambda: (
            edits.update_plan_field(self.db, self._id(), self._number(), "family_lead_id",
                                    lead))))
        self.distribution = DistributionList()
        self.distribution.sending_edited.connect(self._sending_edited)
        self.distribution.add_requested.connect(self._add_recipient)
        self.distribution.remove_requested.connect(self._remove_recipient)
        self.sections = [self._section(_("Which version"), self.bar),
                         self._section(_("The referrer's decision"), self.decision),
                         self._section(_("Actions"), self.action_list),
                         self._section(_("The rest of the plan"), self.texts),
                         self._section(_("Who receives the plan"), self.distribution)]
        self.body.insertWidget(0, self.to_meeting)
        self.body.insertWidget(0, self.empty)
        self.body.addStretch(1)

    def _section(self, title: str, content: QWidget) -> Section:
        section = Section(title)
        section.rows.addWidget(content)
        self.body.addWidget(section)
        return section

    def _id(self) -> int:
        assert self.conference_id is not None
        return self.conference_id

    def _number(self) -> int:
        assert self.whole is not None and self.whole.plan is not None
        return self.whole.plan.number

    def load(self, conference_id: int) -> None:
        if conference_id != self.conference_id:
            self.number = None
        super().load(conference_id)

    def show_version(self, number: int | None) -> None:
        self.flush()
        self.number = number
        self.refresh()

    def refresh(self) -> None:
        self.begin_refresh()
        self.whole = plans.get_plan(self.db, self._id(), self.number)
        plan = self.whole.plan
        self.loading = True
        try:
            self.empty.setVisible(plan is None)
            self.to_meeting.setVisible(plan is None)
            for section in self.sections:
                section.setVisible(plan is not None)
            if plan is not None:
                self._show(self.whole, plan)
        finally:
            self.loading = False

    def _show(self, whole: FamilyPlan, plan: PlanView) -> None:
        self.bar.show_plan(whole)
        self._show_decision(plan)
        for card in self.action_list.show_actions(plan):
            self._watch_card(card)
        self.texts.show_plan(plan, whole.family)
        self.distribution.show_list(plan.recipients, whole.people)
        self.distribution.target.setText(self._target_text(whole, plan))

    def _show_decision(self, plan: PlanView) -> None:
        box = self.decision
        box.buttons[plan.decision].setChecked(True)
        box.reasons.setPlainText(plan.reasons)
        box.decided_on.set_date(plan.decided_on)
        for widget in (*box.buttons.values(), box.reasons, box.decided_on):
            widget.setEnabled(plan.latest)
        self._follow_decision()

    def _follow_decision(self) -> None:
        """The reasons are asked for only when the referrer did not agree."""
        decision, reasons, _day = self.decision.value()
        wanted = decision is ReferrerDecision.NOT_AGREED or bool(reasons.strip())
        self.decision.reasons.setVisible(wanted)
        self.reasons_label.setVisible(wanted)

    def _target_text(self, whole: FamilyPlan, plan: PlanView) -> str:
        days = int(get_setting(self.db, "target_days_plan_sent"))
        made = next(v.made_on for v in whole.versions if v.number == plan.number)
        return _("The service aims to send the plan within {days} days of the day it was "
                 "made ({made}): by {due}.").format(
            days=days, made=show_date(made), due=show_date(made + timedelta(days=days)))

    def _watch_card(self, card: ActionCard) -> None:
        for field, editor in card.details.items():
            self.watch(f"action:{card.action_id}:{field}", editor)
        self.watch(f"reason:{card.action_id}", card.reason)
        card.status_chosen.connect(self._status_chosen)
        card.note_added.connect(self._add_note)
        card.remove_requested.connect(self._remove_action)

    def save(self, key: str, value: Any) -> Any:
        kind, _colon, rest = key.partition(":")
        cid = self._id()
        if kind == "text":
            return edits.update_plan_field(self.db, cid, self._number(), rest, value)
        if kind == "action":
            action_id, _colon, field = rest.partition(":")
            return edits.update_action(self.db, cid, int(action_id), field, value)
        if kind == "reason":
            return edits.set_action_status(self.db, cid, int(rest), ActionStatus.NOT_DONE,
                                           value)
        if kind == "sent":
            stored = sending.record_sending(self.db, cid, self._number(), int(rest), *value)
            self.distribution.show_sent(stored)
            return stored
        shown = self.whole.plan.decision if self.whole and self.whole.plan else None
        plans.record_decision(self.db, cid, self._number(), *value)
        if value[0] is not shown:
            # A decision locks or unlocks the plan's words: show it afresh once saved.
            QTimer.singleShot(0, self.refresh)
        return None

    def after_save(self) -> None:
        """Reads the warnings, overdue marks and notes again, leaving what is typed alone."""
        self.whole = plans.get_plan(self.db, self._id(), self.number)
        if self.whole.plan is not None:
            self.action_list.show_progress(self.whole.plan.actions)
            self.bar.show_plan(self.whole)

    def _act(self, key: str, action: Callable[[], object]) -> bool:
        self.flush()
        return self.act(key, action)

    def _status_chosen(self, action_id: int, status: ActionStatus) -> None:
        card = self.action_list.cards[action_id]
        reason = card.reason.text() if status is ActionStatus.NOT_DONE else ""
        self._act(f"reason:{action_id}", lambda: edits.set_action_status(
            self.db, self._id(), action_id, status, reason))

    def _add_note(self, action_id: int, text: str) -> None:
        if self._act(f"note:{action_id}", lambda: edits.add_action_note(
                self.db, self._id(), action_id, text)):
            card = self.action_list.cards[action_id]
            card.new_note.clear()
            card.new_note.setFocus()

    def _add_action(self, what: str) -> None:
        if self._act("actions", lambda: edits.add_action(self.db, self._id(), self._number(),
                                                         what)):
            self.refresh()
            self.action_list.new_action.setFocus()

    def _remove_action(self, action_id: int) -> None:
        cid, number = self._id(), self._number()
        removed: list[ActionLine] = []
        if self._act("actions", lambda: removed.append(
                edits.remove_action(self.db, cid, action_id))):
            self.refresh()
            self.undo.offer(_("Removed the action “{what}”.").format(
                what=shorten(removed[0].what, UNDO_WORDS, placeholder="…")),
                lambda: self._put_back(cid, lambda: edits.restore_action(
                    self.db, cid, number, removed[0])))

    def _put_back(self, conference_id: int, restore: Callable[[], object]) -> None:
        if self._act("undo", restore) and conference_id == self.conference_id:
            self.refresh()

    def _sending_edited(self, person_id: int, value: tuple[Any, str]) -> None:
        self.edited(f"sent:{person_id}", value)
        if not self.distribution.days[person_id].line.hasFocus():
            self.flush()

    def _add_recipient(self, person_id: int) -> None:
        if self._act("recipients", lambda: sending.add_recipient(
                self.db, self._id(), self._number(), person_id)):
            self.refresh()

    def _remove_recipient(self, person_id: int) -> None:
        cid, number = self._id(), self._number()
        removed: list[RecipientLine] = []
        if self._act("recipients", lambda: removed.append(
                sending.remove_recipient(self.db, cid, number, person_id))):
            self.refresh()
            self.undo.offer(_("Took {name} off the list.").format(name=removed[0].person.name),
                            lambda: self._put_back(cid, lambda: sending.restore_recipient(
                                self.db, cid, number, removed[0])))

    def ask_new_version(self) -> NewVersionDialog:
        """Opens the dialog asking why; the new version is made when it is accepted."""
        self.flush()
        assert self.whole is not None and self.whole.versions
        dialog = NewVersionDialog(self.whole.versions[-1].number, self)
        dialog.accepted.connect(lambda: self.start_new_version(dialog.reason()))
        dialog.open()
        return dialog

    def start_new_version(self, reason: str, today: date | None = None) -> None:
        made: list[int] = []
        if self._act("new_version", lambda: made.append(plans.start_new_version(
                self.db, self._id(), reason, today=today))):
            self.show_version(made[0])

    def open_compare(self) -> CompareDialog:
        self.flush()
        assert self.whole is not None
        dialog = CompareDialog(self.db, self._id(), self.whole.versions, self)
        dialog.open()
        return dialog
