"""The latest version of the family plan and its actions."""

from __future__ import annotations

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import summaries
from fgc_desktop.ui.labels import label, show_date
from fgc_desktop.ui.pages.summary import SummaryPage


class PlanPage(SummaryPage):
    def fill(self, conference_id: int) -> None:
        plan = summaries.latest_plan(self.db, conference_id)
        if plan is None:
            self.add_sentence(_("No plan is recorded yet. The family makes its own plan in "
                                "private family time; it is written up here."))
            return
        self.add_section(_("Version {number}").format(number=plan.number))
        self.add_facts((
            (_("Status"), label(plan.status)),
            (_("Written on"), show_date(plan.created_on)),
            (_("Referrer's decision"), label(plan.referrer_decision)),
            (_("Family lead"), plan.family_lead),
            (_("Review date"), show_date(plan.review_date)),
        ))
        self.add_section(_("Actions"))
        if not plan.actions:
            self.add_sentence(_("This plan has no actions yet."))
            return
        self.add_table(
            _("Actions"), (_("What will be done"), _("Who"), _("By when"), _("How it is going")),
            [(action.what, action.who, show_date(action.by_when) or action.by_when_text,
              label(action.status)) for action in plan.actions],
        )
